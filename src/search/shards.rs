//! Merging every page's terms into postings, and cutting them into shard
//! files by bucket.
//!
//! Syllable file: a sequence of groups, one per folded syllable:
//! `str folded, varint variants, (str exact | "" when equal to folded,
//! varint bytes, postings)*` (postings start with their own count).
//!
//! Pair file: a sequence of `check (the low 24 bits of the check hash,
//! 3 bytes little-endian), document set`. Two kinds of entries share it,
//! both placed by the bucket hash of the folded pair (`"dong thap"`):
//! the folded pair, checked by the hash of the folded pair, and each
//! toned spelling of it that differs from the folded one (`"đồng tháp"`),
//! checked by the hash of that spelling. So one file tells both whether
//! two syllables stand together and with which tones, per occurrence.

use std::borrow::Borrow;
use std::collections::HashMap;

use rayon::prelude::*;

use super::encode::{self, DocSet, Packed, Postings, put_str, put_varint};
use super::extract::DocTerms;
use super::extract::fold_token;
use super::text::{FastBuild, hash_bucket, pair_key};

/// Aimed size of a syllable file, in bytes (before compression).
pub const SYLLABLE_FILE_BYTES: usize = 8 * 1024;
/// Aimed size of a pair file, in bytes.
pub const PAIR_FILE_BYTES: usize = 6 * 1024;

/// One kind of shard: its bucket count and files.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Sharded {
    pub buckets: u32,
    pub packed: Packed,
    /// Folded syllables made of `a`–`z` only, with their document counts,
    /// sorted (syllable shards only).
    pub vocab: Vec<(String, u32)>,
}

/// Pair lists are kept in this many maps, by [`pair_part`], so that a
/// batch of pages is merged into them in parallel.
const PAIR_PARTS: usize = 64;

pub(super) type PairLists = HashMap<u64, DocSet, FastBuild>;

/// The index as it grows, one batch of pages at a time (in document
/// order): every distinct syllable with its global id (given in order of
/// first appearance), folded form and postings, and every pair's
/// documents. Only compact lists are kept ([`encode::DocList`]); a page's
/// terms can be dropped once its batch is merged (issue 14: the whole
/// site's terms held at once were the build's peak).
pub struct Inverted {
    pub(super) ids: HashMap<Box<str>, u32, FastBuild>,
    /// Exact syllable of each global id.
    pub(super) exact: Vec<Box<str>>,
    pub(super) postings: Vec<Postings>,
    /// Folded form (index into `folded`) of each global id.
    pub(super) fold_of: Vec<u32>,
    /// Whether the exact syllable differs from its folded form.
    toned: Vec<bool>,
    folded_ids: HashMap<Box<str>, u32, FastBuild>,
    pub(super) folded: Vec<Box<str>>,
    /// Folded pairs, `first << 32 | second` over folded ids.
    pub(super) folded_pairs: Vec<PairLists>,
    /// Pairs with a toned syllable, `first << 32 | second` over global ids.
    pub(super) toned_pairs: Vec<PairLists>,
    docs: u32,
}

impl Default for Inverted {
    fn default() -> Self {
        Inverted {
            ids: HashMap::default(),
            exact: Vec::new(),
            postings: Vec::new(),
            fold_of: Vec::new(),
            toned: Vec::new(),
            folded_ids: HashMap::default(),
            folded: Vec::new(),
            folded_pairs: (0..PAIR_PARTS).map(|_| PairLists::default()).collect(),
            toned_pairs: (0..PAIR_PARTS).map(|_| PairLists::default()).collect(),
            docs: 0,
        }
    }
}

/// Which of the [`PAIR_PARTS`] maps holds a pair key.
pub(super) fn pair_part(key: u64) -> usize {
    (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 58) as usize % PAIR_PARTS
}

/// A document's pair keys, sorted by part then key, without repeats.
fn by_part(mut keys: Vec<u64>) -> Vec<u64> {
    keys.sort_unstable_by_key(|&k| (pair_part(k), k));
    keys.dedup();
    keys
}

/// The keys of `part` in a list sorted by [`by_part`].
fn part_of(keys: &[u64], part: usize) -> &[u64] {
    let start = keys.partition_point(|&k| pair_part(k) < part);
    let end = keys.partition_point(|&k| pair_part(k) <= part);
    &keys[start..end]
}

impl Inverted {
    /// Documents merged so far.
    pub fn docs(&self) -> u32 {
        self.docs
    }

    /// The global id of `term`, given now if it is new.
    pub(super) fn id_of(&mut self, term: &str) -> u32 {
        if let Some(&id) = self.ids.get(term) {
            return id;
        }
        let id = self.exact.len() as u32;
        let folded = fold_token(term);
        let fold = match self.folded_ids.get(folded.as_ref()) {
            Some(&f) => f,
            None => {
                let f = self.folded.len() as u32;
                self.folded.push(folded.as_ref().into());
                self.folded_ids.insert(folded.as_ref().into(), f);
                f
            }
        };
        self.toned.push(folded != term);
        self.fold_of.push(fold);
        self.exact.push(term.into());
        self.ids.insert(term.into(), id);
        self.postings.push(Postings::default());
        id
    }

    /// Merges the next pages, in document order.
    pub fn add<T: Borrow<DocTerms> + Sync>(&mut self, batch: &[T]) {
        let first = self.docs;
        let globals: Vec<Vec<u32>> = batch
            .iter()
            .zip(first..)
            .map(|(t, doc)| {
                t.borrow()
                    .iter()
                    .map(|(term, flags)| {
                        let id = self.id_of(term);
                        self.postings[id as usize].push(doc, flags);
                        id
                    })
                    .collect()
            })
            .collect();
        self.docs += batch.len() as u32;
        let keys: Vec<(Vec<u64>, Vec<u64>)> = batch
            .par_iter()
            .zip(&globals)
            .map(|(t, globals)| self.pair_keys(t.borrow(), globals))
            .collect();
        self.folded_pairs
            .par_iter_mut()
            .zip(self.toned_pairs.par_iter_mut())
            .enumerate()
            .for_each(|(part, (folded, toned))| {
                for ((f, t), doc) in keys.iter().zip(first..) {
                    for &k in part_of(f, part) {
                        folded.entry(k).or_default().push(doc, 0);
                    }
                    for &k in part_of(t, part) {
                        toned.entry(k).or_default().push(doc, 0);
                    }
                }
            });
    }

    /// A document's folded and toned pair keys (each sorted by part, without
    /// repeats), `globals` the global ids of its terms.
    pub(super) fn pair_keys(&self, terms: &DocTerms, globals: &[u32]) -> (Vec<u64>, Vec<u64>) {
        let fold = |g: u32| u64::from(self.fold_of[g as usize]);
        let global = |local: u64| globals.get(local as usize).copied().unwrap_or(0);
        let ends = || {
            terms
                .pairs
                .iter()
                .map(|p| (global(p >> 32), global(p & 0xffff_ffff)))
        };
        let folded = ends().map(|(a, b)| (fold(a) << 32) | fold(b)).collect();
        let toned = ends()
            .filter(|&(a, b)| self.toned[a as usize] || self.toned[b as usize])
            .map(|(a, b)| (u64::from(a) << 32) | u64::from(b))
            .collect();
        (by_part(folded), by_part(toned))
    }

    /// The sort key (bucket hash << 32 | check) and entry of a folded pair.
    pub(super) fn folded_pair_entry(&self, pair: u64, docs: &DocSet) -> (u64, Vec<u8>) {
        let name = |f: u64| self.folded.get(f as usize).map_or("", |f| &**f);
        let key = pair_key(name(pair >> 32), name(pair & 0xffff_ffff));
        (key, pair_entry(key, docs, self.docs))
    }

    /// The sort key and entry of a toned pair.
    pub(super) fn toned_pair_entry(&self, pair: u64, docs: &DocSet) -> (u64, Vec<u8>) {
        let name = |f: u64| self.folded.get(f as usize).map_or("", |f| &**f);
        let exact = |g: u64| self.exact.get(g as usize).map_or("", |e| &**e);
        let folded_of = |g: u64| u64::from(self.fold_of.get(g as usize).copied().unwrap_or(0));
        let (a, b) = (pair >> 32, pair & 0xffff_ffff);
        let place = pair_key(name(folded_of(a)), name(folded_of(b)));
        let check = pair_key(exact(a), exact(b)) & 0xffff_ffff;
        (
            (place & !0xffff_ffff) | check,
            pair_entry(check, docs, self.docs),
        )
    }

    /// The syllable shards and the vocabulary; the postings are freed as
    /// they are written.
    pub fn syllables(&mut self) -> Sharded {
        let n = self.docs;
        let postings = std::mem::take(&mut self.postings);
        let mut variants: Vec<Vec<(&str, Postings)>> =
            (0..self.folded.len()).map(|_| Vec::new()).collect();
        for (id, list) in postings.into_iter().enumerate() {
            variants[self.fold_of[id] as usize].push((&*self.exact[id], list));
        }
        let mut groups: Vec<(&str, Vec<(&str, Postings)>)> =
            self.folded.iter().map(|f| &**f).zip(variants).collect();
        groups.par_sort_unstable_by(|a, b| a.0.cmp(b.0));
        let encoded: Vec<(Vec<u8>, u32)> = groups
            .par_iter_mut()
            .map(|(folded, vs)| {
                vs.sort_unstable_by(|a, b| a.0.cmp(b.0));
                encode_group(folded, std::mem::take(vs), n)
            })
            .collect();
        let total: usize = encoded.iter().map(|(b, _)| b.len()).sum();
        let buckets = encode::bucket_count(total, SYLLABLE_FILE_BYTES);
        let mut bytes: Vec<Vec<u8>> = vec![Vec::new(); buckets as usize];
        let mut vocab = Vec::new();
        for ((folded, _), (group, df)) in groups.iter().zip(encoded) {
            let b = hash_bucket(folded) % buckets;
            bytes[b as usize].extend_from_slice(&group);
            if folded.bytes().all(|c| c.is_ascii_lowercase()) {
                vocab.push(((*folded).to_owned(), df));
            }
        }
        Sharded {
            buckets,
            packed: encode::pack(bytes, SYLLABLE_FILE_BYTES),
            vocab,
        }
    }

    /// The pair shards: folded pairs and their toned spellings; the lists
    /// are freed as they are written.
    pub fn pairs(&mut self) -> Sharded {
        // (bucket hash << 32 | check, entry); the sort keeps the files stable.
        let folded_pairs = std::mem::take(&mut self.folded_pairs);
        let toned_pairs = std::mem::take(&mut self.toned_pairs);
        let this = &*self;
        let mut encoded: Vec<(u64, Vec<u8>)> = folded_pairs
            .into_par_iter()
            .flat_map_iter(|part| {
                part.into_iter()
                    .map(|(pair, docs)| this.folded_pair_entry(pair, &docs))
            })
            .collect();
        encoded.par_extend(toned_pairs.into_par_iter().flat_map_iter(|part| {
            part.into_iter()
                .map(|(pair, docs)| this.toned_pair_entry(pair, &docs))
        }));
        encoded.par_sort_unstable();
        let total: usize = encoded.iter().map(|(_, b)| b.len()).sum();
        let buckets = encode::bucket_count(total, PAIR_FILE_BYTES);
        let mut bytes: Vec<Vec<u8>> = vec![Vec::new(); buckets as usize];
        for (key, entry) in encoded {
            bytes[pair_bucket(key, buckets)].extend_from_slice(&entry);
        }
        Sharded {
            buckets,
            packed: encode::pack(bytes, PAIR_FILE_BYTES),
            vocab: Vec::new(),
        }
    }
}

/// The bucket of a pair entry's sort key.
pub(super) fn pair_bucket(key: u64, buckets: u32) -> usize {
    (((key >> 32) as u32) % buckets) as usize
}

/// One folded syllable's bytes and its document count (over variants).
pub(super) fn encode_group<P: Borrow<Postings>>(
    folded: &str,
    variants: Vec<(&str, P)>,
    n: u32,
) -> (Vec<u8>, u32) {
    let mut out = Vec::new();
    put_str(&mut out, folded);
    put_varint(&mut out, variants.len() as u64);
    for (exact, list) in &variants {
        put_str(&mut out, if *exact == folded { "" } else { exact });
        let bytes = list.borrow().encode(n);
        put_varint(&mut out, bytes.len() as u64);
        out.extend_from_slice(&bytes);
    }
    let df = match variants.as_slice() {
        [(_, only)] => only.borrow().len(),
        _ => {
            let mut docs: Vec<u32> = variants
                .iter()
                .flat_map(|(_, list)| list.borrow().iter().map(|p| p.0))
                .collect();
            docs.sort_unstable();
            docs.dedup();
            docs.len() as u32
        }
    };
    (out, df)
}

/// One pair entry: the check's low 24 bits and the document set.
fn pair_entry(check: u64, docs: &DocSet, n: u32) -> Vec<u8> {
    let set = docs.encode(n);
    let mut out = Vec::with_capacity(set.len() + 3);
    out.extend_from_slice(&((check & 0xff_ffff) as u32).to_le_bytes()[..3]);
    out.extend_from_slice(&set);
    out
}

/// Moves packed shard files into `out` as `dir/N.bin`.
pub fn name_files(out: &mut Vec<(String, Vec<u8>)>, dir: &str, packed: &mut Packed) {
    out.extend(
        std::mem::take(&mut packed.files)
            .into_iter()
            .enumerate()
            .map(|(i, f)| (format!("{dir}/{i}.bin"), f)),
    );
}

#[cfg(test)]
mod tests {
    //! The streaming index against a straightforward reference: every
    //! page held, lists by string, the encodings written out again here.

    use std::collections::{BTreeMap, BTreeSet};

    use proptest::prelude::*;

    use super::*;

    /// Syllables a random page draws from: toned and plain spellings of
    /// one folded form, and ones that are their own folded form.
    const SYLLABLES: [&str; 12] = [
        "đồng", "dong", "đông", "tháp", "thap", "năm", "nam", "hà", "ha", "nội", "2024", "x",
    ];

    fn varint(out: &mut Vec<u8>, mut v: u64) {
        while v >= 0x80 {
            out.push((v as u8 & 0x7f) | 0x80);
            v >>= 7;
        }
        out.push(v as u8);
    }

    fn bits(docs: impl Iterator<Item = u32>, n: u32) -> Vec<u8> {
        let mut out = vec![0u8; (n as usize).div_ceil(8)];
        for d in docs {
            out[d as usize / 8] |= 1 << (d % 8);
        }
        out
    }

    fn ref_postings(list: &[(u32, u8)], n: u32) -> Vec<u8> {
        let mut deltas = Vec::new();
        let mut prev = -1i64;
        for &(doc, flags) in list {
            varint(
                &mut deltas,
                (((i64::from(doc) - prev) as u64) << 4) | u64::from(flags),
            );
            prev = i64::from(doc);
        }
        let dense = (n as usize).div_ceil(8) + list.len().div_ceil(4);
        let mut out = Vec::new();
        if dense < deltas.len() {
            varint(&mut out, ((list.len() as u64) << 1) | 1);
            out.extend(bits(list.iter().map(|p| p.0), n));
            let mut zones = vec![0u8; list.len().div_ceil(4)];
            for (i, &(_, flags)) in list.iter().enumerate() {
                zones[i / 4] |= (flags >> 2) << (2 * (i % 4));
            }
            out.extend(zones);
        } else {
            varint(&mut out, (list.len() as u64) << 1);
            out.extend(deltas);
        }
        out
    }

    fn ref_doc_set(docs: &BTreeSet<u32>, n: u32) -> Vec<u8> {
        let mut deltas = Vec::new();
        let mut prev = -1i64;
        for &doc in docs {
            varint(&mut deltas, (i64::from(doc) - prev) as u64);
            prev = i64::from(doc);
        }
        let mut out = Vec::new();
        if (n as usize).div_ceil(8) < deltas.len() {
            varint(&mut out, ((docs.len() as u64) << 1) | 1);
            out.extend(bits(docs.iter().copied(), n));
        } else {
            varint(&mut out, (docs.len() as u64) << 1);
            out.extend(deltas);
        }
        out
    }

    fn ref_string(out: &mut Vec<u8>, s: &str) {
        varint(out, s.len() as u64);
        out.extend_from_slice(s.as_bytes());
    }

    fn ref_shards(entries: Vec<(u64, Vec<u8>)>, target: usize) -> (u32, Packed) {
        let total: usize = entries.iter().map(|e| e.1.len()).sum();
        let buckets = encode::bucket_count(total, target);
        let mut bytes = vec![Vec::new(); buckets as usize];
        for (place, entry) in entries {
            bytes[(place % u64::from(buckets)) as usize].extend(entry);
        }
        (buckets, encode::pack(bytes, target))
    }

    /// Each exact spelling of a folded syllable with its postings.
    type Variants = BTreeMap<&'static str, Vec<(u32, u8)>>;

    /// The syllable and pair shards of `pages` (each a list of
    /// `(syllable, flags)` and a list of pairs of positions in it).
    fn reference(pages: &[Page]) -> (Sharded, Sharded) {
        let n = pages.len() as u32;
        // folded → exact → postings
        let mut groups: BTreeMap<String, Variants> = BTreeMap::new();
        let mut folded_pairs: BTreeMap<(String, String), BTreeSet<u32>> = BTreeMap::new();
        let mut toned_pairs: BTreeMap<(&str, &str), BTreeSet<u32>> = BTreeMap::new();
        for (doc, (terms, pairs)) in (0u32..).zip(pages) {
            for &(s, flags) in terms {
                let group = groups.entry(fold_token(s).into_owned()).or_default();
                group.entry(s).or_default().push((doc, flags));
            }
            for &(a, b) in pairs {
                let (a, b) = (terms[a].0, terms[b].0);
                let (fa, fb) = (fold_token(a), fold_token(b));
                if fa != a || fb != b {
                    toned_pairs.entry((a, b)).or_default().insert(doc);
                }
                let key = (fa.into_owned(), fb.into_owned());
                folded_pairs.entry(key).or_default().insert(doc);
            }
        }
        let mut entries = Vec::new();
        let mut vocab = Vec::new();
        for (folded, variants) in &groups {
            let mut bytes = Vec::new();
            ref_string(&mut bytes, folded);
            varint(&mut bytes, variants.len() as u64);
            let mut docs = BTreeSet::new();
            for (exact, list) in variants {
                ref_string(&mut bytes, if exact == folded { "" } else { exact });
                let p = ref_postings(list, n);
                varint(&mut bytes, p.len() as u64);
                bytes.extend(p);
                docs.extend(list.iter().map(|p| p.0));
            }
            if folded.bytes().all(|c| c.is_ascii_lowercase()) {
                vocab.push((folded.clone(), docs.len() as u32));
            }
            entries.push((u64::from(hash_bucket(folded)), bytes));
        }
        let (buckets, packed) = ref_shards(entries, SYLLABLE_FILE_BYTES);
        let syllables = Sharded {
            buckets,
            packed,
            vocab,
        };
        let mut pairs: Vec<(u64, Vec<u8>)> = Vec::new();
        for ((a, b), docs) in &folded_pairs {
            let key = pair_key(a, b);
            let mut entry = (key as u32).to_le_bytes()[..3].to_vec();
            entry.extend(ref_doc_set(docs, n));
            pairs.push((key, entry));
        }
        for ((a, b), docs) in &toned_pairs {
            let place = pair_key(&fold_token(a), &fold_token(b)) >> 32;
            let check = pair_key(a, b) as u32;
            let mut entry = check.to_le_bytes()[..3].to_vec();
            entry.extend(ref_doc_set(docs, n));
            pairs.push(((place << 32) | u64::from(check), entry));
        }
        pairs.sort();
        let pairs: Vec<(u64, Vec<u8>)> = pairs.into_iter().map(|(k, e)| (k >> 32, e)).collect();
        let (buckets, packed) = ref_shards(pairs, PAIR_FILE_BYTES);
        let pairs = Sharded {
            buckets,
            packed,
            vocab: Vec::new(),
        };
        (syllables, pairs)
    }

    /// A page: distinct syllables with their flags, pairs of positions.
    type Page = (Vec<(&'static str, u8)>, Vec<(usize, usize)>);

    fn doc_terms((terms, pairs): &Page) -> DocTerms {
        let mut out = DocTerms::default();
        for &(s, flags) in terms {
            let start = out.text.len() as u32;
            out.text.push_str(s);
            out.terms.push((start, out.text.len() as u32, flags));
        }
        out.pairs = pairs
            .iter()
            .map(|&(a, b)| ((a as u64) << 32) | b as u64)
            .collect();
        out.pairs.sort_unstable();
        out.pairs.dedup();
        out
    }

    fn page() -> impl Strategy<Value = Page> {
        (
            proptest::sample::subsequence(SYLLABLES.to_vec(), 1..SYLLABLES.len()),
            proptest::collection::vec(0u8..16, SYLLABLES.len()),
            proptest::collection::vec((0usize..64, 0usize..64), 0..12),
        )
            .prop_map(|(syllables, flags, pairs)| {
                let k = syllables.len();
                let terms = syllables.into_iter().zip(flags).collect();
                (
                    terms,
                    pairs.into_iter().map(|(a, b)| (a % k, b % k)).collect(),
                )
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(96))]

        #[test]
        fn streaming_equals_the_reference(
            pages in proptest::collection::vec(page(), 0..120),
            batch in 1usize..40,
        ) {
            let mut inverted = Inverted::default();
            for chunk in pages.chunks(batch) {
                let terms: Vec<DocTerms> = chunk.iter().map(doc_terms).collect();
                inverted.add(&terms);
            }
            let (syllables, pairs) = reference(&pages);
            prop_assert_eq!(inverted.syllables(), syllables);
            prop_assert_eq!(inverted.pairs(), pairs);
        }
    }

    #[test]
    fn dense_lists_match_the_reference() {
        // Every page has every syllable: bitmaps, not deltas.
        let all: Vec<(&'static str, u8)> = SYLLABLES.iter().map(|s| (*s, 0b1110)).collect();
        let pairs: Vec<(usize, usize)> = (1..all.len()).map(|i| (i - 1, i)).collect();
        let pages: Vec<Page> = (0..40).map(|_| (all.clone(), pairs.clone())).collect();
        let mut inverted = Inverted::default();
        for chunk in pages.chunks(7) {
            inverted.add(&chunk.iter().map(doc_terms).collect::<Vec<_>>());
        }
        let (syllables, pairs) = reference(&pages);
        assert_eq!(inverted.syllables(), syllables);
        assert_eq!(inverted.pairs(), pairs);
    }
}
