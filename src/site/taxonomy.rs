//! Taxonomies: fields (lĩnh vực), localities (today's unit when mapped),
//! award forms, subject kinds and years, each with ASCII term slugs.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use crate::config::Config;
use crate::model::exemplar::Subject;
use crate::model::{AwardForm, EntryKind, Section};
use crate::permalink::{Permalink, reserved};
use crate::site::{Page, PageId};
use crate::vietnamese::{VietnameseCollator, slugify};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TaxonomyKind {
    Fields,
    Localities,
    AwardForms,
    Subjects,
    Years,
}

impl TaxonomyKind {
    pub const ALL: [TaxonomyKind; 5] = [
        TaxonomyKind::Fields,
        TaxonomyKind::Localities,
        TaxonomyKind::AwardForms,
        TaxonomyKind::Subjects,
        TaxonomyKind::Years,
    ];

    pub fn path(self) -> &'static str {
        match self {
            TaxonomyKind::Fields => reserved::FIELDS,
            TaxonomyKind::Localities => reserved::LOCALITIES,
            TaxonomyKind::AwardForms => reserved::AWARD_FORMS,
            TaxonomyKind::Subjects => reserved::SUBJECTS,
            TaxonomyKind::Years => reserved::YEARS,
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            TaxonomyKind::Fields => "Lĩnh vực",
            TaxonomyKind::Localities => "Địa phương",
            TaxonomyKind::AwardForms => "Hình thức khen thưởng",
            TaxonomyKind::Subjects => "Đối tượng",
            TaxonomyKind::Years => "Năm",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            TaxonomyKind::Fields => "fields",
            TaxonomyKind::Localities => "localities",
            TaxonomyKind::AwardForms => "award_forms",
            TaxonomyKind::Subjects => "subjects",
            TaxonomyKind::Years => "years",
        }
    }

    pub fn permalink(self) -> Permalink {
        Permalink::from_segments([self.path()]).unwrap_or_else(Permalink::root)
    }

    /// The term names a page belongs to in this taxonomy.
    pub fn terms_of(self, page: &Page) -> Vec<String> {
        let exemplar = match &page.entry.kind {
            EntryKind::Exemplar(x) => Some(x),
            _ => None,
        };
        match self {
            TaxonomyKind::Fields => page.fields.clone(),
            TaxonomyKind::Localities => exemplar
                .map(|x| {
                    vec![
                        page.locality_today
                            .clone()
                            .unwrap_or_else(|| x.locality.value.clone()),
                    ]
                })
                .unwrap_or_default(),
            TaxonomyKind::AwardForms => match &page.entry.kind {
                EntryKind::Exemplar(x) => {
                    x.awards.iter().map(|a| a.form.label().to_owned()).collect()
                }
                // A decision's page links to its form's page.
                EntryKind::Decision(d) => vec![d.form.label().to_owned()],
                _ => Vec::new(),
            },
            TaxonomyKind::Subjects => exemplar
                .map(|x| vec![x.subject.label().to_owned()])
                .unwrap_or_default(),
            TaxonomyKind::Years => years_of(page),
        }
    }
}

fn years_of(page: &Page) -> Vec<String> {
    match (&page.entry.kind, page.section()) {
        (EntryKind::Exemplar(x), _) => x
            .awards
            .iter()
            .filter_map(|a| a.date)
            .map(|d| d.year().to_string())
            .collect(),
        (EntryKind::Document(d), _) => d.issued.map(|d| d.year().to_string()).into_iter().collect(),
        (EntryKind::Decision(d), _) => vec![d.issued.year().to_string()],
        (_, Section::News | Section::Events) => page
            .entry
            .common
            .date
            .as_ref()
            .map(|d| d.value.day.year().to_string())
            .into_iter()
            .collect(),
        _ => Vec::new(),
    }
}

/// One value of a taxonomy and the pages that have it.
#[derive(Debug, Clone)]
pub struct Term {
    pub name: String,
    pub slug: String,
    pub permalink: Permalink,
    /// In page order (ascending ids).
    pub pages: Vec<PageId>,
    /// The group the term is listed under on its taxonomy's index: for
    /// award forms, the Law's kind (danh hiệu thi đua, hình thức khen
    /// thưởng — Law on Emulation and Commendation 2022); none otherwise.
    pub group: Option<&'static str>,
}

/// The award kinds in the order of the Law on Emulation and Commendation
/// 2022 (emulation, its titles, before commendation and its forms), then
/// the local forms it does not name.
pub const AWARD_KIND_ORDER: [crate::model::award::AwardKind; 3] = [
    crate::model::award::AwardKind::EmulationTitle,
    crate::model::award::AwardKind::Commendation,
    crate::model::award::AwardKind::Other,
];

/// The group of a term of `kind` named `name`.
fn group_of(kind: TaxonomyKind, name: &str) -> Option<&'static str> {
    if kind != TaxonomyKind::AwardForms {
        return None;
    }
    AwardForm::ALL
        .iter()
        .find(|f| f.label() == name)
        .map(|f| f.kind().label())
}

#[derive(Debug, Clone)]
pub struct Taxonomy {
    pub kind: TaxonomyKind,
    pub permalink: Permalink,
    pub terms: Vec<Term>,
}

/// Build every taxonomy in one pass over the pages per taxonomy.
pub fn build_all(pages: &[Page], config: &Config, collator: &VietnameseCollator) -> Vec<Taxonomy> {
    use rayon::prelude::*;
    TaxonomyKind::ALL
        .par_iter()
        .map(|kind| build(*kind, pages, config, collator))
        .collect()
}

fn build(
    kind: TaxonomyKind,
    pages: &[Page],
    config: &Config,
    collator: &VietnameseCollator,
) -> Taxonomy {
    let base = kind.permalink();
    let mut terms: BTreeMap<String, Term> = BTreeMap::new();
    // Slugs by name: a few hundred distinct names among tens of thousands
    // of mentions, and slugifying (NFD, folding) is the costly part.
    let mut slugs: HashMap<String, Option<String>> = HashMap::new();
    for (id, page) in pages.iter().enumerate() {
        for name in kind.terms_of(page) {
            let slug = slugs
                .entry(name.clone())
                .or_insert_with(|| {
                    let slug = slugify(&name);
                    base.child(&slug).map(|_| slug)
                })
                .clone();
            let Some(slug) = slug else {
                continue;
            };
            let term = match terms.entry(slug) {
                std::collections::btree_map::Entry::Occupied(e) => e.into_mut(),
                std::collections::btree_map::Entry::Vacant(e) => {
                    let slug = e.key().clone();
                    let Some(permalink) = base.child(&slug) else {
                        continue;
                    };
                    e.insert(Term {
                        group: group_of(kind, &name),
                        name,
                        slug,
                        permalink,
                        pages: Vec::new(),
                    })
                }
            };
            if term.pages.last() != Some(&id) {
                term.pages.push(id);
            }
        }
    }
    let mut terms: Vec<Term> = terms.into_values().collect();
    sort_terms(kind, &mut terms, config, collator);
    Taxonomy {
        kind,
        permalink: base,
        terms,
    }
}

fn sort_terms(
    kind: TaxonomyKind,
    terms: &mut [Term],
    config: &Config,
    collator: &VietnameseCollator,
) {
    match kind {
        TaxonomyKind::Fields => {
            terms.sort_by_key(|t| {
                config
                    .fields
                    .iter()
                    .position(|f| *f == t.name)
                    .unwrap_or(usize::MAX)
            });
        }
        TaxonomyKind::AwardForms => {
            // By kind in the Law's order, then by form in the Law's order.
            terms.sort_by_key(|t| {
                let form = AwardForm::ALL.iter().position(|f| f.label() == t.name);
                let kind = form.and_then(|i| {
                    AWARD_KIND_ORDER
                        .iter()
                        .position(|k| *k == AwardForm::ALL[i].kind())
                });
                (kind.unwrap_or(usize::MAX), form.unwrap_or(usize::MAX))
            });
        }
        TaxonomyKind::Subjects => {
            terms.sort_by_key(|t| {
                Subject::ALL
                    .iter()
                    .position(|s| s.label() == t.name)
                    .unwrap_or(usize::MAX)
            });
        }
        TaxonomyKind::Years => terms.sort_by(|a, b| b.name.cmp(&a.name)),
        TaxonomyKind::Localities => terms.sort_by(|a, b| collator.compare(&a.name, &b.name)),
    }
}
