//! The full value of an entry page: its summary plus body, relations and
//! the section's own fields.

use serde::Serialize;
use tera::Value;

use crate::model::{EntryKind, Section};
use crate::render::view::{self, DateView, Labelled, PageValues, TermLink};
use crate::site::{Page, PageId, Site, TaxonomyKind, honours};
use crate::vietnamese::{format_decimal, slugify};

/// Merge the fields of `extra` into the map `base`.
pub fn merge(base: &Value, extra: &impl Serialize) -> Value {
    let mut map = base.as_map().cloned().unwrap_or_default();
    if let Some(more) = Value::from_serializable(extra).as_map() {
        for (k, v) in more {
            map.insert(k.clone(), v.clone());
        }
    }
    Value::from(map)
}

fn insert(base: Value, key: &'static str, value: Value) -> Value {
    let mut map = base.as_map().cloned().unwrap_or_default();
    map.insert(key.into(), value);
    Value::from(map)
}

#[derive(Serialize)]
struct Common<'a> {
    toc: Vec<Heading<'a>>,
    word_count: usize,
}

#[derive(Serialize)]
struct Heading<'a> {
    level: u8,
    id: &'a str,
    text: &'a str,
}

/// The value an entry template receives as `page`.
pub fn entry_value(site: &Site, id: PageId, values: &PageValues) -> Value {
    let page = &site.pages[id];
    let common = Common {
        toc: page
            .content
            .headings
            .iter()
            .map(|h| Heading {
                level: h.level,
                id: &h.id,
                text: &h.text,
            })
            .collect(),
        word_count: page.content.word_count,
    };
    let mut v = merge(&values.summaries[id], &common);
    v = insert(
        v,
        "content",
        Value::safe_string(&page.content.html.unpack()),
    );
    // Each page is listed once: the launch document in the facts, then the
    // pages this one links to, then the others that link here.
    let launch = page.links.launch_document;
    let documents: Vec<PageId> = page
        .links
        .documents
        .iter()
        .copied()
        .filter(|d| Some(*d) != launch)
        .collect();
    let shown: Vec<PageId> = page
        .links
        .campaigns
        .iter()
        .chain(&documents)
        .copied()
        .chain(launch)
        .collect();
    v = insert(v, "campaigns", values.summaries_of(&page.links.campaigns));
    v = insert(v, "documents", values.summaries_of(&documents));
    v = insert(v, "referenced_by", referenced_by(site, id, &shown, values));
    kind_value(site, id, v, values)
}

/// The pages that link to `id`, by section, except those already `shown`
/// on it (a few ids: a linear look-up).
fn referenced_by(site: &Site, id: PageId, shown: &[PageId], values: &PageValues) -> Value {
    let mut map = tera::Map::new();
    for section in Section::ALL {
        let ids: Vec<PageId> = site.referrers[id]
            .iter()
            .copied()
            .filter(|r| site.pages[*r].section() == section && !shown.contains(r))
            .collect();
        map.insert(section.key().into(), values.summaries_of(&ids));
    }
    Value::from(map)
}

fn one(values: &PageValues, id: Option<PageId>) -> Value {
    id.map_or(Value::none(), |i| Value::clone(&values.summaries[i]))
}

fn kind_value(site: &Site, id: PageId, v: Value, values: &PageValues) -> Value {
    let page = &site.pages[id];
    match &page.entry.kind {
        EntryKind::Exemplar(x) => insert(
            merge(&v, &exemplar_detail(site, page, x)),
            "related",
            values.summaries_of(&values.related[id]),
        ),
        EntryKind::Campaign(c) => {
            let v = merge(&v, &view::campaign_view(c, site));
            let v = insert(
                v,
                "launch_document",
                one(values, page.links.launch_document),
            );
            insert(v, "parent", one(values, page.links.parent))
        }
        EntryKind::Anniversary(a) => {
            // Slogans as of the next occurrence ({n}, {year} filled).
            let detail = AnniversaryDetail {
                origin_date: a.origin_date().map(DateView::of),
                origins: a
                    .origins
                    .iter()
                    .map(|o| OriginView {
                        date: DateView::of(o.date),
                        label: o.label.as_deref(),
                    })
                    .collect(),
                calendar: view::serde_key(&a.calendar),
                ordinal: a.ordinal,
                slogans: page
                    .next
                    .as_ref()
                    .map_or_else(|| a.slogans.clone(), |o| o.slogans.clone()),
            };
            merge(&v, &detail)
        }
        EntryKind::Decision(d) => merge(&v, &decision_detail(site, page, d)),
        EntryKind::Nomination(n) => merge(&v, &nomination_detail(site, page, n)),
        EntryKind::Event(e) => {
            let detail = EventDetail {
                tentative: e.tentative,
                venue: e.venue.as_deref(),
                format: e.format.map(|f| Labelled {
                    key: view::serde_key(&f),
                    label: f.label().to_owned(),
                }),
                locations: &e.locations,
                attendees: e.attendees,
                agenda: &e.agenda,
                backdrop: e.backdrop.as_ref(),
                backdrop_url: e
                    .backdrop
                    .as_ref()
                    .and_then(|_| page.permalink.child(crate::render::BACKDROP))
                    .map(|p| p.to_string()),
            };
            insert(
                merge(&v, &detail),
                "anniversary",
                one(values, page.links.anniversary),
            )
        }
        EntryKind::Document(d) => merge(&v, &document_detail(page, d)),
        EntryKind::News(n) => {
            let v = merge(
                &v,
                &NewsDetail {
                    author: n.author.as_deref(),
                    source: n.source.as_deref(),
                },
            );
            insert(v, "exemplars", values.summaries_of(&page.links.exemplars))
        }
        EntryKind::Page => v,
    }
}

#[derive(Serialize)]
struct AnniversaryDetail<'a> {
    origin_date: Option<DateView>,
    origins: Vec<OriginView<'a>>,
    calendar: String,
    ordinal: bool,
    slogans: Vec<String>,
}

#[derive(Serialize)]
struct OriginView<'a> {
    date: DateView,
    label: Option<&'a str>,
}

#[derive(Serialize)]
struct EventDetail<'a> {
    tentative: bool,
    venue: Option<&'a str>,
    format: Option<Labelled>,
    locations: &'a [String],
    attendees: Option<u64>,
    agenda: &'a [String],
    backdrop: Option<&'a crate::model::event::Backdrop>,
    backdrop_url: Option<String>,
}

#[derive(Serialize)]
struct NewsDetail<'a> {
    author: Option<&'a str>,
    source: Option<&'a str>,
}

#[derive(Serialize)]
struct AwardView<'a> {
    title: &'a str,
    decision: Option<&'a str>,
    date: Option<DateView>,
    authority: Option<&'a str>,
    /// The decision's own page, when the site publishes it.
    decision_url: Option<String>,
    form: TermLink,
}

#[derive(Serialize)]
struct LocalityView<'a> {
    recorded: &'a str,
    today: Option<&'a str>,
    url: String,
}

#[derive(Serialize)]
struct ExemplarDetail<'a> {
    subject: TermLinkWithKey,
    category: Option<&'a str>,
    name: Option<&'a crate::vietnamese::PersonName>,
    position: Option<&'a str>,
    unit: Option<&'a str>,
    locality: LocalityView<'a>,
    locality_as_of: Option<DateView>,
    awards: Vec<AwardView<'a>>,
    posthumous: bool,
    publication: Option<&'a str>,
}

#[derive(Serialize)]
struct TermLinkWithKey {
    key: &'static str,
    label: &'static str,
    url: String,
}

fn exemplar_detail<'a>(
    site: &Site,
    page: &'a Page,
    x: &'a crate::model::Exemplar,
) -> ExemplarDetail<'a> {
    let grouped = page.locality_today.as_deref().unwrap_or(&x.locality.value);
    ExemplarDetail {
        subject: TermLinkWithKey {
            key: x.subject.key(),
            label: x.subject.label(),
            url: format!(
                "/{}/{}/",
                TaxonomyKind::Subjects.path(),
                slugify(x.subject.label())
            ),
        },
        category: x.category.as_deref(),
        name: x.name.as_ref(),
        position: x.position.as_deref(),
        unit: x.unit.as_deref(),
        locality: LocalityView {
            recorded: &x.locality.value,
            today: page.locality_today.as_deref(),
            url: format!("/{}/{}/", TaxonomyKind::Localities.path(), slugify(grouped)),
        },
        locality_as_of: x.locality_as_of.map(DateView::of),
        awards: x
            .awards
            .iter()
            .map(|a| AwardView {
                title: &a.title,
                decision: a.decision.as_deref(),
                date: a.date.map(DateView::of),
                authority: a.authority.as_deref(),
                decision_url: a
                    .decision
                    .as_deref()
                    .and_then(|n| site.decisions.get(&honours::number_key(n)))
                    .map(|id| site.pages[*id].permalink.to_string()),
                form: TermLink {
                    name: a.form.label().to_owned(),
                    url: format!(
                        "/{}/{}/",
                        TaxonomyKind::AwardForms.path(),
                        slugify(a.form.label())
                    ),
                },
            })
            .collect(),
        posthumous: x.posthumous,
        publication: x.publication.as_deref(),
    }
}

#[derive(Serialize)]
struct FileView {
    url: String,
    name: String,
    size: u64,
    size_label: String,
    extension: String,
}

#[derive(Serialize)]
struct DocumentDetail<'a> {
    doc_type: &'a str,
    number: Option<&'a str>,
    issuer: &'a str,
    issued: Option<DateView>,
    effective: Option<DateView>,
    #[serde(rename = "abstract")]
    abstract_text: &'a str,
    signer: Option<&'a crate::model::document::Signer>,
    file: Option<FileView>,
    based_on: &'a [String],
}

fn document_detail<'a>(page: &'a Page, d: &'a crate::model::Document) -> DocumentDetail<'a> {
    DocumentDetail {
        doc_type: &d.doc_type,
        number: d.number.as_deref(),
        issuer: &d.issuer,
        issued: d.issued.map(DateView::of),
        effective: d.effective.map(DateView::of),
        abstract_text: &d.abstract_text,
        signer: d.signer.as_ref(),
        file: file_view(page),
        based_on: &d.based_on,
    }
}

/// The entry's attached file (a document's, a decision's signed copy).
fn file_view(page: &Page) -> Option<FileView> {
    page.file.as_ref().map(|(url, size)| {
        let name = url.rsplit('/').next().unwrap_or_default().to_owned();
        let extension = name.rsplit('.').next().unwrap_or_default().to_uppercase();
        FileView {
            url: url.clone(),
            name,
            size: *size,
            size_label: size_label(*size),
            extension,
        }
    })
}

/// A recipient of a decision or a nominee, with the link to their
/// exemplar page when one is referenced.
#[derive(Serialize)]
struct HonoureeView<'a> {
    name: &'a str,
    subject: Labelled,
    position: Option<&'a str>,
    unit: Option<&'a str>,
    locality: Option<&'a str>,
    achievements: Option<&'a str>,
    url: Option<String>,
}

fn honourees<'a>(
    site: &Site,
    page: &Page,
    list: &'a [crate::model::decision::Honouree],
) -> Vec<HonoureeView<'a>> {
    list.iter()
        .enumerate()
        .map(|(i, h)| HonoureeView {
            name: &h.name,
            subject: Labelled {
                key: h.subject.key().to_owned(),
                label: h.subject.label().to_owned(),
            },
            position: h.position.as_deref(),
            unit: h.unit.as_deref(),
            locality: h.locality.as_deref(),
            achievements: h.achievements.as_deref(),
            url: page
                .links
                .honourees
                .get(i)
                .copied()
                .flatten()
                .map(|id| site.pages[id].permalink.to_string()),
        })
        .collect()
}

#[derive(Serialize)]
struct RevokedView<'a> {
    date: DateView,
    decision: Option<&'a str>,
    reason: Option<&'a str>,
}

#[derive(Serialize)]
struct DecisionDetail<'a> {
    number: &'a str,
    issued: DateView,
    issuer: &'a str,
    signer: Option<&'a crate::model::document::Signer>,
    award: &'a str,
    /// The award's form, linked to its taxonomy page.
    form: TermLink,
    /// danh hiệu thi đua / hình thức khen thưởng.
    award_kind: Labelled,
    reason: Option<&'a str>,
    recipients: Vec<HonoureeView<'a>>,
    revoked: Option<RevokedView<'a>>,
    file: Option<FileView>,
}

fn decision_detail<'a>(
    site: &Site,
    page: &'a Page,
    d: &'a crate::model::Decision,
) -> DecisionDetail<'a> {
    DecisionDetail {
        number: &d.number.value,
        issued: DateView::of(d.issued),
        issuer: &d.issuer,
        signer: d.signer.as_ref(),
        award: &d.award,
        form: TermLink {
            name: d.form.label().to_owned(),
            url: format!(
                "/{}/{}/",
                TaxonomyKind::AwardForms.path(),
                slugify(d.form.label())
            ),
        },
        award_kind: Labelled {
            key: view::serde_key(&d.form.kind()),
            label: d.form.kind().label().to_owned(),
        },
        reason: d.reason.as_deref(),
        recipients: honourees(site, page, &d.recipients),
        revoked: d.revoked.as_ref().map(|r| RevokedView {
            date: DateView::of(r.date),
            decision: r.decision.as_deref(),
            reason: r.reason.as_deref(),
        }),
        file: file_view(page),
    }
}

#[derive(Serialize)]
struct NominationDetail<'a> {
    council: &'a str,
    contact: &'a crate::model::nomination::Contact,
    nominees: Vec<HonoureeView<'a>>,
    /// award, status, opens, closes, working_days, working_days_left.
    #[serde(flatten)]
    consultation: view::ConsultationView<'a>,
}

fn nomination_detail<'a>(
    site: &Site,
    page: &'a Page,
    n: &'a crate::model::Nomination,
) -> NominationDetail<'a> {
    NominationDetail {
        council: &n.council,
        contact: &n.contact,
        nominees: honourees(site, page, &n.nominees),
        consultation: view::consultation(site, n).1,
    }
}

/// "245 KB", "1,2 MB" with a decimal comma.
pub fn size_label(bytes: u64) -> String {
    let b = bytes as f64;
    if b >= 1024.0 * 1024.0 {
        format!("{} MB", format_decimal(b / 1024.0 / 1024.0, 1))
    } else {
        format!("{} KB", format_decimal((b / 1024.0).max(1.0).round(), 0))
    }
}
