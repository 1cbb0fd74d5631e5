//! An entry edited in place: its page made again from its new front matter
//! with the site's lookups, when nothing that other pages or the lookups
//! depend on moved — the same file, still published, at the same URL, with
//! the same references, assets and locality. `serve` then patches the
//! [`Site`] (a title, a date, a summary, fields…) instead of assembling it
//! again; any other edit goes through [`super::assemble`].

use std::sync::Arc;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::model::{Entry, EntryKind};
use crate::source::SourceFs;
use crate::vietnamese::VietnameseCollator;

use super::{
    FoldedNames, Page, PageId, Reuse, Site, SortKeys, TaxonomyKind, assets, calendar,
    canonical_fields, check_comment_periods, honours, refs, slug_of, taxonomy, withheld_reason,
};

/// A page made again from its edited entry.
pub struct Replacement {
    /// The new page; its body is still the old one's (the caller renders
    /// the new body, as [`super::assemble`] would).
    pub page: Page,
    /// What the load reports about the page now, its parse and body aside.
    pub problems: Vec<Diagnostic>,
    /// The same, as the load reported it for the page replaced.
    pub before: Vec<Diagnostic>,
}

/// The page `id` made again from `entry` (the same file re-read), or `None`
/// when the edit moves something [`super::assemble`] must place again: a
/// page withheld now, another slug, section, bundle or kind, other
/// references, assets or locality.
pub fn replace_entry(
    site: &Site,
    id: PageId,
    entry: Arc<Entry>,
    fs: &dyn SourceFs,
    collator: &VietnameseCollator,
) -> Option<Replacement> {
    let old = site.pages.get(id)?;
    let same_place = entry.path == old.entry.path
        && entry.section == old.entry.section
        && entry.bundle == old.entry.bundle
        && std::mem::discriminant(&entry.kind) == std::mem::discriminant(&old.entry.kind)
        && slug_of(&entry) == old.slug
        && locality(&entry) == locality(&old.entry)
        && withheld_reason(&entry, &site.config, site.publish).is_none();
    if !same_place {
        return None;
    }
    let mut page = underived(old, entry);
    let problems = derive(&mut page, site, fs);
    page.sort_keys = SortKeys::of(&page, collator);
    let mut again = underived(old, old.entry.clone());
    let before = derive(&mut again, site, fs);
    // The old page derived again must be what the load made of it (a
    // parent cycle broken, a file gone since: the whole load decides).
    let same = |a: &Page, b: &Page| {
        a.links == b.links && a.assets == b.assets && a.image_url == b.image_url && a.file == b.file
    };
    let load_agrees = same(&again, old) && again.fields == old.fields && again.next == old.next;
    (load_agrees && same(&page, old)).then_some(Replacement {
        page,
        problems,
        before,
    })
}

/// `old`'s place (slug, URL, body, locality, collation keys) with `entry`,
/// and nothing [`derive`] makes yet.
fn underived(old: &Page, entry: Arc<Entry>) -> Page {
    Page {
        entry,
        fields: Vec::new(),
        links: refs::Links::default(),
        assets: Vec::new(),
        image_url: None,
        file: None,
        next: None,
        ..old.clone()
    }
}

/// An exemplar's recorded locality (its page's `locality_today` comes
/// from it).
fn locality(entry: &Entry) -> Option<&str> {
    match &entry.kind {
        EntryKind::Exemplar(x) => Some(&x.locality.value),
        _ => None,
    }
}

/// What [`super::assemble`] derives for one page from its entry and the
/// site's lookups, and the problems it reports on the way.
fn derive(page: &mut Page, site: &Site, fs: &dyn SourceFs) -> Vec<Diagnostic> {
    let mut diags = Diagnostics::new();
    let mut vocabulary = FoldedNames::new(site.config.fields.iter().map(|f| (f, f)));
    page.fields = canonical_fields(&page.entry, &site.config, &mut vocabulary, &mut diags);
    page.links = refs::resolve(&page.entry, &site.index, &mut diags);
    if let EntryKind::Anniversary(a) = &page.entry.kind {
        page.next = calendar::next_occurrence(a, page.title(), site.publish.today);
    }
    check_comment_periods(std::slice::from_ref(page), &site.holidays, &mut diags);
    let found = assets::attach(page, fs, &site.index, &site.config);
    diags.extend(found.problems);
    page.assets = found.assets;
    page.image_url = found.image_url;
    page.file = found.file;
    diags.into_vec()
}

impl Site {
    /// After pages were replaced in place ([`replace_entry`]; `replaced`:
    /// the pages they replaced, by id): what is made from every page's
    /// front matter — the taxonomies (through `reuse`, as the load makes
    /// them; the same terms when no replaced page changed its terms), the
    /// decisions by number and the honour roll. References,
    /// back-references, assets and URLs did not change.
    pub fn refresh_after_replace(
        &mut self,
        replaced: &[(PageId, Page)],
        reuse: &dyn Reuse,
        collator: &VietnameseCollator,
    ) {
        let same_terms = replaced.iter().all(|(id, old)| {
            let new = &self.pages[*id];
            TaxonomyKind::ALL
                .iter()
                .all(|kind| kind.terms_of(old) == kind.terms_of(new))
        });
        let build = || {
            if same_terms {
                self.taxonomies.clone()
            } else {
                taxonomy::build_all(&self.pages, &self.config, collator)
            }
        };
        let taxonomies = reuse.taxonomies(&self.pages, &self.config, &self.publish, &build);
        self.taxonomies = taxonomies;
        // Decisions are numbered and list recipients: one edited, the roll
        // is made again; exemplars edited, only their own rows.
        let exemplars: Option<Vec<PageId>> = replaced
            .iter()
            .map(|(id, old)| matches!(old.entry.kind, EntryKind::Exemplar(_)).then_some(*id))
            .collect();
        match exemplars {
            Some(ids) => honours::patch_roll(
                &mut self.honours,
                &self.pages,
                &self.decisions,
                &ids,
                collator,
            ),
            None => {
                self.decisions = honours::decisions_by_number(&self.pages);
                self.honours = honours::roll(&self.pages, &self.decisions, collator);
            }
        }
    }
}
