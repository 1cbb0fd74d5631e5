//! Loading fixture sites into memory and building them; the one policy for
//! tests that drive outside tools ([`can_run`]: skipped with one line and a
//! closing summary locally, mandatory wherever `CI` is set).

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

/// Write past libtest's output capture, so the line shows in a passing run.
pub fn say(line: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "{line}");
}

/// The tests that drive outside tools (headless Chromium, Node, the Nu Html
/// Checker, Python's feed and metadata readers), by name. Each reports once,
/// through [`tools_present`] or [`tools_missing`]; when all have, a run that
/// skipped some prints one summary line.
const OUTSIDE_TOOL_TESTS: [&str; 8] = [
    "example_site_in_headless_chromium",
    "queries_in_node_against_the_real_index",
    "judged_queries_on_the_example_site",
    "search_page_in_headless_chromium",
    "live_reload_and_overlay_in_headless_chromium",
    "real_consumers_read_feeds_and_metadata",
    "pyoembed_discovers_and_fetches_the_oembed_on_loopback",
    "two_embeds_grow_to_their_cards_in_chromium",
];

/// The one policy for tests that need outside tools: they are mandatory
/// where `CI` is set (to anything but empty, `0` or `false`; `.ci/run` sets
/// `CI=true`), and skipped with one line elsewhere.
pub fn tools_mandatory() -> bool {
    std::env::var_os("CI").is_some_and(|v| !v.is_empty() && v != "false" && v != "0")
}

/// Whether `test` can run: `missing` says what it lacks, if anything. When
/// something is missing, the test fails where tools are mandatory, and is
/// skipped (false) with one line elsewhere.
pub fn can_run(test: &'static str, missing: Option<String>) -> bool {
    match missing {
        None => {
            tools_present(test);
            true
        }
        Some(reason) => {
            tools_missing(test, &reason);
            false
        }
    }
}

/// `test` found its tools and ran with them.
pub fn tools_present(test: &'static str) {
    report_tools(test, None);
}

/// `test` lacks a tool (`reason`): a failure where tools are mandatory, else
/// one line saying it is skipped.
pub fn tools_missing(test: &'static str, reason: &str) {
    assert!(
        !tools_mandatory(),
        "{test} cannot run, and tests with outside tools are mandatory where CI is set: \
         {reason} (`sudo bash tests/install-tools.sh` installs them)"
    );
    say(&format!("skipped {test}: {reason}"));
    report_tools(test, Some(reason));
}

fn report_tools(test: &'static str, skipped: Option<&str>) {
    use std::sync::Mutex;
    static REPORTED: Mutex<Vec<(&str, bool)>> = Mutex::new(Vec::new());
    assert!(
        OUTSIDE_TOOL_TESTS.contains(&test),
        "{test} is not listed in OUTSIDE_TOOL_TESTS (tests/it/support.rs)"
    );
    let mut reported = REPORTED.lock().unwrap_or_else(|e| e.into_inner());
    if reported.iter().any(|(t, _)| *t == test) {
        return;
    }
    reported.push((test, skipped.is_some()));
    if reported.len() < OUTSIDE_TOOL_TESTS.len() {
        return;
    }
    let skipped: Vec<&str> = reported
        .iter()
        .filter(|(_, s)| *s)
        .map(|(t, _)| *t)
        .collect();
    if !skipped.is_empty() {
        say(&format!(
            "outside tools: {} of {} tests skipped ({}); `sudo bash tests/install-tools.sh` \
             installs what they need, and CI=true makes them mandatory",
            skipped.len(),
            OUTSIDE_TOOL_TESTS.len(),
            skipped.join(", ")
        ));
    }
}
