//! Where everything sits on a share card: the SVG text of one 1200×630 card
//! (site name on the red band, the kind, the title in at most three lines,
//! the locality or date, the portrait on the right when there is one),
//! with long text wrapped at word boundaries by the bundled font's advance
//! widths ([`Measure`]). Colours are the default theme's (`thidua.css`),
//! each pair at least 4.5:1.

use crate::xml::escape;

/// Size of a card in pixels (what Facebook, Zalo and X show in full).
pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

/// The `href` of the portrait in the card's SVG; the renderer answers it
/// with the portrait's bytes (no file is ever opened by name).
pub const PORTRAIT_HREF: &str = "thidua-portrait";

/// The family name of the bundled font.
pub const FAMILY: &str = "Be Vietnam Pro";

// thidua.css: --red, --red-dark, --gold, --gold-text, --cream, --text, --muted.
const RED: &str = "#b71c1c";
const GOLD: &str = "#ffd54f";
/// #ffe082 on #b71c1c: 5.08:1.
const GOLD_TEXT: &str = "#ffe082";
const CREAM: &str = "#fff8e1";
/// #1f1f1f on #fff8e1: 15.5:1.
const TEXT: &str = "#1f1f1f";
/// #5c5c5c on #fff8e1: 6.29:1.
const MUTED: &str = "#5c5c5c";

const MARGIN: f32 = 64.0;
const BAND: f32 = 96.0;
const PORTRAIT: (f32, f32, f32, f32) = (800.0, 136.0, 336.0, 420.0);
/// Title sizes tried from the largest; the smallest one cuts.
const TITLE_SIZES: [f32; 4] = [66.0, 58.0, 50.0, 44.0];
const TITLE_LINES: usize = 3;
const KIND_SIZE: f32 = 28.0;
const LINE_SIZE: f32 = 30.0;
const SITE_SIZE: f32 = 30.0;

/// What a card says, NFC.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CardText {
    /// "Gương điển hình", "Phong trào thi đua"…
    pub kind: String,
    pub title: String,
    /// Locality, date or period (may be empty).
    pub line: String,
    /// The site's name.
    pub site: String,
}

/// Advance width of text in one of the bundled faces, in pixels.
pub trait Measure {
    fn width(&self, text: &str, size: f32, bold: bool) -> f32;
}

/// The SVG of a card, with room for the portrait when `portrait`.
pub fn svg(text: &CardText, portrait: bool, measure: &dyn Measure) -> String {
    let text_right = if portrait {
        PORTRAIT.0 - 48.0
    } else {
        WIDTH as f32 - MARGIN
    };
    let text_width = text_right - MARGIN;
    let mut out = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" font-family="{FAMILY}">"#
    );
    out.push_str(&format!(
        r#"<rect width="{WIDTH}" height="{HEIGHT}" fill="{CREAM}"/><rect width="{WIDTH}" height="{BAND}" fill="{RED}"/><rect y="{}" width="{WIDTH}" height="18" fill="{GOLD}"/>"#,
        HEIGHT - 18
    ));
    // The theme's emblem: a gold star in a red disc with a gold ring.
    out.push_str(&format!(
        r##"<g transform="translate({MARGIN} 18) scale(0.9375)"><circle cx="32" cy="32" r="31" fill="{GOLD}"/><circle cx="32" cy="32" r="27" fill="#c62828"/><path fill="{GOLD}" d="M32 11l5.9 18.1H57L41.6 40.3l5.9 18.1L32 47.2 16.5 58.4l5.9-18.1L7 29.1h19.1z"/></g>"##
    ));
    let site_x = MARGIN + 60.0 + 20.0;
    let site = fit_one_line(
        &text.site,
        SITE_SIZE,
        true,
        WIDTH as f32 - MARGIN - site_x,
        measure,
    );
    push_text(&mut out, site_x, 59.0, SITE_SIZE, true, GOLD_TEXT, &site);

    let kind = text.kind.to_uppercase();
    let kind = fit_one_line(&kind, KIND_SIZE, true, text_width, measure);
    push_text(&mut out, MARGIN, 176.0, KIND_SIZE, true, RED, &kind);
    out.push_str(&format!(
        r#"<rect x="{MARGIN}" y="194" width="88" height="6" fill="{RED}"/>"#
    ));

    let (size, lines) = title_lines(&text.title, text_width, measure);
    let leading = (size * 1.2).round();
    let mut y = 236.0 + size;
    for line in &lines {
        push_text(&mut out, MARGIN, y, size, true, TEXT, line);
        y += leading;
    }
    if !text.line.is_empty() {
        y += 26.0 - leading + LINE_SIZE * 1.3;
        let rest = HEIGHT as f32 - 40.0 - y;
        let max = if rest >= LINE_SIZE * 1.3 { 2 } else { 1 };
        let (lines, _) = wrap(&text.line, LINE_SIZE, false, text_width, max, measure);
        for line in lines {
            push_text(&mut out, MARGIN, y, LINE_SIZE, false, MUTED, &line);
            y += (LINE_SIZE * 1.3).round();
        }
    }
    if portrait {
        let (x, y, w, h) = PORTRAIT;
        out.push_str(&format!(
            r#"<clipPath id="p"><rect x="{x}" y="{y}" width="{w}" height="{h}" rx="12"/></clipPath><rect x="{}" y="{}" width="{}" height="{}" rx="16" fill="{GOLD}"/><rect x="{x}" y="{y}" width="{w}" height="{h}" rx="12" fill="{CREAM}"/><image x="{x}" y="{y}" width="{w}" height="{h}" preserveAspectRatio="xMidYMid slice" clip-path="url(#p)" xlink:href="{PORTRAIT_HREF}"/>"#,
            x - 6.0,
            y - 6.0,
            w + 12.0,
            h + 12.0
        ));
    }
    out.push_str("</svg>");
    out
}

fn push_text(out: &mut String, x: f32, y: f32, size: f32, bold: bool, fill: &str, text: &str) {
    let weight = if bold { 700 } else { 400 };
    out.push_str(&format!(
        r#"<text x="{x}" y="{y}" font-size="{size}" font-weight="{weight}" fill="{fill}">{}</text>"#,
        escape(text)
    ));
}

/// The largest title size whose text fits in [`TITLE_LINES`] lines, and
/// its lines; at the smallest size the text is cut at a word with "…".
fn title_lines(title: &str, width: f32, measure: &dyn Measure) -> (f32, Vec<String>) {
    for size in TITLE_SIZES {
        let (lines, cut) = wrap(title, size, true, width, TITLE_LINES, measure);
        if !cut {
            return (size, lines);
        }
    }
    let size = TITLE_SIZES[TITLE_SIZES.len() - 1];
    (size, wrap(title, size, true, width, TITLE_LINES, measure).0)
}

fn fit_one_line(text: &str, size: f32, bold: bool, width: f32, measure: &dyn Measure) -> String {
    let (mut lines, _) = wrap(text, size, bold, width, 1, measure);
    lines.pop().unwrap_or_default()
}

/// `text` in at most `max_lines` lines no wider than `width`, broken at
/// spaces (a word wider than a line is broken between letters); when it
/// does not fit, the last line ends at a word with "…" and `true` is
/// returned with the lines.
pub fn wrap(
    text: &str,
    size: f32,
    bold: bool,
    width: f32,
    max_lines: usize,
    measure: &dyn Measure,
) -> (Vec<String>, bool) {
    let fits = |s: &str| measure.width(s, size, bold) <= width;
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in split_long_words(text, &fits) {
        let candidate = if current.is_empty() {
            word.clone()
        } else {
            format!("{current} {word}")
        };
        if fits(&candidate) {
            current = candidate;
            continue;
        }
        if lines.len() + 1 == max_lines {
            lines.push(with_ellipsis(&current, &fits));
            return (lines, true);
        }
        lines.push(std::mem::replace(&mut current, word));
    }
    if !current.is_empty() {
        lines.push(current);
    }
    (lines, false)
}

/// Words of `text`; a word too wide for a line alone is split into pieces
/// that fit.
fn split_long_words(text: &str, fits: &dyn Fn(&str) -> bool) -> Vec<String> {
    let mut out = Vec::new();
    for word in text.split_whitespace() {
        if fits(word) {
            out.push(word.to_owned());
            continue;
        }
        let mut piece = String::new();
        for c in word.chars() {
            piece.push(c);
            if !fits(&piece) && piece.chars().count() > 1 {
                piece.pop();
                out.push(std::mem::take(&mut piece));
                piece.push(c);
            }
        }
        if !piece.is_empty() {
            out.push(piece);
        }
    }
    out
}

/// `line` followed by "…", dropping words from its end until it fits.
fn with_ellipsis(line: &str, fits: &dyn Fn(&str) -> bool) -> String {
    let mut words: Vec<&str> = line.split(' ').collect();
    while !words.is_empty() {
        let candidate = format!(
            "{}…",
            words.join(" ").trim_end_matches([',', ';', ':', '-', '–'])
        );
        if fits(&candidate) {
            return candidate;
        }
        words.pop();
    }
    "…".to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character 10 px wide at size 10.
    struct Fixed;
    impl Measure for Fixed {
        fn width(&self, text: &str, size: f32, _bold: bool) -> f32 {
            text.chars().count() as f32 * size
        }
    }

    #[test]
    fn wraps_at_words_and_cuts_with_an_ellipsis() {
        let (lines, cut) = wrap("một hai ba bốn năm", 10.0, false, 80.0, 3, &Fixed);
        assert_eq!(lines, ["một hai", "ba bốn", "năm"]);
        assert!(!cut);
        let (lines, cut) = wrap("một hai ba bốn năm sáu bảy", 10.0, false, 80.0, 2, &Fixed);
        assert_eq!(lines, ["một hai", "ba bốn…"]);
        assert!(cut);
        let (lines, _) = wrap("Đoàn-thanh-niên-cộng-sản", 10.0, false, 80.0, 3, &Fixed);
        assert!(lines.iter().all(|l| l.chars().count() <= 8), "{lines:?}");
    }

    #[test]
    fn a_long_title_takes_a_smaller_size() {
        let short = title_lines("Nguyễn Văn An", 1000.0, &Fixed);
        assert_eq!(short.0, TITLE_SIZES[0]);
        let long = "Mô hình ".repeat(12);
        let (size, lines) = title_lines(&long, 1000.0, &Fixed);
        assert_eq!(size, TITLE_SIZES[TITLE_SIZES.len() - 1]);
        assert_eq!(lines.len(), TITLE_LINES);
        assert!(lines[2].ends_with('…'));
    }

    #[test]
    fn text_is_escaped() {
        let text = CardText {
            kind: "Sự kiện".into(),
            title: "Nông <sạch> & \"xanh\"".into(),
            line: String::new(),
            site: "Cổng".into(),
        };
        let svg = svg(&text, false, &Fixed);
        // The title may wrap: each escaped piece is in the SVG, nothing raw.
        for piece in ["Nông", "&lt;sạch&gt;", "&amp;", "&quot;xanh&quot;"] {
            assert!(svg.contains(piece), "{piece}: {svg}");
        }
        assert!(
            !svg.contains("<sạch>") && !svg.contains("\"xanh\""),
            "{svg}"
        );
    }
}
