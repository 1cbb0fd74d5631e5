//! Adding items to a list in an existing entry's front matter while leaving
//! every other line of the file as it is (comments, order, quoting, CRLF).
//!
//! The key is found with the spanned YAML parser; then, on the file's own
//! lines:
//! - no such key: `key:` and the items go just before the closing `---`;
//! - an empty value (`awards:` or `awards: ~`): the items go right below it;
//! - a block list (items on lines starting with `- `): the new items go after
//!   its last line, with the same indentation, so comments inside stay;
//! - a flow list (`[a, b]`) or a single value: only the lines of that key
//!   are rewritten as a block list holding the old items and the new ones
//!   (comments inside those lines are lost).

use crate::frontmatter;
use crate::i18n::Message;
use crate::import::rows::AwardRow;
use crate::model::Award;
use crate::msg;
use crate::source::SourceFile;
use crate::yaml;
use crate::yaml::NodeKind;

/// One list item as YAML lines without indentation, the first starting `- `.
pub type Item = Vec<String>;

pub fn award_item(a: &AwardRow) -> Item {
    award_lines(
        &a.title,
        a.decision.as_deref(),
        a.date.map(|d| d.iso()),
        a.authority.as_deref(),
    )
}

pub fn award_item_from_model(a: &Award) -> Item {
    award_lines(
        &a.title,
        a.decision.as_deref(),
        a.date.map(|d| d.iso()),
        a.authority.as_deref(),
    )
}

fn award_lines(
    title: &str,
    decision: Option<&str>,
    date: Option<String>,
    authority: Option<&str>,
) -> Item {
    let mut lines = vec![format!("- title: {}", yaml::quote(title))];
    if let Some(d) = decision {
        lines.push(format!("  decision: {}", yaml::quote(d)));
    }
    if let Some(d) = date {
        lines.push(format!("  date: {d}"));
    }
    if let Some(a) = authority {
        lines.push(format!("  authority: {}", yaml::quote(a)));
    }
    lines
}

/// A reference to another entry (a slug).
pub fn ref_item(slug: &str) -> Item {
    vec![format!("- {slug}")]
}

/// Add `items` to the list under the top-level `key` of the front matter of
/// `text` (without BOM). `current` are the items already there, used only
/// when the list has to be rewritten (flow style).
pub fn append_items(
    text: &str,
    key: &str,
    items: &[Item],
    current: &[Item],
) -> Result<String, Message> {
    let (file, node) = parse(text)?;
    // Work on the file's own lines unless it uses lone CRs, which the
    // parser counts as line ends.
    let base = if text.replace("\r\n", "").contains('\r') {
        file.text.as_str()
    } else {
        text
    };
    let eol = if base.contains("\r\n") { "\r\n" } else { "\n" };
    let mut lines: Vec<String> = base.split_inclusive('\n').map(str::to_owned).collect();
    let closing = (1..lines.len())
        .find(|&i| matches!(lines[i].trim_end(), "---" | "..."))
        .ok_or_else(|| msg!("import-reason-not-closed"))?;
    let pair = node
        .as_map()
        .and_then(|m| m.iter().find(|(k, _)| k.as_scalar() == Some(key)));
    let Some((k, v)) = pair else {
        let mut block = vec![format!("{key}:{eol}")];
        block.extend(indent(items, 2, eol));
        lines.splice(closing..closing, block);
        return Ok(lines.concat());
    };
    let key_idx = k.pos.line.saturating_sub(1);
    let key_indent = k.pos.col.saturating_sub(1);
    if key_idx == 0 || key_idx >= closing {
        return Err(msg!("import-reason-key-outside", key = key));
    }
    let last = block_end(&lines, key_idx, closing, key_indent);
    let key_line = || {
        let comment = trailing_comment(&lines[key_idx]);
        format!("{}{key}:{comment}{eol}", " ".repeat(key_indent))
    };
    match &v.kind {
        _ if v.is_null() => {
            let head = key_line();
            lines[key_idx] = head;
            let at = key_idx + 1;
            lines.splice(at..at, indent(items, key_indent + 2, eol));
        }
        NodeKind::Seq(_)
            if v.pos.line > k.pos.line && dash_indent(&lines, v.pos.line).is_some() =>
        {
            let by = dash_indent(&lines, v.pos.line).unwrap_or(key_indent + 2);
            let at = last + 1;
            lines.splice(at..at, indent(items, by, eol));
        }
        NodeKind::Seq(_) | NodeKind::Scalar { .. } => {
            let mut block = vec![key_line()];
            let all: Vec<Item> = current.iter().chain(items).cloned().collect();
            block.extend(indent(&all, key_indent + 2, eol));
            lines.splice(key_idx..=last, block);
        }
        NodeKind::Map(_) => return Err(msg!("import-reason-not-a-list", key = key)),
    }
    Ok(lines.concat())
}

fn parse(text: &str) -> Result<(SourceFile, crate::yaml::Node), Message> {
    let unreadable = || msg!("import-reason-front-matter");
    let file = SourceFile::decode("entry.md", text.as_bytes()).map_err(|_| unreadable())?;
    let split = frontmatter::split(&file).map_err(|_| unreadable())?;
    let node = frontmatter::parse(&split).map_err(|_| unreadable())?;
    Ok((file, node))
}

/// Index of the last line that belongs to the value of the key on line
/// `key_idx` (the key's own line if the value is on it).
fn block_end(lines: &[String], key_idx: usize, closing: usize, key_indent: usize) -> usize {
    let mut last = key_idx;
    for (i, line) in lines.iter().enumerate().take(closing).skip(key_idx + 1) {
        let line = line.trim_end_matches(['\r', '\n']);
        let trimmed = line.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let indent = line.len() - trimmed.len();
        let item_at_key = indent == key_indent && (trimmed == "-" || trimmed.starts_with("- "));
        if indent > key_indent || item_at_key {
            last = i;
        } else {
            break;
        }
    }
    last
}

/// The indentation of a block list item on (1-based) `line`, if that line
/// starts with `- `.
fn dash_indent(lines: &[String], line: usize) -> Option<usize> {
    let text = lines.get(line.checked_sub(1)?)?;
    let trimmed = text.trim_start_matches(' ');
    (trimmed.starts_with("- ") || trimmed.trim_end() == "-").then(|| text.len() - trimmed.len())
}

/// `  # comment` after an empty value on a key line, to keep it.
fn trailing_comment(line: &str) -> String {
    let line = line.trim_end_matches(['\r', '\n']);
    let rest = line.split_once(':').map_or("", |(_, r)| r);
    let trimmed = rest.trim_start();
    if trimmed.starts_with('#') {
        return format!("{}{trimmed}", &rest[..rest.len() - trimmed.len()]);
    }
    rest.find(" #")
        .map_or_else(String::new, |i| format!(" {}", rest[i..].trim_start()))
}

fn indent(items: &[Item], by: usize, eol: &str) -> Vec<String> {
    let pad = " ".repeat(by);
    items
        .iter()
        .flatten()
        .map(|line| format!("{pad}{line}{eol}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn award(title: &str) -> Item {
        award_lines(title, Some("1/QĐ"), Some("2024-01-02".into()), None)
    }

    #[test]
    fn appends_to_a_block_list_keeping_comments() {
        let text = "---\ntitle: A # tên\nawards:\n  # đầu tiên\n  - title: Giấy khen\n    date: 2020\n\n# cuối\ntags: [x]\n---\nThân bài\n";
        let out = append_items(text, "awards", &[award("Bằng khen")], &[]).unwrap();
        assert_eq!(
            out,
            "---\ntitle: A # tên\nawards:\n  # đầu tiên\n  - title: Giấy khen\n    date: 2020\n  - title: \"Bằng khen\"\n    decision: \"1/QĐ\"\n    date: 2024-01-02\n\n# cuối\ntags: [x]\n---\nThân bài\n"
        );
    }

    #[test]
    fn compact_block_list_and_crlf() {
        let text = "---\r\ntitle: A\r\nawards:\r\n- title: Giấy khen\r\nlocality: X\r\n---\r\n";
        let out = append_items(text, "awards", &[vec!["- title: B".into()]], &[]).unwrap();
        assert_eq!(
            out,
            "---\r\ntitle: A\r\nawards:\r\n- title: Giấy khen\r\n- title: B\r\nlocality: X\r\n---\r\n"
        );
    }

    #[test]
    fn missing_and_empty_keys() {
        let out = append_items(
            "---\ntitle: A\n---\nB\n",
            "campaigns",
            &[ref_item("x")],
            &[],
        )
        .unwrap();
        assert_eq!(out, "---\ntitle: A\ncampaigns:\n  - x\n---\nB\n");
        let text = "---\ntitle: A\nawards:                 # các hình thức\n#   - title: mẫu\nunit: B\n---\n";
        let out = append_items(text, "awards", &[vec!["- title: C".into()]], &[]).unwrap();
        assert_eq!(
            out,
            "---\ntitle: A\nawards:                 # các hình thức\n  - title: C\n#   - title: mẫu\nunit: B\n---\n"
        );
        let out = append_items(
            "---\nawards: ~ # x\n---\n",
            "awards",
            &[vec!["- title: C".into()]],
            &[],
        )
        .unwrap();
        assert_eq!(out, "---\nawards: # x\n  - title: C\n---\n");
    }

    #[test]
    fn flow_lists_are_rewritten_as_blocks() {
        let text = "---\ntitle: A\ncampaigns: [a, b]  # phong trào\nunit: U\n---\n";
        let current = vec![ref_item("a"), ref_item("b")];
        let out = append_items(text, "campaigns", &[ref_item("c")], &current).unwrap();
        assert_eq!(
            out,
            "---\ntitle: A\ncampaigns: # phong trào\n  - a\n  - b\n  - c\nunit: U\n---\n"
        );
        let text = "---\nawards:\n  [{title: X},\n   {title: Y}]\nunit: U\n---\n";
        let current = vec![vec!["- title: X".to_owned()], vec!["- title: Y".to_owned()]];
        let out = append_items(text, "awards", &[vec!["- title: Z".into()]], &current).unwrap();
        assert_eq!(
            out,
            "---\nawards:\n  - title: X\n  - title: Y\n  - title: Z\nunit: U\n---\n"
        );
    }

    #[test]
    fn a_group_is_not_a_list() {
        assert!(append_items("---\nawards: {title: x}\n---\n", "awards", &[], &[]).is_err());
    }
}
