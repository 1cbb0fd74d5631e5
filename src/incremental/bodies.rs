//! The fast path for the most common edit: the bodies of entries that are
//! already published change, their front matter does not. Nothing about the
//! site's structure can then change (URLs, references, lists, taxonomies
//! and assets all come from front matter and file names), so the previous
//! [`Site`](crate::site::Site) is patched: each such entry is re-read and its
//! body re-rendered with the previous lookups. Anything else (a new,
//! deleted or renamed file, a front-matter edit, a template) goes through the
//! full load, which reuses what its record says is unchanged.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::build::{self, Loaded};
use crate::diagnostic::Diagnostics;
use crate::markdown::{Highlighter, MarkdownOptions, RenderedMarkdown};
use crate::model::Entry;
use crate::site::{PageId, links};
use crate::source::SourceFs;

use super::record::LoadRecord;
use crate::build::ParsedFile;

/// One re-read entry, ready to replace its page's.
struct Patch {
    id: PageId,
    parsed: ParsedFile,
    entry: Arc<Entry>,
    content: Arc<RenderedMarkdown>,
}

/// Patch `loaded` for `touched` if only bodies of published entries changed;
/// the pages patched. `None`: the fast path does not apply (nothing was
/// changed). `Some(Err)`: the new bodies have problems (nothing was changed
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
    let mut patches = Vec::with_capacity(paths.len());
    let mut problems = Diagnostics::new();
    for path in paths {
        let id = body_only_candidate(loaded, path)?;
        let stamp = fs.stamp(path)?;
        let parsed = build::parse_file(fs, path, Some(stamp));
        let entry = parsed.entry.clone()?;
        let same_front = record.front_hash(path) == Some(parsed.front)
            && record.parse_diagnostics(path).as_ref() == Some(&parsed.diagnostics);
        if !same_front {
            return None;
        }
        let (content, found) = record.markdown(&entry, context, || {
            links::render_page(
                &entry,
                &site.index,
                &options,
                &highlighter,
                fs,
                &site.config,
            )
        });
        problems.extend(found);
        patches.push(Patch {
            id,
            parsed,
            entry,
            content,
        });
    }
    if problems.has_errors() {
        return Some(Err(problems.sorted()));
    }
    let ids = patches.iter().map(|p| p.id).collect();
    for p in patches {
        let path = p.entry.path.clone();
        record.store_parsed(path.clone(), p.parsed);
        record.untouch(&path);
        let page = &mut loaded.site.pages[p.id];
        page.entry = p.entry;
        page.content = p.content;
    }
    Some(Ok(ids))
}

/// The page of `path` if it is a published entry file (not the home intro,
/// not a Markdown asset of a folder entry).
fn body_only_candidate(loaded: &Loaded, path: &Path) -> Option<PageId> {
    let is_entry = path.starts_with("content")
        && path.extension().is_some_and(|e| e == "md")
        && path != Path::new("content/_index.md");
    if !is_entry {
        return None;
    }
    loaded.site.index.page_by_path(path)
}
