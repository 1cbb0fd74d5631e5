//! The dependency record of the load stage: what each parsed file, each
//! rendered Markdown body and the taxonomies were computed from, so a later
//! load redoes only what changed. It is the load's cache
//! ([`LoadCache`], [`site::Reuse`]); a plain `build` passes
//! [`crate::build::NoCache`] and computes everything.
//!
//! Every cached value is stored with a key that hashes *all* of its inputs;
//! a cached value is used only when the key computed now is equal.

use std::collections::{HashMap, HashSet};
use std::hash::Hash;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

use crate::build::{LoadCache, ParsedFile};
use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::fingerprint::{self, path_bytes};
use crate::markdown::RenderedMarkdown;
use crate::model::Entry;
use crate::site::{self, Page, Publish, Taxonomy};
use crate::source::SourceFs;

/// A rendered body and the key of everything it was rendered from.
#[derive(Debug, Clone)]
struct RenderedBody {
    /// The entry it was rendered from (kept, so that a pointer comparison
    /// can tell an unchanged entry without hashing its body).
    entry: Arc<Entry>,
    context: u64,
    key: u64,
    content: Arc<RenderedMarkdown>,
    problems: Vec<Diagnostic>,
}

/// What the previous load computed, keyed by its inputs.
#[derive(Debug, Default)]
pub struct LoadRecord {
    parsed: Mutex<HashMap<PathBuf, ParsedFile>>,
    markdown: Mutex<HashMap<PathBuf, RenderedBody>>,
    taxonomies: Mutex<Option<(u64, Vec<Taxonomy>)>>,
    /// The key of what bodies were last rendered with besides themselves.
    markdown_context: Mutex<Option<u64>>,
    /// Paths reported changed by the watcher: re-read even if the stamp
    /// looks the same (coarse file-system clocks).
    touched: Mutex<HashSet<PathBuf>>,
    /// The files under `content/`, kept up to date from the touched paths.
    content_files: Mutex<Option<Vec<PathBuf>>>,
}

/// A touched path that stands for "anything may have changed" (the watcher
/// lost events): everything is listed and stamped again.
pub const EVERYTHING: &str = "";

/// More touched paths than this in one batch (a `git checkout`): list
/// `content/` again rather than patch the list.
const RELIST_AFTER: usize = 200;

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl LoadRecord {
    pub fn new() -> Self {
        Self::default()
    }

    /// Forget what was recorded for these paths.
    pub fn touch(&self, paths: impl IntoIterator<Item = PathBuf>) {
        let mut touched = lock(&self.touched);
        touched.extend(paths);
        if touched.len() > RELIST_AFTER || touched.contains(Path::new(EVERYTHING)) {
            *lock(&self.content_files) = None;
            lock(&self.parsed).clear();
        }
    }

    /// The files under `content/` (sorted, as [`SourceFs::list`] gives them):
    /// the previous list patched with the touched paths, or a fresh listing.
    fn listed_content(&self, fs: &dyn SourceFs) -> std::io::Result<Vec<PathBuf>> {
        let content = Path::new("content");
        let mut cached = lock(&self.content_files);
        let Some(files) = cached.as_mut() else {
            let files = fs.list(content)?;
            *cached = Some(files.clone());
            return Ok(files);
        };
        for path in lock(&self.touched)
            .iter()
            .filter(|p| p.starts_with(content))
        {
            // A file, or a folder (created, renamed or deleted).
            files.retain(|f| !f.starts_with(path));
            let now: Vec<PathBuf> = if fs.is_file(path) {
                vec![path.clone()]
            } else {
                fs.list(path)?
            };
            for file in now {
                if let Err(at) = files.binary_search(&file) {
                    files.insert(at, file);
                }
            }
        }
        Ok(files.clone())
    }

    /// The recorded parse of `path` if its stamp is still `stamp`.
    fn recorded_parse(&self, path: &Path, stamp: Option<u128>) -> Option<ParsedFile> {
        if stamp.is_none() || lock(&self.touched).contains(path) {
            return None;
        }
        lock(&self.parsed)
            .get(path)
            .filter(|p| p.stamp == stamp)
            .cloned()
    }

    pub fn store_parsed(&self, path: PathBuf, parsed: ParsedFile) {
        lock(&self.parsed).insert(path, parsed);
    }

    /// After a load: forget files that are gone and clear the touched set.
    fn retain_files(&self, present: &HashSet<&Path>) {
        lock(&self.parsed).retain(|p, _| present.contains(p.as_path()));
        lock(&self.markdown).retain(|p, _| present.contains(p.as_path()));
        lock(&self.touched).clear();
    }

    /// Hash of the front matter of `path` as last parsed.
    pub fn front_hash(&self, path: &Path) -> Option<u64> {
        lock(&self.parsed).get(path).map(|p| p.front)
    }

    /// Hash of the whole text of `path` as last parsed.
    pub fn text_hash(&self, path: &Path) -> Option<u64> {
        lock(&self.parsed).get(path).map(|p| p.text)
    }

    fn set_markdown_context(&self, key: u64) {
        *lock(&self.markdown_context) = Some(key);
    }

    pub fn markdown_context(&self) -> Option<u64> {
        *lock(&self.markdown_context)
    }

    /// The parse diagnostics of `path` as last recorded.
    pub fn parse_diagnostics(&self, path: &Path) -> Option<Vec<Diagnostic>> {
        lock(&self.parsed).get(path).map(|p| p.diagnostics.clone())
    }

    /// The problems found in the body of `path` as last rendered.
    pub fn body_problems(&self, path: &Path) -> Vec<Diagnostic> {
        lock(&self.markdown)
            .get(path)
            .map(|b| b.problems.clone())
            .unwrap_or_default()
    }

    /// Stop treating `path` as touched (it was just re-read).
    pub fn untouch(&self, path: &Path) {
        lock(&self.touched).remove(path);
    }

    /// The body of `entry` rendered in context `context` (see
    /// [`Self::markdown_context`]), rendering it with `render` if the record
    /// has no such body.
    pub fn markdown(
        &self,
        entry: &Arc<Entry>,
        context: u64,
        render: impl FnOnce() -> (RenderedMarkdown, Vec<Diagnostic>),
    ) -> (Arc<RenderedMarkdown>, Vec<Diagnostic>) {
        let path = entry.path.as_path();
        if let Some(found) = lock(&self.markdown)
            .get(path)
            .filter(|b| b.context == context && Arc::ptr_eq(&b.entry, entry))
        {
            return (found.content.clone(), found.problems.clone());
        }
        let key = fingerprint::of(&(context, &entry.body, entry.body_line, &entry.bundle));
        if let Some(found) = lock(&self.markdown).get_mut(path).filter(|b| b.key == key) {
            // Same body in a re-read entry: remember the new entry.
            found.entry = entry.clone();
            found.context = context;
            return (found.content.clone(), found.problems.clone());
        }
        let (content, problems) = render();
        let content = Arc::new(content);
        lock(&self.markdown).insert(
            path.to_path_buf(),
            RenderedBody {
                entry: entry.clone(),
                context,
                key,
                content: content.clone(),
                problems: problems.clone(),
            },
        );
        (content, problems)
    }

    /// [`Self::markdown`] for many entries at once: one look-up pass under
    /// one lock, then the bodies that changed rendered in parallel (`render`
    /// gets the index into `entries`).
    fn bodies_in(
        &self,
        entries: &[&Arc<Entry>],
        context: u64,
        render: &(dyn Fn(usize) -> (RenderedMarkdown, Vec<Diagnostic>) + Sync),
    ) -> Vec<(Arc<RenderedMarkdown>, Vec<Diagnostic>)> {
        use rayon::prelude::*;
        let known: Vec<Option<(Arc<RenderedMarkdown>, Vec<Diagnostic>)>> = {
            let map = lock(&self.markdown);
            entries
                .iter()
                .map(|e| {
                    map.get(e.path.as_path())
                        .filter(|b| b.context == context && Arc::ptr_eq(&b.entry, e))
                        .map(|b| (b.content.clone(), b.problems.clone()))
                })
                .collect()
        };
        known
            .into_par_iter()
            .enumerate()
            .map(|(i, found)| match found {
                Some(found) => found,
                None => self.markdown(entries[i], context, || render(i)),
            })
            .collect()
    }

    /// The structure key of the last load (see [`structure_key`]).
    pub fn structure(&self) -> Option<u64> {
        lock(&self.taxonomies).as_ref().map(|(key, _)| *key)
    }

    /// The taxonomies for structure `key`, building them with `build` if the
    /// record has none for it.
    fn taxonomies_for(&self, key: u64, build: &dyn Fn() -> Vec<Taxonomy>) -> Vec<Taxonomy> {
        let mut slot = lock(&self.taxonomies);
        if let Some((k, t)) = slot.as_ref()
            && *k == key
        {
            return t.clone();
        }
        let built = build();
        *slot = Some((key, built.clone()));
        built
    }
}

/// Hash of everything lists, taxonomies and related pages are computed
/// from: each page's file, front matter, place and resolved fields, plus the
/// configuration and build date. A body edit leaves it unchanged.
pub fn structure_key(
    pages: &[Page],
    config: &Config,
    publish: &Publish,
    record: &LoadRecord,
) -> u64 {
    let parsed = lock(&record.parsed);
    let mut h = fingerprint::Hasher::new();
    (config, publish).hash(&mut h);
    for page in pages {
        path_bytes(&page.entry.path).hash(&mut h);
        parsed.get(&page.entry.path).map(|p| p.front).hash(&mut h);
        page.slug.hash(&mut h);
        page.permalink.as_str().hash(&mut h);
        page.fields.hash(&mut h);
        page.locality_today.hash(&mut h);
    }
    h.finish()
}

impl site::Reuse for LoadRecord {
    fn bodies(
        &self,
        entries: &[&Arc<Entry>],
        context: &dyn Fn() -> u64,
        render: &(dyn Fn(usize) -> (RenderedMarkdown, Vec<Diagnostic>) + Sync),
    ) -> Vec<site::Body> {
        let context = context();
        self.set_markdown_context(context);
        self.bodies_in(entries, context, render)
    }

    fn taxonomies(
        &self,
        pages: &[Page],
        config: &Config,
        publish: &Publish,
        build: &dyn Fn() -> Vec<Taxonomy>,
    ) -> Vec<Taxonomy> {
        self.taxonomies_for(structure_key(pages, config, publish, self), build)
    }
}

impl LoadCache for LoadRecord {
    fn content_files(&self, fs: &dyn SourceFs) -> std::io::Result<Vec<PathBuf>> {
        self.listed_content(fs)
    }

    fn parsed(
        &self,
        fs: &dyn SourceFs,
        path: &Path,
        parse: &dyn Fn(Option<u128>) -> ParsedFile,
    ) -> ParsedFile {
        let stamp = fs.stamp(path);
        self.recorded_parse(path, stamp).unwrap_or_else(|| {
            let parsed = parse(stamp);
            self.store_parsed(path.to_path_buf(), parsed.clone());
            parsed
        })
    }

    fn entry_files(&self, present: &HashSet<&Path>) {
        self.retain_files(present);
    }
}
