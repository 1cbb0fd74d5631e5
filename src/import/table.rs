//! Reading an honour list into rows of text cells: CSV (UTF-8 with or
//! without BOM, UTF-16 with BOM, `,` `;` or tab separated — Excel on
//! Vietnamese Windows writes `;`) with the `csv` crate, and spreadsheets
//! (.xlsx, .xlsm, .xls, .ods) with `calamine`. Cells are trimmed, NBSP made
//! spaces, runs of spaces collapsed and the text put in NFC.
//!
//! Merged cells of .xlsx, .xls and .ods sheets are read as the value of
//! their merged range: every cell of the range gets the text of its
//! top-left cell, so a unit merged over ten rows is the unit of all ten.
//! calamine gives the merged ranges of .xlsx and .xls sheets; those of an
//! .ods sheet are read from its `content.xml` by [`super::ods`]. calamine
//! does not tell which cells of an .xlsb sheet are merged; such a file gets
//! a note asking to check them (see [`Table::merges_unknown`]).

use std::path::Path;

use anyhow::{Context, Result, anyhow, bail};
use calamine::{Data, Dimensions, Reader, Sheets};

use crate::i18n::Localized;
use crate::model::read::clean_text;
use crate::msg;
use crate::vietnamese::nfc;

/// The rows of one sheet, each with its row number as the editor sees it
/// (1-based; in a spreadsheet the row header, in a CSV file the line).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Table {
    pub rows: Vec<(usize, Vec<String>)>,
    /// The merged ranges of the sheet, already filled in.
    pub merges: Vec<Merge>,
    /// The sheet may have merged cells that could not be seen (.xlsb).
    pub merges_unknown: bool,
}

/// A merged range: rows as the editor sees them (1-based), columns 0-based,
/// both inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Merge {
    pub rows: (usize, usize),
    pub cols: (usize, usize),
}

impl Merge {
    pub fn contains(&self, row: usize, col: usize) -> bool {
        (self.rows.0..=self.rows.1).contains(&row) && (self.cols.0..=self.cols.1).contains(&col)
    }
}

impl Table {
    /// A table of plain rows (no merges).
    pub fn from_rows(rows: Vec<(usize, Vec<String>)>) -> Table {
        Table {
            rows,
            ..Table::default()
        }
    }

    /// The merged range the cell belongs to, if any.
    pub fn merge_at(&self, row: usize, col: usize) -> Option<&Merge> {
        self.merges.iter().find(|m| m.contains(row, col))
    }
}

/// The letters of a column as a spreadsheet shows them: 0 → `A`, 25 → `Z`,
/// 26 → `AA`, 27 → `AB`, 701 → `ZZ`, 702 → `AAA`.
pub fn column_letters(index: usize) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

/// A cell's name: column letters and row number, `F10`.
pub fn cell_name(row: usize, col: usize) -> String {
    format!("{}{row}", column_letters(col))
}

/// How to read the file.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// Sheet of a workbook (default: the first one).
    pub sheet: Option<String>,
    /// Encoding of a CSV file that is not UTF-8, e.g. `windows-1258`.
    pub encoding: Option<String>,
}

/// Read `path` according to its extension.
/// A missing file is one plain sentence (with what to do), not a chain of
/// causes.
pub fn read(path: &Path, opts: &ReadOptions) -> Result<Table> {
    if !path.exists() {
        return Err(anyhow!(Localized(msg!(
            "import-file-not-found",
            path = path
        ))));
    }
    if path.is_dir() {
        return Err(anyhow!(Localized(msg!(
            "import-file-is-folder",
            path = path
        ))));
    }
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let reading = || Localized(msg!("import-reading", path = path));
    match ext.as_str() {
        "csv" | "txt" | "tsv" => {
            let bytes = std::fs::read(path).with_context(reading)?;
            let text = decode(&bytes, opts.encoding.as_deref()).with_context(reading)?;
            parse_csv(&text).with_context(reading)
        }
        "xlsx" | "xlsm" | "xls" | "xlsb" | "ods" => read_sheet(path, opts.sheet.as_deref()),
        _ => Err(anyhow!(Localized(msg!(
            "import-unsupported-file",
            path = path
        )))),
    }
}

/// Bytes of a CSV file to text.
pub fn decode(bytes: &[u8], encoding: Option<&str>) -> Result<String> {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return utf8(rest);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return Ok(encoding_rs::UTF_16LE
            .decode_without_bom_handling(rest)
            .0
            .into_owned());
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return Ok(encoding_rs::UTF_16BE
            .decode_without_bom_handling(rest)
            .0
            .into_owned());
    }
    match encoding {
        Some(label) => {
            let Some(enc) = encoding_rs::Encoding::for_label(label.trim().as_bytes()) else {
                bail!(Localized(msg!("import-unknown-encoding", label = label)));
            };
            let (text, malformed) = enc.decode_without_bom_handling(bytes);
            if malformed {
                bail!(Localized(msg!(
                    "import-not-in-encoding",
                    encoding = enc.name()
                )));
            }
            Ok(nfc(&text))
        }
        None => utf8(bytes),
    }
}

fn utf8(bytes: &[u8]) -> Result<String> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_owned()),
        Err(e) => {
            let line = bytes[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1;
            bail!(Localized(msg!("import-not-utf8", line = line)))
        }
    }
}

/// The separator used by most of the first lines: `,`, `;` or tab.
fn sniff_delimiter(text: &str) -> u8 {
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    for line in text.lines().filter(|l| !l.trim().is_empty()).take(20) {
        let mut quoted = false;
        for b in line.bytes() {
            if b == b'"' {
                quoted = !quoted;
            } else if !quoted && let Some(c) = counts.iter_mut().find(|(d, _)| *d == b) {
                c.1 += 1;
            }
        }
    }
    counts
        .iter()
        .max_by_key(|(d, n)| (*n, *d == b','))
        .map_or(b',', |(d, _)| *d)
}

/// Parse CSV text; row numbers are the lines where records start.
pub fn parse_csv(text: &str) -> Result<Table> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(sniff_delimiter(text))
        .from_reader(text.as_bytes());
    let mut table = Table::default();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line());
            anyhow!(Localized(msg!("import-invalid-csv", line = line)))
        })?;
        let line = record.position().map_or(table.rows.len() + 1, |p| {
            // The position may fall before the line end of the previous record.
            let bytes = text.as_bytes();
            let mut start = (p.byte() as usize).min(bytes.len());
            while matches!(bytes.get(start), Some(b'\r' | b'\n')) {
                start += 1;
            }
            bytes[..start].iter().filter(|&&b| b == b'\n').count() + 1
        });
        table
            .rows
            .push((line, record.iter().map(clean_cell).collect()));
    }
    Ok(table)
}

fn read_sheet(path: &Path, sheet: Option<&str>) -> Result<Table> {
    let mut workbook = calamine::open_workbook_auto(path)
        .with_context(|| Localized(msg!("import-open-spreadsheet", path = path)))?;
    let names = workbook.sheet_names();
    let name = match sheet {
        Some(wanted) => names
            .iter()
            .find(|n| crate::vietnamese::fold_eq(n, wanted))
            .cloned()
            .ok_or_else(|| {
                anyhow!(Localized(msg!(
                    "import-no-such-sheet",
                    path = path,
                    sheet = wanted,
                    sheets = names.join(", ")
                )))
            })?,
        None => names
            .first()
            .cloned()
            .ok_or_else(|| anyhow!(Localized(msg!("import-no-sheet", path = path))))?,
    };
    let range = workbook
        .worksheet_range(&name)
        .with_context(|| Localized(msg!("import-read-sheet", sheet = &name, path = path)))?;
    let (merges, merges_unknown) = match &mut workbook {
        Sheets::Xlsx(x) => (
            x.merge_cells_by_sheet_name(&name).unwrap_or_default(),
            false,
        ),
        Sheets::Xls(x) => (
            x.merge_cells_by_sheet_name(&name).unwrap_or_default(),
            false,
        ),
        // calamine reads the cells of an .ods sheet but not its merges.
        Sheets::Ods(_) => match range.end() {
            Some(last) => (
                super::ods::merged_ranges(path, &name, last).with_context(|| {
                    Localized(msg!("import-read-sheet", sheet = &name, path = path))
                })?,
                false,
            ),
            None => (Vec::new(), false),
        },
        Sheets::Xlsb(_) => (Vec::new(), true),
    };
    let (first_row, first_col) = range.start().unwrap_or((0, 0));
    let mut grid: Vec<Vec<String>> = range
        .rows()
        .map(|row| {
            let mut cells = vec![String::new(); first_col as usize];
            cells.extend(row.iter().map(|c| clean_cell(&cell_text(c))));
            cells
        })
        .collect();
    let merges = fill_merges(&mut grid, first_row as usize, &merges);
    let table = Table {
        rows: grid
            .into_iter()
            .enumerate()
            .map(|(i, cells)| (first_row as usize + i + 1, cells))
            .collect(),
        merges,
        merges_unknown,
    };
    Ok(table)
}

/// Give every cell of each merged range the text of its top-left cell.
/// `grid[i]` is sheet row `first_row + i` (0-based), columns from 0. The
/// ranges are returned in the table's numbering.
fn fill_merges(grid: &mut [Vec<String>], first_row: usize, merges: &[Dimensions]) -> Vec<Merge> {
    let mut out = Vec::new();
    for m in merges {
        let (r0, c0) = (m.start.0 as usize, m.start.1 as usize);
        let (r1, c1) = (m.end.0 as usize, m.end.1 as usize);
        if r1 < r0 || c1 < c0 || r1 < first_row {
            continue;
        }
        let value = r0
            .checked_sub(first_row)
            .and_then(|i| grid.get(i))
            .and_then(|row| row.get(c0))
            .cloned()
            .unwrap_or_default();
        // A range reaching below the last row read holds no data there.
        let last = (r1 - first_row).min(grid.len().saturating_sub(1));
        for i in r0.saturating_sub(first_row)..=last {
            let Some(row) = grid.get_mut(i) else { break };
            if row.len() <= c1 {
                row.resize(c1 + 1, String::new());
            }
            for cell in &mut row[c0..=c1] {
                cell.clone_from(&value);
            }
        }
        out.push(Merge {
            rows: (r0 + 1, r1 + 1),
            cols: (c0, c1),
        });
    }
    out
}

/// A spreadsheet cell as text: whole numbers without `.0`, dates as ISO.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => match d.as_datetime() {
            Some(dt) if dt.time() == chrono::NaiveTime::MIN => dt.format("%Y-%m-%d").to_string(),
            Some(dt) => dt.format("%Y-%m-%d %H:%M").to_string(),
            None => d.as_f64().to_string(),
        },
        Data::Error(_) | Data::Empty => String::new(),
    }
}

fn clean_cell(text: &str) -> String {
    nfc(&clean_text(&text.replace("\r\n", "\n").replace('\r', "\n")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_and_semicolons() {
        let bytes =
            "\u{FEFF}Họ và tên;Đơn vị\r\n\"Nguyễn Văn An\";\"UBND xã, phường\"\r\n".as_bytes();
        let table = parse_csv(&decode(bytes, None).unwrap()).unwrap();
        assert_eq!(
            table.rows,
            vec![
                (1, vec!["Họ và tên".to_owned(), "Đơn vị".to_owned()]),
                (
                    2,
                    vec!["Nguyễn Văn An".to_owned(), "UBND xã, phường".to_owned()]
                ),
            ]
        );
    }

    #[test]
    fn commas_win_ties_and_tabs_are_found() {
        assert_eq!(sniff_delimiter("a,b;c\n"), b',');
        assert_eq!(sniff_delimiter("a\tb\tc\n1\t2\t3\n"), b'\t');
        assert_eq!(sniff_delimiter("\"a;b\",c,d\n"), b',');
    }

    #[test]
    fn not_utf8_is_explained_and_windows_1258_can_be_asked_for() {
        // "Hà" in windows-1258: H, a, combining grave (0xCC).
        let bytes = b"H\x61\xCC,x\n";
        let err = decode(bytes, None).unwrap_err().to_string();
        assert!(err.contains("CSV UTF-8") && err.contains("line 1"), "{err}");
        assert_eq!(decode(bytes, Some("windows-1258")).unwrap(), "Hà,x\n");
        assert!(decode(bytes, Some("klingon")).is_err());
    }

    #[test]
    fn utf16_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "Tên\tx\n".encode_utf16() {
            bytes.extend(u.to_le_bytes());
        }
        assert_eq!(decode(&bytes, None).unwrap(), "Tên\tx\n");
    }

    #[test]
    fn column_letters_go_on_after_z() {
        let names: Vec<String> = [0, 5, 25, 26, 27, 51, 52, 701, 702]
            .into_iter()
            .map(column_letters)
            .collect();
        assert_eq!(names, ["A", "F", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
        assert_eq!(cell_name(10, 5), "F10");
    }

    #[test]
    fn merged_ranges_are_filled_with_their_top_left_value() {
        let row = |cells: &[&str]| cells.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        // Sheet rows 2..=5 (0-based), the first read row is 2.
        let mut grid = vec![
            row(&["An", "Phòng A", "x"]),
            row(&["Bình", "", ""]),
            row(&["Cúc", "", "y"]),
            row(&["Dũng"]),
        ];
        let merges = [
            Dimensions::new((2, 1), (4, 1)),
            // Reaches past the last row and column read.
            Dimensions::new((5, 0), (7, 3)),
        ];
        let filled = fill_merges(&mut grid, 2, &merges);
        assert_eq!(
            grid,
            [
                row(&["An", "Phòng A", "x"]),
                row(&["Bình", "Phòng A", ""]),
                row(&["Cúc", "Phòng A", "y"]),
                row(&["Dũng", "Dũng", "Dũng", "Dũng"]),
            ]
        );
        assert_eq!(
            filled,
            [
                Merge {
                    rows: (3, 5),
                    cols: (1, 1)
                },
                Merge {
                    rows: (6, 8),
                    cols: (0, 3)
                }
            ]
        );
    }

    #[test]
    fn cells_are_cleaned() {
        assert_eq!(
            clean_cell("  Nguye\u{0302}\u{0303}n\u{A0}\u{A0}Văn  "),
            "Nguyễn Văn"
        );
        assert_eq!(cell_text(&Data::Float(1234.0)), "1234");
        assert_eq!(cell_text(&Data::Float(7.5)), "7.5");
    }
}
