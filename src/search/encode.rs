//! Binary encodings of the index and the packing of hash buckets into
//! shard files.
//!
//! - varint: 7 bits per byte, low bits first, high bit = more.
//! - syllable postings, after a header varint `count << 1 | mode`:
//!   mode 0: one varint per document, `(doc − previous) << 4 | flags`, the
//!   previous document being −1 at the start (flags: zone in bits 2–3,
//!   term-frequency bucket in bits 0–1);
//!   mode 1 (dense lists): a bitmap of `⌈n / 8⌉` bytes (document `d` at bit
//!   `d % 8` of byte `d / 8`), then the zone of each present document in 2
//!   bits, four to a byte, low bits first (the frequency bucket is dropped).
//! - document sets (pairs, facets): a header varint `count << 1 | mode`, then
//!   mode 0: one varint per document, `doc − previous` (previous −1);
//!   mode 1: the bitmap as above. The smaller of the two is written.
//!
//! A shard file holds a run of consecutive buckets; the meta file lists the
//! first bucket of each file.

/// Appends `v` as a varint.
pub fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8 & 0x7f) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Appends a length-prefixed UTF-8 string.
pub fn put_str(out: &mut Vec<u8>, s: &str) {
    put_varint(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

/// A list of increasing document numbers that grows one document at a
/// time, kept as the body of the sparse form: one varint per document,
/// `(doc − previous) << FLAG_BITS | flags` (previous −1 at the start). The
/// index holds one per syllable and per pair while pages are merged: one
/// or two bytes a posting; the dense form, when smaller, is made from it
/// when the list is written.
#[derive(Debug, Default, Clone)]
pub struct DocList<const FLAG_BITS: u32> {
    body: Vec<u8>,
    count: u32,
    /// The last document plus one (0 when empty).
    after: u32,
}

/// A syllable's postings: documents with their flags (zone, frequency).
pub type Postings = DocList<4>;
/// A set of documents (pairs, facets).
pub type DocSet = DocList<0>;

impl<const FLAG_BITS: u32> DocList<FLAG_BITS> {
    /// Adds `doc`, after every document already listed, with its flags
    /// (their low `FLAG_BITS` bits).
    pub fn push(&mut self, doc: u32, flags: u8) {
        debug_assert!(doc >= self.after, "documents arrive in order");
        let delta = u64::from(doc.saturating_sub(self.after)) + 1;
        let mask = (1u8 << FLAG_BITS) - 1;
        put_varint(
            &mut self.body,
            (delta << FLAG_BITS) | u64::from(flags & mask),
        );
        self.count += 1;
        self.after = doc.saturating_add(1);
    }

    pub fn len(&self) -> u32 {
        self.count
    }

    /// Puts `doc` in the list with `flags`, or takes it out (`None`),
    /// wherever it falls (for `serve`'s few changed documents): only the
    /// bytes of `doc` and of the document after it are written again.
    pub fn set(&mut self, doc: u32, flags: Option<u8>) {
        let mask = (1u64 << FLAG_BITS) - 1;
        let encode = |delta: u32, flags: u8| {
            let mut out = Vec::with_capacity(5);
            put_varint(
                &mut out,
                (u64::from(delta) << FLAG_BITS) | (u64::from(flags) & mask),
            );
            out
        };
        // The first listed document at or after `doc`: its bytes and the
        // document before it.
        let (mut pos, mut after) = (0usize, 0u32);
        let mut found = None;
        while pos < self.body.len() {
            let (v, len) = read_varint(&self.body[pos..]);
            let d = after.wrapping_add((v >> FLAG_BITS) as u32).wrapping_sub(1);
            if d >= doc {
                found = Some((d, (v & mask) as u8, len));
                break;
            }
            after = d.wrapping_add(1);
            pos += len;
        }
        match (found, flags) {
            (Some((d, _, len)), Some(f)) if d == doc => {
                self.body.splice(pos..pos + len, encode(doc - after + 1, f));
            }
            (Some((d, _, len)), None) if d == doc => {
                // The next document's delta now counts from `after`.
                let next = pos + len;
                let tail = if next < self.body.len() {
                    let (v, len2) = read_varint(&self.body[next..]);
                    let d2 = doc.wrapping_add((v >> FLAG_BITS) as u32);
                    let bytes = encode(d2 - after + 1, (v & mask) as u8);
                    Some((len2, bytes))
                } else {
                    None
                };
                match tail {
                    Some((len2, bytes)) => {
                        self.body.splice(pos..next + len2, bytes);
                    }
                    None => {
                        self.body.truncate(pos);
                        self.after = after;
                    }
                }
                self.count -= 1;
            }
            (_, None) => {}
            (Some((d, f_next, len)), Some(f)) => {
                // `doc` goes before `d`, whose delta now counts from it.
                let mut bytes = encode(doc - after + 1, f);
                bytes.extend(encode(d - doc, f_next));
                self.body.splice(pos..pos + len, bytes);
                self.count += 1;
            }
            (None, Some(f)) => {
                self.body.extend(encode(doc - after + 1, f));
                self.count += 1;
                self.after = doc + 1;
            }
        }
    }

    /// The documents and their flags, in order.
    pub fn iter(&self) -> impl Iterator<Item = (u32, u8)> + '_ {
        let mask = (1u64 << FLAG_BITS) - 1;
        let mut after = 0u32;
        varints(&self.body).map(move |v| {
            let doc = after.wrapping_add((v >> FLAG_BITS) as u32).wrapping_sub(1);
            after = doc.wrapping_add(1);
            (doc, (v & mask) as u8)
        })
    }

    /// Bytes the sparse form's body takes.
    fn sparse_len(&self) -> usize {
        self.body.len()
    }
}

/// The varint at the start of `bytes` and its length.
fn read_varint(bytes: &[u8]) -> (u64, usize) {
    let (mut v, mut shift) = (0u64, 0u32);
    for (i, &b) in bytes.iter().enumerate() {
        v |= u64::from(b & 0x7f) << shift.min(63);
        shift += 7;
        if b < 0x80 {
            return (v, i + 1);
        }
    }
    (v, bytes.len())
}

/// The varints of `bytes`, in order.
fn varints(bytes: &[u8]) -> impl Iterator<Item = u64> + '_ {
    let mut rest = bytes;
    std::iter::from_fn(move || {
        let (mut v, mut shift) = (0u64, 0u32);
        loop {
            let (&b, tail) = rest.split_first()?;
            rest = tail;
            v |= u64::from(b & 0x7f) << shift.min(63);
            shift += 7;
            if b < 0x80 {
                return Some(v);
            }
        }
    })
}

impl Postings {
    /// The postings out of `n` documents, with their header.
    pub fn encode(&self, n: u32) -> Vec<u8> {
        let count = self.count as usize;
        let bitmap_len = (n as usize).div_ceil(8);
        let dense_len = bitmap_len + count.div_ceil(4);
        let mut out = Vec::with_capacity(self.sparse_len().min(dense_len) + 4);
        if dense_len < self.sparse_len() {
            put_varint(&mut out, ((count as u64) << 1) | 1);
            out.extend_from_slice(&bitmap(self.iter().map(|p| p.0), bitmap_len));
            let mut zones = vec![0u8; count.div_ceil(4)];
            for (i, (_, flags)) in self.iter().enumerate() {
                zones[i / 4] |= ((flags >> 2) & 3) << (2 * (i % 4));
            }
            out.extend_from_slice(&zones);
        } else {
            put_varint(&mut out, (count as u64) << 1);
            out.extend_from_slice(&self.body);
        }
        out
    }
}

impl DocSet {
    /// The set out of `n` documents: header and body, the smaller form.
    pub fn encode(&self, n: u32) -> Vec<u8> {
        let bitmap_len = (n as usize).div_ceil(8);
        let mut out = Vec::with_capacity(self.sparse_len().min(bitmap_len) + 4);
        if bitmap_len < self.sparse_len() {
            put_varint(&mut out, (u64::from(self.count) << 1) | 1);
            out.extend_from_slice(&bitmap(self.iter().map(|p| p.0), bitmap_len));
        } else {
            put_varint(&mut out, u64::from(self.count) << 1);
            out.extend_from_slice(&self.body);
        }
        out
    }
}

/// Syllable postings (sorted by document) out of `n` documents, with
/// their header.
#[cfg(test)]
pub fn postings(list: &[(u32, u8)], n: u32) -> Vec<u8> {
    let mut out = Postings::default();
    for &(doc, flags) in list {
        out.push(doc, flags);
    }
    out.encode(n)
}

fn bitmap(docs: impl Iterator<Item = u32>, len: usize) -> Vec<u8> {
    let mut bits = vec![0u8; len];
    for doc in docs {
        if let Some(byte) = bits.get_mut(doc as usize / 8) {
            *byte |= 1 << (doc % 8);
        }
    }
    bits
}

/// A sorted set of documents out of `n`: header and body.
pub fn doc_set(docs: &[u32], n: u32) -> Vec<u8> {
    let mut out = DocSet::default();
    for &doc in docs {
        out.push(doc, 0);
    }
    out.encode(n)
}

/// How many buckets for `total` bytes so that a file of about `target`
/// bytes holds several: a power of two between 1 and 65,536.
pub fn bucket_count(total: usize, target: usize) -> u32 {
    let want = (total.saturating_mul(6) / target.max(1)).max(1);
    want.next_power_of_two().min(1 << 16) as u32
}

/// Shard files packed from buckets in order.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Packed {
    /// First bucket of each file.
    pub starts: Vec<u32>,
    pub files: Vec<Vec<u8>>,
}

/// Packs consecutive buckets into files of at most `target` bytes (a file
/// gets at least one bucket, however large). Empty files are not written:
/// their buckets join the next file.
pub fn pack(buckets: Vec<Vec<u8>>, target: usize) -> Packed {
    let mut packed = Packed::default();
    let mut current: Vec<u8> = Vec::new();
    let mut start = 0u32;
    for (i, bucket) in buckets.into_iter().enumerate() {
        if !current.is_empty() && current.len() + bucket.len() > target {
            packed.starts.push(start);
            packed.files.push(std::mem::take(&mut current));
            start = i as u32;
        }
        current.extend_from_slice(&bucket);
    }
    if !current.is_empty() || packed.files.is_empty() {
        packed.starts.push(start);
        packed.files.push(current);
    }
    packed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn varints(bytes: &[u8]) -> Vec<u64> {
        let mut out = Vec::new();
        let (mut v, mut shift) = (0u64, 0);
        for &b in bytes {
            v |= u64::from(b & 0x7f) << shift;
            shift += 7;
            if b < 0x80 {
                out.push(v);
                v = 0;
                shift = 0;
            }
        }
        out
    }

    #[test]
    fn varint_round_trip() {
        let mut out = Vec::new();
        for v in [0, 1, 127, 128, 300, u64::from(u32::MAX)] {
            put_varint(&mut out, v);
        }
        assert_eq!(varints(&out), [0, 1, 127, 128, 300, u64::from(u32::MAX)]);
    }

    #[test]
    fn postings_are_deltas_with_flags() {
        let bytes = postings(&[(0, 0b1101), (5, 1)], 1000);
        assert_eq!(varints(&bytes), [4, (1 << 4) | 0b1101, (5 << 4) | 1]);
    }

    #[test]
    fn dense_postings_are_a_bitmap_and_zones() {
        let list: Vec<(u32, u8)> = (0..16)
            .map(|d| (d, if d == 1 { 0b1100 } else { 0b0011 }))
            .collect();
        let bytes = postings(&list, 16);
        assert_eq!(bytes[0], (16 << 1) | 1);
        assert_eq!(&bytes[1..3], &[0xff, 0xff]);
        assert_eq!(&bytes[3..], &[0b0000_1100, 0, 0, 0]);
    }

    #[test]
    fn doc_sets_pick_the_smaller_form() {
        let sparse = doc_set(&[3, 900], 1000);
        assert_eq!(varints(&sparse), [4, 4, 897]);
        let all: Vec<u32> = (0..64).collect();
        let dense = doc_set(&all, 64);
        assert_eq!(dense[0], (64 << 1 | 1) as u8);
        assert_eq!(&dense[2..], &[0xff; 8]);
    }

    #[test]
    fn a_document_is_put_in_and_taken_out_anywhere() {
        let mut list = Postings::default();
        for (d, f) in [(2, 1), (9, 2), (40, 3)] {
            list.push(d, f);
        }
        list.set(9, None);
        list.set(0, Some(5));
        list.set(20, Some(6));
        list.set(40, Some(7));
        list.set(100, None);
        let got: Vec<(u32, u8)> = list.iter().collect();
        assert_eq!(got, [(0, 5), (2, 1), (20, 6), (40, 7)]);
        let mut pushed = Postings::default();
        for (d, f) in got {
            pushed.push(d, f);
        }
        assert_eq!(list.encode(64), pushed.encode(64));
        assert_eq!(list.len(), 4);
    }

    proptest::proptest! {
        /// Any sequence of puts and takes leaves the list a list pushed in
        /// order would be, byte for byte.
        #[test]
        fn set_equals_a_list_pushed_in_order(
            start in proptest::collection::btree_map(0u32..300, 0u8..16, 0..40),
            ops in proptest::collection::vec((0u32..320, proptest::option::of(0u8..16)), 0..40),
        ) {
            let mut list = Postings::default();
            for (&d, &f) in &start {
                list.push(d, f);
            }
            let mut model = start.clone();
            for (d, f) in ops {
                list.set(d, f);
                match f {
                    Some(f) => { model.insert(d, f); }
                    None => { model.remove(&d); }
                }
            }
            let mut pushed = Postings::default();
            for (&d, &f) in &model {
                pushed.push(d, f);
            }
            proptest::prop_assert_eq!(&list.body, &pushed.body);
            proptest::prop_assert_eq!(list.count, pushed.count);
            proptest::prop_assert_eq!(list.after, pushed.after);
        }
    }

    #[test]
    fn packing_respects_the_target() {
        let buckets = vec![vec![1; 4], vec![], vec![2; 4], vec![3; 9], vec![]];
        let packed = pack(buckets, 8);
        assert_eq!(packed.starts, [0, 3]);
        assert_eq!(packed.files[0], [1, 1, 1, 1, 2, 2, 2, 2]);
        assert_eq!(packed.files[1], [3; 9]);
        assert_eq!(pack(vec![], 8).starts, [0]);
    }
}
