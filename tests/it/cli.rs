//! The `thidua` binary: exit codes, atomic output, `init`.

use std::process::Command;

fn thidua(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_thidua"))
        .env("THIDUA_LANG", "en")
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn usage_errors_exit_2_and_content_errors_exit_1() {
    assert_eq!(
        thidua(&["build", "--today", "not-a-date"]).status.code(),
        Some(2)
    );
    assert_eq!(thidua(&["frobnicate"]).status.code(), Some(2));
    let dir = crate::support::site_on_disk();
    std::fs::write(
        dir.path().join("content/news/hong.md"),
        "---\ntitle: x\n---\n",
    )
    .unwrap();
    let out = thidua(&[
        "check",
        "--root",
        dir.path().to_str().unwrap(),
        "--today",
        "2026-11-23",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("content/news/hong.md:2:1: error: a tin bài needs `date`")
    );
}

#[test]
fn a_failed_build_leaves_the_previous_output_untouched() {
    let dir = crate::support::site_on_disk();
    let root = dir.path().to_str().unwrap();
    let ok = thidua(&["build", "--root", root, "--today", "2026-11-23"]);
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let page = dir
        .path()
        .join("public/guong-dien-hinh/nguyen-van-an/index.html");
    let before = std::fs::read(&page).unwrap();
    std::fs::write(
        dir.path().join("content/exemplars/nguyen-van-an.md"),
        "---\ntitle: Nguyễn Văn An\nsubject: person\n---\n",
    )
    .unwrap();
    let failed = thidua(&["build", "--root", root, "--today", "2026-11-23"]);
    assert_eq!(failed.status.code(), Some(1));
    assert_eq!(std::fs::read(&page).unwrap(), before);
    let stray: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(
        stray.is_empty(),
        "no temporary folders left behind: {stray:?}"
    );
}

#[test]
fn a_slug_cannot_write_outside_the_output() {
    let dir = crate::support::site_on_disk();
    std::fs::write(
        dir.path().join("content/news/thoat.md"),
        "---\ntitle: x\nslug: ../../thoat\ndate: 2024-01-01\n---\n",
    )
    .unwrap();
    let out = thidua(&[
        "build",
        "--root",
        dir.path().to_str().unwrap(),
        "--today",
        "2026-11-23",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        !dir.path().join("thoat").exists() && !dir.path().parent().unwrap().join("thoat").exists()
    );
}

#[test]
fn refuses_to_replace_a_folder_it_did_not_make() {
    let dir = crate::support::site_on_disk();
    let other = tempfile::tempdir().unwrap();
    std::fs::write(other.path().join("quan-trong.txt"), "giữ lại").unwrap();
    let out = thidua(&[
        "build",
        "--root",
        dir.path().to_str().unwrap(),
        "--output",
        other.path().to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(other.path().join("quan-trong.txt").exists());
}

#[test]
fn init_creates_a_site_that_builds_at_once() {
    let parent = tempfile::tempdir().unwrap();
    let site = parent.path().join("trang-moi");
    let out = thidua(&["init", site.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let built = thidua(&["build", "--root", site.to_str().unwrap()]);
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    assert!(
        site.join("public/guong-dien-hinh/nguyen-van-an/index.html")
            .exists()
    );
    assert_eq!(
        thidua(&["init", site.to_str().unwrap()]).status.code(),
        Some(1),
        "refuses a non-empty folder"
    );
}

#[test]
fn init_embeds_every_theme_file() {
    let theme = crate::support::repo().join("themes/default");
    let mut on_disk: Vec<String> = walkdir::WalkDir::new(&theme)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            e.path()
                .strip_prefix(&theme)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect();
    on_disk.sort();
    let mut embedded: Vec<String> = thidua::init::THEME_FILES
        .iter()
        .map(|(p, _)| (*p).to_owned())
        .collect();
    embedded.sort();
    assert_eq!(embedded, on_disk);
}

#[test]
fn help_is_plain_words() {
    let out = thidua(&["build", "--help"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("--drafts") && text.contains("--today") && text.contains("--base-url"));
}
