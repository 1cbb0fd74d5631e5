//! References between entries: slugs in front matter (`campaigns: [x]`) and
//! relative `.md` links in bodies, resolved through one [`Index`].

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::model::{Entry, EntryKind, Ref, Section};
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
            .copied()
    }
}

/// Lookups over the published pages.
#[derive(Debug)]
pub struct Index {
    by_slug: HashMap<(Section, String), PageId>,
    by_path: HashMap<PathBuf, PageId>,
    /// Bundle folder → permalink of its entry.
    pub bundles: HashMap<PathBuf, Permalink>,
    pub permalinks: Vec<Permalink>,
    slugs: HashMap<Section, Vec<String>>,
    withheld: HashSet<(Section, String)>,
    withheld_paths: HashSet<PathBuf>,
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
        crate::incremental::record::hash_of(&(withheld, withheld_paths, bundles))
    }

    pub fn with_withheld_paths(mut self, paths: impl IntoIterator<Item = PathBuf>) -> Self {
        self.withheld_paths.extend(paths);
        self
    }

    pub fn page_by_path(&self, path: &Path) -> Option<PageId> {
        self.by_path.get(path).copied()
    }

    pub fn is_withheld_path(&self, path: &Path) -> bool {
        self.withheld_paths.contains(path)
    }

    fn lookup(
        &self,
        section: Section,
        reference: &Ref,
        key: &str,
        file: &Path,
    ) -> Result<PageId, Diagnostic> {
        if let Some(id) = self.by_slug.get(&(section, reference.value.clone())) {
            return Ok(*id);
        }
        let slug = &reference.value;
        if self.withheld.contains(&(section, slug.clone())) {
            return Err(Diagnostic::warning(file, Some(reference.pos), format!("`{key}` refers to `{slug}`, which is not published (a draft, scheduled or withheld entry)"))
                .with_help("the link is left out until that entry is published"));
        }
        let known: Vec<&str> = self
            .slugs
            .get(&section)
            .map(|v| v.iter().map(String::as_str).collect())
            .unwrap_or_default();
        let help = match crate::model::read::closest(slug, &known) {
            Some(best) => format!("did you mean `{best}`?"),
            None => format!(
                "use the slug of a file in content/{}/ (its name without .md)",
                section.key()
            ),
        };
        Err(Diagnostic::error(
            file,
            Some(reference.pos),
            format!(
                "`{key}` refers to `{slug}`, but there is no {} with that slug",
                section.singular()
            ),
        )
        .with_help(help))
    }
}

/// Resolve every reference of `entry`, reporting those that resolve to nothing.
pub fn resolve(entry: &Entry, index: &Index, diags: &mut Diagnostics) -> Links {
    let file = entry.path.as_path();
    let mut one = |section: Section, r: &Ref, key: &str| match index.lookup(section, r, key, file) {
        Ok(id) => Some(id),
        Err(d) => {
            diags.push(d);
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
