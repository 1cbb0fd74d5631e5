//! Anniversaries (ngày kỷ niệm): the day they recur on, solar or lunar;
//! the event(s) they count years from (`origin_date`, or two `origins` for
//! a day that commemorates two events); or no count at all for observances
//! such as Tết and Giỗ Tổ Hùng Vương (`ordinal: false`, `day: MM-DD`); and
//! slogans whose `{n}` and `{year}` are filled per occurrence.

use serde::Serialize;

use crate::date::PartialDate;
use crate::model::Spanned;
use crate::model::keys::{Key, optional, required};
use crate::model::read::MapReader;
use crate::msg;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Calendar {
    Solar,
    Lunar,
}

/// One event the day commemorates, counted in years from its date.
#[derive(Debug, Clone, PartialEq)]
pub struct Founding {
    /// A full date; month and day in the anniversary's calendar.
    pub date: PartialDate,
    /// What happened ("Ngày thành lập Quân đội nhân dân Việt Nam"); the
    /// entry's title when the day has one origin.
    pub label: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Anniversary {
    /// The events counted from, oldest first: one (`origin_date`), two or
    /// more (`origins`), none for a day without an ordinal.
    pub origins: Vec<Founding>,
    pub calendar: Calendar,
    /// The recurring day (month, day) in `calendar`.
    pub day: (u8, u8),
    /// False for observances not counted in years (Tết, Giỗ Tổ Hùng Vương).
    pub ordinal: bool,
    pub slogans: Vec<String>,
}

impl Anniversary {
    /// Its own front-matter keys, in the order `thidua new` writes them.
    /// `origin_date` is required unless the day has `origins` or no
    /// ordinal (`ordinal: false`, with `day`).
    pub const KEYS: [Key; 6] = [
        required("origin_date"),
        optional("calendar"),
        optional("slogans"),
        optional("ordinal"),
        optional("day"),
        optional("origins"),
    ];

    /// The first origin's date (what "Ngày gốc" shows), if any.
    pub fn origin_date(&self) -> Option<PartialDate> {
        self.origins.first().map(|o| o.date)
    }

    pub fn read(r: &MapReader<'_>) -> Option<Anniversary> {
        let ordinal = r.bool("ordinal").unwrap_or(true);
        let calendar = r
            .choice(
                "calendar",
                &[
                    ("solar", &["dương lịch"], Calendar::Solar),
                    ("lunar", &["âm lịch"], Calendar::Lunar),
                ],
            )
            .unwrap_or(Calendar::Solar);
        let slogans: Vec<Spanned<String>> = r.string_list("slogans");
        let day = read_day(r, ordinal, calendar);
        let mut origins = read_origins(r);
        let origin = if origins.is_empty() && ordinal {
            r.required_date("origin_date", msg!("T0202-help-origin-date"))
        } else {
            r.date("origin_date")
        };
        if let Some(origin) = &origin {
            if origin.value.day().is_none() {
                r.problems().error(
                    origin.pos,
                    msg!("T0211-origin-not-full", text = origin.value.iso()),
                    Some(msg!("T0211-help-full-date")),
                );
                return None;
            }
            if !origins.iter().any(|o| o.date == origin.value) {
                origins.insert(
                    0,
                    Founding {
                        date: origin.value,
                        label: None,
                    },
                );
            }
        }
        origins.sort_by_key(|o| o.date);
        if !ordinal {
            for s in slogans.iter().filter(|s| s.value.contains("{n}")) {
                r.problems().error(
                    s.pos,
                    msg!("T0213-n-without-ordinal"),
                    Some(msg!("T0213-help-year-instead")),
                );
            }
        }
        let day = match (day, origins.first()) {
            (Some(day), _) => day,
            (None, Some(first)) => (first.date.month()?, first.date.day()?),
            (None, None) => return None,
        };
        if let Some(other) = origins
            .iter()
            .find(|o| (o.date.month(), o.date.day()) != (Some(day.0), Some(day.1)))
        {
            r.problems().error(
                r.key_pos(if r.node("origins").is_some() {
                    "origins"
                } else {
                    "origin_date"
                }),
                msg!("T0213-origins-differ", text = other.date.iso()),
                Some(msg!("T0213-help-origins")),
            );
            return None;
        }
        if ordinal && origins.is_empty() {
            return None;
        }
        Some(Anniversary {
            origins,
            calendar,
            day,
            ordinal,
            slogans: slogans.into_iter().map(|s| s.value).collect(),
        })
    }
}

/// `day: MM-DD`, the recurring day of an observance without an ordinal;
/// required then, not allowed otherwise (the origin gives the day).
fn read_day(r: &MapReader<'_>, ordinal: bool, calendar: Calendar) -> Option<(u8, u8)> {
    let Some(node) = r.node("day") else {
        if !ordinal {
            r.problems().error(
                r.pos(),
                msg!("T0213-day-required"),
                Some(msg!("T0213-help-day")),
            );
        }
        return None;
    };
    if ordinal {
        r.problems().error(
            node.pos,
            msg!("T0213-day-with-ordinal"),
            Some(msg!("T0213-help-ordinal-false")),
        );
        return None;
    }
    let text = node.as_scalar().unwrap_or("").trim();
    let parsed = text.split_once('-').and_then(|(m, d)| {
        let ok = m.len() == 2 && d.len() == 2;
        let (m, d) = (m.parse::<u8>().ok()?, d.parse::<u8>().ok()?);
        // A solar day that exists in some year (29 February counts); a
        // lunar month has 29 or 30 days.
        let real = match calendar {
            Calendar::Solar => PartialDate::from_ymd(2024, u32::from(m), u32::from(d)).is_some(),
            Calendar::Lunar => (1..=12).contains(&m) && (1..=30).contains(&d),
        };
        (ok && real).then_some((m, d))
    });
    if parsed.is_none() {
        r.problems().error(
            node.pos,
            msg!("T0213-bad-day", text = text),
            Some(msg!("T0213-help-day")),
        );
    }
    parsed
}

/// `origins: [{date, label}]`: each event the day commemorates.
fn read_origins(r: &MapReader<'_>) -> Vec<Founding> {
    r.list_of("origins", msg!("what-origin"), &["date", "label"], |item| {
        let date = item.required_date("date", msg!("T0211-help-full-date"))?;
        let label = item.required_string("label", msg!("T0213-help-origins"))?;
        if date.value.day().is_none() {
            item.problems().error(
                date.pos,
                msg!("T0211-origin-not-full", text = date.value.iso()),
                Some(msg!("T0211-help-full-date")),
            );
            return None;
        }
        Some(Founding {
            date: date.value,
            label: Some(label.value),
        })
    })
}
