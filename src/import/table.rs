//! Reading an honour list into rows of text cells: CSV (UTF-8 with or
//! without BOM, UTF-16 with BOM, `,` `;` or tab separated — Excel on
//! Vietnamese Windows writes `;`) with the `csv` crate, and spreadsheets
//! (.xlsx, .xlsm, .xls, .ods) with `calamine`. Cells are trimmed, NBSP made
//! spaces, runs of spaces collapsed and the text put in NFC.

use std::path::Path;

use anyhow::{Context, Result, bail};
use calamine::{Data, Reader};

use crate::model::read::clean_text;
use crate::vietnamese::nfc;

/// The rows of one sheet, each with its row number as the editor sees it
/// (1-based; in a spreadsheet the row header, in a CSV file the line).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Table {
    pub rows: Vec<(usize, Vec<String>)>,
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
pub fn read(path: &Path, opts: &ReadOptions) -> Result<Table> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "csv" | "txt" | "tsv" => {
            let bytes =
                std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
            let text = decode(&bytes, opts.encoding.as_deref())
                .with_context(|| format!("reading {}", path.display()))?;
            parse_csv(&text).with_context(|| format!("reading {}", path.display()))
        }
        "xlsx" | "xlsm" | "xls" | "xlsb" | "ods" => read_sheet(path, opts.sheet.as_deref()),
        _ => bail!(
            "{}: import reads .csv and .xlsx (also .xls, .ods) files",
            path.display()
        ),
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
                bail!("`{label}` is not an encoding name (e.g. windows-1258, windows-1252, utf-8)");
            };
            let (text, malformed) = enc.decode_without_bom_handling(bytes);
            if malformed {
                bail!("this file is not valid {}", enc.name());
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
            bail!(
                "the file is not UTF-8 text (first bad character on line {line}). In Excel, save it with File › Save As › “CSV UTF-8 (Comma delimited) (*.csv)”; or, if it was saved as plain “CSV” by Excel on Vietnamese Windows, pass --encoding windows-1258"
            )
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
        let record = record.context("the file is not valid CSV")?;
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
        .with_context(|| format!("opening {} as a spreadsheet", path.display()))?;
    let names = workbook.sheet_names();
    let name = match sheet {
        Some(wanted) => names
            .iter()
            .find(|n| crate::vietnamese::fold_eq(n, wanted))
            .cloned()
            .with_context(|| {
                format!(
                    "{} has no sheet “{wanted}”; its sheets are: {}",
                    path.display(),
                    names.join(", ")
                )
            })?,
        None => names
            .first()
            .cloned()
            .with_context(|| format!("{} has no sheet", path.display()))?,
    };
    let range = workbook
        .worksheet_range(&name)
        .with_context(|| format!("reading sheet “{name}” of {}", path.display()))?;
    let (first_row, first_col) = range.start().unwrap_or((0, 0));
    let mut table = Table::default();
    for (i, row) in range.rows().enumerate() {
        let mut cells = vec![String::new(); first_col as usize];
        cells.extend(row.iter().map(|c| clean_cell(&cell_text(c))));
        table.rows.push((first_row as usize + i + 1, cells));
    }
    Ok(table)
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
    fn cells_are_cleaned() {
        assert_eq!(
            clean_cell("  Nguye\u{0302}\u{0303}n\u{A0}\u{A0}Văn  "),
            "Nguyễn Văn"
        );
        assert_eq!(cell_text(&Data::Float(1234.0)), "1234");
        assert_eq!(cell_text(&Data::Float(7.5)), "7.5");
    }
}
