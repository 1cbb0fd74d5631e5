//! The one render orchestrator: which output files a build produces and in
//! what order. The pages of the site are rendered (all of them, or those a
//! [`RenderReuse`] says changed), then the site-wide files are made from the
//! whole site — feeds (streamed to the sink), sitemap, the search index,
//! oEmbed data, share cards and static copies — and every output is
//! claimed once. What a rebuild may reuse (pages, shared values, the search
//! index's extractions, share cards) it says through [`RenderReuse`].
//!
//! A full build is a rebuild with no previous state ([`NoCache`]); `serve`'s
//! session only supplies what it can reuse and collects the files in memory.

use rayon::prelude::*;

use crate::output::{OutputFile, OutputSink};
use crate::render::{self, Job, Prepared, RenderFailure, RenderReport, Shared, feeds, share_card};
use crate::site::Site;
use crate::source::SourceFs;
use crate::vietnamese::VietnameseCollator;

use super::{BuildError, Loaded, NoCache};

/// What a render may take from an earlier one. The default methods take
/// nothing and render everything.
pub trait RenderReuse {
    /// The values pages share (summaries, related exemplars, lists),
    /// computed or carried over.
    fn shared(&mut self, site: &Site, collator: &VietnameseCollator) -> Shared {
        Shared::compute(site, collator)
    }

    /// The jobs to render; the outputs of the others are still valid.
    fn to_render<'p>(&mut self, prepared: &'p Prepared<'_>) -> Vec<&'p Job> {
        prepared.jobs.iter().collect()
    }

    /// The pages are in the sink. `false` leaves the site-wide files to a
    /// later render (more changes are already waiting).
    fn pages_rendered(&mut self, prepared: &Prepared<'_>) -> bool {
        let _ = prepared;
        true
    }

    /// Claims every output ([`render::Prepared::claim_outputs`]).
    fn claim(
        &mut self,
        prepared: &Prepared<'_>,
        files: &mut Vec<OutputFile>,
        streamed: &[String],
    ) -> Result<(), RenderFailure> {
        prepared.claim_outputs(files, streamed)
    }

    /// Writes the feeds into `sink` ([`feeds::write`]) and gives the paths
    /// of all of them (claimed with the other outputs afterwards).
    fn feeds(&mut self, site: &Site, sink: &dyn OutputSink) -> anyhow::Result<Vec<String>> {
        feeds::write(site, sink)
    }

    /// Writes the search index's files ([`crate::search::index_files`])
    /// into `sink`, streamed like the feeds, and gives their paths (claimed
    /// with the other outputs afterwards).
    fn search_index(&mut self, site: &Site, sink: &dyn OutputSink) -> anyhow::Result<Vec<String>> {
        write_index(site, sink)
    }

    /// Every share card of the site ([`share_card::cards`]).
    fn cards(&mut self, site: &Site, fs: &dyn SourceFs) -> Vec<share_card::Card> {
        share_card::cards(site, fs)
    }

    /// The share cards' files: copied from the site's cache, the missing
    /// ones drawn and cached.
    fn share_cards(
        &mut self,
        cards: &[share_card::Card],
        fs: &dyn SourceFs,
    ) -> share_card::CardFiles {
        share_card::files(cards, fs)
    }
}

impl RenderReuse for NoCache {}

/// A whole build's render: nothing reused, the search index already
/// written before the pages (see [`super::build`]): these are its paths.
pub(super) struct Indexed(pub Vec<String>);

impl RenderReuse for Indexed {
    fn search_index(&mut self, _: &Site, _: &dyn OutputSink) -> anyhow::Result<Vec<String>> {
        Ok(std::mem::take(&mut self.0))
    }
}

/// Writes the search index of `site` into `sink`; its paths.
pub(super) fn write_index(site: &Site, sink: &dyn OutputSink) -> anyhow::Result<Vec<String>> {
    write_streamed(crate::search::index_files(site), sink)
}

/// [`write_index`], freeing each page's Markdown body once the index has
/// read it (a whole build: nothing reads them afterwards).
pub(super) fn write_index_releasing_bodies(
    site: &mut Site,
    sink: &dyn OutputSink,
) -> anyhow::Result<Vec<String>> {
    write_streamed(crate::search::index_files_releasing_bodies(site), sink)
}

/// Writes `files` into `sink` now (their paths are claimed later, with the
/// other outputs); their paths.
pub fn write_streamed(
    files: Vec<OutputFile>,
    sink: &dyn OutputSink,
) -> anyhow::Result<Vec<String>> {
    let paths = files.iter().map(|f| f.path.clone()).collect();
    sink.expect(files.len());
    files.into_par_iter().try_for_each(|f| sink.write(f))?;
    Ok(paths)
}

/// Render every page and make every site-wide file of `loaded` into `sink`.
pub fn render_site(
    loaded: &Loaded,
    fs: &dyn SourceFs,
    sink: &dyn OutputSink,
) -> Result<RenderReport, BuildError> {
    render_with(loaded, fs, &mut NoCache, sink)
}

/// [`render_site`], rendering only the pages `reuse` asks for. Every output
/// file is claimed once ([`render::Claims`]): a file of `static/` or an
/// entry's asset that would replace a generated file, or two generated
/// pages at one URL, fail the render, unless `overrides:` names that file.
pub fn render_with(
    loaded: &Loaded,
    fs: &dyn SourceFs,
    reuse: &mut dyn RenderReuse,
    sink: &dyn OutputSink,
) -> Result<RenderReport, BuildError> {
    let site = &loaded.site;
    let shared = reuse.shared(site, &loaded.collator);
    let mut prepared = render::prepare(site, &loaded.theme, shared);
    let todo = reuse.to_render(&prepared);
    sink.expect(todo.len());
    prepared.render_jobs(todo.par_iter().copied(), sink)?;
    let pages = prepared.jobs.len();
    if !reuse.pages_rendered(&prepared) {
        return Ok(RenderReport {
            pages,
            files: pages,
            ..RenderReport::default()
        });
    }
    // The site-wide files read no page's summary: freed now, the ~360 MiB
    // the summaries take at 100,000 entries are reused by those files
    // instead of adding to the build's peak.
    prepared.release_page_values();
    let site_files = site_files(&prepared, fs, reuse, sink)?;
    Ok(RenderReport {
        pages,
        files: pages + site_files.count,
        cards_drawn: site_files.cards_drawn,
        warnings: site_files.problem.into_iter().collect(),
    })
}

/// The files made from the whole site rather than one page, into `sink`:
/// feeds and the search index first (streamed as they are made), then,
/// once every output is claimed, sitemap, oEmbed data, share cards and
/// static copies.
fn site_files(
    prepared: &Prepared<'_>,
    fs: &dyn SourceFs,
    reuse: &mut dyn RenderReuse,
    sink: &dyn OutputSink,
) -> Result<SiteFiles, BuildError> {
    let mut streamed = reuse
        .feeds(prepared.site, sink)
        .map_err(RenderFailure::Io)?;
    let feed_count = streamed.len();
    let index = reuse
        .search_index(prepared.site, sink)
        .map_err(RenderFailure::Io)?;
    let count = feed_count + index.len();
    streamed.extend(index);
    let mut files = prepared.site_files(fs)?;
    let cards = reuse.cards(prepared.site, fs);
    let cards = reuse.share_cards(&cards, fs);
    files.extend(cards.files);
    reuse.claim(prepared, &mut files, &streamed)?;
    let count = count + files.len();
    sink.expect(files.len());
    files
        .into_par_iter()
        .try_for_each(|f| sink.write(f))
        .map_err(RenderFailure::Io)?;
    Ok(SiteFiles {
        count,
        cards_drawn: cards.drawn,
        problem: cards.problem,
    })
}

/// What the site-wide step made.
struct SiteFiles {
    count: usize,
    cards_drawn: usize,
    /// The share cards' cache could not be written (a warning).
    problem: Option<crate::diagnostic::Diagnostic>,
}
