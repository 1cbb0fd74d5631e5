//! Lists: section lists and taxonomy term pages (paginated), the taxonomy
//! indexes, the home page and the anniversary calendar. Orders are computed
//! once: alphabetical lists of people by given name with Vietnamese
//! collation, chronological lists by date.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use tera::{Context, Value};

use crate::model::{EntryKind, Section};
use crate::permalink::Permalink;
use crate::render::Crumb;
use crate::render::meta::PageKind;
use crate::render::view::{self, PageValues};
use crate::site::calendar::{CampaignStatus, ConsultationStatus, campaign_status};
use crate::site::{PageId, Site, Taxonomy, TaxonomyKind};
use crate::vietnamese::VietnameseCollator;

/// A paginated list of pages.
#[derive(Debug, Clone)]
pub struct Listing {
    /// [`PageKind::Section`] or [`PageKind::Term`].
    pub kind: PageKind,
    pub title: String,
    pub permalink: Permalink,
    pub template: &'static str,
    pub section: Option<Section>,
    pub taxonomy: Option<(TaxonomyKind, Permalink)>,
    pub items: Vec<PageId>,
    /// Extra navigation for the page (the documents' sort and filter links).
    pub nav: Option<Value>,
}

impl Listing {
    pub fn page_count(&self, per_page: usize) -> usize {
        self.items.len().div_ceil(per_page).max(1)
    }

    pub fn crumbs(&self) -> Vec<Crumb> {
        match &self.taxonomy {
            Some((kind, p)) => vec![Crumb {
                title: kind.title().into(),
                url: p.to_string(),
            }],
            None => vec![],
        }
    }

    /// Put `paginator` (and `section` or `taxonomy`/`term`) into the context.
    pub fn insert(&self, ctx: &mut Context, page: usize, site: &Site, values: &PageValues) {
        let per = site.config.paginate;
        let total = self.page_count(per);
        let start = (page - 1) * per;
        let ids = &self.items[start.min(self.items.len())..(start + per).min(self.items.len())];
        let links = pager_window(page, total)
            .into_iter()
            .map(|shown| match shown {
                Shown::Page(n) => PageLink {
                    number: n,
                    url: self.permalink.page(n).to_string(),
                    current: n == page,
                    gap: false,
                },
                Shown::Gap(n) => PageLink {
                    number: n,
                    url: String::new(),
                    current: false,
                    gap: true,
                },
            })
            .collect();
        let paginator = Paginator {
            page,
            pages: total,
            total_items: self.items.len(),
            first_url: self.permalink.to_string(),
            prev_url: (page > 1).then(|| self.permalink.page(page - 1).to_string()),
            next_url: (page < total).then(|| self.permalink.page(page + 1).to_string()),
            links,
        };
        let mut value = Value::from_serializable(&paginator);
        if let Some(map) = value.as_map() {
            let mut map = map.clone();
            map.insert("items".into(), values.summaries_of(ids));
            value = Value::from(map);
        }
        ctx.insert_value("paginator", value);
        let list = ListView {
            key: self.section.map(Section::key).unwrap_or("term"),
            title: &self.title,
            url: self.permalink.as_str(),
            count: self.items.len(),
        };
        match &self.taxonomy {
            Some((kind, p)) => {
                ctx.insert_value("term", Value::from_serializable(&list));
                ctx.insert_value(
                    "taxonomy",
                    Value::from_serializable(&ListView {
                        key: kind.key(),
                        title: kind.title(),
                        url: p.as_str(),
                        count: 0,
                    }),
                );
            }
            None => ctx.insert_value("section", Value::from_serializable(&list)),
        }
        if let Some(nav) = &self.nav {
            ctx.insert_value("documents_nav", nav.clone());
        }
    }
}

#[derive(Serialize)]
struct ListView<'a> {
    key: &'a str,
    title: &'a str,
    url: &'a str,
    count: usize,
}

/// One place in the pager: a page's link, or the gap standing for the
/// pages left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shown {
    Page(usize),
    /// Pages left out; the number is one of them (the first gap holds page
    /// 2, the second the page before the last).
    Gap(usize),
}

/// What the pager shows on page `page` of `total`: the first and the last
/// page, the pages within two of the current one, and a gap for each run
/// left out. Its length is bounded (at most 9), so a list of 5,000 pages
/// does not give each of them 5,000 links (quadratic in the list's length).
fn pager_window(page: usize, total: usize) -> Vec<Shown> {
    const AROUND: usize = 2;
    let mut shown = Vec::with_capacity(2 * AROUND + 5);
    let mut last = 0;
    for n in [1, total]
        .into_iter()
        .chain(page.saturating_sub(AROUND).max(1)..=(page + AROUND).min(total))
        .collect::<std::collections::BTreeSet<_>>()
    {
        if n > last + 1 {
            // The first gap is named by page 2, the second by the page
            // before the last (what themes test for).
            shown.push(Shown::Gap(if last == 1 { 2 } else { n - 1 }));
        }
        shown.push(Shown::Page(n));
        last = n;
    }
    shown
}

#[derive(Serialize)]
struct PageLink {
    number: usize,
    url: String,
    current: bool,
    gap: bool,
}

#[derive(Serialize)]
struct Paginator {
    page: usize,
    pages: usize,
    total_items: usize,
    first_url: String,
    prev_url: Option<String>,
    next_url: Option<String>,
    links: Vec<PageLink>,
}

/// Every page's place in the two orders lists use, computed once for all
/// lists (each list is then a subset sorted by rank, which gives the same
/// order as sorting it by the comparison itself: both are total orders).
struct Ranks {
    /// Alphabetical by [`Page::sort_name`](crate::site::Page::sort_name) with Vietnamese collation, ties by URL.
    by_name: Vec<usize>,
    /// Newest first, then by title (collation), then by URL.
    by_date: Vec<usize>,
}

impl Ranks {
    fn new(site: &Site) -> Ranks {
        use rayon::prelude::*;
        let pages = &site.pages;
        let (by_name, by_date) = rayon::join(
            || {
                let mut keyed: Vec<(&[u8], &str, PageId)> = pages
                    .par_iter()
                    .enumerate()
                    .map(|(id, p)| (p.sort_keys.name(), p.permalink.as_str(), id))
                    .collect();
                keyed.par_sort_unstable();
                ranks_of(keyed.iter().map(|k| k.2), pages.len())
            },
            || {
                let mut keyed: Vec<_> = pages
                    .par_iter()
                    .enumerate()
                    .map(|(id, p)| {
                        (
                            std::cmp::Reverse(view::sort_date(p)),
                            &*p.sort_keys.title,
                            p.permalink.as_str(),
                            id,
                        )
                    })
                    .collect();
                keyed.par_sort_unstable();
                ranks_of(keyed.iter().map(|k| k.3), pages.len())
            },
        );
        Ranks { by_name, by_date }
    }
}

fn ranks_of(order: impl Iterator<Item = PageId>, len: usize) -> Vec<usize> {
    let mut rank = vec![0; len];
    for (r, id) in order.enumerate() {
        rank[id] = r;
    }
    rank
}

/// Section lists then term lists.
pub fn all(site: &Site, collator: &VietnameseCollator) -> Vec<Listing> {
    let ranks = Ranks::new(site);
    let mut out = Vec::new();
    for section in Section::ALL.into_iter().filter(|s| *s != Section::Pages) {
        let Some(permalink) = Permalink::from_segments([site.config.section_path(section)]) else {
            continue;
        };
        let mut items: Vec<PageId> = site.pages_in(section).map(|(id, _)| id).collect();
        sort_section(site, section, &mut items, collator, &ranks);
        out.push(Listing {
            kind: PageKind::Section,
            title: section.title().into(),
            permalink,
            template: "list.html",
            section: Some(section),
            taxonomy: None,
            items,
            nav: None,
        });
        if section == Section::Documents
            && let Some(main) = out.pop()
        {
            out.extend(crate::render::documents::listings(site, &main, collator));
        }
    }
    for t in &site.taxonomies {
        for term in &t.terms {
            let mut items = term.pages.clone();
            sort_mixed(site, &mut items, &ranks);
            out.push(Listing {
                kind: PageKind::Term,
                title: term.name.clone(),
                permalink: term.permalink.clone(),
                template: "term.html",
                section: None,
                taxonomy: Some((t.kind, t.permalink.clone())),
                items,
                nav: None,
            });
        }
    }
    out
}

fn sort_section(
    site: &Site,
    section: Section,
    items: &mut [PageId],
    collator: &VietnameseCollator,
    ranks: &Ranks,
) {
    let pages = &site.pages;
    match section {
        Section::Exemplars | Section::Pages => items.sort_by_key(|id| ranks.by_name[*id]),
        Section::Anniversaries => {
            let next = |id: &PageId| pages[*id].next.as_ref().map(|o| o.date);
            items.sort_by(|a, b| {
                next(a)
                    .cmp(&next(b))
                    .then_with(|| collator.compare(pages[*a].title(), pages[*b].title()))
            });
        }
        Section::Nominations => items.sort_by_key(|id| consultation_rank(site, *id, ranks)),
        _ => items.sort_by_key(|id| ranks.by_date[*id]),
    }
}

/// The nominations' order: consultations open for comment first (the one
/// closing soonest first), then those not yet open (opening soonest
/// first), then the closed ones (newest first).
fn consultation_rank(site: &Site, id: PageId, ranks: &Ranks) -> (u8, i64, usize) {
    let EntryKind::Nomination(n) = &site.pages[id].entry.kind else {
        return (3, 0, ranks.by_date[id]);
    };
    let (opens, closes) = (n.opens.value.first_day(), n.closes.value.first_day());
    match ConsultationStatus::of(opens, closes, site.publish.today) {
        ConsultationStatus::Open => (0, closes.num_days_from_ce().into(), ranks.by_date[id]),
        ConsultationStatus::Upcoming => (1, opens.num_days_from_ce().into(), ranks.by_date[id]),
        ConsultationStatus::Closed => (2, 0, ranks.by_date[id]),
    }
}

/// The consultations open for comment today, the one closing soonest first.
pub fn open_consultations(site: &Site) -> Vec<PageId> {
    let mut open: Vec<(NaiveDate, &str, PageId)> = site
        .pages_in(Section::Nominations)
        .filter_map(|(id, p)| match &p.entry.kind {
            EntryKind::Nomination(n) => {
                let (opens, closes) = (n.opens.value.first_day(), n.closes.value.first_day());
                (ConsultationStatus::of(opens, closes, site.publish.today)
                    == ConsultationStatus::Open)
                    .then_some((closes, p.permalink.as_str(), id))
            }
            _ => None,
        })
        .collect();
    open.sort();
    open.into_iter().map(|(_, _, id)| id).collect()
}

/// Term lists: only exemplars → by name; mixed → by date.
fn sort_mixed(site: &Site, items: &mut [PageId], ranks: &Ranks) {
    let pages = &site.pages;
    if items
        .iter()
        .all(|id| pages[*id].section() == Section::Exemplars)
    {
        items.sort_by_key(|id| ranks.by_name[*id]);
    } else {
        items.sort_by_key(|id| ranks.by_date[*id]);
    }
}

#[derive(Serialize)]
struct TermView<'a> {
    name: &'a str,
    slug: &'a str,
    url: &'a str,
    count: usize,
}

#[derive(Serialize)]
struct TaxonomyView<'a> {
    key: &'static str,
    title: &'static str,
    url: &'a str,
    terms: Vec<TermView<'a>>,
    /// The terms under headings (award forms: danh hiệu thi đua, hình
    /// thức khen thưởng); empty when the taxonomy has no groups.
    groups: Vec<TermGroup<'a>>,
}

#[derive(Serialize)]
struct TermGroup<'a> {
    title: &'static str,
    terms: Vec<TermView<'a>>,
}

pub fn taxonomy_value(t: &Taxonomy) -> Value {
    fn view(term: &crate::site::Term) -> TermView<'_> {
        TermView {
            name: &term.name,
            slug: &term.slug,
            url: term.permalink.as_str(),
            count: term.pages.len(),
        }
    }
    let mut groups: Vec<TermGroup<'_>> = Vec::new();
    for term in &t.terms {
        let Some(title) = term.group else { continue };
        match groups.last_mut() {
            Some(g) if g.title == title => g.terms.push(view(term)),
            _ => groups.push(TermGroup {
                title,
                terms: vec![view(term)],
            }),
        }
    }
    Value::from_serializable(&TaxonomyView {
        key: t.kind.key(),
        title: t.kind.title(),
        url: t.permalink.as_str(),
        terms: t.terms.iter().map(view).collect(),
        groups,
    })
}

fn section_items(listings: &[Listing], section: Section) -> &[PageId] {
    listings
        .iter()
        .find(|l| l.section == Some(section))
        .map_or(&[], |l| l.items.as_slice())
}

/// The home page: intro, featured exemplars, campaigns in progress, next
/// anniversaries, latest news and documents.
pub fn home_value(site: &Site, values: &PageValues, listings: &[Listing]) -> Value {
    let mut exemplars: Vec<PageId> = section_items(listings, Section::Exemplars).to_vec();
    exemplars
        .sort_by(|a, b| view::sort_date(&site.pages[*b]).cmp(&view::sort_date(&site.pages[*a])));
    exemplars.truncate(6);
    let ongoing: Vec<PageId> = section_items(listings, Section::Campaigns)
        .iter()
        .copied()
        .filter(|id| matches!(&site.pages[*id].entry.kind, EntryKind::Campaign(c) if campaign_status(&c.period, site.publish.today) == CampaignStatus::Ongoing))
        .take(4)
        .collect();
    let anniversaries: Vec<Value> = upcoming(site, values, 365)
        .into_iter()
        .take(4)
        .map(|(_, v)| v)
        .collect();
    let take = |s: Section, n: usize| {
        values.summaries_of(&section_items(listings, s)[..section_items(listings, s).len().min(n)])
    };
    let mut map = tera::Map::new();
    map.insert(
        "intro".into(),
        site.home_intro
            .as_ref()
            .map_or(Value::none(), |i| Value::safe_string(&i.html.unpack())),
    );
    map.insert("featured_exemplars".into(), values.summaries_of(&exemplars));
    map.insert("campaigns_ongoing".into(), values.summaries_of(&ongoing));
    map.insert("upcoming_anniversaries".into(), Value::from(anniversaries));
    map.insert("latest_news".into(), take(Section::News, 5));
    map.insert("latest_documents".into(), take(Section::Documents, 5));
    let mut events: Vec<(crate::date::PartialDate, PageId)> =
        section_items(listings, Section::Events)
            .iter()
            .filter_map(|id| {
                site.pages[*id]
                    .entry
                    .common
                    .date
                    .as_ref()
                    .map(|d| (d.value.day, *id))
            })
            .filter(|(d, _)| d.last_day() >= site.publish.today)
            .collect();
    events.sort();
    let events: Vec<PageId> = events.into_iter().take(3).map(|(_, id)| id).collect();
    map.insert("upcoming_events".into(), values.summaries_of(&events));
    map.insert(
        "nominations_url".into(),
        Permalink::section_list(site.config.section_path(Section::Nominations))
            .map_or(Value::none(), |p| Value::from(p.as_str())),
    );
    map.insert(
        "open_consultations".into(),
        values.summaries_of(&open_consultations(site)),
    );
    Value::from(map)
}

/// Anniversaries falling within `days` days, soonest first (their
/// summaries carry `next`).
fn upcoming(site: &Site, values: &PageValues, days: i64) -> Vec<(NaiveDate, Value)> {
    let mut found: Vec<(NaiveDate, PageId)> = site
        .pages_in(Section::Anniversaries)
        .filter_map(|(id, p)| p.next.as_ref().map(|o| (id, o)))
        .filter(|(_, o)| o.days_until <= days)
        .map(|(id, o)| (o.date, id))
        .collect();
    found.sort();
    found
        .into_iter()
        .map(|(date, id)| (date, Value::clone(&values.summaries[id])))
        .collect()
}

#[derive(Serialize)]
struct MonthView {
    label: String,
    year: i32,
    month: u32,
}

/// The next 12 months of anniversaries, grouped by month.
pub fn calendar_value(site: &Site, values: &PageValues) -> Value {
    let items = upcoming(site, values, 366);
    let today = site.publish.today;
    let mut months: Vec<Value> = Vec::new();
    for offset in 0..12 {
        let m0 = today.month0() + offset;
        let (year, month) = (today.year() + (m0 / 12) as i32, m0 % 12 + 1);
        let in_month: Vec<Value> = items
            .iter()
            .filter(|(d, _)| d.year() == year && d.month() == month)
            .map(|(_, v)| v.clone())
            .collect();
        let head = MonthView {
            label: format!("Tháng {}", crate::date::month_year(month as u8, year)),
            year,
            month,
        };
        let mut map = Value::from_serializable(&head)
            .as_map()
            .cloned()
            .unwrap_or_default();
        map.insert("items".into(), Value::from(in_month));
        months.push(Value::from(map));
    }
    Value::from(months)
}

#[cfg(test)]
mod tests {
    use super::{Shown, pager_window};
    use Shown::{Gap, Page};

    #[test]
    fn a_short_list_shows_every_page() {
        assert_eq!(pager_window(1, 1), vec![Page(1)]);
        assert_eq!(pager_window(2, 2), vec![Page(1), Page(2)]);
        assert_eq!(pager_window(3, 5), (1..=5).map(Page).collect::<Vec<_>>());
    }

    #[test]
    fn gaps_stand_for_the_pages_left_out() {
        assert_eq!(
            pager_window(1, 3_500),
            vec![Page(1), Page(2), Page(3), Gap(3_499), Page(3_500)]
        );
        assert_eq!(
            pager_window(5, 3_500),
            vec![
                Page(1),
                Gap(2),
                Page(3),
                Page(4),
                Page(5),
                Page(6),
                Page(7),
                Gap(3_499),
                Page(3_500)
            ]
        );
        assert_eq!(
            pager_window(3_500, 3_500),
            vec![Page(1), Gap(2), Page(3_498), Page(3_499), Page(3_500)]
        );
        // Page 4 touches page 1's neighbour: no gap on the left.
        assert_eq!(pager_window(4, 9)[..6], [1, 2, 3, 4, 5, 6].map(Page));
    }

    #[test]
    fn the_pager_stays_small_however_long_the_list() {
        for total in [1, 7, 100, 10_000] {
            for page in 1..=total {
                let shown = pager_window(page, total);
                assert!(shown.len() <= 9, "{page}/{total}: {shown:?}");
                assert!(shown.contains(&Page(page)));
                assert_eq!(shown.first(), Some(&Page(1)));
                assert_eq!(shown.last(), Some(&Page(total)));
            }
        }
    }
}
