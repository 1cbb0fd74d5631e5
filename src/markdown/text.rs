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
        // Words between whitespace characters, copied whole (an empty one:
        // two whitespace characters in a row, or one at an end).
        for (i, word) in s.split(char::is_whitespace).enumerate() {
            if i > 0 {
                self.pending_space = true;
            }
            self.word(word);
        }
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
