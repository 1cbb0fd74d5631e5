//! Lunar dates (âm lịch) to solar dates, for anniversaries such as Giỗ Tổ
//! Hùng Vương (10/3 âm lịch) and for Tết in the working-day rules.
//!
//! The Vietnamese lunar calendar has the rules of the Chinese one (months
//! start at the new moon, a year starts at the second new moon after the
//! winter solstice, save a leap month) but the new moon's *day* is taken in
//! Vietnam's time, UTC+7, since 1968 (UTC+8 before, as in China). On a new
//! moon close to midnight the two calendars differ by a day or a month:
//! Tết 1985 was 21 January in Vietnam and 20 February in China, Tết 2007
//! 17 and 18 February, Tết 2030 2 and 3 February. ICU's Chinese calendar
//! (icu_calendar) is therefore not used; the astronomy of its
//! `calendrical_calculations` crate (Reingold & Dershowitz) is, with
//! Vietnam's offset.

use calendrical_calculations::chinese_based::{ChineseBased, YearBounds, month_structure_for_year};
use calendrical_calculations::gregorian::{fixed_from_gregorian, gregorian_from_fixed};
use calendrical_calculations::rata_die::RataDie;
use chrono::NaiveDate;

/// The Vietnamese calendar for `calendrical_calculations`.
struct Vietnamese;

impl ChineseBased for Vietnamese {
    fn utc_offset(fixed: RataDie) -> f64 {
        // North Vietnam's calendar moved to UTC+7 from 1968 (the south's
        // followed at reunification); the years a portal publishes are later.
        if fixed < const { fixed_from_gregorian(1968, 1, 1) } {
            8.0 / 24.0
        } else {
            7.0 / 24.0
        }
    }

    // Only the difference between dates matters here: the Chinese epoch.
    const EPOCH: RataDie = fixed_from_gregorian(-2636, 2, 15);
    const DEBUG_NAME: &'static str = "vietnamese";
}

/// A lunar year: its first day and the lengths of its months in order
/// (12, or 13 with the leap month, tháng nhuận).
struct LunarYear {
    new_year: RataDie,
    lengths: Vec<i64>,
    /// 1-based position of the leap month among the year's months.
    leap: Option<u8>,
}

impl LunarYear {
    /// The lunar year that begins in solar `year` (its Tết falls in
    /// January or February of that year).
    fn starting_in(year: i32) -> Option<LunarYear> {
        if !(1..=9999).contains(&year) {
            return None;
        }
        let bounds = YearBounds::compute::<Vietnamese>(fixed_from_gregorian(year, 7, 1));
        let (thirty, leap) =
            month_structure_for_year::<Vietnamese>(bounds.new_year, bounds.next_new_year);
        let months = if leap.is_some() { 13 } else { 12 };
        let lengths = thirty[..months]
            .iter()
            .map(|&t| if t { 30 } else { 29 })
            .collect();
        Some(LunarYear {
            new_year: bounds.new_year,
            lengths,
            leap,
        })
    }

    /// Position among the year's months of the ordinary (not leap) month
    /// `month`: after a leap month, every later month moves one place.
    fn position(&self, month: u8) -> usize {
        match self.leap {
            Some(leap) if month >= leap => usize::from(month),
            _ => usize::from(month) - 1,
        }
    }
}

fn to_naive(date: RataDie) -> Option<NaiveDate> {
    let (y, m, d) = gregorian_from_fixed(date).ok()?;
    NaiveDate::from_ymd_opt(y, u32::from(m), u32::from(d))
}

/// Solar date of lunar `month`/`day` (an ordinary month, not the leap one)
/// in the lunar year starting in solar `year`. Day 30 of a 29-day month
/// falls on day 29, as the observance does.
pub fn to_solar(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    let month = u8::try_from(month).ok().filter(|m| (1..=12).contains(m))?;
    let day = i64::from(day);
    if !(1..=30).contains(&day) {
        return None;
    }
    let lunar = LunarYear::starting_in(year)?;
    let at = lunar.position(month);
    let before: i64 = lunar.lengths[..at].iter().sum();
    let day = day.min(lunar.lengths[at]);
    to_naive(lunar.new_year + before + day - 1)
}

/// Tết Nguyên đán (1/1 âm lịch) of solar `year`.
pub fn new_year(year: i32) -> Option<NaiveDate> {
    to_solar(year, 1, 1)
}

/// The last day of the lunar year that ends in solar `year` (the eve of
/// Tết, 30 or 29 tháng Chạp).
pub fn new_years_eve(year: i32) -> Option<NaiveDate> {
    new_year(year)?.pred_opt()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    /// Tết Nguyên đán 1990–2050 in Vietnam (the calendar published by the
    /// Vietnamese authorities, computed for UTC+7): month, day.
    const TET: [(i32, u32, u32); 61] = [
        (1990, 1, 27),
        (1991, 2, 15),
        (1992, 2, 4),
        (1993, 1, 23),
        (1994, 2, 10),
        (1995, 1, 31),
        (1996, 2, 19),
        (1997, 2, 7),
        (1998, 1, 28),
        (1999, 2, 16),
        (2000, 2, 5),
        (2001, 1, 24),
        (2002, 2, 12),
        (2003, 2, 1),
        (2004, 1, 22),
        (2005, 2, 9),
        (2006, 1, 29),
        (2007, 2, 17),
        (2008, 2, 7),
        (2009, 1, 26),
        (2010, 2, 14),
        (2011, 2, 3),
        (2012, 1, 23),
        (2013, 2, 10),
        (2014, 1, 31),
        (2015, 2, 19),
        (2016, 2, 8),
        (2017, 1, 28),
        (2018, 2, 16),
        (2019, 2, 5),
        (2020, 1, 25),
        (2021, 2, 12),
        (2022, 2, 1),
        (2023, 1, 22),
        (2024, 2, 10),
        (2025, 1, 29),
        (2026, 2, 17),
        (2027, 2, 6),
        (2028, 1, 26),
        (2029, 2, 13),
        (2030, 2, 2),
        (2031, 1, 23),
        (2032, 2, 11),
        (2033, 1, 31),
        (2034, 2, 19),
        (2035, 2, 8),
        (2036, 1, 28),
        (2037, 2, 15),
        (2038, 2, 4),
        (2039, 1, 24),
        (2040, 2, 12),
        (2041, 2, 1),
        (2042, 1, 22),
        (2043, 2, 10),
        (2044, 1, 30),
        (2045, 2, 17),
        (2046, 2, 6),
        (2047, 1, 26),
        (2048, 2, 14),
        (2049, 2, 2),
        (2050, 1, 23),
    ];

    #[test]
    fn tet_1990_to_2050_is_vietnams() {
        let wrong: Vec<String> = TET
            .iter()
            .filter(|(y, m, d)| new_year(*y) != ymd(*y, *m, *d))
            .map(|(y, m, d)| format!("{y}: {:?}, want {y}-{m:02}-{d:02}", new_year(*y)))
            .collect();
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    /// Where the two calendars part: the Chinese one (ICU, UTC+8) puts
    /// these Tết a day or a month later.
    #[test]
    fn differs_from_chinas_where_the_new_moon_is_near_midnight() {
        assert_eq!(new_year(1985), ymd(1985, 1, 21));
        assert_eq!(new_year(2007), ymd(2007, 2, 17));
        assert_eq!(new_year(2030), ymd(2030, 2, 2));
        let chinese = |year: i32| {
            let d = icu_calendar::Date::try_new_chinese_traditional(
                year,
                icu_calendar::types::Month::new(1),
                1,
            )
            .ok()?
            .to_calendar(icu_calendar::Iso);
            ymd(
                d.year().extended_year(),
                u32::from(d.month().ordinal),
                u32::from(d.day_of_month().0),
            )
        };
        assert_eq!(chinese(2007), ymd(2007, 2, 18));
        assert_eq!(chinese(2030), ymd(2030, 2, 3));
        let differ: Vec<i32> = (1990..=2050)
            .filter(|y| new_year(*y) != chinese(*y))
            .collect();
        assert_eq!(differ, [2007, 2030]);
    }

    #[test]
    fn hung_kings_day() {
        // Giỗ Tổ Hùng Vương, 10/3 âm lịch: 18/4/2024, 7/4/2025, 26/4/2026,
        // 16/4/2027 (published holiday schedules).
        assert_eq!(to_solar(2024, 3, 10), ymd(2024, 4, 18));
        assert_eq!(to_solar(2025, 3, 10), ymd(2025, 4, 7));
        assert_eq!(to_solar(2026, 3, 10), ymd(2026, 4, 26));
        assert_eq!(to_solar(2027, 3, 10), ymd(2027, 4, 16));
    }

    #[test]
    fn months_after_a_leap_month() {
        // 2023 has a leap second month (tháng 2 nhuận): 10/3 âm lịch is
        // 29/4/2023, after both second months; 2025's leap month is the
        // sixth: Rằm tháng Bảy (15/7) is 6/9/2025.
        assert_eq!(to_solar(2023, 3, 10), ymd(2023, 4, 29));
        assert_eq!(to_solar(2023, 2, 1), ymd(2023, 2, 20));
        assert_eq!(to_solar(2025, 7, 15), ymd(2025, 9, 6));
    }

    #[test]
    fn eve_of_tet() {
        assert_eq!(new_years_eve(2026), ymd(2026, 2, 16));
        assert_eq!(new_years_eve(2030), ymd(2030, 2, 1));
    }

    #[test]
    fn nonsense_is_none() {
        assert_eq!(to_solar(2026, 13, 1), None);
        assert_eq!(to_solar(2026, 1, 0), None);
        assert_eq!(to_solar(2026, 1, 31), None);
    }
}
