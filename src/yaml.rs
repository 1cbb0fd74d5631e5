//! All YAML parsing lives here, so the parser can be swapped in one change.
//!
//! We parse with `saphyr-parser` (maintained, pure Rust, reports character
//! positions for every event) into our own [`Node`] tree in which every key
//! and value carries its [`Position`] in the file. Scalars stay as written;
//! typed readers in [`crate::model::read`] interpret them, so a wrong type is
//! reported at the value, with all other problems of the file.

use std::collections::HashMap;

use saphyr_parser::{Event, Parser, ScalarStyle, ScanError, Span};

use crate::diagnostic::Position;

/// A YAML value with its position in the file.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub kind: NodeKind,
    pub pos: Position,
}

#[derive(Debug, Clone, PartialEq)]
pub enum NodeKind {
    /// A scalar as written. `quoted` is true for '…', "…" and block scalars,
    /// which are always strings.
    Scalar {
        text: String,
        quoted: bool,
    },
    Seq(Vec<Node>),
    /// Keys in document order.
    Map(Vec<(Node, Node)>),
}

impl Node {
    /// `~`, `null`, or nothing at all.
    pub fn is_null(&self) -> bool {
        matches!(&self.kind, NodeKind::Scalar { text, quoted: false } if matches!(text.as_str(), "" | "~" | "null" | "Null" | "NULL"))
    }

    pub fn as_scalar(&self) -> Option<&str> {
        match &self.kind {
            NodeKind::Scalar { text, .. } => Some(text),
            _ => None,
        }
    }

    pub fn is_quoted(&self) -> bool {
        matches!(self.kind, NodeKind::Scalar { quoted: true, .. })
    }

    pub fn as_map(&self) -> Option<&[(Node, Node)]> {
        match &self.kind {
            NodeKind::Map(m) => Some(m),
            _ => None,
        }
    }

    pub fn as_seq(&self) -> Option<&[Node]> {
        match &self.kind {
            NodeKind::Seq(s) => Some(s),
            _ => None,
        }
    }

    /// The value under `key` in a mapping.
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.as_map()?
            .iter()
            .find(|(k, _)| k.as_scalar() == Some(key))
            .map(|(_, v)| v)
    }

    /// What kind of value this is, in words for editors.
    pub fn describe(&self) -> &'static str {
        match &self.kind {
            NodeKind::Scalar { .. } if self.is_null() => "an empty value",
            NodeKind::Scalar { .. } => "a single value",
            NodeKind::Seq(_) => "a list",
            NodeKind::Map(_) => "a group of keys",
        }
    }

    /// Plain YAML 1.2 core-schema interpretation, for data files handed to templates.
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::Value;
        match &self.kind {
            NodeKind::Scalar { text, quoted: true } => Value::String(text.clone()),
            NodeKind::Scalar { .. } if self.is_null() => Value::Null,
            NodeKind::Scalar { text, .. } => plain_scalar_json(text),
            NodeKind::Seq(items) => Value::Array(items.iter().map(Node::to_json).collect()),
            NodeKind::Map(pairs) => Value::Object(
                pairs
                    .iter()
                    .map(|(k, v)| (k.as_scalar().unwrap_or_default().to_owned(), v.to_json()))
                    .collect(),
            ),
        }
    }
}

fn plain_scalar_json(text: &str) -> serde_json::Value {
    use serde_json::Value;
    match text {
        "true" | "True" | "TRUE" => Value::Bool(true),
        "false" | "False" | "FALSE" => Value::Bool(false),
        _ => {
            if let Ok(i) = text.parse::<i64>() {
                Value::from(i)
            } else if let Some(f) = text.parse::<f64>().ok().filter(|f| f.is_finite()) {
                Value::from(f)
            } else {
                Value::String(text.to_owned())
            }
        }
    }
}

/// A YAML syntax problem, at a position in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    pub pos: Position,
    pub message: String,
    pub help: Option<String>,
}

/// Where the YAML text starts in its file, to report file positions.
#[derive(Debug, Clone, Copy)]
pub struct Origin {
    /// 1-based line of the file on which the YAML text's first line stands.
    pub first_line: usize,
}

impl Origin {
    pub const FILE_START: Origin = Origin { first_line: 1 };

    fn position(&self, span: &Span) -> Position {
        Position::new(
            span.start.line() + self.first_line - 1,
            span.start.col() + 1,
        )
    }
}

/// Parse one YAML document. An empty document is an empty mapping.
pub fn parse(text: &str, origin: Origin) -> Result<Node, YamlError> {
    let mut builder = Builder {
        origin,
        stack: Vec::new(),
        anchors: HashMap::new(),
        root: None,
    };
    for event in Parser::new_from_str(text) {
        let (event, span) = event.map_err(|e| scan_error(text, &e, origin))?;
        if let Some(err) = builder.on_event(event, &span) {
            return Err(err);
        }
        if builder.root.is_some() {
            break;
        }
    }
    Ok(builder.root.unwrap_or(Node {
        kind: NodeKind::Map(Vec::new()),
        pos: Position::new(origin.first_line, 1),
    }))
}

/// A collection being built, with its anchor and, for a mapping, the key
/// waiting for its value.
struct Frame {
    node: Node,
    anchor: usize,
    key: Option<Node>,
}

struct Builder {
    origin: Origin,
    stack: Vec<Frame>,
    anchors: HashMap<usize, Node>,
    root: Option<Node>,
}

impl Builder {
    fn on_event(&mut self, event: Event<'_>, span: &Span) -> Option<YamlError> {
        let pos = self.origin.position(span);
        match event {
            Event::Scalar(text, style, anchor, tag) => {
                let quoted = style != ScalarStyle::Plain || tag.is_some_and(|t| t.suffix == "str");
                let node = Node {
                    kind: NodeKind::Scalar {
                        text: text.into_owned(),
                        quoted,
                    },
                    pos,
                };
                self.finish(node, anchor)
            }
            Event::SequenceStart(anchor, _) => {
                self.stack.push(Frame {
                    node: Node {
                        kind: NodeKind::Seq(Vec::new()),
                        pos,
                    },
                    anchor,
                    key: None,
                });
                None
            }
            Event::MappingStart(anchor, _) => {
                self.stack.push(Frame {
                    node: Node {
                        kind: NodeKind::Map(Vec::new()),
                        pos,
                    },
                    anchor,
                    key: None,
                });
                None
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let Frame { node, anchor, .. } = self.stack.pop()?;
                if let NodeKind::Map(pairs) = &node.kind
                    && let Some(err) = duplicate_key(pairs)
                {
                    return Some(err);
                }
                self.finish(node, anchor)
            }
            Event::Alias(id) => match self.anchors.get(&id).cloned() {
                Some(mut node) => {
                    node.pos = pos;
                    self.finish(node, 0)
                }
                None => Some(YamlError {
                    pos,
                    message: "this alias refers to an unknown anchor".into(),
                    help: None,
                }),
            },
            _ => None,
        }
    }

    /// Attach a completed node to its parent (or make it the root).
    fn finish(&mut self, node: Node, anchor: usize) -> Option<YamlError> {
        if anchor != 0 {
            self.anchors.insert(anchor, node.clone());
        }
        let Some(frame) = self.stack.last_mut() else {
            self.root = Some(node);
            return None;
        };
        match &mut frame.node.kind {
            NodeKind::Seq(items) => items.push(node),
            NodeKind::Map(pairs) => match frame.key.take() {
                Some(key) => pairs.push((key, node)),
                None if matches!(node.kind, NodeKind::Scalar { .. }) => frame.key = Some(node),
                None => {
                    return Some(YamlError {
                        pos: node.pos,
                        message: "a key must be a plain word, not a list or a group".into(),
                        help: None,
                    });
                }
            },
            NodeKind::Scalar { .. } => {}
        }
        None
    }
}

fn duplicate_key(pairs: &[(Node, Node)]) -> Option<YamlError> {
    let mut seen: HashMap<&str, Position> = HashMap::new();
    for (k, _) in pairs {
        let name = k.as_scalar().unwrap_or_default();
        if let Some(first) = seen.insert(name, k.pos) {
            return Some(YamlError {
                pos: k.pos,
                message: format!(
                    "the key `{name}` appears twice (first on line {})",
                    first.line
                ),
                help: Some("keep one of them".into()),
            });
        }
    }
    None
}

fn scan_error(text: &str, e: &ScanError, origin: Origin) -> YamlError {
    let m = e.marker();
    let pos = Position::new(m.line() + origin.first_line - 1, m.col() + 1);
    let line = text
        .lines()
        .nth(m.line().saturating_sub(1))
        .unwrap_or_default();
    YamlError {
        pos,
        message: format!("this front matter is not valid YAML: {}", e.info()),
        help: syntax_help(line),
    }
}

/// A plain-words hint for the usual ways Word and hand-typing break YAML.
fn syntax_help(line: &str) -> Option<String> {
    if line.contains(['“', '”', '‘', '’']) {
        return Some("Word turned straight quotes into curly ones (“ ”); YAML needs straight quotes: write the value as \"…\"".into());
    }
    if line.contains('\t') {
        return Some("use spaces, not tabs, to indent".into());
    }
    let value = line.split_once(": ").map(|(_, v)| v).unwrap_or_default();
    if value.contains(": ") {
        return Some("a value that contains \": \" must be put in quotes: \"…\"".into());
    }
    if value
        .trim_start()
        .starts_with(['[', '{', '*', '&', '!', '%', '@', '`'])
    {
        return Some(
            "a value starting with a special character must be put in quotes: \"…\"".into(),
        );
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str) -> Node {
        parse(text, Origin::FILE_START).unwrap()
    }

    #[test]
    fn keys_and_values_carry_positions() {
        let n = p("title: Xin chào\nawards:\n  - title: Bằng khen\n    date: 2023-06-09\n");
        let map = n.as_map().unwrap();
        assert_eq!(map[0].0.pos, Position::new(1, 1));
        assert_eq!(map[0].1.pos, Position::new(1, 8));
        let award = &n.get("awards").unwrap().as_seq().unwrap()[0];
        assert_eq!(award.get("date").unwrap().pos, Position::new(4, 11));
        assert_eq!(award.get("date").unwrap().as_scalar(), Some("2023-06-09"));
    }

    #[test]
    fn origin_shifts_lines() {
        let n = parse("a: 1\nb: x\n", Origin { first_line: 2 }).unwrap();
        assert_eq!(n.get("b").unwrap().pos, Position::new(3, 4));
    }

    #[test]
    fn quoted_scalars_are_marked() {
        let n = p("a: \"2024\"\nb: 2024\nc: |\n  x\n");
        assert!(n.get("a").unwrap().is_quoted());
        assert!(!n.get("b").unwrap().is_quoted());
        assert!(n.get("c").unwrap().is_quoted());
    }

    #[test]
    fn flow_mappings_work() {
        let n = p("image: {src: a.jpg, alt: Ảnh}\n");
        assert_eq!(
            n.get("image").unwrap().get("alt").unwrap().as_scalar(),
            Some("Ảnh")
        );
    }

    #[test]
    fn duplicate_keys_are_errors() {
        let e = parse("title: a\nslug: b\ntitle: c\n", Origin::FILE_START).unwrap_err();
        assert_eq!(e.pos, Position::new(3, 1));
        assert!(e.message.contains("appears twice"));
    }

    #[test]
    fn syntax_errors_have_positions_and_help() {
        let e = parse(
            "title: ok\ntheme: “Thi đua: yêu nước”\n",
            Origin { first_line: 2 },
        )
        .unwrap_err();
        assert_eq!(e.pos.line, 3);
        assert!(e.help.unwrap().contains("curly"));
    }

    #[test]
    fn empty_collections_keep_following_keys() {
        let n = p("a: []\nb: 1\nc: {}\nd: x\n");
        assert_eq!(n.as_map().unwrap().len(), 4);
        assert_eq!(n.get("d").unwrap().as_scalar(), Some("x"));
    }

    #[test]
    fn aliases_copy_the_anchor() {
        let n = p("a: &x {k: v}\nb: *x\n");
        assert_eq!(n.get("b").unwrap().get("k").unwrap().as_scalar(), Some("v"));
    }

    #[test]
    fn empty_document_is_empty_map() {
        assert_eq!(p("").as_map().unwrap().len(), 0);
    }

    #[test]
    fn to_json_resolves_plain_scalars() {
        let n = p("a: 1\nb: true\nc: '1'\nd: ~\ne: x\n");
        assert_eq!(
            n.to_json(),
            serde_json::json!({"a": 1, "b": true, "c": "1", "d": null, "e": "x"})
        );
    }
}
