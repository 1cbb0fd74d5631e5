//! Rendering the [`Site`] through a [`Theme`] into [`OutputFile`]s, handed
//! to an [`OutputSink`] as they are produced (pages are rendered in
//! parallel; each page's data is serialised once, in [`view::PageValues`]).
//! [`Prepared`] lists the pages and makes the site-wide files; which of
//! them a build renders, and when, is decided by `build::outputs`.

pub mod deps;
pub mod detail;
pub mod documents;
pub mod embed;
pub mod feeds;
pub mod honours;
pub mod listing;
pub mod meta;
pub mod related;
pub mod share_card;
pub mod sitemap;
pub mod statistics;
pub mod view;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use rayon::prelude::*;
use serde::Serialize;
use tera::{Context, Value};

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::model::{EntryKind, Section};
use crate::output::{OutputContent, OutputFile, OutputSink};
use crate::permalink::{Permalink, reserved};
use crate::site::{PageId, Site};
use crate::source::SourceFs;
use crate::theme::Theme;
use crate::vietnamese::VietnameseCollator;

use listing::Listing;
use meta::PageKind;

/// Why rendering stopped.
#[derive(Debug)]
pub enum RenderFailure {
    /// Template problems, as diagnostics (each distinct problem once).
    Templates(Diagnostics),
    /// Writing failed (disk full, permissions…), with the path in context.
    Io(anyhow::Error),
}

/// What one render produced.
#[derive(Debug, Clone, Default)]
pub struct RenderReport {
    pub pages: usize,
    pub files: usize,
    /// Share cards drawn (the others were copied from the cache).
    pub cards_drawn: usize,
    /// Problems that did not stop the render (the share cards' cache
    /// could not be written).
    pub warnings: Vec<Diagnostic>,
}

/// One page to render.
#[derive(Debug, Clone, PartialEq)]
pub enum Job {
    Entry(PageId),
    List {
        listing: usize,
        page: usize,
    },
    TaxonomyIndex(usize),
    Home,
    Portal(&'static PortalPage),
    /// A page of the honour roll (`honours.html`).
    Honours(honours::HonourPage),
    Backdrop(PageId),
    Embed(PageId),
    NotFound,
}

/// The values computed from the whole site that pages share; `serve`
/// carries them over from the previous build when their inputs are equal.
pub struct Shared {
    /// Each page's summary, serialised once.
    pub summaries: Vec<Arc<Value>>,
    /// Related exemplars of each page.
    pub related: Arc<Vec<Vec<PageId>>>,
    pub listings: Arc<Vec<Listing>>,
    /// Each page's embed view, when a rebuild carried them over (none:
    /// [`prepare`] makes them).
    pub embeds: Option<Vec<Option<Arc<embed::EmbedView>>>>,
}

impl Shared {
    pub fn compute(site: &Site, collator: &VietnameseCollator) -> Shared {
        Shared {
            summaries: summaries(site, 0..site.pages.len()),
            related: Arc::new(related::related_exemplars(site)),
            listings: Arc::new(listing::all(site, collator)),
            embeds: None,
        }
    }
}

/// The summaries of pages `ids`, in parallel.
pub fn summaries(site: &Site, ids: std::ops::Range<PageId>) -> Vec<Arc<Value>> {
    site.pages[ids]
        .par_iter()
        .map(|p| Arc::new(Value::from_serializable(&view::summary(site, p))))
        .collect()
}

/// Everything the pages of one build share, and the pages to render.
pub struct Prepared<'a> {
    pub site: &'a Site,
    theme: &'a Theme,
    pub values: view::PageValues,
    pub listings: Arc<Vec<Listing>>,
    base: Context,
    /// Hash of the site-wide values every page receives (`site`, `data`).
    pub base_key: u64,
    pub embeds: embed::Embeds,
    pub jobs: Vec<Job>,
    /// What each page of the honour roll shows, hashed, made when first
    /// asked ([`deps`]: `serve` asks, a build does not).
    honour_keys: std::sync::OnceLock<std::collections::HashMap<honours::HonourPage, u64>>,
}

/// Compute what pages share and list the pages.
pub fn prepare<'a>(site: &'a Site, theme: &'a Theme, shared: Shared) -> Prepared<'a> {
    let (base, base_key) = base_context(site, theme);
    let embeds = if theme.has_template("embed.html") {
        match shared.embeds {
            Some(views) => embed::Embeds { views },
            None => embed::prepare(site),
        }
    } else {
        embed::Embeds::none(site.pages.len())
    };
    let jobs = jobs(site, &shared.listings, theme, &embeds);
    Prepared {
        site,
        theme,
        values: view::PageValues {
            summaries: shared.summaries,
            related: shared.related,
        },
        listings: shared.listings,
        base,
        base_key,
        embeds,
        jobs,
        honour_keys: std::sync::OnceLock::new(),
    }
}

impl Prepared<'_> {
    /// Frees the pages' summaries once every page is rendered: what comes
    /// after (feeds, the search index, sitemap, oEmbed data, share cards,
    /// claims) reads none. `serve`'s records keep their own share of each
    /// summary. No page may be rendered afterwards.
    pub fn release_page_values(&mut self) {
        self.values.summaries = Vec::new();
    }

    /// [`honours::inputs_keys`], made once.
    fn honour_key(&self, page: honours::HonourPage) -> u64 {
        let keys = self
            .honour_keys
            .get_or_init(|| honours::inputs_keys(self.site));
        keys.get(&page).copied().unwrap_or_default()
    }

    fn renderer(&self) -> Renderer<'_> {
        Renderer {
            site: self.site,
            theme: self.theme,
            values: &self.values,
            listings: &self.listings,
            base: &self.base,
            embeds: &self.embeds,
        }
    }

    /// The template `job` is drawn with.
    pub fn template_of(&self, job: &Job) -> &'static str {
        self.renderer().template(job)
    }

    /// The output file of `job` (none when the page is not produced).
    pub fn output_path(&self, job: &Job) -> Option<String> {
        self.renderer().output_path(job)
    }

    /// Who produces the output of `job`, for [`Claims`].
    pub fn claimant(&self, job: &Job) -> Claimant {
        match job {
            Job::Entry(id) => Claimant::Entry(self.site.pages[*id].entry.path.clone()),
            _ => Claimant::SitePage(self.template_of(job)),
        }
    }

    /// Render `jobs` in parallel into `sink`; template errors are collected
    /// (each distinct one once) rather than stopping at the first.
    pub fn render_jobs<'j>(
        &self,
        jobs: impl IntoParallelIterator<Item = &'j Job>,
        sink: &dyn OutputSink,
    ) -> Result<(), RenderFailure> {
        let renderer = self.renderer();
        let errors: Mutex<BTreeMap<String, Diagnostic>> = Mutex::new(BTreeMap::new());
        jobs.into_par_iter()
            .try_for_each(|job| match renderer.render(job) {
                Ok(Some(file)) => sink.write(file).map_err(RenderFailure::Io),
                Ok(None) => Ok(()),
                Err(d) => {
                    errors
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .entry(d.to_string())
                        .or_insert(d);
                    Ok(())
                }
            })?;
        let errors = errors.into_inner().unwrap_or_else(|e| e.into_inner());
        if errors.is_empty() {
            Ok(())
        } else {
            Err(RenderFailure::Templates(errors.into_values().collect()))
        }
    }

    /// The files made from the whole site rather than one page: sitemap,
    /// the search `index` (built by the caller), oEmbed responses, and the
    /// static files to copy (a static folder that cannot be listed is an
    /// error with its path; the load reports it first, as T0730).
    pub fn site_files(&self, fs: &dyn SourceFs) -> Result<Vec<OutputFile>, RenderFailure> {
        let honour_pages: Vec<Permalink> = self
            .jobs
            .iter()
            .filter_map(|j| match j {
                Job::Honours(page) => page.permalink(),
                _ => None,
            })
            .collect();
        let mut files = sitemap::files(self.site, &self.listings, &honour_pages);
        files.extend(embed::oembed_files(self.site, &self.embeds.views));
        files.extend(static_copies(self.site, self.theme, fs).map_err(RenderFailure::Io)?);
        Ok(files)
    }

    /// Claims every output path once ([`Claims`]): the pages' jobs, the
    /// generated site files of `files` and `feeds`, then the copies in
    /// `files`. On success, generated files that `overrides:` lets a copy
    /// replace are dropped from `files`; otherwise the problems name both
    /// claimants. `build` and `serve` both go through here.
    pub fn claim_outputs(
        &self,
        files: &mut Vec<OutputFile>,
        feeds: &[String],
    ) -> Result<(), RenderFailure> {
        self.claim(files, feeds, true)
    }

    /// [`Prepared::claim_outputs`] when the jobs are known to claim
    /// `job_paths` without a conflict among them (`serve`: the same jobs as
    /// a build whose claims passed): only the site-wide files are claimed,
    /// unless one of them falls on a page's path (then everything is, for
    /// the same result and messages).
    pub fn claim_site_files(
        &self,
        files: &mut Vec<OutputFile>,
        feeds: &[String],
        job_paths: &std::collections::HashSet<&str>,
    ) -> Result<(), RenderFailure> {
        let paths = files.iter().map(|f| f.path.as_str());
        let on_a_page = paths
            .chain(feeds.iter().map(String::as_str))
            .any(|p| job_paths.contains(p));
        self.claim(files, feeds, on_a_page)
    }

    fn claim(
        &self,
        files: &mut Vec<OutputFile>,
        feeds: &[String],
        with_jobs: bool,
    ) -> Result<(), RenderFailure> {
        let mut claims = Claims::new(self.site);
        for job in self.jobs.iter().filter(|_| with_jobs) {
            if let Some(path) = self.output_path(job) {
                claims.generated(path, self.claimant(job));
            }
        }
        let generated = files.iter().filter(|f| is_generated(f)).map(|f| &f.path);
        for path in generated.chain(feeds) {
            claims.generated(path.clone(), Claimant::site_file(path));
        }
        // The theme's own static files may be replaced by the site's.
        let theme_dirs = &self.theme.static_dirs[..self.theme.static_dirs.len().saturating_sub(1)];
        for f in files.iter().filter(|f| !is_generated(f)) {
            if let OutputContent::Copy(src) = &f.content
                && !theme_dirs.iter().any(|d| src.starts_with(d))
            {
                claims.copied(f.path.clone(), src);
            }
        }
        let (problems, overridden) = claims.finish();
        if problems.has_errors() {
            return Err(RenderFailure::Templates(problems));
        }
        files.retain(|f| !is_generated(f) || !overridden.contains(&f.path));
        Ok(())
    }
}

/// Whether the build makes `file` (a page, a feed, a share card copied from
/// its cache) rather than copying it from the site.
fn is_generated(file: &OutputFile) -> bool {
    match &file.content {
        OutputContent::Bytes(_) => true,
        OutputContent::Copy(src) => src.starts_with(share_card::CACHE_DIR),
    }
}

/// Who produces an output file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Claimant {
    /// The page of an entry.
    Entry(PathBuf),
    /// A page of the portal drawn with this template (a list, an index…).
    SitePage(&'static str),
    /// A file the site writes itself: `feed`, `sitemap`, `search` (index),
    /// `embed` (oEmbed data), `share-card`.
    SiteFile(&'static str),
    /// A file copied from the site: `static/…` or an entry's asset.
    Copy(PathBuf),
}

impl Claimant {
    /// The claimant of a site-wide file, by what its path says it is.
    fn site_file(path: &str) -> Claimant {
        let name = path.rsplit('/').next().unwrap_or(path);
        Claimant::SiteFile(match name {
            "feed.xml" | "feed.json" => "feed",
            _ if name.starts_with(reserved::OPEN_CONSULTATIONS) => "feed",
            "sitemap.xml" | "robots.txt" => "sitemap",
            _ if embed::is_oembed_file(path) => "embed",
            _ if path.starts_with(reserved::SHARE_CARDS) => "share-card",
            _ if path.starts_with(crate::search::INDEX_DIR) => "search",
            _ => "other",
        })
    }

    fn describe(&self) -> crate::i18n::Message {
        match self {
            Claimant::Entry(file) => crate::msg!("claims-entry-page", file = file.as_path()),
            Claimant::SitePage(template) => crate::msg!("claims-site-page", template = *template),
            Claimant::SiteFile(kind) => crate::msg!("claims-site-file", kind = *kind),
            Claimant::Copy(file) => crate::msg!("claims-copied-file", file = file.as_path()),
        }
    }
}

/// The one claimant of every output file; a second claimant is a problem
/// naming both, except a copied file replacing a generated one that
/// `overrides:` names.
pub struct Claims<'a> {
    site: &'a Site,
    by_path: std::collections::HashMap<String, Claimant>,
    problems: Diagnostics,
    overridden: std::collections::HashSet<String>,
}

impl<'a> Claims<'a> {
    pub fn new(site: &'a Site) -> Claims<'a> {
        Claims {
            site,
            by_path: std::collections::HashMap::new(),
            problems: Diagnostics::new(),
            overridden: std::collections::HashSet::new(),
        }
    }

    /// A file the build generates.
    pub fn generated(&mut self, path: String, claimant: Claimant) {
        let Some(first) = self.by_path.get(&path) else {
            self.by_path.insert(path, claimant);
            return;
        };
        if *first == claimant {
            return;
        }
        let file = match (first, &claimant) {
            (_, Claimant::Entry(f)) | (Claimant::Entry(f), _) => f.clone(),
            _ => PathBuf::from(crate::config::CONFIG_FILE),
        };
        self.problems.push(
            Diagnostic::error(
                file,
                None,
                crate::msg!(
                    "T0341-url-generated-twice",
                    url = url_of(&path),
                    first = first.describe(),
                    second = claimant.describe()
                ),
            )
            .with_help(crate::msg!("T0341-url-generated-twice-help")),
        );
    }

    /// A file copied from `source` (site static file or entry asset).
    pub fn copied(&mut self, path: String, source: &std::path::Path) {
        let claimant = Claimant::Copy(source.to_path_buf());
        let Some(first) = self.by_path.get(&path) else {
            self.by_path.insert(path, claimant);
            return;
        };
        if *first == claimant {
            return;
        }
        let generated = !matches!(first, Claimant::Copy(_));
        if generated && self.site.config.overrides.contains(&path) {
            self.overridden.insert(path.clone());
            self.by_path.insert(path, claimant);
            return;
        }
        let help = if generated {
            crate::msg!("T0340-file-replaces-output-help", path = path.as_str())
        } else {
            crate::msg!("T0340-file-replaces-file-help")
        };
        self.problems.push(
            Diagnostic::error(
                source,
                None,
                crate::msg!(
                    "T0340-file-replaces-output",
                    url = url_of(&path),
                    other = first.describe()
                ),
            )
            .with_help(help),
        );
    }

    /// The problems found, and the generated files replaced on purpose.
    pub fn finish(self) -> (Diagnostics, std::collections::HashSet<String>) {
        (self.problems.sorted(), self.overridden)
    }
}

/// The URL of an output path: `tim-kiem/index.html` → `/tim-kiem/`.
fn url_of(path: &str) -> String {
    match path.strip_suffix("index.html") {
        Some(dir) if dir.is_empty() || dir.ends_with('/') => format!("/{dir}"),
        _ => format!("/{path}"),
    }
}

/// A page of the portal itself at a fixed URL, produced when the theme has
/// its template.
#[derive(Debug)]
pub struct PortalPage {
    /// `current.kind` and the context key of its value.
    kind: PageKind,
    path: &'static str,
    template: &'static str,
    title: &'static str,
    value: Option<fn(&Site, &view::PageValues) -> Value>,
}

/// Portal pages are statics: one is equal only to itself.
impl PartialEq for PortalPage {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

const PORTAL_PAGES: [PortalPage; 3] = [
    PortalPage {
        kind: PageKind::Calendar,
        path: reserved::CALENDAR,
        template: "calendar.html",
        title: "Lịch kỷ niệm",
        value: Some(listing::calendar_value),
    },
    PortalPage {
        kind: PageKind::Statistics,
        path: reserved::STATISTICS,
        template: "statistics.html",
        title: "Thống kê",
        value: Some(|site, _| statistics::statistics_value(site)),
    },
    PortalPage {
        kind: PageKind::Search,
        path: reserved::SEARCH,
        template: "search.html",
        title: "Tìm kiếm",
        value: None,
    },
];

/// Every page to render; pages whose optional template the theme lacks are
/// not jobs at all (so the page count is what is written).
fn jobs(site: &Site, listings: &[Listing], theme: &Theme, embeds: &embed::Embeds) -> Vec<Job> {
    let mut jobs: Vec<Job> = (0..site.pages.len()).map(Job::Entry).collect();
    for (i, l) in listings.iter().enumerate() {
        jobs.extend(
            (1..=l.page_count(site.config.paginate)).map(|page| Job::List { listing: i, page }),
        );
    }
    jobs.extend((0..site.taxonomies.len()).map(Job::TaxonomyIndex));
    jobs.extend([Job::Home, Job::NotFound]);
    jobs.extend(
        PORTAL_PAGES
            .iter()
            .filter(|p| theme.has_template(p.template))
            .map(Job::Portal),
    );
    if theme.has_template(HONOURS_TEMPLATE) {
        jobs.extend(honours::pages(site).into_iter().map(Job::Honours));
    }
    if theme.has_template("backdrop.html") {
        jobs.extend(
            site.pages
                .iter()
                .enumerate()
                .filter(
                    |(_, p)| matches!(&p.entry.kind, EntryKind::Event(e) if e.backdrop.is_some()),
                )
                .map(|(id, _)| Job::Backdrop(id)),
        );
    }
    jobs.extend(
        (0..site.pages.len())
            .filter(|id| embeds.views[*id].is_some())
            .map(Job::Embed),
    );
    jobs
}

struct Renderer<'a> {
    site: &'a Site,
    theme: &'a Theme,
    values: &'a view::PageValues,
    listings: &'a [Listing],
    base: &'a Context,
    embeds: &'a embed::Embeds,
}

#[derive(Serialize)]
struct Current<'a> {
    kind: PageKind,
    url: &'a str,
    permalink: String,
    title: &'a str,
    breadcrumbs: Vec<Crumb>,
}

#[derive(Serialize)]
pub struct Crumb {
    pub title: String,
    pub url: String,
}

impl Renderer<'_> {
    #[allow(clippy::result_large_err)] // a Diagnostic is returned as it is
    fn render(&self, job: &Job) -> Result<Option<OutputFile>, Diagnostic> {
        let mut ctx = self.base.clone();
        let Some(out_path) = self.output_path(job) else {
            return Ok(None);
        };
        self.fill(job, &mut ctx);
        let html = self.theme.render(self.template(job), &ctx)?;
        Ok(Some(OutputFile {
            path: out_path,
            content: OutputContent::Bytes(html),
        }))
    }

    /// The template `job` is drawn with.
    fn template(&self, job: &Job) -> &'static str {
        match job {
            Job::Entry(id) => entry_template(self.site.pages[*id].section()),
            Job::List { listing, .. } => self.listings[*listing].template,
            Job::TaxonomyIndex(_) => "taxonomy.html",
            Job::Home => "home.html",
            Job::Portal(portal) => portal.template,
            Job::Honours(_) => HONOURS_TEMPLATE,
            Job::Backdrop(_) => "backdrop.html",
            Job::Embed(_) => "embed.html",
            Job::NotFound => "404.html",
        }
    }

    /// The output file of `job` (none when the page is not produced).
    fn output_path(&self, job: &Job) -> Option<String> {
        let site = self.site;
        let permalink = match job {
            Job::Entry(id) => site.pages[*id].permalink.clone(),
            Job::List { listing, page } => self.listings[*listing].permalink.page(*page),
            Job::TaxonomyIndex(i) => site.taxonomies[*i].permalink.clone(),
            Job::Home => Permalink::root(),
            Job::Portal(portal) => Permalink::from_segments([portal.path])?,
            Job::Honours(page) => page.permalink()?,
            Job::Backdrop(id) => site.pages[*id].permalink.child(BACKDROP)?,
            Job::Embed(id) => {
                let view = self.embeds.views[*id].as_ref()?;
                return Some(view.url.trim_start_matches('/').to_owned());
            }
            Job::NotFound => return Some("404.html".to_owned()),
        };
        Some(permalink.output_path())
    }

    /// The breadcrumb of an entry's section list ("Sự kiện"), if it has one.
    fn section_crumbs(&self, section: Section) -> Vec<Crumb> {
        Permalink::section_list(self.site.config.section_path(section))
            .map(|list| Crumb {
                title: section.title().into(),
                url: list.to_string(),
            })
            .into_iter()
            .collect()
    }

    /// Put the job's values into `ctx` (its [`Self::output_path`] exists).
    fn fill(&self, job: &Job, ctx: &mut Context) {
        match job {
            Job::Entry(id) => {
                let page = &self.site.pages[*id];
                let value = detail::entry_value(self.site, *id, self.values);
                ctx.insert_value("page", self.embeds.attach(value, *id));
                let crumbs = self.section_crumbs(page.section());
                let (p, title) = (&page.permalink, page.title());
                self.current_entry(ctx, PageKind::Entry, p.as_str(), title, crumbs, Some(*id));
            }
            Job::List { listing, page } => {
                let l = &self.listings[*listing];
                let permalink = l.permalink.page(*page);
                l.insert(ctx, *page, self.site, self.values);
                self.current(ctx, l.kind, &permalink, &l.title, l.crumbs());
            }
            Job::TaxonomyIndex(i) => {
                let t = &self.site.taxonomies[*i];
                ctx.insert_value("taxonomy", listing::taxonomy_value(t));
                self.current(
                    ctx,
                    PageKind::Taxonomy,
                    &t.permalink,
                    t.kind.title(),
                    vec![],
                );
            }
            Job::Home => {
                ctx.insert_value(
                    "home",
                    listing::home_value(self.site, self.values, self.listings),
                );
                let root = Permalink::root();
                self.current(ctx, PageKind::Home, &root, &self.site.config.title, vec![]);
            }
            Job::Portal(portal) => {
                let Some(p) = Permalink::from_segments([portal.path]) else {
                    return;
                };
                if let Some(value) = portal.value {
                    ctx.insert_value(portal.kind.key(), value(self.site, self.values));
                }
                self.current(ctx, portal.kind, &p, portal.title, vec![]);
            }
            Job::Honours(page) => {
                let Some(p) = page.permalink() else {
                    return;
                };
                ctx.insert_value("honours", honours::value(self.site, *page));
                let crumbs = match page {
                    honours::HonourPage::Index => vec![],
                    _ => honours::HonourPage::Index
                        .permalink()
                        .map(|index| Crumb {
                            title: honours::TITLE.into(),
                            url: index.to_string(),
                        })
                        .into_iter()
                        .collect(),
                };
                self.current(ctx, PageKind::Honours, &p, &page.title(), crumbs);
            }
            Job::Backdrop(id) => {
                let page = &self.site.pages[*id];
                let Some(p) = page.permalink.child(BACKDROP) else {
                    return;
                };
                ctx.insert_value("page", detail::entry_value(self.site, *id, self.values));
                let mut crumbs = self.section_crumbs(page.section());
                crumbs.push(Crumb {
                    title: page.title().to_owned(),
                    url: page.permalink.to_string(),
                });
                self.current(ctx, PageKind::Backdrop, &p, "Phông nền", crumbs);
            }
            Job::Embed(id) => {
                let Some(view) = &self.embeds.views[*id] else {
                    return;
                };
                let value = detail::entry_value(self.site, *id, self.values);
                ctx.insert_value("page", self.embeds.attach(value, *id));
                let title = self.site.pages[*id].title();
                self.current_entry(ctx, PageKind::Embed, &view.url, title, vec![], Some(*id));
            }
            Job::NotFound => {
                let p = Permalink::root();
                self.current(ctx, PageKind::NotFound, &p, "Không tìm thấy trang", vec![]);
            }
        }
    }

    fn current(
        &self,
        ctx: &mut Context,
        kind: PageKind,
        p: &Permalink,
        title: &str,
        breadcrumbs: Vec<Crumb>,
    ) {
        self.current_entry(ctx, kind, p.as_str(), title, breadcrumbs, None);
    }

    /// `current` and `page_meta` of a page (`entry`: the entry it shows).
    fn current_entry(
        &self,
        ctx: &mut Context,
        kind: PageKind,
        url: &str,
        title: &str,
        breadcrumbs: Vec<Crumb>,
        entry: Option<PageId>,
    ) {
        let info = meta::PageInfo {
            kind,
            url,
            title,
            breadcrumbs: &breadcrumbs,
            entry,
            oembed: entry.and_then(|id| Some(self.embeds.views[id].as_ref()?.oembed_url.as_str())),
        };
        ctx.insert_value("page_meta", meta::page_meta(self.site, &info));
        let current = Current {
            kind,
            url,
            permalink: crate::permalink::absolute(&self.site.config.base_url, url),
            title,
            breadcrumbs,
        };
        ctx.insert_value("current", Value::from_serializable(&current));
    }
}

fn entry_template(section: Section) -> &'static str {
    match section {
        Section::Exemplars => "exemplar.html",
        Section::Campaigns => "campaign.html",
        Section::Anniversaries => "anniversary.html",
        Section::Events => "event.html",
        Section::Documents => "document.html",
        Section::News => "news.html",
        Section::Decisions => "decision.html",
        Section::Nominations => "nomination.html",
        Section::Pages => "page.html",
    }
}

#[derive(Serialize)]
struct MenuItem {
    key: &'static str,
    title: &'static str,
    url: String,
}

#[derive(Serialize)]
struct SiteView<'a> {
    title: &'a str,
    description: Option<&'a str>,
    base_url: &'a str,
    language: &'a str,
    organisation: Option<&'a str>,
    contact: &'a crate::config::Contact,
    menu: Vec<MenuItem>,
    taxonomies: Vec<Crumb>,
    /// Free pages (giới thiệu, liên hệ) for the footer.
    pages: Vec<Crumb>,
    fields: &'a [String],
    /// Portal-wide pages: the anniversary calendar, statistics.
    tools: Vec<Crumb>,
    today: view::DateView,
    generator: String,
}

fn base_context(site: &Site, theme: &Theme) -> (Context, u64) {
    let config = &site.config;
    let menu = Section::ALL
        .iter()
        .filter(|s| **s != Section::Pages)
        .filter_map(|s| {
            Some(MenuItem {
                key: s.key(),
                title: s.title(),
                url: Permalink::section_list(config.section_path(*s))?.to_string(),
            })
        })
        .collect();
    let pages = site
        .pages_in(Section::Pages)
        .map(|(_, p)| Crumb {
            title: p.title().to_owned(),
            url: p.permalink.to_string(),
        })
        .collect();
    let taxonomies = site
        .taxonomies
        .iter()
        .map(|t| Crumb {
            title: t.kind.title().into(),
            url: t.permalink.to_string(),
        })
        .collect();
    let view = SiteView {
        title: &config.title,
        description: config.description.as_deref(),
        base_url: &config.base_url,
        language: &config.language,
        organisation: config.organisation.as_deref(),
        contact: &config.contact,
        menu,
        taxonomies,
        pages,
        fields: &config.fields,
        tools: [
            Some(Crumb {
                title: "Lịch kỷ niệm".into(),
                url: "/lich-ky-niem/".into(),
            }),
            // The honour roll only when the theme can show it.
            honours::HonourPage::Index
                .permalink()
                .filter(|_| theme.has_template(HONOURS_TEMPLATE))
                .map(|p| Crumb {
                    title: honours::TITLE.into(),
                    url: p.to_string(),
                }),
            Some(Crumb {
                title: "Thống kê".into(),
                url: "/thong-ke/".into(),
            }),
            Some(Crumb {
                title: "Tìm kiếm".into(),
                url: "/tim-kiem/".into(),
            }),
        ]
        .into_iter()
        .flatten()
        .collect(),
        today: view::DateView::of(crate::date::PartialDate::from_naive(site.publish.today)),
        generator: format!("thidua {}", env!("CARGO_PKG_VERSION")),
    };
    let key = crate::fingerprint::of(&(
        serde_json::to_string(&view).unwrap_or_default(),
        site.data.to_string(),
    ));
    let mut ctx = Context::new();
    ctx.insert_value("site", Value::from_serializable(&view));
    ctx.insert("data", &site.data);
    (ctx, key)
}

/// The template of the honour roll's pages; without it there is no roll.
pub const HONOURS_TEMPLATE: &str = "honours.html";

/// Path segment of an event's printable stage backdrop page.
pub const BACKDROP: &str = "phong-nen";

/// Theme static, then site static (site files win), then entry assets.
fn static_copies(site: &Site, theme: &Theme, fs: &dyn SourceFs) -> anyhow::Result<Vec<OutputFile>> {
    let mut by_output: BTreeMap<String, PathBuf> = BTreeMap::new();
    for dir in &theme.static_dirs {
        for file in crate::source::list_or_fail(fs, dir)? {
            if let Ok(rel) = file.strip_prefix(dir) {
                by_output.insert(crate::diagnostic::display_path(rel), file.clone());
            }
        }
    }
    for asset in &site.copies {
        by_output.insert(asset.output.clone(), asset.source.clone());
    }
    Ok(by_output
        .into_iter()
        .map(|(path, src)| OutputFile {
            path,
            content: OutputContent::Copy(src),
        })
        .collect())
}
