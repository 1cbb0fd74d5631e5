//! Search text rules shared with the browser client (`search-core.js`):
//! normalisation (NFC, lowercase, `Ð` → `đ`), tone placement, syllable
//! tokenisation and the two string hashes that pick shards.
//!
//! Every rule here has a twin in `themes/default/static/js/search-core.js`;
//! the Node test (`tests/search/queries.mjs`) checks them against each
//! other on samples this module normalises.

use std::borrow::Cow;

use crate::vietnamese::fold::is_nfc;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// The five Vietnamese tone marks as combining characters: huyền, sắc,
/// ngã, hỏi, nặng.
const TONES: [char; 5] = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];

/// Longest token indexed, in bytes; longer runs (hashes, glued URLs) are
/// skipped and break adjacency.
pub const MAX_TOKEN_BYTES: usize = 40;

/// Lowercase NFC text with `Ð` (eth, a look-alike of `Đ`) read as `đ`.
pub fn normalize_text(s: &str) -> String {
    fast_normalize(s).unwrap_or_else(|| slow_normalize(s))
}

/// Latin letters whose lowercase is one character and that are NFC on
/// their own (Vietnamese precomposed letters are all here).
fn simple_latin(c: char) -> bool {
    matches!(u32::from(c), 0xC0..=0x24F | 0x1E00..=0x1EFF) && c != '\u{130}'
}

/// Lowercase of a [`simple_latin`] letter, by arithmetic for the ranges
/// Vietnamese uses, by table otherwise.
fn latin_lower(c: char) -> char {
    let u = u32::from(c);
    let lower = match u {
        0xC0..=0xDE if u != 0xD7 => u + 0x20,
        0x100..=0x137 | 0x14A..=0x177 | 0x1EA0..=0x1EF9 if u % 2 == 0 => u + 1,
        0x1A0 | 0x1AF => u + 1,
        0xDF..=0xFF | 0x100..=0x137 | 0x14A..=0x177 | 0x1EA0..=0x1EF9 | 0x1A1 | 0x1B0 => u,
        _ => return c.to_lowercase().next().unwrap_or(c),
    };
    char::from_u32(lower).unwrap_or(c)
}

/// The common case without tables: ASCII and precomposed Latin letters,
/// no combining marks. `None` when the text needs the full treatment.
fn fast_normalize(s: &str) -> Option<String> {
    let mut out = s.to_ascii_lowercase();
    if out.is_ascii() {
        return Some(out);
    }
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] < 0x80 {
            i += 1;
            continue;
        }
        let c = s[i..].chars().next()?;
        let lower = if c == 'Ð' || c == 'ð' {
            'đ'
        } else if simple_latin(c) {
            latin_lower(c)
        } else if matches!(u32::from(c), 0xA0..=0xBF | 0x2002..=0x205E | 0x3000) {
            c
        } else {
            return None;
        };
        if lower != c {
            if lower.len_utf8() != c.len_utf8() {
                return None;
            }
            let mut buf = [0u8; 4];
            out.replace_range(i..i + c.len_utf8(), lower.encode_utf8(&mut buf));
        }
        i += c.len_utf8();
    }
    Some(out)
}

fn slow_normalize(s: &str) -> String {
    let composed: Cow<'_, str> = if is_nfc(s) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.nfc().collect())
    };
    let lower = composed.to_lowercase().replace('ð', "đ");
    if is_nfc(&lower) {
        lower
    } else {
        lower.nfc().collect()
    }
}

/// A letter with its marks, as in NFD.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Cluster {
    base: char,
    marks: Vec<char>,
}

impl Cluster {
    fn plain(&self) -> bool {
        self.marks.iter().all(|m| TONES.contains(m))
    }
}

fn clusters(token: &str) -> Vec<Cluster> {
    let mut out: Vec<Cluster> = Vec::new();
    for c in token.nfd() {
        match out.last_mut() {
            Some(last) if is_combining_mark(c) => last.marks.push(c),
            _ => out.push(Cluster {
                base: c,
                marks: Vec::new(),
            }),
        }
    }
    out
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// Where the tone mark of the cluster at `at` belongs in the modern
/// ("new style") placement, if elsewhere: `òa → oà`, `òe → oè`, `ùy → uỳ`,
/// and `qúa → quá` (the `u` of `qu` never carries the tone).
fn tone_target(cl: &[Cluster], at: usize) -> Option<usize> {
    let here = cl.get(at)?;
    let next = cl.get(at + 1)?;
    if !here.plain() {
        return None;
    }
    let moves = match here.base {
        'o' => matches!(next.base, 'a' | 'e'),
        'u' => next.base == 'y' || (at > 0 && cl[at - 1].base == 'q' && is_vowel(next.base)),
        _ => false,
    };
    moves.then_some(at + 1)
}

/// Characters whose tone may have to move: a lowercase `o`/`u` with a
/// tone, or a bare combining tone (decomposed input).
fn may_move(c: char) -> bool {
    matches!(c, 'ò' | 'ó' | 'ỏ' | 'õ' | 'ọ' | 'ù' | 'ú' | 'ủ' | 'ũ' | 'ụ') || TONES.contains(&c)
}

/// Moves the tone mark of a lowercase syllable to its modern position, so
/// that old and new placements compare equal (`hòa`/`hoà`, `thủy`/`thuỷ`,
/// `khỏe`/`khoẻ` all give the second form). Returns NFC. Text without
/// exactly one tone mark is returned unchanged (in NFC).
pub fn normalize_tones(token: &str) -> Cow<'_, str> {
    if token.is_ascii() {
        return Cow::Borrowed(token);
    }
    if !token.chars().any(may_move) {
        return nfc_cow(token);
    }
    move_tone(token)
}

/// [`normalize_tones`] for a token of [`normalize_text`]'s output (already
/// NFC): skips the NFC check when nothing moves.
pub fn normalize_tones_nfc(token: &str) -> Cow<'_, str> {
    if token.is_ascii() || !token.chars().any(may_move) {
        return Cow::Borrowed(token);
    }
    move_tone(token)
}

fn move_tone(token: &str) -> Cow<'_, str> {
    let mut cl = clusters(token);
    let toned: Vec<usize> = (0..cl.len())
        .filter(|&i| cl[i].marks.iter().any(|m| TONES.contains(m)))
        .collect();
    let [at] = toned.as_slice() else {
        return nfc_cow(token);
    };
    let Some(target) = tone_target(&cl, *at) else {
        return nfc_cow(token);
    };
    let Some(pos) = cl[*at].marks.iter().position(|m| TONES.contains(m)) else {
        return nfc_cow(token);
    };
    let tone = cl[*at].marks.remove(pos);
    cl[target].marks.push(tone);
    let mut out = String::with_capacity(token.len() + 2);
    for c in &cl {
        out.push(c.base);
        out.extend(c.marks.iter());
    }
    Cow::Owned(out.nfc().collect())
}

fn nfc_cow(s: &str) -> Cow<'_, str> {
    if is_nfc(s) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.nfc().collect())
    }
}

/// Characters that make up a syllable (or a number, or a foreign word).
pub fn is_token_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    (simple_latin(c) && c != '×' && c != '÷') || c.is_alphanumeric() || is_combining_mark(c)
}

/// Characters that may sit between two syllables without breaking their
/// adjacency: spaces and the joiners of document numbers (`33/KH-UBND`).
pub fn is_joiner(c: char) -> bool {
    c.is_whitespace() || matches!(c, '-' | '/' | '_' | '\'' | '\u{2019}' | '\u{2011}')
}

/// One token of normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    pub text: &'a str,
    /// Byte offset in the text.
    pub start: usize,
    /// The previous token is adjacent (only spaces or joiners between).
    pub follows: bool,
}

/// Splits normalised text (see [`normalize_text`]) into tokens. Tokens
/// longer than [`MAX_TOKEN_BYTES`] are dropped and break adjacency.
pub fn tokens(text: &str) -> Vec<Token<'_>> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() / 5);
    let mut start: Option<usize> = None;
    let mut adjacent = false;
    let mut i = 0;
    while i <= bytes.len() {
        let (c, width) = match bytes.get(i) {
            None => (' ', 1),
            Some(&b) if b < 0x80 => (char::from(b), 1),
            Some(_) => {
                let c = text[i..].chars().next().unwrap_or(' ');
                (c, c.len_utf8())
            }
        };
        if i < bytes.len() && is_token_char(c) {
            start.get_or_insert(i);
            i += width;
            continue;
        }
        if let Some(s) = start.take() {
            let t = &text[s..i];
            adjacent = t.len() <= MAX_TOKEN_BYTES && {
                out.push(Token {
                    text: t,
                    start: s,
                    follows: adjacent,
                });
                true
            };
        }
        if !is_joiner(c) {
            adjacent = false;
        }
        i += width;
    }
    out
}

/// 32-bit FNV-1a over UTF-8 bytes: picks a key's bucket.
pub fn hash_bucket(key: &str) -> u32 {
    fnv_feed(0x811c_9dc5, key.as_bytes())
}

fn fnv_feed(mut h: u32, bytes: &[u8]) -> u32 {
    for &b in bytes {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

/// A second, independent 32-bit hash: identifies a syllable pair inside its
/// bucket without storing the pair's text.
pub fn hash_check(key: &str) -> u32 {
    mix_feed(0x9747_b28c, key.as_bytes())
}

fn mix_feed(mut h: u32, bytes: &[u8]) -> u32 {
    for &b in bytes {
        h = (h ^ u32::from(b)).wrapping_mul(0x5bd1_e995);
        h ^= h >> 15;
    }
    h
}

/// The 64-bit identity of the folded pair `"a b"`: bucket hash in the high
/// half, check hash in the low half (no string is built).
pub fn pair_key(a: &str, b: &str) -> u64 {
    let bucket = fnv_feed(
        fnv_feed(fnv_feed(0x811c_9dc5, a.as_bytes()), b" "),
        b.as_bytes(),
    );
    let check = mix_feed(
        mix_feed(mix_feed(0x9747_b28c, a.as_bytes()), b" "),
        b.as_bytes(),
    );
    (u64::from(bucket) << 32) | u64::from(check)
}

/// A fast, deterministic hasher for the build's own hash maps (keys are
/// short strings and integers; no untrusted input can flood them).
#[derive(Debug, Default, Clone, Copy)]
pub struct FastHasher(u64);

impl std::hash::Hasher for FastHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(word));
        }
    }

    fn write_u64(&mut self, i: u64) {
        self.0 = (self.0.rotate_left(5) ^ i).wrapping_mul(0x517c_c1b7_2722_0a95);
    }

    fn write_usize(&mut self, i: usize) {
        self.write_u64(i as u64);
    }

    fn write_u8(&mut self, i: u8) {
        self.write_u64(u64::from(i));
    }
}

/// Builds [`FastHasher`]s.
pub type FastBuild = std::hash::BuildHasherDefault<FastHasher>;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vietnamese::fold;
    use proptest::prelude::*;

    fn norm(s: &str) -> String {
        normalize_tones(&normalize_text(s)).into_owned()
    }

    #[test]
    fn old_and_new_tone_placement_agree() {
        let pairs = [
            ("hòa", "hoà"),
            ("thủy", "thuỷ"),
            ("khỏe", "khoẻ"),
            ("hóa", "hoá"),
            ("ủy", "uỷ"),
            ("túy", "tuý"),
            ("lũy", "luỹ"),
            ("hụy", "huỵ"),
            ("qúy", "quý"),
            ("qùa", "quà"),
            ("xòe", "xoè"),
            ("ọa", "oạ"),
        ];
        for (old, new) in pairs {
            assert_eq!(norm(old), norm(new), "{old} / {new}");
            assert_eq!(norm(old), new, "{old}");
        }
    }

    #[test]
    fn settled_placements_stay() {
        for s in [
            "hoàng", "quý", "mùa", "thuế", "tuần", "ngoài", "khuỷu", "hoà", "được", "gìn",
        ] {
            assert_eq!(norm(s), s, "{s}");
        }
    }

    #[test]
    fn nfd_and_case_are_normalised() {
        let nfd: String = "Ủy Ban ĐỒNG THÁP".nfd().collect();
        assert_eq!(normalize_text(&nfd), "ủy ban đồng tháp");
        assert_eq!(normalize_text("ÐỒNG"), "đồng");
    }

    #[test]
    fn tokens_and_adjacency() {
        let text = normalize_text("Kế hoạch số 33/KH-UBND. Nông thôn, mới");
        let toks = tokens(&text);
        let words: Vec<&str> = toks.iter().map(|t| t.text).collect();
        assert_eq!(
            words,
            [
                "kế", "hoạch", "số", "33", "kh", "ubnd", "nông", "thôn", "mới"
            ]
        );
        let follows: Vec<bool> = toks.iter().map(|t| t.follows).collect();
        assert_eq!(
            follows,
            [false, true, true, true, true, true, false, true, false]
        );
    }

    #[test]
    fn long_tokens_are_dropped() {
        let long = "a".repeat(MAX_TOKEN_BYTES + 1);
        let text = format!("x {long} y");
        let words: Vec<&str> = tokens(&text).iter().map(|t| t.text).collect();
        assert_eq!(words, ["x", "y"]);
        assert!(!tokens(&text)[1].follows);
    }

    #[test]
    fn fast_and_slow_normalisation_agree() {
        for s in [
            "Đồng Tháp ÐỒNG",
            "İstanbul",
            "ΣΑΣ",
            "a\u{301}",
            "Hòa\u{a0}bình – 2024",
        ] {
            assert_eq!(normalize_text(s), slow_normalize(s), "{s}");
        }
    }

    #[test]
    fn latin_lower_matches_the_tables() {
        for u in (0xC0..=0x24F).chain(0x1E00..=0x1EFF) {
            let Some(c) = char::from_u32(u) else { continue };
            if simple_latin(c) {
                let want: String = c.to_lowercase().collect();
                assert_eq!(latin_lower(c).to_string(), want, "U+{u:04X}");
            }
        }
    }

    #[test]
    fn pair_key_hashes_the_joined_pair() {
        let k = pair_key("nong", "thon");
        assert_eq!(k >> 32, u64::from(hash_bucket("nong thon")));
        assert_eq!(k & 0xffff_ffff, u64::from(hash_check("nong thon")));
    }

    #[test]
    fn hashes_are_stable() {
        assert_eq!(hash_bucket(""), 0x811c_9dc5);
        assert_eq!(hash_bucket("a"), 0xe40c_292c);
        assert_ne!(hash_check("nong thon"), hash_check("thon nong"));
    }

    proptest! {
        #[test]
        fn normalising_never_panics_and_is_idempotent(s in "\\PC{0,24}") {
            let once = norm(&s);
            let twice = normalize_tones(&normalize_text(&once)).into_owned();
            prop_assert_eq!(&once, &twice);
            prop_assert_eq!(fold(&once), fold(&normalize_text(&s)));
        }

        #[test]
        fn fast_normalisation_is_exact(s in "\\PC{0,40}") {
            prop_assert_eq!(normalize_text(&s), slow_normalize(&s));
        }

        #[test]
        fn fast_normalisation_of_latin_is_exact(s in "[\\u{C0}-\\u{24F}\\u{1E00}-\\u{1EFF}a-zA-Z \\u{2010}-\\u{2030}]{0,30}") {
            prop_assert_eq!(normalize_text(&s), slow_normalize(&s));
        }

        #[test]
        fn tokens_never_panic(s in "\\PC{0,60}") {
            let text = normalize_text(&s);
            for t in tokens(&text) {
                prop_assert!(!t.text.is_empty());
                prop_assert_eq!(&text[t.start..t.start + t.text.len()], t.text);
            }
        }
    }
}
