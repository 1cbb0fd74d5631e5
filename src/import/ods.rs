//! The merged ranges of an OpenDocument sheet (.ods), which calamine reads
//! but does not expose.
//!
//! An .ods file is a zip whose `content.xml` holds one `table:table` per
//! sheet (`table:name`), made of `table:table-row`s (each repeated
//! `table:number-rows-repeated` times) of `table:table-cell`s and
//! `table:covered-table-cell`s (each repeated
//! `table:number-columns-repeated` times). A merged range is written as
//! its top-left cell with `table:number-columns-spanned` /
//! `table:number-rows-spanned`; the other cells of the range are covered
//! cells. Rows and columns are counted here exactly as calamine counts
//! them for the sheet's range (0-based from the sheet's first row and
//! column, every repetition counted), so the ranges fit
//! [`super::table`]'s grid.
//!
//! The work is bounded by the sheet's used range: LibreOffice ends a sheet
//! with an empty row repeated a million times, and nothing after the last
//! used row or column is looked at.

use std::io::{BufRead, BufReader};
use std::path::Path;

use anyhow::{Result, bail};
use calamine::Dimensions;
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

const TABLE: &str = "table:table";
const ROW: &str = "table:table-row";
const CELL: &str = "table:table-cell";
const COVERED: &str = "table:covered-table-cell";

/// The merged ranges of sheet `sheet` of the .ods file at `path` whose
/// top-left cell is at or before `last` (the last row and column of the
/// sheet's used range, 0-based); their ends are cut at `last` too.
pub fn merged_ranges(path: &Path, sheet: &str, last: (u32, u32)) -> Result<Vec<Dimensions>> {
    let file = std::fs::File::open(path)?;
    let mut zip = zip::ZipArchive::new(BufReader::new(file))?;
    let content = zip.by_name("content.xml")?;
    spans(BufReader::new(content), sheet, last)
}

/// The merged ranges of sheet `sheet` in the text of a `content.xml`.
pub fn spans<R: BufRead>(xml: R, sheet: &str, last: (u32, u32)) -> Result<Vec<Dimensions>> {
    let mut reader = Reader::from_reader(xml);
    let config = reader.config_mut();
    // As calamine reads it: `<a/>` is `<a></a>`, end names unchecked.
    config.expand_empty_elements = true;
    config.check_end_names = false;
    let mut buf = Vec::new();
    loop {
        let found = match reader.read_event_into(&mut buf)? {
            Event::Start(e) if e.name().as_ref() == TABLE => {
                attr(&e, "table:name")?.as_deref() == Some(sheet)
            }
            Event::Eof => return Ok(Vec::new()),
            _ => false,
        };
        if found {
            return table_spans(&mut reader, last);
        }
        buf.clear();
    }
}

/// The ranges of the table whose start tag was just read.
fn table_spans<R: BufRead>(reader: &mut Reader<R>, last: (u32, u32)) -> Result<Vec<Dimensions>> {
    let mut out = Vec::new();
    let mut buf = Vec::new();
    // The sheet row of the next `table:table-row`.
    let mut row: u64 = 0;
    loop {
        match reader.read_event_into(&mut buf)? {
            Event::Start(e) if e.name().as_ref() == ROW => {
                if row > u64::from(last.0) {
                    break;
                }
                let repeats = number(&e, "table:number-rows-repeated")?.unwrap_or(1);
                // The rows this element stands for that are in the used range.
                let rows = row..(row + repeats).min(u64::from(last.0) + 1);
                row_spans(reader, rows, last, &mut out)?;
                row += repeats;
            }
            Event::End(e) if e.name().as_ref() == TABLE => break,
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(out)
}

/// The ranges whose top-left cell is in the row element whose start tag
/// was just read, repeated over `rows`; reads up to the row's end tag.
fn row_spans<R: BufRead>(
    reader: &mut Reader<R>,
    rows: std::ops::Range<u64>,
    last: (u32, u32),
    out: &mut Vec<Dimensions>,
) -> Result<()> {
    let mut buf = Vec::new();
    let mut skip = Vec::new();
    let mut col: u64 = 0;
    loop {
        match reader.read_event_into(&mut buf)? {
            Event::Start(e) if matches!(e.name().as_ref(), CELL | COVERED) => {
                let repeats = number(&e, "table:number-columns-repeated")?.unwrap_or(1);
                if e.name().as_ref() == CELL {
                    let across = number(&e, "table:number-columns-spanned")?.unwrap_or(1);
                    let down = number(&e, "table:number-rows-spanned")?.unwrap_or(1);
                    if across > 1 || down > 1 {
                        let cols = col..(col + repeats).min(u64::from(last.1) + 1);
                        for r in rows.clone() {
                            for c in cols.clone() {
                                out.push(Dimensions::new(
                                    (r as u32, c as u32),
                                    (end(r, down, last.0), end(c, across, last.1)),
                                ));
                            }
                        }
                    }
                }
                col += repeats;
                // The cell's text (and anything nested in it) is not needed.
                let name = e.name().as_ref().to_owned();
                reader.read_to_end_into(quick_xml::name::QName(&name), &mut skip)?;
                skip.clear();
            }
            Event::Start(e) => {
                let name = e.name().as_ref().to_owned();
                reader.read_to_end_into(quick_xml::name::QName(&name), &mut skip)?;
                skip.clear();
            }
            Event::End(e) if e.name().as_ref() == ROW => return Ok(()),
            Event::Eof => return Ok(()),
            _ => {}
        }
        buf.clear();
    }
}

/// The last row or column of a span of `len` from `start`, cut at `limit`.
fn end(start: u64, len: u64, limit: u32) -> u32 {
    (start + len.max(1) - 1).min(u64::from(limit)) as u32
}

/// An attribute's value, with `&amp;` and the like replaced.
fn attr(e: &BytesStart<'_>, name: &str) -> Result<Option<String>> {
    match e.try_get_attribute(name)? {
        Some(a) => Ok(Some(quick_xml::escape::unescape(&a.value)?.into_owned())),
        None => Ok(None),
    }
}

/// A count attribute (`table:number-…`). Counts are capped far above any
/// sheet's size so that adding them up cannot overflow.
fn number(e: &BytesStart<'_>, name: &str) -> Result<Option<u64>> {
    let Some(value) = attr(e, name)? else {
        return Ok(None);
    };
    match value.trim().parse::<u64>() {
        Ok(n) => Ok(Some(n.min(u64::from(u32::MAX)))),
        Err(_) => bail!("{name}=\"{value}\" is not a number"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dims(start: (u32, u32), end: (u32, u32)) -> Dimensions {
        Dimensions::new(start, end)
    }

    fn sheet(name: &str, rows: &str) -> String {
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
             <office:document-content xmlns:office=\"o\" xmlns:table=\"t\" xmlns:text=\"x\">\
             <office:body><office:spreadsheet>\
             <table:table table:name=\"Khác\"><table:table-row>\
             <table:table-cell table:number-columns-spanned=\"2\"/><table:covered-table-cell/>\
             </table:table-row></table:table>\
             <table:table table:name=\"{name}\">\
             <table:table-column table:number-columns-repeated=\"5\"/>{rows}</table:table>\
             </office:spreadsheet></office:body></office:document-content>"
        )
    }

    #[test]
    fn spans_are_placed_after_repeated_rows_and_columns() {
        let rows = "\
            <table:table-row table:number-rows-repeated=\"3\">\
              <table:table-cell table:number-columns-repeated=\"4\"/></table:table-row>\
            <table:table-row>\
              <table:table-cell table:number-columns-repeated=\"2\"/>\
              <table:table-cell office:value-type=\"string\" table:number-columns-spanned=\"2\" \
                 table:number-rows-spanned=\"3\"><text:p>Phòng A</text:p></table:table-cell>\
              <table:covered-table-cell/>\
              <table:table-cell><text:p>x</text:p></table:table-cell>\
            </table:table-row>\
            <table:table-row table:number-rows-repeated=\"2\">\
              <table:table-cell table:number-columns-repeated=\"2\"/>\
              <table:covered-table-cell table:number-columns-repeated=\"2\"/>\
              <table:table-cell table:number-columns-spanned=\"1\" table:number-rows-spanned=\"1\"/>\
            </table:table-row>\
            <table:table-row>\
              <table:table-cell table:number-columns-spanned=\"5\"><text:p>Tổng</text:p></table:table-cell>\
              <table:covered-table-cell table:number-columns-repeated=\"4\"/>\
            </table:table-row>\
            <table:table-row table:number-rows-repeated=\"1048000\">\
              <table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>";
        let xml = sheet("Danh sách &amp; khen", rows);
        let found = spans(xml.as_bytes(), "Danh sách & khen", (7, 4)).unwrap();
        assert_eq!(found, [dims((3, 2), (5, 3)), dims((6, 0), (6, 4))]);
        // A range reaching past the used range is cut at its end.
        let found = spans(xml.as_bytes(), "Danh sách & khen", (4, 2)).unwrap();
        assert_eq!(found, [dims((3, 2), (4, 2))]);
        // Nothing past the used range is looked at.
        let found = spans(xml.as_bytes(), "Danh sách & khen", (2, 4)).unwrap();
        assert_eq!(found, []);
        let found = spans(xml.as_bytes(), "Khác", (0, 1)).unwrap();
        assert_eq!(found, [dims((0, 0), (0, 1))]);
        assert_eq!(spans(xml.as_bytes(), "Danh sách", (7, 4)).unwrap(), []);
    }

    #[test]
    fn repeated_rows_and_cells_with_spans_are_each_a_range() {
        let rows = "\
            <table:table-row table:number-rows-repeated=\"1000000\">\
              <table:table-cell table:number-columns-repeated=\"100000\" \
                 table:number-columns-spanned=\"2\"/>\
            </table:table-row>";
        let found = spans(sheet("S", rows).as_bytes(), "S", (1, 2)).unwrap();
        assert_eq!(
            found,
            [
                dims((0, 0), (0, 1)),
                dims((0, 1), (0, 2)),
                dims((0, 2), (0, 2)),
                dims((1, 0), (1, 1)),
                dims((1, 1), (1, 2)),
                dims((1, 2), (1, 2)),
            ]
        );
    }

    /// Written with zip and read with calamine: the ranges land on the
    /// cells calamine reads, in a sheet whose used range starts at B4.
    #[test]
    fn merged_cells_of_an_ods_file_get_their_value() {
        use std::io::Write;
        let cell = |text: &str, extra: &str| {
            format!(
                "<table:table-cell office:value-type=\"string\"{extra}>\
                 <text:p>{text}</text:p></table:table-cell>"
            )
        };
        let rows = format!(
            "<table:table-row table:number-rows-repeated=\"3\">\
               <table:table-cell table:number-columns-repeated=\"4\"/></table:table-row>\
             <table:table-row><table:table-cell/>{}{}</table:table-row>\
             <table:table-row><table:table-cell/>{}{}</table:table-row>\
             <table:table-row table:number-rows-repeated=\"2\">\
               <table:table-cell/>{}\
               <table:covered-table-cell/></table:table-row>\
             <table:table-row table:number-rows-repeated=\"1048000\">\
               <table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>",
            cell("Họ và tên", ""),
            cell("Đơn vị", ""),
            cell("An", ""),
            cell("Phòng A", " table:number-rows-spanned=\"3\""),
            cell("Bình", ""),
        );
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ds.ods");
        let mut zip = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
        let stored = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        zip.start_file("mimetype", stored).unwrap();
        zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
            .unwrap();
        let deflated = zip::write::SimpleFileOptions::default();
        zip.start_file("META-INF/manifest.xml", deflated).unwrap();
        zip.write_all(
            b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
              <manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">\
              <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\
              </manifest:manifest>",
        )
        .unwrap();
        zip.start_file("content.xml", deflated).unwrap();
        zip.write_all(sheet("DS", &rows).as_bytes()).unwrap();
        zip.finish().unwrap();
        let opts = super::super::table::ReadOptions {
            sheet: Some("ds".to_owned()),
            ..Default::default()
        };
        let table = super::super::table::read(&path, &opts).unwrap();
        let row = |n: usize, cells: &[&str]| (n, cells.iter().map(|s| s.to_string()).collect());
        assert_eq!(
            table.rows,
            [
                row(4, &["", "Họ và tên", "Đơn vị"]),
                row(5, &["", "An", "Phòng A"]),
                row(6, &["", "Bình", "Phòng A"]),
                row(7, &["", "Bình", "Phòng A"]),
            ]
        );
        assert!(!table.merges_unknown);
        assert_eq!(
            table.merges,
            [super::super::table::Merge {
                rows: (5, 7),
                cols: (2, 2)
            }]
        );
    }

    #[test]
    fn malformed_content_is_an_error_not_a_panic() {
        let bad = sheet(
            "S",
            "<table:table-row table:number-rows-repeated=\"nhiều\"></table:table-row>",
        );
        assert!(spans(bad.as_bytes(), "S", (3, 3)).is_err());
        let bad = sheet(
            "S",
            "<table:table-row><table:table-cell table:number-rows-spanned=\"-2\"/></table:table-row>",
        );
        assert!(spans(bad.as_bytes(), "S", (3, 3)).is_err());
        let truncated = "<table:table table:name=\"S\"><table:table-row><table:table-cell \
                         table:number-rows-spanned=\"2\"><text:p>a";
        assert!(spans(truncated.as_bytes(), "S", (3, 3)).is_err());
    }
}
