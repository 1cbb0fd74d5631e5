//! Which column holds what: Vietnamese headers matched with or without
//! diacritics (compared after [`fold()`], punctuation ignored), their usual
//! synonyms, alternatives written as "Họ và tên/Tên tập thể", and `--map`
//! for anything else. The header row is the first of the first rows that
//! has a name column, so title lines above the table ("DANH SÁCH …") are
//! skipped.

use anyhow::{Result, bail};

use crate::i18n::{Localized, Message};
use crate::import::table::Table;
use crate::msg;
use crate::vietnamese::fold;

/// What a column holds: a front-matter key of the exemplar (or of its
/// award), the body, or nothing to import.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    Title,
    Subject,
    Category,
    Position,
    Unit,
    Locality,
    Award,
    Decision,
    Date,
    Authority,
    Fields,
    Body,
    Ignore,
}

impl Column {
    pub const ALL: [Column; 13] = [
        Column::Title,
        Column::Subject,
        Column::Category,
        Column::Position,
        Column::Unit,
        Column::Locality,
        Column::Award,
        Column::Decision,
        Column::Date,
        Column::Authority,
        Column::Fields,
        Column::Body,
        Column::Ignore,
    ];

    /// The name used with `--map`.
    pub fn key(self) -> &'static str {
        match self {
            Column::Title => "title",
            Column::Subject => "subject",
            Column::Category => "category",
            Column::Position => "position",
            Column::Unit => "unit",
            Column::Locality => "locality",
            Column::Award => "award",
            Column::Decision => "decision",
            Column::Date => "date",
            Column::Authority => "authority",
            Column::Fields => "fields",
            Column::Body => "body",
            Column::Ignore => "ignore",
        }
    }

    pub fn from_key(key: &str) -> Option<Column> {
        let key = key.trim().to_lowercase();
        Column::ALL.into_iter().find(|c| c.key() == key)
    }

    /// Headers that mean this column, folded and without punctuation.
    fn synonyms(self) -> &'static [&'static str] {
        match self {
            Column::Title => &[
                "ho va ten",
                "ho ten",
                "ten tap the",
                "ten ca nhan",
                "ten ca nhan tap the",
                "ho ten ca nhan",
            ],
            Column::Subject => &["doi tuong", "loai doi tuong", "doi tuong khen thuong"],
            Column::Category => &["loai dien hinh", "phan loai", "nhom dien hinh"],
            Column::Position => &["chuc vu", "chuc danh", "chuc vu chuc danh", "nghe nghiep"],
            Column::Unit => &[
                "don vi",
                "co quan don vi",
                "co quan",
                "don vi cong tac",
                "co quan don vi cong tac",
                "noi cong tac",
                "co quan cong tac",
            ],
            Column::Locality => &["dia phuong", "dia chi", "dia ban", "noi cu tru", "noi o"],
            Column::Award => &[
                "hinh thuc khen thuong",
                "danh hieu",
                "hinh thuc",
                "danh hieu thi dua",
                "khen thuong",
            ],
            Column::Decision => &[
                "so quyet dinh",
                "so qd",
                "quyet dinh",
                "so ky hieu",
                "so ky hieu quyet dinh",
            ],
            Column::Date => &[
                "ngay quyet dinh",
                "ngay qd",
                "ngay ky",
                "ngay ky quyet dinh",
                "ngay khen thuong",
                "ngay",
            ],
            Column::Authority => &["cap khen", "cap khen thuong", "co quan khen thuong"],
            Column::Fields => &["linh vuc", "linh vuc thi dua"],
            Column::Body => &[
                "thanh tich",
                "tom tat thanh tich",
                "thanh tich noi bat",
                "thanh tich tieu bieu",
            ],
            Column::Ignore => &["stt", "tt", "so tt", "so thu tu"],
        }
    }
}

/// `Header=key` pairs from `--map` (repeatable, comma separated; a header
/// may itself contain commas: "Cơ quan, đơn vị=unit").
pub fn parse_map(specs: &[String]) -> Result<Vec<(String, Column)>> {
    let mut out = Vec::new();
    for spec in specs {
        let mut pending = String::new();
        for piece in spec.split(',') {
            if !pending.is_empty() {
                pending.push(',');
            }
            pending.push_str(piece);
            let Some((header, key)) = pending.rsplit_once('=') else {
                continue;
            };
            let Some(column) = Column::from_key(key) else {
                let keys: Vec<&str> = Column::ALL.iter().map(|c| c.key()).collect();
                bail!(Localized(msg!(
                    "import-map-bad-key",
                    key = key.trim(),
                    keys = keys.join(", ")
                )));
            };
            if header.trim().is_empty() {
                bail!(Localized(msg!("import-map-no-header")));
            }
            out.push((header.trim().to_owned(), column));
            pending.clear();
        }
        if !pending.trim().is_empty() {
            bail!(Localized(msg!("import-map-no-key", spec = pending.trim())));
        }
    }
    Ok(out)
}

/// A header folded, punctuation turned into spaces, spaces collapsed.
pub fn normalise_header(header: &str) -> String {
    fold(header)
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The column a header means, if any.
pub fn match_header(header: &str, map: &[(String, Column)]) -> Option<Column> {
    let wanted = normalise_header(header);
    if wanted.is_empty() {
        return None;
    }
    if let Some((_, c)) = map.iter().find(|(h, _)| normalise_header(h) == wanted) {
        return Some(*c);
    }
    let by_synonym = |text: &str| {
        Column::ALL
            .into_iter()
            .find(|c| c.synonyms().contains(&text))
    };
    by_synonym(&wanted).or_else(|| {
        header
            .split(['/', '\n'])
            .map(normalise_header)
            .find_map(|part| by_synonym(&part))
    })
}

/// Where the table's header is and what each column holds.
#[derive(Debug, Clone)]
pub struct Layout {
    /// Index in [`Table::rows`] of the header row.
    pub header_index: usize,
    /// The header text of each column.
    pub headers: Vec<String>,
    /// What each column holds (`None`: not imported).
    pub columns: Vec<Option<Column>>,
    /// Columns left out, for the editor to know.
    pub notes: Vec<Message>,
}

impl Layout {
    /// The index of the column holding `c`.
    pub fn find(&self, c: Column) -> Option<usize> {
        self.columns.iter().position(|x| *x == Some(c))
    }

    pub fn header_of(&self, c: Column) -> Option<&str> {
        self.find(c).map(|i| self.headers[i].as_str())
    }
}

/// Every `--map` header must be in the header row.
fn check_map(map: &[(String, Column)], row: usize, headers: &[String]) -> Result<()> {
    for (wanted, _) in map {
        if !headers
            .iter()
            .any(|h| normalise_header(h) == normalise_header(wanted))
        {
            bail!(Localized(msg!(
                "import-map-no-column",
                header = wanted.as_str(),
                row = row,
                headers = headers.join(" | ")
            )));
        }
    }
    Ok(())
}

/// How many rows from the top may hold titles before the header.
const HEADER_SEARCH: usize = 20;

/// Find the header row and map its columns.
pub fn layout(table: &Table, map: &[(String, Column)]) -> Result<Layout> {
    let Some(header_index) = table
        .rows
        .iter()
        .take(HEADER_SEARCH)
        .position(|(_, cells)| {
            cells
                .iter()
                .any(|h| match_header(h, map) == Some(Column::Title))
        })
    else {
        let first = table
            .rows
            .iter()
            .find(|(_, cells)| cells.iter().any(|c| !c.is_empty()))
            .map(|(_, cells)| cells.join(" | "))
            .unwrap_or_default();
        bail!(Localized(msg!("import-no-name-column", first = first)));
    };
    let (row, headers) = &table.rows[header_index];
    let mut columns: Vec<Option<Column>> = Vec::with_capacity(headers.len());
    let mut notes = Vec::new();
    for header in headers {
        let column = match_header(header, map);
        match column {
            Some(c) if c != Column::Ignore && columns.contains(&Some(c)) => {
                notes.push(msg!(
                    "import-note-column-twice",
                    header = header,
                    key = c.key()
                ));
                columns.push(None);
            }
            None if !header.is_empty() => {
                notes.push(msg!("import-note-column-skipped", header = header));
                columns.push(None);
            }
            other => columns.push(other),
        }
    }
    check_map(map, *row, headers)?;
    Ok(Layout {
        header_index,
        headers: headers.clone(),
        columns,
        notes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(rows: &[&[&str]]) -> Table {
        Table::from_rows(
            rows.iter()
                .enumerate()
                .map(|(i, r)| (i + 1, r.iter().map(|s| s.to_string()).collect()))
                .collect(),
        )
    }

    #[test]
    fn headers_with_and_without_diacritics() {
        for (h, c) in [
            ("Họ và tên", Column::Title),
            ("HO VA TEN", Column::Title),
            ("Họ tên/Tên tập thể", Column::Title),
            ("Chức danh", Column::Position),
            ("Cơ quan, đơn vị", Column::Unit),
            ("Dia chi", Column::Locality),
            ("Hình thức khen thưởng", Column::Award),
            ("Số quyết định", Column::Decision),
            ("Ngày quyết định", Column::Date),
            ("Đối tượng", Column::Subject),
            ("Lĩnh vực", Column::Fields),
            ("Thành tích", Column::Body),
            ("STT", Column::Ignore),
        ] {
            assert_eq!(match_header(h, &[]), Some(c), "{h}");
        }
        assert_eq!(match_header("Ghi chú", &[]), None);
    }

    #[test]
    fn map_handles_commas_in_headers() {
        let map = parse_map(&["Cơ quan, đơn vị công tác=unit,Tên=title".into()]).unwrap();
        assert_eq!(
            map,
            vec![
                ("Cơ quan, đơn vị công tác".to_owned(), Column::Unit),
                ("Tên".to_owned(), Column::Title)
            ]
        );
        assert!(parse_map(&["Tên=titel".into()]).is_err());
        assert!(parse_map(&["Tên".into()]).is_err());
    }

    #[test]
    fn header_row_below_titles_and_notes() {
        let t = table(&[
            &["DANH SÁCH KHEN THƯỞNG", "", ""],
            &["STT", "Họ và tên", "Ghi chú", "Địa chỉ", "Địa phương"],
            &["1", "Nguyễn Văn An", "", "Xã A", "Xã B"],
        ]);
        let l = layout(&t, &[]).unwrap();
        assert_eq!(l.header_index, 1);
        assert_eq!(l.find(Column::Title), Some(1));
        assert_eq!(l.find(Column::Locality), Some(3));
        assert_eq!(l.notes.len(), 2, "{:?}", l.notes);
        let err = layout(&table(&[&["Tên", "Nơi"]]), &[]).unwrap_err();
        assert!(err.to_string().contains("--map"));
        let mapped = layout(
            &table(&[&["Tên", "Nơi"]]),
            &[
                ("Tên".into(), Column::Title),
                ("noi".into(), Column::Locality),
            ],
        )
        .unwrap();
        assert_eq!(mapped.find(Column::Locality), Some(1));
    }
}
