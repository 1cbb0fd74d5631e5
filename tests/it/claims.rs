//! Who owns each URL of the site (issue 10, item 7), errors in thidua.yaml
//! that no longer hide the rest (item 8), and campaign `parent:` cycles
//! (item 11): each in both languages.

use thidua::diagnostic::{Diagnostics, display_path};
use thidua::i18n::Lang;
use thidua::source::MemFs;

use crate::support::{both, build_err, build_ok, check, fixture, options, text, with};

fn site() -> MemFs {
    fixture("site-messages")
}

/// (file, line, code) of every diagnostic.
fn codes(d: &Diagnostics) -> Vec<(String, Option<usize>, &'static str)> {
    d.iter()
        .map(|x| {
            (
                display_path(&x.file),
                x.position.map(|p| p.line),
                x.code().unwrap_or("none"),
            )
        })
        .collect()
}

const CONFIG: &str = "title: Thi đua thử nghiệm\nbase_url: https://thidua.example\ntheme: min\npaginate: 5\nfields: [Chuyển đổi số]\n";

// ------------------------------------------------------------ item 7: URLs

#[test]
fn a_section_at_a_generated_index_is_an_error_at_its_path() {
    for path in ["linh-vuc", "tim-kiem", "thong-ke", "embed"] {
        let config = format!("{CONFIG}sections:\n  exemplars: {path}\n");
        let d = build_err(&with(site(), &[("thidua.yaml", &config)]));
        assert_eq!(
            codes(&d),
            [("thidua.yaml".to_owned(), Some(7), "T0420")],
            "{path}: {}",
            d.render(Lang::En)
        );
    }
    let config = format!("{CONFIG}sections:\n  exemplars: linh-vuc\n");
    let d = build_err(&with(site(), &[("thidua.yaml", &config)]));
    insta::assert_snapshot!(both(&d));
}

#[test]
fn a_page_at_a_section_list_is_an_error_naming_the_section() {
    let page = "---\ntitle: Gương điển hình\n---\nGiới thiệu.\n";
    let d = build_err(&with(site(), &[("content/pages/guong-dien-hinh.md", page)]));
    assert_eq!(
        codes(&d),
        [("content/pages/guong-dien-hinh.md".to_owned(), None, "T0342")],
        "{}",
        d.render(Lang::En)
    );
    insta::assert_snapshot!(both(&d));
}

#[test]
fn a_static_file_replacing_a_generated_file_is_an_error_naming_both() {
    let fs = with(
        site(),
        &[
            ("static/feed.xml", "<feed/>"),
            // The site's own search template makes `/tim-kiem/`.
            ("templates/search.html", "<html><body>search</body></html>"),
            ("static/tim-kiem/index.html", "<p>mine</p>"),
            ("static/thong-ke/index.html", "<p>mine</p>"),
            ("static/tin-tuc/khai-truong/index.html", "<p>mine</p>"),
        ],
    );
    let d = build_err(&fs);
    assert_eq!(
        codes(&d),
        [
            ("static/feed.xml".to_owned(), None, "T0340"),
            ("static/thong-ke/index.html".to_owned(), None, "T0340"),
            ("static/tim-kiem/index.html".to_owned(), None, "T0340"),
            (
                "static/tin-tuc/khai-truong/index.html".to_owned(),
                None,
                "T0340"
            ),
        ],
        "{}",
        d.render(Lang::En)
    );
    let en = d.render(Lang::En);
    assert!(
        en.contains("the page of `content/news/khai-truong.md` at `/tin-tuc/khai-truong/`"),
        "{en}"
    );
    // `check` reports them too.
    let report = check(&fs, &options());
    assert_eq!(
        codes(&report.diagnostics).len(),
        4,
        "{}",
        report.diagnostics.render(Lang::En)
    );
    insta::assert_snapshot!(both(&d));
    // `serve` (an incremental session) reports the same problems.
    let mut session = thidua::incremental::Session::new(options());
    match session.rebuild(&fs, &[], &mut |_, _| {}, &|| false) {
        Err(thidua::build::BuildError::Content(served)) => {
            assert_eq!(codes(&served), codes(&d), "{}", served.render(Lang::En))
        }
        Err(thidua::build::BuildError::Io(e)) => panic!("{e:#}"),
        Ok(_) => panic!("serve accepted a static file replacing generated pages"),
    }
}

#[test]
fn overrides_lets_a_static_file_replace_a_generated_file_on_purpose() {
    let config = format!("{CONFIG}overrides: [feed.xml, /thong-ke/]\n");
    let fs = with(
        site(),
        &[
            ("thidua.yaml", &config),
            ("static/feed.xml", "<feed>mine</feed>"),
            ("static/thong-ke/index.html", "<p>mine</p>"),
        ],
    );
    let files = build_ok(&fs, &options());
    assert_eq!(text(&files, "feed.xml"), "<feed>mine</feed>");
    assert_eq!(text(&files, "thong-ke/index.html"), "<p>mine</p>");
    // Only what is listed: the JSON feed is still the site's own.
    assert!(text(&files, "feed.json").contains("jsonfeed"));
}

/// `serve` claims only the site-wide files after an edit that keeps the
/// pages (the jobs' claims passed before): a static file added later on a
/// page's or a feed's path is still reported as a whole build reports it,
/// and an override still wins after an edit.
#[test]
fn serve_claims_files_added_after_the_first_build_and_keeps_overrides() {
    let rebuild = |session: &mut thidua::incremental::Session, fs: &MemFs, touched: &[&str]| {
        let touched: Vec<std::path::PathBuf> = touched.iter().map(Into::into).collect();
        session.rebuild(fs, &touched, &mut |_, _| {}, &|| false)
    };
    let mut session = thidua::incremental::Session::new(options());
    rebuild(&mut session, &site(), &[]).expect("first build");
    let added = [
        ("static/feed.xml", "<feed/>"),
        ("static/tin-tuc/khai-truong/index.html", "<p>mine</p>"),
    ];
    let fs = with(site(), &added);
    let full = build_err(&fs);
    match rebuild(&mut session, &fs, &added.map(|(p, _)| p)) {
        Err(thidua::build::BuildError::Content(served)) => {
            assert_eq!(codes(&served), codes(&full), "{}", served.render(Lang::En));
            assert_eq!(codes(&served).len(), 2);
        }
        Err(thidua::build::BuildError::Io(e)) => panic!("{e:#}"),
        Ok(_) => panic!("serve accepted static files replacing generated ones"),
    }

    let config = format!("{CONFIG}overrides: [feed.xml]\n");
    let mut fs = with(
        site(),
        &[
            ("thidua.yaml", &config),
            ("static/feed.xml", "<feed>mine</feed>"),
        ],
    );
    let mut session = thidua::incremental::Session::new(options());
    rebuild(&mut session, &fs, &[]).expect("first build");
    let news = "content/news/khai-truong.md";
    let body =
        String::from_utf8(thidua::source::SourceFs::read(&fs, std::path::Path::new(news)).unwrap())
            .unwrap();
    fs.insert(news, body + "\nMột câu mới.\n");
    let rebuilt = rebuild(&mut session, &fs, &[news]).expect("an edit");
    assert!(
        rebuilt
            .changed
            .iter()
            .any(|p| p.starts_with("tin-tuc/khai-truong/")),
        "{rebuilt:?}"
    );
    let served = session.outputs().unwrap();
    match served.get("feed.xml") {
        Some(thidua::incremental::Body::Copy(src)) => {
            assert_eq!(src, std::path::Path::new("static/feed.xml"))
        }
        other => panic!("feed.xml is {other:?}"),
    }
}

#[test]
fn an_override_outside_the_site_is_an_error() {
    let config = format!("{CONFIG}overrides: [../feed.xml]\n");
    let d = build_err(&with(site(), &[("thidua.yaml", &config)]));
    assert_eq!(codes(&d), [("thidua.yaml".to_owned(), Some(6), "T0421")]);
    insta::assert_snapshot!(both(&d));
}

// ------------------------------------------------------ item 8: thidua.yaml

#[test]
fn a_config_error_is_reported_at_its_key_and_the_content_is_still_checked() {
    let config = "title: Thi đua thử nghiệm\nbase_url: https://thidua.example\ntheme: min\nfields: [Chuyển đổi số]\n\n# số mục mỗi trang\npaginate: 0\n";
    let news = "---\ntitle: Tin\ndate: 2024-13-45\n---\nNội dung.\n";
    let fs = with(
        site(),
        &[("thidua.yaml", config), ("content/news/tin-loi.md", news)],
    );
    let d = build_err(&fs);
    let found = codes(&d);
    assert!(
        found.contains(&("thidua.yaml".to_owned(), Some(7), "T0405")),
        "{}",
        d.render(Lang::En)
    );
    assert!(
        found.iter().any(|(f, _, _)| f == "content/news/tin-loi.md"),
        "the content is checked too: {}",
        d.render(Lang::En)
    );
    let report = check(&fs, &options());
    assert!(
        codes(&report.diagnostics).contains(&("thidua.yaml".to_owned(), Some(7), "T0405")),
        "{}",
        report.diagnostics.render(Lang::En)
    );
    assert!(
        codes(&report.diagnostics)
            .iter()
            .any(|(f, _, _)| f == "content/news/tin-loi.md")
    );
}

#[test]
fn a_config_without_base_url_or_with_broken_yaml_still_checks_the_content() {
    let news = "---\ntitle: Tin\ndate: 2024-13-45\n---\nNội dung.\n";
    for config in [
        "title: Thi đua\ntheme: min\nfields: [Chuyển đổi số]\n",
        "title: [Thi đua\ntheme: min\n",
    ] {
        let fs = with(
            site(),
            &[("thidua.yaml", config), ("content/news/tin-loi.md", news)],
        );
        let d = build_err(&fs);
        let found = codes(&d);
        assert!(
            found.iter().any(|(f, _, _)| f == "thidua.yaml"),
            "{}",
            d.render(Lang::En)
        );
        assert!(
            found.iter().any(|(f, _, _)| f == "content/news/tin-loi.md"),
            "{config}: {}",
            d.render(Lang::En)
        );
        // No knock-on errors from the defaults (unknown fields, no theme).
        assert!(
            !found
                .iter()
                .any(|(_, _, c)| *c == "T0305" || c.starts_with("T05")),
            "{}",
            d.render(Lang::En)
        );
    }
}

#[test]
fn two_sections_at_one_path_are_reported_at_the_key_of_one_of_them() {
    let config = format!(
        "{CONFIG}sections:\n  exemplars: guong-mau\n  news: bai-viet\n  events: bai-viet\n"
    );
    let d = build_err(&with(site(), &[("thidua.yaml", &config)]));
    let found = codes(&d);
    assert_eq!(found.len(), 1, "{}", d.render(Lang::En));
    assert_eq!(found[0].2, "T0407");
    // At `news:` (line 8), not at the start of `sections:` (line 7).
    assert_eq!(found[0].1, Some(8), "{}", d.render(Lang::En));
}

// ------------------------------------------------ item 11: campaign parents

fn campaign(title: &str, parent: &str) -> String {
    format!(
        "---\ntitle: {title}\ntheme: \"Chuyển đổi số\"\nissuer: Ủy ban nhân dân thành phố Cần Thơ\nperiod: {{start: 2024-02, end: 2024-12}}\nparent: {parent}\n---\nPhát động.\n"
    )
}

#[test]
fn a_campaign_that_is_its_own_parent_is_an_error_at_parent() {
    let a = campaign("Đợt A", "dot-a");
    let d = build_err(&with(site(), &[("content/campaigns/dot-a.md", &a)]));
    assert_eq!(
        codes(&d),
        [("content/campaigns/dot-a.md".to_owned(), Some(6), "T0220")],
        "{}",
        d.render(Lang::En)
    );
    assert!(d.render(Lang::En).contains("dot-a → dot-a"));
}

#[test]
fn campaign_parent_cycles_of_two_and_three_are_errors_naming_the_cycle() {
    let d = build_err(&with(
        site(),
        &[
            ("content/campaigns/dot-a.md", &campaign("Đợt A", "dot-b")),
            ("content/campaigns/dot-b.md", &campaign("Đợt B", "dot-a")),
        ],
    ));
    assert_eq!(
        codes(&d),
        [
            ("content/campaigns/dot-a.md".to_owned(), Some(6), "T0220"),
            ("content/campaigns/dot-b.md".to_owned(), Some(6), "T0220"),
        ],
        "{}",
        d.render(Lang::En)
    );
    insta::assert_snapshot!(both(&d));
    let d = build_err(&with(
        site(),
        &[
            ("content/campaigns/dot-a.md", &campaign("Đợt A", "dot-b")),
            ("content/campaigns/dot-b.md", &campaign("Đợt B", "dot-c")),
            ("content/campaigns/dot-c.md", &campaign("Đợt C", "dot-a")),
            // Below the cycle, not in it: no error of its own.
            ("content/campaigns/dot-d.md", &campaign("Đợt D", "dot-a")),
        ],
    ));
    assert_eq!(codes(&d).len(), 3, "{}", d.render(Lang::En));
    assert!(d.render(Lang::En).contains("dot-a → dot-b → dot-c → dot-a"));
    // A chain without a cycle is fine.
    build_ok(
        &with(
            site(),
            &[
                ("content/campaigns/dot-a.md", &campaign("Đợt A", "dot-b")),
                ("content/campaigns/dot-b.md", &campaign("Đợt B", "dot-1")),
            ],
        ),
        &options(),
    );
}
