//! Diagnostics are data: a severity, a file, a span, a message and an optional
//! help line. Every content problem found by any stage becomes a [`Diagnostic`];
//! stages collect them into [`Diagnostics`] and keep going, so an editor sees
//! every problem of a run at once. The message and help are [`Message`]s
//! (catalogue ids with arguments), turned into text only when printed, in the
//! chosen language: `path:line:col: lỗi[T0104]: message` (`error[T0104]` in
//! English); the code is the start of the message's id.

use std::fmt;
use std::path::PathBuf;

use crate::i18n::{Lang, Message};

/// How bad a problem is. Errors fail the build; warnings are printed only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Warning,
    Error,
}

impl Severity {
    /// "lỗi" / "error", "cảnh báo" / "warning".
    pub fn label(self, lang: Lang) -> String {
        lang.tr(match self {
            Severity::Warning => "severity-warning",
            Severity::Error => "severity-error",
        })
    }
}

/// A position in a source file: 1-based line and 1-based column counted in
/// Unicode scalar values (characters), as editors count them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Position {
    pub line: usize,
    pub col: usize,
}

impl Position {
    pub const fn new(line: usize, col: usize) -> Self {
        Position { line, col }
    }
}

/// One problem, ready to print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Path as shown to the editor (relative to the site root when possible).
    pub file: PathBuf,
    /// Where in the file; `None` for whole-file problems.
    pub position: Option<Position>,
    pub message: Message,
    /// What to do about it, in plain words.
    pub help: Option<Message>,
}

impl Diagnostic {
    pub fn error(file: impl Into<PathBuf>, position: Option<Position>, message: Message) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: file.into(),
            position,
            message,
            help: None,
        }
    }

    pub fn warning(file: impl Into<PathBuf>, position: Option<Position>, message: Message) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(file, position, message)
        }
    }

    pub fn with_help(mut self, help: Message) -> Self {
        self.help = Some(help);
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The stable code (`T0104`), from the message's id.
    pub fn code(&self) -> Option<&'static str> {
        self.message.code()
    }

    /// `path:line:col: lỗi[T0104]: message` and, when there is one, an
    /// indented help line, in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        // The message's arguments are escaped when formatted (see
        // `escape_controls`); the file name is escaped here.
        let file = display_path(&self.file);
        let file = escape_controls(&file);
        let mut out = match self.position {
            Some(p) => format!("{file}:{}:{}: ", p.line, p.col),
            None => format!("{file}: "),
        };
        out.push_str(&self.severity.label(lang));
        if let Some(code) = self.code() {
            out.push('[');
            out.push_str(code);
            out.push(']');
        }
        out.push_str(": ");
        out.push_str(&lang.format(&self.message));
        if let Some(help) = &self.help {
            out.push_str("\n  ");
            out.push_str(&lang.tr("help-label"));
            out.push_str(": ");
            out.push_str(&lang.format(help));
        }
        out
    }
}

/// English, for logs and developer output; editors get [`Diagnostic::render`]
/// in their language.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

// How paths and outside text are printed lives with the messages that
// print them (`i18n`), which must not depend on diagnostics.
pub use crate::i18n::{display_path, escape_controls};

/// An ordered collection of diagnostics from one run.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }

    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(other);
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    pub fn error_count(&self) -> usize {
        self.items.iter().filter(|d| d.is_error()).count()
    }

    pub fn warning_count(&self) -> usize {
        self.items.len() - self.error_count()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn iter(&self) -> std::slice::Iter<'_, Diagnostic> {
        self.items.iter()
    }

    /// Sorted by file, then position, then message: stable output whatever the
    /// order in which parallel stages found the problems.
    pub fn sorted(mut self) -> Self {
        self.items.sort_by_cached_key(|d| {
            (
                display_path(&d.file),
                d.position,
                Lang::En.format(&d.message),
            )
        });
        self.items.dedup();
        self
    }

    /// The whole report as editors see it, one diagnostic per line (plus
    /// help lines), in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        let mut out = String::new();
        for d in &self.items {
            out.push_str(&d.render(lang));
            out.push('\n');
        }
        out
    }

    pub fn into_vec(self) -> Vec<Diagnostic> {
        self.items
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

impl FromIterator<Diagnostic> for Diagnostics {
    fn from_iter<T: IntoIterator<Item = Diagnostic>>(iter: T) -> Self {
        Diagnostics {
            items: iter.into_iter().collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::msg;

    fn unknown_key() -> Diagnostic {
        Diagnostic::error(
            "content/exemplars/a.md",
            Some(Position::new(3, 7)),
            msg!(
                "T0205-unknown-key",
                key = "titel",
                what = msg!("what-front-matter")
            ),
        )
    }

    #[test]
    fn renders_path_line_col_code_and_help_in_both_languages() {
        let d = unknown_key().with_help(msg!("T0205-help-did-you-mean", suggestion = "title"));
        let en = d.render(Lang::En);
        assert!(
            en.starts_with("content/exemplars/a.md:3:7: error[T0205]: "),
            "{en}"
        );
        assert!(en.contains("\n  help: "), "{en}");
        let vi = d.render(Lang::Vi);
        assert!(
            vi.starts_with("content/exemplars/a.md:3:7: lỗi[T0205]: "),
            "{vi}"
        );
        assert!(vi.contains("\n  cách sửa: "), "{vi}");
        assert_eq!(d.code(), Some("T0205"));
    }

    #[test]
    fn control_characters_in_arguments_and_file_names_are_escaped() {
        let d = Diagnostic::error(
            "content/news/a\u{1b}]0;owned\u{7}.md",
            Some(Position::new(2, 1)),
            msg!(
                "T0205-unknown-key",
                key = "ti\u{1b}[2Jtle\nfake.md:1:1: error[T0101]: forged\r\t\u{202e}x",
                what = msg!("what-front-matter")
            ),
        )
        .with_help(msg!("T0205-help-did-you-mean", suggestion = "a\u{7}b"));
        for lang in Lang::ALL {
            let text = d.render(lang);
            assert!(
                !text.contains(|c: char| c.is_control() && c != '\n' || c == '\u{202e}'),
                "{text:?}"
            );
            // One diagnostic line and its help line: no forged line.
            assert_eq!(text.lines().count(), 2, "{text}");
            assert!(
                text.starts_with("content/news/a\\u{1b}]0;owned\\u{7}.md:2:1: "),
                "{text}"
            );
            assert!(
                text.contains(
                    "`ti\\u{1b}[2Jtle\\nfake.md:1:1: error[T0101]: forged\\r\\t\\u{202e}x`"
                ),
                "{text}"
            );
            assert!(text.contains("`a\\u{7}b`"), "{text}");
        }
        // Ordinary Vietnamese text is left as it is.
        assert_eq!(
            escape_controls("Phường Tân An — “Gương sáng”"),
            "Phường Tân An — “Gương sáng”"
        );
    }

    #[test]
    fn windows_paths_use_forward_slashes_and_keep_the_drive() {
        let mut d = unknown_key();
        d.file = PathBuf::from("content\\news\\b.md");
        assert!(
            d.render(Lang::Vi)
                .starts_with("content/news/b.md:3:7: lỗi[T0205]")
        );
        d.file = PathBuf::from("C:\\Users\\bien tap\\trang\\content\\b.md");
        assert!(
            d.render(Lang::En)
                .starts_with("C:/Users/bien tap/trang/content/b.md:3:7: error[T0205]"),
            "{}",
            d.render(Lang::En)
        );
    }
}
