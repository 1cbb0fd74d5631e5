//! Lunar dates (âm lịch) to solar dates, for anniversaries such as Giỗ Tổ
//! Hùng Vương (10/3 âm lịch). Uses ICU4X's East-Asian traditional calendar
//! with China's rules: the Vietnamese calendar is computed for UTC+7 rather
//! than UTC+8 and differs on rare new moons close to midnight (e.g. Tết
//! 1985); for the anniversaries a portal publishes this is accepted and
//! documented in the editor's guide.

use chrono::NaiveDate;
use icu_calendar::Date;
use icu_calendar::types::Month;

/// Solar date of lunar `month`/`day` in the lunar year starting in solar
/// `year`. Day 30 of a 29-day month falls on day 29.
pub fn to_solar(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    let month = u8::try_from(month).ok().filter(|m| (1..=12).contains(m))?;
    let day = u8::try_from(day).ok().filter(|d| (1..=30).contains(d))?;
    let date = Date::try_new_chinese_traditional(year, Month::new(month), day)
        .or_else(|_| Date::try_new_chinese_traditional(year, Month::new(month), day - 1))
        .ok()?;
    let iso = date.to_calendar(icu_calendar::Iso);
    NaiveDate::from_ymd_opt(
        iso.year().extended_year(),
        u32::from(iso.month().ordinal),
        u32::from(iso.day_of_month().0),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hung_kings_day() {
        // Giỗ Tổ Hùng Vương, 10/3 âm lịch: 18/4/2024, 7/4/2025, 26/4/2026.
        assert_eq!(to_solar(2024, 3, 10), NaiveDate::from_ymd_opt(2024, 4, 18));
        assert_eq!(to_solar(2025, 3, 10), NaiveDate::from_ymd_opt(2025, 4, 7));
        assert_eq!(to_solar(2026, 3, 10), NaiveDate::from_ymd_opt(2026, 4, 26));
    }

    #[test]
    fn tet() {
        assert_eq!(to_solar(2026, 1, 1), NaiveDate::from_ymd_opt(2026, 2, 17));
    }

    #[test]
    fn nonsense_is_none() {
        assert_eq!(to_solar(2026, 13, 1), None);
        assert_eq!(to_solar(2026, 1, 0), None);
    }
}
