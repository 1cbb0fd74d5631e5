//! Dates as commendation records use them: often only a year ("năm 2024")
//! or a month is known, so [`PartialDate`] carries a year with an optional
//! month and day.
//!
//! Dates are written in content as ISO 8601 (`2024`, `2024-06`,
//! `2024-06-11`) and displayed in Vietnamese administrative style
//! ("ngày 05 tháng 8 năm 2021", "05/8/2021"). Calendar arithmetic is
//! chrono's; this module adds only the partial-date layer, a strict
//! date-time parser for Vietnam time, and reproducible "today" from
//! `SOURCE_DATE_EPOCH`.

use std::fmt;

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime};

use crate::i18n::Message;
use crate::msg;

/// Years a content date may have.
const YEAR_RANGE: std::ops::RangeInclusive<i32> = 1000..=9999;

/// Vietnam's UTC offset, in seconds (UTC+07:00, no daylight saving).
const VIETNAM_OFFSET_SECS: i32 = 7 * 3600;

/// Help shown for dates that are not in one of the accepted forms.
fn format_help() -> Message {
    msg!("T0206-help-format")
}

/// A date known to the year, the month or the day.
///
/// Ordering is chronological, with a less precise date first among those it
/// contains: `2024 < 2024-01 < 2024-01-01 < 2024-01-02 < 2024-02`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PartialDate {
    // Field order gives the derived `Ord`; `None` sorts before any `Some`.
    // Invariant: `day.is_some()` implies `month.is_some()`, and the parts
    // form a real calendar date.
    year: i32,
    month: Option<u8>,
    day: Option<u8>,
}

/// How much of a [`PartialDate`] is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// Why a date could not be read, with advice for the editor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError {
    /// What is wrong with the text ("day 30 of 2023-02 does not exist").
    pub message: Message,
    /// What to write instead, in plain words.
    pub help: Option<Message>,
}

impl DateError {
    fn new(message: Message, help: Message) -> Self {
        DateError {
            message,
            help: Some(help),
        }
    }
}

/// Shows the message only (in English, for logs); the help line is for the
/// caller to print.
impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message.fmt(f)
    }
}

impl std::error::Error for DateError {}

impl PartialDate {
    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (surrounding whitespace is
    /// ignored). Months and days need two digits; the year must lie in
    /// 1000..=9999 and the date must exist. A day-first date such as
    /// `11/6/1948` is rejected with the ISO form in the message.
    pub fn parse(s: &str) -> Result<PartialDate, DateError> {
        let text = s.trim();
        if text.is_empty() {
            return Err(DateError::new(msg!("T0206-empty"), format_help()));
        }
        if let Some(err) = day_first_error(text) {
            return Err(err);
        }
        let parts: Vec<&str> = text.split('-').collect();
        if parts.len() > 3 || !parts.iter().all(|p| is_ascii_digits(p)) {
            return Err(DateError::new(
                msg!("T0206-not-a-date", text = text),
                format_help(),
            ));
        }
        let date = parse_parts(text, &parts)?;
        let padded = parts
            .get(1..)
            .unwrap_or_default()
            .iter()
            .all(|p| p.len() == 2);
        let year_width = parts.first().map_or(0, |p| p.len());
        if year_width != 4 || !padded {
            let iso = date.iso();
            return Err(DateError::new(
                msg!("T0206-not-padded", text = text, iso = iso),
                msg!("T0206-help-digits"),
            ));
        }
        Ok(date)
    }

    /// A day-precision date, if the year is in 1000..=9999 and the date
    /// exists.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<PartialDate> {
        if !YEAR_RANGE.contains(&year) {
            return None;
        }
        NaiveDate::from_ymd_opt(year, month, day).map(PartialDate::from_naive)
    }

    /// A day-precision date from a chrono date. Any chrono year is kept,
    /// though only years 1000..=9999 print in a form [`PartialDate::parse`]
    /// reads back.
    pub fn from_naive(d: NaiveDate) -> PartialDate {
        // chrono guarantees month 1..=12 and day 1..=31, so `as u8` is exact.
        PartialDate {
            year: d.year(),
            month: Some(d.month() as u8),
            day: Some(d.day() as u8),
        }
    }

    pub fn year(&self) -> i32 {
        self.year
    }

    pub fn month(&self) -> Option<u8> {
        self.month
    }

    pub fn day(&self) -> Option<u8> {
        self.day
    }

    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (_, Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            (None, None) => Precision::Year,
        }
    }

    /// The first calendar day the date covers: 2024-06 → 2024-06-01.
    pub fn first_day(&self) -> NaiveDate {
        let month = self.month.map_or(1, u32::from);
        let day = self.day.map_or(1, u32::from);
        NaiveDate::from_ymd_opt(self.year, month, day).unwrap_or(NaiveDate::MIN)
    }

    /// The last calendar day the date covers: 2024-06 → 2024-06-30,
    /// 2024 → 2024-12-31.
    pub fn last_day(&self) -> NaiveDate {
        let last = match (self.month, self.day) {
            (None, _) => NaiveDate::from_ymd_opt(self.year, 12, 31),
            (Some(_), Some(_)) => Some(self.first_day()),
            (Some(_), None) => {
                let first = self.first_day();
                first.with_day(u32::from(first.num_days_in_month()))
            }
        };
        last.unwrap_or(NaiveDate::MAX)
    }

    /// ISO 8601 form: `2024`, `2024-06` or `2024-06-11`.
    pub fn iso(&self) -> String {
        let year = if self.year < 0 {
            format!("-{:04}", self.year.unsigned_abs())
        } else {
            format!("{:04}", self.year)
        };
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{year}-{m:02}-{d:02}"),
            (Some(m), None) => format!("{year}-{m:02}"),
            (None, _) => year,
        }
    }

    /// Vietnamese administrative style: "ngày 05 tháng 8 năm 2021",
    /// "tháng 01 năm 2025", "năm 2024". Days below 10 and months 1 and 2
    /// take a leading zero.
    pub fn admin(&self) -> String {
        let year = self.year;
        match (self.month, self.day) {
            (Some(m), Some(d)) => {
                format!("ngày {} tháng {} năm {year}", admin_day(d), admin_month(m))
            }
            (Some(m), None) => format!("tháng {} năm {year}", admin_month(m)),
            (None, _) => format!("năm {year}"),
        }
    }

    /// Numeric Vietnamese style: "05/8/2021", "21/02/2024", "6/2024",
    /// "02/2027" (the leading-zero rule of [`PartialDate::admin`], Decree
    /// 30/2020/NĐ-CP: day below 10 and months 1–2); a year alone is "2024".
    pub fn numeric(&self) -> String {
        let year = self.year;
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{}/{}/{year}", admin_day(d), admin_month(m)),
            (Some(m), None) => month_year(m, year),
            (None, _) => year.to_string(),
        }
    }
}

/// A day as administrative text writes it: two digits below 10.
fn admin_day(day: u8) -> String {
    format!("{day:02}")
}

/// A month as administrative text writes it: January and February take a
/// leading zero (so "01", "02" cannot be misread as 10–12), others none.
fn admin_month(month: u8) -> String {
    if month <= 2 {
        format!("{month:02}")
    } else {
        month.to_string()
    }
}

/// Day and month in the numeric administrative style, "10/3", "01/01"
/// (Decree 30/2020/NĐ-CP, Appendix I: day below 10 and months 1–2 with a
/// leading zero) — for a recurring day such as a lunar date.
pub fn day_month(day: u8, month: u8) -> String {
    format!("{}/{}", admin_day(day), admin_month(month))
}

/// Month and year in the numeric administrative style, "02/2027", "6/2027".
pub fn month_year(month: u8, year: i32) -> String {
    format!("{}/{year}", admin_month(month))
}

/// Whether `s` is a non-empty run of ASCII digits.
fn is_ascii_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// Checks the values of split ISO parts (1 to 3 digit strings). Digit
/// widths are checked by the caller.
fn parse_parts(text: &str, parts: &[&str]) -> Result<PartialDate, DateError> {
    let year_text = parts.first().copied().unwrap_or_default();
    let year = year_text
        .parse::<i32>()
        .ok()
        .filter(|y| YEAR_RANGE.contains(y))
        .ok_or_else(|| {
            DateError::new(
                msg!("T0206-year-range", year = year_text, text = text),
                format_help(),
            )
        })?;
    let Some(month_text) = parts.get(1) else {
        return Ok(PartialDate {
            year,
            month: None,
            day: None,
        });
    };
    let month = month_text
        .parse::<u8>()
        .ok()
        .filter(|m| (1..=12).contains(m))
        .ok_or_else(|| {
            DateError::new(
                msg!("T0206-no-such-month", month = *month_text, text = text),
                msg!("T0206-help-months"),
            )
        })?;
    let Some(day_text) = parts.get(2) else {
        return Ok(PartialDate {
            year,
            month: Some(month),
            day: None,
        });
    };
    let day = day_text.parse::<u32>().unwrap_or(u32::MAX);
    PartialDate::from_ymd(year, u32::from(month), day).ok_or_else(|| {
        let month_only = PartialDate {
            year,
            month: Some(month),
            day: None,
        };
        let last = month_only.last_day().day();
        let month_iso = month_only.iso();
        DateError::new(
            msg!(
                "T0206-no-such-day",
                day = *day_text,
                text = text,
                month = month_iso.as_str(),
                last = last
            ),
            msg!("T0206-help-days", month = month_iso, last = last),
        )
    })
}

/// If `text` is a day-first (`d/m/yyyy`, `d.m.yyyy`, `d-m-yyyy`) or
/// month-first (`m/yyyy`) date, the error that shows its ISO form.
fn day_first_error(text: &str) -> Option<DateError> {
    let sep = text.chars().find(|c| matches!(c, '/' | '.' | '-'))?;
    let parts: Vec<&str> = text.split(sep).collect();
    let (year_text, leading) = parts.split_last()?;
    let shaped = year_text.len() == 4
        && (1..=2).contains(&leading.len())
        && leading.iter().all(|p| p.len() <= 2)
        && parts.iter().all(|p| is_ascii_digits(p));
    if !shaped {
        return None;
    }
    let reversed: Vec<&str> = parts.iter().rev().copied().collect();
    match parse_parts(text, &reversed) {
        Ok(date) => {
            let iso = date.iso();
            Some(DateError::new(
                msg!("T0206-day-first", text = text, iso = iso.as_str()),
                msg!("T0206-help-year-first", iso = iso),
            ))
        }
        Err(_) => Some(DateError::new(
            msg!("T0206-day-first-invalid", text = text),
            format_help(),
        )),
    }
}

/// Shows the ISO form, as [`PartialDate::iso`].
impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

/// Serialises as the ISO string, as [`PartialDate::iso`].
impl serde::Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.iso())
    }
}

/// Reads a local Vietnam date-time: `2023-06-09 08:00` or
/// `2023-06-09T08:00`, seconds optional (`08:00:30`), optionally followed by
/// the offset `+07:00` (or `+0700`). Any other offset, `Z` included, is
/// `None`, as is anything else that is not such a date-time.
pub fn parse_datetime(s: &str) -> Option<NaiveDateTime> {
    let text = s.trim();
    let (date_text, time_text) = text.split_once(['T', ' '])?;
    let date = PartialDate::parse(date_text).ok()?;
    if date.precision() != Precision::Day {
        return None;
    }
    let time_text = match time_text.find(['+', '-', 'Z', 'z']) {
        Some(at) => {
            let (time, offset) = time_text.split_at(at);
            matches!(offset, "+07:00" | "+0700").then_some(time)?
        }
        None => time_text,
    };
    Some(date.first_day().and_time(parse_time(time_text)?))
}

/// Reads `HH:MM` or `HH:MM:SS`, each field exactly two digits.
fn parse_time(s: &str) -> Option<NaiveTime> {
    let fields: Vec<&str> = s.split(':').collect();
    if !(2..=3).contains(&fields.len())
        || fields.iter().any(|f| f.len() != 2 || !is_ascii_digits(f))
    {
        return None;
    }
    let number = |i: usize| fields.get(i).map_or(Some(0), |f| f.parse::<u32>().ok());
    NaiveTime::from_hms_opt(number(0)?, number(1)?, number(2)?)
}

/// Whole days from `from` to `to`; negative when `to` is earlier.
pub fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    to.signed_duration_since(from).num_days()
}

/// "Today" for reproducible builds: the date in Vietnam (UTC+07:00) at the
/// instant `SOURCE_DATE_EPOCH` names, when that variable is set to a valid
/// non-negative count of seconds; otherwise `None`.
pub fn today_from_env() -> Option<NaiveDate> {
    let value = std::env::var("SOURCE_DATE_EPOCH").ok()?;
    date_from_epoch(&value)
}

/// The Vietnam date at `epoch` seconds after 1970-01-01T00:00:00Z.
fn date_from_epoch(epoch: &str) -> Option<NaiveDate> {
    let epoch = epoch.trim();
    if !is_ascii_digits(epoch) {
        return None;
    }
    let secs: i64 = epoch.parse().ok()?;
    let offset = FixedOffset::east_opt(VIETNAM_OFFSET_SECS)?;
    let instant = DateTime::from_timestamp(secs, 0)?;
    Some(instant.with_timezone(&offset).date_naive())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn date(s: &str) -> PartialDate {
        PartialDate::parse(s).expect(s)
    }

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
    }

    fn err(s: &str) -> DateError {
        PartialDate::parse(s).expect_err(s)
    }

    #[test]
    fn parses_the_three_precisions() {
        let y = date("2024");
        assert_eq!((y.year(), y.month(), y.day()), (2024, None, None));
        assert_eq!(y.precision(), Precision::Year);
        let m = date("2024-06");
        assert_eq!((m.year(), m.month(), m.day()), (2024, Some(6), None));
        assert_eq!(m.precision(), Precision::Month);
        let d = date(" 2024-06-11\n");
        assert_eq!((d.year(), d.month(), d.day()), (2024, Some(6), Some(11)));
        assert_eq!(d.precision(), Precision::Day);
    }

    #[test]
    fn rejects_impossible_dates() {
        for s in [
            "2024-00",
            "2024-13",
            "2024-06-31",
            "2023-02-29",
            "2024-06-00",
            "2100-02-29",
            "0999",
            "999",
            "10000",
            "0000",
            "2024-06-32",
        ] {
            let e = err(s);
            assert!(e.help.is_some(), "{s}: {e}");
        }
        assert!(PartialDate::parse("2024-02-29").is_ok());
        assert!(PartialDate::parse("2000-02-29").is_ok());
        assert!(PartialDate::parse("1000").is_ok());
        assert!(PartialDate::parse("9999-12-31").is_ok());
    }

    #[test]
    fn rejects_other_formats() {
        for s in [
            "",
            "  ",
            "năm 2024",
            "2024/06/11",
            "2024-06-11T08:00",
            "2024-06-11-01",
            "+2024",
            "-2024",
            "2024-",
            "2024--01",
            "20240611",
            "2024-06-1a",
            "١٩٤٨",
        ] {
            assert!(PartialDate::parse(s).is_err(), "{s:?}");
        }
    }

    #[test]
    fn day_first_dates_suggest_the_iso_form() {
        let e = err("11/6/1948");
        assert!(e.to_string().contains("\"1948-06-11\""), "{e}");
        assert!(e.to_string().contains("1948-06-11"));
        assert!(err("11.06.1948").to_string().contains("1948-06-11"));
        assert!(err("11-06-1948").to_string().contains("1948-06-11"));
        assert!(err("6/2024").to_string().contains("2024-06"));
        let invalid = err("31/6/2024");
        assert!(invalid.to_string().contains("nor a valid"), "{}", invalid);
    }

    #[test]
    fn unpadded_iso_suggests_padding() {
        let e = err("2024-6-1");
        assert!(e.to_string().contains("\"2024-06-01\""), "{e}");
        assert!(err("2024-6").to_string().contains("\"2024-06\""));
        assert!(err("01948-06-11").to_string().contains("\"1948-06-11\""));
    }

    #[test]
    fn error_messages_name_the_problem() {
        assert!(err("2024-06-31").to_string().contains("has 30 days"));
        assert!(err("2023-02-29").to_string().contains("has 28 days"));
        assert!(err("2024-13").to_string().contains("month"));
        assert!(err("10000").to_string().contains("outside 1000–9999"));
    }

    #[test]
    fn from_ymd_and_from_naive() {
        assert_eq!(PartialDate::from_ymd(2024, 6, 11), Some(date("2024-06-11")));
        assert_eq!(PartialDate::from_ymd(2024, 6, 31), None);
        assert_eq!(PartialDate::from_ymd(999, 1, 1), None);
        assert_eq!(
            PartialDate::from_naive(ymd(1948, 6, 11)),
            date("1948-06-11")
        );
        let far = PartialDate::from_naive(NaiveDate::MAX);
        assert_eq!(far.last_day(), NaiveDate::MAX);
        assert_eq!(
            PartialDate::from_naive(NaiveDate::MIN).first_day(),
            NaiveDate::MIN
        );
        assert_eq!(
            PartialDate::from_naive(ymd(-44, 3, 15)).iso(),
            "-0044-03-15"
        );
        assert_eq!(PartialDate::from_naive(ymd(5, 3, 15)).iso(), "0005-03-15");
    }

    #[test]
    fn first_and_last_days() {
        assert_eq!(date("2024-06").first_day(), ymd(2024, 6, 1));
        assert_eq!(date("2024-06").last_day(), ymd(2024, 6, 30));
        assert_eq!(date("2024").first_day(), ymd(2024, 1, 1));
        assert_eq!(date("2024").last_day(), ymd(2024, 12, 31));
        assert_eq!(date("2024-02").last_day(), ymd(2024, 2, 29));
        assert_eq!(date("2023-02").last_day(), ymd(2023, 2, 28));
        assert_eq!(date("2024-12").last_day(), ymd(2024, 12, 31));
        assert_eq!(date("2024-06-11").first_day(), ymd(2024, 6, 11));
        assert_eq!(date("2024-06-11").last_day(), ymd(2024, 6, 11));
    }

    #[test]
    fn iso_and_display() {
        assert_eq!(date("2024").iso(), "2024");
        assert_eq!(date("2024-06").iso(), "2024-06");
        assert_eq!(date("2024-06-11").iso(), "2024-06-11");
        assert_eq!(date("2024-06-11").to_string(), "2024-06-11");
    }

    #[test]
    fn admin_style() {
        assert_eq!(date("2021-08-05").admin(), "ngày 05 tháng 8 năm 2021");
        assert_eq!(date("2024-02-21").admin(), "ngày 21 tháng 02 năm 2024");
        assert_eq!(date("2024-06").admin(), "tháng 6 năm 2024");
        assert_eq!(date("2025-01").admin(), "tháng 01 năm 2025");
        assert_eq!(date("2024").admin(), "năm 2024");
        assert_eq!(date("2024-12-10").admin(), "ngày 10 tháng 12 năm 2024");
    }

    #[test]
    fn numeric_style() {
        assert_eq!(date("2021-08-05").numeric(), "05/8/2021");
        assert_eq!(date("2024-02-21").numeric(), "21/02/2024");
        assert_eq!(date("1948-06-11").numeric(), "11/6/1948");
        assert_eq!(date("2024-06").numeric(), "6/2024");
        assert_eq!(date("2027-02").numeric(), "02/2027");
        assert_eq!(month_year(2, 2027), "02/2027");
        assert_eq!(day_month(3, 2), "03/02");
        assert_eq!(date("2024-11").numeric(), "11/2024");
        assert_eq!(date("2024").numeric(), "2024");
    }

    #[test]
    fn ordering_is_chronological_coarse_first() {
        let mut dates: Vec<PartialDate> = [
            "2024-02",
            "2024-01-02",
            "2023-12-31",
            "2024",
            "2024-01-01",
            "2024-01",
        ]
        .into_iter()
        .map(date)
        .collect();
        dates.sort();
        let isos: Vec<String> = dates.iter().map(PartialDate::iso).collect();
        assert_eq!(
            isos,
            [
                "2023-12-31",
                "2024",
                "2024-01",
                "2024-01-01",
                "2024-01-02",
                "2024-02"
            ]
        );
    }

    #[test]
    fn serializes_as_iso_string() {
        let json = serde_json::to_string(&[date("2024"), date("2024-06-11")]).expect("json");
        assert_eq!(json, r#"["2024","2024-06-11"]"#);
    }

    #[test]
    fn parses_datetimes() {
        let expected = ymd(2023, 6, 9).and_hms_opt(8, 0, 0);
        assert_eq!(parse_datetime("2023-06-09 08:00"), expected);
        assert_eq!(parse_datetime("2023-06-09T08:00"), expected);
        assert_eq!(parse_datetime(" 2023-06-09T08:00:00+07:00 "), expected);
        assert_eq!(parse_datetime("2023-06-09 08:00+0700"), expected);
        assert_eq!(
            parse_datetime("2023-06-09T08:00:30"),
            ymd(2023, 6, 9).and_hms_opt(8, 0, 30)
        );
    }

    #[test]
    fn rejects_bad_datetimes() {
        for s in [
            "",
            "2023-06-09",
            "2023-06 08:00",
            "2023-06-09T08:00Z",
            "2023-06-09T08:00+00:00",
            "2023-06-09T08:00-07:00",
            "2023-06-09T8:00",
            "2023-06-09T24:00",
            "2023-06-09T08:60",
            "2023-06-09T08:00:30.5",
            "2023-06-09T08",
            "2023-06-31T08:00",
            "09/06/2023 08:00",
            "2023-06-09T08:00:00:00",
            "2023-06-09T08:00+07:00:00",
        ] {
            assert_eq!(parse_datetime(s), None, "{s:?}");
        }
    }

    #[test]
    fn days_between_dates() {
        assert_eq!(days_between(ymd(2024, 1, 1), ymd(2024, 12, 31)), 365);
        assert_eq!(days_between(ymd(2024, 3, 1), ymd(2024, 2, 28)), -2);
        assert_eq!(days_between(ymd(2024, 3, 1), ymd(2024, 3, 1)), 0);
    }

    #[test]
    fn epoch_is_read_in_vietnam_time() {
        // 2024-06-10T17:00:00Z is midnight of 2024-06-11 in Vietnam.
        assert_eq!(date_from_epoch("1718038800"), Some(ymd(2024, 6, 11)));
        assert_eq!(date_from_epoch("1718038799"), Some(ymd(2024, 6, 10)));
        assert_eq!(date_from_epoch(" 0 "), Some(ymd(1970, 1, 1)));
        for bad in ["", "abc", "-1", "+5", "1.5", "99999999999999999999"] {
            assert_eq!(date_from_epoch(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn today_from_env_reads_source_date_epoch() {
        // Read-only: setting variables would race with other tests.
        let expected = std::env::var("SOURCE_DATE_EPOCH")
            .ok()
            .and_then(|v| date_from_epoch(&v));
        assert_eq!(today_from_env(), expected);
    }

    #[test]
    fn date_error_is_an_error() {
        let e: Box<dyn std::error::Error> = Box::new(err("x"));
        assert_eq!(e.to_string(), "\"x\" is not a date");
    }

    fn any_date() -> impl Strategy<Value = PartialDate> {
        (1000i32..=9999, 0u8..=12, 0u8..=31).prop_filter_map("real date", |(y, m, d)| {
            match (m, d) {
                (0, _) => Some(PartialDate {
                    year: y,
                    month: None,
                    day: None,
                }),
                (m, 0) => Some(PartialDate {
                    year: y,
                    month: Some(m),
                    day: None,
                }),
                (m, d) => PartialDate::from_ymd(y, u32::from(m), u32::from(d)),
            }
        })
    }

    proptest! {
        #[test]
        fn parse_iso_round_trips(d in any_date()) {
            prop_assert_eq!(PartialDate::parse(&d.iso()), Ok(d));
        }

        #[test]
        fn order_matches_spec_key(a in any_date(), b in any_date()) {
            let key = |d: &PartialDate| (d.year, d.month.unwrap_or(0), d.day.unwrap_or(0));
            prop_assert_eq!(a.cmp(&b), key(&a).cmp(&key(&b)));
        }

        #[test]
        fn first_day_not_after_last_day(d in any_date()) {
            prop_assert!(d.first_day() <= d.last_day());
            prop_assert_eq!(PartialDate::from_naive(d.first_day()).year(), d.year());
        }

        #[test]
        fn parse_never_panics(s in "\\PC{0,20}") {
            let _ = PartialDate::parse(&s);
            let _ = parse_datetime(&s);
            let _ = date_from_epoch(&s);
        }

        #[test]
        fn datetime_round_trips(d in any_date(), h in 0u32..24, mi in 0u32..60, s in 0u32..60) {
            let day = d.first_day();
            let text = format!("{}T{h:02}:{mi:02}:{s:02}+07:00", day.format("%Y-%m-%d"));
            prop_assert_eq!(parse_datetime(&text), day.and_hms_opt(h, mi, s));
        }
    }
}
