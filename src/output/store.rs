//! The output's file store: every file a build writes is also kept in the
//! site's cache (`.thidua-cache/tep-xuat/`, [`DIR`]) under the hash of its
//! content, as a second hard link to the same file. A later build that
//! produces the same content links the stored file into its output instead
//! of creating and writing a new one — after `public/` was deleted, a
//! rebuild makes folders and links, not 40,000 new files (and the files keep
//! the modification time of when their content first appeared, so `rsync`
//! sends only what changed even then).
//!
//! A stored file is used only while its size and modification time are
//! what the store's index recorded when it was written: a file edited in
//! place in the output (which edits the stored file too, being the same
//! file) is written again and replaces the stored one. Where links cannot
//! be made (output on another disk, a file system without hard links) the
//! store is left aside for the build and files are written as before.
//! The store is a cache: deleting it only makes the next build write every
//! file again. Files no output uses any more are removed after each build.

use std::collections::HashMap;
use std::fs;
use std::io::{BufWriter, Write as _};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use super::manifest::{self, Record};

/// The store's folder, relative to the site folder.
pub const DIR: &str = ".thidua-cache/tep-xuat";

/// The index's file name inside the store.
const INDEX: &str = "index";
const HEADER: &str = "thidua-store 1";

/// A stored file's size and modification time (ns since the epoch) when
/// it was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp {
    size: u64,
    mtime: i64,
}

impl From<&Record> for Stamp {
    fn from(r: &Record) -> Stamp {
        Stamp {
            size: r.size,
            mtime: i64::try_from(r.mtime).unwrap_or(i64::MIN),
        }
    }
}

/// Stored files by hash, sorted (32 bytes each: 10 MB at 100,000 entries,
/// where a map would take half as much again).
#[derive(Debug, Default)]
struct Index(Vec<(u128, Stamp)>);

impl Index {
    fn sorted(mut rows: Vec<(u128, Stamp)>) -> Index {
        rows.sort_unstable_by_key(|r| r.0);
        rows.dedup_by_key(|r| r.0);
        Index(rows)
    }

    fn get(&self, hash: u128) -> Option<Stamp> {
        let i = self.0.binary_search_by_key(&hash, |r| r.0).ok()?;
        Some(self.0[i].1)
    }

    fn contains(&self, hash: u128) -> bool {
        self.get(hash).is_some()
    }
}

/// The store as one build uses it.
#[derive(Debug)]
pub struct Store {
    dir: PathBuf,
    /// What the index said when the build began (`None`: no readable index,
    /// so unlisted files are swept after the build).
    known: Option<Index>,
    /// Files this build put into the store.
    added: Mutex<HashMap<u128, Stamp>>,
    /// Set when a link failed: the rest of the build writes plain files.
    off: AtomicBool,
}

impl Store {
    /// The store of the site in `site_root`, made if missing; `None` when
    /// it cannot be made (the build then writes plain files).
    pub fn open(site_root: &Path) -> Option<Store> {
        let dir = site_root.join(DIR);
        fs::create_dir_all(&dir).ok()?;
        let known = fs::read_to_string(dir.join(INDEX))
            .ok()
            .and_then(|t| parse(&t));
        Some(Store {
            dir,
            known,
            added: Mutex::default(),
            off: AtomicBool::new(false),
        })
    }

    fn is_off(&self) -> bool {
        self.off.load(Ordering::Relaxed)
    }

    /// Links the stored file with content `hash` (`len` bytes) to `dest`
    /// and returns its metadata; `None` when the store has no trustworthy
    /// file for it (nothing is left at `dest` then).
    pub fn link_to(&self, hash: u128, len: u64, dest: &Path) -> Option<fs::Metadata> {
        if self.is_off() {
            return None;
        }
        let stamp = self.known.as_ref()?.get(hash)?;
        if stamp.size != len {
            return None;
        }
        fs::hard_link(Store::path_in(&self.dir, hash), dest).ok()?;
        match fs::metadata(dest) {
            Ok(meta) if Stamp::from(&manifest::record(hash, &meta)) == stamp => Some(meta),
            _ => {
                // Edited since it was stored: not this content any more.
                let _ = fs::remove_file(dest);
                None
            }
        }
    }

    /// Keeps the file just written at `written` (content `hash`, metadata
    /// `meta`) in the store.
    pub fn keep(&self, hash: u128, written: &Path, meta: &fs::Metadata) {
        if self.is_off() {
            return;
        }
        let stamp = Stamp::from(&manifest::record(hash, meta));
        let target = Store::path_in(&self.dir, hash);
        let linked = match fs::hard_link(written, &target) {
            Ok(()) => true,
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                let mut added = self.added.lock().unwrap_or_else(|e| e.into_inner());
                if added.contains_key(&hash) {
                    // Another file of this build had the same content.
                    return;
                }
                // Left by an interrupted build, or edited: replaced.
                let replaced = replace(written, &target).is_ok();
                if replaced {
                    added.insert(hash, stamp);
                } else {
                    self.off.store(true, Ordering::Relaxed);
                }
                return;
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                target
                    .parent()
                    .is_some_and(|p| fs::create_dir_all(p).is_ok())
                    && fs::hard_link(written, &target).is_ok()
            }
            Err(_) => false,
        };
        if linked {
            self.added
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .insert(hash, stamp);
        } else {
            self.off.store(true, Ordering::Relaxed);
        }
    }

    /// After the output is in place: records which stored files `output`
    /// (its final manifest) uses and removes the others. Failures are
    /// ignored (a cache: the next build writes what it cannot trust).
    pub fn finish<'a>(self, output: impl Iterator<Item = &'a Record>) {
        let added = self.added.into_inner().unwrap_or_else(|e| e.into_inner());
        let rows = output
            .filter_map(|record| {
                let stamp = added
                    .get(&record.hash)
                    .copied()
                    .or_else(|| self.known.as_ref()?.get(record.hash))
                    .filter(|s| *s == Stamp::from(record))?;
                Some((record.hash, stamp))
            })
            .collect();
        drop(added);
        let index = Index::sorted(rows);
        if write_index(&self.dir, &index).is_err() {
            return;
        }
        match &self.known {
            Some(known) => {
                for (hash, _) in known.0.iter().filter(|(h, _)| !index.contains(*h)) {
                    let _ = fs::remove_file(Store::path_in(&self.dir, *hash));
                }
            }
            None => sweep(&self.dir, &index),
        }
    }

    /// A stored file's path: named by its hash, in a folder named by the
    /// hash's first two digits (256 folders, none too large).
    fn path_in(dir: &Path, hash: u128) -> PathBuf {
        let name = format!("{hash:032x}");
        dir.join(&name[..2]).join(name)
    }
}

/// Puts a new link to `written` at `target` in one rename.
fn replace(written: &Path, target: &Path) -> std::io::Result<()> {
    let parent = target.parent().unwrap_or(Path::new("."));
    let tmp = tempfile::Builder::new()
        .prefix(".new-")
        .make_in(parent, |p| fs::hard_link(written, p))?;
    tmp.persist(target).map_err(|e| e.error)?;
    Ok(())
}

/// Removes every stored file (and stray temporary file) not in `index`.
fn sweep(dir: &Path, index: &Index) {
    let Ok(groups) = fs::read_dir(dir) else {
        return;
    };
    for group in groups.flatten() {
        if !group.file_type().is_ok_and(|t| t.is_dir()) {
            continue;
        }
        let Ok(files) = fs::read_dir(group.path()) else {
            continue;
        };
        for file in files.flatten() {
            let keep = file
                .file_name()
                .to_str()
                .and_then(|n| u128::from_str_radix(n, 16).ok())
                .is_some_and(|h| index.contains(h));
            if !keep {
                let _ = fs::remove_file(file.path());
            }
        }
    }
}

/// The index's text read back (`None`: not one this version writes).
fn parse(text: &str) -> Option<Index> {
    let mut lines = text.lines();
    if lines.next()? != HEADER {
        return None;
    }
    let mut rows = Vec::new();
    for line in lines {
        let mut parts = line.split(' ');
        let hash = u128::from_str_radix(parts.next()?, 16).ok()?;
        let size = parts.next()?.parse().ok()?;
        let mtime = parts.next()?.parse().ok()?;
        rows.push((hash, Stamp { size, mtime }));
    }
    Some(Index::sorted(rows))
}

/// Writes the index whole or not at all, one line per stored file.
fn write_index(dir: &Path, index: &Index) -> std::io::Result<()> {
    let tmp = tempfile::Builder::new()
        .prefix(".index.")
        .tempfile_in(dir)?;
    let mut out = BufWriter::new(tmp);
    writeln!(out, "{HEADER}")?;
    for (hash, s) in &index.0 {
        writeln!(out, "{hash:032x} {} {}", s.size, s.mtime)?;
    }
    let tmp = out.into_inner().map_err(|e| e.into_error())?;
    tmp.persist(dir.join(INDEX)).map_err(|e| e.error)?;
    Ok(())
}
