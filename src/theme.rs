//! Themes: Tera 2 templates from `themes/<name>/templates`, overridden file
//! by file by the site's `templates/`, plus the presentation filters
//! templates use (administrative dates, decimal commas, absolute URLs).
//! Template errors are diagnostics naming the template file and its line.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use tera::{Kwargs, State, Tera, Value};

use crate::config::Config;
use crate::date::PartialDate;
use crate::diagnostic::{Diagnostic, Position};
use crate::msg;
use crate::source::{SourceFile, SourceFs};
use crate::vietnamese::{VietnameseCollator, cut_words, format_decimal, format_integer};

/// A loaded theme, ready to render.
pub struct Theme {
    pub tera: Tera,
    /// Template name → file it came from, for error messages.
    sources: HashMap<String, PathBuf>,
    /// Static folders, theme first then site (site files win).
    pub static_dirs: Vec<PathBuf>,
}

impl std::fmt::Debug for Theme {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Theme")
            .field("templates", &self.sources.len())
            .finish()
    }
}

/// Load the configured theme with the site's overrides.
pub fn load(fs: &dyn SourceFs, config: &Config) -> Result<Theme, Vec<Diagnostic>> {
    let theme_dir = Path::new("themes").join(&config.theme);
    let theme_templates = theme_dir.join("templates");
    let listed = |dir: &Path| {
        crate::source::list_optional(fs, dir)
            .map_err(|e| vec![crate::source::unreadable_folder(dir, &e)])
    };
    let theme_files = listed(&theme_templates)?;
    if theme_files.is_empty() {
        return Err(vec![
            Diagnostic::error(
                Path::new("thidua.yaml"),
                None,
                msg!(
                    "T0501-theme-without-templates",
                    theme = config.theme.as_str(),
                    folder = theme_templates.as_path()
                ),
            )
            .with_help(msg!("T0501-theme-without-templates-help")),
        ]);
    }
    let mut sources: HashMap<String, PathBuf> = HashMap::new();
    for (dir, files) in [
        (theme_templates.clone(), theme_files),
        (PathBuf::from("templates"), listed(Path::new("templates"))?),
    ] {
        for file in files {
            if let Ok(rel) = file.strip_prefix(&dir) {
                sources.insert(crate::diagnostic::display_path(rel), file.clone());
            }
        }
    }
    let mut problems = Vec::new();
    let mut texts: Vec<(String, String)> = Vec::new();
    for (name, path) in &sources {
        match SourceFile::read(fs, path) {
            Ok(f) => texts.push((name.clone(), f.text)),
            Err(d) => problems.push(d),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut tera = Tera::new();
    register_filters(&mut tera, config);
    let static_dirs = vec![theme_dir.join("static"), PathBuf::from("static")];
    let theme = Theme {
        tera,
        sources,
        static_dirs,
    };
    theme.with_templates(texts)
}

impl Theme {
    fn with_templates(mut self, texts: Vec<(String, String)>) -> Result<Theme, Vec<Diagnostic>> {
        match self.tera.add_raw_templates(texts) {
            Ok(()) => Ok(self),
            Err(e) => Err(vec![self.diagnostic(&e)]),
        }
    }

    /// Render `template` with `context` into bytes (a page goes to a file as
    /// it is, without the check of the whole text a `String` costs: every
    /// byte Tera writes comes from a `str`); an error names the template
    /// file and line.
    #[allow(clippy::result_large_err)] // a Diagnostic is returned as it is
    pub fn render(&self, template: &str, context: &tera::Context) -> Result<Vec<u8>, Diagnostic> {
        let mut out = Vec::with_capacity(16 * 1024);
        self.tera
            .render_to(template, context, &mut out)
            .map_err(|e| self.diagnostic(&e))?;
        Ok(out)
    }

    pub fn has_template(&self, name: &str) -> bool {
        self.tera.contains_template(name)
    }

    fn diagnostic(&self, e: &tera::Error) -> Diagnostic {
        let report = match e.kind() {
            tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) => Some(r),
            _ => None,
        };
        match report {
            Some(r) => {
                let file = self
                    .sources
                    .get(r.filename())
                    .cloned()
                    .unwrap_or_else(|| PathBuf::from(r.filename()));
                let pos = Position::new(r.span().start_line.max(1), r.span().start_col + 1);
                // Tera's own text (English) says what is wrong.
                Diagnostic::error(
                    file,
                    Some(pos),
                    msg!("T0502-template-error", detail = r.message()),
                )
                .with_help(msg!("T0502-template-error-help"))
            }
            None => Diagnostic::error(
                Path::new("themes"),
                None,
                msg!("T0502-template-error", detail = error_chain(e)),
            )
            .with_help(msg!("T0502-template-error-help")),
        }
    }
}

fn error_chain(e: &tera::Error) -> String {
    let mut text = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

fn register_filters(tera: &mut Tera, config: &Config) {
    let collator = VietnameseCollator::new();
    tera.register_filter("vn_sort", move |v: Value, kwargs: Kwargs, _: &State| {
        let attribute = kwargs
            .get::<&str>("attribute")
            .ok()
            .flatten()
            .unwrap_or("title")
            .to_owned();
        vn_sort(&collator, &v, &attribute)
    });
    tera.register_filter("vn_date", |v: &str, _: Kwargs, _: &State| {
        PartialDate::parse(v)
            .map(|d| d.admin())
            .unwrap_or_else(|_| v.to_owned())
    });
    tera.register_filter("vn_numeric_date", |v: &str, _: Kwargs, _: &State| {
        PartialDate::parse(v)
            .map(|d| d.numeric())
            .unwrap_or_else(|_| v.to_owned())
    });
    tera.register_filter("vn_number", |v: Value, kwargs: Kwargs, _: &State| {
        let digits = kwargs.get::<usize>("digits").ok().flatten().unwrap_or(2);
        number_of(&v)
            .map(|n| format_decimal(n, digits))
            .unwrap_or_default()
    });
    tera.register_filter("vn_int", |v: Value, _: Kwargs, _: &State| {
        number_of(&v)
            .map(|n| format_integer(n.round() as i64))
            .unwrap_or_default()
    });
    tera.register_filter("json", |v: Value, _: Kwargs, _: &State| {
        Value::safe_string(&script_safe_json(&v))
    });
    tera.register_filter("cut_words", |v: &str, kwargs: Kwargs, _: &State| {
        let length = kwargs.get::<usize>("length").ok().flatten().unwrap_or(170);
        cut_words(v, length)
    });
    tera.register_filter("url_param", |v: &str, _: Kwargs, _: &State| {
        percent_encoding::utf8_percent_encode(v, percent_encoding::NON_ALPHANUMERIC).to_string()
    });
    let base = config.base_url.clone();
    tera.register_filter("absolute", move |v: &str, _: Kwargs, _: &State| {
        if v.starts_with("http://") || v.starts_with("https://") {
            v.to_owned()
        } else {
            format!("{base}/{}", v.trim_start_matches('/'))
        }
    });
}

/// Sort a list of maps (or of texts) by `attribute` with Vietnamese collation.
fn vn_sort(collator: &VietnameseCollator, v: &Value, attribute: &str) -> Value {
    let Some(items) = v.as_array() else {
        return v.clone();
    };
    let key = |item: &Value| -> String {
        match item.as_map() {
            Some(map) => map
                .get(&tera::value::Key::from(attribute.to_owned()))
                .and_then(|x| x.as_str().map(str::to_owned))
                .unwrap_or_default(),
            None => item.as_str().unwrap_or_default().to_owned(),
        }
    };
    let mut keyed: Vec<(String, &Value)> = items.iter().map(|i| (key(i), i)).collect();
    keyed.sort_by(|a, b| collator.compare(&a.0, &b.0));
    Value::from(
        keyed
            .into_iter()
            .map(|(_, i)| i.clone())
            .collect::<Vec<_>>(),
    )
}

fn number_of(v: &Value) -> Option<f64> {
    v.as_number()
        .map(|n| n.as_float())
        .or_else(|| v.as_str().and_then(crate::vietnamese::parse_decimal))
}

/// JSON that is safe inside `<script>`: `<`, `>`, `&` and line separators escaped.
pub fn script_safe_json(v: &impl serde::Serialize) -> String {
    let text = serde_json::to_string(v).unwrap_or_else(|_| "null".to_owned());
    text.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(template: &str, ctx: &tera::Context) -> String {
        let config = crate::config::parse(
            &SourceFile::decode("thidua.yaml", b"title: T\nbase_url: https://x.vn/\n").unwrap(),
        )
        .unwrap();
        let mut tera = Tera::new();
        register_filters(&mut tera, &config);
        tera.add_raw_template("t.html", template).unwrap();
        tera.render("t.html", ctx).unwrap()
    }

    #[test]
    fn presentation_filters() {
        let mut ctx = tera::Context::new();
        ctx.insert("d", "2021-08-05");
        ctx.insert("n", &7.5);
        ctx.insert("big", &10000);
        ctx.insert("names", &["Đức", "Anh", "Bình", "Ánh"]);
        ctx.insert("evil", "</script><script>alert(1)</script>");
        let out = render(
            "{{ d | vn_date }}|{{ n | vn_number }}|{{ big | vn_int }}|{{ names | vn_sort | join(sep=',') }}|{{ '/a/' | absolute }}|{{ evil | json }}",
            &ctx,
        );
        assert_eq!(
            out,
            "ngày 05 tháng 8 năm 2021|7,5|10.000|Anh,Ánh,Bình,Đức|https://x.vn/a/|\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\""
        );
        ctx.insert("long", "Theo đề nghị của Ban Thường trực");
        ctx.insert("url", "https://x.vn/a b/?q=1&r=2");
        assert_eq!(
            render(
                "{{ long | cut_words(length=24) }}|{{ url | url_param }}",
                &ctx
            ),
            "Theo đề nghị của Ban…|https%3A%2F%2Fx%2Evn%2Fa%20b%2F%3Fq%3D1%26r%3D2"
        );
    }
}
