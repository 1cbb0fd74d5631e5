//! The [`Site`]: every published entry as a [`Page`] with its slug,
//! [`Permalink`], resolved references, rendered Markdown and assets, plus the
//! taxonomies. [`assemble`] validates and cross-references the parsed
//! entries and reports every problem it finds.

pub mod assets;
pub mod calendar;
pub mod honours;
pub mod links;
pub mod refs;
pub mod replace;
pub mod summary;
pub mod taxonomy;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::PathBuf;
use std::sync::Arc;

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::calendar::holidays::Holidays;
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::fingerprint::{self, path_bytes};
use crate::markdown::{Highlighter, MarkdownOptions, RenderedMarkdown};
use crate::model::exemplar::Subject;
use crate::model::{Entry, EntryKind, Section};
use crate::msg;
use crate::permalink::{Permalink, reserved};
use crate::source::SourceFs;
use crate::vietnamese::VietnameseCollator;

pub use assets::Asset;
pub use refs::Links;
pub use taxonomy::{Taxonomy, TaxonomyKind, Term};

/// Index of a page in [`Site::pages`].
pub type PageId = usize;

/// What to publish.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Publish {
    pub drafts: bool,
    pub future: bool,
    /// The build date: scheduling, campaign status, anniversaries.
    pub today: NaiveDate,
}

/// A published entry, cross-referenced.
#[derive(Debug, Clone)]
pub struct Page {
    /// Shared with `serve`'s record of parsed files.
    pub entry: Arc<Entry>,
    pub slug: String,
    pub permalink: Permalink,
    /// `fields:` in the configured spelling.
    pub fields: Vec<String>,
    pub links: Links,
    /// Shared so that `serve` can keep a body that did not change.
    pub content: Arc<RenderedMarkdown>,
    pub assets: Vec<Asset>,
    /// Image URL (site-relative) when the entry has an image.
    pub image_url: Option<String>,
    /// The attached file of a document: URL and size in bytes.
    pub file: Option<(String, u64)>,
    /// Today's administrative unit for an exemplar's recorded locality.
    pub locality_today: Option<String>,
    /// An anniversary's next occurrence on or after the build date,
    /// computed once (its page, card, list, calendar and JSON-LD read it).
    pub next: Option<calendar::Occurrence>,
    /// Its place in Vietnamese alphabetical order, computed once.
    pub sort_keys: SortKeys,
}

/// A page's [`VietnameseCollator::sort_key`]s, made once when it is placed:
/// every list and the honour roll sort by them (a key's byte order is the
/// collation's order).
/// Kept for every page of a whole build: boxed (no spare capacity), the
/// name's only when it is not the title's.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SortKeys {
    /// Of its title.
    pub title: Box<[u8]>,
    /// Of [`Page::sort_name`], when it has one.
    name: Option<Box<[u8]>>,
}

impl SortKeys {
    pub fn of(page: &Page, collator: &VietnameseCollator) -> SortKeys {
        SortKeys {
            title: collator.sort_key(page.title()).into_boxed_slice(),
            name: page
                .sort_name()
                .map(|name| collator.sort_key(&name).into_boxed_slice()),
        }
    }

    /// The key a page is sorted by alphabetically ([`Page::sort_name`], else
    /// its title).
    pub fn name(&self) -> &[u8] {
        self.name.as_deref().unwrap_or(&self.title)
    }
}

impl Page {
    pub fn title(&self) -> &str {
        &self.entry.common.title
    }

    pub fn section(&self) -> Section {
        self.entry.section
    }

    /// What a person is sorted by alphabetically when it is not the title:
    /// the given name, then family and middle names.
    pub fn sort_name(&self) -> Option<String> {
        match &self.entry.kind {
            EntryKind::Exemplar(x) => x
                .name
                .as_ref()
                .map(|n| format!("{} {} {}", n.given, n.family, n.middle)),
            _ => None,
        }
    }

    /// The body as plain text ([`markdown::plain_text`]), made again on each
    /// call: the site does not keep it. Empty after
    /// [`Site::release_load_state`].
    ///
    /// [`markdown::plain_text`]: crate::markdown::plain_text
    pub fn body_text(&self, config: &Config) -> String {
        let options = MarkdownOptions {
            allow_html: config.allow_html,
        };
        crate::markdown::plain_text(&self.entry.body, &options)
    }
}

/// The validated site.
#[derive(Debug)]
pub struct Site {
    pub config: Config,
    pub publish: Publish,
    pub pages: Vec<Page>,
    /// Pages that reference each page (by any key), sorted.
    pub referrers: Vec<Vec<PageId>>,
    pub taxonomies: Vec<Taxonomy>,
    /// `content/_index.md` rendered, for the home page.
    pub home_intro: Option<RenderedMarkdown>,
    /// `data/*.yaml` by file stem, for templates.
    pub data: serde_json::Value,
    /// Files to copy verbatim: site static, entry assets.
    pub copies: Vec<Asset>,
    /// The lookups references and links were resolved with (kept for
    /// `serve`, which re-renders an edited body with them).
    pub index: refs::Index,
    /// How many entries this build leaves out, for the summary.
    pub left_out: LeftOut,
    /// Working days of state offices (public-comment periods).
    pub holidays: Holidays,
    /// Decision pages by their number ([`honours::number_key`]).
    pub decisions: HashMap<String, PageId>,
    /// The honour roll (sổ vàng), newest year first.
    pub honours: Vec<honours::Honour>,
}

impl Site {
    /// Frees what only the load and the search index read: the entries'
    /// Markdown bodies (rendered, and read as text by the index) and the
    /// lookups links were resolved with ([`Site::index`]). A whole build
    /// calls it once the index is made: at 100,000 entries that is half a
    /// gigabyte of its peak. Entries shared with another owner (`serve`'s
    /// record of parsed files) keep their bodies; `serve` never calls it.
    pub fn release_load_state(&mut self) {
        self.release_bodies(0..self.pages.len());
        self.index = refs::Index::default();
    }

    /// Frees the Markdown bodies of pages `ids` (those whose entry no one
    /// else shares): the search index releases each batch it has read
    /// ([`crate::search::index_files_releasing_bodies`]).
    pub fn release_bodies(&mut self, ids: impl IntoIterator<Item = PageId>) {
        for id in ids {
            if let Some(entry) = Arc::get_mut(&mut self.pages[id].entry) {
                entry.body = String::new();
            }
        }
    }
}

/// Entries read but not published by this build, for the summary line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LeftOut {
    /// Drafts (`draft: true`) while drafts are not published.
    pub drafts: usize,
    /// Entries dated after the build date while `--future` is off.
    pub scheduled: usize,
}

impl Site {
    pub fn pages_in(&self, section: Section) -> impl Iterator<Item = (PageId, &Page)> {
        self.pages
            .iter()
            .enumerate()
            .filter(move |(_, p)| p.section() == section)
    }
}

/// Everything [`assemble`] needs besides the entries.
pub struct Inputs<'a> {
    pub fs: &'a dyn SourceFs,
    pub config: Config,
    pub publish: Publish,
    pub localities: BTreeMap<String, String>,
    /// Working days: the built-in rules with `data/holidays.yaml`.
    pub holidays: Holidays,
    pub data: serde_json::Value,
    pub home_intro: Option<Entry>,
    pub highlighter: &'a Highlighter,
    pub collator: &'a VietnameseCollator,
    /// Every file under `content/` (for loose assets).
    pub content_files: Vec<PathBuf>,
    /// What an earlier load computed (`serve`); a `build` reuses nothing.
    pub reuse: &'a dyn Reuse,
    /// Entry files that could not be read, by what they claim.
    pub claims: Vec<crate::model::Claim>,
}

/// A body rendered to HTML, with the problems found in it.
pub type Body = (Arc<RenderedMarkdown>, Vec<Diagnostic>);

/// What [`assemble`] may take from an earlier load instead of computing it:
/// rendered bodies and the taxonomies. The default methods compute
/// everything (a `build`); `serve`'s load record keeps them by
/// key. The key of a body's surroundings is computed here, and only when
/// asked.
pub trait Reuse: Sync {
    /// Each of `entries` rendered; `render(i)` renders `entries[i]`.
    /// `context` fingerprints what a body's rendering reads besides the
    /// body: which entry is at which URL, which files exist, the
    /// configuration.
    fn bodies(
        &self,
        entries: &[&Arc<Entry>],
        context: &dyn Fn() -> u64,
        render: &(dyn Fn(usize) -> (RenderedMarkdown, Vec<Diagnostic>) + Sync),
    ) -> Vec<Body> {
        let _ = context;
        (0..entries.len())
            .into_par_iter()
            .map(|i| {
                let (content, problems) = render(i);
                (Arc::new(content), problems)
            })
            .collect()
    }

    /// The taxonomies of `pages` (their fields resolved, their bodies not
    /// needed), made by `build` unless the same structure was seen before.
    fn taxonomies(
        &self,
        pages: &[Page],
        config: &Config,
        publish: &Publish,
        build: &dyn Fn() -> Vec<Taxonomy>,
    ) -> Vec<Taxonomy> {
        let _ = (pages, config, publish);
        build()
    }
}

/// Validate and cross-reference parsed entries into a [`Site`].
pub fn assemble(entries: Vec<Arc<Entry>>, inputs: Inputs<'_>) -> (Site, Diagnostics) {
    let mut diags = Diagnostics::new();
    let (published, withheld) = select_published(entries, &inputs, &mut diags);
    let mut pages = place_pages(published, &inputs.config, &mut diags);
    check_permalinks(&pages, &mut diags);
    check_section_lists(&pages, &inputs.config, &mut diags);
    let index = refs::Index::new(&pages, &withheld.slugs)
        .with_withheld_paths(withheld.paths)
        .with_claims(&inputs.claims);
    let mut vocabulary = FoldedNames::new(inputs.config.fields.iter().map(|f| (f, f)));
    let mut localities = FoldedNames::new(inputs.localities.iter());
    for page in &mut pages {
        page.fields = canonical_fields(&page.entry, &inputs.config, &mut vocabulary, &mut diags);
        page.links = refs::resolve(&page.entry, &index, &mut diags);
        page.locality_today = locality_today(&page.entry, &mut localities);
        if let EntryKind::Anniversary(a) = &page.entry.kind {
            page.next = calendar::next_occurrence(a, page.title(), inputs.publish.today);
        }
    }
    pages
        .par_iter_mut()
        .for_each(|p| p.sort_keys = SortKeys::of(p, inputs.collator));
    refs::break_parent_cycles(&mut pages, &mut diags);
    check_comment_periods(&pages, &inputs.holidays, &mut diags);
    let attached: Vec<assets::Attached> = pages
        .par_iter()
        .map(|p| assets::attach(p, inputs.fs, &index, &inputs.config))
        .collect();
    for (page, found) in pages.iter_mut().zip(attached) {
        diags.extend(found.problems);
        page.assets = found.assets;
        page.image_url = found.image_url;
        page.file = found.file;
    }
    render_markdown(&mut pages, &index, &inputs, &mut diags);
    let home_intro = inputs
        .home_intro
        .as_ref()
        .map(|e| links::render_body(e, &index, &inputs, &mut diags));
    let referrers = refs::referrers(&pages);
    let build_taxonomies = || taxonomy::build_all(&pages, &inputs.config, inputs.collator);
    let taxonomies =
        inputs
            .reuse
            .taxonomies(&pages, &inputs.config, &inputs.publish, &build_taxonomies);
    let mut copies: Vec<Asset> = pages
        .iter()
        .flat_map(|p| p.assets.iter().cloned())
        .collect();
    copies.extend(assets::loose_assets(
        &inputs.content_files,
        &index,
        &inputs.config,
    ));
    let decisions = honours::decisions_by_number(&pages);
    let honours = honours::roll(&pages, &decisions, inputs.collator);
    let site = Site {
        config: inputs.config,
        publish: inputs.publish,
        pages,
        referrers,
        taxonomies,
        home_intro,
        data: inputs.data,
        copies,
        index,
        left_out: withheld.left_out,
        holidays: inputs.holidays,
        decisions,
        honours,
    };
    (site, diags)
}

/// Decree 98/2023/NĐ-CP art. 46(2): nominees for high honours are put to
/// public comment for at least 10 working days; a shorter period is an
/// error naming the earliest valid closing day (both ends count).
fn check_comment_periods(pages: &[Page], holidays: &Holidays, diags: &mut Diagnostics) {
    const WORKING_DAYS: u32 = 10;
    for page in pages {
        let EntryKind::Nomination(n) = &page.entry.kind else {
            continue;
        };
        let (opens, closes) = (n.opens.value.first_day(), n.closes.value.first_day());
        let days = holidays.working_days_in(opens, closes);
        if days >= WORKING_DAYS {
            continue;
        }
        let earliest = holidays
            .nth_working_day(opens, WORKING_DAYS)
            .map(|d| crate::date::PartialDate::from_naive(d).iso())
            .unwrap_or_default();
        diags.push(
            Diagnostic::error(
                &page.entry.path,
                Some(n.closes.pos),
                msg!(
                    "T0215-too-short",
                    opens = n.opens.value.iso(),
                    closes = n.closes.value.iso(),
                    days = days
                ),
            )
            .with_help(msg!("T0215-help-earliest", earliest = earliest)),
        );
    }
}

/// Split entries into published and withheld (drafts, scheduled, no consent),
/// remembering the withheld ones so references to them get a clear message.
/// Entries left out of this build, for clear messages about links to them.
#[derive(Debug, Default)]
struct WithheldEntries {
    slugs: HashSet<(Section, String)>,
    paths: Vec<PathBuf>,
    left_out: LeftOut,
}

fn select_published(
    entries: Vec<Arc<Entry>>,
    inputs: &Inputs<'_>,
    diags: &mut Diagnostics,
) -> (Vec<Arc<Entry>>, WithheldEntries) {
    let mut withheld = WithheldEntries::default();
    let mut published = Vec::new();
    for entry in entries {
        let reason = withheld_reason(&entry, &inputs.config, inputs.publish);
        if let Some(reason) = reason {
            match reason {
                Withheld::Draft => withheld.left_out.drafts += 1,
                Withheld::Scheduled => withheld.left_out.scheduled += 1,
                Withheld::NoConsent => diags.push(
                    Diagnostic::warning(&entry.path, None, msg!("T0314-no-consent"))
                        .with_help(msg!("T0314-no-consent-help")),
                ),
            }
            withheld.slugs.insert((entry.section, slug_of(&entry)));
            withheld.paths.push(entry.path.clone());
        } else {
            published.push(entry);
        }
    }
    (published, withheld)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Withheld {
    Draft,
    Scheduled,
    NoConsent,
}

fn withheld_reason(entry: &Entry, config: &Config, publish: Publish) -> Option<Withheld> {
    if entry.common.draft && !publish.drafts {
        return Some(Withheld::Draft);
    }
    let scheduled = entry.section != Section::Events
        && entry
            .common
            .date
            .as_ref()
            .is_some_and(|d| d.value.day.first_day() > publish.today);
    if scheduled && !publish.future {
        return Some(Withheld::Scheduled);
    }
    if let EntryKind::Exemplar(x) = &entry.kind
        && config.require_consent
        && x.subject == Subject::Person
        && x.consent != Some(true)
    {
        return Some(Withheld::NoConsent);
    }
    None
}

/// The slug an entry asks for: its `slug:`, else its file's name.
fn slug_of(entry: &Entry) -> String {
    entry
        .common
        .slug
        .as_ref()
        .map_or_else(|| entry.file_slug.clone(), |s| s.value.clone())
}

fn place_pages(entries: Vec<Arc<Entry>>, config: &Config, diags: &mut Diagnostics) -> Vec<Page> {
    let mut pages = Vec::with_capacity(entries.len());
    for entry in entries {
        let slug = slug_of(&entry);
        let section_path = match entry.section {
            Section::Pages => "",
            s => config.section_path(s),
        };
        let Some(permalink) =
            Permalink::from_segments([section_path, slug.as_str()]).filter(|_| !slug.is_empty())
        else {
            let pos = entry.common.slug.as_ref().map(|s| s.pos);
            diags.push(
                Diagnostic::error(&entry.path, pos, msg!("T0301-no-slug"))
                    .with_help(msg!("T0301-no-slug-help")),
            );
            continue;
        };
        pages.push(Page {
            entry,
            slug,
            permalink,
            fields: Vec::new(),
            links: Links::default(),
            content: Arc::default(),
            assets: Vec::new(),
            image_url: None,
            file: None,
            locality_today: None,
            next: None,
            sort_keys: SortKeys::default(),
        });
    }
    pages
}

/// A free page (`content/pages/`) may not take the URL of a section's list
/// (`/guong-dien-hinh/`): the list would hide it, or it the list.
fn check_section_lists(pages: &[Page], config: &Config, diags: &mut Diagnostics) {
    for page in pages.iter().filter(|p| p.section() == Section::Pages) {
        let Some(section) = Section::ALL
            .into_iter()
            .filter(|s| *s != Section::Pages)
            .find(|s| config.section_path(*s) == page.slug)
        else {
            continue;
        };
        diags.push(url_error(
            page,
            msg!(
                "T0342-page-at-section-list",
                url = page.permalink.as_str(),
                section = section.key()
            ),
            msg!("T0342-page-at-section-list-help"),
        ));
    }
}

/// An error about a page's URL, at its `slug:` when it has one.
fn url_error(page: &Page, message: crate::i18n::Message, help: crate::i18n::Message) -> Diagnostic {
    let pos = page.entry.common.slug.as_ref().map(|s| s.pos);
    Diagnostic::error(&page.entry.path, pos, message).with_help(help)
}

fn check_permalinks(pages: &[Page], diags: &mut Diagnostics) {
    let mut seen: HashMap<&Permalink, &PathBuf> = HashMap::new();
    for page in pages {
        if let Some(first) = seen.insert(&page.permalink, &page.entry.path) {
            diags.push(url_error(
                page,
                msg!(
                    "T0302-same-url",
                    url = page.permalink.as_str(),
                    other = first.as_path()
                ),
                msg!("T0302-same-url-help"),
            ));
        }
        if reserved::is_list_slug(page.section(), &page.slug) {
            diags.push(
                Diagnostic::error(
                    &page.entry.path,
                    None,
                    msg!("T0303-url-of-a-list", url = page.permalink.as_str()),
                )
                .with_help(msg!("T0303-url-of-a-list-help")),
            );
        }
        if page.section() == Section::Pages && reserved::is_top_level(&page.slug) {
            diags.push(
                Diagnostic::error(
                    &page.entry.path,
                    None,
                    msg!("T0304-url-reserved", url = page.permalink.as_str()),
                )
                .with_help(msg!("T0304-url-reserved-help")),
            );
        }
    }
}

/// Names looked up by their folded spelling ([`crate::vietnamese::fold_key`]),
/// folded once rather than once per comparison. The first spelling wins.
/// Answers are remembered by exact spelling: ten thousand entries share a few
/// hundred spellings, and folding is the costly part.
struct FoldedNames<'a> {
    by_key: HashMap<String, &'a str>,
    answered: HashMap<String, Option<&'a str>>,
}

impl<'a> FoldedNames<'a> {
    fn new(pairs: impl Iterator<Item = (&'a String, &'a String)>) -> Self {
        let mut by_key = HashMap::new();
        for (name, value) in pairs {
            by_key
                .entry(crate::vietnamese::fold_key(name))
                .or_insert(value.as_str());
        }
        FoldedNames {
            by_key,
            answered: HashMap::new(),
        }
    }

    fn get(&mut self, name: &str) -> Option<&'a str> {
        if let Some(found) = self.answered.get(name) {
            return *found;
        }
        let found = self.by_key.get(&crate::vietnamese::fold_key(name)).copied();
        self.answered.insert(name.to_owned(), found);
        found
    }
}

fn canonical_fields(
    entry: &Entry,
    config: &Config,
    vocabulary: &mut FoldedNames<'_>,
    diags: &mut Diagnostics,
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for field in &entry.common.fields {
        match vocabulary.get(&field.value) {
            Some(name) if !out.iter().any(|f| f == name) => out.push(name.to_owned()),
            Some(_) => {}
            None => {
                let names: Vec<&str> = config.fields.iter().map(String::as_str).collect();
                let help = match crate::model::read::closest(&field.value, &names) {
                    Some(best) => msg!("T0305-unknown-field-did-you-mean", best = best),
                    None => msg!("T0305-unknown-field-help"),
                };
                diags.push(
                    Diagnostic::error(
                        &entry.path,
                        Some(field.pos),
                        msg!("T0305-unknown-field", field = &field.value),
                    )
                    .with_help(help),
                );
            }
        }
    }
    out
}

fn locality_today(entry: &Entry, localities: &mut FoldedNames<'_>) -> Option<String> {
    let EntryKind::Exemplar(x) = &entry.kind else {
        return None;
    };
    localities.get(&x.locality.value).map(str::to_owned)
}

fn render_markdown(
    pages: &mut [Page],
    index: &refs::Index,
    inputs: &Inputs<'_>,
    diags: &mut Diagnostics,
) {
    let options = MarkdownOptions {
        allow_html: inputs.config.allow_html,
    };
    let render = |page: &Page| {
        links::render_page(
            &page.entry,
            index,
            &options,
            inputs.highlighter,
            inputs.fs,
            &inputs.config,
        )
    };
    let results = {
        let pages: &[Page] = pages;
        let entries: Vec<&Arc<Entry>> = pages.iter().map(|p| &p.entry).collect();
        let context = || markdown_context_key(pages, index, inputs);
        inputs
            .reuse
            .bodies(&entries, &context, &|i| render(&pages[i]))
    };
    for (page, (content, problems)) in pages.iter_mut().zip(results) {
        page.content = content;
        diags.extend(problems);
    }
}

/// Hash of everything a body's rendering reads besides the body itself:
/// which entry is at which URL, which files exist, and the configuration.
fn markdown_context_key(pages: &[Page], index: &refs::Index, inputs: &Inputs<'_>) -> u64 {
    let mut h = fingerprint::Hasher::new();
    for p in pages {
        h.add(&(path_bytes(&p.entry.path), p.permalink.as_str()));
    }
    // Body images starting with `/` may come from the theme's static files.
    let theme_static = std::path::Path::new("themes")
        .join(&inputs.config.theme)
        .join("static");
    let listed = [std::path::Path::new("static"), theme_static.as_path()]
        .map(|dir| crate::source::list_optional(inputs.fs, dir));
    let files = listed.iter().filter_map(|l| l.as_ref().ok()).flatten();
    for file in inputs.content_files.iter().chain(files) {
        if !crate::source::is_ignored(file) {
            h.add(&path_bytes(file));
        }
    }
    // An unreadable folder is reported by the load (T0730), which then fails.
    for e in listed.iter().filter_map(|l| l.as_ref().err()) {
        h.add(&e.kind().to_string());
    }
    h.add(&(index.fingerprint(), &inputs.config));
    h.finish()
}
