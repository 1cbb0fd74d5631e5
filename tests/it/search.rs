//! The search index of `tests/fixtures/search`: its files and meta in Rust,
//! then ≥ 40 table-driven Vietnamese queries through the real client module
//! in Node (`tests/search/queries.mjs`, which also checks the client's tone
//! normaliser against samples normalised here), then the search page typed
//! into in headless Chromium (`tests/search/browser.mjs`) on the same site
//! built with the default theme.
//!
//! Without `node` (or, for the browser test, Chromium and
//! `tests/browser/node_modules/playwright-core`) a test is skipped with one
//! line, or fails where `CI` is set (`crate::support::can_run`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::support::{build_ok, can_run, fixture, options, repo, say, text};
use thidua::source::MemFs;

/// Words in old and new tone placement, NFD, capitals, đ and eth, `qu`/`gi`
/// and words where nothing moves: the Rust results the client must match.
const TONE_SAMPLES: [&str; 24] = [
    "hòa hoà hóa hoá hỏa hoả hõa hoã họa hoạ",
    "khỏe khoẻ xòe xoè khoé khóe loẹt lọet",
    "thủy thuỷ thúy thuý tùy tuỳ lũy luỹ hụy huỵ",
    "Ủy ban nhân dân ỦY BAN Uỷ Ban",
    "qúy quý qùa quà qủa quả quýt",
    "hoàng ngoài khuỷu thuế tuần được mùa gìn già",
    "Đồng Tháp ĐỒNG THÁP Ðồng đồng",
    "Nguyễn Thị Minh Khai",
    "33/KH-UBND 1234/QĐ-UBND",
    "nông thôn mới NÔNG THÔN MỚI",
    "Thi đua là yêu nước, yêu nước thì phải thi đua",
    "Cần Thơ – Hậu Giang; Kiên Giang",
    "Phường An Hòa, Quận Ninh Kiều",
    "Bằng khen của Chủ tịch Ủy ban nhân dân thành phố",
    "chuyển đổi số 4.0",
    "Øresund ß İstanbul ΣΑΣ",
    "xoáy xoắn khoèo hoẵng",
    "ươ ưở thuở",
    "tuỵ tụy thụy thuỵ",
    "Lý Lí Kỹ Kĩ",
    "Giữ gìn giặc giã",
    "oà OÀ òA",
    "  spaced\ttabs\nnew lines  ",
    "",
];

fn node_works() -> bool {
    Command::new("node")
        .arg("--version")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

fn write_files(files: &BTreeMap<String, Vec<u8>>, dir: &Path, only: &str) {
    for (path, bytes) in files.iter().filter(|(p, _)| p.starts_with(only)) {
        let target = dir.join(path);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::write(target, bytes).unwrap();
    }
}

fn run_node(script: &str, dir: &Path) -> (bool, String) {
    run_node_with(script, &[dir.as_os_str()])
}

/// Run a Node script of the repository; its success and its whole output.
pub(crate) fn run_node_with(script: &str, args: &[&std::ffi::OsStr]) -> (bool, String) {
    let out = Command::new("node")
        .arg(repo().join(script))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), report)
}

fn meta(files: &BTreeMap<String, Vec<u8>>) -> serde_json::Value {
    serde_json::from_str(&text(files, "tim-kiem/index/meta.json")).unwrap()
}

#[test]
fn index_has_meta_shards_facets_and_records() {
    let files = build_ok(&fixture("search"), &options());
    let meta = meta(&files);
    assert_eq!(meta["docs"], 23);
    let dir = format!("tim-kiem/index/{}", meta["dir"].as_str().unwrap());
    for kind in ["s/0.bin", "p/0.bin", "d/0.json", "f/0-0.bin"] {
        assert!(files.contains_key(&format!("{dir}{kind}")), "{dir}{kind}");
    }
    let params: Vec<&str> = meta["facets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["param"].as_str().unwrap())
        .collect();
    assert_eq!(
        params,
        [
            "chuyen-muc",
            "doi-tuong",
            "linh-vuc",
            "dia-phuong",
            "nam",
            "hinh-thuc-khen-thuong"
        ]
    );
    let words = meta["vocab"]["words"].as_str().unwrap();
    assert!(words.split(' ').any(|w| w == "dong"));
    assert!(
        words
            .split(' ')
            .all(|w| w.bytes().all(|b| b.is_ascii_lowercase()))
    );
    let newest = text(&files, &format!("{dir}d/0.json"));
    assert!(
        newest.starts_with(r#"[["Ra quân đầu năm","ra-quan-dau-nam/",5,"#),
        "{newest}"
    );
    assert!(
        files
            .keys()
            .filter(|p| p.starts_with("tim-kiem/index/"))
            .all(|p| { p == "tim-kiem/index/meta.json" || p.starts_with(&dir) })
    );
}

#[test]
fn index_is_deterministic_and_versioned_by_content() {
    let a = build_ok(&fixture("search"), &options());
    let b = build_ok(&fixture("search"), &options());
    let index = |f: &BTreeMap<String, Vec<u8>>| -> Vec<(String, Vec<u8>)> {
        f.iter()
            .filter(|(p, _)| p.starts_with("tim-kiem/index/"))
            .map(|(p, b)| (p.clone(), b.clone()))
            .collect()
    };
    assert_eq!(index(&a), index(&b));
    let mut fs = fixture("search");
    fs.insert(
        "content/news/them.md",
        "---\ntitle: Tin thêm\ndate: 2026-02-01\n---\nThêm.\n"
            .as_bytes()
            .to_vec(),
    );
    let c = build_ok(&fs, &options());
    assert_ne!(meta(&a)["dir"], meta(&c)["dir"]);
}

/// A whole build frees each batch's Markdown bodies as soon as the index
/// has read them: its index is the one made from the same site with every
/// body kept (as `serve` makes it), file for file.
#[test]
fn a_whole_builds_index_is_made_before_the_bodies_go() {
    let fs = fixture("search");
    let built = build_ok(&fs, &options());
    let loaded = thidua::build::load(&fs, &options()).expect("the fixture loads");
    assert!(loaded.site.pages.iter().all(|p| !p.entry.body.is_empty()));
    let kept: BTreeMap<String, Vec<u8>> = thidua::search::index_files(&loaded.site)
        .into_iter()
        .map(|f| match f.content {
            thidua::output::OutputContent::Bytes(b) => (f.path, b),
            thidua::output::OutputContent::Copy(_) => unreachable!("the index is made, not copied"),
        })
        .collect();
    let from_build: BTreeMap<String, Vec<u8>> = built
        .into_iter()
        .filter(|(p, _)| kept.contains_key(p))
        .collect();
    assert!(kept.len() > 5, "{} index files", kept.len());
    assert_eq!(from_build.len(), kept.len());
    assert!(
        from_build == kept,
        "a whole build's index differs from the index with bodies kept"
    );
}

#[test]
fn an_empty_site_gets_an_empty_index() {
    let fs = MemFs::new().with(
        "thidua.yaml",
        "title: Trống\nbase_url: https://x.example\ntheme: min\n",
    );
    let mut fs = fs;
    for (path, bytes) in walk(&repo().join("tests/fixtures/theme-min"), "themes/min") {
        fs.insert(path, bytes);
    }
    let files = build_ok(&fs, &options());
    let meta = meta(&files);
    assert_eq!(meta["docs"], 0);
    assert_eq!(meta["vocab"]["words"], "");
}

#[test]
fn normalisation_samples_cover_both_placements() {
    let samples = thidua::search::normalisation_samples(&TONE_SAMPLES);
    assert_eq!(samples[0][1], "hoà hoà hoá hoá hoả hoả hoã hoã hoạ hoạ");
    assert_eq!(samples[0][2], "hoa hoa hoa hoa hoa hoa hoa hoa hoa hoa");
    assert_eq!(samples[3][1], "uỷ ban nhân dân uỷ ban uỷ ban");
    assert_eq!(samples[6][2], "dong thap dong thap dong dong");
}

#[test]
fn queries_in_node_against_the_real_index() {
    if !can_run("queries_in_node_against_the_real_index", node_missing()) {
        return;
    }
    let files = build_ok(&fixture("search"), &options());
    let tmp = tempfile::tempdir().unwrap();
    write_files(&files, tmp.path(), "tim-kiem/");
    let samples = thidua::search::normalisation_samples(&TONE_SAMPLES);
    std::fs::write(tmp.path().join("tone-samples.json"), samples.to_string()).unwrap();
    let (ok, report) = run_node("tests/search/queries.mjs", tmp.path());
    assert!(ok, "search queries failed:\n{report}");
    say(report.lines().last().unwrap_or_default());
}

/// The bundled example portal (the repository's own `content/`, Cần Thơ)
/// with the default theme, in memory.
fn example_site() -> MemFs {
    let root = repo();
    let mut fs = MemFs::new();
    for dir in ["content", "data", "static", "themes/default"] {
        for (path, bytes) in walk(&root.join(dir), dir) {
            fs.insert(path, bytes);
        }
    }
    fs.insert(
        "thidua.yaml",
        std::fs::read(root.join("thidua.yaml")).unwrap(),
    );
    fs
}

/// Issue 11's judged queries on the example portal: absent names give no
/// full match and no made-up suggestion, full names (toned, untoned,
/// lower-case, NFD) find their page first, a name's syllables apart are
/// not a match, tones are judged on the matching occurrence, and the bytes
/// read per query stay within limits.
#[test]
fn judged_queries_on_the_example_site() {
    if !can_run("judged_queries_on_the_example_site", node_missing()) {
        return;
    }
    let files = build_ok(&example_site(), &options());
    let tmp = tempfile::tempdir().unwrap();
    write_files(&files, tmp.path(), "tim-kiem/");
    let (ok, report) = run_node_with(
        "tests/search/queries.mjs",
        &[tmp.path().as_os_str(), std::ffi::OsStr::new("example")],
    );
    assert!(ok, "judged queries failed:\n{report}");
    say(report.lines().last().unwrap_or_default());
}

/// The pair file that holds the folded pair `a b` also holds each toned
/// spelling found on pages, checked by its own hash, and no other.
#[test]
fn pair_files_hold_toned_spellings_beside_the_folded_pair() {
    use thidua::search::text::{hash_bucket, hash_check};
    let files = build_ok(&fixture("search"), &options());
    let meta = meta(&files);
    let dir = format!("tim-kiem/index/{}", meta["dir"].as_str().unwrap());
    let docs = meta["docs"].as_u64().unwrap() as usize;
    let buckets = meta["pairs"]["buckets"].as_u64().unwrap() as u32;
    let starts: Vec<u32> = meta["pairs"]["starts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_u64().unwrap() as u32)
        .collect();
    let checks_near = |folded: &str| -> Vec<u32> {
        let bucket = hash_bucket(folded) % buckets;
        let file = starts.iter().rposition(|&s| s <= bucket).unwrap();
        let bytes = &files[&format!("{dir}p/{file}.bin")];
        let mut out = Vec::new();
        let mut i = 0;
        while i + 3 <= bytes.len() {
            out.push(u32::from_le_bytes([
                bytes[i],
                bytes[i + 1],
                bytes[i + 2],
                0,
            ]));
            i = skip_doc_set(bytes, i + 3, docs);
        }
        out
    };
    let low = |s: &str| hash_check(s) & 0xff_ffff;
    let near = checks_near("dong thap");
    assert!(near.contains(&low("dong thap")));
    assert!(near.contains(&low("đồng tháp")), "toned spelling missing");
    assert!(!near.contains(&low("đông tháp")), "a spelling no page has");
    let near = checks_near("thuy loi");
    assert!(near.contains(&low("thuỷ lợi")), "tones in modern placement");
}

/// The end of a document set (header `count << 1 | mode`) at `at`.
fn skip_doc_set(bytes: &[u8], at: usize, docs: usize) -> usize {
    let mut i = at;
    let mut varint = || {
        let (mut v, mut shift) = (0usize, 0);
        loop {
            let b = bytes[i];
            i += 1;
            v |= usize::from(b & 0x7f) << shift;
            shift += 7;
            if b < 0x80 {
                return v;
            }
        }
    };
    let header = varint();
    if header & 1 == 1 {
        return i + docs.div_ceil(8);
    }
    for _ in 0..header >> 1 {
        varint();
    }
    i
}

/// The files under `dir`, as paths under `prefix`.
fn walk(dir: &Path, prefix: &str) -> Vec<(PathBuf, Vec<u8>)> {
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(dir).unwrap();
            (
                Path::new(prefix).join(rel),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

/// The fixture with the default theme, as the browser test serves it.
fn default_theme_site() -> MemFs {
    let mut fs = fixture("search");
    let config = std::fs::read_to_string(repo().join("tests/fixtures/search/thidua.yaml"))
        .unwrap()
        .replace("theme: min", "theme: default");
    fs.insert("thidua.yaml", config.into_bytes());
    for (path, bytes) in walk(&repo().join("themes/default"), "themes/default") {
        fs.insert(path, bytes);
    }
    // Twelve entries that match "lich truc" and nothing else does: more
    // results than a page (10), for the "Xem thêm kết quả" button.
    for n in 1..=12 {
        fs.insert(
            format!("content/news/lich-truc-tuan-{n}.md"),
            format!(
                "---\ntitle: Lịch trực tuần {n}\ndate: 2018-01-{n:02}\n---\nLịch trực cơ quan.\n"
            )
            .into_bytes(),
        );
    }
    fs
}

fn node_missing() -> Option<String> {
    (!node_works()).then(|| "`node` is not on PATH".to_owned())
}

pub(crate) fn browser_missing() -> Option<String> {
    if let Some(why) = node_missing() {
        return Some(why);
    }
    let chromium = std::env::var_os("CHROMIUM_PATH")
        .map_or_else(|| PathBuf::from("/usr/bin/chromium"), PathBuf::from);
    if !chromium.is_file() {
        return Some(format!("Chromium is not at {}", chromium.display()));
    }
    let pw = repo().join("tests/browser/node_modules/playwright-core/index.mjs");
    if std::env::var_os("PLAYWRIGHT_CORE").is_none() && !pw.is_file() {
        return Some("playwright-core is not installed (npm ci --prefix tests/browser)".into());
    }
    None
}

#[test]
fn search_page_in_headless_chromium() {
    if !can_run("search_page_in_headless_chromium", browser_missing()) {
        return;
    }
    let files = build_ok(&default_theme_site(), &options());
    assert!(text(&files, "tim-kiem/index.html").contains("cần JavaScript"));
    let tmp = tempfile::tempdir().unwrap();
    write_files(&files, tmp.path(), "");
    let (ok, report) = run_node("tests/search/browser.mjs", tmp.path());
    assert!(ok, "search page checks failed:\n{report}");
    say(report.lines().last().unwrap_or_default());
}
