//! What each page is rendered from: the explicit dependency record that lets
//! `serve` re-render only the pages whose inputs changed. A page depends on
//! the site-wide values every page gets (checked by the caller), and on the
//! pages listed here; a portal-wide page depends on the whole site.

use crate::fingerprint;
use crate::render::{Job, Prepared};
use crate::site::PageId;

/// The inputs of one job besides the site-wide values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JobInputs {
    /// The data of these pages, in this order, plus `shape`: a hash of the
    /// job's own values that do not come from a page (a list's title, size,
    /// page number and navigation).
    Pages { pages: Vec<PageId>, shape: u64 },
    /// A hash of everything the job shows besides the site-wide values,
    /// made by the job's own module (a page of the honour roll: its rows
    /// and counts).
    Shown(u64),
    /// Home, taxonomy indexes, calendar, statistics, search, 404: anything.
    Site,
}

impl Prepared<'_> {
    /// The recorded inputs of `job`.
    pub fn inputs(&self, job: &Job) -> JobInputs {
        match job {
            Job::Entry(id) | Job::Backdrop(id) | Job::Embed(id) => JobInputs::Pages {
                pages: self.entry_inputs(*id),
                shape: 0,
            },
            Job::List { listing, page } => {
                let l = &self.listings[*listing];
                let per = self.site.config.paginate.max(1);
                let start = ((page - 1) * per).min(l.items.len());
                let end = (start + per).min(l.items.len());
                let shape = fingerprint::of(&(
                    l.kind,
                    &l.title,
                    l.permalink.as_str(),
                    l.template,
                    l.items.len(),
                    page,
                    l.nav.as_ref().map(ToString::to_string),
                    l.taxonomy.as_ref().map(|(k, p)| (k.key(), p.as_str())),
                ));
                JobInputs::Pages {
                    pages: l.items[start..end].to_vec(),
                    shape,
                }
            }
            Job::Honours(page) => JobInputs::Shown(self.honour_key(*page)),
            Job::TaxonomyIndex(_) | Job::Home | Job::Portal(_) | Job::NotFound => JobInputs::Site,
        }
    }

    /// An entry's page shows the entry, the entries it links to, those that
    /// link to it and its related exemplars.
    fn entry_inputs(&self, id: PageId) -> Vec<PageId> {
        let site = self.site;
        let mut pages = vec![id];
        pages.extend(site.pages[id].links.all());
        pages.extend(site.referrers[id].iter().copied());
        pages.extend(self.values.related[id].iter().copied());
        pages
    }
}
