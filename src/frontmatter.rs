//! Splitting an entry file into its YAML front matter and Markdown body.
//! Front matter is YAML between two `---` lines at the very top (after any
//! BOM, already removed by [`crate::source`]).

use crate::diagnostic::Position;
use crate::msg;
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
    let first_line = text[..first_line_end].trim_end();
    if first_line != "---" {
        if is_word_dash_line(first_line) {
            return Err(word_dash(1, first_line));
        }
        return Err(YamlError::new(
            Position::new(1, 1),
            msg!("T0103-no-front-matter"),
            Some(msg!("T0103-help-start")),
        ));
    }
    let yaml_start = (first_line_end + 1).min(text.len());
    let mut offset = yaml_start;
    for (i, line) in text[yaml_start..].split_inclusive('\n').enumerate() {
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
        if is_word_dash_line(trimmed) {
            return Err(word_dash(i + 2, trimmed));
        }
        offset += line.len();
    }
    Err(YamlError::new(
        Position::new(1, 1),
        msg!("T0104-never-closed"),
        Some(msg!("T0104-help-close")),
    ))
}

/// A line of dashes in which Word's autocorrect turned `---` into an em dash
/// `—` or an en dash `–` (`—`, `—-`, `– –`, `— — —`).
pub(crate) fn is_word_dash_line(line: &str) -> bool {
    let line = line.trim();
    line.contains(['—', '–', '―', '‒'])
        && line
            .chars()
            .all(|c| matches!(c, '—' | '–' | '―' | '‒' | '-' | ' ' | '\u{A0}'))
}

fn word_dash(line: usize, text: &str) -> YamlError {
    YamlError::new(
        Position::new(line, 1),
        msg!("T0105-word-dash-fence", line = text.trim()),
        Some(msg!("T0105-help-three-hyphens")),
    )
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
        assert_eq!(e.id(), "T0103-no-front-matter");
    }

    #[test]
    fn unclosed_front_matter_is_reported() {
        let e = split(&file("---\ntitle: A\n")).unwrap_err();
        assert_eq!(e.id(), "T0104-never-closed");
    }

    #[test]
    fn word_dashes_as_fences_are_named_at_their_line() {
        for closing in ["—", "–", "— — —", "—-", "–-", "– – –"] {
            let f = file(&format!("---\ntitle: A\n{closing}\nBody\n\n---\n"));
            let e = split(&f).unwrap_err();
            assert_eq!(e.id(), "T0105-word-dash-fence", "{closing}");
            assert_eq!(e.pos, Position::new(3, 1), "{closing}");
        }
        let e = split(&file("—\ntitle: A\n---\n")).unwrap_err();
        assert_eq!(
            (e.id(), e.pos),
            ("T0105-word-dash-fence", Position::new(1, 1))
        );
        // A dash inside a value is not a fence.
        assert!(split(&file("---\ntitle: A — B\n---\n")).is_ok());
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
