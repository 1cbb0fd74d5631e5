//! Reading typed values out of a front-matter mapping. A [`MapReader`] takes
//! keys one by one, records a diagnostic at the exact key or value for each
//! problem (missing, wrong type, bad date, …) and, when done, reports every
//! key it was never asked for as unknown, with a "did you mean" hint.

use std::cell::RefCell;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::date::PartialDate;
use crate::diagnostic::{Diagnostic, Position, Severity};
use crate::i18n::Message;
use crate::model::Spanned;
use crate::msg;
use crate::source::is_nbsp;
use crate::vietnamese::fold_key;
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

    pub fn error(&self, pos: Position, message: Message, help: Option<Message>) {
        self.report(Severity::Error, pos, message, help);
    }

    pub fn warning(&self, pos: Position, message: Message, help: Option<Message>) {
        self.report(Severity::Warning, pos, message, help);
    }

    fn report(&self, severity: Severity, pos: Position, message: Message, help: Option<Message>) {
        let mut d = Diagnostic::error(&self.file, Some(pos), message);
        d.severity = severity;
        d.help = help;
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

/// One value of a closed set: the identifier written in content, the
/// Vietnamese words accepted for it (the first is shown in help lines), and
/// what it means.
pub type Choice<'c, T> = (&'c str, &'c [&'c str], T);

/// Reads the keys of one YAML mapping.
pub struct MapReader<'a> {
    node: &'a Node,
    /// What this mapping is, for messages: "the front matter", "an award", …
    what: Message,
    problems: &'a Problems,
    used: RefCell<HashSet<&'static str>>,
}

impl<'a> MapReader<'a> {
    /// A reader over `node`; if it is not a mapping, that is reported and the
    /// reader answers "absent" to every key. `what` names the mapping in
    /// messages (`msg!("what-front-matter")`).
    pub fn new(node: &'a Node, what: Message, problems: &'a Problems) -> Self {
        if node.as_map().is_none() && !node.is_null() {
            problems.error(
                node.pos,
                msg!(
                    "T0201-not-a-group",
                    what = what.clone(),
                    found = node.describe()
                ),
                Some(msg!("T0201-help-group")),
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

    /// Where `key` is written, or the mapping's start if it is not.
    pub fn key_pos(&self, key: &str) -> Position {
        self.node
            .as_map()
            .and_then(|m| m.iter().find(|(k, _)| k.as_scalar() == Some(key)))
            .map_or(self.node.pos, |(k, _)| k.pos)
    }

    /// Reports `key` as missing if it is absent or written with no value
    /// (`subject:`), at that line when it is written; true if it has a value.
    pub fn require(&self, key: &'static str, help: Message) -> bool {
        self.require_in(key, self.what.clone(), help)
    }

    /// [`MapReader::require`], naming the mapping `what` ("an exemplar
    /// needs `subject`") rather than as the reader does.
    pub fn require_in(&self, key: &'static str, what: Message, help: Message) -> bool {
        if self.node(key).is_some() {
            return true;
        }
        self.missing_in(key, &what, help);
        false
    }

    fn missing(&self, key: &str, help: Message) {
        self.missing_in(key, &self.what, help);
    }

    fn missing_in(&self, key: &str, what: &Message, help: Message) {
        self.problems.report(
            Severity::Error,
            self.key_pos(key),
            msg!("T0202-missing-key", what = what.clone(), key = key),
            Some(help),
        );
    }

    /// A text value: any scalar (numbers are texts too), trimmed, NBSP as space.
    pub fn string(&self, key: &'static str) -> Option<Spanned<String>> {
        let node = self.node(key)?;
        scalar_text(node, key, self.problems)
    }

    pub fn required_string(&self, key: &'static str, help: Message) -> Option<Spanned<String>> {
        let value = self.string(key);
        match &value {
            Some(v) if v.value.is_empty() => {
                self.problems.report(
                    Severity::Error,
                    v.pos,
                    msg!("T0203-empty", key = key),
                    Some(help),
                );
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

    /// `true`/`false`; also `yes`/`no` and `có`/`không`, in any case.
    pub fn bool(&self, key: &'static str) -> Option<bool> {
        let node = self.node(key)?;
        let folded = fold_key(node.as_scalar().unwrap_or_default());
        match folded.as_str() {
            "true" | "yes" | "co" if !node.is_quoted() => Some(true),
            "false" | "no" | "khong" if !node.is_quoted() => Some(false),
            _ => {
                self.problems.error(
                    node.pos,
                    msg!("T0204-not-bool", key = key),
                    Some(msg!("T0204-help-bool", key = key)),
                );
                None
            }
        }
    }

    pub fn date(&self, key: &'static str) -> Option<Spanned<PartialDate>> {
        let node = self.node(key)?;
        read_date(node, key, self.problems)
    }

    pub fn required_date(&self, key: &'static str, help: Message) -> Option<Spanned<PartialDate>> {
        if !self.require(key, help) {
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
                    .error(node.pos, msg!("T0204-not-count", key = key), None);
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
                msg!("T0204-not-number", key = key, found = node.describe()),
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
                    msg!("T0204-not-list", key = key),
                    Some(msg!("T0204-help-list", key = key)),
                );
                Vec::new()
            }
        }
    }

    /// Each item of a list of groups, read by `f`; `what` names one item.
    pub fn list_of<T>(
        &self,
        key: &'static str,
        what: Message,
        keys: &[&'static str],
        f: impl Fn(&MapReader<'_>) -> Option<T>,
    ) -> Vec<T> {
        let Some(node) = self.node(key) else {
            return Vec::new();
        };
        let Some(items) = node.as_seq() else {
            self.problems.error(
                node.pos,
                msg!("T0204-not-item-list", key = key),
                Some(msg!("T0204-help-item-list", key = key)),
            );
            return Vec::new();
        };
        items
            .iter()
            .filter_map(|item| {
                let reader = MapReader::new(item, what.clone(), self.problems);
                let value = f(&reader);
                reader.finish(keys);
                value
            })
            .collect()
    }

    /// A nested group of keys read by `f`; `what` names it
    /// (`msg!("what-group", key = "image")`).
    pub fn group<T>(
        &self,
        key: &'static str,
        what: Message,
        keys: &[&'static str],
        f: impl Fn(&MapReader<'_>) -> Option<T>,
    ) -> Option<T> {
        let node = self.node(key)?;
        let reader = MapReader::new(node, what, self.problems);
        let value = f(&reader);
        reader.finish(keys);
        value
    }

    /// One of a closed set of words, written as its identifier (`person`) or
    /// in Vietnamese (`cá nhân`, `Cá nhân`, `ca nhan`), and normalised.
    pub fn choice<T: Copy>(&self, key: &'static str, options: &[Choice<'_, T>]) -> Option<T> {
        let node = self.node(key)?;
        let text = node.as_scalar().unwrap_or_default().trim();
        let wanted = choice_key(text);
        let found = options.iter().find(|(id, vi, _)| {
            choice_key(id) == wanted || vi.iter().any(|v| choice_key(v) == wanted)
        });
        if let Some((_, _, value)) = found {
            return Some(*value);
        }
        let names: Vec<&str> = options
            .iter()
            .flat_map(|(id, vi, _)| std::iter::once(*id).chain(vi.iter().copied()))
            .collect();
        let allowed = options
            .iter()
            .map(|(id, vi, _)| match vi.first() {
                Some(v) => format!("{id} ({v})"),
                None => (*id).to_owned(),
            })
            .collect::<Vec<_>>()
            .join(", ");
        let help = match closest(text, &names) {
            Some(best) => {
                let id = options
                    .iter()
                    .find(|(id, vi, _)| *id == best || vi.contains(&best))
                    .map_or(best, |(id, _, _)| *id);
                msg!(
                    "T0207-help-did-you-mean",
                    suggestion = id,
                    allowed = allowed
                )
            }
            None => msg!("T0207-help-allowed", allowed = allowed),
        };
        self.problems.error(
            node.pos,
            msg!("T0207-not-allowed", key = key, value = text),
            Some(help),
        );
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
        let mut known: Vec<&str> = used.iter().chain(also).copied().collect();
        known.sort_unstable();
        known.dedup();
        for (key, _) in map {
            let name = key.as_scalar().unwrap_or_default();
            if known.contains(&name) {
                continue;
            }
            let help = match closest(name, &known) {
                Some(best) => msg!("T0205-help-did-you-mean", suggestion = best),
                None => msg!("T0205-help-allowed", keys = known.join(", ")),
            };
            self.problems.error(
                key.pos,
                msg!("T0205-unknown-key", key = name, what = self.what.clone()),
                Some(help),
            );
        }
    }
}

/// A closed-set word compared without case, diacritics, or the difference
/// between `_`, `-` and a space.
fn choice_key(s: &str) -> String {
    fold_key(&s.replace(['_', '-'], " "))
}

fn scalar_text(node: &Node, key: &str, problems: &Problems) -> Option<Spanned<String>> {
    match node.as_scalar() {
        Some(text) => Some(Spanned::new(clean_text(text), node.pos)),
        None => {
            problems.error(
                node.pos,
                msg!("T0204-not-text", key = key, found = node.describe()),
                Some(msg!("T0204-help-quote-text")),
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
            problems.error(
                node.pos,
                msg!("T0206-bad-date", key = key, problem = e.message),
                e.help,
            );
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::yaml::{Origin, parse};

    fn read(text: &str, f: impl Fn(&MapReader<'_>)) -> Vec<Diagnostic> {
        let node = parse(text, Origin { first_line: 2 }).unwrap();
        let problems = Problems::new(Path::new("a.md"));
        let r = MapReader::new(&node, msg!("what-front-matter"), &problems);
        f(&r);
        problems.into_vec()
    }

    #[test]
    fn a_required_key_written_empty_is_reported_at_its_line() {
        let d = read("title: A\nsubject:\nlocality: ~\n", |r| {
            r.require("subject", msg!("T0202-help-subject"));
            r.required_string("locality", msg!("T0202-help-locality"));
            r.required_string("unit", msg!("T0202-help-locality"));
        });
        let at: Vec<_> = d.iter().map(|d| (d.code(), d.position)).collect();
        assert_eq!(
            at,
            [
                (Some("T0202"), Some(Position::new(3, 1))),
                (Some("T0202"), Some(Position::new(4, 1))),
                // Absent: the start of the mapping.
                (Some("T0202"), Some(Position::new(2, 1))),
            ]
        );
        assert_eq!(
            d[0].message.format(Lang::Vi),
            "phần khai báo ở đầu tệp thiếu khóa `subject`"
        );
    }

    #[test]
    fn booleans_in_english_and_vietnamese() {
        for (text, want) in [
            ("true", true),
            ("Có", true),
            ("co", true),
            ("KHÔNG", false),
            ("no", false),
        ] {
            let got = std::cell::Cell::new(None);
            let d = read(&format!("a: {text}\n"), |r| got.set(r.bool("a")));
            assert!(d.is_empty(), "{text}");
            assert_eq!(got.get(), Some(want), "{text}");
        }
        let d = read("a: \"true\"\n", |r| {
            r.bool("a");
        });
        assert_eq!(d[0].code(), Some("T0204"));
    }

    #[test]
    fn unknown_keys_list_each_allowed_key_once() {
        let d = read("title: A\nqqqqqqqqqq: 1\n", |r| {
            r.string("title");
            r.string("slug");
            r.finish(&["title", "slug", "date"]);
        });
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].position, Some(Position::new(3, 1)));
        assert_eq!(
            d[0].help.as_ref().unwrap().format(Lang::En),
            "keys allowed here: date, slug, title"
        );
    }

    #[test]
    fn a_close_choice_is_suggested_by_its_identifier() {
        let opts: [Choice<'_, u8>; 2] = [("solar", &["dương lịch"], 0), ("lunar", &["âm lịch"], 1)];
        let d = read("calendar: am lich\n", |r| {
            assert_eq!(r.choice("calendar", &opts), Some(1))
        });
        assert!(d.is_empty());
        let d = read("calendar: âm lịc\n", |r| {
            assert_eq!(r.choice("calendar", &opts), None)
        });
        assert_eq!(
            d[0].help.as_ref().unwrap().format(Lang::En),
            "did you mean `lunar`? allowed: solar (dương lịch), lunar (âm lịch)"
        );
    }
}
