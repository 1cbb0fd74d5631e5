//! The messages editors get for the usual ways a front matter goes wrong
//! (Word, Windows keyboards, hand-typed YAML): each at the line and column
//! of its cause, with its own code, in Vietnamese and in English.

use thidua::diagnostic::{Diagnostic, Diagnostics, Position};
use thidua::i18n::Lang;
use thidua::model::{EntryKind, Section, parse_entry};
use thidua::source::{MemFs, SourceFile};

use crate::support::{build_err, fixture};

/// Each broken file, with the code and position its first problem must have.
const CASES: &[(&str, &str, &str, (usize, usize))] = &[
    (
        "content/exemplars/tab.md",
        "---\ntitle: Nguyễn Văn Tab\nsubject: person\nlocality: Xã A\nimage:\n\tsrc: a.jpg\n---\nÔng Tab.\n",
        "T0107",
        (6, 1),
    ),
    (
        "content/pages/khong-cach.md",
        "---\nslug: gioi-thieu-2\ntitle:Giới thiệu\n---\nNội dung.\n",
        "T0108",
        (3, 6),
    ),
    (
        "content/campaigns/dau-phay.md",
        "---\ntitle: Phong trào\ntheme: \"Thi đua\"\nissuer: UBND\nperiod: {start: 2024-02, end: 2024-12}\ntargets:\n  - {label: Tỷ lệ hộ nghèo giảm, value: 99,5, unit: \"%\"}\n---\nx\n",
        "T0109",
        (7, 43),
    ),
    (
        "content/pages/gach-dai.md",
        "---\ntitle: Giới thiệu\n—\nNội dung.\n\n---\n",
        "T0105",
        (3, 1),
    ),
    (
        "content/news/gach-ngan.md",
        "---\ntitle: Tin\ndate: 2024-06-11\n– – –\nNội dung.\n",
        "T0105",
        (4, 1),
    ),
    (
        "content/exemplars/thieu-doi-tuong.md",
        "---\ntitle: Nguyễn Văn Trống\nlocality: Xã A\nsubject:\n---\nÔng Trống.\n",
        "T0202",
        (4, 1),
    ),
    (
        "content/exemplars/sai-doi-tuong.md",
        "---\ntitle: Trần Văn Sai\nsubject: nhân viên\nlocality: Xã A\n---\nÔng Sai.\n",
        "T0207",
        (3, 10),
    ),
];

fn broken_site() -> MemFs {
    let mut fs = fixture("minimal");
    for (path, text, _, _) in CASES {
        fs.insert(*path, text.as_bytes().to_vec());
    }
    fs
}

fn of_file<'d>(diags: &'d Diagnostics, path: &str) -> Vec<&'d Diagnostic> {
    diags
        .iter()
        .filter(|d| d.file.to_string_lossy() == path)
        .collect()
}

#[test]
fn each_problem_has_its_code_at_its_cause() {
    let diags = build_err(&broken_site());
    for (path, _, code, (line, col)) in CASES {
        let found = of_file(&diags, path);
        assert_eq!(found.len(), 1, "{path}: {}", diags.render(Lang::En));
        assert_eq!(found[0].code(), Some(*code), "{path}");
        assert_eq!(
            found[0].position,
            Some(Position::new(*line, *col)),
            "{path}"
        );
        assert!(found[0].help.is_some(), "{path} has no help line");
    }
}

#[test]
fn broken_front_matter_in_vietnamese() {
    let diags = build_err(&broken_site()).sorted();
    insta::assert_snapshot!("broken_front_matter_vi", diags.render(Lang::Vi));
}

#[test]
fn broken_front_matter_in_english() {
    let diags = build_err(&broken_site()).sorted();
    insta::assert_snapshot!("broken_front_matter_en", diags.render(Lang::En));
}

#[test]
fn the_errors_fixture_in_vietnamese() {
    // Only this area's problems (reading files and entry keys: T01xx, T02xx).
    let diags: Diagnostics = build_err(&fixture("errors"))
        .into_iter()
        .filter(|d| {
            d.code()
                .is_some_and(|c| c.starts_with("T01") || c.starts_with("T02"))
        })
        .collect();
    insta::assert_snapshot!("errors_fixture_vi", diags.render(Lang::Vi));
}

#[test]
fn a_bad_closed_set_value_lists_both_forms() {
    let diags = build_err(&broken_site());
    let d = of_file(&diags, "content/exemplars/sai-doi-tuong.md")[0];
    let help = d.help.as_ref().unwrap();
    assert_eq!(
        help.format(Lang::En),
        "allowed: person (cá nhân), collective (tập thể), household (hộ gia đình), model (mô hình)"
    );
    assert_eq!(
        help.format(Lang::Vi),
        "các giá trị dùng được: person (cá nhân), collective (tập thể), household (hộ gia đình), model (mô hình)"
    );
}

#[test]
fn the_keys_allowed_here_are_each_named_once() {
    let mut fs = fixture("minimal");
    fs.insert(
        "content/exemplars/khoa-la.md",
        "---\ntitle: A\nsubject: person\nlocality: Xã A\nimage: {src: a.jpg, alt: Ảnh, qqqqqqqq: 1}\nzzzzzzzzzz: 1\n---\nx\n"
            .as_bytes()
            .to_vec(),
    );
    let diags = build_err(&fs);
    let found: Vec<_> = of_file(&diags, "content/exemplars/khoa-la.md")
        .into_iter()
        .filter(|d| d.code() == Some("T0205"))
        .collect();
    assert_eq!(found.len(), 2, "{}", diags.render(Lang::En));
    for d in found {
        assert_eq!(d.code(), Some("T0205"));
        let help = d.help.as_ref().unwrap().format(Lang::En);
        let list = help.strip_prefix("keys allowed here: ").expect(&help);
        let keys: Vec<&str> = list.split(", ").collect();
        let mut unique = keys.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(keys, unique, "{help}");
        assert!(keys.contains(&"title") || keys == ["alt", "src"], "{help}");
    }
}

fn parse(path: &str, section: Section, text: &str) -> thidua::model::ParsedEntry {
    let file = SourceFile::decode(path, text.as_bytes()).unwrap();
    parse_entry(&file, section, None)
}

#[test]
fn closed_set_values_are_accepted_in_vietnamese_and_normalised() {
    use thidua::model::anniversary::Calendar;
    use thidua::model::campaign::{CampaignKind, MilestoneKind};
    use thidua::model::event::Format;
    use thidua::model::exemplar::Subject;

    for (written, subject) in [
        ("cá nhân", Subject::Person),
        ("Cá Nhân", Subject::Person),
        ("ca nhan", Subject::Person),
        ("TẬP THỂ", Subject::Collective),
        ("hộ gia đình", Subject::Household),
        ("Ho gia dinh", Subject::Household),
        ("mô hình", Subject::Model),
        ("Person", Subject::Person),
    ] {
        let p = parse(
            "content/exemplars/a.md",
            Section::Exemplars,
            &format!("---\ntitle: A\nsubject: {written}\nlocality: Xã A\n---\n"),
        );
        assert!(p.diagnostics.is_empty(), "{written}: {:?}", p.diagnostics);
        let Some(EntryKind::Exemplar(e)) = p.entry.map(|e| e.kind) else {
            panic!("{written}")
        };
        assert_eq!(e.subject, subject, "{written}");
    }
    for (written, calendar) in [
        ("âm lịch", Calendar::Lunar),
        ("Am Lich", Calendar::Lunar),
        ("dương lịch", Calendar::Solar),
        ("duong lich", Calendar::Solar),
    ] {
        let p = parse(
            "content/anniversaries/a.md",
            Section::Anniversaries,
            &format!("---\ntitle: A\norigin_date: 1948-06-11\ncalendar: {written}\n---\n"),
        );
        assert!(p.diagnostics.is_empty(), "{written}: {:?}", p.diagnostics);
        let Some(EntryKind::Anniversary(a)) = p.entry.map(|e| e.kind) else {
            panic!("{written}")
        };
        assert_eq!(a.calendar, calendar, "{written}");
    }
    for (written, format) in [
        ("trực tuyến", Format::Online),
        ("Truc tuyen", Format::Online),
        ("trực tiếp", Format::InPerson),
        ("kết hợp", Format::Hybrid),
        ("KET HOP", Format::Hybrid),
        ("in person", Format::InPerson),
    ] {
        let p = parse(
            "content/events/a.md",
            Section::Events,
            &format!("---\ntitle: A\ndate: 2024-06-11\nformat: {written}\n---\n"),
        );
        assert!(p.diagnostics.is_empty(), "{written}: {:?}", p.diagnostics);
        let Some(EntryKind::Event(e)) = p.entry.map(|e| e.kind) else {
            panic!("{written}")
        };
        assert_eq!(e.format, Some(format), "{written}");
    }
    let p = parse(
        "content/campaigns/a.md",
        Section::Campaigns,
        "---\ntitle: A\ntheme: T\nissuer: U\nkind: chuyên đề\nperiod: {start: 2024-02}\nmilestones:\n  - {kind: sơ kết, date: 2024-06}\n  - {kind: Phát động, date: 2024-02}\n---\n",
    );
    assert!(p.diagnostics.is_empty(), "{:?}", p.diagnostics);
    let Some(EntryKind::Campaign(c)) = p.entry.map(|e| e.kind) else {
        panic!()
    };
    assert_eq!(c.kind, Some(CampaignKind::Thematic));
    assert_eq!(c.milestones[0].kind, MilestoneKind::MidtermReview);
    assert_eq!(c.milestones[1].kind, MilestoneKind::Launch);
}

#[test]
fn a_broken_entry_still_claims_its_slug() {
    let p = parse(
        "content/pages/khong-cach.md",
        Section::Pages,
        "---\nslug: gioi-thieu-2\ntitle:Giới thiệu\n---\nx\n",
    );
    assert!(p.entry.is_none());
    assert_eq!(p.claim.section, Section::Pages);
    assert_eq!(p.claim.file_slug, "khong-cach");
    assert_eq!(p.claim.slug(), "gioi-thieu-2");
    assert_eq!(p.claim.slug.as_ref().unwrap().pos, Position::new(2, 7));

    let p = parse(
        "content/news/gach.md",
        Section::News,
        "---\ntitle: Tin mới\ndate: 2024-06-11\n—\nx\n",
    );
    assert!(p.entry.is_none());
    assert_eq!(p.claim.slug(), "gach");
    assert_eq!(p.claim.title.as_deref(), Some("Tin mới"));

    // The YAML is fine but the entry is not (a document without its keys):
    // `slug:` and `title:` are still claimed.
    let p = parse(
        "content/documents/thieu-khoa.md",
        Section::Documents,
        "---\ntitle: Kế hoạch\nslug: ke-hoach-2\nbased_on: {a: b}\n---\nx\n",
    );
    assert!(!p.diagnostics.is_empty());
    assert_eq!(p.claim.slug(), "ke-hoach-2");
    assert_eq!(p.claim.title.as_deref(), Some("Kế hoạch"));

    let p = parse(
        "content/news/khong-co.md",
        Section::News,
        "Chỉ có nội dung.\n",
    );
    assert_eq!(p.claim.slug(), "khong-co");
    assert_eq!(p.claim.title, None);
}
