//! Public holidays and working days of state offices in Vietnam.
//!
//! Built-in rules, Bộ luật Lao động 2019 (Labor Code) art. 112:
//! - 1(a) Tết Dương lịch: 01 day, 1 January;
//! - 1(b) Tết Âm lịch: 05 days — by default the eve (the last day of the
//!   lunar year) and the first four days of tháng Giêng, by the Vietnamese
//!   lunar calendar ([`super::lunar`]);
//! - 1(c) Ngày Chiến thắng, 30 April; 1(d) Ngày Quốc tế lao động, 1 May;
//! - 1(đ) Quốc khánh: 2 September and one adjacent day, before or after —
//!   by default the weekday that joins the break to a weekend (see
//!   [`national_day_pair`]);
//! - 1(e) Giỗ Tổ Hùng Vương, 10/3 âm lịch;
//! - 3: a holiday falling on the weekly rest day is made up on the next
//!   working day (nghỉ bù); for state offices the weekly rest days are
//!   Saturday and Sunday (the 40-hour week, Quyết định 188/1999/QĐ-TTg).
//!
//! Which days the government actually moves each year (Tết's five days
//! placed around a weekend, working Saturdays swapped for a bridge day) is
//! published as that year's schedule, and the law itself changes (24/11,
//! Ngày Văn hóa Việt Nam, added as a paid holiday): that part is data,
//! `data/holidays.yaml`, read by [`Holidays::read`]:
//!
//! ```yaml
//! 2025:
//!   off: [2025-01-27]          # days off besides the rules
//!   work: [2025-02-03, 2025-04-26]   # working days, whatever the rules say
//!   add: [{date: 2025-11-24, label: "Ngày Văn hóa Việt Nam"}]  # a holiday by law
//! ```

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::{Arc, Mutex};

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::lunar;
use crate::date::{PartialDate, Precision};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::msg;
use crate::yaml::Node;

/// One year's published schedule (lịch nghỉ lễ, Tết).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct YearSchedule {
    /// Days off besides the built-in rules.
    pub off: BTreeSet<NaiveDate>,
    /// Working days whatever the rules say: a Saturday worked in exchange
    /// for a bridge day, or a built-in day the schedule moved elsewhere.
    pub work: BTreeSet<NaiveDate>,
    /// Public holidays added by law, with their names; like the built-in
    /// ones they are made up when they fall on a weekend.
    pub added: Vec<(NaiveDate, String)>,
}

/// The working-day calendar: built-in rules plus published schedules.
#[derive(Debug, Default)]
pub struct Holidays {
    schedules: BTreeMap<i32, YearSchedule>,
    /// Each year's days off, computed once: Tết and Giỗ Tổ come from the
    /// lunar astronomy, about 0.3 ms a year, and every consultation's
    /// page, list card and check count its working days.
    computed: Mutex<BTreeMap<i32, Arc<BTreeSet<NaiveDate>>>>,
}

/// The Labor Code's public holidays of `year` (art. 112(1)), without
/// compensatory days.
pub fn public_holidays(year: i32) -> BTreeSet<NaiveDate> {
    let mut days = BTreeSet::new();
    let day = |m, d| NaiveDate::from_ymd_opt(year, m, d);
    days.extend(day(1, 1));
    if let Some(eve) = lunar::new_years_eve(year) {
        days.extend((0..5).filter_map(|k| eve.checked_add_days(Days::new(k))));
    }
    days.extend(lunar::to_solar(year, 3, 10));
    days.extend(day(4, 30));
    days.extend(day(5, 1));
    if let Some((a, b)) = national_day_pair(year) {
        days.extend([a, b]);
    }
    days
}

/// 2 September and the adjacent day given with it (art. 112(1)(đ): "01
/// ngày liền kề trước hoặc sau"). The government picks it each year; by
/// default the weekday next to 2/9 whose other side is a weekend, so the
/// break is continuous (Tuesday 2/9/2025 → Monday 1/9; Monday 2/9/2024 →
/// Tuesday 3/9), else the day before.
pub fn national_day_pair(year: i32) -> Option<(NaiveDate, NaiveDate)> {
    let second = NaiveDate::from_ymd_opt(year, 9, 2)?;
    let before = second.pred_opt()?;
    let after = second.succ_opt()?;
    let joins_weekend = |d: NaiveDate, outward: NaiveDate| !is_weekend(d) && is_weekend(outward);
    let adjacent = if joins_weekend(after, after.succ_opt()?) {
        after
    } else if joins_weekend(before, before.pred_opt()?) || !is_weekend(before) {
        before
    } else {
        after
    };
    Some((second.min(adjacent), second.max(adjacent)))
}

fn is_weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

impl Holidays {
    /// The built-in rules alone.
    pub fn builtin() -> Holidays {
        Holidays::default()
    }

    /// The built-in rules with these years' schedules.
    pub fn with_schedules(schedules: BTreeMap<i32, YearSchedule>) -> Holidays {
        Holidays {
            schedules,
            computed: Mutex::default(),
        }
    }

    /// Every day off of `year` on a weekday or a worked Saturday's week:
    /// public holidays, days made up for those on a weekend (art. 112(3)),
    /// and the schedule's own days off; less the schedule's working days.
    pub fn days_off(&self, year: i32) -> BTreeSet<NaiveDate> {
        let schedule = self.schedules.get(&year);
        let mut holidays = public_holidays(year);
        if let Some(s) = schedule {
            holidays.extend(s.added.iter().map(|(d, _)| *d));
        }
        let mut off: BTreeSet<NaiveDate> = holidays
            .iter()
            .copied()
            .filter(|d| !is_weekend(*d))
            .collect();
        for day in holidays.iter().filter(|d| is_weekend(**d)) {
            // The next day that is neither a weekend nor already off.
            let mut next = *day;
            while let Some(d) = next.succ_opt() {
                next = d;
                if !is_weekend(d) && !off.contains(&d) && !holidays.contains(&d) {
                    off.insert(d);
                    break;
                }
            }
        }
        if let Some(s) = schedule {
            off.extend(s.off.iter().copied());
            off.retain(|d| !s.work.contains(d));
        }
        off
    }

    /// Whether state offices work on `day`.
    pub fn is_working_day(&self, day: NaiveDate) -> bool {
        self.working_days_in(day, day) == 1
    }

    /// Working days from `from` to `to`, both included (0 when `to` is
    /// before `from`).
    pub fn working_days_in(&self, from: NaiveDate, to: NaiveDate) -> u32 {
        if to < from {
            return 0;
        }
        let off = self.off_between(from.year(), to.year());
        let mut count = 0;
        let mut day = from;
        while day <= to {
            if self.works(day, &off) {
                count += 1;
            }
            match day.succ_opt() {
                Some(d) => day = d,
                None => break,
            }
        }
        count
    }

    /// The day on which a period starting on `from` has held `n` working
    /// days (`from` counts when it is one), n ≥ 1.
    pub fn nth_working_day(&self, from: NaiveDate, n: u32) -> Option<NaiveDate> {
        // n working days fit in n weeks plus a Tết break, well within a year.
        let last = from.checked_add_days(Days::new(u64::from(n) * 7 + 30))?;
        let off = self.off_between(from.year(), last.year());
        let mut seen = 0;
        let mut day = from;
        loop {
            if self.works(day, &off) {
                seen += 1;
                if seen >= n.max(1) {
                    return Some(day);
                }
            }
            day = day.succ_opt()?;
            if day > last {
                return None;
            }
        }
    }

    fn off_between(&self, first: i32, last: i32) -> BTreeSet<NaiveDate> {
        let mut computed = self.computed.lock().unwrap_or_else(|e| e.into_inner());
        let mut out = BTreeSet::new();
        for year in first..=last {
            let days = computed
                .entry(year)
                .or_insert_with(|| Arc::new(self.days_off(year)));
            out.extend(days.iter().copied());
        }
        out
    }

    fn works(&self, day: NaiveDate, off: &BTreeSet<NaiveDate>) -> bool {
        let worked = self
            .schedules
            .get(&day.year())
            .is_some_and(|s| s.work.contains(&day));
        worked || (!is_weekend(day) && !off.contains(&day))
    }

    /// Reads `data/holidays.yaml`: a map from each year to its schedule
    /// (`off`, `work`, `add`). Problems are reported, all of them; what
    /// could be read is kept.
    pub fn read(path: &Path, node: &Node, diags: &mut Diagnostics) -> Holidays {
        let mut schedules = BTreeMap::new();
        let Some(years) = node.as_map() else {
            if !node.is_null() {
                diags.push(
                    Diagnostic::error(path, Some(node.pos), msg!("T0740-holidays-not-a-map"))
                        .with_help(msg!("T0740-holidays-help")),
                );
            }
            return Holidays::with_schedules(schedules);
        };
        for (key, value) in years {
            let year = key
                .as_scalar()
                .filter(|s| s.len() == 4)
                .and_then(|s| s.parse::<i32>().ok())
                .filter(|y| (1900..=2200).contains(y));
            let Some(year) = year else {
                diags.push(
                    Diagnostic::error(
                        path,
                        Some(key.pos),
                        msg!("T0740-holidays-year", key = key.as_scalar().unwrap_or("")),
                    )
                    .with_help(msg!("T0740-holidays-help")),
                );
                continue;
            };
            schedules.insert(year, read_year(path, year, value, diags));
        }
        Holidays::with_schedules(schedules)
    }
}

fn read_year(path: &Path, year: i32, node: &Node, diags: &mut Diagnostics) -> YearSchedule {
    let mut schedule = YearSchedule::default();
    let Some(pairs) = node.as_map() else {
        if !node.is_null() {
            diags.push(
                Diagnostic::error(
                    path,
                    Some(node.pos),
                    msg!("T0740-holidays-year-not-a-map", year = year),
                )
                .with_help(msg!("T0740-holidays-help")),
            );
        }
        return schedule;
    };
    for (key, value) in pairs {
        match key.as_scalar().unwrap_or("") {
            "off" => schedule.off.extend(dates(path, year, value, diags)),
            "work" => schedule.work.extend(dates(path, year, value, diags)),
            "add" => schedule.added.extend(added(path, year, value, diags)),
            other => diags.push(
                Diagnostic::error(
                    path,
                    Some(key.pos),
                    msg!("T0741-holidays-unknown-key", key = other),
                )
                .with_help(msg!("T0741-holidays-unknown-key-help")),
            ),
        }
    }
    schedule
}

/// A list of dates of `year` (a single date is taken as a list of one).
fn dates(path: &Path, year: i32, node: &Node, diags: &mut Diagnostics) -> Vec<NaiveDate> {
    let items: Vec<&Node> = match node.as_seq() {
        Some(items) => items.iter().collect(),
        None if node.is_null() => Vec::new(),
        None => vec![node],
    };
    items
        .into_iter()
        .filter_map(|n| day_of(path, year, n, diags))
        .collect()
}

fn added(path: &Path, year: i32, node: &Node, diags: &mut Diagnostics) -> Vec<(NaiveDate, String)> {
    let mut out = Vec::new();
    for item in node.as_seq().unwrap_or_default() {
        let date = item.get("date");
        let label = item
            .get("label")
            .and_then(Node::as_scalar)
            .map(str::trim)
            .filter(|s| !s.is_empty());
        match (date, label) {
            (Some(date), Some(label)) => {
                if let Some(day) = day_of(path, year, date, diags) {
                    out.push((day, crate::model::read::clean_text(label)));
                }
            }
            _ => diags.push(
                Diagnostic::error(path, Some(item.pos), msg!("T0742-holidays-added"))
                    .with_help(msg!("T0742-holidays-added-help")),
            ),
        }
    }
    if !node.is_null() && node.as_seq().is_none() {
        diags.push(
            Diagnostic::error(path, Some(node.pos), msg!("T0742-holidays-added"))
                .with_help(msg!("T0742-holidays-added-help")),
        );
    }
    out
}

/// A full date (YYYY-MM-DD) that lies in `year`.
fn day_of(path: &Path, year: i32, node: &Node, diags: &mut Diagnostics) -> Option<NaiveDate> {
    let text = node.as_scalar().unwrap_or("").trim();
    let date = PartialDate::parse(text)
        .ok()
        .filter(|d| d.precision() == Precision::Day);
    match date {
        Some(d) if d.year() == year => Some(d.first_day()),
        _ => {
            diags.push(
                Diagnostic::error(
                    path,
                    Some(node.pos),
                    msg!("T0742-holidays-date", text = text, year = year),
                )
                .with_help(msg!("T0742-holidays-date-help", year = year)),
            );
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml::{self, Origin};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// Weekdays off between two dates (both included), as the published
    /// schedules list them.
    fn weekdays_off(h: &Holidays, from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
        from.iter_days()
            .take_while(|x| *x <= to)
            .filter(|x| !is_weekend(*x) && !h.is_working_day(*x))
            .collect()
    }

    fn schedules(text: &str) -> Holidays {
        let node = yaml::parse(text, Origin::FILE_START).unwrap();
        let mut diags = Diagnostics::default();
        let h = Holidays::read(Path::new("data/holidays.yaml"), &node, &mut diags);
        assert!(diags.is_empty(), "{}", diags.render(crate::i18n::Lang::En));
        h
    }

    /// The schedules the government published for 2024 and 2025 (state
    /// offices), as `data/holidays.yaml` writes them: only what differs
    /// from the rules.
    const PUBLISHED: &str = "
2024:
  off: [2024-02-08, 2024-04-29]
  work: [2024-02-15, 2024-05-04]
2025:
  off: [2025-01-27, 2025-05-02]
  work: [2025-02-03, 2025-04-26]
";

    #[test]
    fn year_2024_as_published() {
        let h = schedules(PUBLISHED);
        assert_eq!(
            weekdays_off(&h, d(2024, 1, 1), d(2024, 1, 5)),
            [d(2024, 1, 1)]
        );
        // Tết Giáp Thìn: Thursday 8/2 to Wednesday 14/2.
        assert_eq!(
            weekdays_off(&h, d(2024, 2, 1), d(2024, 2, 29)),
            [
                d(2024, 2, 8),
                d(2024, 2, 9),
                d(2024, 2, 12),
                d(2024, 2, 13),
                d(2024, 2, 14)
            ]
        );
        assert_eq!(
            weekdays_off(&h, d(2024, 4, 15), d(2024, 4, 20)),
            [d(2024, 4, 18)]
        );
        // 27/4–1/5, Saturday 4/5 worked in exchange for Monday 29/4.
        assert_eq!(
            weekdays_off(&h, d(2024, 4, 22), d(2024, 5, 10)),
            [d(2024, 4, 29), d(2024, 4, 30), d(2024, 5, 1)]
        );
        assert!(h.is_working_day(d(2024, 5, 4)));
        // Quốc khánh: Saturday 31/8 to Tuesday 3/9.
        assert_eq!(
            weekdays_off(&h, d(2024, 8, 26), d(2024, 9, 6)),
            [d(2024, 9, 2), d(2024, 9, 3)]
        );
    }

    #[test]
    fn year_2025_as_published() {
        let h = schedules(PUBLISHED);
        // Tết Ất Tỵ: Saturday 25/1 to Sunday 2/2.
        assert_eq!(
            weekdays_off(&h, d(2025, 1, 20), d(2025, 2, 7)),
            [
                d(2025, 1, 27),
                d(2025, 1, 28),
                d(2025, 1, 29),
                d(2025, 1, 30),
                d(2025, 1, 31)
            ]
        );
        assert_eq!(
            weekdays_off(&h, d(2025, 4, 1), d(2025, 4, 11)),
            [d(2025, 4, 7)]
        );
        // 30/4–4/5: Friday 2/5 off, Saturday 26/4 worked.
        assert_eq!(
            weekdays_off(&h, d(2025, 4, 21), d(2025, 5, 9)),
            [d(2025, 4, 30), d(2025, 5, 1), d(2025, 5, 2)]
        );
        assert!(h.is_working_day(d(2025, 4, 26)));
        // Quốc khánh: Saturday 30/8 to Tuesday 2/9.
        assert_eq!(
            weekdays_off(&h, d(2025, 8, 25), d(2025, 9, 5)),
            [d(2025, 9, 1), d(2025, 9, 2)]
        );
    }

    #[test]
    fn year_2026_by_the_rules_matches_the_published_tet() {
        // Tết Bính Ngọ (17/2/2026): the published break, Saturday 14/2 to
        // Sunday 22/2, is the rules' own (eve 16/2 + four days), no
        // schedule needed; Giỗ Tổ on Sunday 26/4 is made up on Monday 27/4.
        let h = Holidays::builtin();
        assert_eq!(
            weekdays_off(&h, d(2026, 2, 9), d(2026, 2, 27)),
            [
                d(2026, 2, 16),
                d(2026, 2, 17),
                d(2026, 2, 18),
                d(2026, 2, 19),
                d(2026, 2, 20)
            ]
        );
        assert_eq!(
            weekdays_off(&h, d(2026, 4, 20), d(2026, 4, 29)),
            [d(2026, 4, 27)]
        );
        assert_eq!(
            weekdays_off(&h, d(2026, 4, 30), d(2026, 5, 8)),
            [d(2026, 4, 30), d(2026, 5, 1)]
        );
    }

    #[test]
    fn year_2027_by_the_rules_with_a_holiday_added_by_law() {
        // Tết Đinh Mùi is Saturday 6/2/2027: eve Friday 5/2, Tết on the
        // weekend made up on Wednesday 10/2 and Thursday 11/2.
        let h = schedules("2027:\n  add: [{date: 2027-11-24, label: \"Ngày Văn hóa Việt Nam\"}]\n");
        assert_eq!(
            weekdays_off(&h, d(2027, 2, 1), d(2027, 2, 19)),
            [
                d(2027, 2, 5),
                d(2027, 2, 8),
                d(2027, 2, 9),
                d(2027, 2, 10),
                d(2027, 2, 11)
            ]
        );
        // 1/5/2027 is a Saturday: made up on Monday 3/5.
        assert_eq!(
            weekdays_off(&h, d(2027, 4, 26), d(2027, 5, 7)),
            [d(2027, 4, 30), d(2027, 5, 3)]
        );
        // Thursday 2/9 with Friday 3/9.
        assert_eq!(
            weekdays_off(&h, d(2027, 8, 30), d(2027, 9, 10)),
            [d(2027, 9, 2), d(2027, 9, 3)]
        );
        assert!(!h.is_working_day(d(2027, 11, 24)));
        assert!(Holidays::builtin().is_working_day(d(2027, 11, 24)));
    }

    #[test]
    fn ten_working_days_of_public_comment() {
        // Decree 98/2023/NĐ-CP art. 46: nominees are put to public comment
        // for at least 10 working days. Opened Monday 2/2/2026, the tenth
        // working day is Friday 13/2, just before Tết (16–20/2).
        let h = Holidays::builtin();
        assert_eq!(h.nth_working_day(d(2026, 2, 2), 10), Some(d(2026, 2, 13)));
        // Opened Monday 9/2: 9–13/2 are five days, Tết off, 23–27/2 five more.
        assert_eq!(h.nth_working_day(d(2026, 2, 9), 10), Some(d(2026, 2, 27)));
        assert_eq!(h.working_days_in(d(2026, 2, 9), d(2026, 2, 27)), 10);
        assert_eq!(h.working_days_in(d(2026, 2, 9), d(2026, 2, 26)), 9);
        // Opened on a Saturday: the count starts on Monday.
        assert_eq!(h.nth_working_day(d(2026, 3, 7), 10), Some(d(2026, 3, 20)));
    }

    #[test]
    fn national_day_joins_a_weekend() {
        let pair = |y| national_day_pair(y).unwrap();
        assert_eq!(pair(2024), (d(2024, 9, 2), d(2024, 9, 3)));
        assert_eq!(pair(2025), (d(2025, 9, 1), d(2025, 9, 2)));
        assert_eq!(pair(2027), (d(2027, 9, 2), d(2027, 9, 3)));
        // 2/9/2026 is a Wednesday: the day before.
        assert_eq!(pair(2026), (d(2026, 9, 1), d(2026, 9, 2)));
    }

    #[test]
    fn every_problem_in_holidays_yaml_is_reported() {
        let text = "2026:\n  off: [2026-02-30, 2025-05-02]\n  wrok: []\n  add: [{date: 2026-11-24}]\nnăm: {}\n";
        let node = yaml::parse(text, Origin::FILE_START).unwrap();
        let mut diags = Diagnostics::default();
        Holidays::read(Path::new("data/holidays.yaml"), &node, &mut diags);
        let text = diags.render(crate::i18n::Lang::En);
        for code in [
            "2:9: error[T0742]",
            "2:21: error[T0742]",
            "3:3: error[T0741]",
            "4:9: error[T0742]",
            "5:1: error[T0740]",
        ] {
            assert!(text.contains(code), "{code} missing in:\n{text}");
        }
    }
}
