//! The pipeline end to end: configuration → entries (parsed in parallel) →
//! [`Site`] → theme → rendered files → output. [`load`] stops before
//! rendering and is shared by `build`, `check` and `serve`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::config::{self, Config};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::incremental::record::{LoadRecord, ParsedFile, hash_of};
use crate::markdown::Highlighter;
use crate::model::{self, Entry, EntryKind, Section};
use crate::output::OutputSink;
use crate::render::{self, RenderFailure};
use crate::site::{self, Publish, Site};
use crate::source::{SourceFile, SourceFs};
use crate::theme::{self, Theme};
use crate::vietnamese::VietnameseCollator;
use crate::yaml::{self, Origin};

/// What the command line asks for.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    pub drafts: bool,
    pub future: bool,
    pub today: Option<NaiveDate>,
    pub base_url: Option<String>,
}

/// Why a build did not produce a site.
#[derive(Debug)]
pub enum BuildError {
    /// Problems in the content, configuration or templates: exit code 1.
    Content(Diagnostics),
    /// Reading or writing failed.
    Io(anyhow::Error),
}

impl From<RenderFailure> for BuildError {
    fn from(f: RenderFailure) -> Self {
        match f {
            RenderFailure::Templates(d) => BuildError::Content(d),
            RenderFailure::Io(e) => BuildError::Io(e),
        }
    }
}

/// A validated site and its theme, with the warnings found on the way.
pub struct Loaded {
    pub site: Site,
    pub theme: Theme,
    pub collator: VietnameseCollator,
    pub warnings: Diagnostics,
}

/// The result of a successful build.
#[derive(Debug, Clone)]
pub struct BuildSummary {
    pub pages: usize,
    pub files: usize,
    pub entries: usize,
    pub warnings: Diagnostics,
    pub elapsed: Duration,
}

/// The build date: `--today`, else `SOURCE_DATE_EPOCH`, else today in Vietnam (UTC+7).
pub fn build_date(opts: &BuildOptions) -> NaiveDate {
    opts.today
        .or_else(crate::date::today_from_env)
        .unwrap_or_else(|| {
            let offset = chrono::FixedOffset::east_opt(7 * 3600)
                .unwrap_or(chrono::FixedOffset::east_opt(0).unwrap_or_else(|| unreachable!()));
            chrono::Utc::now().with_timezone(&offset).date_naive()
        })
}

/// Read, parse and validate everything; render nothing.
pub fn load(fs: &dyn SourceFs, opts: &BuildOptions) -> Result<Loaded, BuildError> {
    load_with(fs, opts, None)
}

/// [`load`], reusing what `record` says is unchanged (for `serve`).
pub fn load_with(
    fs: &dyn SourceFs,
    opts: &BuildOptions,
    record: Option<&LoadRecord>,
) -> Result<Loaded, BuildError> {
    let mut diags = Diagnostics::new();
    let mut config = config::load(fs).map_err(|d| BuildError::Content(d.into_iter().collect()))?;
    if let Some(url) = &opts.base_url {
        config.base_url = url.trim_end_matches('/').to_owned();
    }
    let content_files = match record {
        Some(rec) => rec.content_files(fs),
        None => fs.list(Path::new("content")),
    }
    .map_err(|e| BuildError::Io(anyhow::Error::new(e).context("listing content/")))?
    .into_iter()
    // Editors' temporary files are never content nor assets.
    .filter(|p| !is_ignored(p))
    .collect::<Vec<_>>();
    let (entries, home_intro) = parse_entries(fs, &content_files, record, &mut diags);
    let (data, localities) = load_data(fs, &mut diags);
    let theme = match theme::load(fs, &config) {
        Ok(t) => Some(t),
        Err(d) => {
            diags.extend(d);
            None
        }
    };
    let highlighter = Highlighter::new();
    let collator = VietnameseCollator::new();
    let inputs = site::Inputs {
        fs,
        config,
        publish: Publish {
            drafts: opts.drafts,
            future: opts.future,
            today: build_date(opts),
        },
        localities,
        data,
        home_intro,
        highlighter: &highlighter,
        collator: &collator,
        content_files,
        record,
    };
    let (site, site_diags) = site::assemble(entries, inputs);
    diags.extend(site_diags);
    let diags = diags.sorted();
    match theme {
        Some(theme) if !diags.has_errors() => Ok(Loaded {
            site,
            theme,
            collator,
            warnings: diags,
        }),
        _ => Err(BuildError::Content(diags)),
    }
}

/// Build the site into `sink`.
pub fn build(
    fs: &dyn SourceFs,
    opts: &BuildOptions,
    sink: &dyn OutputSink,
) -> Result<BuildSummary, BuildError> {
    let started = Instant::now();
    let loaded = load(fs, opts)?;
    let report = render::render_site(&loaded.site, &loaded.theme, fs, &loaded.collator, sink)?;
    Ok(BuildSummary {
        pages: report.pages,
        files: report.files,
        entries: loaded.site.pages.len(),
        warnings: loaded.warnings,
        elapsed: started.elapsed(),
    })
}

/// Editors' temporary and hidden files are never content.
pub fn is_ignored(path: &Path) -> bool {
    path.iter().any(|part| {
        let name = part.to_string_lossy();
        name.starts_with('.')
            || name.starts_with("~$")
            || name.ends_with('~')
            || name.ends_with(".swp")
            || name.ends_with(".swx")
            || name.ends_with(".tmp")
            || name == "4913"
    })
}

/// Where an entry file belongs: its section and, for `NAME/index.md`, its folder.
fn classify(path: &Path) -> Result<(Section, Option<PathBuf>), Diagnostic> {
    let rel = path.strip_prefix("content").unwrap_or(path);
    let parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let Some(folder) = parts.first().filter(|_| parts.len() > 1) else {
        return Err(Diagnostic::error(path, None, "entries must be inside a section folder").with_help("move it to content/exemplars/, content/news/, … (content/_index.md is the only file allowed at the top)"));
    };
    let Some(section) = Section::from_key(folder) else {
        let keys: Vec<&str> = Section::ALL.iter().map(|s| s.key()).collect();
        let help = match model::read::closest(folder, &keys) {
            Some(best) => format!("did you mean content/{best}/?"),
            None => format!("section folders are: {}", keys.join(", ")),
        };
        return Err(
            Diagnostic::error(path, None, format!("`{folder}` is not a section folder"))
                .with_help(help),
        );
    };
    let bundle = (parts.len() > 2 && parts.last().is_some_and(|f| f == "index.md"))
        .then(|| path.parent().map(Path::to_path_buf))
        .flatten();
    Ok((section, bundle))
}

/// The entry files among the files under `content/`: Markdown files, except
/// editors' temporary files, the home intro and other `.md` files inside a
/// folder entry (they are its assets).
pub fn entry_files(files: &[PathBuf]) -> Vec<&PathBuf> {
    let intro_path = Path::new("content/_index.md");
    let bundles: std::collections::HashSet<&Path> = files
        .iter()
        .filter(|f| f.ends_with("index.md"))
        .filter_map(|f| f.parent())
        .filter(|d| d.components().count() > 2)
        .collect();
    files
        .iter()
        .filter(|f| {
            f.extension().is_some_and(|e| e == "md") && !is_ignored(f) && f.as_path() != intro_path
        })
        .filter(|f| f.ends_with("index.md") || !f.ancestors().skip(1).any(|a| bundles.contains(a)))
        .collect()
}

fn parse_entries(
    fs: &dyn SourceFs,
    files: &[PathBuf],
    record: Option<&LoadRecord>,
    diags: &mut Diagnostics,
) -> (Vec<Arc<Entry>>, Option<Entry>) {
    let intro_path = Path::new("content/_index.md");
    let md = entry_files(files);
    let results: Vec<(Option<Arc<Entry>>, Vec<Diagnostic>)> = md
        .par_iter()
        .map(|path| match record {
            Some(rec) => {
                let stamp = fs.stamp(path);
                let parsed = rec.parsed(path, stamp).unwrap_or_else(|| {
                    let parsed = parse_file(fs, path, stamp);
                    rec.store_parsed(path.to_path_buf(), parsed.clone());
                    parsed
                });
                (parsed.entry, parsed.diagnostics)
            }
            None => {
                let parsed = parse_file(fs, path, None);
                (parsed.entry, parsed.diagnostics)
            }
        })
        .collect();
    if let Some(rec) = record {
        rec.retain_files(&md.iter().map(|p| p.as_path()).collect());
    }
    let mut entries = Vec::with_capacity(results.len());
    for (entry, d) in results {
        diags.extend(d);
        entries.extend(entry);
    }
    (entries, home_intro(fs, intro_path, diags))
}

/// Read and parse one entry file.
pub fn parse_file(fs: &dyn SourceFs, path: &Path, stamp: Option<u128>) -> ParsedFile {
    match classify(path).and_then(|(s, b)| SourceFile::read(fs, path).map(|f| (s, b, f))) {
        Ok((section, bundle, file)) => {
            let front = crate::frontmatter::split(&file)
                .map_or(&file.text[..], |split| &file.text[..split.body_offset]);
            let (text, front) = (hash_of(&file.text), hash_of(&front));
            let parsed = model::parse_entry(&file, section, bundle);
            ParsedFile {
                stamp,
                text,
                front,
                entry: parsed.entry.map(Arc::new),
                diagnostics: parsed.diagnostics,
            }
        }
        Err(d) => ParsedFile {
            stamp,
            text: 0,
            front: 0,
            entry: None,
            diagnostics: vec![d],
        },
    }
}

/// `content/_index.md`: front matter is optional.
fn home_intro(fs: &dyn SourceFs, path: &Path, diags: &mut Diagnostics) -> Option<Entry> {
    if !fs.is_file(path) {
        return None;
    }
    let file = SourceFile::read(fs, path).map_err(|d| diags.push(d)).ok()?;
    let (body, body_line) = match crate::frontmatter::split(&file) {
        Ok(split) => (split.body.to_owned(), file.position(split.body_offset).line),
        Err(_) => (file.text.clone(), 1),
    };
    let common = model::Common {
        title: String::new(),
        ..Default::default()
    };
    Some(Entry {
        path: path.to_path_buf(),
        file_slug: String::new(),
        bundle: None,
        section: Section::Pages,
        common,
        kind: EntryKind::Page,
        body,
        body_line,
    })
}

/// `data/*.yaml` for templates, and the locality map.
fn load_data(
    fs: &dyn SourceFs,
    diags: &mut Diagnostics,
) -> (serde_json::Value, BTreeMap<String, String>) {
    let mut data = serde_json::Map::new();
    let mut localities = BTreeMap::new();
    for path in fs.list(Path::new("data")).unwrap_or_default() {
        if !path.extension().is_some_and(|e| e == "yaml" || e == "yml") || is_ignored(&path) {
            continue;
        }
        let Ok(file) = SourceFile::read(fs, &path).map_err(|d| diags.push(d)) else {
            continue;
        };
        let node = match yaml::parse(&file.text, Origin::FILE_START) {
            Ok(n) => n,
            Err(e) => {
                diags.push(Diagnostic {
                    severity: crate::diagnostic::Severity::Error,
                    file: path.clone(),
                    position: Some(e.pos),
                    message: e.message.replace("front matter", "data file").into(),
                    help: e.help.map(Into::into),
                });
                continue;
            }
        };
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        if stem == "localities" {
            localities = read_localities(&path, &node, diags);
        }
        data.insert(stem, node.to_json());
    }
    (serde_json::Value::Object(data), localities)
}

fn read_localities(
    path: &Path,
    node: &yaml::Node,
    diags: &mut Diagnostics,
) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let Some(pairs) = node.as_map() else {
        diags.push(Diagnostic::error(path, Some(node.pos), "localities.yaml must map each old name to today's unit: \"Phường An Hòa, Quận Ninh Kiều\": \"Phường Ninh Kiều\""));
        return out;
    };
    for (k, v) in pairs {
        match (k.as_scalar(), v.as_scalar()) {
            (Some(old), Some(new)) if !new.trim().is_empty() => {
                out.insert(model::read::clean_text(old), model::read::clean_text(new));
            }
            _ => diags.push(Diagnostic::error(
                path,
                Some(v.pos),
                "each locality must map to one name (today's xã/phường)",
            )),
        }
    }
    out
}

/// Discards output: `check` renders everything to validate templates.
pub struct Discard;

impl OutputSink for Discard {
    fn write(&self, _file: crate::output::OutputFile) -> anyhow::Result<()> {
        Ok(())
    }
}

/// Used by `check` and tests: the config alone.
pub fn load_config(fs: &dyn SourceFs) -> Result<Config, Diagnostics> {
    config::load(fs).map_err(|d| d.into_iter().collect())
}
