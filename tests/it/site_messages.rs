//! The site's messages (references, links, URLs, images, publishing,
//! thidua.yaml, themes, files in content/) in both languages, and the
//! behaviour behind them: one broken file causes no errors elsewhere, files
//! that are skipped say so, unpublished drafts never break a build.

use thidua::audit::{self};
use thidua::build::{self, BuildError, BuildOptions};
use thidua::diagnostic::Diagnostics;
use thidua::i18n::Lang;
use thidua::output::MemorySink;
use thidua::source::MemFs;

use crate::support::{both, build_err, build_ok, check, fixture, options, with};

fn site() -> MemFs {
    fixture("site-messages")
}

fn codes(d: &Diagnostics) -> Vec<(String, &'static str)> {
    d.iter()
        .map(|x| {
            (
                thidua::diagnostic::display_path(&x.file),
                x.code().unwrap_or("none"),
            )
        })
        .collect()
}

// ---------------------------------------------------------------- knock-on

/// A campaign whose front matter is not valid YAML, with a `slug:` line.
const BROKEN_CAMPAIGN: &str =
    "---\ntitle: Phong trào \"Dân vận khéo\": đợt 2\nslug: dan-van-kheo\n---\nNội dung.\n";

#[test]
fn a_broken_entry_still_claims_its_slug_and_file_so_only_its_own_error_is_reported() {
    let fs = with(
        site(),
        &[
            ("content/campaigns/dan-van.md", BROKEN_CAMPAIGN),
            (
                "content/campaigns/hong-2.md",
                "---\ntitle: [không đóng\n---\nx\n",
            ),
            (
                "content/news/tin-b.md",
                "---\ntitle: Tin B\ndate: 2024-06-12\ncampaigns: [dan-van-kheo, hong-2]\n---\nXem [phong trào](../campaigns/dan-van.md) và [đợt 2](../campaigns/hong-2.md).\n",
            ),
            (
                "content/campaigns/con.md",
                "---\ntitle: Đợt con\ntheme: x\nissuer: UBND\nparent: hong-2\nperiod: {start: 2024-02, end: 2024-12}\n---\nx\n",
            ),
        ],
    );
    let diags = build_err(&fs);
    let files: Vec<_> = codes(&diags).into_iter().map(|(f, _)| f).collect();
    assert!(
        files
            .iter()
            .all(|f| f == "content/campaigns/dan-van.md" || f == "content/campaigns/hong-2.md"),
        "only the broken files have errors:\n{}",
        diags.render(Lang::En)
    );
    assert!(files.contains(&"content/campaigns/dan-van.md".to_owned()));
    assert!(files.contains(&"content/campaigns/hong-2.md".to_owned()));
}

#[test]
fn a_reference_to_a_slug_nobody_claims_is_still_an_error() {
    let fs = with(
        site(),
        &[
            ("content/campaigns/dan-van.md", BROKEN_CAMPAIGN),
            (
                "content/news/tin-b.md",
                "---\ntitle: Tin B\ndate: 2024-06-12\ncampaigns: [dan-van]\n---\nx\n",
            ),
        ],
    );
    // `dan-van` is the file name, but the broken file says slug: dan-van-kheo.
    let diags = build_err(&fs);
    assert!(
        codes(&diags).contains(&("content/news/tin-b.md".to_owned(), "T0307")),
        "{}",
        diags.render(Lang::En)
    );
}

// ---------------------------------------------------------------- body images

#[test]
fn body_images_need_alt_text_and_must_exist() {
    let fs = with(
        site(),
        &[(
            "content/news/anh.md",
            "---\ntitle: Ảnh\ndate: 2024-06-12\n---\nĐoạn đầu.\n\n![](/images/bieu-trung.svg)\n\nTrước ![Lễ phát động](le-phat-dong.jpg) sau.\n\n![Biểu trưng cũ](/images/cu.png)\n",
        )],
    );
    let diags = build_err(&fs);
    assert_eq!(
        codes(&diags),
        vec![
            ("content/news/anh.md".to_owned(), "T0315"),
            ("content/news/anh.md".to_owned(), "T0316"),
            ("content/news/anh.md".to_owned(), "T0316"),
        ]
    );
    let positions: Vec<_> = diags.iter().map(|d| d.position.unwrap()).collect();
    assert_eq!(
        positions
            .iter()
            .map(|p| (p.line, p.col))
            .collect::<Vec<_>>(),
        vec![(7, 1), (9, 7), (11, 1)]
    );
    insta::assert_snapshot!("body_images", both(&diags));
}

// ---------------------------------------------------------------- raw HTML

#[test]
fn raw_html_in_a_body_is_a_warning_at_its_line() {
    let fs = with(
        site(),
        &[(
            "content/news/html.md",
            "---\ntitle: HTML\ndate: 2024-06-12\n---\nĐoạn <b>đậm</b> và <br> nữa.\n\n<div class=\"x\">\nkhối\n</div>\n",
        )],
    );
    let report = check(&fs, &options());
    assert!(report.passed());
    let lines: Vec<_> = report
        .diagnostics
        .iter()
        .filter(|d| d.code() == Some("T0317"))
        .map(|d| d.position.unwrap().line)
        .collect();
    assert_eq!(lines, vec![5, 7], "one warning per line of HTML");
    insta::assert_snapshot!("raw_html", both(&report.diagnostics));
    // When the site allows HTML, nothing is said.
    let mut fs = fs;
    fs.insert(
        "thidua.yaml",
        b"title: T\nbase_url: https://thidua.example\ntheme: min\nfields: [Chuy\xe1\xbb\x83n \xc4\x91\xe1\xbb\x95i s\xe1\xbb\x91]\nmarkdown: {allow_html: true}\n"
            .to_vec(),
    );
    let report = check(&fs, &options());
    assert!(report.diagnostics.iter().all(|d| d.code() != Some("T0317")));
}

// ---------------------------------------------------------------- skipped files

#[test]
fn files_that_look_like_entries_and_loose_office_files_are_warned_about_and_not_published() {
    let fs = with(
        site(),
        &[
            ("content/news/ghi-chu.md.txt", "---\ntitle: x\n---\n"),
            ("content/news/VIET-HOA.MD", "---\ntitle: x\n---\n"),
            ("content/pages/ghi-chu.markdown", "x"),
            ("content/news/ke-hoach.docx", "PK"),
            ("content/news/bao-cao.pdf", "%PDF"),
            // An attachment of a folder entry is fine.
            (
                "content/news/le-trao/index.md",
                "---\ntitle: Lễ trao\ndate: 2024-06-12\n---\n[Tải](quyet-dinh.pdf)\n",
            ),
            ("content/news/le-trao/quyet-dinh.pdf", "%PDF"),
        ],
    );
    let report = check(&fs, &options());
    assert!(report.passed(), "{}", report.diagnostics.render(Lang::En));
    let mut got = codes(&report.diagnostics);
    got.sort();
    assert_eq!(
        got,
        vec![
            ("content/news/VIET-HOA.MD".to_owned(), "T0701"),
            ("content/news/bao-cao.pdf".to_owned(), "T0702"),
            ("content/news/ghi-chu.md.txt".to_owned(), "T0701"),
            ("content/news/ke-hoach.docx".to_owned(), "T0702"),
            ("content/pages/ghi-chu.markdown".to_owned(), "T0701"),
        ]
    );
    insta::assert_snapshot!("skipped_files", both(&report.diagnostics));
    let files = build_ok(&fs, &options());
    let published: Vec<_> = files
        .keys()
        .filter(|k| {
            k.contains("ke-hoach")
                || k.contains("bao-cao")
                || k.contains("ghi-chu")
                || k.contains("viet-hoa")
        })
        .collect();
    assert!(published.is_empty(), "{published:?}");
    assert!(files.contains_key("tin-tuc/le-trao/quyet-dinh.pdf"));
}

#[test]
fn a_link_to_a_loose_office_file_is_an_error() {
    let fs = with(
        site(),
        &[
            ("content/news/bao-cao.pdf", "%PDF"),
            (
                "content/news/tin.md",
                "---\ntitle: Tin\ndate: 2024-06-12\n---\n[Tải báo cáo](bao-cao.pdf)\n",
            ),
        ],
    );
    let diags = build_err(&fs);
    assert!(
        codes(&diags).contains(&("content/news/tin.md".to_owned(), "T0311")),
        "{}",
        diags.render(Lang::En)
    );
}

// ---------------------------------------------------------------- drafts

fn with_drafts() -> MemFs {
    with(
        site(),
        &[
            // Missing `date` (required for news) and an unknown campaign.
            (
                "content/news/nhap-thieu.md",
                "---\ntitle: Nháp thiếu ngày\ndraft: true\nsumary: x\n---\nx\n",
            ),
            // Front matter that is not YAML at all.
            (
                "content/news/nhap-hong.md",
                "---\ndraft: true\ntitle: \"Nháp: chưa xong\n---\nx\n",
            ),
            // A complete draft.
            (
                "content/news/nhap-du.md",
                "---\ntitle: Nháp đủ\ndate: 2024-06-12\ndraft: true\n---\nx\n",
            ),
            (
                "content/news/hen-ngay.md",
                "---\ntitle: Hẹn ngày\ndate: 2030-01-01\n---\nx\n",
            ),
        ],
    )
}

#[test]
fn problems_of_unpublished_drafts_never_fail_a_build() {
    let fs = with_drafts();
    let sink = MemorySink::with_source(fs.clone());
    let summary = match build::build(&fs, &options(), &sink) {
        Ok(s) => s,
        Err(BuildError::Content(d)) => panic!("{}", d.render(Lang::En)),
        Err(BuildError::Io(e)) => panic!("{e}"),
    };
    assert_eq!(summary.drafts, 3);
    assert_eq!(summary.scheduled, 1);
    assert_eq!(summary.incomplete_drafts, 2);
    assert!(
        summary.warnings.is_empty(),
        "build does not print drafts' problems: {}",
        summary.warnings.render(Lang::En)
    );
    let left_out = audit::build_left_out(&summary).unwrap();
    assert_eq!(
        Lang::Vi.format(&left_out),
        "3 bản nháp và 1 mục hẹn ngày đăng không được xuất bản (2 bản nháp chưa hoàn chỉnh: xem `thidua check`)"
    );
    assert_eq!(
        Lang::En.format(&left_out),
        "3 drafts and 1 scheduled entry not published (2 drafts are not finished: see `thidua check`)"
    );
}

#[test]
fn check_lists_incomplete_drafts_as_warnings() {
    let report = check(&with_drafts(), &options());
    assert!(report.passed(), "{}", report.diagnostics.render(Lang::En));
    let headers: Vec<_> = codes(&report.diagnostics)
        .into_iter()
        .filter(|(_, c)| *c == "T0319")
        .map(|(f, _)| f)
        .collect();
    assert_eq!(
        headers,
        vec!["content/news/nhap-hong.md", "content/news/nhap-thieu.md"]
    );
    assert!(report.diagnostics.iter().all(|d| !d.is_error()));
    assert_eq!((report.drafts, report.scheduled), (3, 1));
    insta::assert_snapshot!("incomplete_drafts", both(&report.diagnostics));
    insta::assert_snapshot!(
        "check_summary_with_drafts",
        format!(
            "{}\n{}",
            report.summary_in(Lang::Vi),
            report.summary_in(Lang::En)
        )
    );
}

#[test]
fn with_drafts_published_their_problems_are_errors() {
    let fs = with_drafts();
    let opts = BuildOptions {
        drafts: true,
        ..options()
    };
    let diags = match build::build(&fs, &opts, &MemorySink::new()) {
        Err(BuildError::Content(d)) => d,
        _ => panic!("the build should fail with --drafts"),
    };
    let files: Vec<_> = diags
        .iter()
        .filter(|d| d.is_error())
        .map(|d| thidua::diagnostic::display_path(&d.file))
        .collect();
    assert!(files.contains(&"content/news/nhap-thieu.md".to_owned()));
    assert!(files.contains(&"content/news/nhap-hong.md".to_owned()));
    assert!(diags.iter().all(|d| d.code() != Some("T0319")));
    let report = check(&fs, &opts);
    assert!(!report.passed());
    assert_eq!(report.drafts, 0);
}

#[test]
fn a_build_that_fails_elsewhere_does_not_list_drafts_problems() {
    let fs = with(
        with_drafts(),
        &[(
            "content/news/loi.md",
            "---\ntitle: Lỗi\ndate: 2024-06-12\nfields: [Giao thong]\n---\nx\n",
        )],
    );
    let diags = build_err(&fs);
    assert_eq!(
        codes(&diags),
        vec![("content/news/loi.md".to_owned(), "T0305")]
    );
}

// ---------------------------------------------------------------- references, URLs

#[test]
fn reference_and_url_messages_in_both_languages() {
    let fs = with(
        site(),
        &[
            (
                "content/news/tham-chieu.md",
                "---\ntitle: Tham chiếu\ndate: 2024-06-12\ncampaigns: [dot-2, dot-hen]\nfields: [Chuyen doi so, Giao thông]\n---\n[a](../campaigns/khong-co.md) [b](../../../x.md) [c](../campaigns/dot-hen.md)\n",
            ),
            (
                "content/campaigns/dot-hen.md",
                "---\ntitle: Đợt hẹn\ndate: 2030-01-01\ntheme: x\nissuer: UBND\nperiod: {start: 2030-01, end: 2030-12}\n---\nx\n",
            ),
            ("content/pages/tim-kiem.md", "---\ntitle: Tìm\n---\nx\n"),
            (
                "content/pages/gioi-thieu-2.md",
                "---\ntitle: GT\nslug: gioi-thieu\n---\nx\n",
            ),
            ("content/pages/!!!.md", "---\ntitle: Dấu\n---\nx\n"),
        ],
    );
    insta::assert_snapshot!("references_and_urls", both(&build_err(&fs)));
}

// ---------------------------------------------------------------- thidua.yaml, theme

#[test]
fn config_messages_in_both_languages() {
    let fs = with(
        site(),
        &[(
            "thidua.yaml",
            "title: T\nbase_url: thidua.example\ntheme: Giao Diện\npaginate: 0\nsections: {news: Tin tức, events: su-kien, documents: su-kien}\nfields: [Giáo dục, giao duc]\n",
        )],
    );
    insta::assert_snapshot!("config", both(&build_err(&fs)));
    let broken = with(site(), &[("thidua.yaml", "title: a: b\n")]);
    let diags = build_err(&broken);
    assert_eq!(diags.iter().next().unwrap().code(), Some("T0106"));
    assert!(diags.render(Lang::Vi).contains("thidua.yaml:1:"));
}

#[test]
fn no_config_and_no_theme_in_vietnamese() {
    let text = build_err(&MemFs::new()).render(Lang::Vi);
    assert_eq!(
        text,
        "thidua.yaml: lỗi[T0401]: trang này chưa có tệp thidua.yaml\n  cách sửa: chạy `thidua build` trong thư mục của trang (hoặc thêm --root THƯ-MỤC), hoặc tạo trang mới bằng `thidua init THƯ-MỤC`\n"
    );
    let fs = with(
        site(),
        &[(
            "thidua.yaml",
            "title: T\nbase_url: https://thidua.example\ntheme: khong-co\n",
        )],
    );
    insta::assert_snapshot!("no_theme", both(&build_err(&fs)));
}

#[test]
fn data_file_problems_are_reported_at_their_position() {
    let fs = with(
        site(),
        &[("data/localities.yaml", "\"Phường An Hòa\": [a, b]\n")],
    );
    let diags = build_err(&fs);
    assert_eq!(
        codes(&diags),
        vec![("data/localities.yaml".to_owned(), "T0707")]
    );
    assert_eq!(diags.iter().next().unwrap().position.unwrap().line, 1);
}

#[test]
fn output_folder_errors_are_in_the_chosen_language() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("x.txt"), "x").unwrap();
    let err = thidua::output::StagedDir::new(dir.path(), &dir.path().join("site"))
        .err()
        .expect("refuses a folder holding the site");
    let vi = thidua::i18n::format_error(Lang::Vi, &err);
    assert!(vi.contains("chứa chính trang nguồn"), "{vi}");
    let other = tempfile::tempdir().unwrap();
    let err = thidua::output::StagedDir::new(dir.path(), other.path())
        .err()
        .expect("refuses a folder not made by thidua");
    let vi = thidua::i18n::format_error(Lang::Vi, &err);
    assert!(vi.contains("không do thidua tạo ra"), "{vi}");
}

// ---------------------------------------------------------------- serve

fn rebuild(
    session: &mut thidua::incremental::Session,
    fs: &MemFs,
    touched: &[&str],
) -> Result<thidua::incremental::Rebuilt, BuildError> {
    let touched: Vec<std::path::PathBuf> = touched.iter().map(Into::into).collect();
    session.rebuild(fs, &touched, &mut |_, _| {}, &|| false)
}

#[test]
fn serve_reports_only_the_broken_file_and_never_fails_on_a_new_draft() {
    let mut fs = with(
        site(),
        &[(
            "content/news/tin-b.md",
            "---\ntitle: Tin B\ndate: 2024-06-12\ncampaigns: [dot-1]\n---\nXem [đợt 1](../campaigns/dot-1.md).\n",
        )],
    );
    let mut session = thidua::incremental::Session::new(options());
    rebuild(&mut session, &fs, &[]).expect("first build");
    // The campaign breaks: only its own error, in serve as in build.
    fs.insert(
        "content/campaigns/dot-1.md",
        b"---\ntitle: \"Dot 1\nx: [\n---\nx\n".to_vec(),
    );
    let served = match rebuild(&mut session, &fs, &["content/campaigns/dot-1.md"]) {
        Err(BuildError::Content(d)) => d,
        _ => panic!("the rebuild should fail"),
    };
    assert!(
        served
            .iter()
            .all(|d| d.file == std::path::Path::new("content/campaigns/dot-1.md")),
        "{}",
        served.render(Lang::En)
    );
    assert_eq!(served, build_err(&fs));
    // A new, unfinished draft does not stop serve.
    fs.insert(
        "content/campaigns/dot-1.md",
        b"---\ntitle: Dot 1\ntheme: x\nissuer: UBND\nperiod: {start: 2024-02, end: 2024-12}\n---\nx\n"
            .to_vec(),
    );
    fs.insert("content/news/moi.md", b"---\ndraft: true\n---\n".to_vec());
    let ok = rebuild(
        &mut session,
        &fs,
        &["content/campaigns/dot-1.md", "content/news/moi.md"],
    )
    .expect("a draft never fails serve");
    assert!(ok.warnings.is_empty(), "{}", ok.warnings.render(Lang::En));
}

// ---------------------------------------------------------------- explanations

#[test]
fn every_site_code_is_explained_with_examples_in_both_languages() {
    use thidua::i18n::Catalogue;
    let codes = (301..=319)
        .chain(401..=401)
        .chain(403..=408)
        .chain(501..=502)
        .chain(701..=704)
        .chain(706..=707)
        .map(|n| format!("T{n:04}"));
    for code in codes {
        let id = format!("explain-{code}");
        for (lang, example) in [(Lang::Vi, "Đúng"), (Lang::En, "Right")] {
            let cat = Catalogue::get(lang);
            assert!(cat.has(&id), "{lang:?}: no {id}");
            assert!(cat.attribute(&id, "title").is_some(), "{lang:?}: {id}");
            let text = lang.format(&thidua::i18n::Message::new(leak(&id)));
            assert!(
                text.lines().count() > 1,
                "{lang:?}: {id} should say more than one line:\n{text}"
            );
            let has_example = text.contains(example)
                || text.contains("Ví dụ")
                || text.contains("Example")
                || text.contains("Cách sửa")
                || text.contains("Fix");
            assert!(has_example, "{lang:?}: {id} has no example:\n{text}");
        }
    }
    let t = Lang::Vi.format(&thidua::i18n::Message::new("explain-T0315"));
    assert!(t.contains("\n    Sai:   ![](trao-bang-khen.jpg)\n"), "{t}");
    assert!(!t.starts_with(' '), "{t}");
}

fn leak(s: &str) -> &'static str {
    Box::leak(s.to_owned().into_boxed_str())
}
