//! The honour roll (sổ vàng): every award given, by year and by form,
//! built from award decisions (each recipient) and from exemplars' own
//! `awards`, joined on the decision number so an award is never listed
//! twice; and the lookup of decision pages by number, through which an
//! exemplar's award links to its decision.

use std::collections::{HashMap, HashSet};

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
    /// The decision's recipient or the exemplar's award it comes from.
    #[serde(skip)]
    pub origin: Origin,
}

/// Where a row of the roll comes from: a decision's recipient or an
/// exemplar's own award (by page and position in its list).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Origin {
    Decision(PageId, usize),
    Awards(PageId, usize),
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
        out.extend(decision_rows(id, page));
    }
    let listed = Listed::new(pages, decisions.values().copied());
    for id in 0..pages.len() {
        out.extend(award_rows(pages, id, decisions, &listed));
    }
    sort(&mut out, pages, collator);
    out
}

/// `roll` after exemplar pages `ids` were replaced by pages of the same
/// kind, every other page (decisions among them) as it was: their own
/// awards' rows taken out of `honours` and made again, each put where the
/// roll's order puts it. The same roll as [`roll`] makes, without sorting
/// thousands of rows for one edit.
pub fn patch_roll(
    honours: &mut Vec<Honour>,
    pages: &[Page],
    decisions: &HashMap<String, PageId>,
    ids: &[PageId],
    collator: &VietnameseCollator,
) {
    honours.retain(|h| !matches!(h.origin, Origin::Awards(id, _) if ids.contains(&id)));
    // Only the decisions these exemplars' awards name are asked.
    let named = ids.iter().filter_map(|&id| match &pages[id].entry.kind {
        EntryKind::Exemplar(x) => Some(x.awards.iter().filter_map(|a| a.decision.as_deref())),
        _ => None,
    });
    let asked: Vec<PageId> = named
        .flatten()
        .filter_map(|n| decisions.get(&number_key(n)).copied())
        .collect();
    let listed = Listed::new(pages, asked);
    for &id in ids {
        for row in award_rows(pages, id, decisions, &listed) {
            let key = OrderKey::of(&row, pages, collator, &|award| collator.sort_key(award));
            let at = honours.partition_point(|h| {
                OrderKey::of(h, pages, collator, &|award| collator.sort_key(award)) < key
            });
            honours.insert(at, row);
        }
    }
}

/// The rows of a decision: one per recipient (none when revoked).
fn decision_rows(id: PageId, page: &Page) -> Vec<Honour> {
    let EntryKind::Decision(d) = &page.entry.kind else {
        return Vec::new();
    };
    if d.revoked.is_some() {
        return Vec::new();
    }
    d.recipients
        .iter()
        .enumerate()
        .map(|(i, r)| Honour {
            year: d.issued.year(),
            form: d.form,
            award: d.award.clone(),
            name: r.name.clone(),
            subject: r.subject,
            place: r.unit.clone().or_else(|| r.locality.clone()),
            decision: Some(d.number.value.clone()),
            decision_page: Some(id),
            exemplar_page: page.links.honourees.get(i).copied().flatten(),
            origin: Origin::Decision(id, i),
        })
        .collect()
}

/// Each decision's recipients' names, folded once.
struct Listed(HashMap<PageId, HashSet<String>>);

impl Listed {
    /// Of the decision pages `decisions`.
    fn new(pages: &[Page], decisions: impl IntoIterator<Item = PageId>) -> Listed {
        let names = decisions
            .into_iter()
            .filter_map(|d| match &pages[d].entry.kind {
                EntryKind::Decision(dec) => {
                    Some((d, dec.recipients.iter().map(|r| fold(&r.name)).collect()))
                }
                _ => None,
            });
        Listed(names.collect())
    }

    /// Whether decision `d` lists exemplar page `id` (`folded`: its title
    /// folded): a recipient refers to it, or is written with its name.
    fn lists(&self, pages: &[Page], d: PageId, id: PageId, folded: &str) -> bool {
        pages[d].links.honourees.contains(&Some(id))
            || self.0.get(&d).is_some_and(|names| names.contains(folded))
    }
}

/// The rows of an exemplar's own `awards`, but for those whose decision
/// already lists it (its row comes from the decision).
fn award_rows(
    pages: &[Page],
    id: PageId,
    decisions: &HashMap<String, PageId>,
    listed: &Listed,
) -> Vec<Honour> {
    let page = &pages[id];
    let EntryKind::Exemplar(x) = &page.entry.kind else {
        return Vec::new();
    };
    let mut folded: Option<String> = None;
    let mut out = Vec::new();
    for (i, a) in x.awards.iter().enumerate() {
        let decision_page = a
            .decision
            .as_deref()
            .and_then(|n| decisions.get(&number_key(n)).copied());
        if decision_page.is_some_and(|d| {
            let folded = folded.get_or_insert_with(|| fold(page.title()));
            listed.lists(pages, d, id, folded)
        }) {
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
            origin: Origin::Awards(id, i),
        });
    }
    out
}

/// A row's place in the roll: year (newest first), form, award, name,
/// decision number, and where it comes from (the order rows are found in:
/// decisions' recipients, then exemplars' awards, by page and position).
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct OrderKey<'p, A> {
    year: std::cmp::Reverse<i32>,
    form: AwardForm,
    /// The award's collation key, or its rank among the roll's awards.
    award: A,
    name: std::borrow::Cow<'p, [u8]>,
    decision: Option<String>,
    origin: Origin,
}

impl<'p, A> OrderKey<'p, A> {
    fn of(
        h: &Honour,
        pages: &'p [Page],
        collator: &VietnameseCollator,
        award: &dyn Fn(&str) -> A,
    ) -> OrderKey<'p, A> {
        // An exemplar's own name: its page has the key.
        let name = match h.exemplar_page.map(|id| &pages[id]) {
            Some(page) if page.title() == h.name => {
                std::borrow::Cow::Borrowed(&*page.sort_keys.title)
            }
            _ => std::borrow::Cow::Owned(collator.sort_key(&h.name)),
        };
        OrderKey {
            year: std::cmp::Reverse(h.year),
            form: h.form,
            award: award(&h.award),
            name,
            decision: h.decision.clone(),
            origin: h.origin,
        }
    }
}

/// The roll's order ([`OrderKey`]), each award's collation key made once
/// for all its rows.
fn sort(out: &mut Vec<Honour>, pages: &[Page], collator: &VietnameseCollator) {
    let mut distinct: Vec<(Vec<u8>, &str)> = out
        .iter()
        .map(|h| h.award.as_str())
        .collect::<HashSet<&str>>()
        .into_iter()
        .map(|a| (collator.sort_key(a), a))
        .collect();
    distinct.sort();
    // Awards the collation holds equal share a rank.
    let mut ranks: HashMap<&str, usize> = HashMap::new();
    let mut rank = 0;
    for (i, (key, award)) in distinct.iter().enumerate() {
        if i > 0 && distinct[i - 1].0 != *key {
            rank += 1;
        }
        ranks.insert(award, rank);
    }
    let rank_of = |award: &str| ranks.get(award).copied().unwrap_or_default();
    let keys: Vec<OrderKey<'_, usize>> = out
        .iter()
        .map(|h| OrderKey::of(h, pages, collator, &rank_of))
        .collect();
    let mut order: Vec<usize> = (0..out.len()).collect();
    order.sort_unstable_by(|&a, &b| keys[a].cmp(&keys[b]));
    let mut rows: Vec<Option<Honour>> = std::mem::take(out).into_iter().map(Some).collect();
    out.extend(order.into_iter().filter_map(|i| rows[i].take()));
}
