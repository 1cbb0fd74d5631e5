//! Writing the result. Rendered pages are [`OutputFile`]s handed to an
//! [`OutputSink`]: [`StagedDir`] writes into a temporary folder next to the
//! output and swaps it in only when the whole build succeeded (a failed build
//! leaves the previous output untouched); [`MemorySink`] keeps files in
//! memory for tests and `serve`. No path can leave the output folder.
//!
//! Before anything is written, [`check_root`] and [`check_output`] refuse a
//! missing site folder and an output that must not be replaced (a file, a
//! link, the site or a folder holding it, a folder the build reads, a
//! folder thidua did not make). The swap is one exchange where the system
//! has it, and each build first removes what killed builds left beside the
//! output ([`remove_leftovers`]).
//!
//! An output that a build of this version made is updated in place instead
//! ([`update`]): only files whose content changed are staged and moved in,
//! the others keep their bytes and modification time ([`manifest`]).

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::io::Write as _;
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;

use anyhow::{Context, Result};

use crate::diagnostic::Diagnostic;
use crate::i18n::{Localized, Message};
use crate::msg;

pub mod manifest;
pub mod store;
pub mod update;

use update::{Previous, Written};

/// One file of the built site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    /// Relative to the output folder, forward slashes, e.g. `tin-tuc/index.html`.
    pub path: String,
    pub content: OutputContent,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OutputContent {
    Bytes(Vec<u8>),
    /// Copy from a file of the site (relative to the site root).
    Copy(PathBuf),
}

impl OutputFile {
    pub fn text(path: impl Into<String>, text: String) -> OutputFile {
        OutputFile {
            path: path.into(),
            content: OutputContent::Bytes(text.into_bytes()),
        }
    }
}

/// Where output files go. Shared between rayon threads.
pub trait OutputSink: Sync {
    fn write(&self, file: OutputFile) -> Result<()>;

    /// A hint that about `count` more files are coming, for progress bars
    /// ([`crate::progress`]). Ignored by default.
    fn expect(&self, _count: usize) {}
}

/// A relative output path with only normal components (no `..`, no root).
pub fn safe_relative(path: &str) -> Option<PathBuf> {
    let p = Path::new(path);
    if path.is_empty() || p.components().any(|c| !matches!(c, Component::Normal(_))) {
        return None;
    }
    Some(p.to_path_buf())
}

/// Marker file that identifies a folder as thidua's output.
pub const MARKER: &str = ".thidua-output";

/// The folders of a site that a build reads (beside `thidua.yaml`). An output
/// inside one of them would be read back by the next build.
pub const INPUT_DIRS: [&str; 5] = ["content", "static", "data", "templates", "themes"];

/// The folder of the site where builds keep what they may reuse (the share
/// cards, `render::share_card`): read by the build, so never an output.
pub const CACHE_DIR: &str = ".thidua-cache";

/// Refuses a site root that does not exist or is not a folder, before
/// anything is read or created (`--root /nope` must not create `/nope`).
pub fn check_root(root: &Path) -> std::result::Result<(), Diagnostic> {
    match fs::metadata(root) {
        Ok(m) if m.is_dir() => Ok(()),
        Ok(_) => Err(
            Diagnostic::error(root, None, msg!("T0805-root-not-a-folder", folder = root))
                .with_help(msg!("T0805-root-help")),
        ),
        Err(_) => Err(
            Diagnostic::error(root, None, msg!("T0805-root-missing", folder = root))
                .with_help(msg!("T0805-root-help")),
        ),
    }
}

/// Refuses an output folder that a build must not replace: the site itself
/// or a folder containing it, a folder the build reads ([`INPUT_DIRS`]), an
/// existing file or link, or a non-empty folder without thidua's marker.
/// Nothing is written; the diagnostic names the output as given.
pub fn check_output(target: &Path, site_root: &Path) -> std::result::Result<(), Diagnostic> {
    let refuse = |message: Message, help: Message| {
        Err(Diagnostic::error(target, None, message).with_help(help))
    };
    let (Ok(out), Ok(root)) = (resolve(target), resolve(site_root)) else {
        return refuse(
            msg!("T0802-output-unreadable", folder = target),
            msg!("T0802-output-help"),
        );
    };
    if within(&root, &out) {
        let message = if within(&out, &root) {
            msg!("T0803-output-is-site", folder = target)
        } else {
            msg!("T0803-output-contains-site", folder = target)
        };
        return refuse(message, msg!("T0803-output-help"));
    }
    let mut read = INPUT_DIRS.iter().chain([&CACHE_DIR]);
    if let Some(input) = read.find(|d| within(&out, &root.join(d))) {
        return refuse(
            msg!("T0804-output-inside-input", folder = target, input = *input),
            msg!("T0804-output-inside-input-help"),
        );
    }
    let Ok(meta) = fs::symlink_metadata(target) else {
        return Ok(()); // nothing there yet
    };
    if meta.file_type().is_symlink() {
        return refuse(
            msg!("T0801-output-is-a-link", folder = target),
            msg!("T0801-output-help"),
        );
    }
    if !meta.is_dir() {
        return refuse(
            msg!("T0801-output-is-a-file", folder = target),
            msg!("T0801-output-help"),
        );
    }
    if is_marked(target) {
        return Ok(());
    }
    match fs::read_dir(target).map(|mut entries| entries.next().is_none()) {
        Ok(true) => Ok(()),
        Ok(false) => refuse(
            msg!("T0802-output-not-ours", folder = target, marker = MARKER),
            msg!("T0802-output-help"),
        ),
        Err(_) => refuse(
            msg!("T0802-output-unreadable", folder = target),
            msg!("T0802-output-help"),
        ),
    }
}

/// Whether `dir` holds thidua's marker file (not a link, not a folder).
fn is_marked(dir: &Path) -> bool {
    fs::symlink_metadata(dir.join(MARKER)).is_ok_and(|m| m.is_file())
}

/// Whether `path` is `base` or inside it. File names are compared without
/// case where the file system usually ignores it (Windows, macOS).
fn within(path: &Path, base: &Path) -> bool {
    let mut p = path.components();
    for b in base.components() {
        match p.next() {
            Some(c) if same_name(c.as_os_str(), b.as_os_str()) => {}
            _ => return false,
        }
    }
    true
}

fn same_name(a: &std::ffi::OsStr, b: &std::ffi::OsStr) -> bool {
    if cfg!(any(windows, target_vendor = "apple")) {
        a.to_string_lossy().to_lowercase() == b.to_string_lossy().to_lowercase()
    } else {
        a == b
    }
}

/// The path as the file system will see it: the longest existing ancestor
/// with its links resolved, then the rest (`..` and `.` removed by name).
fn resolve(p: &Path) -> Result<PathBuf> {
    let abs = if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir()?.join(p)
    };
    let parts: Vec<Component> = abs.components().collect();
    for split in (1..=parts.len()).rev() {
        let head: PathBuf = parts[..split].iter().collect();
        if let Ok(mut out) = fs::canonicalize(&head) {
            for c in &parts[split..] {
                match c {
                    Component::ParentDir => {
                        out.pop();
                    }
                    Component::Normal(n) => out.push(n),
                    _ => {}
                }
            }
            return Ok(out);
        }
    }
    absolute(p)
}

/// The names of the folders a build leaves beside its output while it runs:
/// `.public.building-XXXXXX` (the new site; after an exchange, the previous
/// one) and `.public.old-XXXXXX` (the previous site between the two renames
/// of the fallback swap); `.old-output-XXXXXX` is the previous versions' name.
fn leftover_name(output_name: &str, name: &str) -> bool {
    let suffix = [
        format!(".{output_name}.building-"),
        format!(".{output_name}.old-"),
        ".old-output-".to_owned(),
    ]
    .into_iter()
    .find_map(|prefix| name.strip_prefix(prefix.as_str()).map(str::to_owned));
    suffix.is_some_and(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Whether a leftover folder is thidua's: it carries the marker, directly or
/// in its `previous` folder, or is empty (a build killed before it wrote
/// anything).
fn is_leftover_ours(dir: &Path) -> bool {
    if is_marked(dir) {
        return true;
    }
    let Ok(entries) = fs::read_dir(dir) else {
        return false;
    };
    let names: Vec<_> = entries.flatten().map(|e| e.file_name()).collect();
    match names.as_slice() {
        [] => true,
        [only] if only == "previous" => {
            let previous = dir.join("previous");
            fs::symlink_metadata(&previous).is_ok_and(|m| m.is_dir())
                && (is_marked(&previous)
                    || fs::read_dir(&previous).is_ok_and(|mut e| e.next().is_none()))
        }
        _ => false,
    }
}

/// Removes the staging and previous-output folders that builds killed before
/// they finished left beside `target`. Only folders named as thidua names
/// them and carrying its marker (or empty) are removed; anything else is
/// left alone. Best effort: a folder that cannot be removed is kept, and the
/// removed ones are returned.
pub fn remove_leftovers(target: &Path) -> Vec<PathBuf> {
    let (Some(parent), Some(name)) = (target.parent(), target.file_name()) else {
        return Vec::new();
    };
    let parent = if parent.as_os_str().is_empty() {
        Path::new(".")
    } else {
        parent
    };
    let name = name.to_string_lossy();
    let Ok(entries) = fs::read_dir(parent) else {
        return Vec::new();
    };
    let mut removed = Vec::new();
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
        if !is_dir || !leftover_name(&name, &file_name.to_string_lossy()) {
            continue;
        }
        let path = entry.path();
        if is_leftover_ours(&path) && fs::remove_dir_all(&path).is_ok() {
            removed.push(path);
        }
    }
    removed.sort();
    removed
}

/// Swaps two existing folders in one step, where the system can: Linux's
/// `renameat2(RENAME_EXCHANGE)`, macOS's `renamex_np(RENAME_SWAP)`.
/// `Ok(false)` when it cannot here (another system, or a file system without
/// the exchange), so the caller falls back to two renames.
#[cfg(any(target_os = "linux", target_os = "android", target_vendor = "apple"))]
fn exchange(a: &Path, b: &Path) -> std::io::Result<bool> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    use rustix::io::Errno;
    match renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE) {
        Ok(()) => Ok(true),
        Err(e) if [Errno::INVAL, Errno::NOSYS, Errno::OPNOTSUPP, Errno::NOTSUP].contains(&e) => {
            Ok(false)
        }
        Err(e) => Err(e.into()),
    }
}

#[cfg(not(any(target_os = "linux", target_os = "android", target_vendor = "apple")))]
fn exchange(_a: &Path, _b: &Path) -> std::io::Result<bool> {
    Ok(false)
}

/// Builds into a staging folder beside `target`, put in place by
/// [`StagedDir::commit`]: swapped in whole, or, when the previous output can
/// be updated in place ([`update::previous`]), only the files that changed
/// moved in.
pub struct StagedDir {
    target: PathBuf,
    staging: tempfile::TempDir,
    site_root: PathBuf,
    /// The previous output when it is updated in place.
    previous: Option<Previous>,
    /// Every file of this build, by output path.
    written: Mutex<HashMap<String, Written>>,
    /// Where written files are kept for later builds to link ([`store`]).
    store: Option<store::Store>,
}

impl StagedDir {
    /// Prepare to replace `target`. Refuses what [`check_output`] refuses,
    /// then removes the folders left by killed builds ([`remove_leftovers`])
    /// and creates the staging folder with the marker.
    pub fn new(target: &Path, site_root: &Path) -> Result<StagedDir> {
        check_output(target, site_root).map_err(|d| anyhow::Error::new(Localized(d.message)))?;
        let target = absolute(target)?;
        let root = absolute(site_root)?;
        let parent = target
            .parent()
            .context(Localized(msg!("site-output-no-parent")))?;
        fs::create_dir_all(parent)
            .with_context(|| Localized(msg!("site-io-creating", path = parent)))?;
        remove_leftovers(&target);
        let name = staging_name(&target);
        let staging = tempfile::Builder::new()
            .prefix(&format!(".{name}.building-"))
            .tempdir_in(parent)
            .with_context(|| Localized(msg!("site-io-creating-temporary", folder = parent)))?;
        let previous = if is_marked(&target) {
            update::previous(&target)
        } else {
            None
        };
        // Also when updating in place (it is then not moved in): the marker
        // makes a folder left by a killed build one the next build removes.
        let marker = staging.path().join(MARKER);
        fs::write(
            &marker,
            b"This folder is generated by thidua; it is replaced on every build.\n",
        )
        .with_context(|| Localized(msg!("site-io-writing", path = marker.as_path())))?;
        let store = store::Store::open(&root);
        Ok(StagedDir {
            target,
            staging,
            site_root: root,
            previous,
            written: Mutex::default(),
            store,
        })
    }

    /// Whether this build updates the previous output in place.
    pub fn updates_in_place(&self) -> bool {
        self.previous.is_some()
    }

    /// How many files this build staged (new or changed content) so far.
    pub fn changed_count(&self) -> usize {
        self.written
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .values()
            .filter(|w| w.staged)
            .count()
    }

    pub fn staging_path(&self) -> &Path {
        self.staging.path()
    }

    /// Swap the staged folder in for the target. Where the system can
    /// exchange two folders in one step, the output exists at every moment:
    /// the previous one ends under the staging folder's name. Elsewhere (or
    /// on a file system without the exchange) the previous output is renamed
    /// aside, then the new one into place. The previous output is then
    /// removed; if that fails, the next build removes it
    /// ([`remove_leftovers`]).
    pub fn commit(self) -> Result<()> {
        if let Some(previous) = self.commit_keeping_previous()? {
            let _ = fs::remove_dir_all(previous);
        }
        Ok(())
    }

    /// [`StagedDir::commit`] without removing the previous output: where it
    /// now is (a leftover name, so the next build removes it if this
    /// process does not). `thidua build` reports the result first and
    /// removes the old tree after, which can take seconds for a large site.
    pub fn commit_keeping_previous(self) -> Result<Option<PathBuf>> {
        self.swap_in(true)
    }

    /// Puts the staged folder in place; returns where the previous output
    /// now is, if there was one. `exchange_allowed: false` forces the two
    /// renames (for tests). An update in place moves the changed files in
    /// and leaves no previous tree. Once the output is in place, the store
    /// records what it uses.
    fn swap_in(mut self, exchange_allowed: bool) -> Result<Option<PathBuf>> {
        let store = self.store.take();
        let written = std::mem::take(self.written.get_mut().unwrap_or_else(|e| e.into_inner()));
        let previous = self.put_in_place(&written, exchange_allowed)?;
        if let Some(store) = store {
            store.finish(written.values().map(|w| &w.record));
        }
        Ok(previous)
    }

    /// [`StagedDir::swap_in`] without the store.
    fn put_in_place(
        self,
        written: &HashMap<String, Written>,
        exchange_allowed: bool,
    ) -> Result<Option<PathBuf>> {
        let put_in_place = || {
            Localized(msg!(
                "site-io-putting-in-place",
                folder = self.target.as_path()
            ))
        };
        if let Some(previous) = &self.previous {
            update::apply(&self.target, self.staging.path(), previous, written)
                .with_context(put_in_place)?;
            return Ok(None);
        }
        manifest::write(
            self.staging.path(),
            written.iter().map(|(path, w)| (path.as_str(), &w.record)),
        )
        .with_context(put_in_place)?;
        let staged = self.staging.keep();
        if fs::symlink_metadata(&self.target).is_err() {
            fs::rename(&staged, &self.target).with_context(put_in_place)?;
            return Ok(None);
        }
        if exchange_allowed {
            match exchange(&staged, &self.target) {
                Ok(true) => return Ok(Some(staged)),
                Ok(false) => {}
                Err(e) => {
                    let _ = fs::remove_dir_all(&staged);
                    return Err(e).with_context(put_in_place);
                }
            }
        }
        let parent = self.target.parent().unwrap_or(Path::new("."));
        let old = tempfile::Builder::new()
            .prefix(&format!(".{}.old-", staging_name(&self.target)))
            .tempdir_in(parent)
            .with_context(|| Localized(msg!("site-io-creating-temporary", folder = parent)))?
            .keep();
        let old_slot = old.join("previous");
        if let Err(e) = fs::rename(&self.target, &old_slot) {
            let _ = fs::remove_dir(&old);
            let _ = fs::remove_dir_all(&staged);
            return Err(e).with_context(|| {
                Localized(msg!(
                    "site-io-moving-previous",
                    folder = self.target.as_path()
                ))
            });
        }
        if let Err(e) = fs::rename(&staged, &self.target) {
            let _ = fs::rename(&old_slot, &self.target);
            let _ = fs::remove_dir_all(&staged);
            let _ = fs::remove_dir(&old);
            return Err(e).with_context(put_in_place);
        }
        Ok(Some(old))
    }
}

/// The output folder's name as used in its staging folders' names.
fn staging_name(target: &Path) -> String {
    target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into())
}

impl StagedDir {
    /// The record of `file` if the previous output already holds this
    /// content at its path.
    fn unchanged(&self, path: &str, hash: u128) -> Option<manifest::Record> {
        let r = self.previous.as_ref()?.trusted.get(path)?;
        (r.hash == hash).then_some(*r)
    }

    fn note(&self, path: String, written: Written) {
        self.written
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(path, written);
    }
}

impl OutputSink for StagedDir {
    fn write(&self, file: OutputFile) -> Result<()> {
        let rel = safe_relative(&file.path)
            .with_context(|| Localized(msg!("site-output-outside", path = file.path.as_str())))?;
        let dest = self.staging.path().join(rel);
        let writing = || Localized(msg!("site-io-writing", path = dest.as_path()));
        let hash = match &file.content {
            OutputContent::Bytes(bytes) => manifest::bytes_hash(bytes),
            OutputContent::Copy(src) => {
                let from = self.site_root.join(src);
                let meta = fs::metadata(&from)
                    .with_context(|| Localized(msg!("site-io-reading", path = from.as_path())))?;
                manifest::copy_hash(src, &meta)
            }
        };
        if let Some(record) = self.unchanged(&file.path, hash) {
            let staged = false;
            self.note(file.path, Written { record, staged });
            return Ok(());
        }
        if let Some(dir) = dest.parent() {
            fs::create_dir_all(dir)
                .with_context(|| Localized(msg!("site-io-creating", path = dir)))?;
        }
        let meta = match file.content {
            OutputContent::Bytes(bytes) => {
                let store = self.store.as_ref();
                let len = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
                match store.and_then(|s| s.link_to(hash, len, &dest)) {
                    Some(meta) => meta,
                    None => {
                        let mut f = fs::File::create(&dest).with_context(writing)?;
                        f.write_all(&bytes).with_context(writing)?;
                        let meta = f.metadata().with_context(writing)?;
                        if let Some(s) = store {
                            s.keep(hash, &dest, &meta);
                        }
                        meta
                    }
                }
            }
            OutputContent::Copy(src) => {
                let from = self.site_root.join(&src);
                // The cache's files never change once written (named by
                // their content's hash, replaced only by rename): a link
                // costs no bytes, where ten thousand share cards are
                // hundreds of megabytes to copy. Anything else is copied,
                // so editing the site never edits the output or the reverse.
                let linked = src.starts_with(CACHE_DIR) && fs::hard_link(&from, &dest).is_ok();
                if !linked {
                    fs::copy(&from, &dest).with_context(|| {
                        Localized(msg!(
                            "site-io-copying",
                            from = from.as_path(),
                            to = dest.as_path()
                        ))
                    })?;
                }
                fs::metadata(&dest).with_context(writing)?
            }
        };
        let record = manifest::record(hash, &meta);
        self.note(
            file.path,
            Written {
                record,
                staged: true,
            },
        );
        Ok(())
    }
}

fn absolute(p: &Path) -> Result<PathBuf> {
    let abs = if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir()?.join(p)
    };
    let mut out = PathBuf::new();
    for c in abs.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    Ok(out)
}

/// Keeps the built site in memory.
#[derive(Debug, Default)]
pub struct MemorySink {
    files: Mutex<BTreeMap<String, Vec<u8>>>,
    source: Option<Box<crate::source::MemFs>>,
}

impl MemorySink {
    pub fn new() -> Self {
        Self::default()
    }

    /// A sink that resolves `Copy` contents from an in-memory site.
    pub fn with_source(fs: crate::source::MemFs) -> Self {
        MemorySink {
            files: Mutex::default(),
            source: Some(Box::new(fs)),
        }
    }

    pub fn into_files(self) -> BTreeMap<String, Vec<u8>> {
        self.files.into_inner().unwrap_or_else(|e| e.into_inner())
    }
}

impl OutputSink for MemorySink {
    fn write(&self, file: OutputFile) -> Result<()> {
        safe_relative(&file.path)
            .with_context(|| Localized(msg!("site-output-outside", path = file.path.as_str())))?;
        let bytes = match file.content {
            OutputContent::Bytes(b) => b,
            OutputContent::Copy(src) => match &self.source {
                Some(fs) => crate::source::SourceFs::read(fs.as_ref(), &src)?,
                None => fs::read(&src)
                    .with_context(|| Localized(msg!("site-io-reading", path = src.as_path())))?,
            },
        };
        self.files
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(file.path, bytes);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unsafe_paths_are_refused() {
        assert!(safe_relative("../x").is_none());
        assert!(safe_relative("/etc/passwd").is_none());
        assert!(safe_relative("a/../../b").is_none());
        assert!(safe_relative("a/b/index.html").is_some());
    }

    #[test]
    fn staged_build_swaps_in_and_failed_build_leaves_old() {
        let (dir, root, out) = folders();
        let stage = StagedDir::new(&out, &root).unwrap();
        stage
            .write(OutputFile::text("index.html", "one".into()))
            .unwrap();
        stage.commit().unwrap();
        assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), "one");
        let stage = StagedDir::new(&out, &root).unwrap();
        stage
            .write(OutputFile::text("index.html", "two".into()))
            .unwrap();
        drop(stage);
        assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), "one");
        let leftovers: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(leftovers.len(), 2, "{leftovers:?}");
    }

    #[test]
    fn refuses_to_replace_foreign_folder_or_the_site() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("keep.txt"), "x").unwrap();
        assert!(StagedDir::new(dir.path(), &dir.path().join("site")).is_err());
        let empty = tempfile::tempdir().unwrap();
        assert!(StagedDir::new(empty.path(), empty.path()).is_err());
    }

    /// A temporary folder holding a site folder and, beside it, the output's
    /// path (not created).
    fn folders() -> (tempfile::TempDir, PathBuf, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("site");
        fs::create_dir_all(&root).unwrap();
        let out = dir.path().join("public");
        (dir, root, out)
    }

    /// An output as an earlier version left it: no manifest, so the next
    /// build swaps a whole new tree in.
    fn forget_manifest(out: &Path) {
        fs::remove_file(out.join(manifest::FILE)).unwrap();
    }

    fn build_files(out: &Path, root: &Path, files: &[(&str, &str)]) {
        let stage = StagedDir::new(out, root).unwrap();
        for (path, text) in files {
            stage
                .write(OutputFile::text(*path, (*text).to_owned()))
                .unwrap();
        }
        stage.commit().unwrap();
    }

    fn stamp(path: &Path) -> (u64, i128) {
        let m = fs::metadata(path).unwrap();
        (m.len(), manifest::mtime(&m))
    }

    #[cfg(unix)]
    fn inode(path: &Path) -> u64 {
        std::os::unix::fs::MetadataExt::ino(&fs::metadata(path).unwrap())
    }

    #[test]
    fn an_update_in_place_touches_only_what_changed() {
        let (dir, root, out) = folders();
        build_files(
            &out,
            &root,
            &[
                ("index.html", "trang chủ"),
                ("a/index.html", "gương A"),
                ("b/c/index.html", "gương C"),
                ("gone/deep/index.html", "sẽ bỏ"),
            ],
        );
        let kept = stamp(&out.join("a/index.html"));
        #[cfg(unix)]
        let kept_inode = inode(&out.join("a/index.html"));
        std::thread::sleep(std::time::Duration::from_millis(20));
        let stage = StagedDir::new(&out, &root).unwrap();
        assert!(stage.updates_in_place());
        for (path, text) in [
            ("index.html", "trang chủ mới"),
            ("a/index.html", "gương A"),
            ("b/c/index.html", "gương C"),
            ("new/index.html", "mới"),
        ] {
            stage.write(OutputFile::text(path, text.into())).unwrap();
        }
        assert_eq!(stage.changed_count(), 2);
        assert_eq!(stage.commit_keeping_previous().unwrap(), None);
        // The same content: not written, same time, same file.
        assert_eq!(stamp(&out.join("a/index.html")), kept);
        #[cfg(unix)]
        assert_eq!(inode(&out.join("a/index.html")), kept_inode);
        assert_eq!(read(&out, "index.html"), "trang chủ mới");
        assert_eq!(read(&out, "new/index.html"), "mới");
        // What the site no longer has is gone, with its emptied folders.
        assert!(!out.join("gone").exists());
        assert!(out.join(MARKER).is_file());
        assert!(!out.join(update::JOURNAL).exists());
        // Nothing is left beside the output.
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 2, "{names:?}");
        // The manifest says what is there now.
        let m = manifest::read(&out).unwrap();
        let mut paths: Vec<_> = m.keys().cloned().collect();
        paths.sort();
        assert_eq!(
            paths,
            [
                "a/index.html",
                "b/c/index.html",
                "index.html",
                "new/index.html"
            ]
        );
        assert_eq!(
            m["index.html"].hash,
            manifest::bytes_hash("trang chủ mới".as_bytes())
        );
    }

    /// Files of the cache are linked into the output (no bytes copied);
    /// files of the site are copied, so editing one never edits the other.
    #[cfg(unix)]
    #[test]
    fn cache_files_are_linked_and_site_files_copied() {
        let (_dir, root, out) = folders();
        fs::create_dir_all(root.join(CACHE_DIR)).unwrap();
        fs::create_dir_all(root.join("static")).unwrap();
        fs::write(root.join(CACHE_DIR).join("the.png"), "png").unwrap();
        fs::write(root.join("static/logo.svg"), "svg").unwrap();
        let stage = StagedDir::new(&out, &root).unwrap();
        for (path, src) in [
            ("anh/the.png", Path::new(CACHE_DIR).join("the.png")),
            ("logo.svg", PathBuf::from("static/logo.svg")),
        ] {
            let content = OutputContent::Copy(src);
            let path = path.to_owned();
            stage.write(OutputFile { path, content }).unwrap();
        }
        stage.commit().unwrap();
        let cached = root.join(CACHE_DIR).join("the.png");
        assert_eq!(inode(&out.join("anh/the.png")), inode(&cached));
        assert_ne!(
            inode(&out.join("logo.svg")),
            inode(&root.join("static/logo.svg"))
        );
        assert_eq!(read(&out, "logo.svg"), "svg");
    }

    /// The stored file of `text` in the site's store.
    fn stored(root: &Path, text: &str) -> PathBuf {
        let name = format!("{:032x}", manifest::bytes_hash(text.as_bytes()));
        root.join(store::DIR).join(&name[..2]).join(name)
    }

    #[cfg(unix)]
    #[test]
    fn a_rebuild_after_the_output_was_deleted_links_the_stored_files() {
        let (_dir, root, out) = folders();
        let files = [("index.html", "trang chủ"), ("a/index.html", "gương A")];
        build_files(&out, &root, &files);
        let first = stamp(&out.join("a/index.html"));
        assert_eq!(
            inode(&out.join("a/index.html")),
            inode(&stored(&root, "gương A"))
        );
        fs::remove_dir_all(&out).unwrap();
        build_files(&out, &root, &files);
        assert_eq!(read(&out, "a/index.html"), "gương A");
        assert_eq!(read(&out, "index.html"), "trang chủ");
        // The same file again: no new file, its time that of the first build.
        assert_eq!(
            inode(&out.join("a/index.html")),
            inode(&stored(&root, "gương A"))
        );
        assert_eq!(stamp(&out.join("a/index.html")), first);
        // The manifest trusts it: the next build updates in place.
        assert!(StagedDir::new(&out, &root).unwrap().updates_in_place());
    }

    #[test]
    fn a_stored_file_edited_in_place_is_written_again() {
        let (_dir, root, out) = folders();
        build_files(&out, &root, &[("index.html", "bản gốc")]);
        // Edited in place through the output: the stored file is the same
        // file, so it changes too (same size, later time).
        std::thread::sleep(std::time::Duration::from_millis(20));
        let mut f = fs::OpenOptions::new()
            .write(true)
            .open(out.join("index.html"))
            .unwrap();
        f.write_all(b"B").unwrap();
        drop(f);
        assert_ne!(read(&out, "index.html"), "bản gốc");
        fs::remove_dir_all(&out).unwrap();
        build_files(&out, &root, &[("index.html", "bản gốc")]);
        assert_eq!(read(&out, "index.html"), "bản gốc");
        assert_eq!(
            fs::read_to_string(stored(&root, "bản gốc")).unwrap(),
            "bản gốc"
        );
    }

    #[cfg(unix)]
    #[test]
    fn stored_files_no_output_uses_are_removed() {
        let (_dir, root, out) = folders();
        build_files(&out, &root, &[("index.html", "một"), ("b.html", "chung")]);
        build_files(&out, &root, &[("index.html", "hai"), ("b.html", "chung")]);
        assert!(!stored(&root, "một").exists());
        assert!(stored(&root, "hai").exists());
        assert!(stored(&root, "chung").exists());
        // From empty, with the index lost: whatever it does not list goes.
        fs::remove_file(root.join(store::DIR).join("index")).unwrap();
        forget_manifest(&out);
        build_files(&out, &root, &[("index.html", "ba")]);
        assert!(!stored(&root, "hai").exists());
        assert!(!stored(&root, "chung").exists());
        assert!(stored(&root, "ba").exists());
    }

    #[test]
    fn without_a_usable_store_files_are_written_plainly() {
        let (_dir, root, out) = folders();
        // The store's place is taken by a file: nothing can be kept there.
        fs::create_dir_all(root.join(".thidua-cache")).unwrap();
        fs::write(root.join(store::DIR), "not a folder").unwrap();
        build_files(&out, &root, &[("index.html", "một"), ("a/b.html", "hai")]);
        assert_eq!(read(&out, "index.html"), "một");
        assert_eq!(read(&out, "a/b.html"), "hai");
        assert_eq!(
            fs::read_to_string(root.join(store::DIR)).unwrap(),
            "not a folder"
        );
    }

    #[test]
    fn a_file_changed_by_hand_or_a_foreign_file_does_not_survive_the_next_build() {
        let (_dir, root, out) = folders();
        build_files(&out, &root, &[("index.html", "gốc"), ("a/index.html", "A")]);
        fs::write(out.join("index.html"), "sửa tay").unwrap();
        fs::write(out.join("la.txt"), "lạ").unwrap();
        fs::remove_file(out.join("a/index.html")).unwrap();
        build_files(&out, &root, &[("index.html", "gốc"), ("a/index.html", "A")]);
        assert_eq!(read(&out, "index.html"), "gốc");
        assert_eq!(read(&out, "a/index.html"), "A");
        assert!(!out.join("la.txt").exists());
    }

    #[test]
    fn a_failed_or_interrupted_update_is_redone_from_empty() {
        let (_dir, root, out) = folders();
        build_files(&out, &root, &[("index.html", "một")]);
        // A build that fails before committing changes nothing.
        let stage = staged(&out, &root, "hai");
        drop(stage);
        assert_eq!(read(&out, "index.html"), "một");
        // A build killed while moving files in leaves the journal: the next
        // one does not trust the manifest and swaps a whole tree in.
        fs::write(out.join(update::JOURNAL), "").unwrap();
        let stage = staged(&out, &root, "ba");
        assert!(!stage.updates_in_place());
        stage.commit().unwrap();
        assert_eq!(read(&out, "index.html"), "ba");
        assert!(!out.join(update::JOURNAL).exists());
        assert!(manifest::read(&out).is_some());
    }

    fn read(out: &Path, rel: &str) -> String {
        fs::read_to_string(out.join(rel)).unwrap()
    }

    fn staged(out: &Path, root: &Path, page: &str) -> StagedDir {
        let stage = StagedDir::new(out, root).unwrap();
        stage
            .write(OutputFile::text("index.html", page.into()))
            .unwrap();
        stage
    }

    #[cfg(any(target_os = "linux", target_os = "android", target_vendor = "apple"))]
    #[test]
    fn the_swap_is_one_exchange_and_the_previous_tree_ends_under_the_staging_name() {
        let (dir, root, out) = folders();
        staged(&out, &root, "one").commit().unwrap();
        forget_manifest(&out);
        let stage = staged(&out, &root, "two");
        let staging = stage.staging_path().to_path_buf();
        let previous = stage.swap_in(true).unwrap().expect("there was an output");
        // Exchanged, not renamed twice: no moment without `public/`, and
        // the previous tree is where the new one was staged.
        assert_eq!(previous, staging);
        assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), "two");
        assert_eq!(
            fs::read_to_string(staging.join("index.html")).unwrap(),
            "one"
        );
        assert!(staging.join(MARKER).is_file());
        // Killed now: the next build removes it.
        let removed = remove_leftovers(&out);
        assert_eq!(removed, vec![staging.clone()]);
        assert!(!staging.exists());
        // And `commit` removes it at once.
        forget_manifest(&out);
        staged(&out, &root, "three").commit().unwrap();
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 2, "{names:?}");
        assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), "three");
    }

    #[test]
    fn the_two_rename_fallback_leaves_a_marked_old_folder_that_the_next_build_removes() {
        let (_dir, root, out) = folders();
        staged(&out, &root, "one").commit().unwrap();
        forget_manifest(&out);
        let previous = staged(&out, &root, "two")
            .swap_in(false)
            .unwrap()
            .expect("there was an output");
        let name = previous.file_name().unwrap().to_string_lossy().into_owned();
        assert!(name.starts_with(".public.old-"), "{name}");
        assert_eq!(
            fs::read_to_string(previous.join("previous/index.html")).unwrap(),
            "one"
        );
        assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), "two");
        // Killed before removing it: the next build does.
        let _next = StagedDir::new(&out, &root).unwrap();
        assert!(!previous.exists());
    }

    #[test]
    fn leftover_names_follow_the_staging_pattern_only() {
        assert!(leftover_name("public", ".public.building-a1B2c3"));
        assert!(leftover_name("public", ".public.old-a1B2c3"));
        assert!(leftover_name("public", ".old-output-a1B2c3"));
        assert!(leftover_name("site", ".site.building-x"));
        assert!(!leftover_name("public", ".public.building-"));
        assert!(!leftover_name("public", ".public.building-a.b"));
        assert!(!leftover_name("public", ".site.building-a1B2c3"));
        assert!(!leftover_name("public", "public.building-a1B2c3"));
        assert!(!leftover_name("public", ".public-old-a1B2c3"));
    }

    #[test]
    fn a_file_or_an_input_folder_is_refused_with_its_code() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("site");
        fs::create_dir_all(root.join("content")).unwrap();
        let file = dir.path().join("x.txt");
        fs::write(&file, "x").unwrap();
        let code = |out: &Path| check_output(out, &root).err().and_then(|d| d.code());
        assert_eq!(code(&file), Some("T0801"));
        assert_eq!(code(&root.join("content/a/b")), Some("T0804"));
        assert_eq!(code(&root.join("static")), Some("T0804"));
        assert_eq!(code(&root), Some("T0803"));
        assert_eq!(code(dir.path()), Some("T0803"));
        assert_eq!(code(&root.join("public")), None);
        assert_eq!(code(&dir.path().join("public")), None);
        assert!(StagedDir::new(&file, &root).is_err());
        assert_eq!(fs::read_to_string(&file).unwrap(), "x");
        assert_eq!(
            check_root(&dir.path().join("nope"))
                .err()
                .and_then(|d| d.code()),
            Some("T0805")
        );
        assert!(check_root(&root).is_ok());
    }
}
