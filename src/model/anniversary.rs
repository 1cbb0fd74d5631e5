//! Anniversaries (ngày kỷ niệm): an origin date, solar or lunar, and slogans.

use serde::Serialize;

use crate::date::PartialDate;
use crate::model::keys::{Key, optional, required};
use crate::model::read::MapReader;
use crate::msg;

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
    /// Its own front-matter keys, in the order `thidua new` writes them.
    pub const KEYS: [Key; 3] = [
        required("origin_date"),
        optional("calendar"),
        optional("slogans"),
    ];

    pub fn read(r: &MapReader<'_>) -> Option<Anniversary> {
        let origin = r.required_date("origin_date", msg!("T0202-help-origin-date"));
        let calendar = r.choice(
            "calendar",
            &[
                ("solar", &["dương lịch"], Calendar::Solar),
                ("lunar", &["âm lịch"], Calendar::Lunar),
            ],
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
                msg!("T0211-origin-not-full", text = origin.value.iso()),
                Some(msg!("T0211-help-full-date")),
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
