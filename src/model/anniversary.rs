//! Anniversaries (ngày kỷ niệm): an origin date, solar or lunar, and slogans.

use serde::Serialize;

use crate::date::PartialDate;
use crate::model::read::MapReader;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Calendar {
    Solar,
    Lunar,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Anniversary {
    /// Always a full date (day precision). For a lunar anniversary the month
    /// and day are lunar (10/3 âm lịch).
    pub origin_date: PartialDate,
    pub calendar: Calendar,
    pub slogans: Vec<String>,
}

impl Anniversary {
    pub const KEYS: [&'static str; 3] = ["origin_date", "calendar", "slogans"];

    pub fn read(r: &MapReader<'_>) -> Option<Anniversary> {
        let origin = r.required_date(
            "origin_date",
            "write the day it commemorates, e.g. origin_date: 1948-06-11",
        );
        let calendar = r.choice(
            "calendar",
            &[("solar", Calendar::Solar), ("lunar", Calendar::Lunar)],
        );
        let slogans = r
            .string_list("slogans")
            .into_iter()
            .map(|s| s.value)
            .collect();
        let origin = origin?;
        if origin.value.day().is_none() {
            r.problems().error(
                origin.pos,
                "`origin_date` must be a full date (year, month and day)",
                Some("e.g. origin_date: 1948-06-11".into()),
            );
            return None;
        }
        Some(Anniversary {
            origin_date: origin.value,
            calendar: calendar.unwrap_or(Calendar::Solar),
            slogans,
        })
    }
}
