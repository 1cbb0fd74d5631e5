//! Rebuilding after an edit by redoing only what depends on it, for `serve`.
//!
//! A [`Session`] keeps the previous build in memory with its dependency
//! record: the load stage's ([`record::LoadRecord`]: parsed files, rendered
//! bodies, taxonomies; the [`build::LoadCache`] it passes to the load), a
//! key per page (its own data), the shared values (summaries, lists, related
//! exemplars) with the keys they were computed from, and for every rendered
//! output the key of its inputs ([`crate::render::deps`]). A rebuild loads
//! the site again (re-reading only changed files), then goes through the
//! same render as a full build ([`build::render_with`]), which asks it
//! ([`build::RenderReuse`]) what it can reuse: only the outputs whose key
//! changed are rendered, and the outputs no longer produced are dropped. The result is the same set of files,
//! byte for byte, as a fresh full build: the integration tests check it after
//! edits, renames and deletes.

mod bodies;
mod extracted;
pub mod record;
pub mod templates;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rayon::prelude::*;
use tera::Value;

use crate::build::{self, BuildError, BuildOptions, Loaded};
use crate::diagnostic::Diagnostics;
use crate::fingerprint::{self, path_bytes};
use crate::markdown::RenderedMarkdown;
use crate::output::{OutputContent, OutputFile, OutputSink};
use crate::render::deps::JobInputs;
use crate::render::{self, Job, Prepared, Shared};
use crate::site::{Page, Site};
use crate::source::SourceFs;
use crate::vietnamese::VietnameseCollator;

use record::LoadRecord;

/// The content of one served file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    Bytes(Arc<[u8]>),
    /// A file of the site, copied verbatim (read when requested).
    Copy(PathBuf),
}

/// Every file of the built site by output path (`tin-tuc/index.html`); the
/// paths are shared, so the copy each rebuild starts from copies no text.
pub type Outputs = BTreeMap<std::sync::Arc<str>, Body>;

/// What one rebuild did.
#[derive(Debug, Clone, Default)]
pub struct Rebuilt {
    /// Outputs whose content is new or different, sorted.
    pub changed: Vec<String>,
    /// Outputs no longer produced.
    pub removed: Vec<String>,
    /// Pages rendered (out of `pages`).
    pub rendered: usize,
    pub pages: usize,
    pub entries: usize,
    pub warnings: Diagnostics,
    /// Until the pages were ready (what the browser waits for).
    pub pages_elapsed: Duration,
    /// Until everything, including feeds, sitemap and the search index.
    pub elapsed: Duration,
    /// The site-wide files were left for the next rebuild (more changes
    /// were already waiting).
    pub site_files_deferred: bool,
}

/// The previous build and what it was made from.
#[derive(Default)]
struct Previous {
    /// Site-wide inputs: configuration, data, templates, build date.
    settings: u64,
    /// `settings` and the site-wide values every page receives.
    global: u64,
    /// [`record::structure_key`] of the previous site.
    structure: u64,
    pages: HashMap<PathBuf, PageRecord>,
    related: Arc<Vec<Vec<usize>>>,
    /// [`render::related::inputs_key`] of `related`.
    related_key: u64,
    listings: Arc<Vec<render::listing::Listing>>,
    /// Output path → key of the job's inputs.
    jobs: HashMap<String, u64>,
    /// Paths written by the site-wide step (feeds, sitemap, search, copies).
    site_files: Arc<HashSet<String>>,
    /// When the site-wide step was deferred: the paths touched since it last
    /// ran (copied files among them count as changed when it runs).
    site_files_pending: Option<Vec<PathBuf>>,
    /// Shared with whoever serves it (no copy per request or snapshot).
    outputs: Arc<Outputs>,
    /// The search index's extractions of the last index made.
    extracted: Arc<extracted::Kept>,
}

/// One page as last rendered.
struct PageRecord {
    /// Hash of the page's own data.
    key: u64,
    content: Arc<RenderedMarkdown>,
    content_hash: u64,
    summary: Value,
}

/// An in-memory build kept up to date.
pub struct Session {
    opts: BuildOptions,
    record: LoadRecord,
    previous: Option<Previous>,
    /// The site of `previous`, for the body-only fast path; dropped after a
    /// failed rebuild so the next one loads everything it must.
    loaded: Option<Loaded>,
    /// Share cards drawn into memory (a site not on disk).
    cards: Mutex<render::share_card::Kept>,
}

impl Session {
    pub fn new(opts: BuildOptions) -> Self {
        Session {
            opts,
            record: LoadRecord::new(),
            previous: None,
            loaded: None,
            cards: Mutex::default(),
        }
    }

    pub fn options(&self) -> &BuildOptions {
        &self.opts
    }

    /// The files of the last good build (empty before the first).
    pub fn outputs(&self) -> Option<&Arc<Outputs>> {
        self.previous.as_ref().map(|p| &p.outputs)
    }

    /// Bring the build up to date with `fs`. `touched` are the paths the
    /// watcher saw change (they are re-read whatever their time stamps say).
    /// `pages_ready` is called as soon as the pages are rendered, before the
    /// site-wide files (feeds, sitemap, search index), with the outputs as
    /// they then are. If `defer` then says more changes are waiting, the
    /// site-wide files are left to the next rebuild (which always does them).
    /// On failure the previous build is kept unchanged.
    pub fn rebuild(
        &mut self,
        fs: &dyn SourceFs,
        touched: &[PathBuf],
        pages_ready: &mut dyn FnMut(&Arc<Outputs>, &Rebuilt),
        defer: &dyn Fn() -> bool,
    ) -> Result<Rebuilt, BuildError> {
        let started = Instant::now();
        let patched = match self.loaded.as_mut() {
            Some(loaded) if self.previous.is_some() => {
                bodies::patch(loaded, fs, &self.record, touched)
            }
            _ => None,
        };
        let (loaded, settings) = match patched {
            Some(Ok(())) => {
                let loaded = self
                    .loaded
                    .take()
                    .unwrap_or_else(|| unreachable!("patched"));
                let key = self.previous.as_ref().map_or(0, |p| p.settings);
                let settings = Settings {
                    key,
                    touched: false,
                };
                (loaded, settings)
            }
            Some(Err(problems)) => {
                self.loaded = None;
                return Err(BuildError::Content(problems));
            }
            None => {
                self.loaded = None;
                self.record.touch(touched.iter().cloned());
                let loaded = build::load_with(fs, &self.opts, &self.record)?;
                let settings = settings(fs, &loaded, touched);
                (loaded, settings)
            }
        };
        let previous = self.previous.take().unwrap_or_default();
        let mut pending = previous.site_files_pending.clone().unwrap_or_default();
        pending.extend(touched.iter().cloned());
        let sink = Collect::default();
        let rendered = templates::keys(fs, &loaded.site.config)
            .map_err(BuildError::Io)
            .and_then(|template_keys| {
                let mut changes = Changes {
                    loaded: &loaded,
                    record: &self.record,
                    settings,
                    template_keys: &template_keys,
                    previous: &previous,
                    sink: &sink,
                    pending: &pending,
                    cards: &self.cards,
                    started,
                    pages_ready,
                    defer,
                    planned: None,
                    state: None,
                };
                build::render_with(&loaded, fs, &mut changes, &sink)?;
                Ok(changes.state)
            });
        match rendered {
            Ok(Some((mut next, mut report))) => {
                if !report.site_files_deferred {
                    apply_site_files(&mut next, &previous, sink.take(), &pending, &mut report);
                }
                report.changed.sort();
                report.changed.dedup();
                report.removed.sort();
                report.elapsed = started.elapsed();
                self.previous = Some(next);
                self.loaded = Some(loaded);
                Ok(report)
            }
            Ok(None) => unreachable!("the pages of a render are always rendered"),
            Err(e) => {
                self.previous = Some(previous);
                Err(e)
            }
        }
    }
}

/// The site-wide inputs of a rebuild: their key, and whether a file among
/// them was reported changed (then nothing that depends on them is reused,
/// whatever the key says: a file's stamp may not show an edit made within
/// the file system's clock resolution).
#[derive(Debug, Clone, Copy)]
struct Settings {
    key: u64,
    touched: bool,
}

/// What every page depends on besides pages and its own template:
/// configuration, data and the theme's other files (by stamp), options and
/// build date; and whether a file outside `content/` (not a template, not a
/// static file) was touched.
fn settings(fs: &dyn SourceFs, loaded: &Loaded, touched: &[PathBuf]) -> Settings {
    let mut h = fingerprint::Hasher::new();
    // Templates are not here: each page depends on its own (`templates`).
    // Only the theme in use is read (as `theme::load` does). A folder the
    // site needs that cannot be read fails the load (T0730); here its state
    // is one more input.
    let theme = Path::new("themes").join(&loaded.site.config.theme);
    for dir in [theme.as_path(), Path::new("data")] {
        match crate::source::list_optional(fs, dir) {
            Ok(files) => {
                for file in files {
                    if !is_static(&file) && !templates::is_template(&file) {
                        h.add(&(&file, fs.stamp(&file)));
                    }
                }
            }
            Err(e) => {
                h.add(&(dir, e.kind().to_string()));
            }
        }
    }
    h.add(&fs.stamp(Path::new("thidua.yaml")));
    h.add(&(&loaded.site.config, &loaded.site.publish));
    let touched = touched.iter().any(|p| {
        !p.starts_with("content")
            && !is_static(p)
            && !templates::is_template(p)
            && !crate::source::is_ignored(p)
    });
    Settings {
        key: h.finish(),
        touched,
    }
}

/// Static files are copied, not rendered: they never change a page.
fn is_static(path: &Path) -> bool {
    path.starts_with("static") || path.iter().nth(2).is_some_and(|c| c == "static")
}

/// Collects rendered files in memory.
#[derive(Default)]
struct Collect {
    files: Mutex<Vec<OutputFile>>,
}

impl OutputSink for Collect {
    fn write(&self, file: OutputFile) -> anyhow::Result<()> {
        self.files
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push(file);
        Ok(())
    }
}

impl Collect {
    /// The files collected so far (the collection starts again empty).
    fn take(&self) -> Vec<OutputFile> {
        std::mem::take(
            &mut *self
                .files
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner),
        )
    }
}

fn body_of(content: OutputContent) -> Body {
    match content {
        OutputContent::Bytes(b) => Body::Bytes(b.into()),
        OutputContent::Copy(p) => Body::Copy(p),
    }
}

/// What a rebuild reuses of the previous build, for the one render
/// orchestrator ([`build::render_with`]): summaries, related exemplars and
/// lists whose inputs are unchanged, and the outputs of jobs whose key is
/// unchanged. When the pages are rendered it makes the next state (pages
/// only; site-wide files still those of `previous`) and tells the browser.
struct Changes<'a> {
    loaded: &'a Loaded,
    record: &'a LoadRecord,
    settings: Settings,
    template_keys: &'a HashMap<String, u64>,
    previous: &'a Previous,
    /// Where the render puts its files: the pages, then the site-wide files.
    sink: &'a Collect,
    /// Paths touched since the site-wide files were last made.
    pending: &'a [PathBuf],
    /// Share cards drawn into memory by earlier rebuilds.
    cards: &'a Mutex<render::share_card::Kept>,
    started: Instant,
    pages_ready: &'a mut dyn FnMut(&Arc<Outputs>, &Rebuilt),
    defer: &'a dyn Fn() -> bool,
    /// Filled in before the pages are rendered.
    planned: Option<Planned>,
    /// The next state and the report, once the pages are rendered.
    state: Option<(Previous, Rebuilt)>,
}

/// What [`Changes`] learns before the pages are rendered.
struct Planned {
    pages: Vec<PageRecord>,
    structure: u64,
    related_key: u64,
    global: u64,
    jobs: HashMap<String, u64>,
    rendered: usize,
}

impl Changes<'_> {
    fn same_settings(&self) -> bool {
        !self.settings.touched && self.settings.key == self.previous.settings
    }
}

impl build::RenderReuse for Changes<'_> {
    fn search_index(
        &mut self,
        site: &Site,
        sink: &dyn crate::output::OutputSink,
    ) -> anyhow::Result<Vec<String>> {
        let reuse = !self.settings.touched;
        let settings = self.settings.key;
        let files = match self.state.as_mut() {
            None => crate::search::index_files(site),
            Some((next, _)) => {
                let keys: Vec<Option<u64>> = site
                    .pages
                    .iter()
                    .map(|p| next.pages.get(&p.entry.path).map(|r| r.key))
                    .collect();
                extracted::index_files(site, &mut next.extracted, settings, &keys, reuse)
            }
        };
        build::write_streamed(files, sink)
    }

    fn share_cards(
        &mut self,
        cards: &[render::share_card::Card],
        fs: &dyn SourceFs,
    ) -> render::share_card::CardFiles {
        let mut kept = self.cards.lock().unwrap_or_else(|e| e.into_inner());
        render::share_card::files_for_serve(cards, fs, &mut kept)
    }

    fn shared(&mut self, site: &Site, collator: &VietnameseCollator) -> Shared {
        let (previous, record) = (self.previous, self.record);
        let same_settings = self.same_settings();
        let pages = page_records(site, record, previous, same_settings);
        // Computed by the last load for its taxonomies; a body-only patch
        // leaves it as it was.
        let structure = record.structure().unwrap_or_else(|| {
            record::structure_key(&site.pages, &site.config, &site.publish, record)
        });
        let related_key = render::related::inputs_key(site);
        let same_structure = same_settings && structure == previous.structure;
        let shared = Shared {
            summaries: pages.iter().map(|p| p.summary.clone()).collect(),
            related: if same_settings && related_key == previous.related_key {
                previous.related.clone()
            } else {
                Arc::new(render::related::related_exemplars(site))
            },
            listings: if same_structure {
                previous.listings.clone()
            } else {
                Arc::new(render::listing::all(site, collator))
            },
        };
        self.planned = Some(Planned {
            pages,
            structure,
            related_key,
            global: 0,
            jobs: HashMap::new(),
            rendered: 0,
        });
        shared
    }

    fn to_render<'p>(&mut self, prepared: &'p Prepared<'_>) -> Vec<&'p Job> {
        let previous = self.previous;
        let Some(planned) = self.planned.as_mut() else {
            return prepared.jobs.iter().collect();
        };
        let pages = &planned.pages;
        let global = fingerprint::of(&(self.settings.key, prepared.base_key));
        let same_global = !self.settings.touched && global == previous.global;
        let site_key = fingerprint::of(&(
            planned.structure,
            pages.iter().map(|p| p.key).collect::<Vec<_>>(),
        ));
        let template_keys = self.template_keys;
        let keyed: Vec<(&Job, String, u64)> = prepared
            .jobs
            .par_iter()
            .filter_map(|job| {
                let path = prepared.output_path(job)?;
                let template = template_keys.get(prepared.template_of(job)).copied();
                let key = match prepared.inputs(job) {
                    JobInputs::Pages { pages: ids, shape } => {
                        // A page's key covers its file's path.
                        let keyed: Vec<u64> = ids.iter().map(|id| pages[*id].key).collect();
                        fingerprint::of(&(global, template, shape, keyed))
                    }
                    JobInputs::Site => fingerprint::of(&(global, template, site_key)),
                };
                Some((job, path, key))
            })
            .collect();
        let mut jobs: HashMap<String, u64> = HashMap::with_capacity(keyed.len());
        let mut todo = Vec::new();
        for (job, path, key) in keyed {
            let unchanged = same_global
                && previous.jobs.get(&path) == Some(&key)
                && previous.outputs.contains_key(path.as_str());
            if !unchanged {
                todo.push(job);
            }
            jobs.insert(path, key);
        }
        planned.global = global;
        planned.jobs = jobs;
        planned.rendered = todo.len();
        todo
    }

    fn pages_rendered(&mut self, prepared: &Prepared<'_>) -> bool {
        let Some(planned) = self.planned.take() else {
            return true;
        };
        let (previous, site) = (self.previous, &self.loaded.site);
        let mut outputs = Outputs::clone(&previous.outputs);
        let mut report = Rebuilt {
            rendered: planned.rendered,
            pages: prepared.jobs.len(),
            entries: site.pages.len(),
            warnings: self.loaded.warnings.clone(),
            ..Rebuilt::default()
        };
        for file in self.sink.take() {
            let body = body_of(file.content);
            if outputs.get(file.path.as_str()) != Some(&body) {
                report.changed.push(file.path.clone());
                outputs.insert(file.path.into(), body);
            }
        }
        for path in previous.jobs.keys() {
            if !planned.jobs.contains_key(path) && outputs.remove(path.as_str()).is_some() {
                report.removed.push(path.clone());
            }
        }
        let pages_by_path = site
            .pages
            .iter()
            .zip(planned.pages)
            .map(|(p, r)| (p.entry.path.clone(), r))
            .collect();
        let mut next = Previous {
            settings: self.settings.key,
            global: planned.global,
            structure: planned.structure,
            pages: pages_by_path,
            related: prepared.values.related.clone(),
            related_key: planned.related_key,
            listings: prepared.listings.clone(),
            jobs: planned.jobs,
            site_files: previous.site_files.clone(),
            site_files_pending: None,
            outputs: Arc::new(outputs),
            extracted: previous.extracted.clone(),
        };
        report.pages_elapsed = self.started.elapsed();
        (self.pages_ready)(&next.outputs, &report);
        let deferred = (self.defer)();
        if deferred {
            next.site_files_pending = Some(self.pending.to_vec());
            report.site_files_deferred = true;
        }
        self.state = Some((next, report));
        !deferred
    }
}

/// Each page's key and summary, reusing the previous summary when the
/// page's own data and the site-wide values are unchanged.
fn page_records(
    site: &Site,
    record: &LoadRecord,
    previous: &Previous,
    same_settings: bool,
) -> Vec<PageRecord> {
    site.pages
        .par_iter()
        .map(|page| {
            let before = previous.pages.get(&page.entry.path);
            let content_hash = match before {
                Some(b) if Arc::ptr_eq(&b.content, &page.content) => b.content_hash,
                _ => fingerprint::of(&*page.content),
            };
            let key = page_key(page, site, record, content_hash);
            let summary = match before {
                Some(b) if same_settings && b.key == key => b.summary.clone(),
                _ => Value::from_serializable(&render::view::summary(site, page)),
            };
            PageRecord {
                key,
                content: page.content.clone(),
                content_hash,
                summary,
            }
        })
        .collect()
}

/// Hash of a page's own data: its file, place, resolved links (by file),
/// body, assets and derived values.
fn page_key(page: &Page, site: &Site, record: &LoadRecord, content_hash: u64) -> u64 {
    let links: Vec<&[u8]> = page
        .links
        .all()
        .map(|id| path_bytes(&site.pages[id].entry.path))
        .collect();
    fingerprint::of(&(
        path_bytes(&page.entry.path),
        record.text_hash(&page.entry.path),
        &page.slug,
        page.permalink.as_str(),
        &page.fields,
        links,
        content_hash,
        (&page.assets, &page.image_url, &page.file),
        &page.locality_today,
    ))
}

fn apply_site_files(
    next: &mut Previous,
    previous: &Previous,
    files: Vec<OutputFile>,
    touched: &[PathBuf],
    report: &mut Rebuilt,
) {
    let mut written = HashSet::with_capacity(files.len());
    let outputs = Arc::make_mut(&mut next.outputs);
    for file in files {
        let body = body_of(file.content);
        written.insert(file.path.clone());
        let copied_changed = matches!(&body, Body::Copy(src) if touched.contains(src));
        if copied_changed || outputs.get(file.path.as_str()) != Some(&body) {
            report.changed.push(file.path.clone());
            outputs.insert(file.path.into(), body);
        }
    }
    for path in previous.site_files.iter() {
        if !written.contains(path) && !next.jobs.contains_key(path) {
            outputs.remove(path.as_str());
            report.removed.push(path.clone());
        }
    }
    next.site_files = Arc::new(written);
}
