//! Watching the site's files with notify, debounced: a burst of saves (an
//! editor's temp-file dance, a formatter, a `git checkout`) becomes one
//! batch of touched paths, relative to the site root. Editors' temporary
//! files and `public/` are ignored; folders created later are watched too.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use notify::event::{AccessKind, AccessMode};
use notify::{Event, EventKind, RecursiveMode, Watcher};

use crate::i18n::Localized;
use crate::msg;
use crate::source::is_ignored;

/// Folders whose files make the site (besides `thidua.yaml`).
pub const WATCHED_DIRS: [&str; 5] = ["content", "themes", "static", "data", "templates"];

/// A batch ends after this long without a new event (a save, even through a
/// temporary file and a rename, takes a few milliseconds)…
const QUIET: Duration = Duration::from_millis(15);
/// …or this long after its first event, whichever comes first.
const LONGEST: Duration = Duration::from_millis(600);

/// Start watching `root`; each message is one debounced batch of touched
/// paths (relative to `root`, sorted). The watcher lives as long as the
/// receiver does.
pub fn start(root: &Path) -> Result<Receiver<Vec<PathBuf>>> {
    let root = root
        .canonicalize()
        .with_context(|| Localized(msg!("cli-io-open", path = root)))?;
    let (raw_tx, raw_rx) = mpsc::channel::<notify::Result<Event>>();
    let mut watcher =
        notify::recommended_watcher(raw_tx).context(Localized(msg!("cli-serve-watch-start")))?;
    watcher
        .watch(&root, RecursiveMode::NonRecursive)
        .with_context(|| Localized(msg!("cli-serve-watch", path = &root)))?;
    for dir in WATCHED_DIRS {
        let path = root.join(dir);
        if path.is_dir() {
            watcher
                .watch(&path, RecursiveMode::Recursive)
                .with_context(|| Localized(msg!("cli-serve-watch", path = &path)))?;
        }
    }
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || debounce(watcher, &root, &raw_rx, &tx));
    Ok(rx)
}

/// The site path an event concerns, if it can change the site.
pub fn relevant(root: &Path, path: &Path) -> Option<PathBuf> {
    let rel = path.strip_prefix(root).ok()?;
    let first = rel.iter().next()?.to_str()?;
    let wanted = WATCHED_DIRS.contains(&first) || rel == Path::new("thidua.yaml");
    (wanted && !is_ignored(rel)).then(|| rel.to_path_buf())
}

fn is_change(kind: &EventKind) -> bool {
    match kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) => false,
        _ => true,
    }
}

fn debounce(
    mut watcher: impl Watcher,
    root: &Path,
    raw: &Receiver<notify::Result<Event>>,
    out: &Sender<Vec<PathBuf>>,
) {
    loop {
        let mut batch = BTreeSet::new();
        // Wait for the first relevant event.
        let Ok(first) = raw.recv() else { return };
        collect(&mut watcher, root, first, &mut batch);
        if batch.is_empty() {
            continue;
        }
        let started = Instant::now();
        loop {
            let left = LONGEST.saturating_sub(started.elapsed());
            if left.is_zero() {
                break;
            }
            match raw.recv_timeout(QUIET.min(left)) {
                Ok(event) => collect(&mut watcher, root, event, &mut batch),
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => return,
            }
        }
        if out.send(batch.into_iter().collect()).is_err() {
            return;
        }
    }
}

fn collect(
    watcher: &mut impl Watcher,
    root: &Path,
    event: notify::Result<Event>,
    batch: &mut BTreeSet<PathBuf>,
) {
    let Ok(event) = event else {
        // The watcher lost track (queue overflow): rebuild from a rescan.
        batch.insert(PathBuf::from(crate::incremental::record::EVERYTHING));
        return;
    };
    if !is_change(&event.kind) {
        return;
    }
    for path in &event.paths {
        // A watched folder created after the start (e.g. static/).
        if path.parent() == Some(root)
            && path.is_dir()
            && path
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| WATCHED_DIRS.contains(&n))
        {
            let _ = watcher.watch(path, RecursiveMode::Recursive);
        }
        if let Some(rel) = relevant(root, path) {
            batch.insert(rel);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_site_files_count() {
        let root = Path::new("/site");
        let rel = |p: &str| relevant(root, Path::new(p));
        assert_eq!(
            rel("/site/content/news/a.md"),
            Some("content/news/a.md".into())
        );
        assert_eq!(rel("/site/thidua.yaml"), Some("thidua.yaml".into()));
        assert!(rel("/site/themes/default/templates/base.html").is_some());
        for ignored in [
            "/site/content/news/~$a.md",
            "/site/content/news/.a.md.swp",
            "/site/content/news/4913",
            "/site/content/news/a.md~",
            "/site/public/index.html",
            "/site/README.md",
            "/elsewhere/content/a.md",
        ] {
            assert_eq!(rel(ignored), None, "{ignored}");
        }
    }
}
