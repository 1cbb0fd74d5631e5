//! A rebuild with nothing changed does nothing. After every build, `thidua
//! build` records in the site's cache folder ([`crate::output::CACHE_DIR`])
//! a fingerprint of everything the output depends on ([`Inputs`]) and what
//! it printed. The next build computes the fingerprint again (the names,
//! sizes and modification times of the files it reads: no file is opened)
//! and, when it is the same and the output is exactly what the last build
//! left there (every file as its manifest says, nothing added or removed:
//! [`crate::output::update::intact`]), prints the same result and its
//! warnings again and leaves the output alone (issue 14: such a rebuild
//! must take at most a quarter of Hugo's time).
//!
//! The fingerprint covers the site's input folders and `thidua.yaml`, the
//! build date (anniversaries, open consultations and dates in pages follow
//! it), the options and language of the command, the output folder, the
//! `THIDUA_*` and `SOURCE_DATE_EPOCH` variables and the thidua binary itself
//! (its size and modification time). Anything else changes nothing a build
//! writes.

use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use xxhash_rust::xxh3::Xxh3;

use super::{BuildOptions, build_date};
use crate::output::{self, INPUT_DIRS, manifest};

/// Where the record of the last build is kept, relative to the site root.
const RECORD: &str = ".thidua-cache/lan-dung-truoc.json";

/// The fingerprint of a build's inputs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Inputs(u128);

impl Inputs {
    /// The inputs of building `root` into `output` with `opts`, told in
    /// `lang`. `None` when a folder cannot be read (the build then runs and
    /// reports it).
    pub fn of(root: &Path, output: &Path, opts: &BuildOptions, lang: &str) -> Option<Inputs> {
        let mut h = Xxh3::new();
        let mut add = |bytes: &[u8]| {
            h.update(&(bytes.len() as u64).to_le_bytes());
            h.update(bytes);
        };
        add(env!("CARGO_PKG_VERSION").as_bytes());
        if let Some(exe) = std::env::current_exe()
            .ok()
            .and_then(|p| fs::metadata(p).ok())
        {
            add(&stamp(&exe));
        }
        add(build_date(opts).to_string().as_bytes());
        add(format!("{opts:?}").as_bytes());
        add(lang.as_bytes());
        add(output.to_string_lossy().as_bytes());
        let mut vars: Vec<(String, String)> = std::env::vars()
            .filter(|(k, _)| k.starts_with("THIDUA_") || k == "SOURCE_DATE_EPOCH")
            .collect();
        vars.sort();
        for (k, v) in vars {
            add(k.as_bytes());
            add(v.as_bytes());
        }
        let config = root.join("thidua.yaml");
        match fs::metadata(&config) {
            Ok(m) => add(&stamp(&m)),
            Err(_) => add(b"-"),
        }
        for dir in INPUT_DIRS {
            add(dir.as_bytes());
            let top = root.join(dir);
            if !top.exists() {
                continue;
            }
            for entry in walkdir::WalkDir::new(&top).sort_by_file_name() {
                let entry = entry.ok()?;
                let rel = entry.path().strip_prefix(root).ok()?;
                add(rel.to_string_lossy().as_bytes());
                if !entry.file_type().is_dir() {
                    add(&stamp(&entry.metadata().ok()?));
                }
            }
        }
        Some(Inputs(h.digest128()))
    }
}

/// A file's size and modification time, as bytes to hash.
fn stamp(meta: &fs::Metadata) -> Vec<u8> {
    let mut b = meta.len().to_le_bytes().to_vec();
    b.extend_from_slice(&manifest::mtime(meta).to_le_bytes());
    b
}

/// What the last build of a site did and printed (in the language of its
/// command, which is part of [`Inputs`]).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct LastBuild {
    /// [`Inputs`] in hexadecimal.
    inputs: String,
    /// The output's manifest as that build wrote it (hash of its bytes).
    manifest: String,
    #[serde(flatten)]
    pub printed: Printed,
}

/// The result of a build, as [`LastBuild`] keeps it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Printed {
    pub pages: usize,
    pub entries: usize,
    pub files: usize,
    pub warning_count: usize,
    /// The warnings as printed.
    pub warnings: String,
    /// The entries left out, as the result line says them.
    pub left_out: Option<String>,
}

/// The output's manifest: its text and the hash of its bytes.
fn manifest_of(output: &Path) -> Option<(String, String)> {
    let text = fs::read_to_string(output.join(manifest::FILE)).ok()?;
    let hash = format!("{:032x}", manifest::bytes_hash(text.as_bytes()));
    Some((text, hash))
}

/// The last build, when nothing it depends on changed since and its output
/// is untouched: this build has nothing to do.
pub fn nothing_changed(root: &Path, output: &Path, inputs: Inputs) -> Option<LastBuild> {
    let text = fs::read_to_string(root.join(RECORD)).ok()?;
    let last: LastBuild = serde_json::from_str(&text).ok()?;
    if last.inputs != format!("{:032x}", inputs.0) {
        return None;
    }
    let (text, hash) = manifest_of(output)?;
    if hash != last.manifest || !output::update::intact(output, manifest::parse(&text)?) {
        return None;
    }
    Some(last)
}

/// Records a successful build (best effort: a site whose cache folder cannot
/// be written simply rebuilds every time).
pub fn remember(root: &Path, output: &Path, inputs: Inputs, printed: Printed) {
    let Some((_, manifest)) = manifest_of(output) else {
        return;
    };
    let last = LastBuild {
        inputs: format!("{:032x}", inputs.0),
        manifest,
        printed,
    };
    let path: PathBuf = root.join(RECORD);
    let Some(dir) = path.parent() else { return };
    let Ok(text) = serde_json::to_string(&last) else {
        return;
    };
    if fs::create_dir_all(dir).is_err() {
        return;
    }
    if let Ok(mut tmp) = tempfile::Builder::new()
        .prefix(".lan-dung-truoc.")
        .tempfile_in(dir)
    {
        use std::io::Write as _;
        if tmp.write_all(text.as_bytes()).is_ok() {
            let _ = tmp.persist(&path);
        }
    }
}
