//! Values computed from the build date: a campaign's status and next
//! milestone, an anniversary's next occurrence, its round-number class and
//! the conventional heading "Kỷ niệm 78 năm Ngày … (11/6/1948 - 11/6/2026)".

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::date::{PartialDate, days_between};
use crate::model::anniversary::{Anniversary, Calendar};
use crate::model::campaign::{Milestone, Period};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CampaignStatus {
    Upcoming,
    Ongoing,
    Ended,
}

impl CampaignStatus {
    pub fn label(self) -> &'static str {
        match self {
            CampaignStatus::Upcoming => "Sắp triển khai",
            CampaignStatus::Ongoing => "Đang triển khai",
            CampaignStatus::Ended => "Đã kết thúc",
        }
    }
}

pub fn campaign_status(period: &Period, today: NaiveDate) -> CampaignStatus {
    if today < period.start.first_day() {
        CampaignStatus::Upcoming
    } else if period.end.is_some_and(|end| today > end.last_day()) {
        CampaignStatus::Ended
    } else {
        CampaignStatus::Ongoing
    }
}

/// Index of the next milestone not yet past (a month-precision milestone
/// stays "next" until its month ends).
pub fn next_milestone(milestones: &[Milestone], today: NaiveDate) -> Option<usize> {
    milestones
        .iter()
        .enumerate()
        .filter(|(_, m)| m.date.last_day() >= today)
        .min_by_key(|(_, m)| m.date)
        .map(|(i, _)| i)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AnniversaryClass {
    /// n % 10 == 0: năm tròn.
    Round,
    /// n % 5 == 0: năm lẻ 5.
    HalfRound,
    Other,
}

impl AnniversaryClass {
    pub fn of(n: i32) -> Self {
        if n > 0 && n % 10 == 0 {
            AnniversaryClass::Round
        } else if n > 0 && n % 5 == 0 {
            AnniversaryClass::HalfRound
        } else {
            AnniversaryClass::Other
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            AnniversaryClass::Round => "Năm tròn",
            AnniversaryClass::HalfRound => "Năm lẻ 5",
            AnniversaryClass::Other => "Năm khác",
        }
    }
}

/// The next time an anniversary falls, on or after the build date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occurrence {
    /// Solar date of the occurrence.
    pub date: NaiveDate,
    pub n: i32,
    pub class: AnniversaryClass,
    pub days_until: i64,
    pub heading: String,
}

/// Next occurrence on or after `today`. Lunar anniversaries are converted
/// to the solar calendar by [`crate::calendar::lunar::to_solar`].
pub fn next_occurrence(a: &Anniversary, title: &str, today: NaiveDate) -> Option<Occurrence> {
    let origin = a.origin_date;
    let (month, day) = (u32::from(origin.month()?), u32::from(origin.day()?));
    let on = |year: i32| match a.calendar {
        Calendar::Solar => solar_on(year, month, day),
        Calendar::Lunar => crate::calendar::lunar::to_solar(year, month, day),
    };
    let year = (today.year()..=today.year() + 1).find(|y| on(*y).is_some_and(|d| d >= today))?;
    let date = on(year)?;
    let n = year - origin.year();
    let origin_text = origin.numeric();
    let date_text = match a.calendar {
        Calendar::Solar => PartialDate::from_naive(date).numeric(),
        Calendar::Lunar => format!(
            "{}/{year} âm lịch",
            &origin_text[..origin_text.rfind('/').unwrap_or(0)]
        ),
    };
    let heading = format!(
        "Kỷ niệm {n} năm {} ({origin_text} - {date_text})",
        heading_title(title)
    );
    Some(Occurrence {
        date,
        n,
        class: AnniversaryClass::of(n),
        days_until: days_between(today, date),
        heading,
    })
}

/// 29 February falls on 28 February in common years.
fn solar_on(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, day)
        .or_else(|| NaiveDate::from_ymd_opt(year, month, day - 1))
}

/// The title inside the heading: "Ngày …" kept, an initial "Kỷ niệm" dropped.
fn heading_title(title: &str) -> &str {
    title.strip_prefix("Kỷ niệm ").unwrap_or(title)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn status_follows_the_period() {
        let p = Period {
            start: PartialDate::parse("2024-02").unwrap(),
            end: Some(PartialDate::parse("2024-12").unwrap()),
        };
        assert_eq!(
            campaign_status(&p, d("2024-01-31")),
            CampaignStatus::Upcoming
        );
        assert_eq!(
            campaign_status(&p, d("2024-02-01")),
            CampaignStatus::Ongoing
        );
        assert_eq!(
            campaign_status(&p, d("2024-12-31")),
            CampaignStatus::Ongoing
        );
        assert_eq!(campaign_status(&p, d("2025-01-01")), CampaignStatus::Ended);
    }

    #[test]
    fn heading_of_the_call_for_emulation() {
        let a = Anniversary {
            origin_date: PartialDate::parse("1948-06-11").unwrap(),
            calendar: Calendar::Solar,
            slogans: vec![],
        };
        let o = next_occurrence(
            &a,
            "Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc",
            d("2026-01-01"),
        )
        .unwrap();
        assert_eq!(o.n, 78);
        assert_eq!(
            o.heading,
            "Kỷ niệm 78 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2026)"
        );
        assert_eq!(o.class, AnniversaryClass::Other);
        let o = next_occurrence(&a, "x", d("2028-06-12")).unwrap();
        assert_eq!((o.n, o.class), (81, AnniversaryClass::Other));
        let o = next_occurrence(&a, "x", d("2028-06-11")).unwrap();
        assert_eq!(
            (o.n, o.class, o.days_until),
            (80, AnniversaryClass::Round, 0)
        );
    }

    #[test]
    fn classes() {
        assert_eq!(AnniversaryClass::of(80), AnniversaryClass::Round);
        assert_eq!(AnniversaryClass::of(75), AnniversaryClass::HalfRound);
        assert_eq!(AnniversaryClass::of(78), AnniversaryClass::Other);
    }
}
