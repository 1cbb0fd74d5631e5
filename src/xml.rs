//! Text written into XML and HTML by hand rather than through a template:
//! feeds, the sitemap, SVG charts, embed snippets and `serve`'s error page.
//! One escaper for element content and attribute values alike.

/// Text made safe for XML 1.0 element content and attribute values: the five
/// special characters escaped, characters XML forbids dropped.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_drops_forbidden_characters() {
        assert_eq!(
            escape("</script> \"q\" 'a' ]]> --> &\u{0}\u{1b}\t"),
            "&lt;/script&gt; &quot;q&quot; &apos;a&apos; ]]&gt; --&gt; &amp;\t"
        );
    }
}
