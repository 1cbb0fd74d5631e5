//! Shortening a text for a card or a search result: at most so many
//! characters, cut between words (never inside a syllable, "Ban Thườ…"),
//! with "…" when something was left out.

/// At most `max` characters of `s` (plus "…" when cut), cut at the last
/// space before the limit; a single word longer than `max` is cut at the
/// limit. Characters, not bytes: text is NFC, so a Vietnamese letter with
/// its marks is one character.
pub fn cut_words(s: &str, max: usize) -> String {
    let s = s.trim();
    match s.char_indices().nth(max) {
        None => s.to_owned(),
        Some((end, next)) => {
            // The limit falls right after a word: keep that word whole.
            let cut = if next.is_whitespace() {
                end
            } else {
                s[..end].rfind(char::is_whitespace).unwrap_or(end)
            };
            let kept = s[..cut].trim_end_matches(|c: char| {
                c.is_whitespace() || matches!(c, ',' | ';' | ':' | '–' | '-')
            });
            format!("{kept}…")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::cut_words;

    #[test]
    fn cuts_between_words() {
        assert_eq!(cut_words("một hai ba", 100), "một hai ba");
        assert_eq!(cut_words("một hai ba", 8), "một hai…");
        assert_eq!(cut_words("một hai ba", 7), "một hai…");
        assert_eq!(cut_words("abcdef", 3), "abc…");
        assert_eq!(
            cut_words("Theo đề nghị của Ban Thường trực Ủy ban", 24),
            "Theo đề nghị của Ban…"
        );
        assert_eq!(cut_words("Gồm: một, hai, ba", 10), "Gồm: một…");
        assert_eq!(cut_words("  đủ  ", 2), "đủ");
    }
}
