//! Reading the site: a small [`SourceFs`] trait (disk or memory, so tests and
//! `serve` reuse the same pipeline), and [`SourceFile`], a text file decoded
//! the way editors' files arrive from Word on Windows: UTF-8 or UTF-16 with or
//! without a BOM, CRLF line endings, NBSP in indentation, NFD text. Positions
//! are computed on the normalised text by [`LineIndex`]; normalising never
//! changes line numbers.

use std::collections::BTreeMap;
use std::io;
use std::path::{Component, Path, PathBuf};

use unicode_normalization::UnicodeNormalization;

use crate::diagnostic::{Diagnostic, Position};
use crate::i18n::Message;
use crate::msg;

/// Read access to a site, with paths relative to the site root.
pub trait SourceFs: Send + Sync {
    /// Every file below `dir` (relative to the root), recursively, sorted.
    /// A missing directory is an empty list, not an error.
    fn list(&self, dir: &Path) -> io::Result<Vec<PathBuf>>;
    fn read(&self, path: &Path) -> io::Result<Vec<u8>>;
    fn is_file(&self, path: &Path) -> bool;
    fn size(&self, path: &Path) -> io::Result<u64>;
    /// Where the file is on disk, when it is on disk (static files are copied
    /// from there rather than read into memory).
    fn disk_path(&self, path: &Path) -> Option<PathBuf>;
    /// A value that changes whenever the file's content changes (modification
    /// time and size on disk), without reading it; `None` when the file is
    /// missing. Used by `serve` to re-read only what changed.
    fn stamp(&self, path: &Path) -> Option<u128>;
    /// The symbolic links the listings so far left out (leading outside the
    /// site, in a loop, or nowhere), as diagnostics naming each: the build
    /// lists them with its other problems. Only [`DiskFs`] has links.
    fn refused_links(&self) -> Vec<Diagnostic> {
        Vec::new()
    }
}

/// The real file system under a root folder. Nothing outside the root (and
/// the theme folder, `themes/NAME`, which may itself be a link to a shared
/// theme) is ever read: a symbolic link that leads outside is left out of
/// every listing and refused by every read, and remembered so the build can
/// report it ([`SourceFs::refused_links`]). Only links are resolved while
/// listing; plain files cost nothing more.
#[derive(Debug, Clone)]
pub struct DiskFs {
    root: PathBuf,
    /// The root with every link resolved, what allowed paths start with.
    canonical_root: PathBuf,
    /// Links left out by the listings, by link path (relative to the root).
    refused: std::sync::Arc<std::sync::Mutex<BTreeMap<PathBuf, Refusal>>>,
    /// Folders already resolved by reads: whether each is inside the site.
    /// Forgotten below a folder when it is listed again.
    folders: std::sync::Arc<std::sync::Mutex<std::collections::HashMap<PathBuf, bool>>>,
}

/// Why a symbolic link of the site is not followed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// It leads outside the site's folder, to this place.
    Outside(PathBuf),
    /// It leads back to a folder it is in (a loop).
    Loop,
    /// What it points at does not exist.
    Broken,
}

impl Refusal {
    /// The diagnostic naming `link`.
    pub fn diagnostic(&self, link: &Path) -> Diagnostic {
        match self {
            Refusal::Outside(target) => Diagnostic::error(
                link,
                None,
                msg!("T0720-link-outside", link = link, target = target.as_path()),
            )
            .with_help(msg!("T0720-link-outside-help")),
            Refusal::Loop => Diagnostic::warning(link, None, msg!("T0721-link-loop", link = link))
                .with_help(msg!("T0721-link-loop-help")),
            Refusal::Broken => {
                Diagnostic::warning(link, None, msg!("T0722-link-broken", link = link))
                    .with_help(msg!("T0722-link-broken-help"))
            }
        }
    }
}

/// The error of a read refused because the path leads outside the site.
#[derive(Debug)]
pub struct OutsideSite {
    pub target: PathBuf,
}

impl std::fmt::Display for OutsideSite {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "leads outside the site, to {}", self.target.display())
    }
}

impl std::error::Error for OutsideSite {}

impl DiskFs {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        let root = root.into();
        let canonical_root = std::fs::canonicalize(&root).unwrap_or_else(|_| root.clone());
        DiskFs {
            root,
            canonical_root,
            refused: Default::default(),
            folders: Default::default(),
        }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Whether `canonical` (where the site path `rel` really is) is inside
    /// the site, or inside the theme folder `themes/NAME` that `rel` is in.
    fn allowed(&self, rel: &Path, canonical: &Path) -> bool {
        if canonical.starts_with(&self.canonical_root) {
            return true;
        }
        let mut parts = rel.components();
        match (parts.next(), parts.next()) {
            (Some(Component::Normal(first)), Some(Component::Normal(name)))
                if first == "themes" =>
            {
                let theme = self.root.join("themes").join(name);
                std::fs::canonicalize(theme).is_ok_and(|t| canonical.starts_with(t))
            }
            _ => false,
        }
    }

    /// The site path `rel` on disk, refused when it really is outside the
    /// site. Paths with `..`, or absolute ones, are refused too. Only links
    /// are resolved: a plain file costs one `lstat` and the check of its
    /// folder, which is resolved once and remembered.
    fn checked(&self, rel: &Path) -> io::Result<PathBuf> {
        let outside = |target: PathBuf| {
            io::Error::new(io::ErrorKind::PermissionDenied, OutsideSite { target })
        };
        if !rel
            .components()
            .all(|c| matches!(c, Component::Normal(_) | Component::CurDir))
        {
            return Err(outside(rel.to_path_buf()));
        }
        let full = self.root.join(rel);
        let meta = std::fs::symlink_metadata(&full)?;
        let folder_allowed = match rel.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => self.folder_allowed(dir)?,
            _ => true,
        };
        if !folder_allowed || meta.is_symlink() {
            let canonical = std::fs::canonicalize(&full)?;
            if !self.allowed(rel, &canonical) {
                return Err(outside(canonical));
            }
        }
        Ok(full)
    }

    /// Whether the folder `dir` (a site path) really is inside the site.
    fn folder_allowed(&self, dir: &Path) -> io::Result<bool> {
        let known = self
            .folders
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(dir)
            .copied();
        if let Some(ok) = known {
            return Ok(ok);
        }
        let canonical = std::fs::canonicalize(self.root.join(dir))?;
        let ok = self.allowed(dir, &canonical);
        self.folders
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(dir.to_path_buf(), ok);
        Ok(ok)
    }

    /// Why the link `full` (at site path `rel`) must not be followed, if it
    /// must not.
    fn refusal(&self, rel: &Path, full: &Path) -> Option<Refusal> {
        match std::fs::canonicalize(full) {
            Ok(target) => (!self.allowed(rel, &target)).then_some(Refusal::Outside(target)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Some(Refusal::Broken),
            Err(_) => Some(Refusal::Loop),
        }
    }

    fn refuse(&self, rel: &Path, why: Refusal) {
        self.refused
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(rel.to_path_buf(), why);
    }
}

impl SourceFs for DiskFs {
    fn list(&self, dir: &Path) -> io::Result<Vec<PathBuf>> {
        // What an earlier listing of this folder refused is found again.
        self.refused
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .retain(|link, _| !link.starts_with(dir));
        self.folders
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .retain(|folder, _| !folder.starts_with(dir));
        let base = self.root.join(dir);
        let Ok(meta) = std::fs::symlink_metadata(&base) else {
            return Ok(Vec::new());
        };
        if !meta.is_dir() && !meta.is_symlink() {
            return Ok(Vec::new());
        }
        // The folder itself, or one above it, may be a link (one resolution
        // per listing).
        if let Some(why) = self.refusal(dir, &base) {
            self.refuse(dir, why);
            return Ok(Vec::new());
        }
        if !base.is_dir() {
            return Ok(Vec::new());
        }
        let mut out = Vec::new();
        let mut walk = walkdir::WalkDir::new(&base)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter();
        while let Some(item) = walk.next() {
            let item = match item {
                Ok(item) => item,
                Err(e) => {
                    let Some(path) = e.path().map(Path::to_path_buf) else {
                        return Err(io::Error::other(e));
                    };
                    let rel = path.strip_prefix(&self.root).map_err(io::Error::other)?;
                    let why = if e.loop_ancestor().is_some() {
                        Refusal::Loop
                    } else if std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_symlink()) {
                        self.refusal(rel, &path).unwrap_or(Refusal::Broken)
                    } else {
                        return Err(Unlisted::error(rel, e));
                    };
                    self.refuse(rel, why);
                    continue;
                }
            };
            let rel = item
                .path()
                .strip_prefix(&self.root)
                .map_err(io::Error::other)?;
            if item.path_is_symlink()
                && item.depth() > 0
                && let Some(why) = self.refusal(rel, item.path())
            {
                self.refuse(rel, why);
                if item.file_type().is_dir() {
                    walk.skip_current_dir();
                }
                continue;
            }
            if item.file_type().is_file() {
                out.push(rel.to_path_buf());
            }
        }
        Ok(out)
    }

    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        std::fs::read(self.checked(path)?)
    }

    fn is_file(&self, path: &Path) -> bool {
        self.checked(path).is_ok_and(|p| p.is_file())
    }

    fn size(&self, path: &Path) -> io::Result<u64> {
        Ok(std::fs::metadata(self.checked(path)?)?.len())
    }

    fn disk_path(&self, path: &Path) -> Option<PathBuf> {
        self.checked(path).ok().map(|_| self.root.join(path))
    }

    fn stamp(&self, path: &Path) -> Option<u128> {
        let meta = std::fs::metadata(self.root.join(path)).ok()?;
        let modified = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos());
        Some(modified.wrapping_mul(1 << 40) ^ u128::from(meta.len()))
    }

    fn refused_links(&self) -> Vec<Diagnostic> {
        self.refused
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
            .map(|(link, why)| why.diagnostic(link))
            .collect()
    }
}

/// An in-memory site, for tests and for `serve`.
#[derive(Debug, Clone, Default)]
pub struct MemFs {
    files: BTreeMap<PathBuf, Vec<u8>>,
}

impl MemFs {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn insert(&mut self, path: impl Into<PathBuf>, content: impl Into<Vec<u8>>) {
        self.files.insert(path.into(), content.into());
    }

    pub fn remove(&mut self, path: &Path) {
        self.files.remove(path);
    }

    pub fn with(mut self, path: &str, content: &str) -> Self {
        self.insert(path, content.as_bytes().to_vec());
        self
    }
}

impl SourceFs for MemFs {
    fn list(&self, dir: &Path) -> io::Result<Vec<PathBuf>> {
        Ok(self
            .files
            .keys()
            .filter(|p| p.starts_with(dir))
            .cloned()
            .collect())
    }

    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        self.files.get(path).cloned().ok_or_else(|| {
            io::Error::new(
                io::ErrorKind::NotFound,
                format!("{} not found", path.display()),
            )
        })
    }

    fn is_file(&self, path: &Path) -> bool {
        self.files.contains_key(path)
    }

    fn size(&self, path: &Path) -> io::Result<u64> {
        self.read(path).map(|b| b.len() as u64)
    }

    fn disk_path(&self, _path: &Path) -> Option<PathBuf> {
        None
    }

    fn stamp(&self, path: &Path) -> Option<u128> {
        use std::hash::Hash;
        let bytes = self.files.get(path)?;
        let mut h = crate::fingerprint::Hasher::new();
        bytes.hash(&mut h);
        Some(u128::from(h.finish()))
    }
}

/// A folder below the listed one that could not be read: which one, with
/// the I/O error's kind kept (so "permission denied" reads as such).
#[derive(Debug)]
struct Unlisted {
    folder: PathBuf,
    source: io::Error,
}

impl Unlisted {
    fn error(folder: &Path, e: walkdir::Error) -> io::Error {
        let source = e
            .into_io_error()
            .unwrap_or_else(|| io::Error::other("walk"));
        let kind = source.kind();
        io::Error::new(
            kind,
            Unlisted {
                folder: folder.to_path_buf(),
                source,
            },
        )
    }
}

impl std::fmt::Display for Unlisted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.folder.display(), self.source)
    }
}

impl std::error::Error for Unlisted {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

/// The files below `dir` of a folder the site may leave out (`data/`,
/// `static/`, `templates/`, a folder entry): one that is missing, or
/// vanishes while being listed, has no files; one that cannot be read is an
/// error, never a silently smaller site.
pub fn list_optional(fs: &dyn SourceFs, dir: &Path) -> io::Result<Vec<PathBuf>> {
    match fs.list(dir) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(Vec::new()),
        listed => listed,
    }
}

/// T0730: the folder `dir` (or the folder inside it that the error names)
/// could not be read, with the reason in plain words.
pub fn unreadable_folder(dir: &Path, e: &io::Error) -> Diagnostic {
    let unlisted = e.get_ref().and_then(|r| r.downcast_ref::<Unlisted>());
    let (folder, reason) = match unlisted {
        Some(u) => (u.folder.as_path(), io_reason(&u.source)),
        None => (dir, io_reason(e)),
    };
    Diagnostic::error(
        folder,
        None,
        msg!("T0730-cannot-read-folder", reason = reason),
    )
    .with_help(msg!("T0730-cannot-read-folder-help"))
}

/// [`list_optional`], a failure as an operational error naming the folder
/// (where no list of diagnostics is at hand).
pub fn list_or_fail(fs: &dyn SourceFs, dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    list_optional(fs, dir).map_err(|e| {
        anyhow::Error::new(e).context(crate::i18n::Localized(msg!("listing-folder", folder = dir)))
    })
}

/// Editors' temporary and hidden files (`~$x.docx`, `.x.swp`, `x~`, Vim's
/// `4913`): never content nor assets, never watched.
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

/// Byte offsets of line starts, to turn a byte offset into line:col.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// 1-based line and 1-based column in characters. Offsets past the end or
    /// inside a UTF-8 sequence are clamped, never a panic.
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line - 1];
        let col = text[start..offset].chars().count() + 1;
        Position::new(line, col)
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }
}

/// A decoded, normalised text file of the site.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Relative to the site root, as shown in diagnostics.
    pub path: PathBuf,
    pub text: String,
    pub lines: LineIndex,
}

impl SourceFile {
    /// Decode and normalise raw bytes; a file that is not text is a diagnostic.
    pub fn decode(path: impl Into<PathBuf>, bytes: &[u8]) -> Result<SourceFile, Diagnostic> {
        let path = path.into();
        let text = decode_text(bytes).map_err(|e| e.into_diagnostic(&path))?;
        let text = normalise_text(&text);
        let lines = LineIndex::new(&text);
        Ok(SourceFile { path, text, lines })
    }

    pub fn read(fs: &dyn SourceFs, path: &Path) -> Result<SourceFile, Diagnostic> {
        let bytes = fs.read(path).map_err(|e| {
            if let Some(outside) = e.get_ref().and_then(|r| r.downcast_ref::<OutsideSite>()) {
                return Refusal::Outside(outside.target.clone()).diagnostic(path);
            }
            Diagnostic::error(
                path,
                None,
                msg!("T0101-cannot-read", reason = io_reason(&e)),
            )
        })?;
        SourceFile::decode(path, &bytes)
    }

    pub fn position(&self, offset: usize) -> Position {
        self.lines.position(&self.text, offset)
    }
}

/// Why bytes could not be read as text.
#[derive(Debug)]
struct DecodeError {
    position: Position,
    message: Message,
}

impl DecodeError {
    fn into_diagnostic(self, path: &Path) -> Diagnostic {
        Diagnostic::error(path, Some(self.position), self.message)
            .with_help(msg!("T0102-help-save-utf8"))
    }
}

/// Why a file could not be read, in plain words.
fn io_reason(e: &io::Error) -> Message {
    use io::ErrorKind as K;
    match e.kind() {
        K::NotFound => msg!("io-not-found"),
        K::PermissionDenied => msg!("io-permission-denied"),
        K::InvalidData => msg!("io-invalid-data"),
        K::IsADirectory => msg!("io-is-a-directory"),
        K::NotADirectory => msg!("io-not-a-directory"),
        _ => msg!("io-other", detail = e.to_string()),
    }
}

fn decode_text(bytes: &[u8]) -> Result<String, DecodeError> {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return decode_utf8(rest);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return decode_utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return decode_utf16(rest, u16::from_be_bytes);
    }
    decode_utf8(bytes)
}

fn decode_utf8(bytes: &[u8]) -> Result<String, DecodeError> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_owned()),
        Err(e) => {
            let good = String::from_utf8_lossy(&bytes[..e.valid_up_to()]).into_owned();
            let position = LineIndex::new(&good).position(&good, good.len());
            Err(DecodeError {
                position,
                message: msg!("T0102-not-utf8"),
            })
        }
    }
}

fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, DecodeError> {
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .map_err(|_| DecodeError {
            position: Position::new(1, 1),
            message: msg!("T0102-bad-utf16"),
        })
}

/// CRLF and lone CR to LF, NFC, the look-alike Ð/ð (U+00D0/U+00F0, left by
/// old TCVN3/VNI converters) to Vietnamese Đ/đ, and NBSP in indentation or
/// Markdown markers to plain spaces. Line numbers are unchanged.
pub fn normalise_text(text: &str) -> String {
    let unix = if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text.to_owned()
    };
    let nfc = if crate::vietnamese::fold::is_nfc(&unix) {
        unix
    } else {
        unix.nfc().collect()
    };
    let nfc = if nfc.contains(['\u{D0}', '\u{F0}']) {
        nfc.replace('\u{D0}', "Đ").replace('\u{F0}', "đ")
    } else {
        nfc
    };
    if nfc.contains(is_nbsp) {
        leading_nbsp_to_space(&nfc)
    } else {
        nfc
    }
}

/// No-break spaces that Word inserts.
pub fn is_nbsp(c: char) -> bool {
    matches!(c, '\u{00A0}' | '\u{202F}' | '\u{2007}')
}

/// Replace NBSPs in the leading run of each line made of whitespace and
/// Markdown block markers (`#`, `>`, `-`, `*`, `+`, digits, `.`, `)`), where
/// they would otherwise stop a heading or list from being recognised.
fn leading_nbsp_to_space(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let mut leading = true;
        for c in line.chars() {
            if leading && is_nbsp(c) {
                out.push(' ');
                continue;
            }
            if !(c == ' ' || c == '\t' || "#>-*+.)".contains(c) || c.is_ascii_digit()) {
                leading = false;
            }
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_crlf_and_nfd_are_normalised() {
        let bytes = "\u{FEFF}---\r\ntitle: Ðo\u{0302}\u{0301}ng Tha\u{0301}p\r\n---\r\n".as_bytes();
        let f = SourceFile::decode("a.md", bytes).unwrap();
        assert_eq!(f.text, "---\ntitle: Đống Tháp\n---\n");
    }

    #[test]
    fn utf16_le_with_bom_is_read() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "tiêu đề".encode_utf16() {
            bytes.extend(u.to_le_bytes());
        }
        assert_eq!(SourceFile::decode("a.md", &bytes).unwrap().text, "tiêu đề");
    }

    #[test]
    fn invalid_utf8_points_at_the_bad_byte() {
        let d = SourceFile::decode("a.md", b"ok\nab\xFFc").unwrap_err();
        assert_eq!(d.position, Some(Position::new(2, 3)));
    }

    #[test]
    fn nbsp_in_markers_becomes_space_but_not_in_prose() {
        let t = normalise_text("##\u{A0}Mục tiêu\n-\u{A0}một\u{A0}hai\n");
        assert_eq!(t, "## Mục tiêu\n- một\u{A0}hai\n");
    }

    #[test]
    fn line_index_counts_characters() {
        let text = "ab\nđồng x\n";
        let idx = LineIndex::new(text);
        let off = text.find('x').unwrap();
        assert_eq!(idx.position(text, off), Position::new(2, 6));
        assert_eq!(idx.position(text, 0), Position::new(1, 1));
        assert_eq!(idx.position(text, 9999), Position::new(3, 1));
    }

    #[test]
    fn mem_fs_lists_below_a_dir() {
        let fs = MemFs::new()
            .with("content/a.md", "x")
            .with("data/b.yaml", "y");
        assert_eq!(
            fs.list(Path::new("content")).unwrap(),
            vec![PathBuf::from("content/a.md")]
        );
    }
}
