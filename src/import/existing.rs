//! The exemplars already in `content/exemplars/` (to attach awards to the
//! same person or collective instead of creating a duplicate, and to keep
//! new slugs unique) and the campaigns' slugs (to check `--campaign`).

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::i18n::Localized;
use crate::msg;

use crate::import::rows::key;
use crate::import::similar::similar_units;
use crate::model::parse::file_slug;
use crate::model::{Award, EntryKind, Section, parse_entry};
use crate::source::{SourceFile, SourceFs};

/// One existing exemplar that parsed.
#[derive(Debug, Clone)]
pub struct ExistingEntry {
    /// Relative to the site root.
    pub path: PathBuf,
    /// The file as it is on disk, to be edited without touching the rest.
    pub bytes: Vec<u8>,
    pub awards: Vec<Award>,
    pub campaigns: Vec<String>,
    /// The unit as the entry spells it.
    pub unit: Option<String>,
}

/// What the site already has.
#[derive(Debug, Default)]
pub struct Existing {
    pub entries: Vec<ExistingEntry>,
    /// (folded title, folded unit) → indexes in `entries`.
    by_person: HashMap<(String, String), Vec<usize>>,
    /// Folded title → indexes in `entries`.
    by_name: HashMap<String, Vec<usize>>,
    /// Slugs taken in the section (by any entry, readable or not).
    pub slugs: HashSet<String>,
}

impl Existing {
    /// Entries of the same person or collective: same folded title and unit.
    pub fn matching(&self, title: &str, unit: Option<&str>) -> &[usize] {
        self.by_person
            .get(&(key(title), key(unit.unwrap_or_default())))
            .map_or(&[], Vec::as_slice)
    }

    /// Entries that are probably the same person or collective: the same
    /// folded title and a unit spelled differently but similar
    /// ([`similar_units`]), or a unit on one side only. Exact matches
    /// ([`Existing::matching`]) are not among them.
    pub fn similar(&self, title: &str, unit: Option<&str>) -> Vec<usize> {
        let unit = unit.unwrap_or_default();
        self.by_name
            .get(&key(title))
            .into_iter()
            .flatten()
            .copied()
            .filter(|&i| {
                let theirs = self.entries[i].unit.as_deref().unwrap_or_default();
                key(theirs) != key(unit)
                    && (theirs.trim().is_empty()
                        || unit.trim().is_empty()
                        || similar_units(theirs, unit))
            })
            .collect()
    }
}

/// Entry files of a section, with their bundle folder.
fn section_files(fs: &dyn SourceFs, section: Section) -> Result<Vec<(PathBuf, Option<PathBuf>)>> {
    let dir = Path::new("content").join(section.key());
    let files = fs
        .list(&dir)
        .with_context(|| Localized(msg!("import-listing", path = &dir)))?;
    Ok(crate::build::entry_files(&files)
        .into_iter()
        .map(|p| {
            let bundle = (p.ends_with("index.md") && p.parent() != Some(dir.as_path()))
                .then(|| p.parent().map(Path::to_path_buf))
                .flatten();
            (p.clone(), bundle)
        })
        .collect())
}

/// Read every exemplar of the site.
pub fn exemplars(fs: &dyn SourceFs) -> Result<Existing> {
    let mut existing = Existing::default();
    for (path, bundle) in section_files(fs, Section::Exemplars)? {
        existing.slugs.insert(file_slug(&path, bundle.as_deref()));
        let bytes = fs
            .read(&path)
            .with_context(|| Localized(msg!("import-reading", path = &path)))?;
        let Ok(file) = SourceFile::decode(&path, &bytes) else {
            continue;
        };
        let Some(entry) = parse_entry(&file, Section::Exemplars, bundle).entry else {
            continue;
        };
        if let Some(slug) = &entry.common.slug {
            existing.slugs.insert(slug.value.clone());
        }
        let EntryKind::Exemplar(x) = &entry.kind else {
            continue;
        };
        let person = (
            key(&entry.common.title),
            key(x.unit.as_deref().unwrap_or_default()),
        );
        existing
            .by_name
            .entry(person.0.clone())
            .or_default()
            .push(existing.entries.len());
        existing
            .by_person
            .entry(person)
            .or_default()
            .push(existing.entries.len());
        existing.entries.push(ExistingEntry {
            path,
            bytes,
            awards: x.awards.clone(),
            campaigns: entry
                .common
                .campaigns
                .iter()
                .map(|c| c.value.clone())
                .collect(),
            unit: x.unit.clone(),
        });
    }
    Ok(existing)
}

/// The slugs of the site's campaigns.
pub fn campaign_slugs(fs: &dyn SourceFs) -> Result<Vec<String>> {
    let mut slugs = Vec::new();
    for (path, bundle) in section_files(fs, Section::Campaigns)? {
        let explicit = fs
            .read(&path)
            .ok()
            .and_then(|b| SourceFile::decode(&path, &b).ok())
            .and_then(|f| parse_entry(&f, Section::Campaigns, bundle.clone()).entry)
            .and_then(|e| e.common.slug.map(|s| s.value));
        slugs.push(explicit.unwrap_or_else(|| file_slug(&path, bundle.as_deref())));
    }
    Ok(slugs)
}
