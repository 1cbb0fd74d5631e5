//! Markdown rendering for entry bodies.
//!
//! [`render`] turns an entry's Markdown into HTML for the portal in one pass
//! over pulldown-cmark's events and reports problems (broken internal links) as
//! data instead of failing. Along the way it collects heading ids for a table
//! of contents, a plain-text summary and the whole body as plain text.
//!
//! Safety rules: raw HTML is escaped unless [`MarkdownOptions::allow_html`],
//! `javascript:`/`vbscript:`/non-image `data:` destinations become `#`, and
//! heading `{key=value}` attributes are dropped unless HTML is allowed.

mod highlight;
mod links;
mod packed;
mod slug;
mod text;

#[cfg(test)]
mod tests;

use pulldown_cmark::{CodeBlockKind, CowStr, Event, LinkType, Options, Parser, Tag, TagEnd};

pub use highlight::Highlighter;
use links::DestinationKind;
pub use packed::PackedHtml;
use slug::{IdAllocator, slug};
use text::{Collapsed, escape_html_into, escape_url_into};

/// Per-site rendering switches.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MarkdownOptions {
    /// Let raw HTML (block and inline) through. When false it is shown as text.
    pub allow_html: bool,
}

/// Resolves a relative link written in an entry (e.g. `../campaigns/abc.md`,
/// `abc.md#muc-tieu`, `./anh.jpg`). The renderer passes the raw destination.
///
/// The renderer only asks about relative destinations: absolute URLs (any
/// scheme), `//host`, `/absolute/path` and `#fragment` are kept as written.
pub trait LinkResolver: Sync {
    /// Decides what to do with `destination`.
    fn resolve(&self, destination: &str) -> LinkResolution;
}

/// A [`LinkResolver`]'s answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkResolution {
    /// Emit the destination as written.
    Keep,
    /// Replace the destination by this URL (the resolver keeps any fragment).
    Rewrite(String),
    /// A link to a `.md` file that resolves to no entry. The link is still
    /// rendered with its destination as written, and a [`LinkProblem`] is reported.
    Broken {
        message: String,
        help: Option<String>,
    },
}

/// A heading of the page, for a table of contents.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Heading {
    /// 1 to 6.
    pub level: u8,
    /// The `id` attribute emitted on the heading (unique within the page).
    pub id: String,
    /// The heading's plain text, whitespace-collapsed.
    pub text: String,
}

/// A broken link or image found while rendering.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LinkProblem {
    /// Byte offset in the body where the link (or image) starts.
    pub offset: usize,
    pub message: String,
    pub help: Option<String>,
}

/// The result of [`render`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct RenderedMarkdown {
    /// The body's HTML, compressed while the build holds it.
    pub html: PackedHtml,
    /// Headings in document order.
    pub headings: Vec<Heading>,
    /// Plain text of the first paragraph (no markup), whitespace-collapsed.
    pub summary: String,
    /// Words of the body's plain text ([`plain_text`]). The text itself is
    /// not kept: every page's body would be held three times over (Markdown,
    /// HTML, text) for the whole build; the search index makes it again
    /// when it reads the page.
    pub word_count: usize,
    pub problems: Vec<LinkProblem>,
}

/// Renders an entry body. Never panics; problems are returned as data.
pub fn render(
    body: &str,
    options: &MarkdownOptions,
    resolver: &dyn LinkResolver,
    highlighter: &Highlighter,
) -> RenderedMarkdown {
    one_pass(body, options, Output::Html(resolver, highlighter)).0
}

/// The whole body as plain text, whitespace-collapsed, as [`render`] reads
/// it (raw HTML and image alt text are not included; code is): the same
/// pass over the events, with no HTML made, no link resolved and no code
/// highlighted.
pub fn plain_text(body: &str, options: &MarkdownOptions) -> String {
    one_pass(body, options, Output::Text).1
}

/// The pass over `body`'s events that both [`render`] and [`plain_text`]
/// make: what was rendered, and the plain text.
fn one_pass(
    body: &str,
    options: &MarkdownOptions,
    output: Output<'_>,
) -> (RenderedMarkdown, String) {
    let mut state = RenderState::new(options, output);
    for (event, range) in Parser::new_ext(body, parser_options()).into_offset_iter() {
        state.handle(event, range.start);
    }
    state.finish(body.len())
}

/// What a pass over the events makes: the HTML (links resolved, code
/// highlighted), or only the text.
#[derive(Clone, Copy)]
enum Output<'r> {
    Html(&'r dyn LinkResolver, &'r Highlighter),
    Text,
}

/// Tables, footnotes, strikethrough, task lists and `{#id}` heading attributes;
/// smart punctuation stays off so editors' text is kept as typed. Shared
/// with `site::links`, whose second pass must see the same offsets.
pub fn parser_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// Where the summary stands: before, inside or after the first paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SummaryState {
    Waiting,
    Collecting,
    Done,
}

/// A heading being read: its events are held back until its text (and so its
/// id) is known.
struct HeadingBuf<'a> {
    tag: Tag<'a>,
    text: Collapsed,
    events: Vec<Event<'a>>,
}

/// A code block being read.
struct CodeBuf {
    lang: Option<String>,
    code: String,
}

/// An image being read: its inner events only supply the alt text.
struct ImageBuf {
    src: String,
    title: String,
    alt: String,
    depth: usize,
}

/// The single pass over the parser's events.
struct RenderState<'a, 'r> {
    allow_html: bool,
    output: Output<'r>,
    out: Vec<Event<'a>>,
    footnotes: Vec<Event<'a>>,
    footnote_depth: usize,
    heading: Option<HeadingBuf<'a>>,
    code: Option<CodeBuf>,
    image: Option<ImageBuf>,
    ids: IdAllocator,
    headings: Vec<Heading>,
    summary: Collapsed,
    summary_state: SummaryState,
    plain: Collapsed,
    problems: Vec<LinkProblem>,
}

impl<'a, 'r> RenderState<'a, 'r> {
    fn new(options: &MarkdownOptions, output: Output<'r>) -> Self {
        Self {
            allow_html: options.allow_html,
            output,
            out: Vec::new(),
            footnotes: Vec::new(),
            footnote_depth: 0,
            heading: None,
            code: None,
            image: None,
            ids: IdAllocator::default(),
            headings: Vec::new(),
            summary: Collapsed::default(),
            summary_state: SummaryState::Waiting,
            plain: Collapsed::default(),
            problems: Vec::new(),
        }
    }

    fn handle(&mut self, event: Event<'a>, offset: usize) {
        if self.image.is_some() {
            return self.image_event(event);
        }
        if self.code.is_some() {
            return self.code_event(event);
        }
        match event {
            Event::Start(tag) => self.start(tag, offset),
            Event::End(end) => self.end(end),
            Event::Text(ref t) | Event::Code(ref t) => {
                self.text(t);
                self.emit(event);
            }
            Event::Html(html) | Event::InlineHtml(html) if !self.allow_html => {
                self.emit(Event::Text(html));
            }
            Event::SoftBreak | Event::HardBreak => {
                self.word_break();
                self.emit(event);
            }
            other => self.emit(other),
        }
    }

    fn start(&mut self, tag: Tag<'a>, offset: usize) {
        if !is_inline(&tag) {
            self.block_break();
        }
        match tag {
            Tag::Heading { .. } => self.start_heading(tag),
            Tag::CodeBlock(kind) => {
                let lang = match kind {
                    CodeBlockKind::Fenced(info) => info_language(&info),
                    CodeBlockKind::Indented => None,
                };
                let code = String::new();
                self.code = Some(CodeBuf { lang, code });
            }
            Tag::Link {
                link_type,
                dest_url,
                title,
                ..
            } => {
                let open = self.link_open(link_type, &dest_url, &title, offset);
                self.emit(Event::InlineHtml(open.into()));
            }
            Tag::Image {
                dest_url, title, ..
            } => {
                let src = self.destination(&dest_url, offset);
                let (title, alt) = (title.into_string(), String::new());
                self.image = Some(ImageBuf {
                    src,
                    title,
                    alt,
                    depth: 0,
                });
            }
            Tag::Table(_) => {
                self.emit(Event::Html("<div class=\"table-wrap\">\n".into()));
                self.emit(Event::Start(tag));
            }
            Tag::FootnoteDefinition(_) => {
                self.footnote_depth += 1;
                self.emit(Event::Start(tag));
            }
            Tag::Paragraph => {
                if self.summary_state == SummaryState::Waiting && self.footnote_depth == 0 {
                    self.summary_state = SummaryState::Collecting;
                }
                self.emit(Event::Start(tag));
            }
            Tag::HtmlBlock if !self.allow_html => self.emit(Event::Start(Tag::Paragraph)),
            other => self.emit(Event::Start(other)),
        }
    }

    fn end(&mut self, end: TagEnd) {
        match end {
            TagEnd::Heading(_) => self.finish_heading(end),
            TagEnd::Table => {
                self.emit(Event::End(end));
                self.emit(Event::Html("</div>\n".into()));
            }
            TagEnd::FootnoteDefinition => {
                self.emit(Event::End(end));
                self.footnote_depth = self.footnote_depth.saturating_sub(1);
            }
            TagEnd::Paragraph => {
                if self.summary_state == SummaryState::Collecting {
                    self.summary_state = SummaryState::Done;
                }
                self.emit(Event::End(end));
            }
            TagEnd::HtmlBlock if !self.allow_html => self.emit(Event::End(TagEnd::Paragraph)),
            other => self.emit(Event::End(other)),
        }
        if !is_inline_end(end) {
            self.block_break();
        }
    }

    /// Starts holding back a heading's events; `{key=value}` attributes are
    /// dropped unless raw HTML is allowed (they could carry `onclick=`).
    fn start_heading(&mut self, tag: Tag<'a>) {
        let tag = match tag {
            Tag::Heading {
                level,
                id,
                classes,
                attrs,
            } => Tag::Heading {
                level,
                id: id.filter(|id| !id.is_empty()),
                classes,
                attrs: if self.allow_html { attrs } else { Vec::new() },
            },
            other => other,
        };
        let (text, events) = (Collapsed::default(), Vec::new());
        self.heading = Some(HeadingBuf { tag, text, events });
    }

    /// Gives the finished heading its id and emits it.
    fn finish_heading(&mut self, end: TagEnd) {
        let Some(buf) = self.heading.take() else {
            return self.emit(Event::End(end));
        };
        let text = buf.text.into_string();
        let tag = match buf.tag {
            Tag::Heading {
                level,
                id,
                classes,
                attrs,
            } => {
                let id = match id {
                    Some(custom) => {
                        self.ids.claim(&custom);
                        custom.into_string()
                    }
                    None => self.ids.unique(slug(&text)),
                };
                self.headings.push(Heading {
                    level: level as u8,
                    id: id.clone(),
                    text,
                });
                let id = Some(CowStr::from(id));
                Tag::Heading {
                    level,
                    id,
                    classes,
                    attrs,
                }
            }
            other => other,
        };
        self.emit(Event::Start(tag));
        for event in buf.events {
            self.emit(event);
        }
        self.emit(Event::End(end));
    }

    fn code_event(&mut self, event: Event<'a>) {
        let Some(buf) = self.code.as_mut() else {
            return;
        };
        match event {
            Event::Text(text) => buf.code.push_str(&text),
            Event::End(TagEnd::CodeBlock) => self.finish_code(),
            _ => {}
        }
    }

    fn finish_code(&mut self) {
        let Some(buf) = self.code.take() else {
            return;
        };
        self.plain.push(&buf.code);
        self.block_break();
        if let Output::Html(_, highlighter) = self.output {
            let mut html = highlighter.highlight(&buf.code, buf.lang.as_deref());
            html.push('\n');
            self.emit(Event::Html(html.into()));
        }
    }

    fn image_event(&mut self, event: Event<'a>) {
        let Some(buf) = self.image.as_mut() else {
            return;
        };
        match event {
            Event::Text(text) | Event::Code(text) => buf.alt.push_str(&text),
            Event::SoftBreak | Event::HardBreak => buf.alt.push(' '),
            Event::Start(Tag::Image { .. }) => buf.depth += 1,
            Event::End(TagEnd::Image) if buf.depth > 0 => buf.depth -= 1,
            Event::End(TagEnd::Image) => self.finish_image(),
            _ => {}
        }
    }

    /// Emits `<img src alt [title] loading="lazy" />`.
    fn finish_image(&mut self) {
        let Some(buf) = self.image.take() else {
            return;
        };
        let mut html = String::with_capacity(buf.src.len() + buf.alt.len() + 48);
        html.push_str("<img src=\"");
        escape_url_into(&mut html, &buf.src);
        html.push_str("\" alt=\"");
        escape_html_into(&mut html, &buf.alt);
        if !buf.title.is_empty() {
            html.push_str("\" title=\"");
            escape_html_into(&mut html, &buf.title);
        }
        html.push_str("\" loading=\"lazy\" />");
        self.emit(Event::InlineHtml(html.into()));
    }

    /// Builds `<a href [title] [rel="noopener"]>`; the renderer closes it.
    fn link_open(&mut self, link_type: LinkType, dest: &str, title: &str, offset: usize) -> String {
        let href = if link_type == LinkType::Email {
            format!("mailto:{dest}")
        } else {
            self.destination(dest, offset)
        };
        let mut html = String::with_capacity(href.len() + title.len() + 40);
        html.push_str("<a href=\"");
        escape_url_into(&mut html, &href);
        html.push('"');
        if !title.is_empty() {
            html.push_str(" title=\"");
            escape_html_into(&mut html, title);
            html.push('"');
        }
        if links::is_external(&href) {
            html.push_str(" rel=\"noopener\"");
        }
        html.push('>');
        html
    }

    /// The URL to emit for a link or image destination: unsafe schemes become
    /// `#`, relative ones go through the resolver (broken ones are reported
    /// and kept as written), everything else is kept.
    fn destination(&mut self, dest: &str, offset: usize) -> String {
        let Output::Html(resolver, _) = self.output else {
            return String::new();
        };
        match links::classify(dest) {
            DestinationKind::Unsafe => "#".to_owned(),
            DestinationKind::Absolute => dest.to_owned(),
            DestinationKind::Relative => match resolver.resolve(dest) {
                LinkResolution::Keep => dest.to_owned(),
                LinkResolution::Rewrite(url) => url,
                LinkResolution::Broken { message, help } => {
                    self.problems.push(LinkProblem {
                        offset,
                        message,
                        help,
                    });
                    dest.to_owned()
                }
            },
        }
    }

    /// Routes an output event: into the open heading, the footnote section or
    /// the main flow.
    fn emit(&mut self, event: Event<'a>) {
        if matches!(self.output, Output::Text) {
            return;
        }
        if let Some(heading) = self.heading.as_mut() {
            heading.events.push(event);
        } else if self.footnote_depth > 0 {
            self.footnotes.push(event);
        } else {
            self.out.push(event);
        }
    }

    /// Visible text: feeds the plain text, the open heading and the summary.
    fn text(&mut self, text: &str) {
        self.plain.push(text);
        if let Some(heading) = self.heading.as_mut() {
            heading.text.push(text);
        }
        if self.summary_state == SummaryState::Collecting {
            self.summary.push(text);
        }
    }

    /// A line break inside a block.
    fn word_break(&mut self) {
        self.plain.space();
        if let Some(heading) = self.heading.as_mut() {
            heading.text.space();
        }
        if self.summary_state == SummaryState::Collecting {
            self.summary.space();
        }
    }

    /// A boundary between blocks (paragraphs, cells, items, …).
    fn block_break(&mut self) {
        self.plain.space();
    }

    /// Flushes anything left open (the parser closes every tag, so this is
    /// only a guard), appends the footnote section and renders the HTML;
    /// returns it with the plain text.
    fn finish(mut self, body_len: usize) -> (RenderedMarkdown, String) {
        self.finish_code();
        self.finish_image();
        if let Some(HeadingBuf { tag, .. }) = &self.heading {
            let end = tag.to_end();
            self.finish_heading(end);
        }
        if !self.footnotes.is_empty() {
            self.out
                .push(Event::Html("<section class=\"footnotes\">\n".into()));
            self.out.append(&mut self.footnotes);
            self.out.push(Event::Html("</section>\n".into()));
        }
        let mut html = String::new();
        if matches!(self.output, Output::Html(..)) {
            html.reserve(body_len + body_len / 2 + 64);
            pulldown_cmark::html::push_html(&mut html, self.out.into_iter());
        }
        let plain_text = self.plain.into_string();
        let rendered = RenderedMarkdown {
            html: PackedHtml::pack(&html),
            headings: self.headings,
            summary: self.summary.into_string(),
            word_count: plain_text.split_whitespace().count(),
            problems: self.problems,
        };
        (rendered, plain_text)
    }
}

/// The language of a fenced block: the info string's first word
/// (`rust,ignore` and `python {linenos}` give `rust` and `python`).
fn info_language(info: &str) -> Option<String> {
    info.split(|c: char| c.is_whitespace() || c == ',' || c == '{')
        .find(|word| !word.is_empty())
        .map(str::to_owned)
}

fn is_inline(tag: &Tag<'_>) -> bool {
    is_inline_end(tag.to_end())
}

fn is_inline_end(end: TagEnd) -> bool {
    matches!(
        end,
        TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::Link
            | TagEnd::Image
    )
}
