//! References between entries: slugs in front matter (`campaigns: [x]`) and
//! relative `.md` links in bodies, resolved through one [`Index`].

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::i18n::Message;
use crate::model::Claim;
use crate::model::{Entry, EntryKind, Ref, Section};
use crate::msg;
use crate::permalink::Permalink;
use crate::site::{Page, PageId};

/// Resolved references of one page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Links {
    pub campaigns: Vec<PageId>,
    pub documents: Vec<PageId>,
    pub exemplars: Vec<PageId>,
    pub launch_document: Option<PageId>,
    pub parent: Option<PageId>,
    pub anniversary: Option<PageId>,
    /// The exemplar page of each recipient (decisions) or nominee
    /// (nominations), in their order; `None` where none is referenced.
    pub honourees: Vec<Option<PageId>>,
}

impl Links {
    pub fn all(&self) -> impl Iterator<Item = PageId> + '_ {
        self.campaigns
            .iter()
            .chain(&self.documents)
            .chain(&self.exemplars)
            .chain(&self.launch_document)
            .chain(&self.parent)
            .chain(&self.anniversary)
            .chain(self.honourees.iter().flatten())
            .copied()
    }
}

/// Lookups over the published pages.
#[derive(Debug, Default)]
pub struct Index {
    by_slug: HashMap<(Section, String), PageId>,
    by_path: HashMap<PathBuf, PageId>,
    /// Bundle folder → permalink of its entry.
    pub bundles: HashMap<PathBuf, Permalink>,
    pub permalinks: Vec<Permalink>,
    slugs: HashMap<Section, Vec<String>>,
    withheld: HashSet<(Section, String)>,
    withheld_paths: HashSet<PathBuf>,
    /// Slugs and paths of entry files that could not be read: their own
    /// errors are reported, references and links to them are not.
    claimed: HashSet<(Section, String)>,
    claimed_paths: HashSet<PathBuf>,
}

impl Index {
    pub fn new(pages: &[Page], withheld: &HashSet<(Section, String)>) -> Index {
        let mut index = Index {
            by_slug: HashMap::new(),
            by_path: HashMap::new(),
            bundles: HashMap::new(),
            permalinks: pages.iter().map(|p| p.permalink.clone()).collect(),
            slugs: HashMap::new(),
            withheld: withheld.clone(),
            withheld_paths: HashSet::new(),
            claimed: HashSet::new(),
            claimed_paths: HashSet::new(),
        };
        for (id, page) in pages.iter().enumerate() {
            index
                .by_slug
                .entry((page.section(), page.slug.clone()))
                .or_insert(id);
            index.by_path.insert(page.entry.path.clone(), id);
            index
                .slugs
                .entry(page.section())
                .or_default()
                .push(page.slug.clone());
            if let Some(dir) = &page.entry.bundle {
                index.bundles.insert(dir.clone(), page.permalink.clone());
            }
        }
        index
    }

    /// Hash of what lookups can answer besides the URLs of pages: bundles,
    /// withheld entries.
    pub fn fingerprint(&self) -> u64 {
        let mut withheld: Vec<_> = self.withheld.iter().collect();
        withheld.sort();
        let mut withheld_paths: Vec<_> = self.withheld_paths.iter().collect();
        withheld_paths.sort();
        let mut bundles: Vec<_> = self.bundles.iter().map(|(d, p)| (d, p.as_str())).collect();
        bundles.sort();
        let mut claimed: Vec<_> = self.claimed.iter().collect();
        claimed.sort();
        let mut claimed_paths: Vec<_> = self.claimed_paths.iter().collect();
        claimed_paths.sort();
        crate::fingerprint::of(&(withheld, withheld_paths, bundles, claimed, claimed_paths))
    }

    pub fn with_withheld_paths(mut self, paths: impl IntoIterator<Item = PathBuf>) -> Self {
        self.withheld_paths.extend(paths);
        self
    }

    /// Adds what unreadable entry files claim (see [`Claim`]).
    pub fn with_claims(mut self, claims: &[Claim]) -> Self {
        for c in claims {
            self.claimed.insert((c.section, c.slug().to_owned()));
            self.claimed_paths.insert(c.path.clone());
        }
        self
    }

    /// Whether `path` is an entry file that could not be read (links to it
    /// are not reported: its own errors are).
    pub fn is_claimed_path(&self, path: &Path) -> bool {
        self.claimed_paths.contains(path)
    }

    pub fn page_by_path(&self, path: &Path) -> Option<PageId> {
        self.by_path.get(path).copied()
    }

    pub fn is_withheld_path(&self, path: &Path) -> bool {
        self.withheld_paths.contains(path)
    }

    #[allow(clippy::result_large_err)] // a Diagnostic is returned as it is
    fn lookup(
        &self,
        section: Section,
        reference: &Ref,
        key: &str,
        file: &Path,
    ) -> Result<PageId, Option<Diagnostic>> {
        if let Some(id) = self.by_slug.get(&(section, reference.value.clone())) {
            return Ok(*id);
        }
        let slug = &reference.value;
        if self.claimed.contains(&(section, slug.clone())) {
            // That file's own errors are reported; this reference is fine.
            return Err(None);
        }
        if self.withheld.contains(&(section, slug.clone())) {
            return Err(Some(
                Diagnostic::warning(
                    file,
                    Some(reference.pos),
                    msg!("T0306-refers-to-unpublished", key = key, slug = slug),
                )
                .with_help(msg!("T0306-refers-to-unpublished-help")),
            ));
        }
        let known: Vec<&str> = self
            .slugs
            .get(&section)
            .map(|v| v.iter().map(String::as_str).collect())
            .unwrap_or_default();
        let help = match crate::model::read::closest(slug, &known) {
            Some(best) => msg!("T0307-refers-to-nothing-did-you-mean", best = best),
            None => msg!("T0307-refers-to-nothing-help", folder = section.key()),
        };
        Err(Some(
            Diagnostic::error(
                file,
                Some(reference.pos),
                msg!(
                    "T0307-refers-to-nothing",
                    key = key,
                    slug = slug,
                    section = one_of(section)
                ),
            )
            .with_help(help),
        ))
    }
}

/// "a campaign", "một phong trào thi đua": one entry of `section`, in words.
pub fn one_of(section: Section) -> Message {
    Message::new(match section {
        Section::Exemplars => "site-one-exemplar",
        Section::Campaigns => "site-one-campaign",
        Section::Anniversaries => "site-one-anniversary",
        Section::Events => "site-one-event",
        Section::Documents => "site-one-document",
        Section::News => "site-one-news",
        Section::Decisions => "site-one-decision",
        Section::Nominations => "site-one-nomination",
        Section::Pages => "site-one-page",
    })
}

/// Resolve every reference of `entry`, reporting those that resolve to nothing.
pub fn resolve(entry: &Entry, index: &Index, diags: &mut Diagnostics) -> Links {
    let file = entry.path.as_path();
    let mut one = |section: Section, r: &Ref, key: &str| match index.lookup(section, r, key, file) {
        Ok(id) => Some(id),
        Err(d) => {
            diags.extend(d);
            None
        }
    };
    let mut links = Links {
        campaigns: entry
            .common
            .campaigns
            .iter()
            .filter_map(|r| one(Section::Campaigns, r, "campaigns"))
            .collect(),
        documents: entry
            .common
            .documents
            .iter()
            .filter_map(|r| one(Section::Documents, r, "documents"))
            .collect(),
        ..Links::default()
    };
    match &entry.kind {
        EntryKind::Campaign(c) => {
            links.launch_document = c
                .launch_document
                .as_ref()
                .and_then(|r| one(Section::Documents, r, "launch_document"));
            links.parent = c
                .parent
                .as_ref()
                .and_then(|r| one(Section::Campaigns, r, "parent"));
        }
        EntryKind::Event(e) => {
            links.anniversary = e
                .anniversary
                .as_ref()
                .and_then(|r| one(Section::Anniversaries, r, "anniversary"));
        }
        EntryKind::Decision(d) => {
            let refs = d.recipients.iter().map(|h| h.exemplar.as_ref());
            links.honourees = refs
                .map(|r| r.and_then(|r| one(Section::Exemplars, r, "exemplar")))
                .collect();
        }
        EntryKind::Nomination(n) => {
            let refs = n.nominees.iter().map(|h| h.exemplar.as_ref());
            links.honourees = refs
                .map(|r| r.and_then(|r| one(Section::Exemplars, r, "exemplar")))
                .collect();
        }
        EntryKind::News(n) => {
            links.exemplars = n
                .exemplars
                .iter()
                .filter_map(|r| one(Section::Exemplars, r, "exemplars"))
                .collect();
        }
        _ => {}
    }
    links
}

/// For each page, the pages that reference it (sorted, without repeats).
pub fn referrers(pages: &[Page]) -> Vec<Vec<PageId>> {
    let mut out = vec![Vec::new(); pages.len()];
    for (id, page) in pages.iter().enumerate() {
        for target in page.links.all() {
            if target != id {
                out[target].push(id);
            }
        }
    }
    for list in &mut out {
        list.sort_unstable();
        list.dedup();
    }
    out
}

/// Campaigns whose `parent:` chain comes back to themselves (a campaign
/// its own parent, two campaigns each other's, or longer): each one of the
/// cycle is reported at its `parent:` line, naming the whole cycle, and its
/// parent link is dropped so nothing downstream follows the loop.
pub fn break_parent_cycles(pages: &mut [Page], diags: &mut Diagnostics) {
    // 0: not seen, 1: on the current chain, 2: done.
    let mut state = vec![0u8; pages.len()];
    let mut cycles: Vec<Vec<PageId>> = Vec::new();
    for start in 0..pages.len() {
        let mut chain: Vec<PageId> = Vec::new();
        let mut at = Some(start);
        while let Some(id) = at {
            match state[id] {
                2 => break,
                1 => {
                    if let Some(from) = chain.iter().position(|c| *c == id) {
                        cycles.push(chain[from..].to_vec());
                    }
                    break;
                }
                _ => {
                    state[id] = 1;
                    chain.push(id);
                    at = pages[id].links.parent;
                }
            }
        }
        for id in chain {
            state[id] = 2;
        }
    }
    for cycle in cycles {
        for (i, id) in cycle.iter().enumerate() {
            let names: Vec<&str> = cycle[i..]
                .iter()
                .chain(&cycle[..=i])
                .map(|c| pages[*c].slug.as_str())
                .collect();
            let entry = &pages[*id].entry;
            let pos = match &entry.kind {
                EntryKind::Campaign(c) => c.parent.as_ref().map(|p| p.pos),
                _ => None,
            };
            diags.push(
                Diagnostic::error(
                    &entry.path,
                    pos,
                    msg!("T0220-parent-cycle", cycle = names.join(" → ")),
                )
                .with_help(msg!("T0220-parent-cycle-help")),
            );
        }
        for id in cycle {
            pages[id].links.parent = None;
        }
    }
}
