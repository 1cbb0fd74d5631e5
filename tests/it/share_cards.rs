//! Share cards (`og:image`): a 1200×630 PNG for each exemplar, campaign,
//! anniversary, event, decision and consultation and for the home page,
//! drawn with the bundled Vietnamese font, kept in the site's cache and
//! drawn again only when what it shows changes; announced in `<head>`,
//! JSON-LD and oEmbed.

use std::collections::BTreeMap;
use std::path::Path;

use resvg::{tiny_skia, usvg};
use thidua::build;
use thidua::output::{OutputSink, StagedDir};
use thidua::render::share_card::draw::Painter;
use thidua::render::share_card::layout::CardText;
use thidua::render::share_card::{self, CACHE_DIR};
use thidua::source::{DiskFs, MemFs};

use crate::support::{build_ok, fixture, options, repo, site_on_disk, text};

/// Width and height from a PNG's IHDR chunk.
fn ihdr(png: &[u8]) -> (u32, u32) {
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    assert_eq!(&png[12..16], b"IHDR");
    let be = |i: usize| u32::from_be_bytes(png[i..i + 4].try_into().unwrap());
    (be(16), be(20))
}

/// The minimal fixture drawn with the default theme (which writes the
/// `<head>` metadata and has `embed.html`).
fn minimal_with_default_theme() -> MemFs {
    let mut fs = fixture("minimal");
    let theme = repo().join("themes/default");
    for entry in walkdir::WalkDir::new(&theme) {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            let rel = entry.path().strip_prefix(&theme).unwrap();
            fs.insert(
                Path::new("themes/min").join(rel),
                std::fs::read(entry.path()).unwrap(),
            );
        }
    }
    fs
}

fn cards_of(files: &BTreeMap<String, Vec<u8>>) -> Vec<&str> {
    files
        .keys()
        .filter(|p| p.starts_with("anh-chia-se/"))
        .map(String::as_str)
        .collect()
}

#[test]
fn every_card_is_a_1200_by_630_png_that_decodes() {
    let files = build_ok(&fixture("minimal"), &options());
    let cards = cards_of(&files);
    // The home page and the six kinds that have one; news and documents
    // have none of their own.
    assert!(cards.contains(&"anh-chia-se/trang-chu.png"), "{cards:?}");
    assert!(
        cards.contains(&"anh-chia-se/guong-dien-hinh/nguyen-van-an.png"),
        "{cards:?}"
    );
    assert!(
        cards
            .iter()
            .any(|c| c.starts_with("anh-chia-se/phong-trao/"))
    );
    assert!(cards.iter().any(|c| c.starts_with("anh-chia-se/su-kien/")));
    assert!(cards.iter().any(|c| c.starts_with("anh-chia-se/ky-niem/")));
    assert!(!cards.iter().any(|c| c.contains("tin-tuc")), "{cards:?}");
    for card in cards {
        let png = &files[card];
        assert_eq!(ihdr(png), (1200, 630), "{card}");
        let pixmap = tiny_skia::Pixmap::decode_png(png).expect("the card decodes");
        assert_eq!((pixmap.width(), pixmap.height()), (1200, 630));
        // Opaque everywhere, and not one flat colour.
        assert!(pixmap.pixels().iter().all(|p| p.alpha() == 255), "{card}");
        let first = pixmap.pixels()[0];
        assert!(pixmap.pixels().iter().any(|p| *p != first), "{card}");
    }
}

#[test]
fn vietnamese_text_is_shaped_with_the_bundled_font() {
    let painter = Painter::new();
    let family = painter.fontdb().query(&usvg::fontdb::Query {
        families: &[usvg::fontdb::Family::Name("Be Vietnam Pro")],
        weight: usvg::fontdb::Weight::BOLD,
        ..Default::default()
    });
    assert!(family.is_some(), "the bundled bold face is found by name");
    // Every vowel with every tone, and Đ.
    let sample = "Đ đ Ă Â Ê Ô Ơ Ư à á ả ã ạ ằ ắ ẳ ẵ ặ ầ ấ ẩ ẫ ậ è é ẻ ẽ ẹ ề ế ể ễ ệ ì í ỉ ĩ ị \
                  ò ó ỏ õ ọ ồ ố ổ ỗ ộ ờ ớ ở ỡ ợ ù ú ủ ũ ụ ừ ứ ử ữ ự ỳ ý ỷ ỹ ỵ";
    let text = CardText {
        kind: "Gương điển hình".into(),
        title: sample.into(),
        line: "Phường Tân An, Quận Ninh Kiều".into(),
        site: "Thi đua – Khen thưởng".into(),
    };
    let tree = painter.tree(&text, None).expect("the card parses");
    let mut glyphs = 0;
    let mut visit = vec![tree.root()];
    while let Some(group) = visit.pop() {
        for node in group.children() {
            match node {
                usvg::Node::Group(g) => visit.push(g),
                usvg::Node::Text(t) => {
                    for span in t.layouted() {
                        for g in &span.positioned_glyphs {
                            glyphs += 1;
                            assert_ne!(g.id.0, 0, ".notdef for {:?}", g.text);
                        }
                    }
                }
                _ => {}
            }
        }
    }
    assert!(glyphs > 60, "{glyphs} glyphs");
}

/// Build the site on disk at `root` into `root/public`.
fn build_on_disk(root: &Path) -> build::BuildSummary {
    let fs = DiskFs::new(root);
    let out = root.join("public");
    let stage = StagedDir::new(&out, root).unwrap();
    let summary = build::build(&fs, &options(), &stage as &dyn OutputSink).unwrap();
    stage.commit().unwrap();
    summary
}

fn cached(root: &Path) -> BTreeMap<String, std::time::SystemTime> {
    std::fs::read_dir(root.join(CACHE_DIR))
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let name = e.file_name().to_string_lossy().into_owned();
            (name, e.metadata().unwrap().modified().unwrap())
        })
        .collect()
}

#[test]
fn cards_are_drawn_once_and_again_only_when_their_text_changes() {
    let site = site_on_disk();
    let root = site.path();
    let first = build_on_disk(root);
    let cache = cached(root);
    assert!(first.cards_drawn >= 6, "{}", first.cards_drawn);
    assert_eq!(cache.len(), first.cards_drawn);
    let card = root.join("public/anh-chia-se/guong-dien-hinh/nguyen-van-an.png");
    assert_eq!(ihdr(&std::fs::read(&card).unwrap()), (1200, 630));

    // Same content: every card from the cache, none touched.
    let second = build_on_disk(root);
    assert_eq!(second.cards_drawn, 0);
    assert_eq!(cached(root), cache);
    let before = std::fs::read(&card).unwrap();

    // A new title: that card alone is drawn again, the old one removed.
    let entry = root.join("content/exemplars/nguyen-van-an.md");
    let text = std::fs::read_to_string(&entry).unwrap();
    std::fs::write(
        &entry,
        text.replace("title: Nguyễn Văn An", "title: Nguyễn Văn Ân"),
    )
    .unwrap();
    let third = build_on_disk(root);
    assert_eq!(third.cards_drawn, 1);
    let after_edit = cached(root);
    assert_eq!(after_edit.len(), cache.len());
    assert_eq!(
        after_edit
            .keys()
            .filter(|k| !cache.contains_key(*k))
            .count(),
        1
    );
    assert_ne!(std::fs::read(&card).unwrap(), before);
}

#[test]
fn an_unwritable_cache_draws_into_memory_with_one_warning() {
    let site = site_on_disk();
    let root = site.path();
    // A file where the cache folder would be: it cannot be made.
    std::fs::write(root.join(".thidua-cache"), "").unwrap();
    let summary = build_on_disk(root);
    let codes: Vec<_> = summary.warnings.iter().filter_map(|d| d.code()).collect();
    assert_eq!(
        codes.iter().filter(|c| **c == "T0806").count(),
        1,
        "{codes:?}"
    );
    let png = std::fs::read(root.join("public/anh-chia-se/trang-chu.png")).unwrap();
    assert_eq!(ihdr(&png), (1200, 630));
}

#[test]
fn the_output_may_not_be_inside_the_cache() {
    let site = site_on_disk();
    let root = site.path();
    let refused = thidua::output::check_output(&root.join(".thidua-cache/out"), root);
    let d = refused.expect_err("an output inside the cache is refused");
    assert_eq!(d.code(), Some("T0804"));
}

#[test]
fn head_json_ld_and_oembed_announce_the_card() {
    let files = build_ok(&minimal_with_default_theme(), &options());
    let page = text(&files, "guong-dien-hinh/nguyen-van-an/index.html");
    let card = "https://thidua.example/anh-chia-se/guong-dien-hinh/nguyen-van-an.png";
    for tag in [
        format!(r#"<meta property="og:image" content="{card}">"#),
        r#"<meta property="og:image:type" content="image/png">"#.to_owned(),
        r#"<meta property="og:image:width" content="1200">"#.to_owned(),
        r#"<meta property="og:image:height" content="630">"#.to_owned(),
        r#"<meta property="og:image:alt" content="Nguyễn Văn An">"#.to_owned(),
        r#"<meta name="twitter:card" content="summary_large_image">"#.to_owned(),
    ] {
        assert!(page.contains(&tag), "missing {tag}");
    }
    let ld_start = page.find("application/ld+json\">").unwrap() + 21;
    let ld_end = ld_start + page[ld_start..].find("</script>").unwrap();
    let ld: serde_json::Value = serde_json::from_str(&page[ld_start..ld_end]).unwrap();
    let person = &ld["@graph"][1];
    assert_eq!(person["image"]["url"], card);
    assert_eq!(person["image"]["width"], 1200);
    assert_eq!(person["image"]["height"], 630);

    let oembed: serde_json::Value =
        serde_json::from_slice(&files["embed/guong-dien-hinh/nguyen-van-an.json"]).unwrap();
    assert_eq!(oembed["thumbnail_url"], card);
    assert_eq!(oembed["thumbnail_width"], 1200);
    assert_eq!(oembed["thumbnail_height"], 630);

    // A page without a card of its own shows the home page's.
    let news = text(&files, "tin-tuc/khai-truong/index.html");
    assert!(
        news.contains(r#"<meta property="og:image" content="https://thidua.example/anh-chia-se/trang-chu.png">"#),
        "{}",
        &news[..news.find("</head>").unwrap()]
    );
    assert_eq!(
        share_card::home_url(),
        "/anh-chia-se/trang-chu.png",
        "the path the browser checks read"
    );
}
