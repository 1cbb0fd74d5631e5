//! Splitting an entry file into its YAML front matter and Markdown body.
//! Front matter is YAML between two `---` lines at the very top (after any
//! BOM, already removed by [`crate::source`]).

use crate::diagnostic::Position;
use crate::source::{SourceFile, is_nbsp};
use crate::yaml::{self, Node, Origin, YamlError};

/// The two halves of an entry file.
#[derive(Debug, Clone)]
pub struct Split<'a> {
    /// The YAML text, with Word's no-break spaces turned into plain spaces
    /// (same character count, so positions hold).
    pub yaml: String,
    /// 1-based line where the YAML text starts.
    pub yaml_line: usize,
    pub body: &'a str,
    /// Byte offset of the body in the file text.
    pub body_offset: usize,
}

/// Split `file` into front matter and body.
pub fn split(file: &SourceFile) -> Result<Split<'_>, YamlError> {
    let text = file.text.as_str();
    let first_line_end = text.find('\n').unwrap_or(text.len());
    if text[..first_line_end].trim_end() != "---" {
        return Err(YamlError {
            pos: Position::new(1, 1),
            message: "this entry has no front matter".into(),
            help: Some("start the file with a line `---`, then the keys (title: …), then another line `---`".into()),
        });
    }
    let yaml_start = (first_line_end + 1).min(text.len());
    let mut offset = yaml_start;
    for line in text[yaml_start..].split_inclusive('\n') {
        let trimmed = line.trim_end();
        if trimmed == "---" || trimmed == "..." {
            let yaml = text[yaml_start..offset].replace(is_nbsp, " ");
            let body_offset = offset + line.len();
            return Ok(Split {
                yaml,
                yaml_line: 2,
                body: &text[body_offset..],
                body_offset,
            });
        }
        offset += line.len();
    }
    Err(YamlError {
        pos: Position::new(1, 1),
        message: "the front matter is never closed".into(),
        help: Some("add a line `---` after the last key, before the text of the entry".into()),
    })
}

/// Parse the front matter of a split file into a spanned YAML tree.
pub fn parse(split: &Split<'_>) -> Result<Node, YamlError> {
    yaml::parse(
        &split.yaml,
        Origin {
            first_line: split.yaml_line,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &str) -> SourceFile {
        SourceFile::decode("a.md", text.as_bytes()).unwrap()
    }

    #[test]
    fn splits_and_keeps_body_offset() {
        let f = file("---\ntitle: A\n---\nBody\n");
        let s = split(&f).unwrap();
        assert_eq!(s.yaml, "title: A\n");
        assert_eq!(s.body, "Body\n");
        assert_eq!(f.position(s.body_offset), Position::new(4, 1));
    }

    #[test]
    fn missing_front_matter_is_reported() {
        let e = split(&file("# Title\n")).unwrap_err();
        assert!(e.message.contains("no front matter"));
    }

    #[test]
    fn unclosed_front_matter_is_reported() {
        assert!(
            split(&file("---\ntitle: A\n"))
                .unwrap_err()
                .message
                .contains("never closed")
        );
    }

    #[test]
    fn nbsp_after_colon_works() {
        let f = file("---\ntitle:\u{A0}Xin chào\n---\n");
        let node = parse(&split(&f).unwrap()).unwrap();
        assert_eq!(node.get("title").unwrap().as_scalar(), Some("Xin chào"));
    }

    #[test]
    fn crlf_and_bom_file_splits() {
        let f =
            SourceFile::decode("a.md", "\u{FEFF}---\r\ntitle: A\r\n---\r\nB".as_bytes()).unwrap();
        assert_eq!(split(&f).unwrap().body, "B");
    }
}
