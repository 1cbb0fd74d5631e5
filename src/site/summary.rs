//! What a page shows of itself in a list, a feed or a search result
//! besides its title: the date it is listed by and its short meta line.
//! Here, below both `render` and `search`, so each reads them from the
//! [`Page`] alone.

use crate::date::PartialDate;
use crate::model::EntryKind;

use super::Page;

/// The date a page is listed by: its `date`, or the document's issue date,
/// or the latest award, or the campaign start.
pub fn sort_date(page: &Page) -> Option<PartialDate> {
    if let Some(d) = &page.entry.common.date {
        return Some(d.value.day);
    }
    match &page.entry.kind {
        EntryKind::Document(d) => d.issued,
        EntryKind::Exemplar(x) => x.awards.iter().filter_map(|a| a.date).max(),
        EntryKind::Campaign(c) => Some(c.period.start),
        EntryKind::Decision(d) => Some(d.issued),
        EntryKind::Nomination(n) => Some(n.opens.value),
        _ => None,
    }
}

/// The short line under a title: locality, document number, campaign
/// period, venue…
pub fn meta_line(page: &Page) -> String {
    match &page.entry.kind {
        EntryKind::Exemplar(x) => format!("{} · {}", x.subject.label(), x.locality.value),
        EntryKind::Document(d) => match &d.number {
            Some(n) => format!("{} số {n}", d.doc_type),
            None => d.doc_type.clone(),
        },
        EntryKind::Campaign(c) => match c.period.end {
            Some(end) => format!("{} – {}", c.period.start.numeric(), end.numeric()),
            None => format!("Từ {}", c.period.start.numeric()),
        },
        EntryKind::Event(e) => e.venue.clone().unwrap_or_default(),
        EntryKind::Anniversary(a) => a.origin_date().map(|d| d.numeric()).unwrap_or_default(),
        EntryKind::News(n) => n
            .source
            .clone()
            .or_else(|| n.author.clone())
            .unwrap_or_default(),
        EntryKind::Decision(d) => {
            format!("Quyết định số {} · {}", d.number.value, d.issued.numeric())
        }
        EntryKind::Nomination(n) => {
            format!("{} – {}", n.opens.value.numeric(), n.closes.value.numeric())
        }
        EntryKind::Page => String::new(),
    }
}
