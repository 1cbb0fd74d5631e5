//! Static search: the index built from the [`Site`] into small shards that
//! the browser client (`themes/default/static/js/search-core.js`) downloads
//! on demand.
//!
//! Documents are numbered newest first (so a lower number breaks ties by
//! recency). Under `tim-kiem/index/` the build writes `meta.json` (counts,
//! shard tables, facets, the folded vocabulary for prefixes and
//! suggestions) and a folder named by a hash of the content with:
//!
//! - `s/N.bin`: syllables. Each exact (normalised) syllable's postings,
//!   grouped under its folded form; the folded form picks the bucket, so
//!   one file answers both exact and diacritic-free queries.
//! - `p/N.bin`: pairs of adjacent folded syllables (phrases, proximity),
//!   identified by a second hash, with their document sets; beside each,
//!   its toned spellings as found on pages (bucketed by the folded pair),
//!   so tones are judged on the occurrence that matches.
//! - `f/K-V.bin`: the documents of one facet value.
//! - `d/N.json`: the records results show, [`RECORD_GROUP`] per file.
//!
//! Setting `THIDUA_NO_SEARCH=1` builds no index (for benchmarks).
//!
//! A whole build streams the pages through in batches and keeps nothing,
//! freeing each batch's Markdown bodies once read (their last reader);
//! `serve` keeps the index between rebuilds and patches the documents an
//! edit changed ([`Live`], [`index_files_live`]).

mod encode;
mod extract;
mod facets;
mod live;
mod meta;
mod shards;
pub mod text;

use std::sync::Arc;

use rayon::prelude::*;

use crate::output::OutputFile;
use crate::site::{PageId, Site};

pub use extract::fold_token;
pub use live::{Live, index_files_live};
pub use text::{normalize_text, normalize_tones};

/// Records per `d/N.json` file.
pub const RECORD_GROUP: usize = 8;

/// Folder of the index, relative to the output.
pub const INDEX_DIR: &str = "tim-kiem/index";

/// The search index files, relative to the output folder.
pub fn index_files(site: &Site) -> Vec<OutputFile> {
    if switched_off() {
        return Vec::new();
    }
    build(Pages::Read(site)).into_files()
}

/// [`index_files`] for a whole build, the index being the Markdown bodies'
/// last reader: each batch's bodies are freed as soon as the batch is read
/// ([`Site::release_bodies`]), so the index's working memory replaces
/// theirs instead of adding to it (at 100,000 entries the bodies are close
/// to half a gigabyte).
pub fn index_files_releasing_bodies(site: &mut Site) -> Vec<OutputFile> {
    if switched_off() {
        return Vec::new();
    }
    build(Pages::Release(site)).into_files()
}

/// `THIDUA_NO_SEARCH=1`: no index (for benchmarks).
fn switched_off() -> bool {
    std::env::var_os("THIDUA_NO_SEARCH").is_some_and(|v| v == "1")
}

/// What the index takes from one page: its terms and the JSON of its
/// record. It depends only on the page itself and the configuration
/// (section folders), never on other pages or on the document's number.
pub struct Extracted {
    terms: extract::DocTerms,
    record: Box<[u8]>,
}

impl Extracted {
    fn of(site: &Site, page: &crate::site::Page, sections: &facets::Sections) -> Extracted {
        let section = sections.index_of(page.section());
        let body = page.body_text(&site.config);
        let record = extract::record(site, page, section, &body);
        Extracted {
            terms: extract::doc_terms(page, &body),
            record: serde_json::to_vec(&record)
                .unwrap_or_default()
                .into_boxed_slice(),
        }
    }
}

impl std::borrow::Borrow<extract::DocTerms> for Arc<Extracted> {
    fn borrow(&self) -> &extract::DocTerms {
        &self.terms
    }
}

/// The built index, before it is given paths.
struct Built {
    meta: serde_json::Value,
    /// Paths relative to the versioned folder, and contents.
    files: Vec<(String, Vec<u8>)>,
}

impl Built {
    fn into_files(self) -> Vec<OutputFile> {
        let version = content_hash(&self.files);
        let mut meta = self.meta;
        meta["dir"] = serde_json::Value::from(format!("{version}/"));
        let mut out: Vec<OutputFile> = self
            .files
            .into_iter()
            .map(|(path, bytes)| OutputFile {
                path: format!("{INDEX_DIR}/{version}/{path}"),
                content: crate::output::OutputContent::Bytes(bytes),
            })
            .collect();
        out.push(OutputFile::text(
            format!("{INDEX_DIR}/meta.json"),
            meta.to_string(),
        ));
        out
    }
}

/// FNV-1a (64-bit) over every path and content, as 16 hex digits.
fn content_hash(files: &[(String, Vec<u8>)]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (path, bytes) in files {
        for b in path.bytes().chain([0]).chain(bytes.iter().copied()) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

/// Page ids newest first; pages without a date last; then by URL.
fn doc_order(site: &Site) -> Vec<PageId> {
    let mut ids: Vec<PageId> = (0..site.pages.len()).collect();
    let dates: Vec<_> = site
        .pages
        .iter()
        .map(crate::site::summary::sort_date)
        .collect();
    ids.sort_by(|&a, &b| {
        dates[b]
            .cmp(&dates[a])
            .then_with(|| site.pages[a].permalink.cmp(&site.pages[b].permalink))
    });
    ids
}

/// Pages extracted and merged at a time: a multiple of [`RECORD_GROUP`],
/// so each batch writes whole record files. Only one batch's terms are
/// held at once (issue 14).
const BATCH: usize = 256;

/// The site as the index's build sees it: only read (`serve`), or with
/// each batch's Markdown bodies freed once read (a whole build).
enum Pages<'a> {
    Read(&'a Site),
    Release(&'a mut Site),
}

impl Pages<'_> {
    fn site(&self) -> &Site {
        match self {
            Pages::Read(site) => site,
            Pages::Release(site) => site,
        }
    }

    fn batch_read(&mut self, ids: &[PageId]) {
        if let Pages::Release(site) = self {
            site.release_bodies(ids.iter().copied());
        }
    }
}

fn build(mut source: Pages<'_>) -> Built {
    let order = doc_order(source.site());
    let sections = facets::Sections::new();
    let mut inverted = shards::Inverted::default();
    let mut records: Vec<(String, Vec<u8>)> = Vec::new();
    for batch in order.chunks(BATCH) {
        let site = source.site();
        let extracted: Vec<Arc<Extracted>> = batch
            .par_iter()
            .map(|&id| Arc::new(Extracted::of(site, &site.pages[id], &sections)))
            .collect();
        source.batch_read(batch);
        let first_group = inverted.docs() as usize / RECORD_GROUP;
        inverted.add(&extracted);
        records.extend(record_files(&extracted, first_group));
    }
    let syllables = inverted.syllables();
    let pairs = inverted.pairs();
    drop(inverted);
    assemble(source.site(), &order, syllables, pairs, records)
}

/// The index's files and meta from its parts; `records` the `d/N.json`
/// files.
fn assemble(
    site: &Site,
    order: &[PageId],
    mut syllables: shards::Sharded,
    mut pairs: shards::Sharded,
    records: Vec<(String, Vec<u8>)>,
) -> Built {
    let sections = facets::Sections::new();
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let facets = facets::build(site, order, &sections);
    shards::name_files(&mut files, "s", &mut syllables.packed);
    shards::name_files(&mut files, "p", &mut pairs.packed);
    files.extend(facets.files);
    files.extend(records);
    let meta = meta::meta(meta::MetaParts {
        docs: order.len() as u32,
        sections: &sections,
        section_paths: sections
            .list
            .iter()
            .map(|s| site.config.section_path(*s).to_owned())
            .collect(),
        syllables: &syllables,
        pairs: &pairs,
        facets: facets.meta,
    });
    Built { meta, files }
}

/// The `d/N.json` files of `records`, the first one numbered `first`:
/// each the JSON array of its records, written as `serde_json` writes a
/// list of values (no spaces).
fn record_files(records: &[Arc<Extracted>], first: usize) -> Vec<(String, Vec<u8>)> {
    records
        .chunks(RECORD_GROUP)
        .zip(first..)
        .map(|(chunk, i)| {
            let mut json = Vec::with_capacity(chunk.iter().map(|e| e.record.len() + 1).sum());
            json.push(b'[');
            for (n, e) in chunk.iter().enumerate() {
                if n > 0 {
                    json.push(b',');
                }
                json.extend_from_slice(&e.record);
            }
            json.push(b']');
            (format!("d/{i}.json"), json)
        })
        .collect()
}

/// Tone normalisation of samples, for the Node test that checks the
/// client's twin against this one: `[[input, normalised, folded], …]`.
pub fn normalisation_samples(samples: &[&str]) -> serde_json::Value {
    samples
        .iter()
        .map(|s| {
            let norm = normalize_text(s);
            let toks: Vec<String> = text::tokens(&norm)
                .iter()
                .map(|t| normalize_tones(t.text).into_owned())
                .collect();
            let folded: Vec<String> = toks.iter().map(|t| fold_token(t).into_owned()).collect();
            serde_json::json!([s, toks.join(" "), folded.join(" ")])
        })
        .collect()
}
