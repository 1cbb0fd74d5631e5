//! Rebuilding over an existing output (issue 14): an output updated in place
//! is byte for byte what a build from empty gives, files whose content did
//! not change keep their modification time, and a rebuild with nothing
//! changed leaves the output alone and says so. Everything here runs the
//! binary on a copy of the bundled example site.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Output};
use std::time::SystemTime;

use crate::support::{copy_dir, repo};

/// The example site (content, static files, data, the default theme,
/// thidua.yaml) in a temporary folder.
fn example_site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for folder in ["content", "static", "data", "themes"] {
        if repo().join(folder).is_dir() {
            copy_dir(&repo().join(folder), &dir.path().join(folder));
        }
    }
    std::fs::copy(repo().join("thidua.yaml"), dir.path().join("thidua.yaml")).unwrap();
    dir
}

fn build(root: &Path, extra: &[&str]) -> Output {
    build_on(root, "2026-11-23", extra)
}

fn build_on(root: &Path, today: &str, extra: &[&str]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_thidua"))
        .current_dir(root)
        .env("THIDUA_LANG", "en")
        .env_remove("CI")
        .args(["build", "--today", today])
        .args(extra)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Every file of an output with its bytes, without the manifest (its
/// recorded times differ between two outputs with the same content).
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().is_file() && e.file_name() != ".thidua-manifest")
        .map(|e| {
            let rel = e.path().strip_prefix(dir).unwrap();
            let rel = rel.to_string_lossy().replace('\\', "/");
            (rel, std::fs::read(e.path()).unwrap())
        })
        .collect()
}

fn mtime(path: &Path) -> SystemTime {
    std::fs::metadata(path).unwrap().modified().unwrap()
}

/// Sleep past the file system's time resolution, so a rewritten file would
/// show a new modification time.
fn tick() {
    std::thread::sleep(std::time::Duration::from_millis(30));
}

const EXEMPLAR: &str = "content/exemplars/ho-van-ro.md";
const NEWS: &str = "content/news/nhac-han-gui-van-ban-phat-dong-dot-thi-dua-cao-diem.md";

#[test]
fn an_output_updated_in_place_is_byte_for_byte_a_build_from_empty() {
    let site = example_site();
    let root = site.path();
    let public = root.join("public");
    build(root, &[]);
    let exemplar = std::fs::read_to_string(root.join(EXEMPLAR)).unwrap();
    let news = std::fs::read(root.join(NEWS)).unwrap();
    let untouched = public.join("gioi-thieu/index.html");
    let kept = mtime(&untouched);
    tick();

    // An edited body, a removed entry, a new one.
    let sentence = "Chị còn hướng dẫn hai mươi hộ dân làm theo.";
    std::fs::write(root.join(EXEMPLAR), format!("{exemplar}\n{sentence}\n")).unwrap();
    std::fs::remove_file(root.join(NEWS)).unwrap();
    let added = exemplar.replacen("title:", "title: Bản sao -", 1);
    std::fs::write(root.join("content/exemplars/ban-sao.md"), added).unwrap();
    let out = build(root, &[]);
    assert!(!stdout(&out).contains("No source file changed"));
    let page =
        std::fs::read_to_string(public.join("guong-dien-hinh/ho-van-ro/index.html")).unwrap();
    assert!(page.contains(sentence));
    assert_eq!(mtime(&untouched), kept, "an unchanged page was rewritten");
    let edited = files(&public);
    let mut fresh_edited = root.join("tuoi-moi-1");
    let out = build(root, &["--output", fresh_edited.to_str().unwrap()]);
    assert!(!stdout(&out).contains("No source file changed"));
    assert!(
        files(&fresh_edited) == edited,
        "{}",
        first_difference(&files(&fresh_edited), &edited)
    );
    std::fs::remove_dir_all(&fresh_edited).unwrap();

    // Back as it was: the updated output is again what a build from empty
    // gives, file for file and byte for byte.
    std::fs::write(root.join(EXEMPLAR), exemplar).unwrap();
    std::fs::write(root.join(NEWS), news).unwrap();
    std::fs::remove_file(root.join("content/exemplars/ban-sao.md")).unwrap();
    build(root, &[]);
    fresh_edited = root.join("tuoi-moi-2");
    build(root, &["--output", fresh_edited.to_str().unwrap()]);
    let (updated, fresh) = (files(&public), files(&fresh_edited));
    assert!(updated == fresh, "{}", first_difference(&fresh, &updated));
    assert!(!public.join("guong-dien-hinh/ban-sao").exists());
}

fn first_difference(a: &BTreeMap<String, Vec<u8>>, b: &BTreeMap<String, Vec<u8>>) -> String {
    for (path, bytes) in a {
        match b.get(path) {
            None => return format!("{path} only in the first"),
            Some(other) if other != bytes => return format!("{path} differs"),
            _ => {}
        }
    }
    b.keys()
        .find(|p| !a.contains_key(*p))
        .map_or("no difference".into(), |p| {
            format!("{p} only in the second")
        })
}

#[test]
fn a_rebuild_with_nothing_changed_leaves_the_output_alone_and_says_so() {
    let site = example_site();
    let root = site.path();
    let public = root.join("public");
    let first = build(root, &[]);
    let page = public.join("index.html");
    let kept = mtime(&page);
    tick();
    let second = build(root, &[]);
    assert!(
        stdout(&second).contains("No source file changed"),
        "{}",
        stdout(&second)
    );
    assert_eq!(mtime(&page), kept);
    // The same result and the same warnings as the build that made it.
    let counts = |o: &Output| {
        stdout(o)
            .lines()
            .next()
            .unwrap()
            .split(" in ")
            .next()
            .unwrap()
            .to_owned()
    };
    assert_eq!(counts(&first), counts(&second));
    assert_eq!(first.stderr, second.stderr);

    // A page removed by hand: the output is no longer the last build's.
    std::fs::remove_file(&page).unwrap();
    let out = build(root, &[]);
    assert!(!stdout(&out).contains("No source file changed"));
    assert!(page.is_file());

    // Another build date: anniversaries and consultations follow it.
    let out = build_on(root, "2026-11-24", &[]);
    assert!(!stdout(&out).contains("No source file changed"));

    // An edited entry.
    let out = build(root, &[]);
    assert!(
        !stdout(&out).contains("No source file changed"),
        "the date changed back"
    );
    tick();
    let text = std::fs::read_to_string(root.join(EXEMPLAR)).unwrap();
    std::fs::write(root.join(EXEMPLAR), format!("{text}\nThêm một câu.\n")).unwrap();
    let out = build(root, &[]);
    assert!(!stdout(&out).contains("No source file changed"));
    let out = build(root, &[]);
    assert!(stdout(&out).contains("No source file changed"));
}
