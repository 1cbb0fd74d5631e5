//! View models: what templates see of a page. Each page is turned into a
//! Tera value once ([`PageValues`]); lists and relations reuse those values
//! (Tera 2 values are reference-counted, so a list costs pointers, not
//! copies).

use serde::Serialize;
use tera::Value;

use crate::date::PartialDate;
use crate::model::campaign::{Campaign, Target};
use crate::model::{EntryDate, EntryKind};
use crate::site::calendar::{self, CampaignStatus};
use crate::site::summary::meta_line;
pub use crate::site::summary::sort_date;
use crate::site::{Page, PageId, Site, TaxonomyKind};
use crate::vietnamese::slugify;

/// A date as templates need it.
#[derive(Debug, Clone, Serialize)]
pub struct DateView {
    pub iso: String,
    /// "ngày 05 tháng 8 năm 2021"
    pub admin: String,
    /// "05/8/2021"
    pub numeric: String,
    pub year: i32,
    /// "07:30" when the entry has a time.
    pub time: Option<String>,
}

impl DateView {
    pub fn of(d: PartialDate) -> DateView {
        DateView {
            iso: d.iso(),
            admin: d.admin(),
            numeric: d.numeric(),
            year: d.year(),
            time: None,
        }
    }

    fn of_entry(d: &EntryDate) -> DateView {
        DateView {
            time: d.time.map(|t| t.format("%H:%M").to_string()),
            ..DateView::of(d.day)
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Labelled {
    pub key: String,
    pub label: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct TermLink {
    pub name: String,
    pub url: String,
}

fn term_link(kind: TaxonomyKind, name: &str) -> TermLink {
    TermLink {
        name: name.to_owned(),
        url: format!("/{}/{}/", kind.path(), slugify(name)),
    }
}

/// What every list item shows.
#[derive(Debug, Clone, Serialize)]
pub struct Summary<'a> {
    pub kind: &'static str,
    pub section_title: &'static str,
    pub title: &'a str,
    pub url: &'a str,
    pub permalink: String,
    pub summary: &'a str,
    pub date: Option<DateView>,
    pub updated: Option<DateView>,
    pub image: Option<ImageView<'a>>,
    pub fields: Vec<TermLink>,
    pub tags: &'a [String],
    pub draft: bool,
    /// A short line under the title: locality, document number, campaign period…
    pub meta: String,
    /// A document's or decision's number ("33/KH-UBND") as it stands in
    /// `meta`, which templates keep on one line.
    pub number: Option<&'a str>,
    /// Whether `summary` was written by the editor (not taken from the body).
    pub has_summary: bool,
    /// Events: the day is over.
    pub is_past: bool,
    /// Anniversaries: the next occurrence.
    pub next: Option<NextView>,
    /// Nominations: the consultation's status and working days.
    pub consultation: Option<ConsultationView<'a>>,
}

/// Where a public consultation on nominees stands (Decree 98/2023/NĐ-CP
/// art. 46: at least 10 working days for comments).
#[derive(Debug, Clone, Serialize)]
pub struct ConsultationView<'a> {
    pub award: &'a str,
    pub status: Labelled,
    pub opens: DateView,
    pub closes: DateView,
    /// Working days of the whole period (both ends count).
    pub working_days: u32,
    /// Working days still open for comment, from the build date (or the
    /// whole period before it opens; 0 once closed).
    pub working_days_left: u32,
}

/// The consultation of a nomination, as of the build date.
pub fn consultation<'a>(
    site: &Site,
    n: &'a crate::model::Nomination,
) -> (calendar::ConsultationStatus, ConsultationView<'a>) {
    use calendar::ConsultationStatus;
    let (opens, closes) = (n.opens.value.first_day(), n.closes.value.first_day());
    let today = site.publish.today;
    let status = ConsultationStatus::of(opens, closes, today);
    let working_days = site.holidays.working_days_in(opens, closes);
    let view = ConsultationView {
        award: &n.award,
        status: Labelled {
            key: serde_key(&status),
            label: status.label().to_owned(),
        },
        opens: DateView::of(n.opens.value),
        closes: DateView::of(n.closes.value),
        working_days,
        working_days_left: match status {
            ConsultationStatus::Upcoming => working_days,
            ConsultationStatus::Open => site.holidays.working_days_in(today, closes),
            ConsultationStatus::Closed => 0,
        },
    };
    (status, view)
}

/// An anniversary's next occurrence, for templates.
#[derive(Debug, Clone, Serialize)]
pub struct NextView {
    pub date: DateView,
    pub n: i32,
    pub ordinal: bool,
    pub class: Labelled,
    pub days_until: i64,
    pub heading: String,
}

fn next_view(page: &Page) -> Option<NextView> {
    page.next.as_ref().map(|o| NextView {
        date: DateView::of(PartialDate::from_naive(o.date)),
        n: o.n,
        ordinal: o.ordinal,
        class: Labelled {
            key: serde_key(&o.class),
            label: o.class.label().to_owned(),
        },
        days_until: o.days_until,
        heading: o.heading.clone(),
    })
}

#[derive(Debug, Clone, Serialize)]
pub struct ImageView<'a> {
    pub url: &'a str,
    pub alt: &'a str,
}

pub fn summary<'a>(site: &'a Site, page: &'a Page) -> Summary<'a> {
    let common = &page.entry.common;
    let text = common.summary.as_deref().unwrap_or(&page.content.summary);
    let image = match (&page.image_url, &common.image) {
        (Some(url), Some(img)) => Some(ImageView { url, alt: &img.alt }),
        _ => None,
    };
    Summary {
        kind: page.section().key(),
        section_title: page.section().title(),
        title: page.title(),
        url: page.permalink.as_str(),
        permalink: page.permalink.absolute(&site.config.base_url),
        summary: text,
        date: sort_date(page)
            .map(DateView::of)
            .map(|d| match &common.date {
                Some(ed) => DateView::of_entry(&ed.value),
                None => d,
            }),
        updated: common.updated.as_ref().map(|u| DateView::of(u.value)),
        image,
        fields: page
            .fields
            .iter()
            .map(|f| term_link(TaxonomyKind::Fields, f))
            .collect(),
        tags: &common.tags,
        draft: common.draft,
        meta: meta_line(page),
        number: match &page.entry.kind {
            EntryKind::Document(d) => d.number.as_deref(),
            EntryKind::Decision(d) => Some(d.number.value.as_str()),
            _ => None,
        },
        has_summary: common.summary.is_some(),
        is_past: page.section() == crate::model::Section::Events
            && common
                .date
                .as_ref()
                .is_some_and(|d| d.value.day.last_day() < site.publish.today),
        next: next_view(page),
        consultation: match &page.entry.kind {
            EntryKind::Nomination(n) => Some(consultation(site, n).1),
            _ => None,
        },
    }
}

/// A target with its verdict.
#[derive(Debug, Clone, Serialize)]
pub struct TargetView<'a> {
    pub no: Option<&'a str>,
    pub label: &'a str,
    pub raw: Option<&'a str>,
    pub unit: Option<&'a str>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub op: Option<&'static str>,
    pub value: Option<f64>,
    pub result: Option<f64>,
    pub result_as_of: Option<DateView>,
    pub checkable: bool,
    pub verdict: Option<Labelled>,
    /// 0–100, for the progress bar.
    pub progress: Option<u8>,
}

fn target_view(t: &Target) -> TargetView<'_> {
    let verdict = t.verdict().map(|v| Labelled {
        key: v.key().to_owned(),
        label: v.label().to_owned(),
    });
    TargetView {
        no: t.no.as_deref(),
        label: &t.label,
        raw: t.raw.as_deref(),
        unit: t.unit.as_deref(),
        min: t.min,
        max: t.max,
        op: t.op.map(|o| o.symbol()),
        value: t.value,
        result: t.result,
        result_as_of: t.result_as_of.map(DateView::of),
        checkable: t.is_checkable(),
        verdict,
        progress: t.progress(),
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct MilestoneView<'a> {
    pub kind: Labelled,
    pub date: DateView,
    pub label: Option<&'a str>,
    pub note: Option<&'a str>,
    pub is_next: bool,
    pub is_past: bool,
}

/// The campaign-specific part of a page.
#[derive(Debug, Clone, Serialize)]
pub struct CampaignView<'a> {
    pub theme: &'a str,
    pub campaign_kind: Option<Labelled>,
    pub issuer: &'a str,
    pub period: PeriodView,
    pub status: Labelled,
    pub milestones: Vec<MilestoneView<'a>>,
    pub targets: Vec<TargetView<'a>>,
    pub targets_checkable: usize,
    pub targets_met: usize,
    pub award_forms: &'a [String],
}

#[derive(Debug, Clone, Serialize)]
pub struct PeriodView {
    pub start: DateView,
    pub end: Option<DateView>,
}

pub fn campaign_view<'a>(c: &'a Campaign, site: &Site) -> CampaignView<'a> {
    let today = site.publish.today;
    let status: CampaignStatus = calendar::campaign_status(&c.period, today);
    let next = calendar::next_milestone(&c.milestones, today);
    let mut milestones: Vec<MilestoneView<'_>> = c
        .milestones
        .iter()
        .enumerate()
        .map(|(i, m)| MilestoneView {
            kind: Labelled {
                key: serde_key(&m.kind),
                label: m.kind.label().to_owned(),
            },
            date: DateView::of(m.date),
            label: m.label.as_deref(),
            note: m.note.as_deref(),
            is_next: Some(i) == next,
            is_past: m.date.last_day() < today,
        })
        .collect();
    milestones.sort_by(|a, b| a.date.iso.cmp(&b.date.iso));
    let targets: Vec<TargetView<'_>> = c.targets.iter().map(target_view).collect();
    CampaignView {
        theme: &c.theme,
        campaign_kind: c.kind.map(|k| Labelled {
            key: serde_key(&k),
            label: k.label().to_owned(),
        }),
        issuer: &c.issuer,
        period: PeriodView {
            start: DateView::of(c.period.start),
            end: c.period.end.map(DateView::of),
        },
        status: Labelled {
            key: serde_key(&status),
            label: status.label().to_owned(),
        },
        targets_checkable: targets.iter().filter(|t| t.verdict.is_some()).count(),
        targets_met: targets
            .iter()
            .filter(|t| t.verdict.as_ref().is_some_and(|v| v.key != "not_met"))
            .count(),
        milestones,
        targets,
        award_forms: &c.award_forms,
    }
}

pub fn serde_key(v: &impl Serialize) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// Pre-serialised values of every page.
pub struct PageValues {
    /// Shared, so a rebuild carries an unchanged page's over without a copy.
    pub summaries: Vec<std::sync::Arc<Value>>,
    /// Related exemplars of each page.
    pub related: std::sync::Arc<Vec<Vec<PageId>>>,
}

impl PageValues {
    pub fn summaries_of(&self, ids: &[PageId]) -> Value {
        Value::from(
            ids.iter()
                .map(|id| Value::clone(&self.summaries[*id]))
                .collect::<Vec<_>>(),
        )
    }
}
