//! The fast path for the most common edits: entries that are already
//! published are edited in place — their bodies, or their front matter in
//! ways that leave them where they are (a title, a date, a summary, fields:
//! the same URL, references, assets and locality, still published; see
//! [`crate::site::replace`]). Nothing other pages' URLs, references or
//! bodies depend on moves, so the previous [`Site`](crate::site::Site) is
//! patched: each such entry is re-read, its page made again from its front
//! matter when that changed, its body re-rendered with the previous lookups,
//! and what is made from every page's front matter (taxonomies, decisions,
//! the honour roll) made again. Anything else (a new, deleted or renamed
//! file, a URL or reference edit, a template) goes through the full load,
//! which reuses what its record says is unchanged.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::build::{self, Loaded};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::markdown::{Highlighter, MarkdownOptions, RenderedMarkdown};
use crate::model::Entry;
use crate::site::{Page, PageId, links, replace};
use crate::source::SourceFs;

use super::record::LoadRecord;
use crate::build::ParsedFile;

/// One re-read entry, ready to replace its page's.
struct Patch {
    id: PageId,
    parsed: ParsedFile,
    entry: Arc<Entry>,
    content: Arc<RenderedMarkdown>,
    /// The page made again, when its front matter changed.
    page: Option<Page>,
}

/// Patch `loaded` for `touched` if only entries edited in place changed;
/// the pages patched. `None`: the fast path does not apply (nothing was
/// changed). `Some(Err)`: the edits have errors, reported with every other
/// problem of the site as a whole load reports them (nothing was changed
/// either).
pub fn patch(
    loaded: &mut Loaded,
    fs: &dyn SourceFs,
    record: &LoadRecord,
    touched: &[PathBuf],
) -> Option<Result<Vec<PageId>, Diagnostics>> {
    let paths: Vec<&PathBuf> = touched
        .iter()
        .filter(|p| !crate::source::is_ignored(p))
        .collect();
    if paths.is_empty() {
        return None;
    }
    let context = record.markdown_context()?;
    let site = &loaded.site;
    let options = MarkdownOptions {
        allow_html: site.config.allow_html,
    };
    let highlighter = Highlighter::new();
    let mut patches: Vec<Patch> = Vec::with_capacity(paths.len());
    // The problems the load reported for these files, and what it would now.
    let (mut gone, mut found) = (Vec::new(), Vec::new());
    for path in paths {
        let id = in_place_candidate(loaded, path)?;
        if patches.iter().any(|p| p.id == id) {
            continue;
        }
        let stamp = fs.stamp(path)?;
        let parsed = build::parse_file(fs, path, Some(stamp));
        let entry = parsed.entry.clone()?;
        let before_parse = record.parse_diagnostics(path)?;
        let page = if record.front_hash(path) == Some(parsed.front)
            && before_parse == parsed.diagnostics
        {
            None
        } else {
            let replaced = replace::replace_entry(site, id, entry.clone(), fs, &loaded.collator)?;
            gone.extend(replaced.before);
            found.extend(replaced.problems);
            Some(replaced.page)
        };
        gone.extend(before_parse);
        gone.extend(record.body_problems(path));
        found.extend(parsed.diagnostics.iter().cloned());
        let (content, problems) = record.markdown(&entry, context, || {
            links::render_page(
                &entry,
                &site.index,
                &options,
                &highlighter,
                fs,
                &site.config,
            )
        });
        found.extend(problems);
        patches.push(Patch {
            id,
            parsed,
            entry,
            content,
            page,
        });
    }
    let diagnostics = replace_problems(&loaded.warnings, gone, found);
    if diagnostics.has_errors() {
        return Some(Err(diagnostics));
    }
    loaded.warnings = diagnostics;
    let ids = patches.iter().map(|p| p.id).collect();
    let mut replaced = Vec::new();
    for p in patches {
        let path = p.entry.path.clone();
        record.store_parsed(path.clone(), p.parsed);
        record.untouch(&path);
        let page = &mut loaded.site.pages[p.id];
        if let Some(new) = p.page {
            replaced.push((p.id, std::mem::replace(page, new)));
        }
        page.entry = p.entry;
        page.content = p.content;
    }
    if !replaced.is_empty() {
        loaded
            .site
            .refresh_after_replace(&replaced, record, &loaded.collator);
    }
    Some(Ok(ids))
}

/// `warnings` without the problems in `gone` (each taken out once) and
/// with those in `found`, sorted as a load sorts them.
fn replace_problems(
    warnings: &Diagnostics,
    gone: Vec<Diagnostic>,
    found: Vec<Diagnostic>,
) -> Diagnostics {
    let mut all: Vec<Diagnostic> = warnings.iter().cloned().collect();
    for d in gone {
        if let Some(at) = all.iter().position(|w| *w == d) {
            all.remove(at);
        }
    }
    all.extend(found);
    all.into_iter().collect::<Diagnostics>().sorted()
}

/// The page of `path` if it is a published entry file (not the home intro,
/// not a Markdown asset of a folder entry).
fn in_place_candidate(loaded: &Loaded, path: &Path) -> Option<PageId> {
    let is_entry = path.starts_with("content")
        && path.extension().is_some_and(|e| e == "md")
        && path != Path::new("content/_index.md");
    if !is_entry {
        return None;
    }
    loaded.site.index.page_by_path(path)
}
