//! What newsrooms and feed readers consume: `<head>` metadata (JSON-LD,
//! Open Graph), the Atom and JSON feeds, and editors' hostile text
//! (`</script>`, quotes, `]]>`, `-->`) in every output format.
//!
//! The fixture `tests/fixtures/newsroom` is built with the default theme by
//! the real binary. The Rust checks always run. The checks with real
//! consumers — feedparser and extruct (`tests/newsroom/check_output.py`),
//! pyoembed discovering the oEmbed on loopback (`oembed_consumer.py`), and
//! headless Chromium sizing two embeds on a host page (`embeds.mjs`) — print
//! are skipped with one line when Python, its packages, node or Chromium are
//! missing, or fail where `CI` is set (`crate::support::can_run`; `.ci/run`
//! installs them; Python is `$THIDUA_PYTHON` or `python3`).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::support::{can_run, repo, say, tools_missing, tools_present};

const BASE: &str = "https://thidua.example";

fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Build the fixture with the default theme; returns (temp dir, output).
fn build() -> (tempfile::TempDir, PathBuf) {
    build_at(BASE)
}

/// Build the fixture published at `base_url`.
fn build_at(base_url: &str) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    copy_dir(&repo().join("tests/fixtures/newsroom"), &root);
    copy_dir(&repo().join("themes/default"), &root.join("themes/default"));
    let out = tmp.path().join("public");
    let run = Command::new(env!("CARGO_BIN_EXE_thidua"))
        .env("THIDUA_LANG", "en")
        .args([
            "build",
            "--today",
            "2026-11-23",
            "--base-url",
            base_url,
            "--root",
        ])
        .arg(&root)
        .arg("--output")
        .arg(&out)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "build failed:\n{}",
        String::from_utf8_lossy(&run.stderr)
    );
    (tmp, out)
}

fn files(out: &Path, ext: &str) -> Vec<(String, String)> {
    walkdir::WalkDir::new(out)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == ext))
        .map(|e| {
            let rel = e.path().strip_prefix(out).unwrap().display().to_string();
            (rel, std::fs::read_to_string(e.path()).unwrap())
        })
        .collect()
}

/// The contents of every `<script …>` element of a page, with its open tag.
fn scripts(html: &str) -> Vec<(&str, &str)> {
    let mut out = vec![];
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let open_end = after.find('>').expect("script tag closes");
        let body = &after[open_end + 1..];
        let close = body.find("</script").expect("script element closes");
        out.push((&after[..=open_end], &body[..close]));
        rest = &body[close..];
    }
    out
}

#[test]
fn hostile_text_is_inert_in_html() {
    let (_tmp, out) = build();
    let pages = files(&out, "html");
    assert!(pages.len() > 20, "{} pages", pages.len());
    for (rel, html) in &pages {
        assert!(
            !html.contains("<script>alert(1)"),
            "{rel}: editor's script became markup"
        );
        assert!(!html.contains("<!-- &"), "{rel}: editor's comment opened");
        let found = scripts(html);
        assert!(!found.is_empty(), "{rel}: no JSON-LD");
        for (open, body) in found {
            if open.contains("src=") {
                continue;
            }
            assert_eq!(open, r#"<script type="application/ld+json">"#, "{rel}");
            assert!(!body.contains('<'), "{rel}: `<` inside JSON-LD");
            let v: serde_json::Value = serde_json::from_str(body)
                .unwrap_or_else(|e| panic!("{rel}: JSON-LD does not parse: {e}\n{body}"));
            assert_eq!(v["@context"], "https://schema.org", "{rel}");
        }
    }
}

fn graph(html: &str) -> Vec<serde_json::Value> {
    let (_, body) = scripts(html)
        .into_iter()
        .find(|(open, _)| open.contains("ld+json"))
        .expect("JSON-LD");
    let v: serde_json::Value = serde_json::from_str(body).unwrap();
    v["@graph"].as_array().unwrap().clone()
}

fn node<'a>(graph: &'a [serde_json::Value], ty: &str) -> &'a serde_json::Value {
    graph
        .iter()
        .find(|n| n["@type"] == ty)
        .unwrap_or_else(|| panic!("no {ty} in {graph:?}"))
}

#[test]
fn json_ld_types_and_fields_round_trip_editors_text() {
    let (_tmp, out) = build();
    let read = |p: &str| std::fs::read_to_string(out.join(p)).unwrap();
    let hostile = "</script><script>alert(1)</script> \"q\" 'a' ]]> --> <!-- &";
    let person = graph(&read("guong-dien-hinh/doc-hai/index.html"));
    let p = node(&person, "Person");
    assert!(p["name"].as_str().unwrap().starts_with(hostile));
    assert!(p["award"][0].as_str().unwrap().starts_with(hostile));
    // The share card (with the portrait drawn in), not the SVG portrait.
    assert_eq!(
        p["image"]["url"],
        format!("{BASE}/anh-chia-se/guong-dien-hinh/doc-hai.png")
    );
    assert_eq!(p["image"]["width"], 1200);
    let crumbs = node(&person, "BreadcrumbList");
    assert_eq!(crumbs["itemListElement"].as_array().unwrap().len(), 3);
    node(
        &graph(&read("guong-dien-hinh/tap-the/index.html")),
        "Organization",
    );
    for page in [
        "phong-trao/dot-thi-dua/index.html",
        "su-kien/hoi-nghi/index.html",
    ] {
        node(&graph(&read(page)), "Event");
    }
    let event = graph(&read("su-kien/hoi-nghi/index.html"));
    assert_eq!(
        node(&event, "Event")["startDate"],
        "2026-12-09T07:30:00+07:00"
    );
    let law = graph(&read("van-ban/ke-hoach/index.html"));
    assert_eq!(node(&law, "Legislation")["legislationDate"], "2024-02-21");
    let news = graph(&read("tin-tuc/tin/index.html"));
    assert_eq!(node(&news, "NewsArticle")["dateModified"], "2024-07-01");
    node(&graph(&read("index.html")), "WebSite");
    let doc = read("van-ban/ke-hoach/index.html");
    assert!(doc.contains(r#"<meta name="dcterms.date" content="2024-02-21">"#));
    assert!(doc.contains(r#"<meta name="dcterms.title" content="&lt;/script&gt;&lt;script&gt;"#));
}

#[test]
fn feeds_are_well_formed_with_absolute_urls_and_vietnam_offset() {
    let (_tmp, out) = build();
    let atom = files(&out, "xml");
    let feeds: Vec<_> = atom
        .iter()
        .filter(|(p, _)| p.ends_with("feed.xml"))
        .collect();
    // site, 8 sections (decisions and nominations too), 1 field, 1 campaign
    assert_eq!(
        feeds.len(),
        11,
        "{:?}",
        feeds.iter().map(|f| &f.0).collect::<Vec<_>>()
    );
    for (rel, xml) in &feeds {
        for bad in ["<script", "]]>", "-->", "<!--"] {
            assert!(!xml.contains(bad), "{rel} contains {bad}");
        }
        assert!(xml.contains("+07:00</updated>"), "{rel}");
    }
    let campaign = std::fs::read_to_string(out.join("phong-trao/dot-thi-dua/feed.xml")).unwrap();
    assert_eq!(campaign.matches("<entry>").count(), 2, "{campaign}");
    assert!(campaign.contains("<updated>2025-01-02T00:00:00+07:00</updated>"));
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("feed.json")).unwrap()).unwrap();
    assert_eq!(json["version"], "https://jsonfeed.org/version/1.1");
    let news = json["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["url"] == format!("{BASE}/tin-tuc/tin/"))
        .expect("news item");
    assert_eq!(news["date_published"], "2024-06-11T09:15:00+07:00");
    assert_eq!(news["date_modified"], "2024-07-01T00:00:00+07:00");
    let home = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(home.contains(r#"<link rel="alternate" type="application/atom+xml""#));
}

/// `$THIDUA_PYTHON`, else the virtualenv `tests/install-tools.sh` makes,
/// else `python3`.
fn python() -> std::ffi::OsString {
    let venv = crate::support::repo().join("target/newsroom-venv/bin/python");
    std::env::var_os("THIDUA_PYTHON")
        .or_else(|| venv.is_file().then(|| venv.into_os_string()))
        .unwrap_or_else(|| "python3".into())
}

#[test]
fn real_consumers_read_feeds_and_metadata() {
    let (_tmp, out) = build();
    let expect = serde_json::json!({
        "guong-dien-hinh/doc-hai/index.html": "Person",
        "guong-dien-hinh/tap-the/index.html": "Organization",
        "phong-trao/dot-thi-dua/index.html": "Event",
        "ky-niem/ky-niem/index.html": "Event",
        "su-kien/hoi-nghi/index.html": "Event",
        "van-ban/ke-hoach/index.html": "Legislation",
        "tin-tuc/tin/index.html": "NewsArticle",
        "index.html": "WebSite",
    });
    let run = Command::new(python())
        .arg(repo().join("tests/newsroom/check_output.py"))
        .arg(&out)
        .arg(BASE)
        .arg(expect.to_string())
        .stdin(Stdio::null())
        .output();
    let Ok(run) = run else {
        return tools_missing(
            "real_consumers_read_feeds_and_metadata",
            "Python (`$THIDUA_PYTHON` or `python3`) is not available",
        );
    };
    let report = String::from_utf8_lossy(&run.stdout).into_owned();
    match run.status.code() {
        Some(0) => {
            tools_present("real_consumers_read_feeds_and_metadata");
            say(report.lines().next().unwrap_or(""));
        }
        Some(3) => tools_missing("real_consumers_read_feeds_and_metadata", report.trim()),
        _ => panic!(
            "consumers found problems:\n{report}{}",
            String::from_utf8_lossy(&run.stderr)
        ),
    }
}

#[test]
fn embeds_widgets_and_oembed_files() {
    let (_tmp, out) = build();
    let read = |p: &str| std::fs::read_to_string(out.join(p)).unwrap();
    let card = read("embed/phong-trao/dot-thi-dua.html");
    assert!(!card.contains("masthead"), "site chrome in the embed");
    assert!(card.contains(r#"<base target="_blank">"#));
    assert!(card.contains(r#"<progress max="2" value="1""#), "{card}");
    let countdown = read("embed/ky-niem/ky-niem.html");
    assert!(
        countdown.contains("Còn <strong>200</strong> ngày"),
        "{countdown}"
    );
    assert!(
        !out.join("embed/van-ban").exists(),
        "documents are not embeddable"
    );
    // Two files beside each other, no folder per card (issue 14).
    assert!(out.join("embed/phong-trao/dot-thi-dua.json").is_file());
    assert!(!out.join("embed/phong-trao/dot-thi-dua").exists());
    let page = read("guong-dien-hinh/doc-hai/index.html");
    assert!(page.contains(&format!(
        r#"<link rel="alternate" type="application/json+oembed" href="{BASE}/embed/guong-dien-hinh/doc-hai.json""#
    )));
    // Behind a closed "Chia sẻ / Nhúng" disclosure.
    let share = &page[page
        .find(r#"<details class="share">"#)
        .expect("share block")..];
    assert!(share.starts_with("<details class=\"share\">\n<summary>Chia sẻ / Nhúng</summary>"));
    assert!(share.find("</details>") > share.find(r#"<pre class="code""#));
    // The snippet to copy is plain, escaped text (no highlighting markup).
    let snippet = page
        .split(r#"<pre class="code"><code>"#)
        .nth(1)
        .and_then(|rest| rest.split("</code></pre>").next())
        .expect("the snippet's code block");
    assert!(snippet.starts_with("&lt;iframe src="), "{snippet}");
    assert!(
        snippet.contains("/embed/guong-dien-hinh/doc-hai.html"),
        "{snippet}"
    );
    assert!(!snippet.contains('<'), "{snippet}");
    let o: serde_json::Value =
        serde_json::from_str(&read("embed/guong-dien-hinh/doc-hai.json")).unwrap();
    assert_eq!(o["type"], "rich");
    assert_eq!(o["version"], "1.0");
    assert_eq!(o["width"], 640);
    assert_eq!(
        o["thumbnail_url"],
        format!("{BASE}/anh-chia-se/guong-dien-hinh/doc-hai.png")
    );
    assert_eq!(
        (
            o["thumbnail_width"].as_u64(),
            o["thumbnail_height"].as_u64()
        ),
        (Some(1200), Some(630))
    );
    let html = o["html"].as_str().unwrap();
    assert!(html.starts_with(&format!(
        r#"<iframe src="{BASE}/embed/guong-dien-hinh/doc-hai.html" title="&lt;/script&gt;"#
    )));
    assert!(!html.contains("<script>alert"));
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[test]
fn pyoembed_discovers_and_fetches_the_oembed_on_loopback() {
    let port = free_port();
    let (_tmp, out) = build_at(&format!("http://127.0.0.1:{port}"));
    let run = Command::new(python())
        .arg(repo().join("tests/newsroom/oembed_consumer.py"))
        .arg(&out)
        .arg(port.to_string())
        .args([
            "/guong-dien-hinh/doc-hai/",
            "/phong-trao/dot-thi-dua/",
            "/ky-niem/ky-niem/",
            "/su-kien/hoi-nghi/",
        ])
        .stdin(Stdio::null())
        .output();
    let Ok(run) = run else {
        return tools_missing(
            "pyoembed_discovers_and_fetches_the_oembed_on_loopback",
            "Python (`$THIDUA_PYTHON` or `python3`) is not available",
        );
    };
    let report = String::from_utf8_lossy(&run.stdout).into_owned();
    match run.status.code() {
        Some(0) => {
            tools_present("pyoembed_discovers_and_fetches_the_oembed_on_loopback");
            say(report.lines().next().unwrap_or(""));
        }
        Some(3) => tools_missing(
            "pyoembed_discovers_and_fetches_the_oembed_on_loopback",
            report.trim(),
        ),
        _ => panic!(
            "oEmbed consumer failed:\n{report}{}",
            String::from_utf8_lossy(&run.stderr)
        ),
    }
}

#[test]
fn two_embeds_grow_to_their_cards_in_chromium() {
    let repo = repo();
    let chromium = std::env::var_os("CHROMIUM_PATH")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"));
    if !can_run(
        "two_embeds_grow_to_their_cards_in_chromium",
        crate::search::browser_missing(),
    ) {
        return;
    }
    let port = free_port();
    let (_tmp, out) = build_at(&format!("http://127.0.0.1:{port}"));
    let run = Command::new("node")
        .arg(repo.join("tests/newsroom/embeds.mjs"))
        .arg(&out)
        .arg(port.to_string())
        .args([
            "/embed/guong-dien-hinh/doc-hai.html",
            "/embed/phong-trao/dot-thi-dua.html",
        ])
        .env("CHROMIUM_PATH", &chromium)
        .stdin(Stdio::null())
        .output();
    let run = run.expect("`node` runs (browser_missing checked it)");
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&run.stdout),
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(run.status.success(), "embed check failed:\n{report}");
    say(report.lines().next().unwrap_or(""));
}
