//! Drawing a card: its SVG ([`super::layout`]) through usvg (text shaped by
//! harfrust with the bundled Be Vietnam Pro, loaded from bytes: no system
//! font is ever looked up, so every machine draws the same pixels) and
//! resvg onto a tiny-skia pixmap, encoded as PNG. The portrait is handed to
//! usvg as bytes for the one `href` the layout writes; no other image is
//! loaded, and an SVG portrait's own external images are ignored.

use std::sync::Arc;

use resvg::{tiny_skia, usvg};
use skrifa::prelude::{FontRef, LocationRef, MetadataProvider, Size};

use super::layout::{self, CardText, FAMILY, HEIGHT, Measure, WIDTH};

const REGULAR: &[u8] = include_bytes!("fonts/BeVietnamPro-Regular.ttf");
const BOLD: &[u8] = include_bytes!("fonts/BeVietnamPro-Bold.ttf");

/// What the pixels depend on besides the card's text and portrait: the
/// font, the renderer and the layout. Part of every card's cache key;
/// change [`LAYOUT_VERSION`] with any change to the layout.
pub const FONT_VERSION: &str = "Be Vietnam Pro 1.002 (Regular, Bold)";
pub const RENDERER_VERSION: &str = "resvg 0.49";
pub const LAYOUT_VERSION: u32 = 1;

/// The largest raster portrait drawn, in pixels (a bigger one is left out
/// rather than decoded into hundreds of megabytes).
const MAX_PORTRAIT_PIXELS: u64 = 40_000_000;

/// A portrait the renderer can read.
#[derive(Clone)]
pub struct Portrait(usvg::ImageKind);

impl Portrait {
    /// The portrait of `bytes` (PNG, JPEG, GIF or SVG), or `None` when the
    /// renderer cannot read it or a raster image is too large.
    pub fn read(bytes: Vec<u8>, painter: &Painter) -> Option<Portrait> {
        let raster = |b: &[u8]| {
            let (w, h) = crate::render::embed::image_size(b)?;
            (w > 0 && h > 0 && u64::from(w) * u64::from(h) <= MAX_PORTRAIT_PIXELS).then_some(())
        };
        let kind = if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            raster(&bytes)?;
            usvg::ImageKind::PNG(Arc::new(bytes))
        } else if bytes.starts_with(&[0xFF, 0xD8]) {
            raster(&bytes)?;
            usvg::ImageKind::JPEG(Arc::new(bytes))
        } else if bytes.starts_with(b"GIF8") {
            raster(&bytes)?;
            usvg::ImageKind::GIF(Arc::new(bytes))
        } else {
            let text = std::str::from_utf8(&bytes).ok()?;
            if !text.contains("<svg") {
                return None;
            }
            let options = painter.options(None);
            usvg::ImageKind::SVG(usvg::Tree::from_data_nested(&bytes, &options).ok()?)
        };
        Some(Portrait(kind))
    }
}

/// The bundled faces, shared by the threads that draw cards.
pub struct Painter {
    fontdb: Arc<usvg::fontdb::Database>,
    regular: FontRef<'static>,
    bold: FontRef<'static>,
}

impl Default for Painter {
    fn default() -> Self {
        Painter::new()
    }
}

impl Painter {
    pub fn new() -> Painter {
        let mut db = usvg::fontdb::Database::new();
        db.load_font_data(REGULAR.to_vec());
        db.load_font_data(BOLD.to_vec());
        db.set_sans_serif_family(FAMILY);
        // The faces are part of the program (a unit test reads them).
        let face = |bytes| FontRef::new(bytes).expect("the bundled font is a valid TrueType font");
        Painter {
            fontdb: Arc::new(db),
            regular: face(REGULAR),
            bold: face(BOLD),
        }
    }

    /// The font database (the bundled faces only).
    pub fn fontdb(&self) -> &usvg::fontdb::Database {
        &self.fontdb
    }

    /// Options that read nothing from disk: the bundled fonts, and only the
    /// portrait for [`layout::PORTRAIT_HREF`].
    fn options(&self, portrait: Option<Portrait>) -> usvg::Options<'static> {
        let mut options = usvg::Options {
            font_family: FAMILY.to_owned(),
            languages: vec!["vi".to_owned()],
            fontdb: self.fontdb.clone(),
            ..usvg::Options::default()
        };
        options.image_href_resolver = usvg::ImageHrefResolver {
            resolve_data: usvg::ImageHrefResolver::default_data_resolver(),
            resolve_string: Box::new(move |href, _| {
                (href == layout::PORTRAIT_HREF)
                    .then(|| portrait.as_ref().map(|p| p.0.clone()))
                    .flatten()
            }),
        };
        options
    }

    /// The SVG of a card (what [`Self::png`] draws).
    pub fn svg(&self, text: &CardText, portrait: bool) -> String {
        layout::svg(text, portrait, self)
    }

    /// The parsed card, with its text shaped (for tests and [`Self::png`]).
    pub fn tree(&self, text: &CardText, portrait: Option<&Portrait>) -> Option<usvg::Tree> {
        let svg = self.svg(text, portrait.is_some());
        usvg::Tree::from_str(&svg, &self.options(portrait.cloned())).ok()
    }

    /// The card as a PNG of [`WIDTH`]×[`HEIGHT`] pixels. A portrait that
    /// makes the renderer fail (or panic) gives the card without it.
    pub fn png(&self, text: &CardText, portrait: Option<&Portrait>) -> Option<Vec<u8>> {
        let draw = |portrait: Option<&Portrait>| {
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                let tree = self.tree(text, portrait)?;
                let mut pixmap = tiny_skia::Pixmap::new(WIDTH, HEIGHT)?;
                resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
                pixmap.encode_png().ok()
            }))
            .ok()
            .flatten()
        };
        draw(portrait).or_else(|| portrait.and_then(|_| draw(None)))
    }
}

impl Measure for Painter {
    fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        let font = if bold { &self.bold } else { &self.regular };
        let charmap = font.charmap();
        let metrics = font.glyph_metrics(Size::new(size), LocationRef::default());
        text.chars()
            .map(|c| {
                charmap
                    .map(c)
                    .and_then(|g| metrics.advance_width(g))
                    .unwrap_or(size * 0.6)
            })
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_faces_are_found_by_family() {
        let painter = Painter::new();
        let families: Vec<String> = painter
            .fontdb()
            .faces()
            .flat_map(|f| f.families.iter().map(|(name, _)| name.clone()))
            .collect();
        assert_eq!(families, [FAMILY, FAMILY]);
        assert!(painter.width("Đ", 40.0, true) > 10.0);
    }
}
