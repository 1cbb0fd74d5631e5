//! Rendering entry bodies: Markdown through [`crate::markdown`], with
//! relative links resolved against the site ([`EntryLinks`]) and broken
//! links reported at their line and column.

use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::diagnostic::{Diagnostic, Diagnostics, Position};
use crate::markdown::{
    self, Highlighter, LinkResolution, LinkResolver, MarkdownOptions, RenderedMarkdown,
};
use crate::model::Entry;
use crate::site::Inputs;
use crate::site::assets::{asset_url, join_relative};
use crate::site::refs::Index;
use crate::source::SourceFs;

/// Resolves links written in one entry.
pub struct EntryLinks<'a> {
    dir: PathBuf,
    index: &'a Index,
    fs: &'a dyn SourceFs,
    config: &'a Config,
}

impl LinkResolver for EntryLinks<'_> {
    fn resolve(&self, destination: &str) -> LinkResolution {
        let (path, fragment) = match destination.split_once('#') {
            Some((p, f)) => (p, Some(f)),
            None => (destination, None),
        };
        let decoded = percent_encoding::percent_decode_str(path).decode_utf8_lossy();
        let Some(target) = join_relative(&self.dir, &decoded) else {
            return broken("this link points outside the site", None);
        };
        let with_fragment = |url: String| match fragment {
            Some(f) => LinkResolution::Rewrite(format!("{url}#{f}")),
            None => LinkResolution::Rewrite(url),
        };
        if target.extension().is_some_and(|e| e == "md") {
            if let Some(id) = self.index.page_by_path(&target) {
                return with_fragment(self.index.permalinks[id].to_string());
            }
            if self.index.is_withheld_path(&target) {
                return broken(
                    &format!(
                        "this link goes to {}, which is not published (draft or scheduled)",
                        show(&target)
                    ),
                    Some("publish that entry or remove the link"),
                );
            }
            return broken(
                &format!("this link goes to {}, which does not exist", show(&target)),
                Some(
                    "check the file name; links between entries are relative, e.g. ../campaigns/ten-phong-trao.md",
                ),
            );
        }
        if self.fs.is_file(&target)
            && let Some(url) = asset_url(&target, self.index, self.config)
        {
            return with_fragment(url);
        }
        broken(
            &format!("this link goes to {}, which does not exist", show(&target)),
            None,
        )
    }
}

fn show(p: &Path) -> String {
    crate::diagnostic::display_path(p)
}

fn broken(message: &str, help: Option<&str>) -> LinkResolution {
    LinkResolution::Broken {
        message: message.to_owned(),
        help: help.map(str::to_owned),
    }
}

/// Render one entry's body; problems come back as diagnostics.
pub fn render_page(
    entry: &Entry,
    index: &Index,
    options: &MarkdownOptions,
    highlighter: &Highlighter,
    fs: &dyn SourceFs,
    config: &Config,
) -> (RenderedMarkdown, Vec<Diagnostic>) {
    let resolver = EntryLinks {
        dir: entry.path.parent().unwrap_or(Path::new("")).to_path_buf(),
        index,
        fs,
        config,
    };
    let rendered = markdown::render(&entry.body, options, &resolver, highlighter);
    let problems = rendered
        .problems
        .iter()
        .map(|p| {
            let d = Diagnostic::error(
                &entry.path,
                Some(body_position(entry, p.offset)),
                p.message.clone(),
            );
            match &p.help {
                Some(h) => d.with_help(h.clone()),
                None => d,
            }
        })
        .collect();
    (rendered, problems)
}

/// Render the body of a non-page entry (the home intro).
pub fn render_body(
    entry: &Entry,
    index: &Index,
    inputs: &Inputs<'_>,
    diags: &mut Diagnostics,
) -> RenderedMarkdown {
    let options = MarkdownOptions {
        allow_html: inputs.config.allow_html,
    };
    let (rendered, problems) = render_page(
        entry,
        index,
        &options,
        inputs.highlighter,
        inputs.fs,
        &inputs.config,
    );
    diags.extend(problems);
    rendered
}

/// File position of a byte offset in an entry's body.
fn body_position(entry: &Entry, offset: usize) -> Position {
    let offset = offset.min(entry.body.len());
    let before = entry.body.get(..offset).unwrap_or(&entry.body);
    let line = entry.body_line + before.matches('\n').count();
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    Position::new(line, before[line_start..].chars().count() + 1)
}
