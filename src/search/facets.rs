//! Facets that filter results: section, subject kind, field, locality,
//! year and award form. Each value's documents are one small file, fetched
//! only when that filter is chosen; `meta.json` lists the values with their
//! counts and the URL parameter each facet uses.

use serde_json::{Value, json};

use crate::model::Section;
use crate::site::{PageId, Site, TaxonomyKind};

use super::encode::doc_set;

/// Sections in a fixed order: a record's section number indexes this list.
pub struct Sections {
    pub list: Vec<Section>,
}

impl Sections {
    pub fn new() -> Sections {
        Sections {
            list: Section::ALL.to_vec(),
        }
    }

    pub fn index_of(&self, section: Section) -> usize {
        self.list.iter().position(|s| *s == section).unwrap_or(0)
    }
}

/// Facet metadata and files.
pub struct Facets {
    pub meta: Value,
    pub files: Vec<(String, Vec<u8>)>,
}

/// One facet: URL parameter, title, and values `(slug, name, pages)`.
struct Facet {
    param: &'static str,
    title: &'static str,
    values: Vec<(String, String, Vec<PageId>)>,
}

/// URL parameter of the section facet.
pub const SECTION_PARAM: &str = "chuyen-muc";

fn section_facet(site: &Site, sections: &Sections) -> Facet {
    let mut values = Vec::new();
    for s in &sections.list {
        let pages: Vec<PageId> = site.pages_in(*s).map(|(id, _)| id).collect();
        if pages.is_empty() {
            continue;
        }
        let slug = match site.config.section_path(*s) {
            "" => s.key().to_owned(),
            path => path.to_owned(),
        };
        values.push((slug, s.title().to_owned(), pages));
    }
    Facet {
        param: SECTION_PARAM,
        title: "Chuyên mục",
        values,
    }
}

fn taxonomy_facet(site: &Site, kind: TaxonomyKind) -> Option<Facet> {
    let t = site.taxonomies.iter().find(|t| t.kind == kind)?;
    Some(Facet {
        param: kind.path(),
        title: kind.title(),
        values: t
            .terms
            .iter()
            .map(|term| (term.slug.clone(), term.name.clone(), term.pages.clone()))
            .collect(),
    })
}

/// Every facet's metadata and value files, with documents numbered by
/// `order` (document number → page id).
pub fn build(site: &Site, order: &[PageId], sections: &Sections) -> Facets {
    let mut doc_of = vec![0u32; site.pages.len()];
    for (doc, &page) in order.iter().enumerate() {
        doc_of[page] = doc as u32;
    }
    let mut facets = vec![section_facet(site, sections)];
    facets.extend(
        [
            TaxonomyKind::Subjects,
            TaxonomyKind::Fields,
            TaxonomyKind::Localities,
            TaxonomyKind::Years,
            TaxonomyKind::AwardForms,
        ]
        .into_iter()
        .filter_map(|k| taxonomy_facet(site, k)),
    );
    let n = order.len() as u32;
    let mut files = Vec::new();
    let mut meta = Vec::new();
    for (k, facet) in facets.iter().enumerate() {
        let mut values = Vec::new();
        for (v, (slug, name, pages)) in facet.values.iter().enumerate() {
            let mut docs: Vec<u32> = pages.iter().map(|&p| doc_of[p]).collect();
            docs.sort_unstable();
            docs.dedup();
            files.push((format!("f/{k}-{v}.bin"), doc_set(&docs, n)));
            values.push(json!([slug, name, docs.len()]));
        }
        meta.push(json!({"param": facet.param, "title": facet.title, "values": values}));
    }
    Facets {
        meta: Value::from(meta),
        files,
    }
}
