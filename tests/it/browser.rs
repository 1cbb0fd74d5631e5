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
    let root = tmp.path().join("root");
    example_with_every_type(&repo, &root);
    let build = Command::new(env!("CARGO_BIN_EXE_thidua"))
        .env("THIDUA_LANG", "en")
        .args(["build", "--today", "2026-11-23", "--root"])
        .arg(&root)
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

/// A copy of the example portal in `root`, with an award decision and an
/// open and a closed consultation added when the example has none, so the
/// checks always see a decision, a nomination, the honour roll and the home
/// page's consultations block. (Built on 2026-11-23: the consultation
/// below is open then.)
fn example_with_every_type(repo: &Path, root: &Path) {
    std::fs::create_dir_all(root).unwrap();
    std::fs::copy(repo.join("thidua.yaml"), root.join("thidua.yaml")).unwrap();
    for dir in ["content", "data", "static", "themes"] {
        if repo.join(dir).is_dir() {
            crate::support::copy_dir(&repo.join(dir), &root.join(dir));
        }
    }
    let has_entries = |section: &str| {
        walkdir::WalkDir::new(root.join("content").join(section))
            .into_iter()
            .filter_map(Result::ok)
            .any(|e| {
                e.path().extension().is_some_and(|x| x == "md") && e.file_name() != "_index.md"
            })
    };
    // The first exemplar, for a recipient linked to its page.
    let exemplar = walkdir::WalkDir::new(root.join("content/exemplars"))
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "md"))
        .find_map(|e| {
            let stem = e.path().file_stem()?.to_str()?;
            let slug = if stem == "index" {
                e.path().parent()?.file_name()?.to_str()?
            } else {
                stem
            };
            (slug != "_index").then(|| slug.to_owned())
        })
        .expect("the example site has exemplars");
    let write = |path: &str, text: &str| {
        let path = root.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    if !has_entries("decisions") {
        write(
            "content/decisions/kiem-thu-quyet-dinh.md",
            &format!(
                "---\ntitle: Quyết định tặng Bằng khen (dữ liệu kiểm thử)\nnumber: 9999/QĐ-UBND\n\
                 issued: 2024-06-10\nissuer: Ủy ban nhân dân thành phố Cần Thơ\n\
                 award: Bằng khen của Chủ tịch Ủy ban nhân dân thành phố\n\
                 reason: đã có thành tích xuất sắc (dữ liệu kiểm thử)\nrecipients:\n\
                 \x20 - {{name: Người được khen, subject: person, exemplar: {exemplar}}}\n\
                 \x20 - {{name: Tập thể được khen, subject: collective, locality: Quận Ninh Kiều}}\n---\n"
            ),
        );
    }
    if !has_entries("nominations") {
        let nomination = |slug: &str, opens: &str, closes: &str| {
            write(
                &format!("content/nominations/{slug}.md"),
                &format!(
                    "---\ntitle: Lấy ý kiến đề nghị khen thưởng {slug} (dữ liệu kiểm thử)\n\
                     council: Hội đồng Thi đua - Khen thưởng thành phố Cần Thơ\n\
                     award: “Huân chương Lao động” hạng Ba\nopens: {opens}\ncloses: {closes}\n\
                     contact: {{unit: Ban Thi đua - Khen thưởng thành phố, phone: 0292 3820 000, email: btdkt@example.vn}}\n\
                     nominees:\n  - {{name: Người được đề nghị, subject: person, achievements: Thành tích kiểm thử}}\n---\n"
                ),
            );
        };
        nomination("kiem-thu-dang-mo", "2026-11-16", "2026-12-04");
        nomination("kiem-thu-da-dong", "2025-10-01", "2025-10-15");
    }
}
