//! The language of the tool. Everything thidua says to a person — diagnostics
//! and their help lines, `--help`, progress, summaries, `serve`, `import`,
//! `new`, `init` — is a [`Message`]: an id from the Project Fluent catalogue
//! in `locales/<lang>/*.ftl` plus named arguments. Text is made from it only
//! at the edge, in the language the person chose ([`Lang`]): Vietnamese by
//! default, English with `--lang en` or `THIDUA_LANG=en`.
//!
//! Rules of the catalogue (checked by tests):
//! - every id exists in both languages;
//! - a diagnostic's id starts with its stable code, `T0104-missing-key`, and
//!   each code has `explain-T0104` (with a `.title`) in both languages, for
//!   `thidua explain T0104` and the guide's table;
//! - messages are never assembled by concatenation: a sentence is one id,
//!   and a part that varies by language (such as "the front matter" inside
//!   "… needs `title`") is itself a [`Message`] passed as an argument.

mod catalogue;

use std::borrow::Cow;
use std::ffi::OsString;
use std::fmt;
use std::path::{Path, PathBuf};

pub use catalogue::{Catalogue, LOCALE_FILES};

/// A language the tool speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// Tiếng Việt, the default.
    #[default]
    Vi,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Vi, Lang::En];

    /// `vi`, `vi-VN`, `en`, `en_US.UTF-8`, `tiếng việt`… → a language.
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.trim().to_lowercase();
        let head = s.split(['-', '_', '.']).next().unwrap_or_default();
        match head {
            "vi" | "vn" | "vie" | "tiếng việt" | "tieng viet" => Some(Lang::Vi),
            "en" | "eng" | "english" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    /// The language asked for on a command line (`--lang en`, `--lang=en`),
    /// else in `THIDUA_LANG`, else Vietnamese. Read before the command line
    /// is parsed, so that `--help` and usage errors are in it too.
    pub fn from_args_and_env(args: &[OsString]) -> Lang {
        let mut it = args.iter().map(|a| a.to_string_lossy());
        while let Some(a) = it.next() {
            if a == "--" {
                break;
            }
            if let Some(v) = a.strip_prefix("--lang=") {
                if let Some(l) = Lang::parse(v) {
                    return l;
                }
            } else if a == "--lang"
                && let Some(l) = it.next().as_deref().and_then(Lang::parse)
            {
                return l;
            }
        }
        std::env::var("THIDUA_LANG")
            .ok()
            .as_deref()
            .and_then(Lang::parse)
            .unwrap_or_default()
    }

    /// The text of a message in this language.
    pub fn format(self, message: &Message) -> String {
        Catalogue::get(self).format(message)
    }

    /// The text of a message without arguments.
    pub fn tr(self, id: &'static str) -> String {
        self.format(&Message::new(id))
    }
}

/// A value given to a message.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Arg {
    Text(String),
    Number(i64),
    /// A phrase that is itself translated ("the front matter", "an award").
    Message(Box<Message>),
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_arg!(usize, u64, u32, u16, u8, i64, i32);

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}
impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_owned())
    }
}
impl From<Cow<'_, str>> for Arg {
    fn from(s: Cow<'_, str>) -> Arg {
        Arg::Text(s.into_owned())
    }
}
impl From<char> for Arg {
    fn from(c: char) -> Arg {
        Arg::Text(c.to_string())
    }
}
/// Paths are shown with forward slashes on every platform.
impl From<&Path> for Arg {
    fn from(p: &Path) -> Arg {
        Arg::Text(display_path(p))
    }
}
impl From<&PathBuf> for Arg {
    fn from(p: &PathBuf) -> Arg {
        Arg::from(p.as_path())
    }
}
impl From<PathBuf> for Arg {
    fn from(p: PathBuf) -> Arg {
        Arg::from(p.as_path())
    }
}
impl From<Message> for Arg {
    fn from(m: Message) -> Arg {
        Arg::Message(Box::new(m))
    }
}

/// Something to say: a catalogue id and its arguments.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Message {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

impl Message {
    pub const fn new(id: &'static str) -> Message {
        Message {
            id,
            args: Vec::new(),
        }
    }

    /// Adds a named argument (`{ $name }` in the catalogue).
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Message {
        self.args.push((name, value.into()));
        self
    }

    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The text in `lang` (as [`Lang::format`]).
    pub fn format(&self, lang: Lang) -> String {
        lang.format(self)
    }

    pub fn args(&self) -> &[(&'static str, Arg)] {
        &self.args
    }

    /// The stable code of a diagnostic message: `T0104` for `T0104-missing-key`.
    pub fn code(&self) -> Option<&'static str> {
        code_of(self.id)
    }
}

/// The code at the start of a diagnostic id, if it has one.
pub fn code_of(id: &str) -> Option<&str> {
    let code = id.get(..5)?;
    let ok = code.starts_with('T')
        && code[1..].bytes().all(|b| b.is_ascii_digit())
        && matches!(id.as_bytes().get(5), None | Some(b'-'));
    ok.then_some(code)
}

/// English, for logs and `{:?}`-like developer output; people get
/// [`Lang::format`] in their language.
impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&Lang::En.format(self))
    }
}

/// `msg!("T0104-missing-key", what = m, key = "title")`: a [`Message`] with
/// named arguments.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Message::new($id)$(.arg(stringify!($name), $value))*
    };
}

/// An operational error whose text is a [`Message`], for `anyhow` contexts:
/// `.with_context(|| Localized(msg!("io-read", path = p)))`. The command line
/// prints each such link of the chain in the chosen language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Localized(pub Message);

impl fmt::Display for Localized {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for Localized {}

/// An `anyhow` error chain in a language: links that are [`Localized`] are
/// translated, I/O errors are named in plain words, others are shown as
/// they are, joined by ": ".
pub fn format_error(lang: Lang, e: &anyhow::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    for cause in e.chain() {
        let text = if let Some(l) = cause.downcast_ref::<Localized>() {
            lang.format(&l.0)
        } else if let Some(io) = cause.downcast_ref::<std::io::Error>() {
            io_error(lang, io)
        } else {
            cause.to_string()
        };
        if parts.last() != Some(&text) {
            parts.push(text);
        }
    }
    parts.join(": ")
}

/// An I/O error in plain words ("không tìm thấy", "không có quyền"), with
/// the system's own text kept for the rarer kinds.
pub fn io_error(lang: Lang, e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    let id = match e.kind() {
        K::NotFound => "io-not-found",
        K::PermissionDenied => "io-permission-denied",
        K::AlreadyExists => "io-already-exists",
        K::InvalidData => "io-invalid-data",
        K::StorageFull => "io-storage-full",
        K::ReadOnlyFilesystem => "io-read-only",
        K::IsADirectory => "io-is-a-directory",
        K::NotADirectory => "io-not-a-directory",
        K::DirectoryNotEmpty => "io-directory-not-empty",
        _ => return lang.format(&msg!("io-other", detail = e.to_string())),
    };
    lang.tr(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_parse_from_locale_names() {
        assert_eq!(Lang::parse("vi_VN.UTF-8"), Some(Lang::Vi));
        assert_eq!(Lang::parse("EN-us"), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
    }

    #[test]
    fn lang_flag_wins_over_the_environment() {
        let args: Vec<OsString> = ["thidua", "build", "--lang", "en"]
            .iter()
            .map(OsString::from)
            .collect();
        assert_eq!(Lang::from_args_and_env(&args), Lang::En);
        let args: Vec<OsString> = ["thidua", "--lang=vi"].iter().map(OsString::from).collect();
        assert_eq!(Lang::from_args_and_env(&args), Lang::Vi);
    }

    #[test]
    fn codes_are_read_from_diagnostic_ids() {
        assert_eq!(code_of("T0104-missing-key"), Some("T0104"));
        assert_eq!(code_of("T0104"), Some("T0104"));
        assert_eq!(code_of("cli-built"), None);
        assert_eq!(code_of("T01a4-x"), None);
    }
}

#[cfg(test)]
mod catalogue_tests {
    use super::*;
    use std::collections::BTreeSet;

    fn ids(lang: Lang) -> BTreeSet<String> {
        Catalogue::get(lang).ids().iter().cloned().collect()
    }

    #[test]
    fn the_catalogue_files_parse_without_errors() {
        for lang in Lang::ALL {
            assert_eq!(Catalogue::get(lang).problems, Vec::<String>::new());
        }
    }

    #[test]
    fn every_id_exists_in_both_languages() {
        let (vi, en) = (ids(Lang::Vi), ids(Lang::En));
        let only_vi: Vec<_> = vi.difference(&en).collect();
        let only_en: Vec<_> = en.difference(&vi).collect();
        assert!(only_vi.is_empty(), "only in Vietnamese: {only_vi:?}");
        assert!(only_en.is_empty(), "only in English: {only_en:?}");
    }

    #[test]
    fn ids_are_unique_across_files() {
        for lang in Lang::ALL {
            let all = Catalogue::get(lang).ids();
            let set: BTreeSet<_> = all.iter().collect();
            assert_eq!(set.len(), all.len(), "a duplicate id in {lang:?}");
        }
    }

    #[test]
    fn every_code_has_an_explanation_with_a_title_in_both_languages() {
        for lang in Lang::ALL {
            let cat = Catalogue::get(lang);
            for id in cat.ids() {
                if let Some(code) = code_of(id) {
                    let explain = format!("explain-{code}");
                    assert!(cat.has(&explain), "{lang:?}: {id} has no {explain}");
                    assert!(
                        cat.attribute(&explain, "title").is_some(),
                        "{lang:?}: {explain} has no .title"
                    );
                }
            }
        }
    }

    #[test]
    fn arguments_and_nested_messages_are_filled_in() {
        let m = msg!("io-other", detail = "x");
        assert_eq!(Lang::En.format(&m), "system I/O error (x)");
        assert_eq!(Lang::Vi.format(&m), "lỗi đọc/ghi của hệ thống (x)");
    }

    /// Every id written in the source (`msg!("…"`, `Message::new("…"`,
    /// `.tr("…"`) is in the catalogue, so no message shows as its bare id.
    #[test]
    fn every_id_used_in_the_source_is_in_the_catalogue() {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let cat = Catalogue::get(Lang::Vi);
        let mut missing = Vec::new();
        for entry in walkdir::WalkDir::new(&src).into_iter().flatten() {
            // This module's own docs show example ids.
            if entry.path().extension().is_none_or(|e| e != "rs")
                || entry.path().starts_with(src.join("i18n"))
            {
                continue;
            }
            let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
            for opener in ["msg!(\"", "Message::new(\"", ".tr(\""] {
                for (at, _) in text.match_indices(opener) {
                    let rest = &text[at + opener.len()..];
                    let id = &rest[..rest.find('"').unwrap_or(0)];
                    let is_id = !id.is_empty()
                        && id
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
                    if is_id && id != "id" && !cat.has(id) {
                        missing.push(format!("{}: {id}", entry.path().display()));
                    }
                }
            }
        }
        assert!(
            missing.is_empty(),
            "ids missing from the catalogue: {missing:#?}"
        );
    }
}

/// Forward slashes on every platform, so the text is the same for editors on
/// Windows and in snapshots.
pub fn display_path(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// A text from a file or the command line, safe to print in a terminal:
/// control characters (ESC, BEL, a newline…) and the bidirectional
/// overrides that reorder what is shown are written out as `\n`, `\t`,
/// `\r` or `\u{1b}`, so a key, a link or a file name cannot change the
/// terminal (its title, colours, the cursor) or forge a diagnostic line.
/// Every argument of every message goes through this when the message is
/// formatted (`Catalogue::format`), as does a diagnostic's file name.
pub fn escape_controls(text: &str) -> Cow<'_, str> {
    let unsafe_char =
        |c: char| c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    if !text.contains(unsafe_char) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if unsafe_char(c) => {
                use std::fmt::Write;
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}
