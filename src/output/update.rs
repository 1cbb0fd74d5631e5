//! Updating an existing output in place. When the output folder is thidua's,
//! has a manifest ([`super::manifest`]) and no unfinished update, a build
//! stages only the files whose content changed, then (only once the whole
//! build succeeded) moves them in one by one, each replacing its old version
//! in one rename, and removes the files the site no longer has. Files whose
//! content is the same are never touched.
//!
//! While files are moved in, a journal file marks the output as being
//! updated; a build that finds it (this one was killed mid-way) does not
//! trust the manifest and rebuilds the output from empty, swapping it in
//! whole. A failed build leaves the output as it was: nothing is moved
//! before every file is rendered and staged.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

use super::manifest::{self, Manifest, Record};

/// The journal's name inside the output folder while files are moved in.
pub const JOURNAL: &str = ".thidua-updating";

/// What the previous output holds, read before the build renders anything.
#[derive(Debug, Default)]
pub struct Previous {
    /// Files whose size and modification time on disk are what the manifest
    /// says: their content is the recorded one.
    pub trusted: Manifest,
    /// Every file in the output (relative, forward slashes), trusted or not,
    /// but not the marker, manifest or journal.
    pub present: HashSet<String>,
    /// How many files the manifest lists.
    pub recorded: usize,
}

/// Whether the output in `target` is exactly what `recorded` (its manifest,
/// already read) says: every file listed is there with its recorded size
/// and time, and nothing else.
pub fn intact(target: &Path, recorded: Manifest) -> bool {
    super::is_marked(target)
        && fs::symlink_metadata(target.join(JOURNAL)).is_err()
        && previous_from(target, recorded)
            .is_some_and(|p| p.trusted.len() == p.recorded && p.present.len() == p.recorded)
}

/// The previous output of `target`, if it can be updated in place: it has a
/// manifest this version reads and no journal of an unfinished update.
pub fn previous(target: &Path) -> Option<Previous> {
    if fs::symlink_metadata(target.join(JOURNAL)).is_ok() {
        return None;
    }
    previous_from(target, manifest::read(target)?)
}

/// [`previous`] with the manifest given: the files in `target` checked
/// against it.
fn previous_from(target: &Path, recorded: Manifest) -> Option<Previous> {
    let mut prev = Previous {
        recorded: recorded.len(),
        ..Previous::default()
    };
    for entry in walkdir::WalkDir::new(target).min_depth(1) {
        let entry = entry.ok()?;
        if entry.file_type().is_dir() {
            continue;
        }
        let rel = relative(target, entry.path())?;
        if entry.depth() == 1 && is_bookkeeping(&rel) {
            continue;
        }
        if entry.file_type().is_file()
            && let Some(r) = recorded.get(&rel)
            && let Ok(meta) = entry.metadata()
            && r.size == meta.len()
            && r.mtime == manifest::mtime(&meta)
        {
            prev.trusted.insert(rel.clone(), *r);
        }
        prev.present.insert(rel);
    }
    Some(prev)
}

/// The marker, manifest and journal: thidua's own files, never outputs.
fn is_bookkeeping(name: &str) -> bool {
    [super::MARKER, manifest::FILE, JOURNAL].contains(&name)
}

fn relative(base: &Path, path: &Path) -> Option<String> {
    let rel = path.strip_prefix(base).ok()?;
    let parts: Option<Vec<&str>> = rel.components().map(|c| c.as_os_str().to_str()).collect();
    Some(parts?.join("/"))
}

/// One file of this build: its record and whether it was staged (its
/// content changed) or is already in place.
#[derive(Debug, Clone)]
pub struct Written {
    pub record: Record,
    pub staged: bool,
}

/// Puts the staged files of an update into `target`, removes the files the
/// site no longer has and writes the new manifest. The journal is written
/// first and removed last.
pub fn apply(
    target: &Path,
    staging: &Path,
    previous: &Previous,
    written: &HashMap<String, Written>,
) -> std::io::Result<()> {
    let journal = target.join(JOURNAL);
    fs::write(&journal, b"thidua is updating this folder\n")?;
    // Stale files go first: a page that became a folder (or the reverse)
    // then finds its place free.
    let mut emptied: HashSet<PathBuf> = HashSet::new();
    for rel in previous
        .present
        .iter()
        .filter(|p| !written.contains_key(*p))
    {
        let path = target.join(rel);
        match fs::remove_file(&path) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(_) if path.is_dir() => fs::remove_dir_all(&path)?,
            Err(e) => return Err(e),
        }
        if let Some(parent) = path.parent() {
            emptied.insert(parent.to_path_buf());
        }
    }
    remove_empty_folders(target, emptied);
    for (rel, _) in written.iter().filter(|(_, w)| w.staged) {
        let to = target.join(rel);
        if let Some(dir) = to.parent() {
            fs::create_dir_all(dir)?;
        }
        if fs::symlink_metadata(&to).is_ok_and(|m| m.is_dir()) {
            fs::remove_dir_all(&to)?;
        }
        fs::rename(staging.join(rel), &to)?;
    }
    manifest::write(
        target,
        written.iter().map(|(path, w)| (path.as_str(), &w.record)),
    )?;
    fs::remove_file(&journal)
}

/// Removes the folders in `dirs` (and their parents, up to `target`) that
/// are now empty.
fn remove_empty_folders(target: &Path, dirs: HashSet<PathBuf>) {
    let mut dirs: Vec<PathBuf> = dirs.into_iter().collect();
    // Deepest first, so a parent is tried after its children.
    dirs.sort_by_key(|d| std::cmp::Reverse(d.components().count()));
    for dir in dirs {
        let mut d = dir.as_path();
        while d != target && d.starts_with(target) {
            if fs::remove_dir(d).is_err() {
                break;
            }
            match d.parent() {
                Some(p) => d = p,
                None => break,
            }
        }
    }
}
