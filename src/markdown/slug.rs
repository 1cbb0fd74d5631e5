//! Heading ids: a Vietnamese-aware ASCII slug and per-page de-duplication.

use std::collections::{HashMap, HashSet};

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Slug used when a heading has no ASCII letter or digit at all.
const EMPTY_SLUG: &str = "muc";

/// ASCII, lowercase, hyphen-separated slug: diacritics are stripped (NFD, then
/// combining marks dropped), `đ`/`Đ` become `d`, every other character that is
/// not an ASCII letter or digit separates words.
///
/// Private stand-in for the project-wide `crate::vietnamese::slugify`, which
/// follows the same rule.
pub(super) fn slug(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_hyphen = false;
    for c in text.nfd().filter(|c| !is_combining_mark(*c)) {
        let c = if matches!(c, 'đ' | 'Đ') { 'd' } else { c };
        if c.is_ascii_alphanumeric() {
            if pending_hyphen && !out.is_empty() {
                out.push('-');
            }
            pending_hyphen = false;
            out.push(c.to_ascii_lowercase());
        } else {
            pending_hyphen = true;
        }
    }
    if out.is_empty() {
        EMPTY_SLUG.to_owned()
    } else {
        out
    }
}

/// Hands out ids that are unique within one page.
#[derive(Debug, Default)]
pub(super) struct IdAllocator {
    used: HashSet<String>,
    next_suffix: HashMap<String, usize>,
}

impl IdAllocator {
    /// Records an id chosen by the editor (`{#custom-id}`); it is used as is.
    pub(super) fn claim(&mut self, id: &str) {
        if !self.used.contains(id) {
            self.used.insert(id.to_owned());
        }
    }

    /// Returns `base` if still free, else `base-2`, `base-3`, … (first free).
    pub(super) fn unique(&mut self, base: String) -> String {
        if !self.used.contains(&base) {
            self.used.insert(base.clone());
            return base;
        }
        let suffix = self.next_suffix.entry(base.clone()).or_insert(2);
        loop {
            let candidate = format!("{base}-{suffix}");
            *suffix += 1;
            if !self.used.contains(&candidate) {
                self.used.insert(candidate.clone());
                return candidate;
            }
        }
    }
}
