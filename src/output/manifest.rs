//! The output's manifest: one line per file of the built site with the hash
//! of its content, its size and its modification time, kept in the output
//! folder (`.thidua-manifest`) beside the marker. The next build compares
//! what it renders with it and leaves a file whose content is the same
//! untouched: no write, same modification time, so `rsync` and CDN uploads
//! send only what changed (issue 14).
//!
//! A file is trusted only while its size and modification time on disk are
//! what the manifest says: a file edited or replaced by hand is written
//! again. The hash is XXH3-128, stable across versions and machines (the
//! manifest outlives the process, unlike [`crate::fingerprint`]).

use std::collections::HashMap;
use std::fs;
use std::io::Write as _;
use std::path::Path;
use std::time::UNIX_EPOCH;

/// The manifest's file name inside the output folder.
pub const FILE: &str = ".thidua-manifest";

const HEADER: &str = "thidua-manifest 1";

/// What the manifest knows of one output file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Record {
    /// XXH3-128 of the content; for a copied file, of its source's path,
    /// size and modification time (see [`copy_hash`]).
    pub hash: u128,
    pub size: u64,
    /// Nanoseconds since the Unix epoch.
    pub mtime: i128,
}

/// The hash of a written file's bytes.
pub fn bytes_hash(bytes: &[u8]) -> u128 {
    xxhash_rust::xxh3::xxh3_128(bytes)
}

/// The hash standing for a file copied from the site: its source's path,
/// size and modification time, so an unchanged source is not read again.
pub fn copy_hash(source: &Path, meta: &fs::Metadata) -> u128 {
    let mut key = Vec::with_capacity(96);
    key.extend_from_slice(b"copy\0");
    key.extend_from_slice(source.to_string_lossy().as_bytes());
    key.push(0);
    key.extend_from_slice(&meta.len().to_le_bytes());
    key.extend_from_slice(&mtime(meta).to_le_bytes());
    xxhash_rust::xxh3::xxh3_128(&key)
}

/// A file's modification time in nanoseconds since the epoch (0 when the
/// system has none).
pub fn mtime(meta: &fs::Metadata) -> i128 {
    let Ok(t) = meta.modified() else { return 0 };
    match t.duration_since(UNIX_EPOCH) {
        Ok(d) => i128::try_from(d.as_nanos()).unwrap_or(i128::MAX),
        Err(e) => -i128::try_from(e.duration().as_nanos()).unwrap_or(i128::MAX),
    }
}

/// Output path (forward slashes) → record.
pub type Manifest = HashMap<String, Record>;

/// Reads the manifest of `dir`; `None` when it is missing or not one this
/// version wrote (the build then starts from empty).
pub fn read(dir: &Path) -> Option<Manifest> {
    let text = fs::read_to_string(dir.join(FILE)).ok()?;
    parse(&text)
}

/// A manifest's text, read back (`None`: not one this version writes).
pub fn parse(text: &str) -> Option<Manifest> {
    let mut lines = text.lines();
    if lines.next()? != HEADER {
        return None;
    }
    let mut manifest = Manifest::new();
    for line in lines {
        let mut parts = line.splitn(4, ' ');
        let hash = u128::from_str_radix(parts.next()?, 16).ok()?;
        let size = parts.next()?.parse().ok()?;
        let mtime = parts.next()?.parse().ok()?;
        let path = parts.next()?;
        manifest.insert(path.to_owned(), Record { hash, size, mtime });
    }
    Some(manifest)
}

/// The manifest's text, sorted by path (the same site gives the same file).
fn render<'a>(records: impl Iterator<Item = (&'a str, &'a Record)>) -> String {
    let mut rows: Vec<_> = records.filter(|(p, _)| !p.contains('\n')).collect();
    rows.sort_unstable_by(|a, b| a.0.cmp(b.0));
    let mut text = String::with_capacity(rows.len() * 80 + 32);
    text.push_str(HEADER);
    text.push('\n');
    for (path, r) in rows {
        use std::fmt::Write as _;
        let _ = writeln!(text, "{:032x} {} {} {path}", r.hash, r.size, r.mtime);
    }
    text
}

/// Writes the manifest into `dir`, whole or not at all (a temporary file
/// renamed over the old one).
pub fn write<'a>(
    dir: &Path,
    records: impl Iterator<Item = (&'a str, &'a Record)>,
) -> std::io::Result<()> {
    let text = render(records);
    let mut tmp = tempfile::Builder::new()
        .prefix(".thidua-manifest.")
        .tempfile_in(dir)?;
    tmp.write_all(text.as_bytes())?;
    tmp.persist(dir.join(FILE)).map_err(|e| e.error)?;
    Ok(())
}

/// The record of a file just written, from its metadata.
pub fn record(hash: u128, meta: &fs::Metadata) -> Record {
    Record {
        hash,
        size: meta.len(),
        mtime: mtime(meta),
    }
}

/// Now, for tests that need a time unlike any file's.
#[cfg(test)]
fn now() -> i128 {
    i128::try_from(
        std::time::SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default()
            .as_nanos(),
    )
    .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manifest_reads_back_what_was_written() {
        let dir = tempfile::tempdir().unwrap();
        let a = Record {
            hash: bytes_hash("<p>Xin chào</p>".as_bytes()),
            size: 17,
            mtime: now(),
        };
        let b = Record {
            hash: u128::MAX,
            size: 0,
            mtime: -5,
        };
        let rows = [
            ("guong-dien-hinh/nguyen-van-a/index.html", &a),
            ("tai lieu/có dấu cách.pdf", &b),
        ];
        write(dir.path(), rows.iter().map(|(p, r)| (*p, *r))).unwrap();
        let m = read(dir.path()).unwrap();
        assert_eq!(m.len(), 2);
        assert_eq!(m["guong-dien-hinh/nguyen-van-a/index.html"], a);
        assert_eq!(m["tai lieu/có dấu cách.pdf"], b);
    }

    #[test]
    fn a_foreign_or_damaged_manifest_is_not_trusted() {
        assert!(parse("").is_none());
        assert!(parse("thidua-manifest 2\n").is_none());
        assert!(parse("thidua-manifest 1\nzz 1 2 a\n").is_none());
        assert!(parse("thidua-manifest 1\n00 1 2\n").is_none());
        assert_eq!(parse("thidua-manifest 1\n").map(|m| m.len()), Some(0));
    }

    #[test]
    fn the_hash_follows_the_content() {
        assert_eq!(bytes_hash(b"abc"), bytes_hash(b"abc"));
        assert_ne!(bytes_hash(b"abc"), bytes_hash(b"abd"));
        // XXH3-128 is a published algorithm: the value must not change
        // between versions, or every upgrade would rewrite every file.
        assert_eq!(
            format!("{:032x}", bytes_hash(b"")),
            "99aa06d3014798d86001c324468d497f"
        );
    }
}
