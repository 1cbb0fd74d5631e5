//! Award decisions, the honour roll (sổ vàng) and public consultations on
//! nominees (Decree 98/2023/NĐ-CP art. 46), rendered with the default
//! theme from a small site written here. The build date is
//! `support::today()`, Monday 23/11/2026.

use std::collections::BTreeMap;

use crate::support::{build_ok, main_of, options, repo, text};
use thidua::build::{self, BuildError};
use thidua::output::MemorySink;
use thidua::source::MemFs;

const EXEMPLAR: &str = "---
title: Nguyễn Văn An
subject: person
position: Giáo viên
unit: Trường Tiểu học An Hòa
locality: Phường An Hòa, Quận Ninh Kiều
awards:
  - title: Bằng khen của Chủ tịch Ủy ban nhân dân thành phố
    decision: 1234/QĐ-UBND
    date: 2024-06-10
  - title: Giấy khen của Giám đốc Sở Giáo dục và Đào tạo
    decision: 88/QĐ-SGDĐT
    date: 2023-05-20
---
Thầy An dạy học ở vùng ven 20 năm.
";

/// Recipient 1 refers to the exemplar, whose own award names this
/// decision: the roll lists that award once.
const DECISION: &str = "---
title: Quyết định khen thưởng sơ kết phong trào năm 2024
number: 1234/QĐ-UBND
issued: 2024-06-10
issuer: Ủy ban nhân dân thành phố Cần Thơ
signer: {name: Trần Văn Hòa, position: Phó Chủ tịch, on_behalf: KT. Chủ tịch}
award: Bằng khen của Chủ tịch Ủy ban nhân dân thành phố
reason: đã có thành tích xuất sắc trong phong trào thi đua năm 2024
recipients:
  - {name: Nguyễn Văn An, subject: person, position: Giáo viên, unit: Trường Tiểu học An Hòa, exemplar: nguyen-van-an}
  - {name: Trường Tiểu học Bình Thủy, subject: collective, locality: Quận Bình Thủy}
file: qd-1234.pdf
---
";

const REVOKED: &str = "---
title: Quyết định khen thưởng năm 2024 (đã thu hồi)
number: 77/QĐ-UBND
issued: 2024-03-01
issuer: Ủy ban nhân dân thành phố Cần Thơ
award: Giấy khen của Chủ tịch Ủy ban nhân dân quận
recipients:
  - {name: Lê Thị Thu Hồi, subject: person, unit: Công ty Bình Minh}
revoked: {date: 2024-09-02, decision: 500/QĐ-UBND, reason: hồ sơ đề nghị khen thưởng không trung thực}
---
";

/// Open on 23/11/2026: 16/11 (Monday) to 04/12 (Friday).
const OPEN: &str = "---
title: Lấy ý kiến đề nghị tặng Huân chương Lao động năm 2026
council: Hội đồng Thi đua - Khen thưởng thành phố Cần Thơ
award: “Huân chương Lao động” hạng Ba
opens: 2026-11-16
closes: 2026-12-04
contact: {unit: Ban Thi đua - Khen thưởng thành phố, address: '02 Hòa Bình, phường Ninh Kiều', phone: 0292 3820 000, email: btdkt@cantho.gov.vn}
nominees:
  - {name: Nguyễn Văn An, subject: person, position: Giáo viên, exemplar: nguyen-van-an, achievements: 'Chiến sĩ thi đua cấp thành phố 2022, 2024; sáng kiến dạy đọc cho học sinh dân tộc'}
  - {name: Hợp tác xã Rau sạch Phong Điền, subject: collective, locality: Huyện Phong Điền, achievements: Doanh thu tăng 30% mỗi năm từ 2021 đến 2025}
---
";

const CLOSED: &str = "---
title: Lấy ý kiến đề nghị tặng danh hiệu Chiến sĩ thi đua toàn quốc năm 2025
council: Hội đồng Thi đua - Khen thưởng thành phố Cần Thơ
award: “Chiến sĩ thi đua toàn quốc”
opens: 2025-10-01
closes: 2025-10-15
contact: {unit: Ban Thi đua - Khen thưởng thành phố}
nominees:
  - {name: Trần Thị Bé, subject: person}
---
";

const UPCOMING: &str = "---
title: Lấy ý kiến đề nghị tặng Huân chương Lao động hạng Nhì năm 2027
council: Hội đồng Thi đua - Khen thưởng thành phố Cần Thơ
award: “Huân chương Lao động” hạng Nhì
opens: 2027-01-04
closes: 2027-01-15
contact: {unit: Ban Thi đua - Khen thưởng thành phố}
nominees:
  - {name: Phạm Văn Sau, subject: person}
---
";

fn site(extra: &[(&str, &[u8])]) -> MemFs {
    let mut fs = MemFs::new();
    fs.insert(
        "thidua.yaml",
        b"title: Thi \xc4\x91ua Th\xc3\xa0nh ph\xe1\xbb\x91\nbase_url: https://thidua.example\ntheme: default\n"
            .to_vec(),
    );
    for entry in walkdir::WalkDir::new(repo().join("themes/default")) {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            let rel = entry.path().strip_prefix(repo()).unwrap();
            fs.insert(rel, std::fs::read(entry.path()).unwrap());
        }
    }
    let files: [(&str, &[u8]); 7] = [
        ("content/exemplars/nguyen-van-an.md", EXEMPLAR.as_bytes()),
        ("content/decisions/qd-1234/index.md", DECISION.as_bytes()),
        ("content/decisions/qd-1234/qd-1234.pdf", &[b'%'; 3000]),
        ("content/decisions/qd-77.md", REVOKED.as_bytes()),
        ("content/nominations/huan-chuong-2026.md", OPEN.as_bytes()),
        (
            "content/nominations/cstd-toan-quoc-2025.md",
            CLOSED.as_bytes(),
        ),
        (
            "content/nominations/huan-chuong-2027.md",
            UPCOMING.as_bytes(),
        ),
    ];
    for (path, bytes) in files.iter().chain(extra) {
        fs.insert(*path, bytes.to_vec());
    }
    fs
}

fn built() -> BTreeMap<String, Vec<u8>> {
    build_ok(&site(&[]), &options())
}

#[test]
fn a_decision_page_lists_its_recipients_linked_and_its_file() {
    let files = built();
    let html = text(&files, "quyet-dinh/qd-1234/index.html");
    let main = main_of(&html);
    assert!(main.contains("<caption>"), "{main}");
    assert!(main.contains("<th scope=\"col\">"), "{main}");
    assert!(
        main.contains("<a href=\"/guong-dien-hinh/nguyen-van-an/\">Nguyễn Văn An</a>"),
        "{main}"
    );
    assert!(main.contains("(PDF, 3 KB)"), "{main}");
    assert!(
        main.contains("href=\"/hinh-thuc-khen-thuong/bang-khen/\""),
        "{main}"
    );
    // The form's page exists (decisions are in the awards taxonomy).
    text(&files, "hinh-thuc-khen-thuong/bang-khen/index.html");
    insta::assert_snapshot!(main);
}

#[test]
fn a_revoked_decision_is_marked_and_left_out_of_the_honour_roll() {
    let files = built();
    let main = main_of(&text(&files, "quyet-dinh/qd-77/index.html"));
    assert!(main.contains("Quyết định đã bị thu hồi"), "{main}");
    assert!(main.contains("02 tháng 9 năm 2024"), "{main}");
    assert!(main.contains("500/QĐ-UBND"), "{main}");
    assert!(
        main.contains("hồ sơ đề nghị khen thưởng không trung thực"),
        "{main}"
    );
    let roll: String = files
        .iter()
        .filter(|(p, _)| p.starts_with("so-vang/"))
        .map(|(_, b)| String::from_utf8_lossy(b).into_owned())
        .collect();
    assert!(!roll.is_empty());
    assert!(!roll.contains("Lê Thị Thu Hồi"));
    assert!(!roll.contains("77/QĐ-UBND"));
    // The unrevoked decision is there.
    assert!(roll.contains("Trường Tiểu học Bình Thủy"));
}

#[test]
fn an_award_joined_with_its_decision_is_listed_once_and_linked() {
    let files = built();
    let year = main_of(&text(&files, "so-vang/2024/index.html"));
    assert_eq!(year.matches(">Nguyễn Văn An</a>").count(), 1, "{year}");
    assert!(
        year.contains("<a href=\"/quyet-dinh/qd-1234/\">Số 1234/QĐ-UBND</a>"),
        "{year}"
    );
    assert!(year.contains("<caption>"), "{year}");
    // The exemplar's own award of 2023 (no decision page) is on 2023's page.
    let y2023 = main_of(&text(&files, "so-vang/2023/index.html"));
    assert!(y2023.contains("Số 88/QĐ-SGDĐT"), "{y2023}");
    assert!(!y2023.contains("href=\"/quyet-dinh/"), "{y2023}");
    // The index: years newest first with counts; the forms' pages exist.
    let index = main_of(&text(&files, "so-vang/index.html"));
    let (at24, at23) = (
        index.find("Năm 2024").unwrap(),
        index.find("Năm 2023").unwrap(),
    );
    assert!(at24 < at23, "{index}");
    assert!(index.contains("/so-vang/bang-khen/"), "{index}");
    let form = main_of(&text(&files, "so-vang/bang-khen/index.html"));
    assert!(form.contains("Năm 2024"), "{form}");
    // The exemplar's award links to the decision.
    let exemplar = main_of(&text(&files, "guong-dien-hinh/nguyen-van-an/index.html"));
    assert!(
        exemplar.contains(
            "<a href=\"/quyet-dinh/qd-1234/\">Quyết định số <span class=\"doc-no\">1234/QĐ-UBND</span></a>"
        ),
        "{exemplar}"
    );
    // In the sitemap and the menu.
    let sitemap = text(&files, "sitemap.xml");
    assert!(sitemap.contains("https://thidua.example/so-vang/2024/"));
    assert!(sitemap.contains("https://thidua.example/quyet-dinh/qd-1234/"));
    assert!(sitemap.contains("https://thidua.example/lay-y-kien/huan-chuong-2026/"));
    assert!(text(&files, "index.html").contains("<a href=\"/so-vang/\">Sổ vàng</a>"));
    insta::assert_snapshot!(year);
}

#[test]
fn an_open_consultation_shows_its_working_days_left() {
    let files = built();
    let main = main_of(&text(&files, "lay-y-kien/huan-chuong-2026/index.html"));
    // 23/11 to 04/12/2026: two weeks, Monday to Friday.
    assert!(
        main.contains("Còn <strong>10 ngày làm việc</strong>"),
        "{main}"
    );
    assert!(main.contains("(15 ngày làm việc)"), "{main}");
    assert!(main.contains("href=\"tel:02923820000\""), "{main}");
    assert!(
        main.contains("href=\"mailto:btdkt@cantho.gov.vn\""),
        "{main}"
    );
    assert!(main.contains("98/2023/NĐ-CP"), "{main}");
    insta::assert_snapshot!(main);
}

#[test]
fn open_consultations_come_first_and_on_the_home_page() {
    let files = built();
    let list = main_of(&text(&files, "lay-y-kien/index.html"));
    let at = |s: &str| list.find(s).unwrap_or_else(|| panic!("{s} in {list}"));
    assert!(at("Huân chương Lao động năm 2026") < at("hạng Nhì năm 2027"));
    assert!(at("hạng Nhì năm 2027") < at("toàn quốc năm 2025"));
    let home = main_of(&text(&files, "index.html"));
    let block = &home[home.find("Đang lấy ý kiến nhân dân").expect(&home)..];
    assert!(block.contains("/lay-y-kien/huan-chuong-2026/"), "{home}");
    assert!(
        block.contains("còn <strong>10 ngày làm việc</strong>"),
        "{home}"
    );
    assert!(!home.contains("/lay-y-kien/huan-chuong-2027/"), "{home}");
    assert!(
        list.contains("<span class=\"badge status-open\">Đang lấy ý kiến</span>"),
        "{list}"
    );
    assert!(
        list.contains("<span class=\"badge status-upcoming\">Sắp lấy ý kiến</span>"),
        "{list}"
    );
    // The list links to the open consultations' feeds.
    let head = text(&files, "lay-y-kien/index.html");
    assert!(head.contains("href=\"/lay-y-kien/dang-lay-y-kien.xml\""));
    assert!(head.contains("href=\"/lay-y-kien/dang-lay-y-kien.json\""));
}

#[test]
fn the_open_consultations_feed_holds_only_open_ones() {
    let files = built();
    let atom = text(&files, "lay-y-kien/dang-lay-y-kien.xml");
    assert_eq!(atom.matches("<entry>").count(), 1, "{atom}");
    assert!(atom.contains("/lay-y-kien/huan-chuong-2026/"));
    assert!(atom.contains("https://thidua.example/lay-y-kien/dang-lay-y-kien.xml"));
    let json: serde_json::Value =
        serde_json::from_str(&text(&files, "lay-y-kien/dang-lay-y-kien.json")).unwrap();
    let items = json["items"].as_array().unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(
        items[0]["url"],
        "https://thidua.example/lay-y-kien/huan-chuong-2026/"
    );
    // Every nomination and decision is in the section and site feeds.
    let all = text(&files, "lay-y-kien/feed.xml");
    assert_eq!(all.matches("<entry>").count(), 3);
    let site = text(&files, "feed.xml");
    assert!(site.contains("/quyet-dinh/qd-1234/"));
    assert!(text(&files, "quyet-dinh/feed.xml").contains("/quyet-dinh/qd-77/"));
}

#[test]
fn the_awards_index_separates_emulation_titles_from_commendations() {
    const TITLE: &str = "---
title: Trần Thị Cúc
subject: person
locality: Quận Cái Răng
awards:
  - title: Chiến sĩ thi đua cơ sở
    date: 2024-01-15
---
";
    let fs = site(&[("content/exemplars/tran-thi-cuc.md", TITLE.as_bytes())]);
    let files = build_ok(&fs, &options());
    let main = main_of(&text(&files, "hinh-thuc-khen-thuong/index.html"));
    let titles = main
        .find("<h2 id=\"tt-nhom-1\">Danh hiệu thi đua</h2>")
        .expect(&main);
    let forms = main
        .find("<h2 id=\"tt-nhom-2\">Hình thức khen thưởng</h2>")
        .expect(&main);
    let (emulation, certificate) = (
        main.find("/hinh-thuc-khen-thuong/danh-hieu-thi-dua/")
            .unwrap(),
        main.find("/hinh-thuc-khen-thuong/bang-khen/").unwrap(),
    );
    assert!(
        titles < emulation && emulation < forms && forms < certificate,
        "{main}"
    );
}

/// Decree 98/2023/NĐ-CP art. 46: at least 10 working days, both ends
/// counted. Monday 16/11/2026 to Thursday 26/11 is nine weekdays (no
/// holiday between): the error names Friday 27/11.
#[test]
fn a_too_short_consultation_is_t0215_naming_the_earliest_date() {
    let short = OPEN.replace("closes: 2026-12-04", "closes: 2026-11-26");
    let fs = site(&[("content/nominations/huan-chuong-2026.md", short.as_bytes())]);
    let d = match build::build(&fs, &options(), &MemorySink::new()) {
        Ok(_) => panic!("a nine-working-day consultation must fail the build"),
        Err(BuildError::Content(d)) => d,
        Err(BuildError::Io(e)) => panic!("{e:#}"),
    };
    let report = crate::support::both(&d);
    assert!(report.contains("T0215"), "{report}");
    assert!(report.contains("2026-11-27"), "{report}");
    insta::assert_snapshot!(report);
}

#[test]
fn search_finds_a_decision_by_number_and_by_recipient() {
    let files = built();
    let dir = tempfile::tempdir().unwrap();
    for (path, bytes) in files
        .iter()
        .filter(|(p, _)| p.starts_with(thidua::search::INDEX_DIR))
    {
        let target = dir.path().join(path);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::write(target, bytes).unwrap();
    }
    if !crate::support::can_run("queries_in_node_against_the_real_index", node_missing()) {
        return;
    }
    // The real client module, reading the real index files.
    let core = repo().join("themes/default/static/js/search-core.js");
    let script = format!(
        "import {{ readFile }} from 'node:fs/promises';\n\
         import path from 'node:path';\n\
         import {{ SearchIndex }} from {core:?};\n\
         const dir = process.argv[1];\n\
         const local = (u) => path.join(dir, decodeURIComponent(u));\n\
         const io = {{ bytes: async (u) => new Uint8Array(await readFile(local(u))),\n\
           json: async (u) => JSON.parse((await readFile(local(u))).toString('utf8')) }};\n\
         for (const q of process.argv.slice(2)) {{\n\
           const res = await new SearchIndex('/tim-kiem/index/', io).search(q, {{ limit: 10 }});\n\
           console.log(res.results.map((r) => r.url).join(' '));\n\
         }}\n",
        core = format!("file://{}", core.display())
    );
    let out = std::process::Command::new("node")
        .args(["--input-type=module", "-e", &script])
        .arg(dir.path())
        .args(["1234/QĐ-UBND", "Trường Tiểu học Bình Thủy"])
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let ok = out.status.success();
    let out = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(ok, "{out}");
    let mut lines = out.lines();
    for query in ["1234/QĐ-UBND", "Trường Tiểu học Bình Thủy"] {
        let line = lines.next().unwrap_or_default();
        assert!(
            line.contains("/quyet-dinh/qd-1234/"),
            "{query} should find the decision: {out}"
        );
    }
}

fn node_missing() -> Option<String> {
    std::process::Command::new("node")
        .arg("--version")
        .output()
        .ok()
        .filter(|o| o.status.success())
        .is_none()
        .then(|| "`node` is not on PATH".to_owned())
}

/// Issue 13 item 5: an event only planned (`tentative`) or still ahead is
/// never shown as having happened. Build date 23/11/2026.
#[test]
fn a_planned_event_is_never_shown_as_held() {
    let event = |date: &str, tentative: bool| {
        format!("---\ntitle: Hội nghị sơ kết\ndate: {date}\ntentative: {tentative}\n---\n")
    };
    let past_planned = event("2023-06-09", true);
    let future = event("2027-01-15", false);
    let held = event("2024-06-09", false);
    let fs = site(&[
        ("content/events/du-kien.md", past_planned.as_bytes()),
        ("content/events/sap-toi.md", future.as_bytes()),
        ("content/events/da-to-chuc.md", held.as_bytes()),
    ]);
    let files = build_ok(&fs, &options());
    let lede = |slug: &str| {
        let html = text(&files, &format!("su-kien/{slug}/index.html"));
        let main = main_of(&html);
        let start = main.find("class=\"lede\"").expect("lede");
        main[start..start + main[start..].find("</p>").unwrap()].to_owned()
    };
    let planned = lede("du-kien");
    assert!(!planned.contains("Đã diễn ra"), "{planned}");
    assert!(
        planned.contains("Chưa xác nhận đã diễn ra") && planned.contains("Thời gian dự kiến"),
        "{planned}"
    );
    let ahead = lede("sap-toi");
    assert!(
        ahead.contains("Sắp diễn ra") && !ahead.contains("Đã diễn ra"),
        "{ahead}"
    );
    assert!(lede("da-to-chuc").contains("Đã diễn ra"));
}

/// Issue 13 item 7: the anniversary calendar writes months and days as
/// Decree 30/2020 does (day below 10 and months 1–2 with a leading zero):
/// "Tháng 02/2027", "03 tháng 02", but "Tháng 3/2027".
#[test]
fn the_calendar_writes_dates_in_the_decree_30_style() {
    let party = "---\ntitle: Ngày thành lập Đảng Cộng sản Việt Nam\norigin_date: 1930-02-03\n---\n";
    let women = "---\ntitle: Ngày Quốc tế Phụ nữ\norigin_date: 1910-03-08\n---\n";
    let fs = site(&[
        ("content/anniversaries/thanh-lap-dang.md", party.as_bytes()),
        ("content/anniversaries/quoc-te-phu-nu.md", women.as_bytes()),
    ]);
    let files = build_ok(&fs, &options());
    let calendar = main_of(&text(&files, "lich-ky-niem/index.html"));
    for wanted in [
        ">Tháng 02/2027<",
        ">Tháng 3/2027<",
        ">Tháng 01/2027<",
        "<span class=\"cal-d\">03</span> <span class=\"cal-m\">tháng 02</span>",
        "<span class=\"cal-d\">08</span> <span class=\"cal-m\">tháng 3</span>",
    ] {
        assert!(
            calendar.contains(wanted),
            "{wanted} missing in:\n{calendar}"
        );
    }
    assert!(
        !calendar.contains("Tháng 03/2027") && !calendar.contains("tháng 2<"),
        "{calendar}"
    );
}
