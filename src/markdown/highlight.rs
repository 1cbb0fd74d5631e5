//! Syntax highlighting of fenced code blocks with syntect, emitting `hl-`
//! prefixed CSS classes (no inline styles), which the theme's stylesheets
//! colour.

use std::panic::{AssertUnwindSafe, catch_unwind};

use syntect::html::{ClassStyle, ClassedHTMLGenerator};
use syntect::parsing::SyntaxSet;
use syntect::util::LinesWithEndings;

use super::text::escape_html_into;

/// Class style of the generated HTML (the theme's CSS names these classes).
const CLASS_STYLE: ClassStyle = ClassStyle::SpacedPrefixed { prefix: "hl-" };

/// syntect's bundled syntax definitions, loaded once per process when code is
/// first highlighted (loading takes tens of milliseconds; `serve` rebuilds
/// often). Immutable once loaded.
static SYNTAXES: std::sync::LazyLock<SyntaxSet> =
    std::sync::LazyLock::new(SyntaxSet::load_defaults_newlines);

/// Highlights code with syntect's default syntaxes. Cheap to create; share
/// it between threads (it is `Send + Sync`).
#[derive(Debug)]
pub struct Highlighter {
    syntaxes: &'static SyntaxSet,
}

impl Default for Highlighter {
    fn default() -> Self {
        Self::new()
    }
}

impl Highlighter {
    /// Loads syntect's bundled syntax definitions.
    pub fn new() -> Self {
        Self {
            syntaxes: &SYNTAXES,
        }
    }

    /// Renders `code` as `<pre class="code" data-lang="…"><code>…</code></pre>`.
    /// Known languages (by name or file extension, case-insensitive) get
    /// `<span class="hl-…">` markup; an unknown or absent language gives plain
    /// escaped code in the same wrapper (`data-lang` only when a language was given).
    pub fn highlight(&self, code: &str, lang: Option<&str>) -> String {
        let lang = lang.map(str::trim).filter(|l| !l.is_empty());
        let mut html = String::with_capacity(code.len() * 2 + 64);
        html.push_str("<pre class=\"code\"");
        if let Some(lang) = lang {
            html.push_str(" data-lang=\"");
            escape_html_into(&mut html, lang);
            html.push('"');
        }
        html.push_str("><code>");
        match lang.and_then(|lang| self.classed(code, lang)) {
            Some(spans) => html.push_str(&spans),
            None => escape_html_into(&mut html, code),
        }
        html.push_str("</code></pre>");
        html
    }

    /// Classed HTML for `code`, or `None` if the language is unknown or
    /// syntect fails (errors and, defensively, panics fall back to plain code).
    fn classed(&self, code: &str, lang: &str) -> Option<String> {
        let syntax = self.syntaxes.find_syntax_by_token(lang)?;
        let run = || {
            let mut generator =
                ClassedHTMLGenerator::new_with_class_style(syntax, self.syntaxes, CLASS_STYLE);
            for line in LinesWithEndings::from(code) {
                generator
                    .parse_html_for_line_which_includes_newline(line)
                    .ok()?;
            }
            Some(generator.finalize())
        };
        catch_unwind(AssertUnwindSafe(run)).ok().flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn highlighter_is_send_and_sync() {
        assert_send_sync::<Highlighter>();
    }

    #[test]
    fn rust_gets_hl_classes() {
        let html = Highlighter::new().highlight("fn main() {}\n", Some("rust"));
        assert!(html.starts_with("<pre class=\"code\" data-lang=\"rust\"><code>"));
        assert!(
            html.contains("<span class=\"hl-source hl-rust\">"),
            "{html}"
        );
        assert!(html.ends_with("</code></pre>"));
    }

    #[test]
    fn unknown_and_absent_languages_are_plain() {
        let hl = Highlighter::new();
        let unknown = hl.highlight("a < b && c\n", Some("khong-ro"));
        assert_eq!(
            unknown,
            "<pre class=\"code\" data-lang=\"khong-ro\"><code>a &lt; b &amp;&amp; c\n</code></pre>"
        );
        let absent = hl.highlight("x\n", None);
        assert_eq!(absent, "<pre class=\"code\"><code>x\n</code></pre>");
    }

    #[test]
    fn language_attribute_is_escaped() {
        let html = Highlighter::new().highlight("x", Some("\"><script>"));
        assert!(
            html.contains("data-lang=\"&quot;&gt;&lt;script&gt;\""),
            "{html}"
        );
    }
}
