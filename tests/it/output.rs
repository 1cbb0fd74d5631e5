//! The output folder and the site root (issue 10): what `build` refuses to
//! replace, where it refuses to write, the folders left by killed builds,
//! and a missing `--root`. Everything here runs the binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::support::site_on_disk;

/// The binary in `cwd`, with `THIDUA_LANG=lang`.
fn thidua_at(cwd: &Path, lang: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_thidua"))
        .current_dir(cwd)
        .env("THIDUA_LANG", lang)
        .env_remove("CI")
        .args(args)
        .output()
        .unwrap()
}

fn build(root: &Path, output: Option<&Path>) -> Output {
    let mut args = vec![
        "build",
        "--root",
        root.to_str().unwrap(),
        "--today",
        "2026-11-23",
    ];
    if let Some(out) = output {
        args.extend(["--output", out.to_str().unwrap()]);
    }
    thidua_at(root, "en", &args)
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Every path under `dir`, relative, sorted (folders too).
fn tree(dir: &Path) -> Vec<PathBuf> {
    let mut all: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .map(|e| e.unwrap().path().strip_prefix(dir).unwrap().to_path_buf())
        .collect();
    all.sort();
    all
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

// ------------------------------------------------------ 3: an existing file

#[test]
fn an_output_that_is_an_existing_file_is_refused_and_the_file_kept() {
    let site = site_on_disk();
    let file = site.path().join("bao-cao.txt");
    std::fs::write(&file, "quan trọng").unwrap();
    let out = build(site.path(), Some(&file));
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("error[T0801]"), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("bao-cao.txt is a file"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "quan trọng");
    let stray: Vec<String> = names_in(site.path())
        .into_iter()
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(stray.is_empty(), "nothing created beside it: {stray:?}");
}

#[cfg(unix)]
#[test]
fn an_output_that_is_a_link_is_refused_and_its_target_kept() {
    let site = site_on_disk();
    let elsewhere = tempfile::tempdir().unwrap();
    std::fs::write(elsewhere.path().join(".thidua-output"), "").unwrap();
    std::fs::write(elsewhere.path().join("index.html"), "cũ").unwrap();
    let link = site.path().join("public");
    std::os::unix::fs::symlink(elsewhere.path(), &link).unwrap();
    let out = build(site.path(), None);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("error[T0801]"), "{}", stderr(&out));
    assert!(link.symlink_metadata().unwrap().file_type().is_symlink());
    assert_eq!(
        std::fs::read_to_string(elsewhere.path().join("index.html")).unwrap(),
        "cũ"
    );
}

// ----------------------------------------- 4: folders left by killed builds

/// A folder as a killed build leaves it: the marker and one page.
fn thidua_leftover(path: &Path) {
    std::fs::create_dir_all(path).unwrap();
    std::fs::write(path.join(".thidua-output"), "").unwrap();
    std::fs::write(path.join("index.html"), "cũ").unwrap();
}

#[test]
fn folders_left_by_killed_builds_are_removed_by_the_next_build() {
    let site = site_on_disk();
    let root = site.path();
    assert!(build(root, None).status.success());
    // Killed after the first rename of the two-rename swap (this version's
    // and the previous versions' names), and while building.
    thidua_leftover(&root.join(".public.old-Ab12Cd/previous"));
    thidua_leftover(&root.join(".old-output-Xy98Zw/previous"));
    thidua_leftover(&root.join(".public.building-Qr56St"));
    // Killed just after creating the staging folder, before the marker.
    std::fs::create_dir(root.join(".public.building-Em9ty0")).unwrap();
    let out = build(root, None);
    assert!(out.status.success(), "{}", stderr(&out));
    // The share cards' cache is the site's, not a leftover.
    let stray: Vec<String> = names_in(root)
        .into_iter()
        .filter(|n| n.starts_with('.') && n != ".thidua-cache")
        .collect();
    assert!(stray.is_empty(), "leftovers removed: {stray:?}");
    assert!(root.join("public/.thidua-output").is_file());
}

#[test]
fn folders_with_similar_names_not_made_by_thidua_are_never_removed() {
    let site = site_on_disk();
    let root = site.path();
    let keep = [
        // no marker
        ".public.building-Ab12Cd",
        ".old-output-Xy98Zw",
        ".public.old-Qr56St",
        // a marker, but not thidua's name pattern
        ".public.building-",
        ".public.building-tên-có-dấu",
        "public.building-Ab12Cd",
        ".khac.building-Ab12Cd",
    ];
    for name in keep {
        let dir = root.join(name);
        std::fs::create_dir(&dir).unwrap();
        std::fs::write(dir.join("ghi-chu.txt"), "của tôi").unwrap();
        if !name.starts_with(".public.building-A")
            && !name.starts_with(".old-output-")
            && !name.starts_with(".public.old-")
        {
            std::fs::write(dir.join(".thidua-output"), "").unwrap();
        }
    }
    // The marker below, with something else beside it.
    let mixed = root.join(".old-output-Mixed1");
    thidua_leftover(&mixed.join("previous"));
    std::fs::write(mixed.join("ghi-chu.txt"), "của tôi").unwrap();
    let out = build(root, None);
    assert!(out.status.success(), "{}", stderr(&out));
    for name in keep {
        assert!(root.join(name).join("ghi-chu.txt").is_file(), "{name} kept");
    }
    assert!(mixed.join("ghi-chu.txt").is_file());
}

#[test]
fn every_build_leaves_only_the_output_beside_it() {
    let site = site_on_disk();
    let root = site.path();
    let before = names_in(root);
    for _ in 0..3 {
        let out = build(root, None);
        assert!(out.status.success(), "{}", stderr(&out));
    }
    // The output, and the share cards' cache in the site.
    let mut expected = before;
    expected.extend(["public".into(), ".thidua-cache".into()]);
    expected.sort();
    assert_eq!(names_in(root), expected);
}

// ------------------------------------- 9: an output inside the site's input

#[test]
fn an_output_inside_a_folder_the_build_reads_is_refused_before_anything_is_written() {
    let site = site_on_disk();
    let root = site.path();
    let before = tree(root);
    for (inside, input) in [
        ("static/ban-dung", "static"),
        ("content/ra", "content"),
        ("content/documents/ke-hoach-1/ra", "content"),
        ("content/documents/ke-hoach-1", "content"),
        ("data/ra", "data"),
        ("templates", "templates"),
        ("themes/min/static/ra", "themes"),
        ("content/../static/./ra", "static"),
    ] {
        let out = build(root, Some(&root.join(inside)));
        assert_eq!(out.status.code(), Some(1), "{inside}: {}", stderr(&out));
        let text = stderr(&out);
        assert!(text.contains("error[T0804]"), "{inside}: {text}");
        assert!(text.contains(&format!("`{input}/`")), "{inside}: {text}");
        assert_eq!(tree(root), before, "{inside}: nothing written");
    }
    // The site itself, and a folder holding it.
    for output in [root.to_path_buf(), root.join("content/.."), root.join("..")] {
        let out = build(root, Some(&output));
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        assert!(stderr(&out).contains("error[T0803]"), "{}", stderr(&out));
        assert_eq!(tree(root), before);
    }
    // Beside the input folders is fine.
    let out = build(root, Some(&root.join("ban-dung")));
    assert!(out.status.success(), "{}", stderr(&out));
}

#[cfg(unix)]
#[test]
fn an_output_reached_through_a_link_into_an_input_folder_is_refused() {
    let site = site_on_disk();
    let root = site.path();
    std::fs::create_dir(root.join("static")).unwrap();
    std::os::unix::fs::symlink(root.join("static"), root.join("loi-tat")).unwrap();
    let out = build(root, Some(&root.join("loi-tat/ra")));
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("error[T0804]"), "{}", stderr(&out));
    assert!(!root.join("static/ra").exists());
}

// ---------------------------------------------------- 11: a missing --root

#[test]
fn a_missing_root_is_an_error_and_nothing_is_created() {
    let parent = tempfile::tempdir().unwrap();
    let missing = parent.path().join("khong-co");
    for command in ["build", "check"] {
        let out = thidua_at(
            parent.path(),
            "en",
            &[command, "--root", missing.to_str().unwrap()],
        );
        assert_eq!(out.status.code(), Some(1), "{command}: {}", stderr(&out));
        assert!(stderr(&out).contains("error[T0805]"), "{}", stderr(&out));
        assert!(!missing.exists(), "{command} created the root");
    }
    let out = thidua_at(
        parent.path(),
        "en",
        &["build", "--root", "khong-co", "--output", "ra/public"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(names_in(parent.path()).is_empty(), "nothing created");
    // A file given as the root.
    std::fs::write(parent.path().join("thidua.yaml"), "title: x\n").unwrap();
    let out = thidua_at(parent.path(), "en", &["build", "--root", "thidua.yaml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("error[T0805]"), "{}", stderr(&out));
    assert_eq!(names_in(parent.path()), ["thidua.yaml"]);
}

// ---------------------------------------------------- the words, both languages

#[test]
fn refusals_read_well_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let site = site_on_disk();
    crate::support::copy_dir(site.path(), &dir.path().join("trang"));
    std::fs::write(dir.path().join("bao-cao.txt"), "x").unwrap();
    std::fs::create_dir(dir.path().join("tai-lieu")).unwrap();
    std::fs::write(dir.path().join("tai-lieu/thu.txt"), "x").unwrap();
    let cases: [&[&str]; 6] = [
        &["build", "--root", "trang", "--output", "bao-cao.txt"],
        &["build", "--root", "trang", "--output", "tai-lieu"],
        &["build", "--root", "trang", "--output", "trang"],
        &["build", "--root", "trang", "--output", "."],
        &["build", "--root", "trang", "--output", "trang/static/ra"],
        &["build", "--root", "khong-co"],
    ];
    for lang in ["vi", "en"] {
        let mut text = String::new();
        for args in cases {
            let out = thidua_at(dir.path(), lang, args);
            assert_eq!(out.status.code(), Some(1));
            text.push_str(&format!("$ thidua {}\n{}\n", args.join(" "), stderr(&out)));
        }
        insta::assert_snapshot!(format!("refusals_{lang}"), text);
    }
}

// ------------------------------------ the result first, the old tree after

/// A rebuild over an existing output removes the previous tree once the
/// new one is in place (after reporting the result): nothing of it is left
/// beside the output.
#[test]
fn a_rebuild_leaves_no_previous_tree_behind() {
    let site = site_on_disk();
    for _ in 0..2 {
        let out = build(site.path(), None);
        assert!(out.status.success(), "{}", stderr(&out));
        let line = String::from_utf8_lossy(&out.stdout).into_owned();
        assert!(line.contains(" ms"), "{line}");
    }
    let stray: Vec<String> = names_in(site.path())
        .into_iter()
        .filter(|n| n.starts_with('.') && n != ".thidua-output" && n != ".thidua-cache")
        .collect();
    assert!(stray.is_empty(), "left beside public/: {stray:?}");
    assert!(site.path().join("public/index.html").exists());
}
