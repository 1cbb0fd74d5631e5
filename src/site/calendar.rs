//! Values computed from the build date: a campaign's status and next
//! milestone, an anniversary's next occurrence, its round-number class and
//! the conventional heading "Kỷ niệm 78 năm Ngày … (11/6/1948 - 11/6/2026)".

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::date::{PartialDate, day_month, days_between};
#[cfg(test)]
use crate::model::anniversary::Founding;
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

/// Where a public consultation (lấy ý kiến) stands on the build date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsultationStatus {
    Upcoming,
    Open,
    Closed,
}

impl ConsultationStatus {
    pub fn of(opens: NaiveDate, closes: NaiveDate, today: NaiveDate) -> Self {
        if today < opens {
            ConsultationStatus::Upcoming
        } else if today > closes {
            ConsultationStatus::Closed
        } else {
            ConsultationStatus::Open
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            ConsultationStatus::Upcoming => "Sắp lấy ý kiến",
            ConsultationStatus::Open => "Đang lấy ý kiến",
            ConsultationStatus::Closed => "Đã kết thúc",
        }
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
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
    /// Years since the (first) origin; 0 for a day not counted in years.
    pub n: i32,
    /// Whether the day is counted in years ("Kỷ niệm n năm …").
    pub ordinal: bool,
    pub class: AnniversaryClass,
    pub days_until: i64,
    pub heading: String,
    /// The slogans with `{n}` and `{year}` filled for this occurrence.
    pub slogans: Vec<String>,
}

/// Next occurrence on or after `today`. Lunar anniversaries are converted
/// to the solar calendar by [`crate::calendar::lunar::to_solar`].
///
/// The class follows Decree 145/2013/NĐ-CP art. 3 (năm tròn: n ends in 0;
/// năm lẻ 5: n ends in 5); for a day with two origins the better of the two;
/// for a day not counted in years (Tết, Giỗ Tổ Hùng Vương) it is taken from
/// the Gregorian year of the occurrence (2030 → năm tròn).
pub fn next_occurrence(a: &Anniversary, title: &str, today: NaiveDate) -> Option<Occurrence> {
    let (month, day) = (u32::from(a.day.0), u32::from(a.day.1));
    let on = |year: i32| match a.calendar {
        Calendar::Solar => solar_on(year, month, day),
        Calendar::Lunar => crate::calendar::lunar::to_solar(year, month, day),
    };
    // The year of the calendar the day is written in: a lunar day late in
    // the year falls in the next solar year.
    let (year, date) = (today.year() - 1..=today.year() + 1)
        .filter_map(|y| on(y).map(|d| (y, d)))
        .find(|(_, d)| *d >= today)?;
    let date_text = |origin: Option<PartialDate>| match (a.calendar, origin) {
        (Calendar::Solar, Some(o)) => format!(
            "{} - {}",
            o.numeric(),
            PartialDate::from_naive(date).numeric()
        ),
        (Calendar::Lunar, Some(o)) => format!(
            "{} - {}/{year} âm lịch",
            o.numeric(),
            day_month(a.day.1, a.day.0)
        ),
        (Calendar::Solar, None) => PartialDate::from_naive(date).numeric(),
        (Calendar::Lunar, None) => format!(
            "{} âm lịch - {}",
            day_month(a.day.1, a.day.0),
            PartialDate::from_naive(date).numeric()
        ),
    };
    let title = heading_title(title);
    let counted: Vec<(i32, String)> = a
        .origins
        .iter()
        .map(|o| {
            let n = year - o.date.year();
            let label = o
                .label
                .as_deref()
                .filter(|_| a.origins.len() > 1)
                .unwrap_or(title);
            (n, format!("{n} năm {label} ({})", date_text(Some(o.date))))
        })
        .collect();
    let (n, class, heading) = if a.ordinal && !counted.is_empty() {
        let class = counted
            .iter()
            .map(|(n, _)| AnniversaryClass::of(*n))
            .min()
            .unwrap_or(AnniversaryClass::Other);
        let parts: Vec<&str> = counted.iter().map(|(_, t)| t.as_str()).collect();
        (
            counted[0].0,
            class,
            format!("Kỷ niệm {}", parts.join(" và ")),
        )
    } else {
        let heading = format!("{title} năm {} ({})", date.year(), date_text(None));
        (0, AnniversaryClass::of(date.year()), heading)
    };
    let slogans = a
        .slogans
        .iter()
        .map(|s| {
            s.replace("{n}", &n.to_string())
                .replace("{year}", &date.year().to_string())
        })
        .collect();
    Some(Occurrence {
        date,
        n,
        ordinal: a.ordinal,
        class,
        days_until: days_between(today, date),
        heading,
        slogans,
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

    fn anniversary(origin: &str) -> Anniversary {
        let date = PartialDate::parse(origin).unwrap();
        Anniversary {
            origins: vec![Founding { date, label: None }],
            calendar: Calendar::Solar,
            day: (date.month().unwrap(), date.day().unwrap()),
            ordinal: true,
            slogans: vec![],
        }
    }

    fn observance(calendar: Calendar, day: (u8, u8)) -> Anniversary {
        Anniversary {
            origins: vec![],
            calendar,
            day,
            ordinal: false,
            slogans: vec!["Nhớ ngày Giỗ Tổ mùng Mười tháng Ba năm {year}".into()],
        }
    }

    #[test]
    fn hung_kings_day_has_no_count_of_years() {
        // Decree 145/2013 art. 3 for days without an ordinal: the class of
        // the Gregorian year of the occurrence.
        let a = observance(Calendar::Lunar, (3, 10));
        let o = next_occurrence(&a, "Giỗ Tổ Hùng Vương", d("2026-12-02")).unwrap();
        assert_eq!(o.date, d("2027-04-16"));
        assert!(!o.ordinal);
        assert_eq!(
            o.heading,
            "Giỗ Tổ Hùng Vương năm 2027 (10/3 âm lịch - 16/4/2027)"
        );
        assert_eq!(o.class, AnniversaryClass::Other);
        assert_eq!(o.slogans, ["Nhớ ngày Giỗ Tổ mùng Mười tháng Ba năm 2027"]);
        let o = next_occurrence(&a, "Giỗ Tổ Hùng Vương", d("2029-12-02")).unwrap();
        assert_eq!((o.date.year(), o.class), (2030, AnniversaryClass::Round));
        let o = next_occurrence(&a, "Giỗ Tổ Hùng Vương", d("2025-01-01")).unwrap();
        assert_eq!(
            (o.date, o.class),
            (d("2025-04-07"), AnniversaryClass::HalfRound)
        );
    }

    #[test]
    fn tet_by_the_vietnamese_calendar() {
        let a = observance(Calendar::Lunar, (1, 1));
        let o = next_occurrence(&a, "Tết Nguyên đán", d("2029-12-02")).unwrap();
        assert_eq!(o.date, d("2030-02-02"));
        assert_eq!(
            o.heading,
            "Tết Nguyên đán năm 2030 (01/01 âm lịch - 02/02/2030)"
        );
        // A day late in the lunar year falls in the next solar year: ông
        // Công ông Táo (23 tháng Chạp) of the year begun in 2026.
        let a = observance(Calendar::Lunar, (12, 23));
        let o = next_occurrence(&a, "Tết ông Công ông Táo", d("2026-12-02")).unwrap();
        assert_eq!(o.date, d("2027-01-30"));
    }

    #[test]
    fn a_day_with_two_origins_names_both() {
        let a = Anniversary {
            origins: vec![
                Founding {
                    date: PartialDate::parse("1944-12-22").unwrap(),
                    label: Some("Ngày thành lập Quân đội nhân dân Việt Nam".into()),
                },
                Founding {
                    date: PartialDate::parse("1989-12-22").unwrap(),
                    label: Some("Ngày hội Quốc phòng toàn dân".into()),
                },
            ],
            calendar: Calendar::Solar,
            day: (12, 22),
            ordinal: true,
            slogans: vec![
                "Nhiệt liệt chào mừng {n} năm Ngày thành lập Quân đội nhân dân Việt Nam ({year})"
                    .into(),
            ],
        };
        let o = next_occurrence(
            &a,
            "Ngày thành lập Quân đội nhân dân Việt Nam - Ngày hội Quốc phòng toàn dân",
            d("2026-12-02"),
        )
        .unwrap();
        assert_eq!(
            o.heading,
            "Kỷ niệm 82 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2026) và 37 năm Ngày hội Quốc phòng toàn dân (22/12/1989 - 22/12/2026)"
        );
        assert_eq!(
            o.slogans,
            ["Nhiệt liệt chào mừng 82 năm Ngày thành lập Quân đội nhân dân Việt Nam (2026)"]
        );
        // 2029: 85 and 40 years — the better class, năm tròn.
        let o = next_occurrence(&a, "x", d("2029-01-01")).unwrap();
        assert_eq!((o.n, o.class), (85, AnniversaryClass::Round));
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
        let a = anniversary("1948-06-11");
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
