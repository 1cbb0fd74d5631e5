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

use std::collections::HashMap;

use rayon::prelude::*;

use super::encode::{self, Packed, put_str, put_varint};
use super::extract::DocTerms;
use super::extract::fold_token;
use super::text::{FastBuild, hash_bucket, pair_key};

/// Aimed size of a syllable file, in bytes (before compression).
pub const SYLLABLE_FILE_BYTES: usize = 8 * 1024;
/// Aimed size of a pair file, in bytes.
pub const PAIR_FILE_BYTES: usize = 6 * 1024;

/// One kind of shard: its bucket count and files.
#[derive(Debug, Default)]
pub struct Sharded {
    pub buckets: u32,
    pub packed: Packed,
    /// Folded syllables made of `a`–`z` only, with their document counts,
    /// sorted (syllable shards only).
    pub vocab: Vec<(String, u32)>,
}

type Postings = Vec<(u32, u8)>;

/// Every page's syllables merged: global ids, postings, and the folded
/// form of each.
pub struct Merged<'a> {
    /// Exact syllable of each global id.
    exact: Vec<&'a str>,
    postings: Vec<Postings>,
    /// Folded form (index into `folded`) of each global id.
    fold_of: Vec<u32>,
    folded: Vec<String>,
    /// For each document, the global id of each of its local ids.
    globals: Vec<Vec<u32>>,
}

/// Merges the pages' syllables, in document order (postings come out
/// sorted), and folds each distinct syllable once.
pub fn merge(terms: &[DocTerms]) -> Merged<'_> {
    let mut ids: HashMap<&str, u32, FastBuild> = HashMap::default();
    let mut exact: Vec<&str> = Vec::new();
    let mut postings: Vec<Postings> = Vec::new();
    let mut globals = Vec::with_capacity(terms.len());
    for (doc, t) in terms.iter().enumerate() {
        let mut local = Vec::with_capacity(t.terms.len());
        for (term, flags) in t.iter() {
            let id = *ids.entry(term).or_insert_with(|| {
                exact.push(term);
                postings.push(Vec::new());
                (exact.len() - 1) as u32
            });
            postings[id as usize].push((doc as u32, flags));
            local.push(id);
        }
        globals.push(local);
    }
    let folds: Vec<String> = exact
        .par_iter()
        .map(|e| fold_token(e).into_owned())
        .collect();
    let mut folded_ids: HashMap<&str, u32, FastBuild> = HashMap::default();
    let mut folded: Vec<String> = Vec::new();
    let mut fold_of = Vec::with_capacity(folds.len());
    for f in &folds {
        let id = *folded_ids.entry(f.as_str()).or_insert_with(|| {
            folded.push(f.clone());
            (folded.len() - 1) as u32
        });
        fold_of.push(id);
    }
    Merged {
        exact,
        postings,
        fold_of,
        folded,
        globals,
    }
}

/// One folded syllable's bytes and its document count (over variants).
fn encode_group(folded: &str, variants: &[(&str, &Postings)], n: u32) -> (Vec<u8>, u32) {
    let mut out = Vec::new();
    put_str(&mut out, folded);
    put_varint(&mut out, variants.len() as u64);
    let mut docs: Vec<u32> = Vec::new();
    for (exact, list) in variants {
        put_str(&mut out, if *exact == folded { "" } else { exact });
        let bytes = encode::postings(list, n);
        put_varint(&mut out, bytes.len() as u64);
        out.extend_from_slice(&bytes);
        docs.extend(list.iter().map(|p| p.0));
    }
    docs.sort_unstable();
    docs.dedup();
    (out, docs.len() as u32)
}

/// The syllable shards and the vocabulary.
pub fn syllables(m: &Merged<'_>, n: u32) -> Sharded {
    let mut variants: Vec<Vec<(&str, &Postings)>> = vec![Vec::new(); m.folded.len()];
    for (id, e) in m.exact.iter().enumerate() {
        variants[m.fold_of[id] as usize].push((e, &m.postings[id]));
    }
    let mut groups: Vec<(&str, Vec<(&str, &Postings)>)> =
        m.folded.iter().map(String::as_str).zip(variants).collect();
    groups.par_sort_unstable_by(|a, b| a.0.cmp(b.0));
    let encoded: Vec<(Vec<u8>, u32)> = groups
        .par_iter_mut()
        .map(|(folded, vs)| {
            vs.sort_unstable_by(|a, b| a.0.cmp(b.0));
            encode_group(folded, vs, n)
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

/// Each document's distinct folded pairs, as `(first << 32 | second, doc)`
/// over folded ids, sorted.
fn folded_pairs(terms: &[DocTerms], m: &Merged<'_>) -> Vec<(u64, u32)> {
    let fold = |g: u32| u64::from(m.fold_of.get(g as usize).copied().unwrap_or(0));
    pair_postings(terms, m, |a, b| Some((fold(a) << 32) | fold(b)))
}

/// Each document's distinct exact pairs whose spelling differs from the
/// folded one, as `(first << 32 | second, doc)` over global ids, sorted.
fn toned_pairs(terms: &[DocTerms], m: &Merged<'_>) -> Vec<(u64, u32)> {
    let toned = |g: u32| {
        let folded = m.fold_of.get(g as usize).copied().unwrap_or(0);
        m.exact.get(g as usize).copied() != m.folded.get(folded as usize).map(String::as_str)
    };
    pair_postings(terms, m, |a, b| {
        (toned(a) || toned(b)).then(|| (u64::from(a) << 32) | u64::from(b))
    })
}

/// Each document's distinct keys of its adjacent pairs (`key` of the two
/// global ids; `None` leaves the pair out), as `(key, doc)`, sorted.
fn pair_postings(
    terms: &[DocTerms],
    m: &Merged<'_>,
    key: impl Fn(u32, u32) -> Option<u64> + Sync,
) -> Vec<(u64, u32)> {
    // Each document's keys first (an indexed collect: no intermediate
    // lists), then one list of exactly the right size, each document's keys
    // freed as they are moved in. This list is the index's largest value
    // and the build's peak memory is here (issue 14).
    let per_doc: Vec<Vec<u64>> = terms
        .par_iter()
        .zip(m.globals.par_iter())
        .map(|(t, globals)| {
            let global = |local: u64| globals.get(local as usize).copied().unwrap_or(0);
            let mut keys: Vec<u64> = t
                .pairs
                .iter()
                .filter_map(|p| key(global(p >> 32), global(p & 0xffff_ffff)))
                .collect();
            keys.sort_unstable();
            keys.dedup();
            keys.shrink_to_fit();
            keys
        })
        .collect();
    let mut flat: Vec<(u64, u32)> = Vec::with_capacity(per_doc.iter().map(Vec::len).sum());
    for (doc, keys) in per_doc.into_iter().enumerate() {
        flat.extend(keys.into_iter().map(|k| (k, doc as u32)));
    }
    flat.par_sort_unstable();
    flat
}

/// Runs of equal keys in a sorted list.
fn runs(flat: &[(u64, u32)]) -> Vec<&[(u64, u32)]> {
    let mut out: Vec<&[(u64, u32)]> = Vec::new();
    let mut rest = flat;
    while let Some(&(key, _)) = rest.first() {
        let len = rest.iter().position(|p| p.0 != key).unwrap_or(rest.len());
        let (run, tail) = rest.split_at(len);
        out.push(run);
        rest = tail;
    }
    out
}

/// One pair entry: the check's low 24 bits and the document set.
fn pair_entry(check: u64, run: &[(u64, u32)], n: u32) -> Vec<u8> {
    let docs: Vec<u32> = run.iter().map(|p| p.1).collect();
    let set = encode::doc_set(&docs, n);
    let mut out = Vec::with_capacity(set.len() + 3);
    out.extend_from_slice(&((check & 0xff_ffff) as u32).to_le_bytes()[..3]);
    out.extend_from_slice(&set);
    out
}

/// The pair shards: folded pairs and their toned spellings.
pub fn pairs(terms: &[DocTerms], m: &Merged<'_>, n: u32) -> Sharded {
    let name = |f: u64| m.folded.get(f as usize).map_or("", String::as_str);
    let exact = |g: u64| m.exact.get(g as usize).copied().unwrap_or("");
    let folded_of = |g: u64| u64::from(m.fold_of.get(g as usize).copied().unwrap_or(0));
    // (bucket hash << 32 | check, entry); the sort keeps the files stable.
    // One list of pairs at a time: the folded ones are encoded and freed
    // before the toned ones are listed.
    let flat = folded_pairs(terms, m);
    let mut encoded: Vec<(u64, Vec<u8>)> = runs(&flat)
        .par_iter()
        .map(|run| {
            let key = pair_key(name(run[0].0 >> 32), name(run[0].0 & 0xffff_ffff));
            (key, pair_entry(key, run, n))
        })
        .collect();
    drop(flat);
    let toned = toned_pairs(terms, m);
    encoded.par_extend(runs(&toned).par_iter().map(|run| {
        let (a, b) = (run[0].0 >> 32, run[0].0 & 0xffff_ffff);
        let place = pair_key(name(folded_of(a)), name(folded_of(b)));
        let check = pair_key(exact(a), exact(b)) & 0xffff_ffff;
        let key = (place & !0xffff_ffff) | check;
        (key, pair_entry(check, run, n))
    }));
    drop(toned);
    encoded.par_sort_unstable();
    let total: usize = encoded.iter().map(|(_, b)| b.len()).sum();
    let buckets = encode::bucket_count(total, PAIR_FILE_BYTES);
    let mut bytes: Vec<Vec<u8>> = vec![Vec::new(); buckets as usize];
    for (key, entry) in encoded {
        let b = ((key >> 32) as u32) % buckets;
        bytes[b as usize].extend_from_slice(&entry);
    }
    Sharded {
        buckets,
        packed: encode::pack(bytes, PAIR_FILE_BYTES),
        vocab: Vec::new(),
    }
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
