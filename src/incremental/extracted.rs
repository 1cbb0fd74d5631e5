//! The search index's per-page extractions kept between rebuilds
//! ([`search::Reuse`]): a page's terms and record are taken again when its
//! page key (its file, place, fields, links, body…; [`super::page_key`])
//! and the site-wide inputs are unchanged, so an edit re-extracts only the
//! pages it touched. What depends on the order of documents (their numbers,
//! the lists, the shards) is made again by the index build every time.

use std::collections::HashMap;
use std::sync::Arc;

use crate::fingerprint;
use crate::search::{self, Extracted};
use crate::site::{PageId, Site};

/// Extractions by key: [`fingerprint::of`] the site-wide inputs' key and
/// the page's key.
pub type Kept = HashMap<u64, Arc<Extracted>>;

/// One index build's view of the kept extractions.
pub struct Extractions<'a> {
    earlier: &'a Kept,
    /// Each page's key, by page id (none: a page this build has no record
    /// of, never taken from nor kept for another build).
    keys: Vec<Option<u64>>,
    /// Whether the earlier extractions may be used (the site-wide inputs
    /// were not reported touched).
    reuse: bool,
    /// This build's, once made.
    pub next: Option<Kept>,
}

impl<'a> Extractions<'a> {
    /// `page_keys` by page id; `settings` the site-wide inputs' key.
    pub fn new(earlier: &'a Kept, settings: u64, page_keys: &[Option<u64>], reuse: bool) -> Self {
        Extractions {
            earlier,
            keys: page_keys
                .iter()
                .map(|k| k.map(|k| fingerprint::of(&(settings, k))))
                .collect(),
            reuse,
            next: None,
        }
    }
}

impl search::Reuse for Extractions<'_> {
    fn earlier(&self, id: PageId) -> Option<Arc<Extracted>> {
        if !self.reuse {
            return None;
        }
        let key = (*self.keys.get(id)?)?;
        self.earlier.get(&key).cloned()
    }

    fn keeps(&self) -> bool {
        true
    }

    fn keep(&mut self, extracted: Vec<Arc<Extracted>>) {
        let keyed = self.keys.iter().zip(extracted);
        self.next = Some(keyed.filter_map(|(k, e)| Some(((*k)?, e))).collect());
    }
}

/// The index files of `site`, with `kept` replaced by this build's
/// extractions.
pub fn index_files(
    site: &Site,
    kept: &mut Arc<Kept>,
    settings: u64,
    page_keys: &[Option<u64>],
    reuse: bool,
) -> Vec<crate::output::OutputFile> {
    let (files, next) = {
        let mut extractions = Extractions::new(kept, settings, page_keys, reuse);
        let files = search::index_files_with(site, &mut extractions);
        (files, extractions.next)
    };
    if let Some(next) = next {
        *kept = Arc::new(next);
    }
    files
}
