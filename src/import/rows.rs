//! From table rows to validated records: one exemplar with one award per
//! row, or a problem naming the row. Rows that are empty, or that only hold
//! a group heading ("I. CÁ NHÂN", "II. TẬP THỂ": it sets the subject of the
//! rows below) or a total ("Tổng cộng: 12 cá nhân"), are skipped.

use std::path::Path;

use crate::config::Config;
use crate::date::PartialDate;
use crate::diagnostic::{Diagnostic, Position};
use crate::i18n::Message;
use crate::import::columns::{Column, Layout, normalise_header};
use crate::import::similar::canonical;
use crate::import::table::{Table, cell_name};
use crate::model::exemplar::Subject;
use crate::msg;
use crate::progress::Counter;

/// Values used where a row leaves a cell empty (from the command line).
#[derive(Debug, Clone, Default)]
pub struct Defaults {
    pub subject: Option<Subject>,
    pub locality: Option<String>,
    pub award: Option<String>,
    pub decision: Option<String>,
    pub date: Option<PartialDate>,
    pub authority: Option<String>,
}

/// One award of a row.
#[derive(Debug, Clone, PartialEq)]
pub struct AwardRow {
    pub title: String,
    pub decision: Option<String>,
    pub date: Option<PartialDate>,
    pub authority: Option<String>,
}

impl AwardRow {
    /// The same award: the same title (folded, abbreviations written out)
    /// and the same date, whatever the decision number. When neither has a
    /// date, the decision number decides.
    pub fn same_award(
        &self,
        title: &str,
        decision: Option<&str>,
        date: Option<PartialDate>,
    ) -> bool {
        canonical(&self.title) == canonical(title)
            && match (self.date, date) {
                (Some(a), Some(b)) => a == b,
                (None, None) => self.decision.as_deref().map(key) == decision.map(key),
                _ => false,
            }
    }

    /// The same award with the same decision number too (a list imported
    /// again).
    pub fn same_as(&self, title: &str, decision: Option<&str>, date: Option<PartialDate>) -> bool {
        self.same_award(title, decision, date)
            && self.decision.as_deref().map(key) == decision.map(key)
    }
}

/// One valid row.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    pub row: usize,
    /// Where the row's name is: `B5`, with the column's header.
    pub at: Message,
    /// Where the row's award is.
    pub award_at: Message,
    pub title: String,
    pub subject: Subject,
    pub category: Option<String>,
    pub position: Option<String>,
    pub unit: Option<String>,
    pub locality: String,
    pub fields: Vec<String>,
    pub body: Option<String>,
    pub award: AwardRow,
}

/// Folded, spaces collapsed: how names and units are compared.
pub fn key(text: &str) -> String {
    crate::vietnamese::fold(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Where something is, for messages: the cell as the spreadsheet names it
/// (`F10`, also for CSV files) and its column's header.
pub fn at_cell(layout: &Layout, row: usize, col: usize) -> Message {
    match layout.headers.get(col).filter(|h| !h.is_empty()) {
        Some(header) => msg!(
            "import-at-cell",
            cell = cell_name(row, col),
            header = header.as_str()
        ),
        None => msg!("import-at-cell-no-header", cell = cell_name(row, col)),
    }
}

/// A problem at a cell. The position (row, column) orders the problems; it
/// is taken off before they are shown, since the message names the cell.
pub fn cell_problem(file: &Path, row: usize, col: usize, message: Message) -> Diagnostic {
    Diagnostic::error(file, Some(Position::new(row, col + 1)), message)
}

/// What a column holds, in words, for messages.
fn what(c: Column) -> Message {
    match c {
        Column::Title => msg!("import-what-name"),
        Column::Locality => msg!("import-what-locality"),
        _ => msg!("import-what-award"),
    }
}

/// Everything [`records`] reads from.
pub struct Source<'a> {
    pub file: &'a Path,
    pub table: &'a Table,
    pub layout: &'a Layout,
    pub defaults: &'a Defaults,
    pub config: &'a Config,
}

/// Problems that concern the whole table (a missing column without a default).
pub fn table_problems(src: &Source<'_>) -> Vec<Diagnostic> {
    let missing = |c: Column, default: bool, what: Message| {
        (src.layout.find(c).is_none() && !default).then(|| {
            Diagnostic::error(src.file, None, msg!("T0601-missing-column", what = what))
                .with_help(msg!("import-help-missing-column", key = c.key()))
        })
    };
    let d = src.defaults;
    [
        missing(
            Column::Locality,
            d.locality.is_some(),
            msg!("import-column-locality"),
        ),
        missing(
            Column::Award,
            d.award.is_some(),
            msg!("import-column-award"),
        ),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// What the data rows give: records, problems that stop the import, and
/// warnings (text in columns without a header, which is not imported).
#[derive(Debug, Default)]
pub struct Rows {
    pub records: Vec<Record>,
    pub problems: Vec<Diagnostic>,
    pub warnings: Vec<Diagnostic>,
}

/// Read every data row below the header.
pub fn records(src: &Source<'_>, counter: &Counter) -> Rows {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    // Column → cells with text in a column that has no header.
    let mut unnamed: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
    let mut heading: Option<Subject> = None;
    let data = &src.table.rows[src.layout.header_index + 1..];
    counter.add_total(data.len());
    let header_row = src.table.rows[src.layout.header_index].0;
    let title_col = src.layout.find(Column::Title);
    for (row, cells) in data {
        counter.advance(1);
        let reader = RowReader {
            src,
            row: *row,
            cells,
        };
        // A second header row whose name cell is merged with the header's
        // (a header two rows high) is part of the header.
        let continues_header = title_col
            .and_then(|c| src.table.merge_at(*row, c))
            .is_some_and(|m| m.rows.0 <= header_row);
        if continues_header {
            continue;
        }
        match reader.kind() {
            RowKind::Empty | RowKind::Total => continue,
            RowKind::Heading(s) => heading = Some(s),
            RowKind::Data => {
                for (i, cell) in cells.iter().enumerate() {
                    let named = src.layout.headers.get(i).is_some_and(|h| !h.is_empty());
                    if !named && !cell.is_empty() {
                        unnamed.entry(i).or_default().push(*row);
                    }
                }
                match reader.record(heading) {
                    Ok(r) => out.push(r),
                    Err(mut d) => problems.append(&mut d),
                }
            }
        }
    }
    let header_row = src.table.rows[src.layout.header_index].0;
    let warnings = unnamed
        .into_iter()
        .map(|(col, rows)| {
            let mut cells: Vec<String> = rows.iter().take(5).map(|r| cell_name(*r, col)).collect();
            if rows.len() > 5 {
                cells.push("…".to_owned());
            }
            let mut d = cell_problem(
                src.file,
                header_row,
                col,
                msg!(
                    "T0612-no-header",
                    column = crate::import::table::column_letters(col),
                    header = cell_name(header_row, col),
                    cells = cells.join(", ")
                ),
            )
            .with_help(msg!("import-help-no-header"));
            d.severity = crate::diagnostic::Severity::Warning;
            d
        })
        .collect();
    Rows {
        records: out,
        problems,
        warnings,
    }
}

enum RowKind {
    Empty,
    Heading(Subject),
    Total,
    Data,
}

struct RowReader<'a> {
    src: &'a Source<'a>,
    row: usize,
    cells: &'a [String],
}

impl RowReader<'_> {
    fn cell(&self, c: Column) -> Option<&str> {
        let i = self.src.layout.find(c)?;
        self.cells
            .get(i)
            .map(String::as_str)
            .filter(|s| !s.is_empty())
    }

    fn kind(&self) -> RowKind {
        let mut filled: Vec<&str> = self
            .cells
            .iter()
            .enumerate()
            .filter(|(i, c)| {
                !c.is_empty() && self.src.layout.columns.get(*i) != Some(&Some(Column::Ignore))
            })
            .map(|(_, c)| c.as_str())
            .collect();
        // A heading or total merged across the row is one text.
        filled.dedup();
        match filled.as_slice() {
            [] => RowKind::Empty,
            [only] => {
                let normalised = normalise_header(only);
                let text = strip_numbering(&normalised);
                if text.starts_with("tong cong") || text.starts_with("tong so") {
                    RowKind::Total
                } else if let Some(s) = subject_heading(text) {
                    RowKind::Heading(s)
                } else {
                    RowKind::Data
                }
            }
            _ => RowKind::Data,
        }
    }

    /// The column index of `c` (the name column when `c` has none).
    fn col(&self, c: Column) -> usize {
        self.src
            .layout
            .find(c)
            .or_else(|| self.src.layout.find(Column::Title))
            .unwrap_or(0)
    }

    fn at(&self, c: Column) -> Message {
        at_cell(self.src.layout, self.row, self.col(c))
    }

    fn problem(&self, column: Column, message: Message, help: Option<Message>) -> Diagnostic {
        let d = cell_problem(self.src.file, self.row, self.col(column), message);
        match help {
            Some(h) => d.with_help(h),
            None => d,
        }
    }

    /// The cell, or else the default from the command line.
    fn value(&self, c: Column, default: &Option<String>) -> Option<String> {
        self.cell(c).map(str::to_owned).or_else(|| default.clone())
    }

    /// A value the entry needs: a problem if its column is there but empty
    /// (a missing column is reported once, by [`table_problems`]).
    fn needed(
        &self,
        c: Column,
        default: &Option<String>,
        problems: &mut Vec<Diagnostic>,
    ) -> Option<String> {
        let value = self.value(c, default);
        if value.is_none() && self.src.layout.find(c).is_some() {
            let help = match c {
                Column::Title => msg!("import-help-empty-name"),
                _ => msg!("import-help-empty-cell", flag = c.key()),
            };
            let message = msg!("T0602-empty-cell", at = self.at(c), what = what(c));
            problems.push(self.problem(c, message, Some(help)));
        }
        value
    }

    fn record(&self, heading: Option<Subject>) -> Result<Record, Vec<Diagnostic>> {
        let d = self.src.defaults;
        let mut problems = Vec::new();
        let title = self.needed(Column::Title, &None, &mut problems);
        let locality = self.needed(Column::Locality, &d.locality, &mut problems);
        let award = self.needed(Column::Award, &d.award, &mut problems);
        let subject = self.subject(heading).map_err(|p| problems.push(*p)).ok();
        let date = self.date().map_err(|p| problems.push(*p)).ok().flatten();
        let fields = self
            .fields()
            .map_err(|mut p| problems.append(&mut p))
            .unwrap_or_default();
        let (Some(title), Some(locality), Some(award), Some(subject), true) =
            (title, locality, award, subject, problems.is_empty())
        else {
            return Err(problems);
        };
        Ok(Record {
            row: self.row,
            at: self.at(Column::Title),
            award_at: self.at(Column::Award),
            title,
            subject,
            category: self.cell(Column::Category).map(str::to_owned),
            position: self.cell(Column::Position).map(str::to_owned),
            unit: self.cell(Column::Unit).map(str::to_owned),
            locality,
            fields,
            body: self.cell(Column::Body).map(str::to_owned),
            award: AwardRow {
                title: award,
                decision: self.value(Column::Decision, &d.decision),
                date: date.or(d.date),
                authority: self.value(Column::Authority, &d.authority),
            },
        })
    }

    fn subject(&self, heading: Option<Subject>) -> Result<Subject, Box<Diagnostic>> {
        if let Some(text) = self.cell(Column::Subject) {
            return parse_subject(text).ok_or_else(|| {
                Box::new(self.problem(
                    Column::Subject,
                    msg!(
                        "T0603-bad-subject",
                        at = self.at(Column::Subject),
                        value = text
                    ),
                    Some(msg!("import-help-subject")),
                ))
            });
        }
        let from_header = self
            .src
            .layout
            .header_of(Column::Title)
            .map(normalise_header)
            .filter(|h| h == "ten tap the")
            .map(|_| Subject::Collective);
        Ok(heading
            .or(self.src.defaults.subject)
            .or(from_header)
            .unwrap_or(Subject::Person))
    }

    fn date(&self) -> Result<Option<PartialDate>, Box<Diagnostic>> {
        let Some(text) = self.cell(Column::Date) else {
            return Ok(None);
        };
        parse_cell_date(text).map(Some).ok_or_else(|| {
            Box::new(self.problem(
                Column::Date,
                msg!("T0604-bad-date", at = self.at(Column::Date), value = text),
                Some(msg!("import-help-date")),
            ))
        })
    }

    fn fields(&self) -> Result<Vec<String>, Vec<Diagnostic>> {
        let Some(text) = self.cell(Column::Fields) else {
            return Ok(Vec::new());
        };
        let config = self.src.config;
        let mut out: Vec<String> = Vec::new();
        let mut problems = Vec::new();
        for name in text
            .split([';', '\n'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            match config.canonical_field(name) {
                Some(f) if !out.iter().any(|o| o == f) => out.push(f.to_owned()),
                Some(_) => {}
                None => {
                    let names: Vec<&str> = config.fields.iter().map(String::as_str).collect();
                    let help = crate::model::read::closest(name, &names).map_or_else(
                        || msg!("import-help-fields"),
                        |best| msg!("import-help-did-you-mean", best = best),
                    );
                    problems.push(self.problem(
                        Column::Fields,
                        msg!(
                            "T0605-unknown-field",
                            at = self.at(Column::Fields),
                            value = name
                        ),
                        Some(help),
                    ));
                }
            }
        }
        if problems.is_empty() {
            Ok(out)
        } else {
            Err(problems)
        }
    }
}

/// "I.", "II -", "1)", "A." … at the start of a heading.
fn strip_numbering(text: &str) -> &str {
    match text.split_once(' ') {
        Some((first, rest))
            if first.len() <= 4
                && (first.chars().all(|c| c.is_ascii_digit())
                    || first.chars().all(|c| "ivxlc".contains(c))
                    || (first.len() == 1 && first.chars().all(|c| c.is_ascii_lowercase()))) =>
        {
            rest
        }
        _ => text,
    }
}

fn subject_heading(text: &str) -> Option<Subject> {
    let text = text.strip_prefix("cac ").unwrap_or(text);
    match text {
        "ca nhan" => Some(Subject::Person),
        "tap the" => Some(Subject::Collective),
        "ho gia dinh" => Some(Subject::Household),
        "mo hinh" => Some(Subject::Model),
        _ => None,
    }
}

/// cá nhân / tập thể / hộ gia đình / mô hình, or the English keys.
pub fn parse_subject(text: &str) -> Option<Subject> {
    let folded = normalise_header(text);
    subject_heading(&folded).or(match folded.as_str() {
        "person" => Some(Subject::Person),
        "collective" => Some(Subject::Collective),
        "household" | "ho" => Some(Subject::Household),
        "model" => Some(Subject::Model),
        _ => None,
    })
}

/// A date as people write it in lists: 09/06/2023, 9-6-2023, 09.06.2023,
/// "ngày 09 tháng 6 năm 2023", 06/2023, or ISO (2023-06-09, 2023-06, 2023).
pub fn parse_cell_date(text: &str) -> Option<PartialDate> {
    let text = text.trim();
    if let Ok(d) = PartialDate::parse(text) {
        return Some(d);
    }
    if let Some(dt) = crate::date::parse_datetime(text) {
        return Some(PartialDate::from_naive(dt.date()));
    }
    let numbers: Vec<u32> = crate::vietnamese::fold(text)
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().ok())
        .collect::<Option<_>>()?;
    let words_ok = crate::vietnamese::fold(text)
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .all(|w| ["ngay", "thang", "nam"].contains(&w));
    if !words_ok {
        return None;
    }
    match numbers.as_slice() {
        [d, m, y] if *y >= 1000 => PartialDate::from_ymd(*y as i32, *m, *d),
        [m, y] if *y >= 1000 && (1..=12).contains(m) => {
            PartialDate::parse(&format!("{y:04}-{m:02}")).ok()
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_lists() {
        let d = |s| parse_cell_date(s).map(|d| d.iso());
        assert_eq!(d("09/06/2023").as_deref(), Some("2023-06-09"));
        assert_eq!(d("9-6-2023").as_deref(), Some("2023-06-09"));
        assert_eq!(d("09.06.2023").as_deref(), Some("2023-06-09"));
        assert_eq!(d("ngày 09 tháng 6 năm 2023").as_deref(), Some("2023-06-09"));
        assert_eq!(d("2023-06-09").as_deref(), Some("2023-06-09"));
        assert_eq!(d("06/2023").as_deref(), Some("2023-06"));
        assert_eq!(d("2023").as_deref(), Some("2023"));
        assert_eq!(d("31/02/2023"), None);
        assert_eq!(d("hôm qua"), None);
        assert_eq!(d("quý 2/2023"), None);
    }

    #[test]
    fn subjects_and_headings() {
        assert_eq!(parse_subject("Cá nhân"), Some(Subject::Person));
        assert_eq!(parse_subject("TAP THE"), Some(Subject::Collective));
        assert_eq!(parse_subject("Hộ gia đình"), Some(Subject::Household));
        assert_eq!(parse_subject("household"), Some(Subject::Household));
        assert_eq!(parse_subject("đơn vị"), None);
        assert_eq!(
            subject_heading(strip_numbering("ii tap the")),
            Some(Subject::Collective)
        );
        assert_eq!(
            subject_heading(strip_numbering("a cac ca nhan")),
            Some(Subject::Person)
        );
    }

    #[test]
    fn same_award_ignores_case_and_marks() {
        let a = AwardRow {
            title: "Bằng khen của Chủ tịch UBND".into(),
            decision: Some("12/QĐ-UBND".into()),
            date: None,
            authority: None,
        };
        assert!(a.same_as("bang khen cua chu tich ubnd", Some("12/qd-ubnd"), None));
        assert!(!a.same_as("Bằng khen của Chủ tịch UBND", Some("13/QĐ-UBND"), None));
    }

    #[test]
    fn the_same_award_is_its_title_and_date_whatever_the_decision() {
        let day = PartialDate::from_ymd(2023, 6, 9);
        let a = AwardRow {
            title: "Bằng khen của Chủ tịch UBND thành phố".into(),
            decision: Some("1234/QĐ-UBND".into()),
            date: day,
            authority: None,
        };
        let title = "Bằng khen của Chủ tịch Ủy ban nhân dân thành phố";
        assert!(a.same_award(title, Some("1243/QĐ-UBND"), day));
        assert!(a.same_award(title, None, day));
        assert!(!a.same_as(title, Some("1243/QĐ-UBND"), day));
        assert!(a.same_as(title, Some("1234/qđ-ubnd"), day));
        assert!(!a.same_award(
            title,
            Some("1234/QĐ-UBND"),
            PartialDate::from_ymd(2024, 6, 9)
        ));
        assert!(!a.same_award(title, Some("1234/QĐ-UBND"), None));
        assert!(!a.same_award("Giấy khen", Some("1234/QĐ-UBND"), day));
    }
}
