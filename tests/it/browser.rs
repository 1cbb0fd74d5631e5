//! The example site in headless Chromium: every page type renders, links
//! resolve, no console errors, no axe-core violations, valid HTML (Nu Html
//! Checker). The work is done by `tests/browser/check.mjs`; this test builds
//! the site and runs it.
//!
//! Needs `node`, Debian's Chromium, `java` and `npm ci --prefix tests/browser`.
//! Without them the test is skipped with one line, or fails where `CI` is
//! set (`crate::support::can_run`; `.ci/run` installs them).
//! Screenshots land in `target/screenshots/`.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use crate::support::{can_run, say};

fn runs(cmd: &str, arg: &str) -> bool {
    Command::new(cmd)
        .arg(arg)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

fn on_path(name: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|dir| dir.join(name))
        .find(|p| p.is_file())
}

fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("CHROMIUM_PATH") {
        return Some(PathBuf::from(p)).filter(|p| p.is_file());
    }
    let debian = Path::new("/usr/bin/chromium");
    if debian.is_file() {
        return Some(debian.to_path_buf());
    }
    on_path("chromium")
}

/// What is missing to run the browser checks, if anything.
fn missing(repo: &Path) -> Vec<String> {
    let mut why = Vec::new();
    if !runs("node", "--version") {
        why.push("`node` is not on PATH".to_string());
    }
    if chromium().is_none() {
        why.push("Chromium is not installed (apt-get install chromium)".to_string());
    }
    if !runs("java", "-version") {
        why.push("`java` is not on PATH (apt-get install default-jre-headless)".to_string());
    }
    let modules = repo.join("tests/browser/node_modules");
    for needed in [
        "playwright-core/package.json",
        "axe-core/axe.min.js",
        "vnu-jar/build/dist/vnu.jar",
    ] {
        if !modules.join(needed).is_file() {
            why.push(format!(
                "tests/browser/node_modules/{needed} is missing (npm ci --prefix tests/browser)"
            ));
            break;
        }
    }
    why
}

#[test]
fn example_site_in_headless_chromium() {
    let repo = crate::support::repo();
    let why = missing(&repo);
    let why = (!why.is_empty()).then(|| why.join("; "));
    if !can_run("example_site_in_headless_chromium", why) {
        return;
    }

    let started = Instant::now();
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    let build = Command::new(env!("CARGO_BIN_EXE_thidua"))
        .env("THIDUA_LANG", "en")
        .args(["build", "--today", "2026-11-23", "--root"])
        .arg(&repo)
        .arg("--output")
        .arg(&site)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(
        build.status.success(),
        "building the example site failed:\n{}",
        String::from_utf8_lossy(&build.stderr)
    );

    let shots = repo.join("target/screenshots");
    let mut node = Command::new("node");
    node.arg(repo.join("tests/browser/check.mjs"))
        .arg(&site)
        .arg(&shots)
        .stdin(Stdio::null());
    if let Some(c) = chromium() {
        node.env("CHROMIUM_PATH", c);
    }
    let out = node.output().unwrap();
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.status.success(),
        "browser checks failed (exit {:?}):\n{report}",
        out.status.code()
    );
    let summary = report
        .lines()
        .rfind(|l| l.starts_with("browser checks:"))
        .unwrap_or("browser checks passed");
    say(&format!(
        "{summary} ({:.0} s with the build)",
        started.elapsed().as_secs_f64()
    ));
}
