//! The documents list as the Decree 42/2022 portal rules expect it, without
//! JavaScript: pre-rendered pages sorted newest or oldest first, filtered by
//! document type, by issuer, or by both (type × issuer × order, each
//! combination a page of its own). Only combinations that hold a document
//! are made, so their number grows with the documents, never with the
//! product of types and issuers. Every such page carries `documents_nav`
//! (the sort and filter links that keep the other choices, the current one
//! marked).
//!
//! URLs, under the section's folder: `/`, `/loai/<type>/`, `/co-quan/<issuer>/`,
//! `/loai/<type>/co-quan/<issuer>/`, each with `cu-nhat/` for oldest first.

use std::collections::{BTreeSet, HashMap};

use serde::Serialize;
use tera::Value;

use crate::model::{EntryKind, Section};
use crate::permalink::Permalink;
use crate::permalink::reserved::{BY_ISSUER, BY_TYPE, OLDEST};
use crate::render::listing::Listing;
use crate::site::{PageId, Site};
use crate::vietnamese::{VietnameseCollator, slugify};

#[derive(Serialize, Clone)]
struct NavLink {
    name: String,
    url: String,
    count: usize,
    current: bool,
}

#[derive(Serialize)]
struct Nav {
    /// The section's list (all documents, newest first).
    all: String,
    sorts: Vec<NavLink>,
    /// "Tất cả" first, then each type with a document under the chosen issuer.
    types: Vec<NavLink>,
    /// "Tất cả" first, then each issuer with a document of the chosen type.
    issuers: Vec<NavLink>,
    /// What the current page shows, in words.
    heading: String,
}

/// A document type or an issuer: its slug (in URLs) and name (as written).
#[derive(Clone)]
struct Facet {
    slug: String,
    name: String,
}

impl Facet {
    fn of(name: &str) -> Option<Facet> {
        let slug = slugify(name);
        (!slug.is_empty()).then(|| Facet {
            slug,
            name: name.to_owned(),
        })
    }
}

/// A document with its type and issuer.
type Filed = (PageId, Option<Facet>, Option<Facet>);

/// A filter: a type's and an issuer's slug, each or both may be "any".
type Filter<'a> = (Option<&'a str>, Option<&'a str>);

/// What one documents page shows: a filter and an order.
#[derive(Clone, Copy, PartialEq)]
struct Choice<'a> {
    filter: Filter<'a>,
    oldest: bool,
}

/// Extra listings for the documents section, given its newest-first main listing.
pub fn listings(site: &Site, main: &Listing, collator: &VietnameseCollator) -> Vec<Listing> {
    let base = main.permalink.clone();
    // Each document's type and issuer, in newest-first order.
    let docs: Vec<Filed> = main
        .items
        .iter()
        .filter_map(|id| match &site.pages[*id].entry.kind {
            EntryKind::Document(d) => Some((*id, Facet::of(&d.doc_type), Facet::of(&d.issuer))),
            _ => None,
        })
        .collect();
    let facets = |of: fn(&Filed) -> &Option<Facet>| {
        // One name per slug (the newest document's spelling), sorted by name.
        let mut seen = BTreeSet::new();
        let mut list: Vec<&Facet> = docs
            .iter()
            .filter_map(|d| of(d).as_ref())
            .filter(|f| seen.insert(f.slug.as_str()))
            .collect();
        list.sort_by(|a, b| collator.compare(&a.name, &b.name));
        list
    };
    let types = facets(|d| &d.1);
    let issuers = facets(|d| &d.2);
    // The documents of every filter that has some, in one pass: each
    // document is under "all", its type, its issuer and its pair.
    let mut groups: HashMap<Filter, Vec<PageId>> = HashMap::new();
    groups.insert((None, None), vec![]);
    for (id, t, i) in &docs {
        let (t, i) = (
            t.as_ref().map(|f| f.slug.as_str()),
            i.as_ref().map(|f| f.slug.as_str()),
        );
        let mut keys = vec![(None, None), (t, None), (None, i), (t, i)];
        keys.sort();
        keys.dedup();
        for key in keys {
            groups.entry(key).or_default().push(*id);
        }
    }
    let permalink = |c: &Choice| -> Option<Permalink> {
        let mut p = base.clone();
        if let Some(t) = c.filter.0 {
            p = p.child(BY_TYPE)?.child(t)?;
        }
        if let Some(i) = c.filter.1 {
            p = p.child(BY_ISSUER)?.child(i)?;
        }
        if c.oldest {
            p = p.child(OLDEST)?;
        }
        Some(p)
    };
    let count = |f: &Filter| groups.get(f).map_or(0, Vec::len);
    let link = |name: &str, c: Choice, current: &Choice| -> Option<NavLink> {
        Some(NavLink {
            name: name.to_owned(),
            url: permalink(&c)?.to_string(),
            count: count(&c.filter),
            current: c == *current,
        })
        .filter(|l| l.count > 0)
    };
    let nav = |c: &Choice| -> Nav {
        let (t, i) = c.filter;
        let sorts = [("Mới nhất trước", false), ("Cũ nhất trước", true)]
            .into_iter()
            .filter_map(|(name, oldest)| link(name, Choice { oldest, ..*c }, c))
            .collect();
        let heading = title(name_of(&types, t), name_of(&issuers, i), c.oldest);
        let types = std::iter::once(link(
            "Tất cả",
            Choice {
                filter: (None, i),
                ..*c
            },
            c,
        ))
        .chain(types.iter().map(|f| {
            link(
                &f.name,
                Choice {
                    filter: (Some(&f.slug), i),
                    ..*c
                },
                c,
            )
        }))
        .flatten()
        .collect();
        let issuers = std::iter::once(link(
            "Tất cả",
            Choice {
                filter: (t, None),
                ..*c
            },
            c,
        ))
        .chain(issuers.iter().map(|f| {
            link(
                &f.name,
                Choice {
                    filter: (t, Some(&f.slug)),
                    ..*c
                },
                c,
            )
        }))
        .flatten()
        .collect();
        Nav {
            all: base.to_string(),
            sorts,
            types,
            issuers,
            heading,
        }
    };

    // In a stable order: all, each type, each issuer, each pair.
    let mut filters: Vec<Filter> = groups.keys().copied().collect();
    let rank = |f: &Filter| match f {
        (None, None) => 0,
        (Some(_), None) => 1,
        (None, Some(_)) => 2,
        (Some(_), Some(_)) => 3,
    };
    filters.sort_by(|a, b| rank(a).cmp(&rank(b)).then(a.cmp(b)));
    let mut out = vec![];
    for filter in filters {
        for oldest in [false, true] {
            let c = Choice { filter, oldest };
            let Some(p) = permalink(&c) else { continue };
            let nav = nav(&c);
            let mut items = groups[&filter].clone();
            if oldest {
                items.reverse();
            }
            out.push(Listing {
                nav: Some(Value::from_serializable(&nav)),
                title: nav.heading,
                permalink: p,
                items,
                ..main.clone()
            });
        }
    }
    out
}

/// The name of the facet with this slug.
fn name_of<'a>(list: &[&'a Facet], slug: Option<&str>) -> Option<&'a str> {
    let slug = slug?;
    list.iter()
        .find(|f| f.slug == slug)
        .map(|f| f.name.as_str())
}

/// The page's title: the filters and the order in words, or "Văn bản".
fn title(doc_type: Option<&str>, issuer: Option<&str>, oldest: bool) -> String {
    let mut parts = vec![];
    if let Some(t) = doc_type {
        parts.push(format!("Loại văn bản: {t}"));
    }
    if let Some(i) = issuer {
        parts.push(format!("Cơ quan ban hành: {i}"));
    }
    let filters = if parts.is_empty() {
        Section::Documents.title().to_owned()
    } else {
        parts.join(" · ")
    };
    if oldest {
        format!("{filters} – cũ nhất trước")
    } else {
        filters
    }
}
