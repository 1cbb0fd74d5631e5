//! `thidua import` keeps every piece of data of a list: merged cells of a
//! generated .xlsx are read as the value of their range; a person already on
//! the site under another spelling of the unit is a probable match the
//! editor decides on (`--merge-similar`, `--create-similar`); the same award
//! is never added twice, whatever its decision number; problems name the
//! cell (`F10`); a missing file is one line; all of it in Vietnamese by
//! default and in English.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The binary in `lang`, run from `dir` (so the list's path is as an editor
/// types it).
fn thidua_in(lang: &str, dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_thidua"))
        .current_dir(dir)
        .env("THIDUA_LANG", lang)
        .env_remove("CI")
        .args(args)
        .output()
        .unwrap()
}

fn import(lang: &str, dir: &Path, list: &str, extra: &[&str]) -> Output {
    let mut args = vec!["import", list, "--as", "exemplars"];
    args.extend_from_slice(extra);
    thidua_in(lang, dir, &args)
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
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

fn read(dir: &Path, rel: &str) -> String {
    std::fs::read_to_string(dir.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn check_passes(dir: &Path) {
    let out = thidua_in("en", dir, &["check", "--today", "2026-11-23"]);
    assert!(out.status.success(), "{}", stderr(&out));
}

const UNIT: &str = "Phòng Giáo dục và Đào tạo quận Ninh Kiều";

/// A list as offices make it: a title, a header two rows high (STT and the
/// name merged down), a group heading and a total merged across the row,
/// and the unit, locality, award, decision and date of three people merged
/// down their rows.
fn write_merged_xlsx(path: &Path) {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    let plain = Format::new();
    let date = Format::new().set_num_format("dd/mm/yyyy");
    ws.merge_range(0, 0, 0, 7, "DANH SÁCH KHEN THƯỞNG NĂM 2024", &plain)
        .unwrap();
    ws.merge_range(2, 0, 3, 0, "STT", &plain).unwrap();
    ws.merge_range(2, 1, 3, 1, "Họ và tên", &plain).unwrap();
    for (c, h) in [
        "Chức vụ",
        "Đơn vị",
        "Địa phương",
        "Hình thức khen thưởng",
        "Số quyết định",
        "Ngày quyết định",
    ]
    .iter()
    .enumerate()
    {
        ws.write_string(2, c as u16 + 2, *h).unwrap();
    }
    ws.merge_range(4, 0, 4, 7, "I. CÁ NHÂN", &plain).unwrap();
    for (i, (name, position)) in [
        ("Trần Thị Mai", "Chuyên viên"),
        ("Lý Văn Hùng", "Phó Trưởng phòng"),
        ("Phan Thị Cúc", "Kế toán"),
    ]
    .iter()
    .enumerate()
    {
        let r = 5 + i as u32;
        ws.write_number(r, 0, (i + 1) as f64).unwrap();
        ws.write_string(r, 1, *name).unwrap();
        ws.write_string(r, 2, *position).unwrap();
    }
    ws.merge_range(5, 3, 7, 3, UNIT, &plain).unwrap();
    ws.merge_range(5, 4, 7, 4, "Quận Ninh Kiều", &plain)
        .unwrap();
    ws.merge_range(
        5,
        5,
        7,
        5,
        "Giấy khen của Chủ tịch Ủy ban nhân dân quận",
        &plain,
    )
    .unwrap();
    ws.merge_range(5, 6, 7, 6, "321/QĐ-UBND", &plain).unwrap();
    ws.merge_range(5, 7, 7, 7, "", &date).unwrap();
    let day = ExcelDateTime::from_ymd(2024, 3, 8).unwrap();
    ws.write_datetime_with_format(5, 7, &day, &date).unwrap();
    ws.merge_range(8, 0, 8, 7, "II. TẬP THỂ", &plain).unwrap();
    ws.write_number(9, 0, 4.0).unwrap();
    ws.write_string(9, 1, "Tổ Văn phòng").unwrap();
    ws.write_string(9, 3, UNIT).unwrap();
    ws.write_string(9, 4, "Quận Ninh Kiều").unwrap();
    ws.write_string(9, 5, "Giấy khen của Chủ tịch Ủy ban nhân dân quận")
        .unwrap();
    ws.merge_range(10, 0, 10, 7, "Tổng cộng: 3 cá nhân, 1 tập thể", &plain)
        .unwrap();
    wb.save(path).unwrap();
}

#[test]
fn merged_cells_are_read_as_the_value_of_their_range() {
    let dir = crate::support::site_on_disk();
    write_merged_xlsx(&dir.path().join("danh-sach.xlsx"));
    let out = import("en", dir.path(), "danh-sach.xlsx", &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out)
            .lines()
            .filter(|l| l.starts_with("create "))
            .collect::<Vec<_>>(),
        [
            "create content/exemplars/tran-thi-mai.md (row 6)",
            "create content/exemplars/ly-van-hung.md (row 7)",
            "create content/exemplars/phan-thi-cuc.md (row 8)",
            "create content/exemplars/to-van-phong.md (row 10)",
        ],
        "{}",
        stdout(&out)
    );
    for slug in ["tran-thi-mai", "ly-van-hung", "phan-thi-cuc"] {
        let text = read(dir.path(), &format!("content/exemplars/{slug}.md"));
        assert!(
            text.contains(&format!(
                "subject: person\nposition: \"{}\"\nunit: \"{UNIT}\"\nlocality: \"Quận Ninh Kiều\"\n",
                match slug {
                    "tran-thi-mai" => "Chuyên viên",
                    "ly-van-hung" => "Phó Trưởng phòng",
                    _ => "Kế toán",
                }
            )),
            "{slug}: {text}"
        );
        assert!(
            text.contains("  - title: \"Giấy khen của Chủ tịch Ủy ban nhân dân quận\"\n    decision: \"321/QĐ-UBND\"\n    date: 2024-03-08\n"),
            "{slug}: {text}"
        );
    }
    let team = read(dir.path(), "content/exemplars/to-van-phong.md");
    assert!(
        team.contains("subject: collective\nunit: \"Phòng Giáo dục và Đào tạo quận Ninh Kiều\"\n"),
        "{team}"
    );
    check_passes(dir.path());
    // A later list with the same people (unit on every row) finds them: no `-2` files.
    let csv = dir.path().join("lan-2.csv");
    std::fs::write(
        &csv,
        format!("Họ và tên,Đơn vị,Địa phương,Hình thức khen thưởng,Ngày quyết định\nLý Văn Hùng,{UNIT},Quận Ninh Kiều,Chiến sĩ thi đua cơ sở,01/12/2024\n"),
    )
    .unwrap();
    let out = import("en", dir.path(), "lan-2.csv", &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("update content/exemplars/ly-van-hung.md: 1 award added (row 2)"),
        "{}",
        stdout(&out)
    );
    assert!(
        !dir.path()
            .join("content/exemplars/ly-van-hung-2.md")
            .exists()
    );
}

/// Trần Văn Ba is on the site in the Phòng Giáo dục và Đào tạo quận Ninh Kiều.
fn site_with_ba() -> tempfile::TempDir {
    let dir = crate::support::site_on_disk();
    std::fs::write(
        dir.path().join("content/exemplars/tran-van-ba.md"),
        format!("---\ntitle: Trần Văn Ba\nsubject: person\nunit: {UNIT}\nlocality: Quận Ninh Kiều\nawards:\n  - title: Chiến sĩ thi đua cơ sở\n    date: 2022\n---\n"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("ba.csv"),
        "Họ và tên,Đơn vị,Địa phương,Hình thức khen thưởng,Số quyết định,Ngày quyết định\n\
         Trần Văn Ba,Phòng GD&ĐT Q. Ninh Kiều,Quận Ninh Kiều,Giấy khen của Chủ tịch UBND quận,88/QĐ-UBND,15/05/2024\n\
         Võ Văn Chín,Trường THCS Ninh Kiều,Quận Ninh Kiều,Giấy khen của Chủ tịch UBND quận,88/QĐ-UBND,15/05/2024\n",
    )
    .unwrap();
    dir
}

#[test]
fn a_probable_match_stops_the_import_until_the_editor_decides() {
    let dir = site_with_ba();
    let before = snapshot(dir.path());
    for extra in [&["--dry-run"][..], &[]] {
        let out = import("en", dir.path(), "ba.csv", extra);
        assert_eq!(out.status.code(), Some(1), "{extra:?}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(
            err.contains("ba.csv: error[T0610]: cell A2 (column “Họ và tên”): “Trần Văn Ba” (unit “Phòng GD&ĐT Q. Ninh Kiều”) is probably the one already in content/exemplars/tran-van-ba.md (unit “Phòng Giáo dục và Đào tạo quận Ninh Kiều”)"),
            "{err}"
        );
        assert!(
            err.contains("--merge-similar to add the award to content/exemplars/tran-van-ba.md; if not, run again with --create-similar to create content/exemplars/tran-van-ba-2.md"),
            "{err}"
        );
        assert!(err.contains("Nothing was imported"), "{err}");
        assert_eq!(stdout(&out), "", "no plan is shown");
        assert_eq!(snapshot(dir.path()), before, "nothing written");
    }

    let out = import("en", dir.path(), "ba.csv", &["--merge-similar"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("update content/exemplars/tran-van-ba.md (same person, unit spelled differently): 1 award added (row 2)"), "{}", stdout(&out));
    assert!(stdout(&out).contains("create content/exemplars/vo-van-chin.md (row 3)"));
    let ba = read(dir.path(), "content/exemplars/tran-van-ba.md");
    assert!(
        ba.contains(&format!("unit: {UNIT}\n")) && ba.contains("    date: 2022\n  - title: \"Giấy khen của Chủ tịch UBND quận\"\n    decision: \"88/QĐ-UBND\"\n    date: 2024-05-15\n"),
        "{ba}"
    );
    assert!(
        !dir.path()
            .join("content/exemplars/tran-van-ba-2.md")
            .exists()
    );
    check_passes(dir.path());

    let dir = site_with_ba();
    let out = import("en", dir.path(), "ba.csv", &["--create-similar"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("create content/exemplars/tran-van-ba-2.md (row 2)"));
    let ba2 = read(dir.path(), "content/exemplars/tran-van-ba-2.md");
    assert!(ba2.contains("unit: \"Phòng GD&ĐT Q. Ninh Kiều\""), "{ba2}");
    assert!(!read(dir.path(), "content/exemplars/tran-van-ba.md").contains("88/QĐ-UBND"));

    let out = import(
        "en",
        dir.path(),
        "ba.csv",
        &["--merge-similar", "--create-similar"],
    );
    assert_eq!(
        out.status.code(),
        Some(2),
        "the two decisions exclude each other"
    );
}

#[test]
fn the_same_award_under_another_decision_number_is_not_added_twice() {
    let dir = crate::support::site_on_disk();
    let an = "content/exemplars/nguyen-van-an.md";
    let before = read(dir.path(), an);
    // Nguyễn Văn An has “Bằng khen của Chủ tịch Ủy ban nhân dân thành phố”,
    // 1234/QĐ-UBND of 09/06/2023; this list spells it with UBND and another number.
    std::fs::write(
        dir.path().join("lan-2.csv"),
        "Họ và tên,Địa phương,Hình thức khen thưởng,Số quyết định,Ngày quyết định\n\
         Nguyễn Văn An,\"Phường An Hòa, Quận Ninh Kiều\",Bằng khen của Chủ tịch UBND thành phố,1243/QĐ-UBND,09/06/2023\n\
         Lê Văn Tư,Xã Mỹ Khánh,Giấy khen,10/QĐ,01/02/2024\n\
         Lê Văn Tư,Xã Mỹ Khánh,giấy khen,11/QĐ,01/02/2024\n\
         Lê Văn Tư,Xã Mỹ Khánh,Giấy khen,12/QĐ,01/03/2024\n",
    )
    .unwrap();
    let out = import("en", dir.path(), "lan-2.csv", &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("lan-2.csv: warning[T0611]: cell C2 (column “Hình thức khen thưởng”): the award “Bằng khen của Chủ tịch UBND thành phố” of 09/6/2023 (decision 1243/QĐ-UBND) is already in content/exemplars/nguyen-van-an.md (“Bằng khen của Chủ tịch Ủy ban nhân dân thành phố” of 09/6/2023, decision 1234/QĐ-UBND); not added again"),
        "{err}"
    );
    assert!(
        err.contains("lan-2.csv: warning[T0611]: cell C4 (column “Hình thức khen thưởng”): the award “giấy khen” of 01/02/2024 (decision 11/QĐ) is already in row 3 (decision 10/QĐ); it is added once"),
        "{err}"
    );
    assert!(
        stdout(&out).contains(
            "unchanged content/exemplars/nguyen-van-an.md: already has these awards (row 2)"
        ),
        "{}",
        stdout(&out)
    );
    assert_eq!(read(dir.path(), an), before);
    let tu = read(dir.path(), "content/exemplars/le-van-tu.md");
    assert_eq!(tu.matches("- title:").count(), 2, "{tu}");
    assert!(tu.contains("decision: \"10/QĐ\"") && tu.contains("decision: \"12/QĐ\""));
    // The same list again: nothing changes, and the warning is said again.
    let snap = snapshot(dir.path());
    let again = import("en", dir.path(), "lan-2.csv", &[]);
    assert!(again.status.success());
    assert!(stderr(&again).contains("warning[T0611]"));
    assert_eq!(snapshot(dir.path()), snap);
}

#[test]
fn problems_name_the_cell_as_a_spreadsheet_does() {
    let dir = crate::support::site_on_disk();
    let list = dir.path().join("loi.xlsx");
    {
        use rust_xlsxwriter::{Format, Workbook};
        let mut wb = Workbook::new();
        let ws = wb.add_worksheet();
        for (c, h) in [
            "STT",
            "Họ và tên",
            "Đơn vị",
            "Địa phương",
            "Ghi chú",
            "Hình thức khen thưởng",
        ]
        .iter()
        .enumerate()
        {
            ws.write_string(8, c as u16, *h).unwrap();
        }
        ws.write_string(9, 1, "Ngô Văn Mười").unwrap();
        ws.write_string(9, 3, "Xã Mỹ Khánh").unwrap();
        // An award merged over rows 11–12 only: row 10's award is empty.
        ws.write_string(10, 1, "Ngô Thị Một").unwrap();
        ws.write_string(10, 3, "Xã Mỹ Khánh").unwrap();
        ws.write_string(11, 1, "Ngô Văn Hai").unwrap();
        ws.write_string(11, 3, "Xã Mỹ Khánh").unwrap();
        ws.merge_range(10, 5, 11, 5, "Giấy khen", &Format::new())
            .unwrap();
        wb.save(&list).unwrap();
    }
    let out = import("en", dir.path(), "loi.xlsx", &[]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.starts_with("loi.xlsx: error[T0602]: cell F10 (column “Hình thức khen thưởng”): no award (the cell is empty)\n"),
        "{err}"
    );
    assert_eq!(
        err.matches("error[").count(),
        1,
        "rows 11 and 12 have the merged award: {err}"
    );

    // Columns after Z: AA, AB…
    let mut header: Vec<String> = vec!["Họ và tên".into(), "Địa phương".into(), "Danh hiệu".into()];
    header.extend((header.len()..27).map(|i| format!("Ghi chú {i}")));
    header.push("Ngày quyết định".into());
    let mut row: Vec<String> = vec![
        "Ngô Văn Ba".into(),
        "Xã Mỹ Khánh".into(),
        "Giấy khen".into(),
    ];
    row.extend((row.len()..27).map(|_| String::new()));
    row.push("32/13/2024".into());
    std::fs::write(
        dir.path().join("rong.csv"),
        format!("{}\n{}\n", header.join(","), row.join(",")),
    )
    .unwrap();
    let out = import("en", dir.path(), "rong.csv", &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("rong.csv: error[T0604]: cell AB2 (column “Ngày quyết định”): “32/13/2024” is not a date"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_missing_file_is_one_plain_line() {
    let dir = crate::support::site_on_disk();
    let out = import("vi", dir.path(), "danh-sach.xlsx", &[]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("lỗi: không tìm thấy tệp danh-sach.xlsx. Hãy kiểm tra lại tên tệp"),
        "{err}"
    );
    let out = import("en", dir.path(), "danh-sach.xlsx", &[]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stderr(&out).lines().count(), 1);
    assert!(stderr(&out).starts_with("error: file danh-sach.xlsx not found. Check the file name"));
}

fn copy_fixture(dir: &Path, name: &str) {
    std::fs::copy(
        crate::support::repo()
            .join("tests/fixtures/import")
            .join(name),
        dir.join(name),
    )
    .unwrap();
}

#[test]
fn row_problems_in_vietnamese_and_english() {
    let dir = crate::support::site_on_disk();
    copy_fixture(dir.path(), "loi.csv");
    for lang in ["vi", "en"] {
        let out = import(lang, dir.path(), "loi.csv", &[]);
        assert_eq!(out.status.code(), Some(1));
        insta::assert_snapshot!(format!("row_problems_{lang}"), stderr(&out));
    }
}

#[test]
fn probable_matches_and_repeated_awards_in_vietnamese_and_english() {
    let dir = site_with_ba();
    std::fs::write(
        dir.path().join("lap.csv"),
        "Họ và tên,Địa phương,Hình thức khen thưởng,Số quyết định,Ngày quyết định\n\
         Lê Văn Tư,Xã Mỹ Khánh,Giấy khen,10/QĐ,01/02/2024\n\
         Lê Văn Tư,Xã Mỹ Khánh,Giấy khen,11/QĐ,01/02/2024\n",
    )
    .unwrap();
    for lang in ["vi", "en"] {
        let out = import(lang, dir.path(), "ba.csv", &["--dry-run"]);
        assert_eq!(out.status.code(), Some(1));
        insta::assert_snapshot!(format!("probable_match_{lang}"), stderr(&out));
        let out = import(lang, dir.path(), "lap.csv", &["--dry-run"]);
        assert!(out.status.success());
        insta::assert_snapshot!(
            format!("repeated_award_dry_run_{lang}"),
            format!("{}{}", stderr(&out), stdout(&out))
        );
    }
}

#[test]
fn a_wrong_map_is_a_usage_error_in_the_editors_language() {
    let dir = crate::support::site_on_disk();
    copy_fixture(dir.path(), "danh-sach.csv");
    let out = import("vi", dir.path(), "danh-sach.csv", &["--map", "Khen=prize"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out)
            .starts_with("lỗi: --map: “prize” không phải là khóa của cột; dùng một trong: title,"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn text_in_a_column_without_a_header_is_reported_not_dropped() {
    let dir = crate::support::site_on_disk();
    std::fs::write(
        dir.path().join("cot.csv"),
        "Họ và tên,Địa phương,,Hình thức khen thưởng\nNgô Văn Năm,Xã Mỹ Khánh,Giáo viên,Giấy khen\n",
    )
    .unwrap();
    let out = import("en", dir.path(), "cot.csv", &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("cot.csv: warning[T0612]: column C has no header (cell C1 is empty), so the text in C2 is not imported"),
        "{}",
        stderr(&out)
    );
    let out = import("vi", dir.path(), "cot.csv", &["--dry-run"]);
    assert!(
        stderr(&out).contains("cot.csv: cảnh báo[T0612]: cột C không có tiêu đề (ô C1 trống) nên chữ trong các ô C2 không được nhập"),
        "{}",
        stderr(&out)
    );
}

/// CRC-32 (IEEE) of `data`, for the .ods test's zip file.
fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A zip file of stored (uncompressed) entries: enough for an .ods file.
fn stored_zip(files: &[(&str, &[u8])]) -> Vec<u8> {
    let (time, date) = (0u16, ((2024 - 1980) << 9 | 1 << 5 | 1) as u16);
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, data) in files {
        let offset = out.len() as u32;
        let crc = crc32(data);
        let size = data.len() as u32;
        let mut common = Vec::new();
        for v in [20u16, 0, 0, time, date] {
            common.extend(v.to_le_bytes());
        }
        common.extend(crc.to_le_bytes());
        common.extend(size.to_le_bytes());
        common.extend(size.to_le_bytes());
        common.extend((name.len() as u16).to_le_bytes());
        common.extend(0u16.to_le_bytes());
        out.extend(0x0403_4b50u32.to_le_bytes());
        out.extend(&common);
        out.extend(name.as_bytes());
        out.extend(*data);
        central.extend(0x0201_4b50u32.to_le_bytes());
        central.extend(20u16.to_le_bytes());
        central.extend(&common);
        for v in [0u16, 0, 0] {
            central.extend(v.to_le_bytes());
        }
        central.extend(0u32.to_le_bytes());
        central.extend(offset.to_le_bytes());
        central.extend(name.as_bytes());
    }
    let at = out.len() as u32;
    out.extend(&central);
    out.extend(0x0605_4b50u32.to_le_bytes());
    for v in [0u16, 0, files.len() as u16, files.len() as u16] {
        out.extend(v.to_le_bytes());
    }
    out.extend((central.len() as u32).to_le_bytes());
    out.extend(at.to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out
}

fn ods_cell(text: &str, extra: &str) -> String {
    format!(
        "<table:table-cell office:value-type=\"string\"{extra}><text:p>{text}</text:p></table:table-cell>"
    )
}

/// Merged cells of an .ods sheet are read as the value of their range, as
/// in .xlsx: the unit merged over three rows is the unit of all three, and
/// no note says merged cells cannot be seen. The list starts after empty
/// rows and ends, as LibreOffice writes it, with an empty row repeated a
/// million times.
#[test]
fn ods_merged_cells_are_read_as_their_value() {
    let dir = crate::support::site_on_disk();
    let row = |cells: Vec<String>| format!("<table:table-row>{}</table:table-row>", cells.concat());
    let person = |name: &str, unit: String| {
        row(vec![
            ods_cell(name, ""),
            unit,
            ods_cell("Quận Ninh Kiều", ""),
            ods_cell("Giấy khen", ""),
        ])
    };
    let rows = [
        "<table:table-row table:number-rows-repeated=\"2\">\
         <table:table-cell table:number-columns-repeated=\"4\"/></table:table-row>"
            .to_owned(),
        row(
            ["Họ và tên", "Đơn vị", "Địa phương", "Hình thức khen thưởng"]
                .iter()
                .map(|h| ods_cell(h, ""))
                .collect(),
        ),
        person(
            "Hồ Văn Một",
            ods_cell(
                UNIT,
                " table:number-rows-spanned=\"3\" table:number-columns-spanned=\"1\"",
            ),
        ),
        person("Hồ Văn Hai", "<table:covered-table-cell/>".to_owned()),
        person("Hồ Văn Ba", "<table:covered-table-cell/>".to_owned()),
        "<table:table-row table:number-rows-repeated=\"1048000\">\
         <table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>"
            .to_owned(),
    ];
    let content = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
         <office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
         xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" \
         xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">\
         <office:body><office:spreadsheet><table:table table:name=\"Danh sách\">{}</table:table>\
         </office:spreadsheet></office:body></office:document-content>",
        rows.concat()
    );
    let manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
        <manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">\
        <manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>\
        <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\
        </manifest:manifest>";
    let zip = stored_zip(&[
        (
            "mimetype",
            b"application/vnd.oasis.opendocument.spreadsheet",
        ),
        ("META-INF/manifest.xml", manifest.as_bytes()),
        ("content.xml", content.as_bytes()),
    ]);
    std::fs::write(dir.path().join("danh-sach.ods"), zip).unwrap();
    let out = import("vi", dir.path(), "danh-sach.ods", &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        !stderr(&out).contains("không nhận ra các ô gộp"),
        "{}",
        stderr(&out)
    );
    for slug in ["ho-van-mot", "ho-van-hai", "ho-van-ba"] {
        let entry = read(dir.path(), &format!("content/exemplars/{slug}.md"));
        assert!(
            entry.contains(&format!("unit: \"{UNIT}\"")),
            "{slug}: {entry}"
        );
    }
}
