//! The honour roll (sổ vàng): every award given, by year and by form,
//! built from award decisions (each recipient) and from exemplars' own
//! `awards`, joined on the decision number so an award is never listed
//! twice; and the lookup of decision pages by number, through which an
//! exemplar's award links to its decision.

use std::collections::HashMap;

use serde::Serialize;

use crate::model::exemplar::Subject;
use crate::model::{AwardForm, EntryKind};
use crate::site::{Page, PageId};
use crate::vietnamese::{VietnameseCollator, fold};

/// One award to one person or collective.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Honour {
    pub year: i32,
    pub form: AwardForm,
    /// The award as written ("Bằng khen của Chủ tịch …").
    pub award: String,
    pub name: String,
    pub subject: Subject,
    /// Unit or locality, whichever is known, for the roll's second column.
    pub place: Option<String>,
    pub decision: Option<String>,
    pub decision_page: Option<PageId>,
    pub exemplar_page: Option<PageId>,
}

/// The key a decision number is matched by: case, spaces and marks do
/// not matter ("1234/QĐ-UBND" = "1234 / qđ-ubnd").
pub fn number_key(number: &str) -> String {
    fold(number)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// Published decisions by [`number_key`]; revoked ones included (their
/// page says so).
pub fn decisions_by_number(pages: &[Page]) -> HashMap<String, PageId> {
    let mut out = HashMap::new();
    for (id, page) in pages.iter().enumerate() {
        if let EntryKind::Decision(d) = &page.entry.kind {
            out.entry(number_key(&d.number.value)).or_insert(id);
        }
    }
    out
}

/// The honour roll, sorted by year (newest first), form (the Law's order),
/// award and name (Vietnamese collation), so every page of the roll takes
/// its rows in order. A revoked decision's recipients are not on it.
pub fn roll(
    pages: &[Page],
    decisions: &HashMap<String, PageId>,
    collator: &VietnameseCollator,
) -> Vec<Honour> {
    let mut out = Vec::new();
    for (id, page) in pages.iter().enumerate() {
        let EntryKind::Decision(d) = &page.entry.kind else {
            continue;
        };
        if d.revoked.is_some() {
            continue;
        }
        for (i, r) in d.recipients.iter().enumerate() {
            out.push(Honour {
                year: d.issued.year(),
                form: d.form,
                award: d.award.clone(),
                name: r.name.clone(),
                subject: r.subject,
                place: r.unit.clone().or_else(|| r.locality.clone()),
                decision: Some(d.number.value.clone()),
                decision_page: Some(id),
                exemplar_page: page.links.honourees.get(i).copied().flatten(),
            });
        }
    }
    for (id, page) in pages.iter().enumerate() {
        let EntryKind::Exemplar(x) = &page.entry.kind else {
            continue;
        };
        for a in &x.awards {
            let decision_page = a
                .decision
                .as_deref()
                .and_then(|n| decisions.get(&number_key(n)).copied());
            if decision_page.is_some_and(|d| lists(&pages[d], id, page)) {
                continue;
            }
            let year = a.date.map(|d| d.year()).or_else(|| {
                decision_page.and_then(|d| match &pages[d].entry.kind {
                    EntryKind::Decision(dec) => Some(dec.issued.year()),
                    _ => None,
                })
            });
            let Some(year) = year else { continue };
            out.push(Honour {
                year,
                form: a.form,
                award: a.title.clone(),
                name: page.title().to_owned(),
                subject: x.subject,
                place: x.unit.clone().or_else(|| Some(x.locality.value.clone())),
                decision: a.decision.clone(),
                decision_page,
                exemplar_page: Some(id),
            });
        }
    }
    out.sort_by(|a, b| {
        b.year
            .cmp(&a.year)
            .then(a.form.cmp(&b.form))
            .then_with(|| collator.compare(&a.award, &b.award))
            .then_with(|| collator.compare(&a.name, &b.name))
            .then_with(|| a.decision.cmp(&b.decision))
    });
    out
}

/// Whether `decision` lists exemplar page `id`: a recipient refers to
/// it, or is written with its name (folded).
fn lists(decision: &Page, id: PageId, exemplar: &Page) -> bool {
    let EntryKind::Decision(dec) = &decision.entry.kind else {
        return false;
    };
    let by_ref = decision.links.honourees.contains(&Some(id));
    let name = fold(exemplar.title());
    by_ref || dec.recipients.iter().any(|r| fold(&r.name) == name)
}
