//! Embeds and the oEmbed 1.0 provider. Exemplars, campaigns, anniversaries
//! and events get an embeddable card at `/embed/<path>.html` (template
//! `embed.html`, rendered only when the theme has it), a static oEmbed
//! response beside it at `/embed/<path>.json` (its thumbnail the page's
//! share card) and, on their page, the iframe snippet to copy ("Nhúng") as
//! plain text: it is for copying, not reading, and syntect's markup made it
//! a third of every page's bytes (issue 14). Two files and no folder per
//! card: a folder each (`/embed/<path>/index.html`) was most of the system
//! time of a build from empty (issue 14).
//! The host page sizes the iframe with `/js/embed-host.js`; the card reports
//! its height with `/js/embed-frame.js` (see docs/embedding.md).

use std::sync::Arc;

use rayon::prelude::*;
use serde::Serialize;
use serde_json::json;
use tera::Value;

use crate::model::EntryKind;
use crate::output::OutputFile;
use crate::permalink::reserved::EMBED;
use crate::permalink::{Permalink, absolute};
use crate::render::share_card;
use crate::site::{Page, PageId, Site};
use crate::xml::escape as xml;

/// The width the snippet and oEmbed announce, in CSS pixels.
pub const WIDTH: u32 = 640;
/// The host-side script, site-relative.
pub const HOST_SCRIPT: &str = "/js/embed-host.js";

/// What an entry page shows under "Nhúng", and what oEmbed returns.
#[derive(Debug, Clone, Serialize)]
pub struct EmbedView {
    /// `/embed/<path>.html`
    pub url: String,
    /// `/embed/<path>.json`
    pub oembed_url: String,
    /// The HTML to paste into an article.
    pub snippet: String,
    /// Initial iframe height before the host script resizes it.
    pub height: u32,
}

/// Whether a page has an embeddable variant.
pub fn is_embeddable(page: &Page) -> bool {
    matches!(
        page.entry.kind,
        EntryKind::Exemplar(_)
            | EntryKind::Campaign(_)
            | EntryKind::Anniversary(_)
            | EntryKind::Event(_)
    )
}

/// `/embed/<path>` of an embeddable page: its card is that + `.html`, its
/// oEmbed data that + `.json`.
fn stem(page: &Page) -> Option<String> {
    if !is_embeddable(page) {
        return None;
    }
    let p = Permalink::from_segments(std::iter::once(EMBED).chain(page.permalink.segments()))?;
    Some(p.as_str().trim_end_matches('/').to_owned())
}

/// The card's URL (site-relative): `/embed/<path>.html`.
fn url(page: &Page) -> Option<String> {
    stem(page).map(|s| s + ".html")
}

/// The oEmbed data's URL (site-relative), for `<link rel="alternate">`:
/// `/embed/<path>.json`.
fn oembed_url(page: &Page) -> Option<String> {
    stem(page).map(|s| s + ".json")
}

/// Whether an output path is an oEmbed file (`embed/<path>.json`).
pub fn is_oembed_file(path: &str) -> bool {
    path.split('/').next() == Some(EMBED) && path.ends_with(".json")
}

/// The heights in CSS pixels of the card's blocks, as `embed.css` fixes
/// them (line heights × clamped lines, plus the margin above each block).
mod card_px {
    /// Border and padding of `.embed-card`.
    pub const CHROME: u32 = 2 + 24;
    /// `.embed-kicker`: one line of 20.
    pub const KICKER: u32 = 20;
    /// The title: 4 + two lines of 26.
    pub const TITLE: u32 = 4 + 2 * 26;
    /// `.embed-meta` (the meta line; an event's date): 4 + two lines of 20.
    pub const META: u32 = 4 + 2 * 20;
    /// `.embed-img`: 8 + a fixed 160.
    pub const IMAGE: u32 = 8 + 160;
    /// An anniversary's countdown: margin, padding, 36 + 4 + 2 × 24 + 4 + 20.
    pub const COUNTDOWN: u32 = 8 + 16 + 36 + 4 + 2 * 24 + 4 + 20;
    /// A campaign's progress: margin, padding, 24 + 4 + 24 + 4 + 16 + 4 + 20.
    pub const PROGRESS: u32 = 8 + 16 + 24 + 4 + 24 + 4 + 16 + 4 + 20;
    /// `.embed-summary`: 8 + three lines of 24.
    pub const SUMMARY: u32 = 8 + 3 * 24;
    /// `.embed-awards`: 8 + one line of 24 per award shown.
    pub const AWARDS: u32 = 8;
    pub const AWARD: u32 = 24;
    /// At most this many awards are shown (`embed.html`).
    pub const AWARDS_SHOWN: usize = 3;
    /// `.embed-foot`: 8 + one line of 24.
    pub const FOOT: u32 = 8 + 24;
    /// Rounding of line boxes and borders.
    pub const SLACK: u32 = 8;
}

/// The card's height: the sum of the blocks `embed.html` shows for this
/// page, each of a fixed height, so a host that strips the `<script>` (and
/// never resizes the frame) still shows the whole card, image or not.
fn height(page: &Page) -> u32 {
    use card_px::*;
    let mut h = CHROME + KICKER + TITLE + META + SUMMARY + FOOT + SLACK;
    if page.image_url.is_some() {
        h += IMAGE;
    }
    h += match &page.entry.kind {
        EntryKind::Anniversary(_) if page.next.is_some() => COUNTDOWN,
        EntryKind::Campaign(_) => PROGRESS,
        EntryKind::Event(_) => META,
        EntryKind::Exemplar(x) if !x.awards.is_empty() => {
            AWARDS + AWARD * x.awards.len().min(AWARDS_SHOWN) as u32
        }
        _ => 0,
    };
    h
}

/// The iframe and host script an article pastes: `src` and `title` as
/// written in it (XML-escaped), `host` the host script's address.
fn snippet_text(src: &str, title: &str, height: &str, host: &str) -> String {
    format!(
        "<iframe src=\"{src}\" title=\"{title}\" width=\"{WIDTH}\" height=\"{height}\" style=\"width:100%;max-width:{WIDTH}px;border:0\" loading=\"lazy\" data-thidua-embed></iframe>\n<script src=\"{host}\" async></script>",
    )
}

fn host_script(site: &Site) -> String {
    xml(&absolute(&site.config.base_url, HOST_SCRIPT))
}

/// Every page's embed (None for pages that have none), in parallel.
pub fn prepare(site: &Site) -> Embeds {
    Embeds {
        views: views_with(site, &|_| None),
    }
}

/// The embed view of `page` (none when it has none); `host` is
/// [`host_script`]. It reads only the page and the configuration.
fn view(site: &Site, page: &Page, host: &str) -> Option<Arc<EmbedView>> {
    let url = url(page)?;
    let oembed_url = oembed_url(page)?;
    let height = height(page);
    let src = xml(&absolute(&site.config.base_url, &url));
    let snippet = snippet_text(&src, &xml(page.title()), &height.to_string(), host);
    Some(Arc::new(EmbedView {
        oembed_url,
        snippet,
        url,
        height,
    }))
}

/// Every page's embed view, taking `earlier(id)` where it gives one (a
/// rebuild's view of a page whose data and configuration are unchanged).
pub fn views_with(
    site: &Site,
    earlier: &(dyn Fn(PageId) -> Option<Option<Arc<EmbedView>>> + Sync),
) -> Vec<Option<Arc<EmbedView>>> {
    let host = host_script(site);
    (0..site.pages.len())
        .into_par_iter()
        .map(|id| earlier(id).unwrap_or_else(|| view(site, &site.pages[id], &host)))
        .collect()
}

/// The embeddable variant of every page (or none).
pub struct Embeds {
    pub views: Vec<Option<Arc<EmbedView>>>,
}

impl Embeds {
    /// No page is embeddable (the theme has no `embed.html`).
    pub fn none(count: usize) -> Embeds {
        Embeds {
            views: vec![None; count],
        }
    }

    /// `page` with its `embed` (or none) added: the view and the snippet
    /// as a code block (`snippet_html`).
    pub fn attach(&self, page: Value, id: usize) -> Value {
        let mut map = page.into_map().unwrap_or_default();
        let v = self.views[id].as_ref().map_or(Value::none(), |e| {
            let mut m = Value::from_serializable(&**e)
                .into_map()
                .unwrap_or_default();
            let html = format!("<pre class=\"code\"><code>{}</code></pre>", xml(&e.snippet));
            m.insert("snippet_html".into(), Value::safe_string(&html));
            Value::from(m)
        });
        map.insert("embed".into(), v);
        Value::from(map)
    }
}

/// The oEmbed 1.0 responses (`type: rich`) of every embeddable page, with
/// the page's share card as thumbnail.
pub fn oembed_files(site: &Site, embeds: &[Option<Arc<EmbedView>>]) -> Vec<OutputFile> {
    let base = &site.config.base_url;
    embeds
        .iter()
        .enumerate()
        .filter_map(|(id, e)| Some((id, &**e.as_ref()?)))
        .map(|(id, e): (PageId, &EmbedView)| {
            let page = &site.pages[id];
            let mut v = json!({
                "version": "1.0",
                "type": "rich",
                "title": page.title(),
                "html": e.snippet,
                "width": WIDTH,
                "height": e.height,
                "provider_name": site.config.title,
                "provider_url": absolute(base, "/"),
                "cache_age": 86400,
            });
            if let Some(url) = share_card::url(page) {
                v["thumbnail_url"] = json!(absolute(base, &url));
                v["thumbnail_width"] = json!(share_card::WIDTH);
                v["thumbnail_height"] = json!(share_card::HEIGHT);
            }
            let path = e.oembed_url.trim_start_matches('/').to_owned();
            OutputFile::text(path, serde_json::to_string_pretty(&v).unwrap_or_default())
        })
        .collect()
}

/// Width and height of a PNG, GIF, JPEG or SVG (with numeric `width` and
/// `height` attributes).
pub fn image_size(b: &[u8]) -> Option<(u32, u32)> {
    let be32 = |i: usize| Some(u32::from_be_bytes(b.get(i..i + 4)?.try_into().ok()?));
    let be16 = |i: usize| {
        Some(u32::from(u16::from_be_bytes(
            b.get(i..i + 2)?.try_into().ok()?,
        )))
    };
    let le16 = |i: usize| {
        Some(u32::from(u16::from_le_bytes(
            b.get(i..i + 2)?.try_into().ok()?,
        )))
    };
    if b.starts_with(b"\x89PNG\r\n\x1a\n") {
        return Some((be32(16)?, be32(20)?));
    }
    if b.starts_with(b"GIF8") {
        return Some((le16(6)?, le16(8)?));
    }
    if b.starts_with(&[0xFF, 0xD8]) {
        let mut i = 2;
        while i + 9 < b.len() && b[i] == 0xFF {
            let marker = b[i + 1];
            if matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC) {
                return Some((be16(i + 7)?, be16(i + 5)?));
            }
            i += 2 + usize::try_from(be16(i + 2)?).ok()?;
        }
        return None;
    }
    svg_size(std::str::from_utf8(b).ok()?)
}

fn svg_size(text: &str) -> Option<(u32, u32)> {
    let start = text.find("<svg")?;
    let tag = &text[start..start + text[start..].find('>')?];
    let num = |name: &str| -> Option<u32> {
        let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        let value = &tag[at..at + tag[at..].find('"')?];
        let n: f64 = value.trim_end_matches("px").parse().ok()?;
        (1.0..100_000.0).contains(&n).then(|| n.round() as u32)
    };
    Some((num("width")?, num("height")?))
}

#[cfg(test)]
mod tests {
    use super::image_size;

    #[test]
    fn image_sizes() {
        let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        png.extend([0, 0, 2, 128, 0, 0, 1, 224]);
        assert_eq!(image_size(&png), Some((640, 480)));
        assert_eq!(image_size(b"GIF89a\x10\0\x20\0"), Some((16, 32)));
        let jpeg = [
            0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 0, 0, 0xFF, 0xC0, 0, 11, 8, 1, 0x2C, 3, 0x20, 3, 0, 0,
        ];
        assert_eq!(image_size(&jpeg), Some((800, 300)));
        let svg = br#"<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="1200px" height="630">"#;
        assert_eq!(image_size(svg), Some((1200, 630)));
        assert_eq!(image_size(br#"<svg viewBox="0 0 10 10">"#), None);
        assert_eq!(image_size(&[0xFF, 0xD8, 0xFF]), None);
    }
}
