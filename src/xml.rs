//! Text written into XML and HTML by hand rather than through a template:
//! feeds, the sitemap, SVG charts, embed snippets and `serve`'s error page.
//! One escaper for element content and attribute values alike.

/// Text made safe for XML 1.0 element content and attribute values: the five
/// special characters escaped, characters XML forbids dropped.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 16);
    let bytes = s.as_bytes();
    // Runs of ordinary text are copied whole; only ASCII bytes and the
    // three bytes of U+FFFE/U+FFFF are looked at, so every slice below
    // starts and ends on a character boundary.
    let (mut copied, mut i) = (0, 0);
    while i < bytes.len() {
        let (with, len) = match bytes[i] {
            b'&' => ("&amp;", 1),
            b'<' => ("&lt;", 1),
            b'>' => ("&gt;", 1),
            b'"' => ("&quot;", 1),
            b'\'' => ("&apos;", 1),
            b'\t' | b'\n' | b'\r' => {
                i += 1;
                continue;
            }
            0..=0x1F => ("", 1),
            0xEF if bytes.get(i + 1) == Some(&0xBF)
                && matches!(bytes.get(i + 2), Some(0xBE | 0xBF)) =>
            {
                ("", 3)
            }
            _ => {
                i += 1;
                continue;
            }
        };
        out.push_str(&s[copied..i]);
        out.push_str(with);
        i += len;
        copied = i;
    }
    out.push_str(&s[copied..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The rule, one character at a time.
    fn reference(s: &str) -> String {
        let mut out = String::new();
        for c in s.chars() {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '"' => out.push_str("&quot;"),
                '\'' => out.push_str("&apos;"),
                '\t' | '\n' | '\r' => out.push(c),
                c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
                c => out.push(c),
            }
        }
        out
    }

    proptest! {
        #[test]
        fn escaping_by_runs_is_the_rule(s in "[a&<>\"'\t\n\r\u{0}\u{1f}\u{7f}ạđ\u{fffd}\u{fffe}\u{ffff}\u{fefe}\u{1f600}]{0,24}") {
            prop_assert_eq!(escape(&s), reference(&s));
        }
    }

    #[test]
    fn escapes_and_drops_forbidden_characters() {
        assert_eq!(
            escape("</script> \"q\" 'a' ]]> --> &\u{0}\u{1b}\t"),
            "&lt;/script&gt; &quot;q&quot; &apos;a&apos; ]]&gt; --&gt; &amp;\t"
        );
    }
}
