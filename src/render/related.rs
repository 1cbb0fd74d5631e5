//! Related exemplars: others that share a field or a locality, the ones
//! sharing most first. Built in one pass over the taxonomy terms; each term
//! contributes at most `PER_TERM` candidates, so the cost stays linear in
//! the number of exemplars whatever the size of a term.

use std::collections::HashMap;

use rayon::prelude::*;

use crate::model::Section;
use crate::site::{PageId, Site, TaxonomyKind};

/// How many related exemplars a page shows.
pub const SHOWN: usize = 6;
/// How many candidates one shared term may contribute.
const PER_TERM: usize = 24;

/// Hash of everything [`related_exemplars`] reads: the pages of each field
/// and locality, and which pages are exemplars. A title edit leaves it
/// unchanged, so `serve` keeps the previous result.
pub fn inputs_key(site: &Site) -> u64 {
    let terms: Vec<&[PageId]> = site
        .taxonomies
        .iter()
        .filter(|t| matches!(t.kind, TaxonomyKind::Fields | TaxonomyKind::Localities))
        .flat_map(|t| t.terms.iter().map(|term| term.pages.as_slice()))
        .collect();
    let exemplars: Vec<bool> = site
        .pages
        .iter()
        .map(|p| p.section() == Section::Exemplars)
        .collect();
    crate::fingerprint::of(&(terms, exemplars))
}

/// For every page, its related exemplars (empty for non-exemplars).
pub fn related_exemplars(site: &Site) -> Vec<Vec<PageId>> {
    let mut terms_of: Vec<Vec<&[PageId]>> = vec![Vec::new(); site.pages.len()];
    for t in site
        .taxonomies
        .iter()
        .filter(|t| matches!(t.kind, TaxonomyKind::Fields | TaxonomyKind::Localities))
    {
        for term in &t.terms {
            for id in &term.pages {
                terms_of[*id].push(&term.pages);
            }
        }
    }
    terms_of
        .par_iter()
        .enumerate()
        .map(|(id, terms)| {
            if site.pages[id].section() != Section::Exemplars {
                return Vec::new();
            }
            let mut shared: HashMap<PageId, usize> = HashMap::new();
            for pages in terms {
                // Term pages are in page order: find this page by bisection
                // (a linear search would make big terms quadratic).
                let start = pages.binary_search(&id).unwrap_or(0);
                let window = pages
                    .iter()
                    .cycle()
                    .skip(start + 1)
                    .take(PER_TERM.min(pages.len()));
                for other in
                    window.filter(|o| **o != id && site.pages[**o].section() == Section::Exemplars)
                {
                    *shared.entry(*other).or_default() += 1;
                }
            }
            let mut ranked: Vec<(usize, PageId)> =
                shared.into_iter().map(|(p, n)| (n, p)).collect();
            ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            ranked.into_iter().take(SHOWN).map(|(_, p)| p).collect()
        })
        .collect()
}
