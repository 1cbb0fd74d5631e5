//! The editors' commands, through the binary on temporary copies of the
//! minimal fixture: `new` for every type, `import` from CSV and XLSX honour
//! lists (headers with and without diacritics, appending to existing
//! entries, all or nothing), and `check`'s orphans and summary line.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const TODAY: &str = "2026-11-23";

fn thidua(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_thidua"))
        .env("THIDUA_LANG", "en")
        .args(args)
        .env_remove("CI")
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn root(dir: &tempfile::TempDir) -> &str {
    dir.path().to_str().unwrap()
}

fn fixture(name: &str) -> String {
    crate::support::repo()
        .join("tests/fixtures/import")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

fn check(dir: &tempfile::TempDir) -> Output {
    thidua(&["check", "--root", root(dir), "--today", TODAY])
}

/// Every file under `content/` with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    walkdir::WalkDir::new(dir.join("content"))
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| (e.path().to_path_buf(), std::fs::read(e.path()).unwrap()))
        .collect()
}

fn read(dir: &tempfile::TempDir, rel: &str) -> String {
    std::fs::read_to_string(dir.path().join(rel)).unwrap()
}

/// A value for each required key that `new` leaves empty.
fn required_value(key: &str) -> Option<&'static str> {
    Some(match key {
        "subject" => "person",
        "locality" => "\"Xã Mỹ Khánh, Huyện Phong Điền\"",
        "theme" => "\"Thi đua là yêu nước\"",
        "issuer" => "Ủy ban nhân dân thành phố Cần Thơ",
        "start" => "2024-02",
        "origin_date" => "1948-06-11",
        "date" => "2024-06-11",
        "doc_type" => "Kế hoạch",
        "abstract" => "Tổ chức phong trào thi đua",
        "number" => "\"1234/QĐ-UBND\"",
        "issued" => "2024-06-05",
        "award" => "\"Bằng khen của Chủ tịch Ủy ban nhân dân thành phố\"",
        "recipients" => "[{name: \"Trần Văn Phước\", subject: person}]",
        "council" => "\"Hội đồng Thi đua - Khen thưởng thành phố Cần Thơ\"",
        "opens" => "2024-03-04",
        "closes" => "2024-03-29",
        "contact" => "{unit: \"Ban Thi đua - Khen thưởng thành phố\"}",
        "nominees" => "[{name: \"Trần Văn Phước\", achievements: \"Hiến 500 m² đất làm đường\"}]",
        _ => return None,
    })
}

/// Fill the empty required keys (`key:   # bắt buộc: …`) of a new entry.
fn fill_required(text: &str) -> String {
    text.lines()
        .map(|line| {
            let trimmed = line.trim_start();
            let Some((key, rest)) = trimmed.split_once(':') else {
                return line.to_owned();
            };
            let is_empty_required = rest.trim_start().starts_with("# bắt buộc");
            match required_value(key).filter(|_| is_empty_required) {
                Some(v) => format!("{}{key}: {v}{rest}", &line[..line.len() - trimmed.len()]),
                None => line.to_owned(),
            }
        })
        .map(|l| l + "\n")
        .collect()
}

const TYPES: [(&str, &str); 9] = [
    ("exemplar", "content/exemplars/tran-van-phuoc.md"),
    ("campaign", "content/campaigns/tran-van-phuoc.md"),
    ("anniversary", "content/anniversaries/tran-van-phuoc.md"),
    ("event", "content/events/tran-van-phuoc.md"),
    ("document", "content/documents/tran-van-phuoc/index.md"),
    ("news", "content/news/tran-van-phuoc.md"),
    ("decision", "content/decisions/tran-van-phuoc.md"),
    ("nomination", "content/nominations/tran-van-phuoc.md"),
    ("page", "content/pages/tran-van-phuoc.md"),
];

#[test]
fn new_entries_of_every_type_pass_check_once_required_keys_are_filled() {
    for (kind, rel) in TYPES {
        let dir = crate::support::site_on_disk();
        let out = thidua(&["new", kind, "Trần Văn Phước", "--root", root(&dir)]);
        assert!(out.status.success(), "{kind}: {}", stderr(&out));
        let path = dir.path().join(rel);
        let printed = stdout(&out);
        let mut lines = printed.lines();
        assert_eq!(
            lines.next(),
            Some(path.display().to_string().as_str()),
            "{kind}"
        );
        assert!(
            lines
                .next()
                .unwrap_or_default()
                .starts_with("The new entry is a draft (draft: true)"),
            "{kind}: {printed}"
        );
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.starts_with("---\n") && text.contains("title: \"Trần Văn Phước\""));
        assert!(
            text.lines().any(|l| l.starts_with("draft: true ")),
            "{kind}"
        );
        let keys = thidua::scaffold::ordered_keys(
            thidua::model::Section::ALL[TYPES.iter().position(|t| t.0 == kind).unwrap()],
        );
        for key in keys {
            assert!(
                text.lines().any(|l| l.starts_with(&format!("{key}:"))),
                "{kind}: `{key}` missing"
            );
        }
        let filled = fill_required(&text);
        std::fs::write(&path, &filled).unwrap();
        let checked = check(&dir);
        assert!(
            checked.status.success(),
            "{kind}:\n{filled}\n{}",
            stderr(&checked)
        );
        assert!(stdout(&checked).contains(" 0 errors, "), "{kind}");
        assert!(
            !stderr(&checked)
                .lines()
                .any(|l| l.contains(rel) && l.contains(": error:")),
            "{kind}: {}",
            stderr(&checked)
        );
    }
}

#[test]
fn a_new_entry_with_empty_required_keys_is_reported() {
    let dir = crate::support::site_on_disk();
    assert!(
        thidua(&["new", "campaign", "Đợt thi đua mới", "--root", root(&dir)])
            .status
            .success()
    );
    // A draft: `check` says what it lacks.
    let err = stderr(&check(&dir));
    for key in ["theme", "issuer", "start"] {
        assert!(err.contains(&format!("needs `{key}`")), "{key}: {err}");
    }
    // Once `draft: true` is deleted, the missing keys are errors.
    let path = dir.path().join("content/campaigns/dot-thi-dua-moi.md");
    let text = std::fs::read_to_string(&path).unwrap();
    let published: String = text
        .lines()
        .filter(|l| !l.starts_with("draft: true"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&path, published).unwrap();
    let out = check(&dir);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    for key in ["theme", "issuer", "start"] {
        assert!(err.contains(&format!("needs `{key}`")), "{key}: {err}");
    }
}

#[test]
fn new_speaks_vietnamese_by_default() {
    let dir = crate::support::site_on_disk();
    let out = Command::new(env!("CARGO_BIN_EXE_thidua"))
        .env_remove("THIDUA_LANG")
        .args(["new", "news", "Tin mới", "--root", root(&dir)])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out).lines().nth(1),
        Some(
            "Mục mới đang là bài nháp (draft: true) nên chưa được đăng. Hãy điền các khóa ghi “bắt buộc” rồi chạy thidua check để kiểm tra; khi đã đủ thông tin, xóa dòng draft: true để đăng bài."
        )
    );
    let again = Command::new(env!("CARGO_BIN_EXE_thidua"))
        .env_remove("THIDUA_LANG")
        .args(["new", "news", "Tin mới", "--root", root(&dir)])
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(1));
    assert_eq!(
        stderr(&again),
        "lỗi: content/news/tin-moi.md đã có; không ghi gì cả (hãy chọn tiêu đề khác hoặc ghi thêm --slug)\n"
    );
}

#[test]
fn new_refuses_to_overwrite() {
    let dir = crate::support::site_on_disk();
    let news = dir.path().join("content/news/khai-truong.md");
    let before = std::fs::read(&news).unwrap();
    let out = thidua(&["new", "news", "Khai trương", "--root", root(&dir)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("content/news/khai-truong.md already exists"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read(&news).unwrap(), before);
    // The folder form of a document counts too.
    let out = thidua(&["new", "document", "Kế hoạch 1", "--root", root(&dir)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("content/documents/ke-hoach-1/index.md already exists"));
    // Outside a site.
    let empty = tempfile::tempdir().unwrap();
    let out = thidua(&["new", "news", "Tin", "--root", root(&empty)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("thidua.yaml"));
    assert_eq!(thidua(&["new", "poem", "x"]).status.code(), Some(2));
}

#[test]
fn import_csv_with_vietnamese_headers_creates_merges_and_appends() {
    let dir = crate::support::site_on_disk();
    let an = "content/exemplars/nguyen-van-an.md";
    let before = read(&dir, an);
    let out = thidua(&[
        "import",
        &fixture("danh-sach.csv"),
        "--as",
        "exemplars",
        "--campaign",
        "dot-cao-diem-2024",
        "--root",
        root(&dir),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("create content/exemplars/tran-thi-hoa.md (rows 4, 7)"),
        "{text}"
    );
    assert!(
        text.contains("update content/exemplars/nguyen-van-an.md: 1 award added (row 5)"),
        "{text}"
    );
    assert!(
        text.lines()
            .last()
            .unwrap()
            .starts_with("Imported 4 rows: 2 new entries, 1 updated, 0 unchanged, in ")
    );
    // Two rows of one person: one entry with both awards, the title rows above the header skipped.
    let hoa = read(&dir, "content/exemplars/tran-thi-hoa.md");
    assert!(hoa.contains("title: \"Trần Thị Hoa\"\nsubject: person\nposition: \"Giáo viên\"\nunit: \"Trường Tiểu học Mỹ Khánh 1\"\nlocality: \"Xã Mỹ Khánh, Huyện Phong Điền\"\ncampaigns: [dot-cao-diem-2024]\n"), "{hoa}");
    assert!(hoa.contains("  - title: \"Bằng khen của Chủ tịch Ủy ban nhân dân thành phố\"\n    decision: \"1234/QĐ-UBND\"\n    date: 2023-06-09\n"));
    assert!(hoa.contains("  - title: \"Chiến sĩ thi đua cơ sở\"\n    decision: \"77/QĐ-UBND\"\n    date: 2022-08-15\n"));
    assert!(hoa.ends_with("---\nCó thành tích xuất sắc trong phong trào \"Dạy tốt, học tốt\".\n"));
    // The existing entry keeps every line; the award goes after its last one.
    let after = read(&dir, an);
    let added = "  - title: \"Giấy khen của Chủ tịch Ủy ban nhân dân quận\"\n    decision: \"56/QĐ-UBND\"\n    date: 2024-05-15\n";
    assert_eq!(
        after,
        before.replacen(
            "    date: 2023-06-09\n",
            &format!("    date: 2023-06-09\n{added}"),
            1
        )
    );
    let checked = check(&dir);
    assert!(checked.status.success(), "{}", stderr(&checked));
}

#[test]
fn importing_the_same_list_again_changes_nothing() {
    let dir = crate::support::site_on_disk();
    let args = |root| {
        thidua(&[
            "import",
            &fixture("danh-sach.csv"),
            "--as",
            "exemplars",
            "--campaign",
            "dot-cao-diem-2024",
            "--root",
            root,
        ])
    };
    assert!(args(root(&dir)).status.success());
    let snap = snapshot(dir.path());
    let again = args(root(&dir));
    assert!(again.status.success(), "{}", stderr(&again));
    assert!(
        stdout(&again).contains("0 new entries, 0 updated, 3 unchanged"),
        "{}",
        stdout(&again)
    );
    assert!(stdout(&again).contains(
        "unchanged content/exemplars/tran-thi-hoa.md: already has these awards (rows 4, 7)"
    ));
    assert_eq!(snapshot(dir.path()), snap);
}

#[test]
fn import_csv_headers_without_diacritics_and_semicolons() {
    let dir = crate::support::site_on_disk();
    let out = thidua(&[
        "import",
        &fixture("khong-dau.csv"),
        "--as",
        "exemplars",
        "--root",
        root(&dir),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let htx = read(&dir, "content/exemplars/hop-tac-xa-my-khanh.md");
    assert!(htx.contains("awards:\n  - title: \"Cờ thi đua của Ủy ban nhân dân thành phố\"\n    decision: \"99/QĐ-UBND\"\n    date: 2024-09-02\n---\nTập thể.\n"), "{htx}");
    let bay = read(&dir, "content/exemplars/pham-van-bay.md");
    assert!(
        bay.contains("subject: person\nposition: \"Trưởng ấp\"\nlocality: \"Xã Mỹ Khánh\"\n"),
        "{bay}"
    );
    assert!(check(&dir).status.success());
}

#[test]
fn import_refuses_every_bad_row_and_writes_nothing() {
    let dir = crate::support::site_on_disk();
    let snap = snapshot(dir.path());
    let out = thidua(&[
        "import",
        &fixture("loi.csv"),
        "--as",
        "exemplars",
        "--root",
        root(&dir),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    for expected in [
        "loi.csv: error[T0602]: cell A3 (column “Họ và tên”): no name (the cell is empty)",
        "loi.csv: error[T0602]: cell B4 (column “Địa phương”): no locality (the cell is empty)",
        "loi.csv: error[T0604]: cell D5 (column “Ngày quyết định”): “31/02/2024” is not a date",
        "loi.csv: error[T0603]: cell E5 (column “Đối tượng”): “đơn vị” is not a subject",
        "Nothing was imported: 4 problems",
    ] {
        assert!(err.contains(expected), "{expected}\n{err}");
    }
    assert_eq!(snapshot(dir.path()), snap, "nothing written");
    let stray: Vec<_> = walkdir::WalkDir::new(dir.path())
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with(".thidua-import")
        })
        .collect();
    assert!(stray.is_empty());
    // A default locality does not excuse the other rows.
    let out = thidua(&[
        "import",
        &fixture("loi.csv"),
        "--as",
        "exemplars",
        "--locality",
        "Xã Mỹ Khánh",
        "--root",
        root(&dir),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!stderr(&out).contains("B4"), "{}", stderr(&out));
    assert!(stderr(&out).contains("Nothing was imported: 3 problems"));
    assert_eq!(snapshot(dir.path()), snap);
}

#[test]
fn import_dry_run_writes_nothing() {
    let dir = crate::support::site_on_disk();
    let snap = snapshot(dir.path());
    let out = thidua(&[
        "import",
        &fixture("danh-sach.csv"),
        "--as",
        "exemplars",
        "--dry-run",
        "--root",
        root(&dir),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("would create content/exemplars/le-van-tu.md (row 6)"));
    assert!(stdout(&out).contains("nothing was written"));
    assert_eq!(snapshot(dir.path()), snap);
}

/// An honour list as Excel makes it: a title row, Vietnamese headers (some
/// without diacritics), a date cell, a numeric cell.
fn write_xlsx(path: &Path) {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("Danh sách").unwrap();
    ws.write_string(0, 0, "DANH SÁCH KHEN THƯỞNG NĂM 2024")
        .unwrap();
    for (c, h) in XLSX_HEADERS.iter().enumerate() {
        ws.write_string(2, c as u16, *h).unwrap();
    }
    let date = Format::new().set_num_format("dd/mm/yyyy");
    for (r, row) in XLSX_ROWS.iter().enumerate() {
        let r = r as u32 + 3;
        for (c, v) in row.iter().enumerate().filter(|(_, v)| !v.is_empty()) {
            ws.write_string(r, c as u16, *v).unwrap();
        }
        ws.write_number(r, 6, 1234.0 + f64::from(r)).unwrap();
        let day = ExcelDateTime::from_ymd(2024, 6, 9).unwrap();
        ws.write_datetime_with_format(r, 7, &day, &date).unwrap();
    }
    wb.save(path).unwrap();
}

const XLSX_HEADERS: [&str; 11] = [
    "STT",
    "Ho va ten",
    "Chức danh",
    "Đơn vị",
    "Địa chỉ",
    "Danh hiệu",
    "Số QĐ",
    "Ngày quyết định",
    "Đối tượng",
    "Lĩnh vực",
    "Tên khác",
];

/// Columns 6 and 7 (decision number, date) are written as a number and a date.
const XLSX_ROWS: [[&str; 11]; 3] = [
    [
        "1",
        "Lê Thị Bình",
        "",
        "",
        "Xã Mỹ Khánh",
        "Bằng khen của Chủ tịch Ủy ban nhân dân thành phố",
        "",
        "",
        "Cá nhân",
        "Chuyển đổi số",
        "",
    ],
    [
        "2",
        "Đoàn Văn Tám",
        "Công an viên",
        "Công an xã Mỹ Khánh",
        "Xã Mỹ Khánh",
        "Giấy khen của Chủ tịch Ủy ban nhân dân huyện",
        "",
        "",
        "ca nhan",
        "xay dung nong thon moi; Chuyển đổi số",
        "",
    ],
    [
        "3",
        "Nguyễn Văn An",
        "Trưởng Công an phường",
        "Công an phường An Hòa",
        "Phường An Hòa",
        "Chiến sĩ thi đua cơ sở",
        "",
        "",
        "",
        "",
        "",
    ],
];

#[test]
fn import_xlsx_with_dates_numbers_and_same_names() {
    let dir = crate::support::site_on_disk();
    let list = dir.path().join("danh-sach.xlsx");
    write_xlsx(&list);
    let binh_before = read(&dir, "content/exemplars/le-thi-binh.md");
    let out = thidua(&[
        "import",
        list.to_str().unwrap(),
        "--as",
        "exemplars",
        "--authority",
        "Chủ tịch Ủy ban nhân dân thành phố Cần Thơ",
        // Nguyễn Văn An is on the site without a unit: another person here.
        "--create-similar",
        "--root",
        root(&dir),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("note: column “Tên khác” is not imported"),
        "{}",
        stderr(&out)
    );
    let text = stdout(&out);
    assert!(
        text.contains("update content/exemplars/le-thi-binh.md: 1 award added (row 4)"),
        "{text}"
    );
    assert!(
        text.contains("create content/exemplars/doan-van-tam.md (row 5)"),
        "{text}"
    );
    // Same name, another unit: a new entry with a unique slug.
    assert!(
        text.contains("create content/exemplars/nguyen-van-an-2.md (row 6)"),
        "{text}"
    );
    let binh = read(&dir, "content/exemplars/le-thi-binh.md");
    assert_eq!(
        binh,
        binh_before.replace(
            "  - {title: Chiến sĩ thi đua cơ sở, date: 2021}\n",
            "  - {title: Chiến sĩ thi đua cơ sở, date: 2021}\n  - title: \"Bằng khen của Chủ tịch Ủy ban nhân dân thành phố\"\n    decision: \"1237\"\n    date: 2024-06-09\n    authority: \"Chủ tịch Ủy ban nhân dân thành phố Cần Thơ\"\n"
        )
    );
    let tam = read(&dir, "content/exemplars/doan-van-tam.md");
    assert!(
        tam.contains("fields: [\"Xây dựng nông thôn mới\", \"Chuyển đổi số\"]\n"),
        "{tam}"
    );
    assert!(
        tam.contains("    decision: \"1238\"\n    date: 2024-06-09\n"),
        "{tam}"
    );
    let an2 = read(&dir, "content/exemplars/nguyen-van-an-2.md");
    assert!(an2.contains("unit: \"Công an phường An Hòa\""));
    let checked = check(&dir);
    assert!(checked.status.success(), "{}", stderr(&checked));
}

#[test]
fn import_maps_odd_headers() {
    let dir = crate::support::site_on_disk();
    let csv = dir.path().join("odd.csv");
    std::fs::write(
        &csv,
        "Người được khen,Nơi ở,Khen\nVõ Thị Năm,Xã Mỹ Khánh,Giấy khen\n",
    )
    .unwrap();
    let out = thidua(&[
        "import",
        csv.to_str().unwrap(),
        "--as",
        "exemplars",
        "--root",
        root(&dir),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("--map"), "{}", stderr(&out));
    let out = thidua(&[
        "import",
        csv.to_str().unwrap(),
        "--as",
        "exemplars",
        "--map",
        "Người được khen=title,Khen=award",
        "--root",
        root(&dir),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(read(&dir, "content/exemplars/vo-thi-nam.md").contains("locality: \"Xã Mỹ Khánh\""));
    assert_eq!(
        thidua(&[
            "import",
            csv.to_str().unwrap(),
            "--as",
            "exemplars",
            "--map",
            "Khen=prize"
        ])
        .status
        .code(),
        Some(2)
    );
}

#[test]
fn import_explains_other_encodings_and_reads_windows_1258_on_request() {
    let dir = crate::support::site_on_disk();
    // Saved as plain "CSV" by Excel on Vietnamese Windows (windows-1258, tones as combining marks).
    let legacy = dir.path().join("cu.csv");
    std::fs::write(&legacy, b"Ho\xf2 t\xean,\xd0i\xf2a ph\xfd\xf5ng,Danh hi\xea\xf2u\nH\xe0 V\xe3n M\xf4\xf2t,Xa\xde My\xde Kh\xe1nh,Gi\xe2\xecy khen cu\xd2a Chu\xd2 ti\xf2ch U\xd2y ban nh\xe2n d\xe2n xa\xde\n").unwrap();
    let out = thidua(&[
        "import",
        legacy.to_str().unwrap(),
        "--as",
        "exemplars",
        "--root",
        root(&dir),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("CSV UTF-8"), "{}", stderr(&out));
    assert!(stderr(&out).contains("--encoding windows-1258"));
    let out = thidua(&[
        "import",
        legacy.to_str().unwrap(),
        "--as",
        "exemplars",
        "--encoding",
        "windows-1258",
        "--root",
        root(&dir),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let mot = read(&dir, "content/exemplars/ha-van-mot.md");
    assert!(
        mot.contains("title: \"Hà Văn Một\"\nsubject: person\nlocality: \"Xã Mỹ Khánh\"\n"),
        "{mot}"
    );
    assert!(mot.contains("Giấy khen của Chủ tịch Ủy ban nhân dân xã"));
}

#[test]
fn check_reports_orphans_and_ends_with_the_summary_line() {
    let dir = crate::support::site_on_disk();
    let out = check(&dir);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "11 entries, 0 errors, 2 warnings; 1 draft and 1 scheduled entry not published\n"
    );
    assert!(stderr(&out).contains("content/pages/gioi-thieu.md: warning[T0318]: this entry is published but no other page of the site links to it (an orphan)"), "{}", stderr(&out));
    // A link from an entry's body reaches the page.
    let news = dir.path().join("content/news/khai-truong.md");
    let text = std::fs::read_to_string(&news).unwrap();
    std::fs::write(
        &news,
        text.replace("Tin.", "Xem [giới thiệu](../pages/gioi-thieu.md)."),
    )
    .unwrap();
    let out = check(&dir);
    assert_eq!(
        stdout(&out),
        "11 entries, 0 errors, 1 warning; 1 draft and 1 scheduled entry not published\n",
        "{}",
        stderr(&out)
    );
    // With errors the summary still closes the report.
    std::fs::write(
        dir.path().join("content/news/hong.md"),
        "---\ntitle: x\n---\n",
    )
    .unwrap();
    let out = check(&dir);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out).lines().last(),
        Some("12 entries, 1 error, 1 warning; 1 draft and 1 scheduled entry not published")
    );
}

#[test]
fn persons_without_consent_are_reported_when_required() {
    let dir = crate::support::site_on_disk();
    let config = dir.path().join("thidua.yaml");
    let text = std::fs::read_to_string(&config).unwrap();
    std::fs::write(
        &config,
        format!("{text}privacy: {{require_consent: true}}\n"),
    )
    .unwrap();
    let out = check(&dir);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains(
            "content/exemplars/le-thi-binh.md: warning[T0314]: this person is not published"
        ),
        "{err}"
    );
    assert!(err.contains(
        "content/exemplars/nguyen-van-an.md: warning[T0314]: this person is not published"
    ));
    assert_eq!(
        stdout(&out),
        "11 entries, 0 errors, 4 warnings; 1 draft and 1 scheduled entry not published\n"
    );
}
