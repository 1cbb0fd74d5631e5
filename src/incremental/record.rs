//! The dependency record of the load stage: what each parsed file, each
//! rendered Markdown body and the taxonomies were computed from, so a later
//! load redoes only what changed. A plain `build` passes no record and
//! computes everything.
//!
//! Every cached value is stored with a key that hashes *all* of its inputs;
//! a cached value is used only when the key computed now is equal.

use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::markdown::RenderedMarkdown;
use crate::model::Entry;
use crate::site::{Page, Publish, Taxonomy};
use crate::source::SourceFs;

/// A 64-bit hash of anything hashable, stable within one process.
pub fn hash_of(value: &impl Hash) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    value.hash(&mut h);
    h.finish()
}

/// A path as bytes: hashing these is much faster than hashing a `Path`
/// (which walks its components).
pub fn path_bytes(path: &Path) -> &[u8] {
    path.as_os_str().as_encoded_bytes()
}

/// One entry file as last parsed.
#[derive(Debug, Clone)]
pub struct ParsedFile {
    /// [`crate::source::SourceFs::stamp`] when it was read.
    pub stamp: Option<u128>,
    /// Hash of the whole normalised text.
    pub text: u64,
    /// Hash of the front matter (everything before the body).
    pub front: u64,
    pub entry: Option<Arc<Entry>>,
    pub diagnostics: Vec<Diagnostic>,
    /// What the file claims when it could not be read as an entry.
    pub claim: Option<crate::model::Claim>,
}

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
    pub fn content_files(&self, fs: &dyn SourceFs) -> std::io::Result<Vec<PathBuf>> {
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
    pub fn parsed(&self, path: &Path, stamp: Option<u128>) -> Option<ParsedFile> {
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
    pub fn retain_files(&self, present: &HashSet<&Path>) {
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

    pub fn set_markdown_context(&self, key: u64) {
        *lock(&self.markdown_context) = Some(key);
    }

    pub fn markdown_context(&self) -> Option<u64> {
        *lock(&self.markdown_context)
    }

    /// The parse diagnostics of `path` as last recorded.
    pub fn parse_diagnostics(&self, path: &Path) -> Option<Vec<Diagnostic>> {
        lock(&self.parsed).get(path).map(|p| p.diagnostics.clone())
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
        let key = hash_of(&(context, &entry.body, entry.body_line, &entry.bundle));
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
    pub fn bodies(
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
    pub fn taxonomies(&self, key: u64, build: impl FnOnce() -> Vec<Taxonomy>) -> Vec<Taxonomy> {
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
    let mut h = std::collections::hash_map::DefaultHasher::new();
    format!("{config:?}{publish:?}").hash(&mut h);
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
