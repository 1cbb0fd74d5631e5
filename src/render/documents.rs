//! The documents list as the Decree 42/2022 portal rules expect it, without
//! JavaScript: pre-rendered pages sorted newest or oldest first, and
//! filtered by document type or by issuer. Every such page carries
//! `documents_nav` (the sort and filter links, with the current one marked).

use std::collections::BTreeMap;

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
    sorts: Vec<NavLink>,
    types: Vec<NavLink>,
    issuers: Vec<NavLink>,
    /// What the current page shows, in words.
    heading: String,
}

/// One filter group: name → documents, in newest-first order.
type Groups = BTreeMap<String, (String, Vec<PageId>)>;

fn group(
    site: &Site,
    newest: &[PageId],
    key: impl Fn(&crate::model::Document) -> String,
) -> Groups {
    let mut groups: Groups = BTreeMap::new();
    for id in newest {
        if let EntryKind::Document(d) = &site.pages[*id].entry.kind {
            let name = key(d);
            let slug = slugify(&name);
            if slug.is_empty() {
                continue;
            }
            groups
                .entry(slug)
                .or_insert_with(|| (name, Vec::new()))
                .1
                .push(*id);
        }
    }
    groups
}

/// Extra listings for the documents section, given its newest-first main listing.
pub fn listings(site: &Site, main: &Listing, collator: &VietnameseCollator) -> Vec<Listing> {
    let base = main.permalink.clone();
    let newest = &main.items;
    let types = group(site, newest, |d| d.doc_type.clone());
    let issuers = group(site, newest, |d| d.issuer.clone());
    let link = |kind: &str, slug: &str| base.child(kind).and_then(|p| p.child(slug));
    let nav_links = |groups: &Groups, kind: &str| {
        let mut links: Vec<NavLink> = groups
            .iter()
            .filter_map(|(slug, (name, ids))| {
                Some(NavLink {
                    name: name.clone(),
                    url: link(kind, slug)?.to_string(),
                    count: ids.len(),
                    current: false,
                })
            })
            .collect();
        links.sort_by(|a, b| collator.compare(&a.name, &b.name));
        links
    };
    let all_types = nav_links(&types, BY_TYPE);
    let all_issuers = nav_links(&issuers, BY_ISSUER);
    let oldest_link = base.child(OLDEST);
    let make = |permalink: Permalink, title: String, items: Vec<PageId>| {
        let url = permalink.to_string();
        let mark = |links: &[NavLink]| {
            links
                .iter()
                .cloned()
                .map(|mut l| {
                    l.current = l.url == url;
                    l
                })
                .collect::<Vec<_>>()
        };
        let sorts = vec![
            NavLink {
                name: "Mới nhất trước".into(),
                url: base.to_string(),
                count: newest.len(),
                current: url == base.as_str(),
            },
            NavLink {
                name: "Cũ nhất trước".into(),
                url: oldest_link
                    .as_ref()
                    .map(ToString::to_string)
                    .unwrap_or_default(),
                count: newest.len(),
                current: oldest_link.as_ref().is_some_and(|o| o.as_str() == url),
            },
        ];
        let nav = Nav {
            sorts,
            types: mark(&all_types),
            issuers: mark(&all_issuers),
            heading: title.clone(),
        };
        Listing {
            nav: Some(Value::from_serializable(&nav)),
            title,
            permalink,
            items,
            ..main.clone()
        }
    };
    let mut out = vec![];
    if let Some(p) = &oldest_link {
        out.push(make(
            p.clone(),
            "Văn bản – cũ nhất trước".into(),
            newest.iter().rev().copied().collect(),
        ));
    }
    for (kind, groups, label) in [
        (BY_TYPE, &types, "Loại văn bản"),
        (BY_ISSUER, &issuers, "Cơ quan ban hành"),
    ] {
        for (slug, (name, ids)) in groups {
            if let Some(p) = link(kind, slug) {
                out.push(make(p, format!("{label}: {name}"), ids.clone()));
            }
        }
    }
    let main_nav = make(
        base.clone(),
        Section::Documents.title().into(),
        newest.clone(),
    );
    out.insert(0, main_nav);
    out
}
