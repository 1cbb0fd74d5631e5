//! Reading typed values out of a front-matter mapping. A [`MapReader`] takes
//! keys one by one, records a diagnostic at the exact key or value for each
//! problem (missing, wrong type, bad date, …) and, when done, reports every
//! key it was never asked for as unknown, with a "did you mean" hint.

use std::cell::RefCell;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::date::PartialDate;
use crate::diagnostic::{Diagnostic, Position, Text};
use crate::model::Spanned;
use crate::source::is_nbsp;
use crate::yaml::{Node, NodeKind};

/// Collects the diagnostics of one file.
#[derive(Debug)]
pub struct Problems {
    file: PathBuf,
    items: RefCell<Vec<Diagnostic>>,
}

impl Problems {
    pub fn new(file: &Path) -> Self {
        Problems {
            file: file.to_path_buf(),
            items: RefCell::new(Vec::new()),
        }
    }

    pub fn file(&self) -> &Path {
        &self.file
    }

    pub fn error(&self, pos: Position, message: impl Into<Text>, help: Option<String>) {
        let mut d = Diagnostic::error(&self.file, Some(pos), message);
        d.help = help.map(Text::Fixed);
        self.items.borrow_mut().push(d);
    }

    pub fn warning(&self, pos: Position, message: impl Into<Text>, help: Option<String>) {
        let mut d = Diagnostic::warning(&self.file, Some(pos), message);
        d.help = help.map(Text::Fixed);
        self.items.borrow_mut().push(d);
    }

    pub fn push(&self, d: Diagnostic) {
        self.items.borrow_mut().push(d);
    }

    pub fn has_errors(&self) -> bool {
        self.items.borrow().iter().any(Diagnostic::is_error)
    }

    pub fn into_vec(self) -> Vec<Diagnostic> {
        self.items.into_inner()
    }
}

/// Reads the keys of one YAML mapping.
pub struct MapReader<'a> {
    node: &'a Node,
    /// What this mapping is, for messages: "the front matter", "an award", …
    what: &'a str,
    problems: &'a Problems,
    used: RefCell<HashSet<&'static str>>,
}

impl<'a> MapReader<'a> {
    /// A reader over `node`; if it is not a mapping, that is reported and the
    /// reader answers "absent" to every key.
    pub fn new(node: &'a Node, what: &'a str, problems: &'a Problems) -> Self {
        if node.as_map().is_none() && !node.is_null() {
            problems.error(
                node.pos,
                format!(
                    "{what} should be a group of keys (key: value), but this is {}",
                    node.describe()
                ),
                None,
            );
        }
        MapReader {
            node,
            what,
            problems,
            used: RefCell::new(HashSet::new()),
        }
    }

    pub fn problems(&self) -> &'a Problems {
        self.problems
    }

    pub fn pos(&self) -> Position {
        self.node.pos
    }

    /// The raw value of `key`, marking it as known. Null counts as absent.
    pub fn node(&self, key: &'static str) -> Option<&'a Node> {
        self.used.borrow_mut().insert(key);
        self.node.get(key).filter(|n| !n.is_null())
    }

    fn key_pos(&self, key: &str) -> Position {
        self.node
            .as_map()
            .and_then(|m| m.iter().find(|(k, _)| k.as_scalar() == Some(key)))
            .map_or(self.node.pos, |(k, _)| k.pos)
    }

    fn missing(&self, key: &str, help: &str) {
        let pos = if self.node.get(key).is_some() {
            self.key_pos(key)
        } else {
            self.node.pos
        };
        self.problems.error(
            pos,
            format!("{} needs `{key}`", self.what),
            Some(help.to_owned()),
        );
    }

    /// A text value: any scalar (numbers are texts too), trimmed, NBSP as space.
    pub fn string(&self, key: &'static str) -> Option<Spanned<String>> {
        let node = self.node(key)?;
        scalar_text(node, key, self.problems)
    }

    pub fn required_string(&self, key: &'static str, help: &str) -> Option<Spanned<String>> {
        let value = self.string(key);
        match &value {
            Some(v) if v.value.is_empty() => {
                self.problems
                    .error(v.pos, format!("`{key}` is empty"), Some(help.to_owned()));
                None
            }
            Some(_) => value,
            None => {
                if self.node.get(key).is_none_or(Node::is_null) {
                    self.missing(key, help);
                }
                None
            }
        }
    }

    pub fn bool(&self, key: &'static str) -> Option<bool> {
        let node = self.node(key)?;
        match node.as_scalar() {
            Some("true" | "True" | "TRUE" | "yes" | "có") if !node.is_quoted() => Some(true),
            Some("false" | "False" | "FALSE" | "no" | "không") if !node.is_quoted() => Some(false),
            _ => {
                self.problems
                    .error(node.pos, format!("`{key}` must be true or false"), None);
                None
            }
        }
    }

    pub fn date(&self, key: &'static str) -> Option<Spanned<PartialDate>> {
        let node = self.node(key)?;
        read_date(node, key, self.problems)
    }

    pub fn required_date(&self, key: &'static str, help: &str) -> Option<Spanned<PartialDate>> {
        if self.node.get(key).is_none_or(Node::is_null) {
            self.used.borrow_mut().insert(key);
            self.missing(key, help);
            return None;
        }
        self.date(key)
    }

    /// A whole number ≥ 0.
    pub fn count(&self, key: &'static str) -> Option<u64> {
        let node = self.node(key)?;
        let text = node.as_scalar().unwrap_or_default().replace('.', "");
        match text.trim().parse::<u64>() {
            Ok(n) => Some(n),
            Err(_) => {
                self.problems
                    .error(node.pos, format!("`{key}` must be a whole number"), None);
                None
            }
        }
    }

    /// A number, with a decimal comma or point ("7,5", "7.5").
    pub fn number(&self, key: &'static str) -> Option<f64> {
        let node = self.node(key)?;
        let parsed = node.as_scalar().and_then(crate::vietnamese::parse_decimal);
        if parsed.is_none() {
            self.problems.error(
                node.pos,
                format!("`{key}` must be a number, such as 7,5 or 100"),
                None,
            );
        }
        parsed
    }

    /// A list of texts; a single text is accepted as a one-item list.
    pub fn string_list(&self, key: &'static str) -> Vec<Spanned<String>> {
        let Some(node) = self.node(key) else {
            return Vec::new();
        };
        match &node.kind {
            NodeKind::Seq(items) => items
                .iter()
                .filter_map(|n| scalar_text(n, key, self.problems))
                .collect(),
            NodeKind::Scalar { .. } => scalar_text(node, key, self.problems).into_iter().collect(),
            NodeKind::Map(_) => {
                self.problems.error(
                    node.pos,
                    format!("`{key}` must be a list, such as [a, b]"),
                    None,
                );
                Vec::new()
            }
        }
    }

    /// Each item of a list of groups, read by `f`.
    pub fn list_of<T>(
        &self,
        key: &'static str,
        what: &str,
        keys: &[&'static str],
        f: impl Fn(&MapReader<'_>) -> Option<T>,
    ) -> Vec<T> {
        let Some(node) = self.node(key) else {
            return Vec::new();
        };
        let Some(items) = node.as_seq() else {
            self.problems.error(
                node.pos,
                format!("`{key}` must be a list (each item on a line starting with `- `)"),
                None,
            );
            return Vec::new();
        };
        items
            .iter()
            .filter_map(|item| {
                let reader = MapReader::new(item, what, self.problems);
                let value = f(&reader);
                reader.finish(keys);
                value
            })
            .collect()
    }

    /// A nested group of keys read by `f`.
    pub fn group<T>(
        &self,
        key: &'static str,
        what: &str,
        keys: &[&'static str],
        f: impl Fn(&MapReader<'_>) -> Option<T>,
    ) -> Option<T> {
        let node = self.node(key)?;
        let reader = MapReader::new(node, what, self.problems);
        let value = f(&reader);
        reader.finish(keys);
        value
    }

    /// One of a closed set of words.
    pub fn choice<T: Copy>(&self, key: &'static str, options: &[(&str, T)]) -> Option<T> {
        let node = self.node(key)?;
        let text = node.as_scalar().unwrap_or_default().trim();
        if let Some((_, v)) = options.iter().find(|(name, _)| *name == text) {
            return Some(*v);
        }
        let names: Vec<&str> = options.iter().map(|(n, _)| *n).collect();
        let help = match closest(text, &names) {
            Some(best) => format!("did you mean `{best}`? allowed: {}", names.join(", ")),
            None => format!("allowed: {}", names.join(", ")),
        };
        self.problems
            .error(node.pos, format!("`{key}` cannot be `{text}`"), Some(help));
        None
    }

    /// Report every key that is neither read nor in `also` (the full list of
    /// keys allowed here, so a reader that stopped early reports no false
    /// unknowns).
    pub fn finish(&self, also: &[&'static str]) {
        let Some(map) = self.node.as_map() else {
            return;
        };
        let used = self.used.borrow();
        let known: Vec<&str> = used.iter().chain(also).copied().collect();
        for (key, _) in map {
            let name = key.as_scalar().unwrap_or_default();
            if known.contains(&name) {
                continue;
            }
            let mut sorted = known.clone();
            sorted.sort_unstable();
            let help = match closest(name, &sorted) {
                Some(best) => format!("did you mean `{best}`?"),
                None => format!("keys allowed here: {}", sorted.join(", ")),
            };
            self.problems.error(
                key.pos,
                format!("unknown key `{name}` in {}", self.what),
                Some(help),
            );
        }
    }
}

fn scalar_text(node: &Node, key: &str, problems: &Problems) -> Option<Spanned<String>> {
    match node.as_scalar() {
        Some(text) => Some(Spanned::new(clean_text(text), node.pos)),
        None => {
            problems.error(
                node.pos,
                format!(
                    "`{key}` should be a single text, but this is {}",
                    node.describe()
                ),
                Some(
                    "if the text contains `: ` or starts with [ or {, put it in quotes: \"…\""
                        .into(),
                ),
            );
            None
        }
    }
}

/// Trim, NBSP to space, collapse runs of spaces (not newlines).
pub fn clean_text(text: &str) -> String {
    let replaced: String = text
        .chars()
        .map(|c| if is_nbsp(c) { ' ' } else { c })
        .collect();
    let mut out = String::with_capacity(replaced.len());
    for line in replaced.trim().split('\n') {
        if !out.is_empty() {
            out.push('\n');
        }
        let mut last_space = false;
        for c in line.trim_end().chars() {
            if c == ' ' && last_space {
                continue;
            }
            last_space = c == ' ';
            out.push(c);
        }
    }
    out
}

fn read_date(node: &Node, key: &str, problems: &Problems) -> Option<Spanned<PartialDate>> {
    let text = node.as_scalar().unwrap_or_default();
    match PartialDate::parse(text) {
        Ok(d) => Some(Spanned::new(d, node.pos)),
        Err(e) => {
            problems.error(node.pos, format!("`{key}`: {}", e.message), e.help);
            None
        }
    }
}

/// The closest name by edit distance, if it is close enough to be a likely typo.
pub fn closest<'n>(word: &str, names: &[&'n str]) -> Option<&'n str> {
    let folded = crate::vietnamese::fold(word);
    names
        .iter()
        .map(|n| {
            (
                *n,
                strsim::damerau_levenshtein(&folded, &crate::vietnamese::fold(n)),
            )
        })
        .filter(|(n, d)| *d <= (n.chars().count() / 3).max(2))
        .min_by_key(|(_, d)| *d)
        .map(|(n, _)| n)
}
