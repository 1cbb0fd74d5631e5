//! The pipeline end to end: configuration → entries (parsed in parallel) →
//! [`Site`] → theme → rendered files → output. [`load`] stops before
//! rendering and is shared by `build`, `check` and `serve`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::calendar::holidays::Holidays;
use crate::config::{self, Config};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::fingerprint;
use crate::i18n::Localized;
use crate::markdown::Highlighter;
use crate::model::Claim;
use crate::model::{self, Entry, EntryKind, Section};
use crate::msg;
use crate::output::OutputSink;
use crate::render::RenderFailure;
use crate::site::{self, LeftOut, Publish, Site};
use crate::source::{self, SourceFile, SourceFs, is_ignored};
use crate::theme::{self, Theme};
use crate::vietnamese::VietnameseCollator;
use crate::yaml::{self, Origin};

mod outputs;
pub mod unchanged;

pub use outputs::{RenderReuse, render_site, render_with, write_streamed};

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
    /// Warnings, without those of unpublished drafts.
    pub warnings: Diagnostics,
    /// Problems of drafts that are not published (as warnings, each draft
    /// introduced by a "bản nháp chưa hoàn chỉnh" line): `check` lists them,
    /// `build` only counts the drafts.
    pub draft_problems: Diagnostics,
    /// How many drafts and scheduled entries are left out.
    pub left_out: LeftOut,
    /// How many unpublished drafts have problems.
    pub incomplete_drafts: usize,
}

/// The result of a successful build.
#[derive(Debug, Clone)]
pub struct BuildSummary {
    pub pages: usize,
    pub files: usize,
    /// Share cards drawn by this build (the others came from the cache).
    pub cards_drawn: usize,
    pub entries: usize,
    pub warnings: Diagnostics,
    pub elapsed: Duration,
    /// Drafts left out of the site (`draft: true` without `--drafts`).
    pub drafts: usize,
    /// Entries dated after the build date, left out (without `--future`).
    pub scheduled: usize,
    /// Unpublished drafts that have problems (listed by `thidua check`).
    pub incomplete_drafts: usize,
}

/// What a load found besides the site: counts for the summary line, known
/// even when the load fails.
#[derive(Debug, Clone, Default)]
pub struct LoadCounts {
    pub left_out: LeftOut,
    pub incomplete_drafts: usize,
    /// The problems of unpublished drafts (see [`Loaded::draft_problems`]).
    pub draft_problems: Diagnostics,
}

/// One entry file as parsed: what [`LoadCache::parsed`] keeps.
#[derive(Debug, Clone)]
pub struct ParsedFile {
    /// [`SourceFs::stamp`] when it was read (`None` when not asked for).
    pub stamp: Option<u128>,
    /// Fingerprint of the whole normalised text.
    pub text: u64,
    /// Fingerprint of the front matter (everything before the body).
    pub front: u64,
    pub entry: Option<Arc<Entry>>,
    pub diagnostics: Vec<Diagnostic>,
    /// What the file claims when it could not be read as an entry.
    pub claim: Option<Claim>,
}

/// What a load may take from an earlier one instead of computing it: the
/// listing of `content/`, each entry file's parse by its stamp, and what
/// [`site::Reuse`] offers (bodies, taxonomies). The default methods compute
/// everything ([`NoCache`], a `build`); `serve`'s load record implements
/// it, above this module, so the load never depends on `serve`.
pub trait LoadCache: site::Reuse {
    /// Every file under `content/`, sorted (as [`SourceFs::list`]).
    fn content_files(&self, fs: &dyn SourceFs) -> std::io::Result<Vec<PathBuf>> {
        fs.list(Path::new("content"))
    }

    /// The parse of the entry file `path`: `parse(stamp)` unless a parse
    /// recorded with the file's current stamp can be reused.
    fn parsed(
        &self,
        fs: &dyn SourceFs,
        path: &Path,
        parse: &dyn Fn(Option<u128>) -> ParsedFile,
    ) -> ParsedFile {
        let _ = (fs, path);
        parse(None)
    }

    /// After the parse: the entry files that exist now.
    fn entry_files(&self, present: &std::collections::HashSet<&Path>) {
        let _ = present;
    }
}

/// Reuses nothing: a full build.
pub struct NoCache;

impl site::Reuse for NoCache {}
impl LoadCache for NoCache {}

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
    load_with(fs, opts, &NoCache)
}

/// [`load`], reusing what `cache` still holds (for `serve`).
/// Unpublished drafts' problems are left out of a failure's diagnostics
/// (a new draft never breaks `build` or `serve`); [`load_counted`] has them.
pub fn load_with(
    fs: &dyn SourceFs,
    opts: &BuildOptions,
    cache: &dyn LoadCache,
) -> Result<Loaded, BuildError> {
    load_inner(fs, opts, cache, &mut LoadCounts::default())
}

/// [`load`], and the counts of what is left out, with the problems of
/// unpublished drafts (for `check`, also when the load fails).
pub fn load_counted(
    fs: &dyn SourceFs,
    opts: &BuildOptions,
) -> (Result<Loaded, BuildError>, LoadCounts) {
    let mut counts = LoadCounts::default();
    let result = load_inner(fs, opts, &NoCache, &mut counts);
    (result, counts)
}

fn load_inner(
    fs: &dyn SourceFs,
    opts: &BuildOptions,
    cache: &dyn LoadCache,
    counts: &mut LoadCounts,
) -> Result<Loaded, BuildError> {
    let mut diags = Diagnostics::new();
    // A problem in thidua.yaml is reported and the content is still checked
    // (with defaults in place of what is wrong), so one run shows everything.
    let (mut config, config_problems) =
        config::load_lenient(fs).map_err(|d| BuildError::Content(d.into_iter().collect()))?;
    // thidua.yaml could not be read at all: its theme and fields are not
    // known, so their knock-on errors (no such theme, every field unknown)
    // would only hide the real problem; the same for the theme when its
    // name is wrong.
    let config_unread = config.is_fallback();
    let theme_unknown = config_unread || config_problems.iter().any(|d| d.code() == Some("T0404"));
    diags.extend(config_problems);
    if let Some(url) = &opts.base_url {
        config.base_url = url.trim_end_matches('/').to_owned();
    }
    let content_files = cache
        .content_files(fs)
        .map_err(|e| {
            BuildError::Io(anyhow::Error::new(e).context(Localized(msg!("site-listing-content"))))
        })?
        .into_iter()
        // Editors' temporary files are never content nor assets.
        .filter(|p| !is_ignored(p))
        .collect::<Vec<_>>();
    diags.extend(skipped_files(&content_files));
    let parsed = parse_entries(fs, &content_files, cache, &mut diags);
    let (entries, claims, home_intro) = (parsed.entries, parsed.claims, parsed.home_intro);
    // A draft that is not published never fails the build: its problems
    // become warnings, kept apart (see `Loaded::draft_problems`).
    let unpublished_drafts: std::collections::HashSet<PathBuf> = if opts.drafts {
        Default::default()
    } else {
        entries
            .iter()
            .filter(|e| e.common.draft)
            .map(|e| e.path.clone())
            .chain(claims.iter().filter(|c| c.draft).map(|c| c.path.clone()))
            .collect()
    };
    let broken_drafts = claims.iter().filter(|c| c.draft && !opts.drafts).count();
    let (draft_problems, parse_diags): (Vec<Diagnostic>, Vec<Diagnostic>) = parsed
        .diagnostics
        .into_iter()
        .partition(|d| unpublished_drafts.contains(&d.file));
    diags.extend(parse_diags);
    let draft_problems = draft_report(draft_problems);
    counts.incomplete_drafts = draft_problems
        .iter()
        .filter(|d| d.code() == Some("T0319"))
        .count();
    counts.draft_problems = draft_problems.clone();
    let data = load_data(fs, &mut diags);
    let theme = match theme::load(fs, &config) {
        Ok(t) => Some(t),
        Err(d) => {
            if !theme_unknown {
                diags.extend(d);
            }
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
        localities: data.localities,
        holidays: data.holidays,
        data: data.json,
        home_intro,
        highlighter: &highlighter,
        collator: &collator,
        content_files,
        reuse: cache,
        claims,
    };
    let (site, site_diags) = site::assemble(entries, inputs);
    counts.left_out = LeftOut {
        drafts: site.left_out.drafts + broken_drafts,
        ..site.left_out
    };
    diags.extend(
        site_diags
            .into_iter()
            .filter(|d| !(config_unread && d.code() == Some("T0305"))),
    );
    // Symbolic links leading outside the site are left out of every listing;
    // the static folders are listed here (before rendering copies them) so
    // that such links are reported with the other problems.
    let theme_static = Path::new("themes").join(&site.config.theme).join("static");
    for dir in [Path::new("static"), theme_static.as_path()] {
        if let Err(e) = source::list_optional(fs, dir) {
            diags.push(source::unreadable_folder(dir, &e));
        }
    }
    diags.extend(fs.refused_links());
    let diags = diags.sorted();
    match theme {
        Some(theme) if !diags.has_errors() => Ok(Loaded {
            site,
            theme,
            collator,
            warnings: diags,
            draft_problems,
            left_out: counts.left_out,
            incomplete_drafts: counts.incomplete_drafts,
        }),
        _ => Err(BuildError::Content(diags)),
    }
}

/// The problems of unpublished drafts as warnings, each draft's list opened
/// by one "this draft is incomplete" warning (T0319) on the file.
fn draft_report(problems: Vec<Diagnostic>) -> Diagnostics {
    let mut by_file: BTreeMap<PathBuf, Vec<Diagnostic>> = BTreeMap::new();
    for d in problems {
        by_file.entry(d.file.clone()).or_default().push(d);
    }
    let mut out = Diagnostics::new();
    for (file, list) in by_file {
        let errors = list.iter().filter(|d| d.is_error()).count();
        if errors > 0 {
            out.push(
                Diagnostic::warning(&file, None, msg!("T0319-draft-incomplete", count = errors))
                    .with_help(msg!("T0319-draft-incomplete-help")),
            );
        }
        out.extend(list.into_iter().map(|mut d| {
            d.severity = crate::diagnostic::Severity::Warning;
            d
        }));
    }
    out.sorted()
}

/// Warnings for files under `content/` that are neither read nor published
/// (see [`site::assets::Skipped`]).
fn skipped_files(files: &[PathBuf]) -> Vec<Diagnostic> {
    let bundles = site::assets::bundle_dirs(files);
    files
        .iter()
        .filter_map(|f| {
            let in_bundle = f.ancestors().skip(1).any(|d| bundles.contains(d));
            let name = f
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let d = match site::assets::skipped(f, in_bundle)? {
                site::assets::Skipped::LooksLikeEntry => {
                    let stem = name.split('.').next().unwrap_or_default();
                    Diagnostic::warning(f, None, msg!("T0701-skipped-file", name = name.as_str()))
                        .with_help(msg!(
                            "T0701-skipped-file-help",
                            name = format!("{}.md", stem.to_lowercase())
                        ))
                }
                site::assets::Skipped::OfficeFile => {
                    let folder = f.parent().unwrap_or(Path::new("content"));
                    Diagnostic::warning(
                        f,
                        None,
                        msg!("T0702-loose-office-file", name = name.as_str()),
                    )
                    .with_help(msg!(
                        "T0702-loose-office-file-help",
                        folder = folder,
                        name = name.as_str()
                    ))
                }
            };
            Some(d)
        })
        .collect()
}

/// Build the site into `sink`.
pub fn build(
    fs: &dyn SourceFs,
    opts: &BuildOptions,
    sink: &dyn OutputSink,
) -> Result<BuildSummary, BuildError> {
    let started = Instant::now();
    let mut loaded = load(fs, opts)?;
    // The search index first, while the entries' Markdown is at hand (it
    // reads each body's text); each batch's bodies go as soon as the index
    // has read them, so its working memory takes their place, and the
    // pages are rendered without them.
    let index =
        outputs::write_index_releasing_bodies(&mut loaded.site, sink).map_err(BuildError::Io)?;
    loaded.site.release_load_state();
    let report = render_with(&loaded, fs, &mut outputs::Indexed(index), sink)?;
    let mut warnings = loaded.warnings;
    warnings.extend(report.warnings);
    Ok(BuildSummary {
        pages: report.pages,
        files: report.files,
        cards_drawn: report.cards_drawn,
        entries: loaded.site.pages.len(),
        warnings,
        elapsed: started.elapsed(),
        drafts: loaded.left_out.drafts,
        scheduled: loaded.left_out.scheduled,
        incomplete_drafts: loaded.incomplete_drafts,
    })
}

/// Where an entry file belongs: its section and, for `NAME/index.md`, its folder.
#[allow(clippy::result_large_err)] // a Diagnostic is returned as it is
fn classify(path: &Path) -> Result<(Section, Option<PathBuf>), Diagnostic> {
    let rel = path.strip_prefix("content").unwrap_or(path);
    let parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let Some(folder) = parts.first().filter(|_| parts.len() > 1) else {
        return Err(Diagnostic::error(path, None, msg!("T0703-outside-section"))
            .with_help(msg!("T0703-outside-section-help")));
    };
    let Some(section) = Section::from_key(folder) else {
        let keys: Vec<&str> = Section::ALL.iter().map(|s| s.key()).collect();
        let help = match model::read::closest(folder, &keys) {
            Some(best) => msg!("T0704-not-a-section-did-you-mean", best = best),
            None => msg!("T0704-not-a-section-help", folders = keys.join(", ")),
        };
        return Err(Diagnostic::error(
            path,
            None,
            msg!("T0704-not-a-section", folder = folder.as_str()),
        )
        .with_help(help));
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

/// The entry files read: entries, what unreadable ones claim, the home
/// intro, and the problems of each file.
struct ParsedEntries {
    entries: Vec<Arc<Entry>>,
    claims: Vec<Claim>,
    home_intro: Option<Entry>,
    diagnostics: Vec<Diagnostic>,
}

fn parse_entries(
    fs: &dyn SourceFs,
    files: &[PathBuf],
    cache: &dyn LoadCache,
    diags: &mut Diagnostics,
) -> ParsedEntries {
    let intro_path = Path::new("content/_index.md");
    let md = entry_files(files);
    let results: Vec<ParsedFile> = md
        .par_iter()
        .map(|path| cache.parsed(fs, path, &|stamp| parse_file(fs, path, stamp)))
        .collect();
    cache.entry_files(&md.iter().map(|p| p.as_path()).collect());
    let mut out = ParsedEntries {
        entries: Vec::with_capacity(results.len()),
        claims: Vec::new(),
        home_intro: None,
        diagnostics: Vec::new(),
    };
    for parsed in results {
        out.diagnostics.extend(parsed.diagnostics);
        out.entries.extend(parsed.entry);
        out.claims.extend(parsed.claim);
    }
    out.home_intro = home_intro(fs, intro_path, diags);
    out
}

/// Read and parse one entry file.
#[allow(clippy::result_large_err)] // a Diagnostic is passed on as it is
pub fn parse_file(fs: &dyn SourceFs, path: &Path, stamp: Option<u128>) -> ParsedFile {
    match classify(path).and_then(|(s, b)| SourceFile::read(fs, path).map(|f| (s, b, f))) {
        Ok((section, bundle, file)) => {
            let front = crate::frontmatter::split(&file)
                .map_or(&file.text[..], |split| &file.text[..split.body_offset]);
            let (text, front) = (fingerprint::of(&file.text), fingerprint::of(&front));
            let parsed = model::parse_entry(&file, section, bundle.clone());
            let claim = parsed.entry.is_none().then_some(parsed.claim);
            ParsedFile {
                stamp,
                text,
                front,
                entry: parsed.entry.map(Arc::new),
                diagnostics: parsed.diagnostics,
                claim,
            }
        }
        Err(d) => ParsedFile {
            stamp,
            text: 0,
            front: 0,
            entry: None,
            diagnostics: vec![d],
            claim: None,
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

/// What `data/` holds: every file for templates, and the two the build
/// itself reads.
struct DataFiles {
    /// `data/*.yaml` by file stem, for templates.
    json: serde_json::Value,
    /// `data/localities.yaml`: old locality names → today's.
    localities: BTreeMap<String, String>,
    /// `data/holidays.yaml` over the built-in rules: the working days.
    holidays: Holidays,
}

/// `data/*.yaml` for templates, the locality map and the holiday schedules.
fn load_data(fs: &dyn SourceFs, diags: &mut Diagnostics) -> DataFiles {
    let mut data = serde_json::Map::new();
    let mut localities = BTreeMap::new();
    let mut holidays = Holidays::builtin();
    let data_dir = Path::new("data");
    let files = source::list_optional(fs, data_dir).unwrap_or_else(|e| {
        diags.push(source::unreadable_folder(data_dir, &e));
        Vec::new()
    });
    for path in files {
        if !path.extension().is_some_and(|e| e == "yaml" || e == "yml") || is_ignored(&path) {
            continue;
        }
        let Ok(file) = SourceFile::read(fs, &path).map_err(|d| diags.push(d)) else {
            continue;
        };
        let node = match yaml::parse(&file.text, Origin::FILE_START) {
            Ok(n) => n,
            Err(e) => {
                diags.push(e.diagnostic(&path, msg!("what-data-file")));
                continue;
            }
        };
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        match stem.as_str() {
            "localities" => localities = read_localities(&path, &node, diags),
            "holidays" => holidays = Holidays::read(&path, &node, diags),
            _ => {}
        }
        data.insert(stem, node.to_json());
    }
    DataFiles {
        json: serde_json::Value::Object(data),
        localities,
        holidays,
    }
}

fn read_localities(
    path: &Path,
    node: &yaml::Node,
    diags: &mut Diagnostics,
) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let Some(pairs) = node.as_map() else {
        diags.push(
            Diagnostic::error(path, Some(node.pos), msg!("T0706-localities-not-a-map"))
                .with_help(msg!("T0706-localities-not-a-map-help")),
        );
        return out;
    };
    for (k, v) in pairs {
        match (k.as_scalar(), v.as_scalar()) {
            (Some(old), Some(new)) if !new.trim().is_empty() => {
                out.insert(model::read::clean_text(old), model::read::clean_text(new));
            }
            _ => diags.push(
                Diagnostic::error(path, Some(v.pos), msg!("T0707-locality-not-one-name"))
                    .with_help(msg!("T0706-localities-not-a-map-help")),
            ),
        }
    }
    out
}

/// Used by `check` and tests: the config alone.
pub fn load_config(fs: &dyn SourceFs) -> Result<Config, Diagnostics> {
    config::load(fs).map_err(|d| d.into_iter().collect())
}
