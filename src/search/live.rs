//! The search index `serve` keeps between rebuilds and patches (issue 14:
//! remaking the whole index after each edit took 0.5–0.9 s at 10,000
//! entries, most of the time before `ready`).
//!
//! [`Live`] holds what a whole build throws away as it writes: each
//! document's extraction and key, the merged postings and pair lists
//! ([`Inverted`]), each folded syllable's encoded group and each pair's
//! encoded entry, by bucket. When the documents are the same pages in the
//! same order and only a few of them changed, each changed document is taken
//! out of the lists it was in and put into those it is in now, and only the
//! groups and entries it touched are encoded again; buckets are then
//! concatenated as a whole build concatenates them. Otherwise (a new or
//! deleted page, a change of order or of the site-wide inputs) the index is
//! made again from the kept extractions. Either way the files are byte for
//! byte a whole build's (`tests/it/incremental.rs` compares them after
//! every kind of edit).

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use rayon::prelude::*;

use super::encode::{self, DocSet};
use super::shards::{self, Inverted, PAIR_FILE_BYTES, SYLLABLE_FILE_BYTES, Sharded};
use super::text::hash_bucket;
use super::{BATCH, Extracted, doc_order, facets, record_files};
use crate::output::OutputFile;
use crate::site::{PageId, Site};

/// Most changed documents patched into a kept index; with more, it is made
/// again (patching costs about a list rewrite per syllable and pair).
const PATCH_LIMIT: usize = 64;

/// The index of the last rebuild, ready to be patched.
pub struct Live {
    /// Page of each document number.
    order: Vec<PageId>,
    /// Extraction key of each document.
    keys: Vec<u64>,
    docs: Vec<Arc<Extracted>>,
    inverted: Inverted,
    /// Global syllable ids counted into `variants`.
    known_ids: usize,
    /// The exact syllables (global ids) of each folded one.
    variants: Vec<Vec<u32>>,
    /// Folded ids in the order of their text.
    sorted: Vec<u32>,
    /// Each folded syllable's encoded group and document count (none: no
    /// document has it any more).
    groups: Vec<Option<Group>>,
    /// Pair entries of each bucket, sorted as a whole build sorts them.
    pair_buckets: Vec<Vec<PairEntry>>,
    pair_bytes: usize,
}

/// What a patch touched: folded syllables and (toned, pair) lists whose
/// encodings are to be made again.
#[derive(Default)]
struct Dirty {
    folds: HashSet<u32>,
    pairs: HashSet<(bool, u64)>,
}

/// A folded syllable's encoded group and document count.
type Group = (Vec<u8>, u32);

/// One encoded pair entry and the pair it encodes.
struct PairEntry {
    key: u64,
    bytes: Vec<u8>,
    pair: (bool, u64),
}

impl PairEntry {
    /// The entry of a folded or toned (`toned`) pair with documents `docs`.
    fn of(inv: &Inverted, (toned, pair): (bool, u64), docs: &DocSet) -> PairEntry {
        let (key, bytes) = if toned {
            inv.toned_pair_entry(pair, docs)
        } else {
            inv.folded_pair_entry(pair, docs)
        };
        PairEntry {
            key,
            bytes,
            pair: (toned, pair),
        }
    }
}

/// The folded (`false`) or toned pair lists.
fn pair_lists(inv: &Inverted, toned: bool) -> &[shards::PairLists] {
    if toned {
        &inv.toned_pairs
    } else {
        &inv.folded_pairs
    }
}

/// The search index files of `site` for `serve`: `page_keys` are each
/// page's extraction key by page id, `live` the index of the previous
/// rebuild, patched or made again, and left holding this one.
pub fn index_files_live(
    site: &Site,
    live: &mut Option<Live>,
    page_keys: &[u64],
) -> Vec<OutputFile> {
    if super::switched_off() {
        return Vec::new();
    }
    let order = doc_order(site);
    let keys: Vec<u64> = order.iter().map(|&id| page_keys[id]).collect();
    let patched = live
        .as_mut()
        .is_some_and(|l| l.order == order && l.patch(site, &keys));
    if !patched {
        let earlier = live.take();
        *live = Some(Live::new(site, order, keys, earlier));
    }
    live.as_ref()
        .map_or_else(Vec::new, |l| l.built(site).into_files())
}

impl Live {
    /// The index of `site` made again, taking from `earlier` the
    /// extractions whose keys are unchanged.
    fn new(site: &Site, order: Vec<PageId>, keys: Vec<u64>, earlier: Option<Live>) -> Live {
        let earlier: HashMap<u64, Arc<Extracted>> = earlier
            .map(|l| l.keys.into_iter().zip(l.docs).collect())
            .unwrap_or_default();
        let sections = facets::Sections::new();
        let docs: Vec<Arc<Extracted>> = order
            .par_iter()
            .zip(&keys)
            .map(|(&id, key)| {
                earlier
                    .get(key)
                    .cloned()
                    .unwrap_or_else(|| Arc::new(Extracted::of(site, &site.pages[id], &sections)))
            })
            .collect();
        drop(earlier);
        let mut inverted = Inverted::default();
        for batch in docs.chunks(BATCH) {
            inverted.add(batch);
        }
        let mut live = Live {
            order,
            keys,
            docs,
            inverted,
            known_ids: 0,
            variants: Vec::new(),
            sorted: Vec::new(),
            groups: Vec::new(),
            pair_buckets: Vec::new(),
            pair_bytes: 0,
        };
        live.count_new_syllables();
        let groups = (0..live.variants.len())
            .into_par_iter()
            .map(|f| live.encode_group(f))
            .collect();
        live.groups = groups;
        let inv = &live.inverted;
        let entries: Vec<PairEntry> = [false, true]
            .into_par_iter()
            .flat_map(|toned| {
                pair_lists(inv, toned)
                    .par_iter()
                    .flat_map_iter(move |part| {
                        part.iter()
                            .map(move |(&pair, docs)| PairEntry::of(inv, (toned, pair), docs))
                    })
            })
            .collect();
        live.rebucket(entries);
        live
    }

    /// Patches the documents whose keys differ from `keys` (the same pages
    /// in the same order); false, and nothing changed, when there are too
    /// many.
    fn patch(&mut self, site: &Site, keys: &[u64]) -> bool {
        let changed: Vec<usize> = (0..keys.len())
            .filter(|&d| keys[d] != self.keys[d])
            .collect();
        if changed.len() > PATCH_LIMIT {
            return false;
        }
        let sections = facets::Sections::new();
        let mut dirty = Dirty::default();
        for d in changed {
            let new = Arc::new(Extracted::of(site, &site.pages[self.order[d]], &sections));
            let old = std::mem::replace(&mut self.docs[d], new.clone());
            self.replace(d as u32, &old, &new, &mut dirty);
            self.keys[d] = keys[d];
        }
        self.count_new_syllables();
        let encoded: Vec<(u32, Option<Group>)> = dirty
            .folds
            .par_iter()
            .map(|&f| (f, self.encode_group(f as usize)))
            .collect();
        for (f, group) in encoded {
            self.groups[f as usize] = group;
        }
        self.refresh_pairs(dirty.pairs);
        true
    }

    /// Takes document `doc` out of the lists of `old` and puts it into
    /// those of `new`; lists where it stays as it was are not touched.
    fn replace(&mut self, doc: u32, old: &Extracted, new: &Extracted, dirty: &mut Dirty) {
        let inv = &mut self.inverted;
        // Every syllable of an earlier document has its id.
        let old_ids: Vec<u32> = old
            .terms
            .iter()
            .map(|(term, _)| inv.ids.get(term).copied().unwrap_or(0))
            .collect();
        let old_terms: HashMap<u32, u8> = old_ids
            .iter()
            .zip(old.terms.iter())
            .map(|(&id, (_, flags))| (id, flags))
            .collect();
        let (old_folded, old_toned) = inv.pair_keys(&old.terms, &old_ids);
        let new_ids: Vec<u32> = new.terms.iter().map(|(term, _)| inv.id_of(term)).collect();
        let new_terms: HashMap<u32, u8> = new_ids
            .iter()
            .zip(new.terms.iter())
            .map(|(&id, (_, flags))| (id, flags))
            .collect();
        for (&id, _) in old_terms
            .iter()
            .filter(|(id, _)| !new_terms.contains_key(id))
        {
            inv.postings[id as usize].set(doc, None);
            dirty.folds.insert(inv.fold_of[id as usize]);
        }
        for (&id, &flags) in &new_terms {
            if old_terms.get(&id) != Some(&flags) {
                inv.postings[id as usize].set(doc, Some(flags));
                dirty.folds.insert(inv.fold_of[id as usize]);
            }
        }
        let (new_folded, new_toned) = inv.pair_keys(&new.terms, &new_ids);
        for (toned, old_keys, new_keys) in [
            (false, old_folded, new_folded),
            (true, old_toned, new_toned),
        ] {
            let parts = if toned {
                &mut inv.toned_pairs
            } else {
                &mut inv.folded_pairs
            };
            let old_set: HashSet<u64> = old_keys.iter().copied().collect();
            let new_set: HashSet<u64> = new_keys.iter().copied().collect();
            let gone = old_keys.into_iter().filter(|k| !new_set.contains(k));
            for key in gone {
                let part = &mut parts[shards::pair_part(key)];
                if let Some(list) = part.get_mut(&key) {
                    list.set(doc, None);
                    if list.len() == 0 {
                        part.remove(&key);
                    }
                }
                dirty.pairs.insert((toned, key));
            }
            for key in new_keys.into_iter().filter(|k| !old_set.contains(k)) {
                let part = &mut parts[shards::pair_part(key)];
                part.entry(key).or_default().set(doc, Some(0));
                dirty.pairs.insert((toned, key));
            }
        }
    }

    /// Counts the syllables met since the last call into their folded
    /// forms, keeping `sorted` in text order.
    fn count_new_syllables(&mut self) {
        let inv = &self.inverted;
        let before = self.variants.len();
        for id in self.known_ids..inv.exact.len() {
            let f = inv.fold_of[id] as usize;
            if f >= self.variants.len() {
                self.variants.resize_with(f + 1, Vec::new);
            }
            self.variants[f].push(id as u32);
        }
        self.known_ids = inv.exact.len();
        if self.variants.len() > before {
            self.groups.resize(self.variants.len(), None);
            self.sorted
                .extend(before as u32..self.variants.len() as u32);
            let folded = &inv.folded;
            self.sorted
                .par_sort_unstable_by(|&a, &b| folded[a as usize].cmp(&folded[b as usize]));
        }
    }

    /// The encoded group of folded syllable `f` (none when no document
    /// has any of its spellings).
    fn encode_group(&self, f: usize) -> Option<Group> {
        let inv = &self.inverted;
        let mut variants: Vec<(&str, &encode::Postings)> = self.variants[f]
            .iter()
            .map(|&id| (&*inv.exact[id as usize], &inv.postings[id as usize]))
            .filter(|(_, list)| list.len() > 0)
            .collect();
        if variants.is_empty() {
            return None;
        }
        variants.sort_unstable_by(|a, b| a.0.cmp(b.0));
        Some(shards::encode_group(&inv.folded[f], variants, inv.docs()))
    }

    /// Encodes the `dirty` pairs' entries again into their buckets; all
    /// buckets are dealt again when their number changes.
    fn refresh_pairs(&mut self, dirty: HashSet<(bool, u64)>) {
        let buckets = self.buckets();
        for (toned, pair) in dirty {
            let inv = &self.inverted;
            let list = pair_lists(inv, toned)[shards::pair_part(pair)].get(&pair);
            // A pair's place does not depend on its documents.
            let key = PairEntry::of(inv, (toned, pair), &DocSet::default()).key;
            let bucket = &mut self.pair_buckets[shards::pair_bucket(key, buckets)];
            if let Some(at) = bucket.iter().position(|e| e.pair == (toned, pair)) {
                self.pair_bytes -= bucket.remove(at).bytes.len();
            }
            if let Some(list) = list {
                let entry = PairEntry::of(inv, (toned, pair), list);
                let at = bucket.partition_point(|e| (e.key, &e.bytes) < (entry.key, &entry.bytes));
                self.pair_bytes += entry.bytes.len();
                bucket.insert(at, entry);
            }
        }
        if encode::bucket_count(self.pair_bytes, PAIR_FILE_BYTES) != buckets {
            let entries = std::mem::take(&mut self.pair_buckets);
            self.rebucket(entries.into_iter().flatten().collect());
        }
    }

    fn buckets(&self) -> u32 {
        self.pair_buckets.len() as u32
    }

    /// Sorts `entries` as a whole build does and deals them into as many
    /// buckets as their size asks for.
    fn rebucket(&mut self, mut entries: Vec<PairEntry>) {
        entries.par_sort_unstable_by(|a, b| (a.key, &a.bytes).cmp(&(b.key, &b.bytes)));
        self.pair_bytes = entries.iter().map(|e| e.bytes.len()).sum();
        let buckets = encode::bucket_count(self.pair_bytes, PAIR_FILE_BYTES);
        let mut out: Vec<Vec<PairEntry>> = (0..buckets).map(|_| Vec::new()).collect();
        for e in entries {
            out[shards::pair_bucket(e.key, buckets)].push(e);
        }
        self.pair_buckets = out;
    }

    /// The index's files, as a whole build of `site` makes them.
    fn built(&self, site: &Site) -> super::Built {
        let inv = &self.inverted;
        let total: usize = self.groups.iter().flatten().map(|(b, _)| b.len()).sum();
        let buckets = encode::bucket_count(total, SYLLABLE_FILE_BYTES);
        let mut bytes: Vec<Vec<u8>> = vec![Vec::new(); buckets as usize];
        let mut vocab = Vec::new();
        for &f in &self.sorted {
            let Some((group, df)) = &self.groups[f as usize] else {
                continue;
            };
            let folded = &*inv.folded[f as usize];
            bytes[(hash_bucket(folded) % buckets) as usize].extend_from_slice(group);
            if folded.bytes().all(|c| c.is_ascii_lowercase()) {
                vocab.push((folded.to_owned(), *df));
            }
        }
        let syllables = Sharded {
            buckets,
            packed: encode::pack(bytes, SYLLABLE_FILE_BYTES),
            vocab,
        };
        let pair_bytes: Vec<Vec<u8>> = self
            .pair_buckets
            .par_iter()
            .map(|b| {
                let mut out = Vec::with_capacity(b.iter().map(|e| e.bytes.len()).sum());
                for e in b {
                    out.extend_from_slice(&e.bytes);
                }
                out
            })
            .collect();
        let pairs = Sharded {
            buckets: self.buckets(),
            packed: encode::pack(pair_bytes, PAIR_FILE_BYTES),
            vocab: Vec::new(),
        };
        let records = record_files(&self.docs, 0);
        super::assemble(site, &self.order, syllables, pairs, records)
    }
}
