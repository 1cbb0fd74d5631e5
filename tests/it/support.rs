//! Loading fixture sites into memory and building them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use thidua::build::{self, BuildError, BuildOptions};
use thidua::diagnostic::Diagnostics;
use thidua::output::MemorySink;
use thidua::source::MemFs;

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn add_dir(fs: &mut MemFs, dir: &Path, prefix: &Path) {
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            let rel = entry.path().strip_prefix(dir).unwrap();
            fs.insert(prefix.join(rel), std::fs::read(entry.path()).unwrap());
        }
    }
}

/// A fixture site with the minimal test theme installed as `themes/min`.
pub fn fixture(name: &str) -> MemFs {
    let mut fs = MemFs::new();
    add_dir(
        &mut fs,
        &repo().join("tests/fixtures").join(name),
        Path::new(""),
    );
    add_dir(
        &mut fs,
        &repo().join("tests/fixtures/theme-min"),
        Path::new("themes/min"),
    );
    fs
}

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

pub fn options() -> BuildOptions {
    BuildOptions {
        today: Some(today()),
        ..BuildOptions::default()
    }
}

/// Build into memory; panics with the diagnostics if the build fails.
pub fn build_ok(fs: &MemFs, opts: &BuildOptions) -> BTreeMap<String, Vec<u8>> {
    let sink = MemorySink::with_source(fs.clone());
    match build::build(fs, opts, &sink) {
        Ok(_) => sink.into_files(),
        Err(BuildError::Content(d)) => {
            panic!("build failed:\n{}", d.render(thidua::i18n::Lang::En))
        }
        Err(BuildError::Io(e)) => panic!("build failed: {e:#}"),
    }
}

/// Build expecting content errors; returns them.
pub fn build_err(fs: &MemFs) -> Diagnostics {
    match build::build(fs, &options(), &MemorySink::new()) {
        Ok(_) => panic!("the build should have failed"),
        Err(BuildError::Content(d)) => d,
        Err(BuildError::Io(e)) => panic!("unexpected I/O error: {e:#}"),
    }
}

pub fn text(files: &BTreeMap<String, Vec<u8>>, path: &str) -> String {
    let bytes = files.get(path).unwrap_or_else(|| {
        panic!(
            "{path} was not written; files: {:?}",
            files.keys().take(80).collect::<Vec<_>>()
        )
    });
    String::from_utf8(bytes.clone()).unwrap()
}

/// The `<main>…</main>` fragment of a page.
pub fn main_of(html: &str) -> String {
    let start = html.find("<main").expect("page has <main>");
    let end = html.find("</main>").expect("page has </main>") + "</main>".len();
    html[start..end].to_owned()
}

/// Copy a folder recursively.
pub fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let dest = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&dest).unwrap();
        } else {
            std::fs::copy(entry.path(), &dest).unwrap();
        }
    }
}

/// A copy of the minimal fixture on disk, with the test theme as `themes/min`.
pub fn site_on_disk() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("tests/fixtures/minimal"), dir.path());
    copy_dir(
        &repo().join("tests/fixtures/theme-min"),
        &dir.path().join("themes/min"),
    );
    dir
}

/// `fs` with `files` (path, text) added or replaced.
pub fn with(mut fs: MemFs, files: &[(&str, &str)]) -> MemFs {
    for (path, text) in files {
        fs.insert(*path, text.as_bytes().to_vec());
    }
    fs
}

/// `thidua check` in memory.
pub fn check(fs: &MemFs, opts: &BuildOptions) -> thidua::audit::CheckReport {
    thidua::audit::check(fs, opts, &thidua::progress::Counter::new()).expect("check runs")
}

/// The report in both languages, for snapshots.
pub fn both(d: &Diagnostics) -> String {
    use thidua::i18n::Lang;
    format!(
        "--- vi ---\n{}--- en ---\n{}",
        d.render(Lang::Vi),
        d.render(Lang::En)
    )
}
