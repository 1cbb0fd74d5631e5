//! `serve`'s incremental rebuild: after every edit, rename and delete, the
//! files it serves equal a fresh full build of the same sources, byte for
//! byte; a broken edit leaves the last good build in place.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use thidua::build::BuildError;
use thidua::incremental::{Body, Rebuilt, Session};
use thidua::source::{MemFs, SourceFs};

use crate::support;

/// The bundled example portal (default theme) in memory.
fn example_site() -> MemFs {
    let root = support::repo();
    let mut fs = MemFs::new();
    for dir in ["content", "data", "static", "themes/default"] {
        for entry in walkdir::WalkDir::new(root.join(dir)).sort_by_file_name() {
            let entry = entry.unwrap();
            if entry.file_type().is_file() {
                let rel = entry.path().strip_prefix(&root).unwrap();
                fs.insert(rel, std::fs::read(entry.path()).unwrap());
            }
        }
    }
    fs.insert(
        "thidua.yaml",
        std::fs::read(root.join("thidua.yaml")).unwrap(),
    );
    fs
}

fn served(fs: &MemFs, session: &Session) -> BTreeMap<String, Vec<u8>> {
    session
        .outputs()
        .expect("a good build")
        .iter()
        .map(|(path, body)| {
            let bytes = match body {
                Body::Bytes(b) => b.to_vec(),
                Body::Copy(src) => fs.read(src).unwrap(),
            };
            (path.clone(), bytes)
        })
        .collect()
}

fn rebuild(session: &mut Session, fs: &MemFs, touched: &[&str]) -> Result<Rebuilt, BuildError> {
    let touched: Vec<PathBuf> = touched.iter().map(PathBuf::from).collect();
    let mut ready = 0;
    let result = session.rebuild(fs, &touched, &mut |_, _| ready += 1, &|| false);
    assert!(result.is_err() || ready == 1, "pages_ready is called once");
    result
}

/// The served files must be exactly a fresh build's.
fn assert_same_as_full_build(fs: &MemFs, session: &Session, step: &str) {
    let full = support::build_ok(fs, &support::options());
    let inc = served(fs, session);
    let missing: Vec<&String> = full.keys().filter(|k| !inc.contains_key(*k)).collect();
    let extra: Vec<&String> = inc.keys().filter(|k| !full.contains_key(*k)).collect();
    let differing: Vec<&String> = full
        .iter()
        .filter(|(k, v)| inc.get(*k).is_some_and(|w| w != *v))
        .map(|(k, _)| k)
        .collect();
    assert!(
        missing.is_empty() && extra.is_empty() && differing.is_empty(),
        "after {step}: served ≠ full build\nmissing: {missing:?}\nextra: {extra:?}\ndiffering: {differing:?}"
    );
}

fn read(fs: &MemFs, path: &str) -> String {
    String::from_utf8(fs.read(Path::new(path)).unwrap()).unwrap()
}

fn first_file(fs: &MemFs, dir: &str) -> String {
    fs.list(Path::new(dir))
        .unwrap()
        .into_iter()
        .find(|p| p.extension().is_some_and(|e| e == "md"))
        .unwrap()
        .to_string_lossy()
        .into_owned()
}

#[test]
fn rebuilds_equal_full_builds_after_edits_renames_and_deletes() {
    let mut fs = example_site();
    let mut session = Session::new(support::options());
    let first = rebuild(&mut session, &fs, &[]).expect("first build");
    assert_eq!(
        first.rendered, first.pages,
        "the first build renders everything"
    );
    assert_same_as_full_build(&fs, &session, "the first build");

    // Nothing changed: nothing rendered, nothing reported.
    let again = rebuild(&mut session, &fs, &[]).unwrap();
    assert_eq!(again.rendered, 0);
    assert!(again.changed.is_empty(), "{:?}", again.changed);

    // A body edit re-renders only what shows that entry.
    let exemplar = first_file(&fs, "content/exemplars");
    let text = read(&fs, &exemplar) + "\nMột đoạn mới về thành tích năm nay.\n";
    fs.insert(&exemplar, text);
    let edit = rebuild(&mut session, &fs, &[&exemplar]).unwrap();
    assert!(
        edit.rendered > 0 && edit.rendered < edit.pages / 4,
        "{edit:?}"
    );
    assert!(edit.changed.iter().any(|p| p.ends_with("index.html")));
    assert_same_as_full_build(&fs, &session, "a body edit");

    // The site-wide files may wait for the next rebuild (more saves queued);
    // that one brings them up to date even with nothing new to do.
    let text = read(&fs, &exemplar) + "\nCâu cho lần dựng có phần chờ.\n";
    fs.insert(&exemplar, text);
    let touched = [PathBuf::from(&exemplar)];
    let deferred = session
        .rebuild(&fs, &touched, &mut |_, _| {}, &|| true)
        .unwrap();
    assert!(deferred.site_files_deferred);
    let caught_up = rebuild(&mut session, &fs, &[]).unwrap();
    assert!(!caught_up.site_files_deferred);
    assert_same_as_full_build(&fs, &session, "site-wide files after a deferred step");

    // A title edit moves the entry in lists.
    let text = read(&fs, &exemplar).replacen("title: ", "title: Anh hùng ", 1);
    fs.insert(&exemplar, text);
    rebuild(&mut session, &fs, &[&exemplar]).unwrap();
    assert_same_as_full_build(&fs, &session, "a title edit");

    // A new entry, then a rename of it, then its deletion.
    let news = first_file(&fs, "content/news");
    fs.insert("content/news/tin-moi-tu-serve.md", read(&fs, &news));
    rebuild(&mut session, &fs, &["content/news/tin-moi-tu-serve.md"]).unwrap();
    assert_same_as_full_build(&fs, &session, "a new entry");
    let moved = read(&fs, "content/news/tin-moi-tu-serve.md");
    fs.remove(Path::new("content/news/tin-moi-tu-serve.md"));
    fs.insert("content/news/tin-doi-ten.md", moved);
    let renamed = rebuild(
        &mut session,
        &fs,
        &[
            "content/news/tin-moi-tu-serve.md",
            "content/news/tin-doi-ten.md",
        ],
    )
    .unwrap();
    assert!(
        renamed
            .removed
            .iter()
            .any(|p| p.contains("tin-moi-tu-serve"))
    );
    assert_same_as_full_build(&fs, &session, "a rename");
    fs.remove(Path::new("content/news/tin-doi-ten.md"));
    rebuild(&mut session, &fs, &["content/news/tin-doi-ten.md"]).unwrap();
    assert_same_as_full_build(&fs, &session, "a delete");

    // A folder entry renamed as a whole (the watcher reports the folders).
    let folder = fs
        .list(Path::new("content/documents"))
        .unwrap()
        .into_iter()
        .find(|p| p.ends_with("index.md"))
        .unwrap()
        .parent()
        .unwrap()
        .to_path_buf();
    let moved_to = folder.with_file_name("van-ban-doi-ten");
    for file in fs.list(&folder).unwrap() {
        let bytes = fs.read(&file).unwrap();
        fs.remove(&file);
        fs.insert(moved_to.join(file.strip_prefix(&folder).unwrap()), bytes);
    }
    let (from, to) = (
        folder.to_string_lossy().into_owned(),
        moved_to.to_string_lossy().into_owned(),
    );
    match rebuild(&mut session, &fs, &[&from, &to]) {
        Ok(_) => assert_same_as_full_build(&fs, &session, "a folder rename"),
        // Another entry may link to the old folder: the same error as a full build.
        Err(BuildError::Content(d)) => assert_eq!(
            d.render(thidua::i18n::Lang::En),
            support::build_err(&fs).render(thidua::i18n::Lang::En)
        ),
        Err(e) => panic!("{e:?}"),
    }
    for file in fs.list(&moved_to).unwrap() {
        let bytes = fs.read(&file).unwrap();
        fs.remove(&file);
        fs.insert(folder.join(file.strip_prefix(&moved_to).unwrap()), bytes);
    }
    rebuild(&mut session, &fs, &[&from, &to]).unwrap();
    assert_same_as_full_build(&fs, &session, "a folder renamed back");

    // Editors' temporary files are neither content nor published assets.
    for temp in ["~$Kế hoạch.docx", "4913", ".index.md.swp"] {
        fs.insert(folder.join(temp), b"tam".to_vec());
    }
    let temp_paths: Vec<String> = fs
        .list(&folder)
        .unwrap()
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let touched: Vec<&str> = temp_paths.iter().map(String::as_str).collect();
    rebuild(&mut session, &fs, &touched).unwrap();
    assert_same_as_full_build(&fs, &session, "temporary files");
    assert!(
        !served(&fs, &session)
            .keys()
            .any(|k| k.contains("4913") || k.contains('~') || k.contains("swp")),
        "temporary files are not published"
    );

    // A broken edit keeps the last good build; fixing it rebuilds.
    let good = served(&fs, &session);
    let original = read(&fs, &exemplar);
    fs.insert(&exemplar, original.replacen("title: ", "title: [", 1));
    match rebuild(&mut session, &fs, &[&exemplar]) {
        Err(BuildError::Content(d)) => assert!(
            d.render(thidua::i18n::Lang::En).contains(&exemplar),
            "{}",
            d.render(thidua::i18n::Lang::En)
        ),
        other => panic!("expected a content error, got {other:?}"),
    }
    assert_eq!(served(&fs, &session), good, "the last good build is kept");
    fs.insert(&exemplar, original);
    rebuild(&mut session, &fs, &[&exemplar]).unwrap();
    assert_same_as_full_build(&fs, &session, "fixing the error");

    // A template redoes the pages drawn with it, and only those.
    let template = "themes/default/templates/exemplar.html";
    let text = read(&fs, template).replacen("</dl>", "</dl><p>Mẫu mới</p>", 1);
    assert!(
        text.contains("Mẫu mới"),
        "the exemplar template has a fact list"
    );
    fs.insert(template, text);
    let one = rebuild(&mut session, &fs, &[template]).unwrap();
    assert!(one.rendered > 0 && one.rendered < one.pages / 2, "{one:?}");
    assert!(
        one.changed
            .iter()
            .all(|p| p.starts_with("guong-dien-hinh/")),
        "{:?}",
        one.changed
    );
    assert_same_as_full_build(&fs, &session, "an entry template edit");

    // Site-wide inputs: the base template, thidua.yaml, a data file.
    let template = "themes/default/templates/base.html";
    let text = read(&fs, template).replacen("</footer>", "<p>Bản thử</p></footer>", 1);
    fs.insert(template, text);
    let all = rebuild(&mut session, &fs, &[template]).unwrap();
    // Every page drawn from the base: all but the embeds and the printable
    // backdrops, which have templates of their own.
    assert!(
        all.rendered > all.pages / 2 && all.rendered < all.pages,
        "{all:?}"
    );
    assert_same_as_full_build(&fs, &session, "a template edit");
    let config = read(&fs, "thidua.yaml").replacen("title: ", "title: Cổng ", 1);
    fs.insert("thidua.yaml", config);
    rebuild(&mut session, &fs, &["thidua.yaml"]).unwrap();
    assert_same_as_full_build(&fs, &session, "a thidua.yaml edit");
    if let Some(data) = fs.list(Path::new("data")).unwrap().first().cloned() {
        let text = String::from_utf8(fs.read(&data).unwrap()).unwrap() + "\n";
        fs.insert(&data, text);
        rebuild(&mut session, &fs, &[&data.to_string_lossy()]).unwrap();
        assert_same_as_full_build(&fs, &session, "a data edit");
    }
}

/// A fixed-seed walk of random edits over every kind of entry: body and
/// front-matter edits, drafts, new files, renames and deletes. Broken
/// intermediate states are allowed; every good state must equal a full build.
#[test]
fn random_edit_sequences_equal_full_builds() {
    let mut fs = example_site();
    let mut session = Session::new(support::options());
    rebuild(&mut session, &fs, &[]).unwrap();
    let mut seed: u64 = 0x7468_6964_7561;
    let mut next = |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    for step in 0..24 {
        let files: Vec<PathBuf> = fs
            .list(Path::new("content"))
            .unwrap()
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "md") && p.components().count() == 3)
            .collect();
        let file = files[next(files.len())].clone();
        let name = file.to_string_lossy().into_owned();
        let text = read(&fs, &name);
        let fs_before = fs.clone();
        let mut touched = vec![name.clone()];
        let what = match next(6) {
            0 => {
                fs.insert(&file, text + "\nThêm một câu về kết quả thi đua.\n");
                "append to a body"
            }
            1 => {
                fs.insert(&file, text.replacen("title: ", "title: Mới ", 1));
                "edit a title"
            }
            2 => {
                fs.insert(&file, text.replacen("---\n", "---\ndraft: true\n", 1));
                "make a draft"
            }
            3 => {
                let copy = file.with_file_name(format!("ban-sao-{step}.md"));
                touched.push(copy.to_string_lossy().into_owned());
                fs.insert(copy, text);
                "copy to a new file"
            }
            4 => {
                let to = file.with_file_name(format!("doi-ten-{step}.md"));
                touched.push(to.to_string_lossy().into_owned());
                fs.remove(&file);
                fs.insert(to, text);
                "rename"
            }
            _ => {
                fs.remove(&file);
                "delete"
            }
        };
        let touched: Vec<&str> = touched.iter().map(String::as_str).collect();
        let before = session.outputs().cloned();
        let step_name = format!("step {step}: {what} {name}");
        if rebuild(&mut session, &fs, &touched).is_err() {
            // E.g. a deleted campaign still referenced: keep the build, undo.
            assert_eq!(
                session.outputs().cloned(),
                before,
                "{step_name}: a failed rebuild keeps the build"
            );
            fs = fs_before;
            rebuild(&mut session, &fs, &touched).expect("undoing the change builds");
        }
        assert_same_as_full_build(&fs, &session, &step_name);
    }
}
