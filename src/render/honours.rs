//! The honour roll's pages (sổ vàng), from [`Site::honours`]: an index
//! (`/so-vang/`: years and award forms with their counts), one page per
//! year (`/so-vang/<year>/`, grouped by award form in the Law's order) and
//! one per award form (`/so-vang/<form's slug>/`, grouped by year, newest
//! first). Within a group, rows are ordered by award title, then name
//! (Vietnamese collation). Revoked decisions are not on the roll
//! (`site::honours::roll` leaves them out).

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;
use tera::Value;

use crate::model::AwardForm;
use crate::permalink::{Permalink, reserved};
use crate::site::Site;
use crate::site::honours::Honour;
use crate::vietnamese::slugify;

/// One page of the honour roll.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HonourPage {
    Index,
    Year(i32),
    Form(AwardForm),
}

impl HonourPage {
    /// `/so-vang/`, `/so-vang/2024/`, `/so-vang/bang-khen/`.
    pub fn permalink(self) -> Option<Permalink> {
        match self {
            HonourPage::Index => Permalink::from_segments([reserved::HONOURS]),
            HonourPage::Year(y) => {
                Permalink::from_segments([reserved::HONOURS])?.child(&y.to_string())
            }
            HonourPage::Form(f) => {
                Permalink::from_segments([reserved::HONOURS])?.child(&form_slug(f))
            }
        }
    }

    pub fn title(self) -> String {
        match self {
            HonourPage::Index => TITLE.to_owned(),
            HonourPage::Year(y) => format!("{TITLE} năm {y}"),
            HonourPage::Form(f) => format!("{TITLE}: {}", f.label()),
        }
    }
}

/// The roll's name, in the menu and the headings.
pub const TITLE: &str = "Sổ vàng";

fn form_slug(form: AwardForm) -> String {
    slugify(form.label())
}

/// Every page of the roll: the index, each year (newest first), each form
/// that has an award (the Law's order). Only the index when nothing is on
/// the roll.
pub fn pages(site: &Site) -> Vec<HonourPage> {
    let mut years: Vec<i32> = site.honours.iter().map(|h| h.year).collect();
    years.sort_unstable_by(|a, b| b.cmp(a));
    years.dedup();
    let mut forms: Vec<AwardForm> = site.honours.iter().map(|h| h.form).collect();
    forms.sort_unstable();
    forms.dedup();
    let mut out = vec![HonourPage::Index];
    out.extend(years.into_iter().map(HonourPage::Year));
    out.extend(forms.into_iter().map(HonourPage::Form));
    out
}

#[derive(Serialize, Hash)]
struct Link {
    name: String,
    url: String,
    count: usize,
    /// Forms: danh hiệu thi đua / hình thức khen thưởng.
    kind: Option<&'static str>,
}

#[derive(Serialize, Hash)]
struct Row<'a> {
    name: &'a str,
    /// The exemplar's page, when the roll knows it.
    url: Option<&'a str>,
    subject: &'static str,
    place: Option<&'a str>,
    award: &'a str,
    decision: Option<&'a str>,
    decision_url: Option<&'a str>,
}

#[derive(Serialize)]
struct Group<'a> {
    title: String,
    /// The year's or the form's own page of the roll.
    url: Option<String>,
    rows: Vec<Row<'a>>,
}

#[derive(Serialize)]
struct RollView<'a> {
    /// `index`, `year` or `form`.
    view: &'static str,
    title: String,
    total: usize,
    year: Option<i32>,
    form: Option<&'static str>,
    kind: Option<&'static str>,
    years: Vec<Link>,
    forms: Vec<Link>,
    groups: Vec<Group<'a>>,
}

fn url_of(page: HonourPage) -> Option<String> {
    page.permalink().map(|p| p.to_string())
}

fn year_links(honours: &[&Honour]) -> Vec<Link> {
    let mut counts: BTreeMap<std::cmp::Reverse<i32>, usize> = BTreeMap::new();
    for h in honours {
        *counts.entry(std::cmp::Reverse(h.year)).or_default() += 1;
    }
    counts
        .into_iter()
        .filter_map(|(y, count)| {
            Some(Link {
                name: y.0.to_string(),
                url: url_of(HonourPage::Year(y.0))?,
                count,
                kind: None,
            })
        })
        .collect()
}

fn form_links(honours: &[&Honour]) -> Vec<Link> {
    let mut counts: BTreeMap<AwardForm, usize> = BTreeMap::new();
    for h in honours {
        *counts.entry(h.form).or_default() += 1;
    }
    counts
        .into_iter()
        .filter_map(|(f, count)| {
            Some(Link {
                name: f.label().to_owned(),
                url: url_of(HonourPage::Form(f))?,
                count,
                kind: Some(f.kind().label()),
            })
        })
        .collect()
}

fn row<'a>(site: &'a Site, h: &'a Honour) -> Row<'a> {
    Row {
        name: &h.name,
        url: h.exemplar_page.map(|id| site.pages[id].permalink.as_str()),
        subject: h.subject.label(),
        place: h.place.as_deref(),
        award: &h.award,
        decision: h.decision.as_deref(),
        decision_url: h.decision_page.map(|id| site.pages[id].permalink.as_str()),
    }
}

/// The rows of a group, in the roll's order (award title, then name, by
/// Vietnamese collation: `site::honours::roll`).
fn rows<'a>(site: &'a Site, list: Vec<&'a Honour>) -> Vec<Row<'a>> {
    list.into_iter().map(|h| row(site, h)).collect()
}

/// The pages of the roll that list `h` in a group: its year's and its
/// form's (the index lists none).
fn listed_on(h: &Honour) -> [HonourPage; 2] {
    [HonourPage::Year(h.year), HonourPage::Form(h.form)]
}

/// Whether page `page` of the roll lists `h` ([`listed_on`]).
fn shown(h: &Honour, page: HonourPage) -> bool {
    listed_on(h).contains(&page)
}

/// For every page of the roll, a hash of everything it shows besides the
/// site-wide values: its title, the counts by year and by form, and the
/// rows it lists (with the pages they link to). An edit that leaves them
/// as they were (another year's award, a title on no row of it) does not
/// draw it again (`render::deps`). One pass over the roll for all pages.
pub fn inputs_keys(site: &Site) -> HashMap<HonourPage, u64> {
    let all: Vec<&Honour> = site.honours.iter().collect();
    let counts = crate::fingerprint::of(&(year_links(&all), form_links(&all)));
    let mut rows: HashMap<HonourPage, crate::fingerprint::Hasher> = HashMap::new();
    for h in &all {
        let row = row(site, h);
        for page in listed_on(h) {
            rows.entry(page).or_default().add(&row);
        }
    }
    pages(site)
        .into_iter()
        .map(|page| {
            let rows = rows.remove(&page).map(|h| h.finish());
            (page, crate::fingerprint::of(&(page.title(), counts, rows)))
        })
        .collect()
}

/// The value of one page of the roll (`honours` in the template).
pub fn value(site: &Site, page: HonourPage) -> Value {
    let all: Vec<&Honour> = site.honours.iter().collect();
    let mut view = RollView {
        view: "index",
        title: page.title(),
        total: all.len(),
        year: None,
        form: None,
        kind: None,
        years: year_links(&all),
        forms: form_links(&all),
        groups: Vec::new(),
    };
    match page {
        HonourPage::Index => {}
        HonourPage::Year(year) => {
            let mut by_form: BTreeMap<AwardForm, Vec<&Honour>> = BTreeMap::new();
            for h in all.iter().filter(|h| shown(h, page)) {
                by_form.entry(h.form).or_default().push(h);
            }
            view.view = "year";
            view.year = Some(year);
            view.total = by_form.values().map(Vec::len).sum();
            view.groups = by_form
                .into_iter()
                .map(|(form, list)| Group {
                    title: form.label().to_owned(),
                    url: url_of(HonourPage::Form(form)),
                    rows: rows(site, list),
                })
                .collect();
        }
        HonourPage::Form(form) => {
            let mut by_year: BTreeMap<std::cmp::Reverse<i32>, Vec<&Honour>> = BTreeMap::new();
            for h in all.iter().filter(|h| shown(h, page)) {
                by_year
                    .entry(std::cmp::Reverse(h.year))
                    .or_default()
                    .push(h);
            }
            view.view = "form";
            view.form = Some(form.label());
            view.kind = Some(form.kind().label());
            view.total = by_year.values().map(Vec::len).sum();
            view.groups = by_year
                .into_iter()
                .map(|(year, list)| Group {
                    title: format!("Năm {}", year.0),
                    url: url_of(HonourPage::Year(year.0)),
                    rows: rows(site, list),
                })
                .collect();
        }
    }
    Value::from_serializable(&view)
}
