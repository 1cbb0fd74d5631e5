//! The search index kept between rebuilds ([`search::Live`]): a page's
//! extraction (terms and record) is taken again, and the index patched
//! rather than made again, while its page key (its file, place, fields,
//! links, body…; [`super::page_keys`]) and the site-wide inputs are
//! unchanged.

use crate::fingerprint;
use crate::output::OutputFile;
use crate::search::{self, Live};
use crate::site::Site;

/// The index files of `site`, `live` patched or made again. `page_keys` by
/// page id; `settings` the site-wide inputs' key; `reuse` false when they
/// were reported touched (nothing is then taken from `live`).
pub fn index_files(
    site: &Site,
    live: &mut Option<Live>,
    settings: u64,
    page_keys: &[u64],
    reuse: bool,
) -> Vec<OutputFile> {
    if !reuse {
        *live = None;
    }
    let keys: Vec<u64> = page_keys
        .iter()
        .map(|k| fingerprint::of(&(settings, k)))
        .collect();
    search::index_files_live(site, live, &keys)
}
