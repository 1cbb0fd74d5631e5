//! Events (sự kiện): conferences, ceremonies, with an optional stage backdrop.

use serde::Serialize;

use crate::model::Ref;
use crate::model::keys::{Key, optional};
use crate::model::read::{Choice, MapReader};
use crate::msg;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    InPerson,
    Online,
    Hybrid,
}

impl Format {
    pub fn label(self) -> &'static str {
        match self {
            Format::InPerson => "Trực tiếp",
            Format::Online => "Trực tuyến",
            Format::Hybrid => "Trực tiếp kết hợp trực tuyến",
        }
    }
}

/// The printed stage backdrop (phông nền) of an event.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Backdrop {
    pub organisation: Option<String>,
    pub heading: Option<String>,
    pub title: String,
    pub place_date: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub tentative: bool,
    pub venue: Option<String>,
    pub format: Option<Format>,
    pub locations: Vec<String>,
    pub attendees: Option<u64>,
    pub agenda: Vec<String>,
    pub anniversary: Option<Ref>,
    pub backdrop: Option<Backdrop>,
}

impl Event {
    /// Its own front-matter keys, in the order `thidua new` writes them.
    pub const KEYS: [Key; 8] = [
        optional("tentative"),
        optional("venue"),
        optional("format"),
        optional("locations"),
        optional("attendees"),
        optional("agenda"),
        optional("anniversary"),
        optional("backdrop"),
    ];

    pub fn read(r: &MapReader<'_>) -> Option<Event> {
        let formats: [Choice<'_, Format>; 3] = [
            ("in_person", &["trực tiếp"], Format::InPerson),
            ("online", &["trực tuyến"], Format::Online),
            (
                "hybrid",
                &["kết hợp", "trực tiếp kết hợp trực tuyến"],
                Format::Hybrid,
            ),
        ];
        Some(Event {
            tentative: r.bool("tentative").unwrap_or(false),
            venue: r.string("venue").map(|s| s.value),
            format: r.choice("format", &formats),
            locations: r
                .string_list("locations")
                .into_iter()
                .map(|s| s.value)
                .collect(),
            attendees: r.count("attendees"),
            agenda: r
                .string_list("agenda")
                .into_iter()
                .map(|s| s.value)
                .collect(),
            anniversary: r.string("anniversary"),
            backdrop: r.group(
                "backdrop",
                msg!("what-group", key = "backdrop"),
                &["organisation", "heading", "title", "place_date"],
                read_backdrop,
            ),
        })
    }
}

fn read_backdrop(r: &MapReader<'_>) -> Option<Backdrop> {
    let title = r.required_string("title", msg!("T0202-help-backdrop-title"));
    Some(Backdrop {
        organisation: r.string("organisation").map(|s| s.value),
        heading: r.string("heading").map(|s| s.value),
        title: title?.value,
        place_date: r.string("place_date").map(|s| s.value),
    })
}
