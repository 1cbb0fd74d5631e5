//! Small text helpers for the Markdown renderer: HTML/URL escaping and a
//! whitespace-collapsing plain-text accumulator.

/// Appends `s` to `out` with `& < > " '` replaced by entities, safe both in
/// element content and in double-quoted attribute values.
pub(super) fn escape_html_into(out: &mut String, s: &str) {
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        let entity = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&s[start..i]);
        out.push_str(entity);
        start = i + 1;
    }
    out.push_str(&s[start..]);
}

/// Appends a URL for a double-quoted `href`/`src` attribute: spaces and control
/// characters are percent-encoded, `" < >` too, and `&` becomes `&amp;`.
/// Non-ASCII characters are kept (browsers accept IRIs).
pub(super) fn escape_url_into(out: &mut String, url: &str) {
    for c in url.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' | '<' | '>' | ' ' | '\'' | '`' => push_percent(out, c as u8),
            c if c.is_ascii_control() => push_percent(out, c as u8),
            c => out.push(c),
        }
    }
}

fn push_percent(out: &mut String, byte: u8) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    out.push('%');
    out.push(char::from(HEX[usize::from(byte >> 4)]));
    out.push(char::from(HEX[usize::from(byte & 0x0f)]));
}

/// The byte offset and length of the first whitespace character of `s`
/// (what `char::is_whitespace` calls one), read from the bytes: outside
/// ASCII, Unicode's spaces are U+0085, U+00A0 (`C2 xx`), U+1680 (`E1 9A 80`),
/// U+2000–U+200A, U+2028, U+2029, U+202F, U+205F (`E2 80 xx`, `E2 81 9F`)
/// and U+3000 (`E3 80 80`), so the letters of Vietnamese (`C3`–`C6`,
/// `E1 BA`/`E1 BB`) are passed over without decoding them — this runs over
/// every body's text twice per build.
fn next_whitespace(s: &str) -> Option<(usize, usize)> {
    let bytes = s.as_bytes();
    let at = |i: usize| bytes.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let space = match b {
            b' ' | b'\t'..=b'\r' => Some(1),
            0xC2 if matches!(at(i + 1), 0x85 | 0xA0) => Some(2),
            0xE1 if at(i + 1) == 0x9A && at(i + 2) == 0x80 => Some(3),
            0xE2 if at(i + 1) == 0x80 && matches!(at(i + 2), 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF) => {
                Some(3)
            }
            0xE2 if at(i + 1) == 0x81 && at(i + 2) == 0x9F => Some(3),
            0xE3 if at(i + 1) == 0x80 && at(i + 2) == 0x80 => Some(3),
            _ => None,
        };
        if let Some(len) = space {
            return Some((i, len));
        }
        i += utf8_len(b);
    }
    None
}

/// The length of the UTF-8 sequence that `lead` begins (1 for ASCII).
fn utf8_len(lead: u8) -> usize {
    match lead {
        0xF0.. => 4,
        0xE0.. => 3,
        0xC0.. => 2,
        _ => 1,
    }
}

/// Plain text with every run of whitespace (including NBSP) collapsed to one
/// space and no leading or trailing whitespace.
#[derive(Debug, Default)]
pub(super) struct Collapsed {
    text: String,
    pending_space: bool,
}

impl Collapsed {
    /// Appends text, collapsing whitespace.
    pub(super) fn push(&mut self, s: &str) {
        let mut rest = s;
        while let Some((at, len)) = next_whitespace(rest) {
            self.word(&rest[..at]);
            self.pending_space = true;
            rest = &rest[at + len..];
        }
        self.word(rest);
    }

    /// Appends a run of text without whitespace.
    fn word(&mut self, word: &str) {
        if word.is_empty() {
            return;
        }
        if self.pending_space && !self.text.is_empty() {
            self.text.push(' ');
        }
        self.pending_space = false;
        self.text.push_str(word);
    }

    /// Marks a word boundary (line break, block boundary).
    pub(super) fn space(&mut self) {
        self.pending_space = true;
    }

    /// The text, without spare room (summaries and heading texts are kept
    /// for the whole build).
    pub(super) fn into_string(self) -> String {
        let mut text = self.text;
        text.shrink_to_fit();
        text
    }
}
