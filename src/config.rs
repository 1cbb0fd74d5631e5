//! `thidua.yaml`, the site configuration, read with the same spanned YAML
//! reader as entries so its problems are reported at their line and column.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;

use crate::diagnostic::Diagnostic;
use crate::model::Section;
use crate::model::read::{MapReader, Problems};
use crate::msg;
use crate::permalink::reserved;
use crate::source::{SourceFile, SourceFs};
use crate::vietnamese::{fold_eq, is_valid_slug};
use crate::yaml::{self, Origin};

pub const CONFIG_FILE: &str = "thidua.yaml";

/// Contact details shown in the footer.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize)]
pub struct Contact {
    pub address: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
}

/// The site configuration. `Hash`: cache keys cover every setting.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Config {
    pub title: String,
    pub description: Option<String>,
    /// Without a trailing slash.
    pub base_url: String,
    pub language: String,
    pub theme: String,
    pub paginate: usize,
    /// URL path of each section (pages have none: they publish at `/<slug>/`).
    pub sections: BTreeMap<Section, String>,
    /// The allowed `fields:` (lĩnh vực), in the editors' spelling.
    pub fields: Vec<String>,
    pub require_consent: bool,
    pub allow_html: bool,
    pub organisation: Option<String>,
    pub contact: Contact,
    /// Output files (`feed.xml`, `tim-kiem/index.html`) that a file of
    /// `static/` may replace on purpose (`overrides:`).
    pub overrides: Vec<String>,
}

impl Config {
    pub const KEYS: [&'static str; 13] = [
        "title",
        "description",
        "base_url",
        "language",
        "theme",
        "paginate",
        "sections",
        "fields",
        "privacy",
        "markdown",
        "organisation",
        "contact",
        "overrides",
    ];

    pub fn section_path(&self, section: Section) -> &str {
        self.sections
            .get(&section)
            .map_or(section.default_path(), String::as_str)
    }

    /// The configured spelling of a field, compared folded ("chuyen doi so"
    /// matches "Chuyển đổi số").
    pub fn canonical_field(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|f| fold_eq(f, name))
            .map(String::as_str)
    }
}

/// Read and check `thidua.yaml` at the site root.
pub fn load(fs: &dyn SourceFs) -> Result<Config, Vec<Diagnostic>> {
    let (config, problems) = load_lenient(fs)?;
    if problems.iter().any(Diagnostic::is_error) {
        return Err(problems);
    }
    Ok(config)
}

/// Read `thidua.yaml` and go on after its problems: the configuration with
/// defaults in place of what is wrong, and every problem found. `Err` only
/// when there is no configuration to read at all.
pub fn load_lenient(fs: &dyn SourceFs) -> Result<(Config, Vec<Diagnostic>), Vec<Diagnostic>> {
    let path = Path::new(CONFIG_FILE);
    if !fs.is_file(path) {
        return Err(vec![
            Diagnostic::error(path, None, msg!("T0401-no-config"))
                .with_help(msg!("T0401-no-config-help")),
        ]);
    }
    let file = SourceFile::read(fs, path).map_err(|d| vec![d])?;
    Ok(parse_lenient(&file))
}

/// Parse the configuration text of `file`.
pub fn parse(file: &SourceFile) -> Result<Config, Vec<Diagnostic>> {
    let (config, problems) = parse_lenient(file);
    if problems.iter().any(Diagnostic::is_error) {
        return Err(problems);
    }
    Ok(config)
}

/// [`parse`], keeping a configuration (defaults where a value is wrong or
/// missing) besides the problems, so the content can still be checked.
pub fn parse_lenient(file: &SourceFile) -> (Config, Vec<Diagnostic>) {
    let problems = Problems::new(&file.path);
    let node = match yaml::parse(&file.text, Origin::FILE_START) {
        Ok(n) => n,
        Err(e) => {
            problems.push(e.diagnostic(&file.path, msg!("what-config")));
            return (Config::fallback(), problems.into_vec());
        }
    };
    let r = MapReader::new(&node, msg!("site-what-config"), &problems);
    let config = read_config(&r);
    r.finish(&Config::KEYS);
    (config.unwrap_or_else(Config::fallback), problems.into_vec())
}

impl Config {
    /// The configuration used to go on checking when `thidua.yaml` cannot
    /// be read: every default, no fields.
    pub fn fallback() -> Config {
        Config {
            title: String::new(),
            description: None,
            base_url: FALLBACK_BASE_URL.to_owned(),
            language: "vi".to_owned(),
            theme: "default".to_owned(),
            paginate: 20,
            sections: default_sections(),
            fields: Vec::new(),
            require_consent: false,
            allow_html: false,
            organisation: None,
            contact: Contact::default(),
            overrides: Vec::new(),
        }
    }
}

impl Config {
    /// Whether this is [`Config::fallback`]: thidua.yaml could not be read.
    pub fn is_fallback(&self) -> bool {
        *self == Config::fallback()
    }
}

/// `base_url` while the configured one is missing (the build fails anyway).
const FALLBACK_BASE_URL: &str = "http://localhost";

fn read_config(r: &MapReader<'_>) -> Option<Config> {
    let title = r.required_string("title", msg!("site-config-title-help"));
    let overrides = read_overrides(r);
    let base_url = r.required_string("base_url", msg!("site-config-base-url-help"));
    if let Some(url) = &base_url {
        if !(url.value.starts_with("https://") || url.value.starts_with("http://")) {
            problem(
                r,
                url.pos,
                msg!("T0403-base-url-scheme"),
                msg!("T0403-base-url-scheme-help"),
            );
        } else if let Err(message) = check_base_url(&url.value, "base_url") {
            problem(r, url.pos, message, msg!("T0410-base-url-help"));
        }
    }
    let theme = r.string("theme");
    if let Some(t) = &theme
        && !is_valid_slug(&t.value)
    {
        problem(
            r,
            t.pos,
            msg!("T0404-theme-name", theme = t.value.as_str()),
            msg!("T0404-theme-name-help"),
        );
    }
    let paginate = r.count("paginate").unwrap_or(20);
    if paginate == 0 {
        problem(
            r,
            r.key_pos("paginate"),
            msg!("T0405-paginate-zero"),
            msg!("T0405-paginate-zero-help"),
        );
    }
    let sections = r
        .group(
            "sections",
            msg!("site-what-config-sections"),
            &SECTION_KEYS,
            read_sections,
        )
        .unwrap_or_else(default_sections);
    let (require_consent, allow_html) = (
        r.group(
            "privacy",
            msg!("site-what-config-privacy"),
            &["require_consent"],
            |p| p.bool("require_consent"),
        )
        .unwrap_or(false),
        r.group(
            "markdown",
            msg!("site-what-config-markdown"),
            &["allow_html"],
            |m| m.bool("allow_html"),
        )
        .unwrap_or(false),
    );
    Some(Config {
        title: title.map(|t| t.value).unwrap_or_default(),
        description: r.string("description").map(|s| s.value),
        base_url: base_url.map_or_else(
            || FALLBACK_BASE_URL.to_owned(),
            |u| u.value.trim_end_matches('/').to_owned(),
        ),
        language: r
            .string("language")
            .map_or_else(|| "vi".to_owned(), |s| s.value),
        theme: theme.map_or_else(|| "default".to_owned(), |s| s.value),
        paginate: paginate.max(1) as usize,
        sections,
        fields: read_fields(r),
        require_consent,
        allow_html,
        organisation: r.string("organisation").map(|s| s.value),
        contact: r
            .group(
                "contact",
                msg!("site-what-config-contact"),
                &["address", "phone", "email"],
                read_contact,
            )
            .unwrap_or_default(),
        overrides,
    })
}

const SECTION_KEYS: [&str; 6] = [
    "exemplars",
    "campaigns",
    "anniversaries",
    "events",
    "documents",
    "news",
];

fn default_sections() -> BTreeMap<Section, String> {
    Section::ALL
        .iter()
        .map(|s| (*s, s.default_path().to_owned()))
        .collect()
}

fn read_sections(r: &MapReader<'_>) -> Option<BTreeMap<Section, String>> {
    let mut map = default_sections();
    for key in SECTION_KEYS {
        if let Some(path) = r.string(key) {
            if !is_valid_slug(&path.value) {
                let suggestion = crate::vietnamese::slugify(&path.value);
                problem(
                    r,
                    path.pos,
                    msg!("T0406-section-path", path = path.value.as_str()),
                    msg!(
                        "T0406-section-path-help",
                        key = key,
                        suggestion = if suggestion.is_empty() {
                            "ten-muc".to_owned()
                        } else {
                            suggestion
                        }
                    ),
                );
                continue;
            }
            // What the portal generates at a top-level path (the list of
            // fields…) cannot be a section's path (T0420).
            if reserved::is_top_level(&path.value) {
                let page = reserved::generated_page(&path.value);
                problem(
                    r,
                    path.pos,
                    msg!(
                        "T0420-section-path-generated",
                        key = key,
                        path = path.value.as_str(),
                        page = page
                    ),
                    msg!("T0420-section-path-generated-help", key = key),
                );
                continue;
            }
            if let Some(section) = Section::from_key(key) {
                map.insert(section, path.value);
            }
        }
    }
    let mut seen: Vec<&String> = Vec::new();
    for (section, path) in &map {
        if !path.is_empty() && seen.contains(&path) {
            problem(
                r,
                r.key_pos(section.key()),
                msg!(
                    "T0407-section-path-twice",
                    path = path.as_str(),
                    section = section.key()
                ),
                msg!("T0407-section-path-twice-help"),
            );
        }
        seen.push(path);
    }
    Some(map)
}

/// `overrides:` — output files a file of `static/` may replace, written as
/// a file (`feed.xml`, `tim-kiem/index.html`) or a page URL (`/tim-kiem/`),
/// kept as output paths.
fn read_overrides(r: &MapReader<'_>) -> Vec<String> {
    let mut out = Vec::new();
    for item in r.string_list("overrides") {
        match override_path(&item.value) {
            Some(path) => out.push(path),
            None => problem(
                r,
                item.pos,
                msg!("T0421-override-path", path = item.value.as_str()),
                msg!("T0421-override-path-help"),
            ),
        }
    }
    out
}

/// The output path `overrides:` names: `/tim-kiem/` → `tim-kiem/index.html`;
/// `None` for anything that is not a plain path inside the output.
pub fn override_path(written: &str) -> Option<String> {
    let trimmed = written.trim().trim_start_matches('/');
    let path = if trimmed.is_empty() || trimmed.ends_with('/') {
        format!("{trimmed}index.html")
    } else {
        trimmed.to_owned()
    };
    let plain = path.split('/').all(|seg| {
        !seg.is_empty() && seg != "." && seg != ".." && !seg.contains(['\\', ':', '\0'])
    });
    plain.then_some(path)
}

fn read_fields(r: &MapReader<'_>) -> Vec<String> {
    let mut fields: Vec<String> = Vec::new();
    for f in r.string_list("fields") {
        if let Some(first) = fields.iter().find(|g| fold_eq(g, &f.value)) {
            problem(
                r,
                f.pos,
                msg!(
                    "T0408-field-twice",
                    field = f.value.as_str(),
                    first = first.as_str()
                ),
                msg!("T0408-field-twice-help"),
            );
        } else {
            fields.push(f.value);
        }
    }
    fields
}

/// An error in `thidua.yaml` at `pos`, with what to do.
/// Whether `url` can be the site's address (`base_url`, `--base-url`): an
/// absolute http(s) URL with a host, and none of the characters that would
/// let it break out of an HTML attribute, a JSON string or a path (quotes,
/// `<`, `>`, `\\`, `?`, `#`, spaces, control characters). `key` names where
/// it was written, for the message.
pub fn check_base_url(url: &str, key: &str) -> Result<(), crate::i18n::Message> {
    let Some(rest) = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
    else {
        return Err(msg!("T0410-base-url-not-web", url = url, key = key));
    };
    if let Some(c) = url
        .chars()
        .find(|&c| c.is_control() || c.is_whitespace() || "\"'`<>\\?#".contains(c))
    {
        let shown = if c.is_control() || c.is_whitespace() {
            format!("U+{:04X}", u32::from(c))
        } else {
            c.to_string()
        };
        return Err(msg!(
            "T0410-base-url-bad-char",
            url = url
                .chars()
                .map(|c| if c.is_control() {
                    c.escape_default().to_string()
                } else {
                    c.to_string()
                })
                .collect::<String>(),
            key = key,
            char = shown
        ));
    }
    let authority = rest.split('/').next().unwrap_or_default();
    let host_port = authority.rsplit('@').next().unwrap_or_default();
    let host = if host_port.starts_with('[') {
        host_port
            .split(']')
            .next()
            .unwrap_or_default()
            .trim_start_matches('[')
    } else {
        host_port.split(':').next().unwrap_or_default()
    };
    if host.is_empty() {
        return Err(msg!("T0410-base-url-no-host", url = url, key = key));
    }
    Ok(())
}

fn problem(
    r: &MapReader<'_>,
    pos: crate::diagnostic::Position,
    message: crate::i18n::Message,
    help: crate::i18n::Message,
) {
    let file = r.problems().file().to_path_buf();
    r.problems()
        .push(Diagnostic::error(file, Some(pos), message).with_help(help));
}

fn read_contact(r: &MapReader<'_>) -> Option<Contact> {
    Some(Contact {
        address: r.string("address").map(|s| s.value),
        phone: r.string("phone").map(|s| s.value),
        email: r.string("email").map(|s| s.value),
    })
}
