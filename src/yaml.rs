//! All YAML parsing lives here, so the parser can be swapped in one change.
//!
//! We parse with `saphyr-parser` (maintained, pure Rust, reports character
//! positions for every event) into our own [`Node`] tree in which every key
//! and value carries its [`Position`] in the file. Scalars stay as written;
//! typed readers in [`crate::model::read`] interpret them, so a wrong type is
//! reported at the value, with all other problems of the file.
//!
//! The writers (`thidua new`, `thidua import`) quote the values they write
//! with [`quote`], which this reader reads back as the same text.

use std::collections::HashMap;

use saphyr_parser::{Event, Parser, ScalarStyle, ScanError, Span};

use crate::diagnostic::{Diagnostic, Position};
use crate::i18n::Message;
use crate::msg;

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

    /// What kind of value this is, in words for editors ("a list").
    pub fn describe(&self) -> Message {
        Message::new(match &self.kind {
            NodeKind::Scalar { .. } if self.is_null() => "kind-empty",
            NodeKind::Scalar { .. } => "kind-scalar",
            NodeKind::Seq(_) => "kind-list",
            NodeKind::Map(_) => "kind-map",
        })
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

/// A YAML syntax problem, at a position in the file. Messages about the
/// whole text name it with a `what` argument ("the front matter", "the data
/// file", "thidua.yaml"), chosen by the caller with [`YamlError::message`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    pub pos: Position,
    problem: Message,
    /// What to do about it.
    pub help: Option<Message>,
}

impl YamlError {
    pub fn new(pos: Position, problem: Message, help: Option<Message>) -> YamlError {
        YamlError { pos, problem, help }
    }

    /// The problem, naming the YAML text `what` (`msg!("what-data-file")`).
    pub fn message(&self, what: Message) -> Message {
        self.problem.clone().arg("what", what)
    }

    /// The problem's id (for tests and callers that tell problems apart).
    pub fn id(&self) -> &'static str {
        self.problem.id()
    }

    /// An error diagnostic in `file`, naming the YAML text `what`.
    pub fn diagnostic(&self, file: &std::path::Path, what: Message) -> Diagnostic {
        let d = Diagnostic::error(file, Some(self.pos), self.message(what));
        match &self.help {
            Some(h) => d.with_help(h.clone()),
            None => d,
        }
    }
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

/// At most this many nodes may be produced by aliases (`*name`) in one YAML
/// text. Each alias copies its anchor's value, so a few nested anchors that
/// repeat each other (`&b [*a, *a, …]`) would otherwise grow exponentially
/// ("billion laughs": 425 bytes became gigabytes). Real files repeat a
/// few values; this is far above any of them.
pub const MAX_ALIAS_NODES: usize = 10_000;

/// At most this many lists and groups may be nested inside each other,
/// counting the insides of aliased values. Real files nest a handful.
pub const MAX_DEPTH: usize = 64;

/// Parse one YAML document. An empty document is an empty mapping.
pub fn parse(text: &str, origin: Origin) -> Result<Node, YamlError> {
    if let Some(err) = missing_space_after_colon(text, origin) {
        return Err(err);
    }
    let mut builder = Builder {
        origin,
        stack: Vec::new(),
        anchors: HashMap::new(),
        alias_nodes: 0,
        root: None,
        chars: if text.contains('{') {
            text.chars().collect()
        } else {
            Vec::new()
        },
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

/// `title:Giới thiệu`: a line at the left margin that starts with a word and
/// a colon with no space after it. YAML reads the whole line as one text (or
/// fails further on with a message about something else), so this is looked
/// for first and reported at the colon.
fn missing_space_after_colon(text: &str, origin: Origin) -> Option<YamlError> {
    for (i, line) in text.lines().enumerate() {
        // Only lines at the left margin: indented lines may continue a text.
        if !line.chars().next().is_some_and(char::is_alphabetic) {
            continue;
        }
        let Some((key, rest)) = line.split_once(':') else {
            continue;
        };
        let plausible_key = key.chars().all(|c| c.is_alphanumeric() || c == '_');
        let Some(next) = rest.chars().next() else {
            continue;
        };
        if plausible_key && !next.is_whitespace() && !rest.starts_with("//") {
            let col = key.chars().count() + 1;
            return Some(YamlError::new(
                Position::new(i + origin.first_line, col),
                msg!("T0108-no-space-after-colon", key = key),
                Some(msg!("T0108-help-add-space", key = key, value = rest.trim())),
            ));
        }
    }
    None
}

/// A collection being built, with its anchor and, for a mapping, the key
/// waiting for its value.
struct Frame {
    node: Node,
    anchor: usize,
    key: Option<Node>,
    /// Written `{…}` (or `[…]`) on one line, rather than as indented lines.
    flow: bool,
}

struct Builder {
    origin: Origin,
    stack: Vec<Frame>,
    /// Each anchor's value, with its size (nodes) and depth (nested lists
    /// and groups), to bound what aliases add.
    anchors: HashMap<usize, Anchored>,
    /// Nodes added so far by aliases.
    alias_nodes: usize,
    root: Option<Node>,
    /// The text's characters, when it has a `{` (to tell flow mappings).
    chars: Vec<char>,
}

struct Anchored {
    node: Node,
    size: usize,
    depth: usize,
}

/// The number of nodes in a tree, and how many lists and groups deep it is.
fn size_and_depth(node: &Node) -> (usize, usize) {
    let children: Box<dyn Iterator<Item = &Node>> = match &node.kind {
        NodeKind::Scalar { .. } => return (1, 0),
        NodeKind::Seq(items) => Box::new(items.iter()),
        NodeKind::Map(pairs) => Box::new(pairs.iter().flat_map(|(k, v)| [k, v])),
    };
    children.fold((1, 1), |(size, depth), child| {
        let (s, d) = size_and_depth(child);
        (size + s, depth.max(d + 1))
    })
}

impl Builder {
    /// Entering a list or group: refused past [`MAX_DEPTH`].
    fn too_deep(&self, extra: usize, pos: Position) -> Option<YamlError> {
        (self.stack.len() + extra > MAX_DEPTH).then(|| {
            YamlError::new(
                pos,
                msg!("T0114-too-deep", max = MAX_DEPTH),
                Some(msg!("T0114-help-flatten")),
            )
        })
    }

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
                if let Some(err) = self.too_deep(1, pos) {
                    return Some(err);
                }
                self.stack.push(Frame {
                    node: Node {
                        kind: NodeKind::Seq(Vec::new()),
                        pos,
                    },
                    anchor,
                    key: None,
                    flow: false,
                });
                None
            }
            Event::MappingStart(anchor, _) => {
                if let Some(err) = self.too_deep(1, pos) {
                    return Some(err);
                }
                let flow = self.chars.get(span.start.index()) == Some(&'{');
                self.stack.push(Frame {
                    node: Node {
                        kind: NodeKind::Map(Vec::new()),
                        pos,
                    },
                    anchor,
                    key: None,
                    flow,
                });
                None
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let Frame {
                    node, anchor, flow, ..
                } = self.stack.pop()?;
                if let NodeKind::Map(pairs) = &node.kind {
                    if let Some(err) = duplicate_key(pairs) {
                        return Some(err);
                    }
                    if flow && let Some(err) = decimal_comma(pairs) {
                        return Some(err);
                    }
                }
                self.finish(node, anchor)
            }
            Event::Alias(id) => {
                let Some(anchored) = self.anchors.get(&id) else {
                    return Some(YamlError::new(pos, msg!("T0111-unknown-alias"), None));
                };
                let (size, depth) = (anchored.size, anchored.depth);
                if self.alias_nodes + size > MAX_ALIAS_NODES {
                    return Some(YamlError::new(
                        pos,
                        msg!("T0113-alias-too-big", max = MAX_ALIAS_NODES),
                        Some(msg!("T0113-help-write-out")),
                    ));
                }
                if let Some(err) = self.too_deep(depth, pos) {
                    return Some(err);
                }
                self.alias_nodes += size;
                let mut node = anchored.node.clone();
                node.pos = pos;
                self.finish(node, 0)
            }
            _ => None,
        }
    }

    /// Attach a completed node to its parent (or make it the root).
    fn finish(&mut self, node: Node, anchor: usize) -> Option<YamlError> {
        if anchor != 0 {
            let (size, depth) = size_and_depth(&node);
            self.anchors.insert(
                anchor,
                Anchored {
                    node: node.clone(),
                    size,
                    depth,
                },
            );
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
                    return Some(YamlError::new(node.pos, msg!("T0112-key-not-a-word"), None));
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
            return Some(YamlError::new(
                k.pos,
                msg!("T0110-duplicate-key", key = name, first = first.line),
                Some(msg!("T0110-help-keep-one")),
            ));
        }
    }
    None
}

/// `{value: 99,5}`: inside braces a comma separates keys, so YAML read a
/// value `99` and a key `5` with nothing after it. Reported at the comma.
fn decimal_comma(pairs: &[(Node, Node)]) -> Option<YamlError> {
    let digits = |n: &Node| {
        !n.is_quoted()
            && n.as_scalar()
                .is_some_and(|t| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()))
    };
    pairs.windows(2).find_map(|w| {
        let ((key, value), (next_key, next_value)) = (&w[0], &w[1]);
        let number = value.as_scalar()?;
        let comma = Position::new(value.pos.line, value.pos.col + number.chars().count());
        let adjacent = next_key.pos == Position::new(comma.line, comma.col + 1);
        (digits(value) && digits(next_key) && next_value.is_null() && adjacent).then(|| {
            let written = format!("{number},{}", next_key.as_scalar().unwrap_or_default());
            YamlError::new(
                comma,
                msg!(
                    "T0109-comma-in-braces",
                    key = key.as_scalar().unwrap_or_default(),
                    number = written.as_str(),
                    whole = number,
                    fraction = next_key.as_scalar().unwrap_or_default()
                ),
                Some(msg!(
                    "T0109-help-quote-number",
                    key = key.as_scalar().unwrap_or_default(),
                    number = written
                )),
            )
        })
    })
}

fn scan_error(text: &str, e: &ScanError, origin: Origin) -> YamlError {
    let m = e.marker();
    // A tab in the indentation of a line up to the next one (a plain text
    // is reported on its first line when a tab starts the next), or of any
    // line when the parser says it stopped at a tab.
    let upto = if e.info().contains("tab") {
        usize::MAX
    } else {
        m.line() + 1
    };
    let tab = text.lines().take(upto).enumerate().find_map(|(i, line)| {
        let indent: String = line.chars().take_while(|c| c.is_whitespace()).collect();
        indent
            .chars()
            .position(|c| c == '\t')
            .map(|col| Position::new(i + origin.first_line, col + 1))
    });
    if let Some(pos) = tab {
        return YamlError::new(
            pos,
            msg!("T0107-tab-indent"),
            Some(msg!("T0107-help-spaces")),
        );
    }
    let pos = Position::new(m.line() + origin.first_line - 1, m.col() + 1);
    let line = text
        .lines()
        .nth(m.line().saturating_sub(1))
        .unwrap_or_default();
    YamlError::new(
        pos,
        msg!("T0106-invalid-yaml", detail = e.info()),
        syntax_help(line),
    )
}

/// A plain-words hint for the usual ways Word and hand-typing break YAML.
fn syntax_help(line: &str) -> Option<Message> {
    if line.contains(['“', '”', '‘', '’']) {
        return Some(msg!("T0106-help-curly-quotes"));
    }
    let value = line.split_once(": ").map(|(_, v)| v).unwrap_or_default();
    if value.contains(": ") {
        return Some(msg!("T0106-help-colon-in-value"));
    }
    if value
        .trim_start()
        .starts_with(['[', '{', '*', '&', '!', '%', '@', '`'])
    {
        return Some(msg!("T0106-help-special-start"));
    }
    None
}

/// `text` as a YAML double-quoted scalar, for the files thidua writes:
/// quotes, backslashes and control characters escaped, everything else as it is.
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn quoting() {
        assert_eq!(quote("a \"b\" \\ c"), r#""a \"b\" \\ c""#);
        assert_eq!(quote("Đổi mới: 2024"), "\"Đổi mới: 2024\"");
    }

    #[test]
    fn quoted_text_reads_back_as_written() {
        for text in [
            "a \"b\" \\ c",
            "Đổi mới: 2024",
            "- [x] #1",
            "dòng\nhai\tx\u{1b}",
            "'",
        ] {
            let n = p(&format!("k: {}\n", quote(text)));
            assert_eq!(n.get("k").unwrap().as_scalar(), Some(text), "{text:?}");
        }
    }

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
        assert_eq!(e.id(), "T0110-duplicate-key");
        assert!(
            crate::i18n::Lang::En
                .format(&e.message(msg!("what-front-matter")))
                .contains("appears twice (first on line 1)")
        );
    }

    #[test]
    fn syntax_errors_have_positions_and_help() {
        let e = parse(
            "title: ok\ntheme: “Thi đua: yêu nước”\n",
            Origin { first_line: 2 },
        )
        .unwrap_err();
        assert_eq!(e.pos.line, 3);
        assert_eq!(e.help.as_ref().unwrap().id(), "T0106-help-curly-quotes");
        assert_eq!(e.id(), "T0106-invalid-yaml");
    }

    fn err(text: &str) -> YamlError {
        parse(text, Origin { first_line: 2 }).unwrap_err()
    }

    #[test]
    fn a_tab_in_the_indentation_is_named_at_the_tab() {
        let e = err("title: A\nimage:\n  src: a.jpg\n \talt: Ảnh\n");
        assert_eq!(e.id(), "T0107-tab-indent");
        assert_eq!(e.pos, Position::new(5, 2));
        let e = err("awards:\n\t- title: Bằng khen\n");
        assert_eq!((e.id(), e.pos), ("T0107-tab-indent", Position::new(3, 1)));
    }

    #[test]
    fn a_missing_space_after_the_colon_is_named_at_the_colon() {
        for text in [
            "title:Giới thiệu\n",
            "slug: a\ntitle:Giới thiệu\ndate: 2024-01-01\n",
            "date: 2024-01-01\ntitle:\"Giới thiệu\"\n",
        ] {
            let e = err(text);
            assert_eq!(e.id(), "T0108-no-space-after-colon", "{text}");
            let line = text.lines().position(|l| l.starts_with("title:")).unwrap();
            assert_eq!(e.pos, Position::new(line + 2, 6), "{text}");
        }
        let e = err("title:Giới thiệu\n");
        assert_eq!(
            Lang::En.format(&e.message(msg!("what-front-matter"))),
            "a space is needed after `title:`"
        );
        assert_eq!(
            Lang::En.format(e.help.as_ref().unwrap()),
            "write `title: Giới thiệu` (a colon, then a space, then the value)"
        );
        // URLs, times inside values, empty values and indented text are fine.
        let ok = "base_url: https://x.vn\ntime: 08:00\nnote:\n  a:b\nurl:\n";
        assert!(parse(ok, Origin::FILE_START).is_ok());
    }

    #[test]
    fn a_decimal_comma_inside_braces_is_named_at_the_comma() {
        let e = err("targets:\n  - {label: X, value: 99,5, unit: \"%\"}\n");
        assert_eq!(e.id(), "T0109-comma-in-braces");
        assert_eq!(e.pos, Position::new(3, 25));
        assert_eq!(
            Lang::En.format(&e.message(msg!("what-front-matter"))),
            "inside {…} a comma separates keys: `99,5` was cut in two, so `value` got 99 and 5 became a key of its own"
        );
        let e = err("target: {value: 99,5}\n");
        assert_eq!(
            (e.id(), e.pos),
            ("T0109-comma-in-braces", Position::new(2, 19))
        );
        // Quoted, or a real second key, is fine.
        assert!(parse("t: {value: \"99,5\", unit: \"%\"}\n", Origin::FILE_START).is_ok());
        assert!(parse("t: {a: 1, 2: x}\n", Origin::FILE_START).is_ok());
    }

    #[test]
    fn the_caller_names_the_yaml_text() {
        let e = parse("a: [\n", Origin::FILE_START).unwrap_err();
        let text = Lang::En.format(&e.message(msg!("what-data-file")));
        assert!(
            text.starts_with("the data file is not valid YAML"),
            "{text}"
        );
        let vi = Lang::Vi.format(&e.message(msg!("what-front-matter")));
        assert!(
            vi.starts_with("phần khai báo ở đầu tệp viết chưa đúng"),
            "{vi}"
        );
        assert!(
            crate::i18n::Lang::En
                .format(&e.message(msg!("what-front-matter")))
                .starts_with("the front matter is not valid YAML")
        );
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

    /// 9 values, then 8 levels each repeating the level above 9 times:
    /// 9^9 values (about 387 million) once expanded.
    pub(crate) fn alias_bomb() -> String {
        let mut text = String::from("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (prev, name) in ('a'..='h').zip('b'..='i') {
            let items = vec![format!("*{prev}"); 9].join(", ");
            text.push_str(&format!("{name}: &{name} [{items}]\n"));
        }
        text
    }

    #[test]
    fn an_alias_bomb_is_refused_at_the_alias_that_passes_the_bound() {
        let started = std::time::Instant::now();
        let e = parse(&alias_bomb(), Origin { first_line: 2 }).unwrap_err();
        assert!(started.elapsed() < std::time::Duration::from_secs(2));
        assert_eq!(e.id(), "T0113-alias-too-big");
        // b, c and d add 90 + 819 + 7380 values; the first `*d` of line `e`
        // (line 5 of the text, 6 of the file) would pass 10,000.
        assert_eq!(e.pos, Position::new(6, 8));
        assert_eq!(
            Lang::En.format(&e.message(msg!("what-front-matter"))),
            "the front matter repeats named values (*name) so often that they would make more than 10000 values; reading stops here"
        );
        assert!(
            Lang::Vi
                .format(&e.message(msg!("what-front-matter")))
                .starts_with(
                    "phần khai báo ở đầu tệp dùng lại các giá trị đã đặt tên (*tên) quá nhiều lần"
                )
        );
    }

    #[test]
    fn a_few_repeated_values_are_still_fine() {
        let n = p("a: &a [x, y]\nb: &b [*a, *a, *a]\nc: [*b, *b]\n");
        assert_eq!(n.get("c").unwrap().as_seq().unwrap().len(), 2);
        assert_eq!(
            n.get("c").unwrap().as_seq().unwrap()[1]
                .as_seq()
                .unwrap()
                .len(),
            3
        );
    }

    #[test]
    fn nesting_deeper_than_the_bound_is_refused() {
        let deep = format!(
            "a: {}x{}\n",
            "[".repeat(MAX_DEPTH + 1),
            "]".repeat(MAX_DEPTH + 1)
        );
        let e = parse(&deep, Origin::FILE_START).unwrap_err();
        assert_eq!(e.id(), "T0114-too-deep");
        // The document's own group is the first level: the 64th `[` is refused.
        assert_eq!(e.pos, Position::new(1, 3 + MAX_DEPTH));
        let ok = format!("a: {}x{}\n", "[".repeat(10), "]".repeat(10));
        assert!(parse(&ok, Origin::FILE_START).is_ok());
        // Depth hidden behind an alias counts too.
        let mut text = String::from("a: &a x\n");
        let mut prev = 'a';
        for name in 'b'..='z' {
            text.push_str(&format!("{name}: &{name} [[[*{prev}]]]\n"));
            prev = name;
        }
        let e = parse(&text, Origin::FILE_START).unwrap_err();
        assert_eq!(e.id(), "T0114-too-deep");
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
