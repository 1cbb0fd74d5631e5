//! What the index takes from one page: its syllables by zone (title, key
//! fields, summary, body) with a term frequency bucket, the syllable pairs
//! that stand together, and the record a result shows.

use std::borrow::Cow;
use std::collections::HashMap;

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

use crate::model::EntryKind;
use crate::permalink::Permalink;
use crate::site::summary::{meta_line, sort_date};
use crate::site::{Page, Site};
use crate::vietnamese::{cut_words, fold};

use super::text::{self, FastBuild, normalize_text, normalize_tones_nfc};

/// Where a syllable was found; a posting keeps the best zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[repr(u8)]
pub enum Zone {
    Body = 0,
    Summary = 1,
    Key = 2,
    Title = 3,
}

/// Longest excerpt kept for a result's snippet, in characters.
pub const EXCERPT_CHARS: usize = 160;

/// One page, ready to merge.
#[derive(Debug, Default)]
pub struct DocTerms {
    /// The exact (normalised) syllables, one after another.
    pub text: String,
    /// Each syllable's byte range in `text` and its posting flags:
    /// `zone << 2 | tf bucket`. A syllable's local id is its index here.
    pub terms: Vec<(u32, u32, u8)>,
    /// Distinct adjacent pairs of local ids, `first << 32 | second`, sorted.
    pub pairs: Vec<u64>,
}

impl DocTerms {
    /// The syllables with their flags, by local id.
    pub fn iter(&self) -> impl Iterator<Item = (&str, u8)> {
        self.terms
            .iter()
            .map(|&(a, b, f)| (self.text.get(a as usize..b as usize).unwrap_or(""), f))
    }
}

/// The text of each zone, fields separated so no pair crosses them.
fn zone_texts(page: &Page, body_text: &str) -> [(Zone, String); 4] {
    let common = &page.entry.common;
    let mut title = vec![common.title.clone()];
    let mut key: Vec<String> = page.fields.clone();
    key.extend(common.tags.iter().cloned());
    key.extend(page.locality_today.iter().cloned());
    let mut body = vec![body_text.to_owned()];
    kind_texts(&page.entry.kind, &mut title, &mut key, &mut body);
    let summary = common.summary.clone().unwrap_or_default();
    [
        (Zone::Title, title.join(" ; ")),
        (Zone::Key, key.join(" ; ")),
        (Zone::Summary, summary),
        (Zone::Body, body.join(" ; ")),
    ]
}

fn push_opt(out: &mut Vec<String>, v: &Option<String>) {
    out.extend(v.iter().cloned());
}

/// Fields of each entry kind: names go with the title, numbers, places,
/// issuers and awards are key fields, long lists are body text.
fn kind_texts(
    kind: &EntryKind,
    title: &mut Vec<String>,
    key: &mut Vec<String>,
    body: &mut Vec<String>,
) {
    match kind {
        EntryKind::Exemplar(x) => {
            title.extend(x.name.as_ref().map(|n| n.full()));
            key.push(x.locality.value.clone());
            key.push(x.subject.label().to_owned());
            for v in [&x.category, &x.position, &x.unit, &x.publication] {
                push_opt(key, v);
            }
            for a in &x.awards {
                key.push(a.title.clone());
                push_opt(key, &a.decision);
                push_opt(key, &a.authority);
            }
        }
        EntryKind::Document(d) => {
            push_opt(key, &d.number);
            key.extend([
                d.doc_type.clone(),
                d.issuer.clone(),
                d.abstract_text.clone(),
            ]);
            key.extend(d.signer.as_ref().map(|s| s.name.clone()));
            body.extend(d.based_on.iter().cloned());
        }
        EntryKind::Campaign(c) => {
            key.extend([c.theme.clone(), c.issuer.clone()]);
            key.extend(c.award_forms.iter().cloned());
            body.extend(c.targets.iter().map(|t| t.label.clone()));
            body.extend(c.milestones.iter().filter_map(|m| m.label.clone()));
        }
        EntryKind::Event(e) => {
            push_opt(key, &e.venue);
            key.extend(e.locations.iter().cloned());
            key.extend(e.backdrop.as_ref().map(|b| b.title.clone()));
            body.extend(e.agenda.iter().cloned());
        }
        EntryKind::Anniversary(a) => key.extend(a.slogans.iter().cloned()),
        EntryKind::News(n) => {
            push_opt(key, &n.author);
            push_opt(key, &n.source);
        }
        EntryKind::Decision(d) => {
            // A decision is found by its number and by its recipients' names.
            key.extend([d.number.value.clone(), d.award.clone(), d.issuer.clone()]);
            push_opt(key, &d.reason);
            for r in &d.recipients {
                key.push(r.name.clone());
                push_opt(body, &r.unit);
                push_opt(body, &r.locality);
            }
        }
        EntryKind::Nomination(n) => {
            key.extend([n.award.clone(), n.council.clone()]);
            for r in &n.nominees {
                key.push(r.name.clone());
                push_opt(body, &r.unit);
                push_opt(body, &r.achievements);
            }
        }
        EntryKind::Page => {}
    }
}

/// [`fold()`] for one normalised token, fast for Latin letters.
pub fn fold_token(token: &str) -> Cow<'_, str> {
    if token.is_ascii() {
        return Cow::Borrowed(token);
    }
    let mut out = String::with_capacity(token.len());
    for c in token.chars() {
        let latin = matches!(u32::from(c), 0xC0..=0x24F | 0x1E00..=0x1EFF);
        if c == 'đ' {
            out.push('d');
        } else if is_combining_mark(c) {
            continue;
        } else if latin {
            let mut first = None;
            decompose_canonical(c, |d| {
                first.get_or_insert(d);
            });
            out.push(first.unwrap_or(c));
        } else if c.is_ascii() {
            out.push(c);
        } else {
            return Cow::Owned(fold(token));
        }
    }
    Cow::Owned(out)
}

/// Term frequency in four buckets: 1, 2–3, 4–7, 8+.
fn tf_bucket(tf: u32) -> u8 {
    match tf {
        0 | 1 => 0,
        2..=3 => 1,
        4..=7 => 2,
        _ => 3,
    }
}

struct Local<'a> {
    exact: Cow<'a, str>,
    zone: Zone,
    tf: u32,
}

/// A page's distinct syllables: raw tokens and their normalised forms both
/// lead to the local id.
struct Vocab<'a> {
    ids: HashMap<Cow<'a, str>, usize, FastBuild>,
    locals: Vec<Local<'a>>,
}

impl<'a> Vocab<'a> {
    fn with_capacity(n: usize) -> Self {
        Vocab {
            ids: HashMap::with_capacity_and_hasher(n, FastBuild::default()),
            locals: Vec::with_capacity(n),
        }
    }

    fn id(&mut self, raw: &'a str, zone: Zone) -> usize {
        if let Some(&id) = self.ids.get(raw) {
            return id;
        }
        let exact = normalize_tones_nfc(raw);
        if let Cow::Owned(e) = &exact
            && let Some(&id) = self.ids.get(e.as_str())
        {
            self.ids.insert(Cow::Borrowed(raw), id);
            return id;
        }
        let id = self.locals.len();
        if matches!(exact, Cow::Owned(_)) {
            self.ids.insert(exact.clone(), id);
        }
        self.ids.insert(Cow::Borrowed(raw), id);
        self.locals.push(Local { exact, zone, tf: 0 });
        id
    }
}

/// Collects a page's syllables and pairs.
pub fn doc_terms(page: &Page, body_text: &str) -> DocTerms {
    let zones = zone_texts(page, body_text).map(|(z, s)| (z, normalize_text(&s)));
    let mut vocab = Vocab::with_capacity(512);
    let mut pairs: Vec<u64> = Vec::with_capacity(1024);
    for (zone, text) in &zones {
        let mut prev: Option<usize> = None;
        for tok in text::tokens(text) {
            let id = vocab.id(tok.text, *zone);
            let local = &mut vocab.locals[id];
            local.tf += 1;
            local.zone = local.zone.max(*zone);
            if let (Some(p), true) = (prev, tok.follows) {
                pairs.push(((p as u64) << 32) | id as u64);
            }
            prev = Some(id);
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    // Kept until the whole index is merged, for every page: no spare room
    // (the capacity above is for the work, not for keeping).
    pairs.shrink_to_fit();
    let mut out = DocTerms {
        text: String::with_capacity(vocab.locals.len() * 6),
        terms: Vec::with_capacity(vocab.locals.len()),
        pairs,
    };
    for l in &vocab.locals {
        let start = out.text.len() as u32;
        out.text.push_str(&l.exact);
        let flags = ((l.zone as u8) << 2) | tf_bucket(l.tf);
        out.terms.push((start, out.text.len() as u32, flags));
    }
    out.text.shrink_to_fit();
    out
}

/// What a result shows: `[title, url, section, meta line, date, excerpt]`;
/// the URL without its section folder when it has one (`slug/`).
pub fn record(site: &Site, page: &Page, section: usize, body_text: &str) -> serde_json::Value {
    let date = sort_date(page).map(|d| d.numeric()).unwrap_or_default();
    let mut excerpt = String::new();
    if let Some(summary) = &page.entry.common.summary {
        excerpt.push_str(summary);
    }
    if excerpt.chars().count() < EXCERPT_CHARS / 2 {
        if !excerpt.is_empty() {
            excerpt.push(' ');
        }
        excerpt.push_str(body_text);
    }
    let folder = Permalink::section_list(site.config.section_path(page.section()));
    let url = match folder.and_then(|f| page.permalink.as_str().strip_prefix(f.as_str())) {
        Some(rest) if !rest.starts_with('/') => rest,
        _ => page.permalink.as_str(),
    };
    serde_json::json!([
        page.title(),
        url,
        section,
        meta_line(page),
        date,
        cut_words(&excerpt, EXCERPT_CHARS)
    ])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::text::normalize_tones;
    use proptest::prelude::*;

    #[test]
    fn fold_token_examples() {
        assert_eq!(fold_token("đồng"), "dong");
        assert_eq!(fold_token("thuỷ"), "thuy");
        assert_eq!(fold_token("ubnd"), "ubnd");
        assert_eq!(fold_token("øresund"), "øresund");
        assert_eq!(fold_token("東京"), "東京");
    }

    proptest! {
        #[test]
        fn fold_token_matches_fold(s in "\\PC{0,16}") {
            let norm = normalize_text(&s);
            for t in text::tokens(&norm) {
                let exact = normalize_tones(t.text);
                prop_assert_eq!(fold_token(&exact).into_owned(), fold(&exact));
            }
        }
    }
}
