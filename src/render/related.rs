//! Related exemplars: others that share a field or a locality, the ones
//! sharing most first. Built in one pass over the taxonomy terms; each term
//! contributes at most [`PER_TERM`] candidates, so the cost stays linear in
//! the number of exemplars whatever the size of a term.

use std::collections::HashMap;

use rayon::prelude::*;

use crate::model::Section;
use crate::site::{PageId, Site, TaxonomyKind};

/// How many related exemplars a page shows.
pub const SHOWN: usize = 6;
/// How many candidates one shared term may contribute.
const PER_TERM: usize = 24;

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
