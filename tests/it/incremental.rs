//! `serve`'s incremental rebuild: after every edit, rename and delete, the
//! files it serves equal a fresh full build of the same sources, byte for
//! byte; a broken edit leaves the last good build in place.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use proptest::prelude::*;
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
            (path.to_string(), bytes)
        })
        .collect()
}

fn rebuild(session: &mut Session, fs: &MemFs, touched: &[&str]) -> Result<Rebuilt, BuildError> {
    let touched: Vec<PathBuf> = touched.iter().map(PathBuf::from).collect();
    let mut ready = 0;
    let result = session.rebuild(fs, &touched, &mut |_, _| ready += 1, &|| false);
    assert!(
        result.is_err() || ready == 1 || ready == 2,
        "pages_ready is called once, or twice (the edited pages first)"
    );
    result
}

/// The warnings a rebuild reports must be a fresh load's.
fn assert_same_warnings(fs: &MemFs, rebuilt: &Rebuilt, step: &str) {
    let lang = thidua::i18n::Lang::En;
    let full = thidua::build::load(fs, &support::options()).expect("a good build");
    assert_eq!(
        rebuilt.warnings.render(lang),
        full.warnings.render(lang),
        "after {step}: warnings ≠ a full load's"
    );
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
    // Below its first paragraph (its summary in lists), only the entry's
    // own files show a body: its page, backdrop and embeddable card.
    assert!(edit.rendered > 0 && edit.rendered <= 3, "{edit:?}");
    assert!(edit.changed.iter().any(|p| p.ends_with("index.html")));
    assert_same_as_full_build(&fs, &session, "a body edit");

    // Its first paragraph is its summary: the lists showing it change too.
    let text = read(&fs, &exemplar);
    let end = text[3..].find("\n---\n").unwrap() + 3 + 5;
    let text = format!("{}Đoạn mở đầu mới.\n\n{}", &text[..end], &text[end..]);
    fs.insert(&exemplar, text);
    let summary = rebuild(&mut session, &fs, &[&exemplar]).unwrap();
    assert!(summary.rendered > 3, "{summary:?}");
    assert_same_as_full_build(&fs, &session, "a new first paragraph");

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

    // A title edit moves the entry in lists; the site is patched in place
    // (same URL, references and assets), as is a date or fields edit.
    let text = read(&fs, &exemplar).replacen("title: ", "title: Anh hùng ", 1);
    fs.insert(&exemplar, text);
    let titled = rebuild(&mut session, &fs, &[&exemplar]).unwrap();
    assert!(titled.in_place, "{titled:?}");
    assert_same_as_full_build(&fs, &session, "a title edit");
    assert_same_warnings(&fs, &titled, "a title edit");
    let text = read(&fs, &exemplar).replacen("fields: [", "fields: [Chuyển đổi số, ", 1);
    let text = text.replacen("    date: 20", "    date: 19", 1);
    fs.insert(&exemplar, text);
    let fields = rebuild(&mut session, &fs, &[&exemplar]).unwrap();
    assert!(fields.in_place, "{fields:?}");
    assert_same_as_full_build(&fs, &session, "a fields and award date edit");
    // An edit in place with an error fails as a whole load fails, with the
    // same messages, and the last good build stays served.
    let good = read(&fs, &exemplar);
    fs.insert(
        &exemplar,
        good.replacen("fields: [", "fields: [Lĩnh vực chưa khai báo, ", 1),
    );
    let served_before = session.outputs().cloned();
    match rebuild(&mut session, &fs, &[&exemplar]) {
        Err(BuildError::Content(d)) => assert_eq!(
            d.render(thidua::i18n::Lang::En),
            support::build_err(&fs).render(thidua::i18n::Lang::En)
        ),
        other => panic!("an unknown field must fail: {other:?}"),
    }
    assert!(session.outputs().cloned() == served_before);
    fs.insert(&exemplar, good);
    let fixed = rebuild(&mut session, &fs, &[&exemplar]).unwrap();
    assert_same_warnings(&fs, &fixed, "an error fixed");

    // A warning comes with an edit in place and goes with the next.
    let clean = read(&fs, &exemplar);
    fs.insert(&exemplar, clean.clone() + "\n<span>Chữ thô</span>\n");
    let warned = rebuild(&mut session, &fs, &[&exemplar]).unwrap();
    assert!(warned.in_place && warned.warnings.len() > titled.warnings.len());
    assert_same_warnings(&fs, &warned, "raw HTML in a body");
    fs.insert(&exemplar, clean);
    let cleaned = rebuild(&mut session, &fs, &[&exemplar]).unwrap();
    assert_same_warnings(&fs, &cleaned, "raw HTML taken out");

    // A new URL is not an edit in place: the whole site is loaded again.
    let news = first_file(&fs, "content/news");
    let original = read(&fs, &news);
    fs.insert(
        &news,
        original.replacen("---\n", "---\nslug: duong-dan-moi\n", 1),
    );
    let moved = rebuild(&mut session, &fs, &[&news]).unwrap();
    assert!(!moved.in_place, "{moved:?}");
    assert_same_as_full_build(&fs, &session, "a new slug");
    fs.insert(&news, original);
    rebuild(&mut session, &fs, &[&news]).unwrap();

    // A new entry, then a rename of it, then its deletion.
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

fn letter(i: usize) -> char {
    char::from(b'a' + (i % 26) as u8)
}

/// The search index's files (`tim-kiem/`) of a set of outputs.
fn search_files(files: &BTreeMap<String, Vec<u8>>) -> BTreeMap<String, Vec<u8>> {
    files
        .iter()
        .filter(|(path, _)| path.starts_with("tim-kiem/"))
        .map(|(p, b)| (p.clone(), b.clone()))
        .collect()
}

/// The served search index equals a fresh build's after each kind of edit
/// (the index keeps unchanged pages' extractions between rebuilds), and
/// the edit is in it.
#[test]
fn served_search_index_equals_a_full_build_after_edits() {
    let mut fs = example_site();
    let mut session = Session::new(support::options());
    rebuild(&mut session, &fs, &[]).expect("first build");
    let mut last = search_files(&served(&fs, &session));
    assert!(
        last.keys().any(|p| p.ends_with("/meta.json"))
            && last.keys().any(|p| p.contains("/d/"))
            && last.keys().any(|p| p.contains("/s/")),
        "the index is served: {:?}",
        last.keys().take(5).collect::<Vec<_>>()
    );
    let news = first_file(&fs, "content/news");
    let new_file = "content/news/tin-tim-kiem-moi.md";
    // Thousands of syllables and pairs no other page has: the kept index
    // grows past its bucket counts, then shrinks back (patched both ways).
    let many_words: String = (0..20_000)
        .map(|i| {
            let [a, b, c, d] = [1, 26, 676, 17_576].map(|n| letter(i / n));
            format!("x{a}{b}{c}{d}")
        })
        .collect::<Vec<_>>()
        .join(" ");
    let mut before_many = String::new();
    let buckets = |files: &BTreeMap<String, Vec<u8>>| {
        let meta = files
            .iter()
            .find(|(p, _)| p.ends_with("/meta.json"))
            .unwrap()
            .1;
        let meta: serde_json::Value = serde_json::from_slice(meta).unwrap();
        (
            meta["syllables"]["buckets"].clone(),
            meta["pairs"]["buckets"].clone(),
        )
    };
    let steps: [(&str, &str); 7] = [
        ("a body edit", "body"),
        ("a title edit", "title"),
        ("many new words", "many"),
        ("the new words gone", "fewer"),
        ("a date change", "date"),
        ("a new page", "new"),
        ("a deleted page", "delete"),
    ];
    for (step, what) in steps {
        let touched = match what {
            "body" => {
                let text = read(&fs, &news) + "\nTừ khoá riêng quýtđỏ cho chỉ mục.\n";
                fs.insert(&news, text);
                news.clone()
            }
            "title" => {
                let text = read(&fs, &news).replacen("title: ", "title: Tiêu đề mới ", 1);
                fs.insert(&news, text);
                news.clone()
            }
            "many" => {
                before_many = read(&fs, &news);
                fs.insert(&news, format!("{before_many}\n{many_words}\n"));
                news.clone()
            }
            "fewer" => {
                fs.insert(&news, before_many.clone());
                news.clone()
            }
            "date" => {
                // The newest published date (the tests build on 2026-11-23):
                // the page becomes document 0, the others
                // are renumbered.
                let text = read(&fs, &news);
                let line = text.lines().find(|l| l.starts_with("date: ")).unwrap();
                fs.insert(&news, text.replacen(line, "date: 2026-11-22", 1));
                news.clone()
            }
            "new" => {
                let text = read(&fs, &news).replacen("title: ", "title: Bản sao ", 1);
                fs.insert(new_file, text);
                new_file.to_owned()
            }
            _ => {
                fs.remove(Path::new(new_file));
                new_file.to_owned()
            }
        };
        rebuild(&mut session, &fs, &[&touched]).unwrap();
        let full = support::build_ok(&fs, &support::options());
        let served_index = search_files(&served(&fs, &session));
        assert!(
            served_index == search_files(&full),
            "after {step}: the served index differs from a fresh build's"
        );
        assert!(served_index != last, "after {step}: the index changed");
        if what == "many" || what == "fewer" {
            let (was, now) = (buckets(&last), buckets(&served_index));
            assert!(
                was.0 != now.0 && was.1 != now.1,
                "after {step}: bucket counts {was:?} → {now:?}"
            );
        }
        last = served_index;
    }
}

/// One edit an editor makes to an entry file while `serve` runs.
#[derive(Debug, Clone, Copy)]
enum Edit {
    AppendToBody,
    PrefixBody,
    PrefixTitle,
    /// An award's title of no known form (a warning) and so another row
    /// of the honour roll.
    OddAwardTitle,
    /// The first date (the entry's, or an award's) a century earlier.
    EarlierDate,
    AddField,
    /// Raw HTML in the body (a warning).
    RawHtml,
    MakeDraft,
    CopyToNewFile,
    Rename,
    Delete,
}

/// A step of a walk: which entry file (among those there at that moment),
/// and what is done to it.
type Step = (proptest::sample::Index, Edit);

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        Just(Edit::AppendToBody),
        Just(Edit::PrefixBody),
        Just(Edit::PrefixTitle),
        Just(Edit::OddAwardTitle),
        Just(Edit::EarlierDate),
        Just(Edit::AddField),
        Just(Edit::RawHtml),
        Just(Edit::MakeDraft),
        Just(Edit::CopyToNewFile),
        Just(Edit::Rename),
        Just(Edit::Delete),
    ]
}

/// The entry files of the site (`content/<section>/<name>.md`).
fn entry_files(fs: &MemFs) -> Vec<PathBuf> {
    fs.list(Path::new("content"))
        .unwrap()
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "md") && p.components().count() == 3)
        .collect()
}

/// Apply step `n` to `fs`: a description, and the paths a watcher reports.
fn apply(fs: &mut MemFs, n: usize, (pick, edit): &Step) -> (String, Vec<String>) {
    let files = entry_files(fs);
    let file = pick.get(&files).clone();
    let name = file.to_string_lossy().into_owned();
    let text = read(fs, &name);
    let mut touched = vec![name.clone()];
    match edit {
        Edit::AppendToBody => fs.insert(&file, text + "\nThêm một câu về kết quả thi đua.\n"),
        // A new first paragraph: the summary lists show changes.
        Edit::PrefixBody => {
            let end = text[3..].find("\n---\n").map_or(text.len(), |i| i + 3 + 5);
            let mut text = text;
            text.insert_str(end, "Câu mở đầu mới về phong trào.\n\n");
            fs.insert(&file, text)
        }
        Edit::PrefixTitle => fs.insert(&file, text.replacen("title: ", "title: Mới ", 1)),
        Edit::OddAwardTitle => fs.insert(
            &file,
            text.replacen("  - title: ", "  - title: Phần thưởng riêng ", 1),
        ),
        Edit::EarlierDate => fs.insert(&file, text.replacen("date: 20", "date: 19", 1)),
        Edit::AddField => fs.insert(
            &file,
            text.replacen("fields: [", "fields: [Chuyển đổi số, ", 1),
        ),
        Edit::RawHtml => fs.insert(&file, text + "\n<span>Chữ thô</span>\n"),
        Edit::MakeDraft => fs.insert(&file, text.replacen("---\n", "---\ndraft: true\n", 1)),
        Edit::CopyToNewFile => {
            let copy = file.with_file_name(format!("ban-sao-{n}.md"));
            touched.push(copy.to_string_lossy().into_owned());
            fs.insert(copy, text);
        }
        Edit::Rename => {
            let to = file.with_file_name(format!("doi-ten-{n}.md"));
            touched.push(to.to_string_lossy().into_owned());
            fs.remove(&file);
            fs.insert(to, text);
        }
        Edit::Delete => fs.remove(&file),
    }
    (format!("step {n}: {edit:?} {name}"), touched)
}

/// Random sequences of edits over every kind of entry (body and
/// front-matter edits, drafts, new files, renames, deletes), run as a
/// proptest state machine from a fixed seed: the state is the site, each
/// step an edit applied to whatever files are there, and after each step
/// the served files must equal a fresh full build. A step that breaks the
/// site (e.g. deleting a campaign still referred to) must keep the last good
/// build; it is then undone. A failing sequence is shrunk to a shortest one.
///
/// One session serves every case: each case ends by restoring the original
/// files, which is itself a rebuild that must give the original site back.
/// A portrait edited in place (same file, other pixels) draws its page's
/// share card again, though the page's own data did not change.
#[test]
fn a_portrait_edited_while_serving_draws_its_card_again() {
    let mut fs = example_site();
    let mut session = Session::new(support::options());
    rebuild(&mut session, &fs, &[]).expect("first build");
    let image = "content/exemplars/hop-tac-xa-nong-nghiep-my-khanh-xanh/vuon-cay-an-trai.svg";
    let svg = read(&fs, image);
    let first_fill = svg.find("fill=\"#").expect("a filled shape") + 7;
    let mut edited = svg.clone();
    edited.replace_range(first_fill..first_fill + 6, "c0392b");
    assert_ne!(edited, svg);
    fs.insert(image, edited);
    let card = "anh-chia-se/guong-dien-hinh/hop-tac-xa-nong-nghiep-my-khanh-xanh.png";
    let before = served(&fs, &session)[card].clone();
    rebuild(&mut session, &fs, &[image]).unwrap();
    assert!(
        served(&fs, &session)[card] != before,
        "the card shows the new portrait"
    );
    assert_same_as_full_build(&fs, &session, "a portrait edited in place");
}

/// A title edit changes the entry's own page and the lists showing it: the
/// entry's page is served and announced first, the others after, and the
/// rebuild's report counts both.
#[test]
fn the_edited_entrys_page_is_shown_before_the_lists() {
    let mut fs = example_site();
    let mut session = Session::new(support::options());
    rebuild(&mut session, &fs, &[]).expect("first build");
    let exemplar = first_file(&fs, "content/exemplars");
    let text = read(&fs, &exemplar).replacen("title: ", "title: Đổi Tên Thử ", 1);
    fs.insert(&exemplar, text);
    let mut announced: Vec<(Vec<String>, std::sync::Arc<thidua::incremental::Outputs>)> =
        Vec::new();
    let touched = [PathBuf::from(&exemplar)];
    let report = session
        .rebuild(
            &fs,
            &touched,
            &mut |outputs, r| announced.push((r.changed.clone(), outputs.clone())),
            &|| false,
        )
        .unwrap();
    let changes: Vec<&Vec<String>> = announced.iter().map(|a| &a.0).collect();
    assert_eq!(announced.len(), 2, "{changes:?}");
    let ((first, served_first), (second, served_after)) = (&announced[0], &announced[1]);
    let slug = Path::new(&exemplar)
        .file_stem()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    let own = format!("guong-dien-hinh/{slug}/index.html");
    assert!(first.contains(&own), "{first:?}");
    assert!(
        first.iter().all(|p| p.contains(&slug)),
        "only its own files first: {first:?}"
    );
    let text = |outputs: &thidua::incremental::Outputs, path: &str| match outputs.get(path) {
        Some(Body::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
        _ => String::new(),
    };
    assert!(text(served_first, &own).contains("Đổi Tên Thử"));
    // The lists showing it follow: old when the entry's page was shown.
    let lists: Vec<&String> = second
        .iter()
        .filter(|p| text(served_after, p).contains("Đổi Tên Thử"))
        .collect();
    assert!(!lists.is_empty(), "{second:?}");
    assert!(
        lists
            .iter()
            .all(|p| !text(served_first, p).contains("Đổi Tên Thử"))
    );
    let reported = first.iter().chain(second);
    assert!(reported.clone().all(|p| report.changed.contains(p)));
    assert!(
        report.rendered >= reported.count(),
        "both steps are counted"
    );
    assert_same_as_full_build(&fs, &session, "a title edit shown in two steps");
}

#[test]
fn random_edit_sequences_equal_full_builds() {
    use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
    use std::cell::RefCell;

    let original = example_site();
    let original_build = support::build_ok(&original, &support::options());
    // A session at the original site, or none after a failed case.
    let session: RefCell<Option<Session>> = RefCell::new(None);
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(WALK_CASES);
    let config = Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    };
    let seed = *b"thidua: served = a full build   ";
    let mut runner =
        TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &seed));
    let walks =
        proptest::collection::vec((any::<proptest::sample::Index>(), edit()), 1..=WALK_STEPS);
    let result = runner.run(&walks, |steps| {
        let mut slot = session.borrow_mut();
        let mut s = match slot.take() {
            Some(s) => s,
            None => {
                let mut s = Session::new(support::options());
                rebuild(&mut s, &original, &[]).expect("the example site builds");
                s
            }
        };
        let mut fs = original.clone();
        let mut all_touched: Vec<String> = Vec::new();
        for (n, step) in steps.iter().enumerate() {
            let fs_before = fs.clone();
            let (what, touched) = apply(&mut fs, n, step);
            all_touched.extend(touched.iter().cloned());
            let touched: Vec<&str> = touched.iter().map(String::as_str).collect();
            let before = s.outputs().cloned();
            let result = rebuild(&mut s, &fs, &touched);
            if let Ok(rebuilt) = &result {
                let lang = thidua::i18n::Lang::En;
                let full = thidua::build::load(&fs, &support::options()).expect("a good build");
                prop_assert_eq!(
                    rebuilt.warnings.render(lang),
                    full.warnings.render(lang),
                    "{}: warnings ≠ a full load's",
                    &what
                );
            }
            if result.is_err() {
                prop_assert!(
                    s.outputs().cloned() == before,
                    "{what}: a failed rebuild keeps the build"
                );
                fs = fs_before;
                prop_assert!(
                    rebuild(&mut s, &fs, &touched).is_ok(),
                    "{what}: undoing it builds"
                );
            }
            assert_same_as_full_build(&fs, &s, &what);
        }
        let touched: Vec<&str> = all_touched.iter().map(String::as_str).collect();
        let restored =
            rebuild(&mut s, &original, &touched).expect("the original site builds again");
        let lang = thidua::i18n::Lang::En;
        let full = thidua::build::load(&original, &support::options()).expect("a good build");
        prop_assert_eq!(
            restored.warnings.render(lang),
            full.warnings.render(lang),
            "restoring the original files gives its warnings back"
        );
        prop_assert!(
            served(&original, &s) == original_build,
            "restoring the original files gives the original site"
        );
        *slot = Some(s);
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
}

/// Cases of the walk and steps per case (at most): about 15 s in a debug
/// build on two quiet cores, each step being a rebuild and a full build of
/// the example portal. `PROPTEST_CASES=100` runs a longer search.
const WALK_CASES: u32 = 8;
const WALK_STEPS: usize = 6;
