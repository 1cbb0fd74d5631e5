//! Unit tests for [`render`](super::render).

use std::sync::Mutex;

use proptest::prelude::*;

use super::slug::{IdAllocator, slug};
use super::*;

/// Rewrites `x.md` to `/x/`, reports `missing*.md` as broken, keeps the rest,
/// and remembers every destination it was asked about.
#[derive(Default)]
struct TestResolver {
    asked: Mutex<Vec<String>>,
}

impl LinkResolver for TestResolver {
    fn resolve(&self, destination: &str) -> LinkResolution {
        if let Ok(mut asked) = self.asked.lock() {
            asked.push(destination.to_owned());
        }
        let (path, fragment) = match destination.split_once('#') {
            Some((path, fragment)) => (path, format!("#{fragment}")),
            None => (destination, String::new()),
        };
        let Some(stem) = path.strip_suffix(".md") else {
            return LinkResolution::Keep;
        };
        let name = stem.rsplit('/').next().unwrap_or(stem);
        if name.starts_with("missing") {
            return LinkResolution::Broken {
                message: format!("no entry for `{destination}`"),
                help: Some("check the file name".to_owned()),
            };
        }
        LinkResolution::Rewrite(format!("/{name}/{fragment}"))
    }
}

impl TestResolver {
    fn asked(&self) -> Vec<String> {
        self.asked.lock().map(|a| a.clone()).unwrap_or_default()
    }
}

fn highlighter() -> &'static Highlighter {
    static HIGHLIGHTER: std::sync::OnceLock<Highlighter> = std::sync::OnceLock::new();
    HIGHLIGHTER.get_or_init(Highlighter::new)
}

fn render_with(body: &str, allow_html: bool) -> RenderedMarkdown {
    let options = MarkdownOptions { allow_html };
    render(body, &options, &TestResolver::default(), highlighter())
}

/// The plain text [`render`] reads from `body` (the HTML pass's own text,
/// not [`plain_text`]'s, so tests of the text also check what the page
/// counts).
fn text_with(body: &str, allow_html: bool) -> String {
    let options = MarkdownOptions { allow_html };
    let resolver = TestResolver::default();
    one_pass(body, &options, Output::Html(&resolver, highlighter())).1
}

fn html(body: &str) -> String {
    render_with(body, false).html.unpack()
}

#[test]
fn table_renders_inside_scroll_wrapper() {
    let out = html("| Đơn vị | Điểm |\n|---|--:|\n| Phòng A | 95 |\n");
    assert!(
        out.starts_with("<div class=\"table-wrap\">\n<table>"),
        "{out}"
    );
    assert!(out.contains("<th>Đơn vị</th>"), "{out}");
    assert!(
        out.contains("<td style=\"text-align: right\">95</td>"),
        "{out}"
    );
    assert!(out.trim_end().ends_with("</table>\n</div>"), "{out}");
}

#[test]
fn strikethrough_renders() {
    assert_eq!(html("~~bỏ~~ giữ"), "<p><del>bỏ</del> giữ</p>\n");
}

#[test]
fn task_list_renders_checkboxes() {
    let out = html("- [x] Xong\n- [ ] Chưa\n");
    assert!(
        out.contains("type=\"checkbox\" checked=\"\"/>\nXong"),
        "{out}"
    );
    assert!(
        out.contains("<input disabled=\"\" type=\"checkbox\"/>\nChưa"),
        "{out}"
    );
}

#[test]
fn footnotes_go_to_a_section_at_the_end() {
    let body = "Theo quyết định[^qd].\n\n[^qd]: Quyết định số 12/QĐ-UBND.\n\nĐoạn sau.\n";
    let out = html(body);
    let reference = "<sup class=\"footnote-reference\"><a href=\"#qd\">1</a></sup>";
    assert!(out.contains(reference), "{out}");
    let section = out
        .find("<section class=\"footnotes\">")
        .expect("footnote section");
    assert!(out.find("Đoạn sau").is_some_and(|i| i < section), "{out}");
    assert!(out[section..].contains("<div class=\"footnote-definition\" id=\"qd\">"));
    assert!(
        out[section..].contains("Quyết định số 12/QĐ-UBND."),
        "{out}"
    );
    assert!(out.ends_with("</section>\n"), "{out}");
}

#[test]
fn smart_punctuation_is_off() {
    let out = html("\"Thi đua\" -- 'khen thưởng'...");
    assert_eq!(out, "<p>\"Thi đua\" -- 'khen thưởng'...</p>\n");
}

#[test]
fn vietnamese_heading_gets_ascii_id() {
    let out = render_with("## Mục tiêu đến năm 2025\n\n# ĐOÀN KẾT, Đổi mới!\n", false);
    assert!(
        out.html
            .unpack()
            .contains("<h2 id=\"muc-tieu-den-nam-2025\">Mục tiêu đến năm 2025</h2>")
    );
    let ids: Vec<_> = out
        .headings
        .iter()
        .map(|h| (h.level, h.id.as_str()))
        .collect();
    assert_eq!(ids, [(2, "muc-tieu-den-nam-2025"), (1, "doan-ket-doi-moi")]);
    assert_eq!(out.headings[1].text, "ĐOÀN KẾT, Đổi mới!");
}

#[test]
fn duplicate_headings_get_suffixes() {
    let out = render_with(
        "## Kết quả\n\n## Kết quả\n\n## Ket qua\n\n## Kết quả 2\n",
        false,
    );
    let ids: Vec<_> = out.headings.iter().map(|h| h.id.as_str()).collect();
    assert_eq!(ids, ["ket-qua", "ket-qua-2", "ket-qua-3", "ket-qua-2-2"]);
}

#[test]
fn custom_heading_id_wins() {
    let out = render_with(
        "## Mục tiêu {#muc-tieu-chinh .noi-bat}\n\n## Muc tieu chinh\n",
        false,
    );
    assert!(
        out.html
            .unpack()
            .contains("<h2 id=\"muc-tieu-chinh\" class=\"noi-bat\">Mục tiêu</h2>"),
        "{}",
        out.html.unpack()
    );
    assert_eq!(out.headings[0].text, "Mục tiêu");
    assert_eq!(out.headings[1].id, "muc-tieu-chinh-2");
}

#[test]
fn heading_without_letters_is_muc() {
    let out = render_with("# ***\n\n## …\n\n## 「」\n", false);
    let ids: Vec<_> = out.headings.iter().map(|h| h.id.as_str()).collect();
    assert_eq!(ids, ["muc", "muc-2", "muc-3"]);
}

#[test]
fn heading_attributes_need_allow_html() {
    let body = "# Tiêu đề {onclick=alert(1)}\n";
    assert!(!html(body).contains("onclick"));
    assert!(
        render_with(body, true)
            .html
            .unpack()
            .contains("onclick=\"alert(1)\"")
    );
}

#[test]
fn slug_rules() {
    assert_eq!(slug("Mục tiêu đến năm 2025"), "muc-tieu-den-nam-2025");
    assert_eq!(slug("  Đợt thi đua — Quý IV  "), "dot-thi-dua-quy-iv");
    assert_eq!(slug("Ưu tiên ở mức Độ cao"), "uu-tien-o-muc-do-cao");
    assert_eq!(slug(""), "muc");
    let mut ids = IdAllocator::default();
    ids.claim("a");
    assert_eq!(ids.unique("a".into()), "a-2");
    assert_eq!(ids.unique("a".into()), "a-3");
}

#[test]
fn relative_links_go_through_the_resolver() {
    let resolver = TestResolver::default();
    let body = "[Chiến dịch](../campaigns/abc.md#muc-tieu) [ngoài](https://example.vn/a) \
                [gốc](/gioi-thieu/) [neo](#phan-2) [thư](mailto:a@b.vn) ![Ảnh](./anh.jpg)";
    let out = render(body, &MarkdownOptions::default(), &resolver, highlighter());
    assert!(
        out.html
            .unpack()
            .contains("<a href=\"/abc/#muc-tieu\">Chiến dịch</a>"),
        "{}",
        out.html.unpack()
    );
    assert!(
        out.html
            .unpack()
            .contains("<a href=\"/gioi-thieu/\">gốc</a>")
    );
    assert!(out.html.unpack().contains("<a href=\"#phan-2\">neo</a>"));
    assert!(
        out.html
            .unpack()
            .contains("<img src=\"./anh.jpg\" alt=\"Ảnh\" loading=\"lazy\" />")
    );
    assert_eq!(
        resolver.asked(),
        ["../campaigns/abc.md#muc-tieu", "./anh.jpg"]
    );
    assert!(out.problems.is_empty());
}

#[test]
fn broken_link_is_reported_at_its_offset() {
    let body = "Xem thêm về **kế hoạch**: [kế hoạch năm](../missing-plan.md) nhé.\n\n\
                ![sơ đồ](missing-chart.md)\n";
    let out = render_with(body, false);
    let link_at = body.find("[kế hoạch năm]").unwrap();
    let image_at = body.find("![sơ đồ]").unwrap();
    let offsets: Vec<_> = out.problems.iter().map(|p| p.offset).collect();
    assert_eq!(offsets, [link_at, image_at]);
    assert_eq!(out.problems[0].message, "no entry for `../missing-plan.md`");
    assert_eq!(out.problems[0].help.as_deref(), Some("check the file name"));
    assert!(
        out.html
            .unpack()
            .contains("<a href=\"../missing-plan.md\">kế hoạch năm</a>")
    );
}

#[test]
fn reference_link_offset_points_at_the_link() {
    let body = "Đầu.\n\nXem [mục][m].\n\n[m]: missing.md\n";
    let out = render_with(body, false);
    assert_eq!(out.problems.len(), 1);
    assert_eq!(out.problems[0].offset, body.find("[mục]").unwrap());
}

#[test]
fn raw_html_is_escaped_by_default() {
    let body = "<script>alert(1)</script>\n\nChữ <b onclick=\"x()\">đậm</b>\n";
    let out = html(body);
    assert!(
        out.contains("<p>&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{out}"
    );
    assert!(
        out.contains("Chữ &lt;b onclick=\"x()\"&gt;đậm&lt;/b&gt;"),
        "{out}"
    );
    assert!(!out.contains("<script") && !out.contains("<b "), "{out}");
}

#[test]
fn raw_html_passes_with_allow_html() {
    let body = "<script>alert(1)</script>\n\nChữ <b>đậm</b>\n";
    let out = render_with(body, true).html.unpack();
    assert!(out.starts_with("<script>alert(1)</script>\n"), "{out}");
    assert!(out.contains("<p>Chữ <b>đậm</b></p>"), "{out}");
}

#[test]
fn dangerous_schemes_are_neutralised() {
    let cases = [
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](java&#9;script:alert(1))",
        "[x](<javascript:alert(1)>)",
        "<javascript:alert(1)>",
        "[x](vbscript:msgbox)",
        "[x](data:text/html;base64,PHNjcmlwdD4=)",
    ];
    for body in cases {
        let out = html(body);
        assert!(out.contains("<a href=\"#\">"), "{body} → {out}");
        let lower = out.to_ascii_lowercase();
        for bad in ["href=\"java", "href=\"vb", "href=\"data"] {
            assert!(!lower.contains(bad), "{body} → {out}");
        }
    }
    let image = html("[x](data:image/png;base64,iVBORw0=)");
    assert!(
        image.contains("href=\"data:image/png;base64,iVBORw0=\""),
        "{image}"
    );
}

#[test]
fn external_links_get_noopener() {
    let out = html("[a](https://chinhphu.vn) <http://a.vn> [b](//cdn.vn/x) [c](/noi-bo) <a@b.vn>");
    assert!(
        out.contains("<a href=\"https://chinhphu.vn\" rel=\"noopener\">a</a>"),
        "{out}"
    );
    assert!(out.contains("<a href=\"http://a.vn\" rel=\"noopener\">http://a.vn</a>"));
    assert!(out.contains("<a href=\"//cdn.vn/x\" rel=\"noopener\">b</a>"));
    assert!(out.contains("<a href=\"/noi-bo\">c</a>"));
    assert!(
        out.contains("<a href=\"mailto:a@b.vn\">a@b.vn</a>"),
        "{out}"
    );
}

#[test]
fn link_attributes_are_escaped() {
    let out = html("[x](https://a.vn/?q=&quot;1&quot;&amp;r=&lt;2&gt;'a)");
    assert!(
        out.contains("href=\"https://a.vn/?q=%221%22&amp;r=%3C2%3E%27a\""),
        "{out}"
    );
    let out = html("[x](/a \"tiêu <đề>\")");
    assert!(out.contains("title=\"tiêu &lt;đề&gt;\""), "{out}");
}

#[test]
fn images_are_lazy_and_keep_alt_text() {
    let out = html("![Lễ *trao* `giải` 2024](https://a.vn/le.jpg \"Ảnh & chú thích\")");
    let expected = "<img src=\"https://a.vn/le.jpg\" alt=\"Lễ trao giải 2024\" \
                    title=\"Ảnh &amp; chú thích\" loading=\"lazy\" />";
    assert!(out.contains(expected), "{out}");
}

#[test]
fn fenced_code_is_highlighted() {
    let out = html("```rust\nfn main() { let x = 1; }\n```\n");
    assert!(out.starts_with("<pre class=\"code\" data-lang=\"rust\"><code><span class=\"hl-"));
    assert!(out.contains("hl-keyword"), "{out}");
}

#[test]
fn unknown_language_and_indented_code_are_plain() {
    let out = html("```khong-biet\nif a < b {}\n```\n");
    let expected =
        "<pre class=\"code\" data-lang=\"khong-biet\"><code>if a &lt; b {}\n</code></pre>\n";
    assert_eq!(out, expected);
    let out = html("Đoạn.\n\n    let x = 1;\n");
    assert!(
        out.ends_with("<pre class=\"code\"><code>let x = 1;\n</code></pre>\n"),
        "{out}"
    );
}

#[test]
fn summary_is_first_paragraph_plain_text() {
    let body = "# Tiêu đề\n\n![ảnh](a.jpg)Phong trào   **thi đua**\u{a0}\u{a0}[yêu nước](https://a.vn)\n\
                lần thứ `XI`[^1].\n\nĐoạn hai.\n\n[^1]: Chú thích.\n";
    let out = render_with(body, false);
    assert_eq!(out.summary, "Phong trào thi đua yêu nước lần thứ XI.");
    assert_eq!(
        text_with(body, false),
        "Tiêu đề Phong trào thi đua yêu nước lần thứ XI. Đoạn hai. Chú thích."
    );
    assert_eq!(out.word_count, 15);
}

#[test]
fn summary_skips_leading_footnote_definition() {
    let out = render_with("[^a]: Ghi chú.\n\nMở đầu[^a].\n", false);
    assert_eq!(out.summary, "Mở đầu.");
}

#[test]
fn plain_text_separates_blocks_and_cells() {
    let body = "- một\n- hai\n\n|a|b|\n|-|-|\n|c|d|\n\n```\ncode\n```\n";
    let out = render_with(body, false);
    assert_eq!(text_with(body, false), "một hai a b c d code");
    assert_eq!(out.summary, "");
}

#[test]
fn renders_a_4kb_vietnamese_entry() {
    let section = "## Kết quả đợt thi đua quý {n}\n\n\
        Trong quý {n}, các đơn vị đã **hoàn thành xuất sắc** nhiệm vụ, xem \
        [kế hoạch](../ke-hoach/quy-{n}.md#muc-tieu) và [cổng](https://chinhphu.vn).\n\n\
        | Đơn vị | Điểm | Xếp loại |\n|---|---:|---|\n| Phòng Tổ chức | 9{n} | Xuất sắc |\n\
        | Phòng Tài chính | 8{n} | Tốt |\n\n\
        - [x] Tổng kết phong trào\n- [ ] Đề nghị khen thưởng ~~tháng~~ quý\n\n";
    let mut body = String::from("Báo cáo tổng hợp công tác thi đua, khen thưởng năm 2025.\n\n");
    let mut n = 0;
    while body.len() < 4096 {
        n += 1;
        body.push_str(&section.replace("{n}", &n.to_string()));
    }
    body.push_str("[hỏng](missing.md)\n");
    let out = render_with(&body, false);
    assert_eq!(out.headings.len(), n);
    assert_eq!(out.headings[0].id, "ket-qua-dot-thi-dua-quy-1");
    assert_eq!(
        out.html
            .unpack()
            .matches("<div class=\"table-wrap\">")
            .count(),
        n
    );
    assert_eq!(out.html.unpack().matches("rel=\"noopener\"").count(), n);
    assert!(out.html.unpack().contains("href=\"/quy-1/#muc-tieu\""));
    assert_eq!(out.problems.len(), 1);
    assert_eq!(out.problems[0].offset, body.find("[hỏng]").unwrap());
    assert_eq!(
        out.summary,
        "Báo cáo tổng hợp công tác thi đua, khen thưởng năm 2025."
    );
}

#[test]
fn odd_inputs_do_not_panic() {
    let inputs = [
        "",
        "\n",
        "#",
        "[",
        "![",
        "![![a](b)](c)",
        "[![a](missing.md)](missing.md)",
        "```",
        "```rust",
        "| a |\n|---|",
        "[^x]",
        "[^x]:",
        "<",
        "<!--",
        "# {#}",
        "## {#a} {#b}",
        "\u{a0}",
        "[x](\u{0})",
        "[x](<>)",
        "[x]()",
        "> # a\n> [^1]\n\n[^1]: # b",
    ];
    for input in inputs {
        render_with(input, false);
        render_with(input, true);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Whitespace collapsing, pushed in pieces, equals the plain rule:
    /// every run of whitespace (NBSP, tabs, line breaks too) is one space,
    /// none at either end.
    #[test]
    fn collapsing_whitespace_in_pieces_is_the_plain_rule(
        pieces in proptest::collection::vec("[ a\u{a0}\t\n\r\u{b}\u{c}đưạễ“”–…\u{85}\u{1680}\u{2003}\u{2028}\u{202f}\u{205f}\u{3000}\u{3001}\u{1f600}.]{0,8}", 0..8),
    ) {
        let mut collapsed = text::Collapsed::default();
        for piece in &pieces {
            collapsed.push(piece);
        }
        let whole = pieces.concat();
        let expected = whole.split_whitespace().collect::<Vec<_>>().join(" ");
        prop_assert_eq!(collapsed.into_string(), expected);
    }

    #[test]
    fn never_panics(body in "[\\[\\]()!#*`|:<>\\-^ \na-zđĐưẠ.0-9/{}\u{a0}\u{300}]{0,200}") {
        let out = render_with(&body, false);
        prop_assert!(!out.html.unpack().contains("<script"));
    }

    /// The search index reads the text of [`plain_text`], the page counts the
    /// words of the HTML pass: both must be the same text, whatever the
    /// links, images, code, footnotes, headings or raw HTML.
    #[test]
    fn text_pass_reads_what_the_html_pass_reads(
        body in "([\\[\\]()!#*`|:<>\\-^~_ \na-zđĐưẠ.0-9/{}\u{a0}]|missing\\.md|x\\.md|<b>|```|\\[\\^1\\]){0,60}",
        allow_html in any::<bool>(),
    ) {
        let options = MarkdownOptions { allow_html };
        let text = plain_text(&body, &options);
        prop_assert_eq!(&text, &text_with(&body, allow_html));
        prop_assert_eq!(text.split_whitespace().count(), render_with(&body, allow_html).word_count);
    }
}
