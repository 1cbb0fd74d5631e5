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

mod extracted;
mod in_place;
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
use crate::site::{Page, PageId, Site};
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
    /// The previous site was patched in place (entries edited where they
    /// stand, [`in_place`]), without a load.
    pub in_place: bool,
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
    /// Each page as last rendered, by page id.
    pages: Vec<PageRecord>,
    /// The page ids of `pages` by file.
    page_ids: Arc<HashMap<PathBuf, PageId>>,
    related: Arc<Vec<Vec<usize>>>,
    /// [`render::related::inputs_key`] of `related`.
    related_key: u64,
    listings: Arc<Vec<render::listing::Listing>>,
    /// Whether `jobs` passed the claims (false: the site-wide step was left
    /// to a later rebuild).
    jobs_claimed: bool,
    jobs: Jobs,
    /// Paths written by the site-wide step (feeds, sitemap, search, copies).
    site_files: Arc<HashSet<String>>,
    /// When the site-wide step was deferred: the paths touched since it last
    /// ran (copied files among them count as changed when it runs).
    site_files_pending: Option<Vec<PathBuf>>,
    /// Shared with whoever serves it (no copy per request or snapshot).
    outputs: Arc<Outputs>,
    /// Key of each feed's inputs, by its Atom file's path.
    feeds: Arc<HashMap<String, u64>>,
}

/// The jobs of a render in order, with their output paths (none: the job
/// makes no file) and the keys of their inputs.
#[derive(Default)]
struct Jobs {
    list: Vec<Job>,
    paths: Vec<Option<Arc<str>>>,
    keys: Vec<u64>,
}

impl Jobs {
    /// The output paths, to look up.
    fn path_set(&self) -> HashSet<&str> {
        self.paths.iter().flatten().map(|p| &**p).collect()
    }
}

/// One page as last rendered.
#[derive(Clone)]
struct PageRecord {
    /// Hash of the page's own data ([`page_keys`]).
    key: u64,
    /// Hash of what other pages show of it ([`page_keys`]).
    seen: u64,
    content: Arc<RenderedMarkdown>,
    content_hash: u64,
    summary: Arc<Value>,
    /// Its embed view, when known to be that of the previous build (none:
    /// to be made, also when the previous build made none).
    embed: Option<Option<Arc<render::embed::EmbedView>>>,
    /// Its share card as the last site-wide step made it (none: to be made).
    card: Option<Option<render::share_card::Card>>,
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
    /// The search index of the last site-wide step, patched by the next
    /// (it describes itself: which pages, which keys).
    search: Option<crate::search::Live>,
}

impl Session {
    pub fn new(opts: BuildOptions) -> Self {
        Session {
            opts,
            record: LoadRecord::new(),
            previous: None,
            loaded: None,
            cards: Mutex::default(),
            search: None,
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
                in_place::patch(loaded, fs, &self.record, touched)
            }
            _ => None,
        };
        let (loaded, settings, patched) = match patched {
            Some(Ok(ids)) => {
                let loaded = self
                    .loaded
                    .take()
                    .unwrap_or_else(|| unreachable!("patched"));
                let key = self.previous.as_ref().map_or(0, |p| p.settings);
                let settings = Settings {
                    key,
                    touched: false,
                };
                (loaded, settings, Some(ids))
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
                (loaded, settings, None)
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
                    patched: patched.as_deref(),
                    template_keys: &template_keys,
                    previous: &previous,
                    sink: &sink,
                    pending: &pending,
                    cards: &self.cards,
                    search: &mut self.search,
                    kept: Vec::new(),
                    claimed_jobs: false,
                    started,
                    pages_ready,
                    defer,
                    planned: None,
                    state: None,
                    shown_first: None,
                };
                build::render_with(&loaded, fs, &mut changes, &sink)?;
                Ok(changes.state.map(|state| (state, changes.kept)))
            });
        match rendered {
            Ok(Some(((mut next, mut report), kept))) => {
                if !report.site_files_deferred {
                    let files = sink.take();
                    apply_site_files(&mut next, &previous, files, &kept, &pending, &mut report);
                    next.jobs_claimed = true;
                }
                report.changed.sort();
                report.changed.dedup();
                report.removed.sort();
                report.in_place = patched.is_some();
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
        lock(&self.files).push(file);
        Ok(())
    }
}

impl Collect {
    /// The files collected so far (the collection starts again empty).
    fn take(&self) -> Vec<OutputFile> {
        std::mem::take(&mut *lock(&self.files))
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
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
    /// The pages edited in place, when nothing else changed (the previous
    /// site patched, [`in_place`]: the same files at the same page ids, with
    /// the same URLs, references and assets).
    patched: Option<&'a [PageId]>,
    template_keys: &'a HashMap<String, u64>,
    previous: &'a Previous,
    /// Where the render puts its files: the pages, then the site-wide files.
    sink: &'a Collect,
    /// Paths touched since the site-wide files were last made.
    pending: &'a [PathBuf],
    /// Share cards drawn into memory by earlier rebuilds.
    cards: &'a Mutex<render::share_card::Kept>,
    search: &'a mut Option<crate::search::Live>,
    /// Site-wide files left as they were served (not written again).
    kept: Vec<String>,
    /// This render's jobs are those of a build whose claims passed.
    claimed_jobs: bool,
    started: Instant,
    pages_ready: &'a mut dyn FnMut(&Arc<Outputs>, &Rebuilt),
    defer: &'a dyn Fn() -> bool,
    /// Filled in before the pages are rendered.
    planned: Option<Planned>,
    /// The next state and the report, once the pages are rendered.
    state: Option<(Previous, Rebuilt)>,
    /// The edited entries' own pages, when already served.
    shown_first: Option<ShownFirst>,
}

/// What [`Changes`] learns before the pages are rendered.
struct Planned {
    pages: Vec<PageRecord>,
    structure: u64,
    related_key: u64,
    global: u64,
    jobs: Jobs,
    /// `jobs` are those of the previous build with the same output paths.
    same_jobs: bool,
    /// Each page is the file it was in the previous build, id for id.
    same_files: bool,
    rendered: usize,
}

/// The edited entries' own pages, rendered and served before the others
/// ([`Changes::show_first`]).
#[derive(Default)]
struct ShownFirst {
    jobs: Vec<Job>,
    /// The outputs as then served.
    outputs: Arc<Outputs>,
    /// The paths they changed.
    changed: Vec<String>,
}

impl Changes<'_> {
    fn same_settings(&self) -> bool {
        !self.settings.touched && self.settings.key == self.previous.settings
    }

    /// After an edit in place (`ids`: the entries edited, at the same page
    /// ids): render the entries' own pages — page, backdrop, embeddable
    /// card — and serve them at once, before the lists, the honour roll and
    /// the other pages showing the entries are worked out and rendered. An
    /// entry's own pages show its record, links, referrers and related
    /// exemplars (`render::deps`), never a list, so `shared` may carry the
    /// previous lists. A template error leaves them to the whole render,
    /// which reports it.
    fn show_first(&mut self, site: &Site, ids: &[PageId], shared: Shared) -> Option<ShownFirst> {
        let prepared = render::prepare(site, &self.loaded.theme, shared);
        let jobs: Vec<Job> = prepared
            .jobs
            .iter()
            .filter(|job| match job {
                Job::Entry(id) | Job::Backdrop(id) | Job::Embed(id) => ids.contains(id),
                _ => false,
            })
            .filter(|job| prepared.output_path(job).is_some())
            .cloned()
            .collect();
        let sink = Collect::default();
        prepared.render_jobs(jobs.par_iter(), &sink).ok()?;
        let mut outputs = Outputs::clone(&self.previous.outputs);
        let report = Rebuilt {
            changed: put_pages(&mut outputs, sink.take()),
            rendered: jobs.len(),
            pages: prepared.jobs.len(),
            entries: site.pages.len(),
            warnings: self.loaded.warnings.clone(),
            pages_elapsed: self.started.elapsed(),
            ..Rebuilt::default()
        };
        let outputs = Arc::new(outputs);
        (self.pages_ready)(&outputs, &report);
        Some(ShownFirst {
            jobs,
            outputs,
            changed: report.changed,
        })
    }
}

impl build::RenderReuse for Changes<'_> {
    /// The same jobs as a build whose claims passed: only the site-wide
    /// files are claimed (against the jobs' paths).
    fn claim(
        &mut self,
        prepared: &Prepared<'_>,
        files: &mut Vec<OutputFile>,
        streamed: &[String],
    ) -> Result<(), render::RenderFailure> {
        match self.state.as_ref() {
            Some((next, _)) if self.claimed_jobs => {
                prepared.claim_site_files(files, streamed, &next.jobs.path_set())
            }
            _ => prepared.claim_outputs(files, streamed),
        }
    }

    /// Feeds whose inputs (title, entries by page key, site-wide values)
    /// are those of the files already served are not written again.
    fn feeds(
        &mut self,
        site: &Site,
        sink: &dyn crate::output::OutputSink,
    ) -> anyhow::Result<Vec<String>> {
        let reuse = !self.settings.touched;
        let settings = self.settings.key;
        let earlier = self.previous.feeds.clone();
        let Some((next, _)) = self.state.as_mut() else {
            return render::feeds::write(site, sink);
        };
        // A feed's key is recorded only by a site-wide step that wrote or
        // kept it, so an equal key means its files are served.
        let pages = &next.pages;
        let keys: Mutex<HashMap<String, u64>> = Mutex::default();
        let kept: Mutex<Vec<String>> = Mutex::default();
        let unchanged = |feed: &render::feeds::FeedInputs<'_>| {
            let items: Vec<u64> = feed
                .ids
                .iter()
                .map(|&id| pages.get(id).map_or(0, |p| p.key))
                .collect();
            let key = fingerprint::of(&(settings, &feed.paths, feed.title, items));
            let atom = &feed.paths[0];
            let same = reuse && earlier.get(atom) == Some(&key);
            lock(&keys).insert(atom.clone(), key);
            if same {
                lock(&kept).extend(feed.paths.iter().cloned());
            }
            same
        };
        let paths = render::feeds::write_changed(site, sink, &unchanged)?;
        next.feeds = Arc::new(keys.into_inner().unwrap_or_else(|e| e.into_inner()));
        self.kept = kept.into_inner().unwrap_or_else(|e| e.into_inner());
        Ok(paths)
    }

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
                // The records are this render's, by page id.
                let keys: Vec<u64> = next.pages.iter().map(|r| r.key).collect();
                extracted::index_files(site, self.search, settings, &keys, reuse)
            }
        };
        build::write_streamed(files, sink)
    }

    /// Each page's card as the last site-wide step made it, when the page's
    /// data and the site-wide values are the same and its portrait was not
    /// touched since.
    fn cards(&mut self, site: &Site, fs: &dyn SourceFs) -> Vec<render::share_card::Card> {
        let Some((next, _)) = self.state.as_mut() else {
            return render::share_card::cards(site, fs);
        };
        let touched: HashSet<&Path> = self.pending.iter().map(PathBuf::as_path).collect();
        let records = &next.pages;
        let known = |id: PageId| {
            let card = records.get(id)?.card.clone()?;
            let portrait = card.as_ref().and_then(|c| c.portrait.as_ref());
            match portrait {
                Some((path, _)) if touched.contains(path.as_path()) => None,
                _ => Some(card),
            }
        };
        let (cards, by_page) = render::share_card::cards_with(site, fs, &known);
        for (record, card) in next.pages.iter_mut().zip(by_page) {
            record.card = Some(card);
        }
        cards
    }

    fn share_cards(
        &mut self,
        cards: &[render::share_card::Card],
        fs: &dyn SourceFs,
    ) -> render::share_card::CardFiles {
        let mut kept = lock(self.cards);
        render::share_card::files_for_serve(cards, fs, &mut kept)
    }

    fn shared(&mut self, site: &Site, collator: &VietnameseCollator) -> Shared {
        let (previous, record) = (self.previous, self.record);
        let same_settings = self.same_settings();
        let pages = page_records(site, record, previous, same_settings, self.patched);
        // Computed by the last load for its taxonomies; a body-only patch
        // leaves it as it was.
        let structure = record.structure().unwrap_or_else(|| {
            record::structure_key(&site.pages, &site.config, &site.publish, record)
        });
        let related_key = render::related::inputs_key(site);
        let same_structure = same_settings && structure == previous.structure;
        let same_files = self.patched.is_some()
            || (previous.page_ids.len() == site.pages.len()
                && site
                    .pages
                    .iter()
                    .enumerate()
                    .all(|(id, p)| previous.page_ids.get(&p.entry.path) == Some(&id)));
        let embeds = self
            .loaded
            .theme
            .has_template("embed.html")
            .then(|| render::embed::views_with(site, &|id| pages[id].embed.clone()));
        let summaries: Vec<Arc<Value>> = pages.iter().map(|p| p.summary.clone()).collect();
        let related = if same_settings && related_key == previous.related_key {
            previous.related.clone()
        } else {
            Arc::new(render::related::related_exemplars(site))
        };
        if let Some(ids) = self.patched {
            // The lists an entry's own pages do not show: the previous ones.
            let own = Shared {
                summaries: summaries.clone(),
                related: related.clone(),
                listings: previous.listings.clone(),
                embeds: embeds.clone(),
            };
            self.shown_first = self.show_first(site, ids, own);
        }
        let shared = Shared {
            summaries,
            related,
            listings: if same_structure {
                previous.listings.clone()
            } else {
                Arc::new(render::listing::all(site, collator))
            },
            embeds,
        };
        self.planned = Some(Planned {
            pages,
            structure,
            related_key,
            global: 0,
            jobs: Jobs::default(),
            same_jobs: false,
            same_files,
            rendered: 0,
        });
        shared
    }

    fn to_render<'p>(&mut self, prepared: &'p Prepared<'_>) -> Vec<&'p Job> {
        let previous = self.previous;
        let same_settings = self.same_settings();
        let Some(planned) = self.planned.as_mut() else {
            return prepared.jobs.iter().collect();
        };
        let pages = &planned.pages;
        let global = fingerprint::of(&(self.settings.key, prepared.base_key));
        let same_global = !self.settings.touched && global == previous.global;
        // What the site-wide pages show of each page: not its body.
        let site_key = fingerprint::of(&(
            planned.structure,
            pages.iter().map(|p| p.seen).collect::<Vec<_>>(),
        ));
        // The same jobs over the same structure make the same files; over
        // another (a front-matter edit), the same jobs of the same files
        // may still make them, which their paths then show.
        let same_list = same_settings && planned.same_files && previous.jobs.list == prepared.jobs;
        let same_structure = planned.structure == previous.structure;
        let paths: Vec<Option<Arc<str>>> = if same_list && same_structure {
            previous.jobs.paths.clone()
        } else {
            prepared
                .jobs
                .par_iter()
                .map(|job| prepared.output_path(job).map(Arc::from))
                .collect()
        };
        let same_jobs = same_list && (same_structure || paths == previous.jobs.paths);
        let template_keys = self.template_keys;
        let keys: Vec<u64> = prepared
            .jobs
            .par_iter()
            .map(|job| {
                let template = template_keys.get(prepared.template_of(job)).copied();
                match prepared.inputs(job) {
                    JobInputs::Pages { pages: ids, shape } => {
                        // An entry's own pages show all of it, the others
                        // what a page shows of another.
                        let own = matches!(job, Job::Entry(_) | Job::Backdrop(_) | Job::Embed(_));
                        let keyed: Vec<u64> = ids
                            .iter()
                            .enumerate()
                            .map(|(n, id)| {
                                let p = &pages[*id];
                                if own && n == 0 { p.key } else { p.seen }
                            })
                            .collect();
                        fingerprint::of(&(global, template, shape, keyed))
                    }
                    JobInputs::Shown(shown) => fingerprint::of(&(global, template, shown)),
                    JobInputs::Site => fingerprint::of(&(global, template, site_key)),
                }
            })
            .collect();
        let earlier: Option<HashMap<&str, u64>> = (!same_jobs).then(|| {
            let paths = previous.jobs.paths.iter();
            paths
                .zip(&previous.jobs.keys)
                .filter_map(|(p, k)| Some((&**p.as_ref()?, *k)))
                .collect()
        });
        let mut todo = Vec::new();
        let shown: &[Job] = self.shown_first.as_ref().map_or(&[], |s| &s.jobs);
        for (i, job) in prepared.jobs.iter().enumerate() {
            let Some(path) = &paths[i] else { continue };
            let unchanged = same_global
                && match &earlier {
                    None => previous.jobs.keys[i] == keys[i],
                    Some(earlier) => {
                        earlier.get(&**path) == Some(&keys[i])
                            && previous.outputs.contains_key(&**path)
                    }
                };
            if !unchanged && !shown.contains(job) {
                todo.push(job);
            }
        }
        planned.global = global;
        planned.jobs = Jobs {
            list: prepared.jobs.clone(),
            paths,
            keys,
        };
        planned.same_jobs = same_jobs;
        self.claimed_jobs = same_jobs && previous.jobs_claimed;
        planned.rendered = todo.len() + shown.len();
        todo
    }

    fn pages_rendered(&mut self, prepared: &Prepared<'_>) -> bool {
        let Some(mut planned) = self.planned.take() else {
            return true;
        };
        let (previous, site) = (self.previous, &self.loaded.site);
        let (mut outputs, shown) = match self.shown_first.take() {
            // Shared with the server since: copied.
            Some(first) => (Outputs::clone(&first.outputs), first),
            None => (Outputs::clone(&previous.outputs), ShownFirst::default()),
        };
        let mut report = Rebuilt {
            changed: put_pages(&mut outputs, self.sink.take()),
            rendered: planned.rendered - shown.jobs.len(),
            pages: prepared.jobs.len(),
            entries: site.pages.len(),
            warnings: self.loaded.warnings.clone(),
            ..Rebuilt::default()
        };
        if !planned.same_jobs {
            let now = planned.jobs.path_set();
            for path in previous.jobs.paths.iter().flatten() {
                if !now.contains(&**path) && outputs.remove(&**path).is_some() {
                    report.removed.push(path.to_string());
                }
            }
        }
        // Without `embed.html` the views are all none, which says nothing
        // of a later theme that has it.
        let embeds_made = self.loaded.theme.has_template("embed.html");
        for (record, view) in planned.pages.iter_mut().zip(&prepared.embeds.views) {
            record.embed = embeds_made.then(|| view.clone());
        }
        let page_ids = if planned.same_files {
            previous.page_ids.clone()
        } else {
            let ids = site.pages.iter().enumerate();
            Arc::new(ids.map(|(id, p)| (p.entry.path.clone(), id)).collect())
        };
        let mut next = Previous {
            settings: self.settings.key,
            global: planned.global,
            structure: planned.structure,
            pages: planned.pages,
            page_ids,
            related: prepared.values.related.clone(),
            related_key: planned.related_key,
            listings: prepared.listings.clone(),
            jobs_claimed: false,
            jobs: planned.jobs,
            site_files: previous.site_files.clone(),
            site_files_pending: None,
            outputs: Arc::new(outputs),
            feeds: previous.feeds.clone(),
        };
        report.pages_elapsed = self.started.elapsed();
        (self.pages_ready)(&next.outputs, &report);
        // The whole rebuild's report counts the pages shown first too.
        report.rendered = planned.rendered;
        report.changed.extend(shown.changed);
        let deferred = (self.defer)();
        if deferred {
            next.site_files_pending = Some(self.pending.to_vec());
            report.site_files_deferred = true;
        }
        self.state = Some((next, report));
        !deferred
    }
}

/// Put rendered pages into `outputs`; the paths whose content changed.
fn put_pages(outputs: &mut Outputs, files: Vec<OutputFile>) -> Vec<String> {
    let mut changed = Vec::new();
    for file in files {
        let body = body_of(file.content);
        if outputs.get(file.path.as_str()) != Some(&body) {
            changed.push(file.path.clone());
            outputs.insert(file.path.into(), body);
        }
    }
    changed
}

/// Each page's record, reusing the previous summary and embed view when the
/// page's own data and the site-wide values are unchanged. After a
/// body-only patch (`patched`) the other pages are those of the previous
/// build, id for id, and their records are carried over as they are.
fn page_records(
    site: &Site,
    record: &LoadRecord,
    previous: &Previous,
    same_settings: bool,
    patched: Option<&[PageId]>,
) -> Vec<PageRecord> {
    if let Some(ids) = patched.filter(|_| previous.pages.len() == site.pages.len()) {
        let mut pages = previous.pages.clone();
        for &id in ids {
            let page = &site.pages[id];
            pages[id] = page_record(site, record, page, Some(&previous.pages[id]), same_settings);
        }
        return pages;
    }
    site.pages
        .par_iter()
        .map(|page| {
            let before = previous.page_ids.get(&page.entry.path);
            let before = before.and_then(|&id| previous.pages.get(id));
            page_record(site, record, page, before, same_settings)
        })
        .collect()
}

fn page_record(
    site: &Site,
    record: &LoadRecord,
    page: &Page,
    before: Option<&PageRecord>,
    same_settings: bool,
) -> PageRecord {
    let content_hash = match before {
        Some(b) if Arc::ptr_eq(&b.content, &page.content) => b.content_hash,
        _ => fingerprint::of(&*page.content),
    };
    let (key, seen) = page_keys(page, site, record, content_hash);
    let carried = before.filter(|b| same_settings && b.key == key);
    PageRecord {
        key,
        seen,
        content: page.content.clone(),
        content_hash,
        summary: match carried {
            Some(b) => b.summary.clone(),
            None => Arc::new(Value::from_serializable(&render::view::summary(site, page))),
        },
        embed: carried.and_then(|b| b.embed.clone()),
        card: carried.and_then(|b| b.card.clone()),
    }
}

/// Two hashes of a page: what other pages show of it (`seen`: its file,
/// front matter, place, resolved links (by file), assets, derived values
/// and the summary its body gives, not the rest of its body) and all of
/// its own data (`key`: `seen`, its text and its rendered body). Lists,
/// the home page and the other site-wide pages show pages by their
/// summaries, so editing a body below its first paragraph re-renders only
/// the page's own outputs.
fn page_keys(page: &Page, site: &Site, record: &LoadRecord, content_hash: u64) -> (u64, u64) {
    let links: Vec<&[u8]> = page
        .links
        .all()
        .map(|id| path_bytes(&site.pages[id].entry.path))
        .collect();
    let path = &page.entry.path;
    let seen = fingerprint::of(&(
        path_bytes(path),
        record.front_hash(path),
        &page.slug,
        page.permalink.as_str(),
        &page.fields,
        links,
        &page.content.summary,
        (&page.assets, &page.image_url, &page.file),
        &page.locality_today,
    ));
    let key = fingerprint::of(&(seen, record.text_hash(path), content_hash));
    (key, seen)
}

/// `kept`: site-wide files still as served (not written this time).
fn apply_site_files(
    next: &mut Previous,
    previous: &Previous,
    files: Vec<OutputFile>,
    kept: &[String],
    touched: &[PathBuf],
    report: &mut Rebuilt,
) {
    let mut written: HashSet<String> = HashSet::with_capacity(files.len() + kept.len());
    written.extend(kept.iter().cloned());
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
    let mut job_paths: Option<HashSet<&str>> = None;
    for path in previous.site_files.iter() {
        if written.contains(path) {
            continue;
        }
        let job_paths = job_paths.get_or_insert_with(|| next.jobs.path_set());
        if !job_paths.contains(path.as_str()) {
            outputs.remove(path.as_str());
            report.removed.push(path.clone());
        }
    }
    next.site_files = Arc::new(written);
}
