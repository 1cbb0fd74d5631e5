//! Rendering entry bodies: Markdown through [`crate::markdown`], with
//! relative links resolved against the site ([`EntryLinks`]) and broken
//! links reported at their line and column.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use pulldown_cmark::{Event, Parser, Tag};

use crate::config::Config;
use crate::diagnostic::{Diagnostic, Diagnostics, Position};
use crate::i18n::Message;
use crate::markdown::{
    self, Highlighter, LinkResolution, LinkResolver, MarkdownOptions, RenderedMarkdown,
};
use crate::model::Entry;
use crate::msg;
use crate::site::Inputs;
use crate::site::assets::{asset_url, is_withheld_file, join_relative};
use crate::site::refs::Index;
use crate::source::SourceFs;

/// What is wrong with a link, as said to the editor.
struct Broken {
    message: Message,
    help: Option<Message>,
}

/// Resolves links written in one entry. The renderer reports a problem for
/// each broken answer, in order; the messages of those answers are kept
/// here, in the same order, to become the diagnostics.
pub struct EntryLinks<'a> {
    dir: PathBuf,
    index: &'a Index,
    fs: &'a dyn SourceFs,
    config: &'a Config,
    broken: Mutex<Vec<Broken>>,
}

impl EntryLinks<'_> {
    fn broken(&self, message: Message, help: Option<Message>) -> LinkResolution {
        let english = message.to_string();
        self.broken
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(Broken { message, help });
        LinkResolution::Broken {
            message: english,
            help: None,
        }
    }
}

impl LinkResolver for EntryLinks<'_> {
    fn resolve(&self, destination: &str) -> LinkResolution {
        let (path, fragment) = match destination.split_once('#') {
            Some((p, f)) => (p, Some(f)),
            None => (destination, None),
        };
        let decoded = percent_encoding::percent_decode_str(path).decode_utf8_lossy();
        let Some(target) = join_relative(&self.dir, &decoded) else {
            return self.broken(
                msg!("T0308-link-outside", link = destination),
                Some(msg!("T0308-link-outside-help")),
            );
        };
        let with_fragment = |url: String| match fragment {
            Some(f) => LinkResolution::Rewrite(format!("{url}#{f}")),
            None => LinkResolution::Rewrite(url),
        };
        if target.extension().is_some_and(|e| e == "md") {
            if let Some(id) = self.index.page_by_path(&target) {
                return with_fragment(self.index.permalinks[id].to_string());
            }
            if self.index.is_claimed_path(&target) {
                // That entry's own errors are reported; the build fails
                // anyway, so the link is kept as written.
                return LinkResolution::Keep;
            }
            if self.index.is_withheld_path(&target) {
                return self.broken(
                    msg!("T0309-link-to-unpublished", target = target.as_path()),
                    Some(msg!("T0309-link-to-unpublished-help")),
                );
            }
            return self.broken(
                msg!("T0310-link-to-missing-entry", target = target.as_path()),
                Some(msg!("T0310-link-to-missing-entry-help")),
            );
        }
        if self.fs.is_file(&target) {
            if is_withheld_file(&target, self.fs) {
                return self.broken(
                    msg!("T0311-link-to-loose-file", target = target.as_path()),
                    Some(msg!("T0311-link-to-loose-file-help")),
                );
            }
            if let Some(url) = asset_url(&target, self.index, self.config) {
                return with_fragment(url);
            }
        }
        self.broken(
            msg!("T0311-link-to-missing-file", target = target.as_path()),
            Some(msg!("T0311-link-to-missing-file-help")),
        )
    }
}

use crate::markdown::parser_options;

/// An image written in a body: `![alt](src)`.
struct BodyImage {
    offset: usize,
    src: String,
    alt: String,
}

/// What the editor's guide asks of a body besides its links: images with
/// `alt` text, and no raw HTML (shown as text unless the site allows it).
/// `(images, offsets of lines with raw HTML)`.
fn scan_body(body: &str, allow_html: bool) -> (Vec<BodyImage>, Vec<usize>) {
    let mut images: Vec<BodyImage> = Vec::new();
    let mut html: Vec<usize> = Vec::new();
    let wants_images = body.contains("![") || body.contains("]:");
    let wants_html = !allow_html && body.contains('<');
    if !wants_images && !wants_html {
        return (images, html);
    }
    // Depth of images being read (an image's inner events are its alt).
    let mut open: Vec<usize> = Vec::new();
    let mut last_html_line_end = None;
    let mut in_block = false;
    for (event, range) in Parser::new_ext(body, parser_options()).into_offset_iter() {
        match event {
            Event::Start(Tag::Image { dest_url, .. }) => {
                open.push(images.len());
                images.push(BodyImage {
                    offset: range.start,
                    src: dest_url.into_string(),
                    alt: String::new(),
                });
            }
            Event::End(pulldown_cmark::TagEnd::Image) => {
                open.pop();
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some(&i) = open.first() {
                    images[i].alt.push_str(&t);
                }
            }
            // A block of HTML: one warning, at its start.
            Event::Start(Tag::HtmlBlock) if wants_html => {
                in_block = true;
                html.push(range.start);
            }
            Event::End(pulldown_cmark::TagEnd::HtmlBlock) => in_block = false,
            Event::InlineHtml(_) if wants_html && !in_block => {
                // One warning per line of inline HTML.
                let line_end = body[range.start..]
                    .find('\n')
                    .map_or(body.len(), |i| range.start + i);
                if last_html_line_end != Some(line_end) {
                    html.push(range.start);
                    last_html_line_end = Some(line_end);
                }
            }
            _ => {}
        }
    }
    (images, html)
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
        broken: Mutex::new(Vec::new()),
    };
    let rendered = markdown::render(&entry.body, options, &resolver, highlighter);
    let broken = resolver
        .broken
        .into_inner()
        .unwrap_or_else(|e| e.into_inner());
    let (images, html) = scan_body(&entry.body, options.allow_html);
    let mut problems: Vec<Diagnostic> = Vec::new();
    let image_at = |offset: usize| images.iter().find(|i| i.offset == offset);
    let mut said = broken.into_iter();
    for p in &rendered.problems {
        let pos = Some(body_position(entry, p.offset));
        let Broken { message, help } = said.next().unwrap_or(Broken {
            message: msg!("T0310-link-broken"),
            help: None,
        });
        let (message, help) = match image_at(p.offset) {
            Some(image) => (
                msg!("T0316-body-image-missing", src = image.src.as_str()),
                Some(msg!("T0316-body-image-missing-help")),
            ),
            None => (message, help),
        };
        let d = Diagnostic::error(&entry.path, pos, message);
        problems.push(match help {
            Some(h) => d.with_help(h),
            None => d,
        });
    }
    for image in &images {
        let pos = Some(body_position(entry, image.offset));
        if image.alt.trim().is_empty() {
            problems.push(
                Diagnostic::error(
                    &entry.path,
                    pos,
                    msg!("T0315-body-image-no-alt", src = image.src.as_str()),
                )
                .with_help(msg!("T0315-body-image-no-alt-help")),
            );
        }
        if let Some(abs) = image.src.strip_prefix('/')
            && !image.src.starts_with("//")
            && !static_file_exists(abs, fs, config)
        {
            problems.push(
                Diagnostic::error(
                    &entry.path,
                    pos,
                    msg!("T0316-body-image-not-in-static", src = image.src.as_str()),
                )
                .with_help(msg!(
                    "T0316-body-image-not-in-static-help",
                    file = Path::new("static").join(abs)
                )),
            );
        }
    }
    for offset in html {
        problems.push(
            Diagnostic::warning(
                &entry.path,
                Some(body_position(entry, offset)),
                msg!("T0317-raw-html"),
            )
            .with_help(msg!("T0317-raw-html-help")),
        );
    }
    (rendered, problems)
}

/// Whether `/path` (without its `/`) is a file of the site's or the theme's
/// `static/` folder.
pub fn static_file_exists(abs: &str, fs: &dyn SourceFs, config: &Config) -> bool {
    let decoded = percent_encoding::percent_decode_str(abs).decode_utf8_lossy();
    let abs = decoded.split(['?', '#']).next().unwrap_or_default();
    let site = Path::new("static").join(abs);
    let theme = Path::new("themes")
        .join(&config.theme)
        .join("static")
        .join(abs);
    fs.is_file(&site) || fs.is_file(&theme)
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
