//! Unicode normalisation and diacritic folding for Vietnamese text.
//!
//! Vietnamese text arrives both precomposed (NFC, as most keyboards type it)
//! and decomposed (NFD, as some macOS tools and copy-pasted PDFs produce).
//! [`nfc`] gives a canonical form for storage and display; [`fold`] gives a
//! key for search and comparison that ignores case, normalisation form and
//! every diacritic, so "Đồng Tháp", "ĐỒNG THÁP" and "Dong Thap" all match.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Returns `s` in Unicode Normalisation Form C (canonical composition).
pub fn nfc(s: &str) -> String {
    s.nfc().collect()
}

/// Whether `s` is already in NFC. Text made only of the characters
/// Vietnamese is written with — below U+0300 (ASCII, Latin-1, Latin
/// Extended-A/B: á â ă đ ơ ư …), the Vietnamese letters U+1EA0–U+1EF9
/// (ạ ả ấ … ỹ) and the punctuation U+2002–U+206F (“ ” – …) — is answered
/// without the normalisation tables: each of these is NFC on its own and
/// combines with nothing before it. A combining mark or any other
/// character sends the whole text to the full quick check.
pub fn is_nfc(s: &str) -> bool {
    let plain = |c: char| {
        c < '\u{300}'
            || ('\u{1EA0}'..='\u{1EF9}').contains(&c)
            || ('\u{2002}'..='\u{206F}').contains(&c)
    };
    s.chars().all(plain)
        || unicode_normalization::is_nfc_quick(s.chars())
            == unicode_normalization::IsNormalized::Yes
}

/// Folds `s` into a search/comparison key.
///
/// The result is lowercase, has every combining mark removed (Vietnamese
/// tone marks and the vowel marks of ă â ê ô ơ ư alike, as well as the
/// accents of other Latin letters), and maps `đ`/`Đ` to `d`. It is the same
/// for NFC and NFD input. Characters without a decomposition (digits,
/// punctuation, `ø`, `ß`, CJK, …) are kept as they are.
///
/// `Ð` (U+00D0, Latin capital eth) is also mapped to `d`: it looks identical
/// to `Đ` and turns up in Vietnamese text converted from legacy encodings.
/// For example `fold("Đồng Tháp")` is `"dong thap"`.
pub fn fold(s: &str) -> String {
    let stripped: String = s
        .nfd()
        .map(fold_d)
        .flat_map(char::to_lowercase)
        // A lowercase mapping may itself be precomposed; split it again.
        .nfd()
        .filter(|&c| !is_combining_mark(c))
        .collect();
    // Lowercasing can leave sequences that are not canonically ordered, and
    // NFD splits Hangul syllables into jamo; recompose what is left.
    nfc(&stripped)
}

/// Maps the Vietnamese (and look-alike) d with stroke to a plain `d`.
fn fold_d(c: char) -> char {
    match c {
        'đ' | 'Đ' | 'Ð' => 'd',
        other => other,
    }
}

/// Compares two strings the way a search box should: equal after [`fold`],
/// with runs of whitespace collapsed to one space and ends trimmed.
pub fn fold_eq(a: &str, b: &str) -> bool {
    fold_key(a) == fold_key(b)
}

/// The key [`fold_eq`] compares: [`fold`] with whitespace collapsed. Compute
/// it once for the side of a comparison that is looked up many times.
pub fn fold_key(s: &str) -> String {
    collapse_whitespace(&fold(s))
}

/// Joins the whitespace-separated words of `s` with single spaces.
fn collapse_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn nfd(s: &str) -> String {
        s.nfd().collect()
    }

    /// Every character the fast path accepts is NFC on its own, with
    /// canonical combining class 0 (so nothing before it can combine with
    /// it): the rule holds for each one, not only for sampled text.
    #[test]
    fn the_fast_nfc_path_accepts_only_characters_nfc_on_their_own() {
        use unicode_normalization::char::canonical_combining_class;
        let ranges = [
            ('\0', '\u{2FF}'),
            ('\u{1EA0}', '\u{1EF9}'),
            ('\u{2002}', '\u{206F}'),
        ];
        // NFC_QC = Yes: never the second of a composition, unchanged by NFC;
        // class 0: any order of them is canonical. So any text of them is NFC.
        for (lo, hi) in ranges {
            for c in lo..=hi {
                let quick = unicode_normalization::is_nfc_quick(std::iter::once(c));
                assert_eq!(
                    quick,
                    unicode_normalization::IsNormalized::Yes,
                    "{:04X}",
                    c as u32
                );
                assert_eq!(canonical_combining_class(c), 0, "{:04X}", c as u32);
            }
        }
        // Just outside: EN QUAD decomposes, a combining mark joins.
        assert!(!is_nfc("\u{2000}"));
        assert!(!is_nfc("o\u{302}\u{301}"));
        assert!(is_nfc("Gương “người tốt” – Cần Thơ…"));
    }

    #[test]
    fn fold_examples() {
        assert_eq!(fold("Đồng Tháp"), "dong thap");
        assert_eq!(fold("Nông thôn MỚI"), "nong thon moi");
    }

    #[test]
    fn fold_removes_vowel_marks_and_tones() {
        assert_eq!(fold("ăâêôơư ĂÂÊÔƠƯ"), "aaeoou aaeoou");
        assert_eq!(fold("àảãáạ ằẳẵắặ ầẩẫấậ"), "aaaaa aaaaa aaaaa");
        assert_eq!(fold("Ửng hồng, Ỷ lại, ỹ"), "ung hong, y lai, y");
        assert_eq!(fold("đĐ"), "dd");
    }

    #[test]
    fn fold_handles_decomposed_input() {
        let decomposed = nfd("Khen thưởng Đột xuất");
        assert_ne!(decomposed, "Khen thưởng Đột xuất");
        assert_eq!(fold(&decomposed), "khen thuong dot xuat");
    }

    #[test]
    fn fold_strips_marks_of_other_latin_letters() {
        assert_eq!(fold("Crème Brûlée Ñandú"), "creme brulee nandu");
    }

    #[test]
    fn fold_keeps_other_characters() {
        assert_eq!(fold("33/KH-UBND (2024)"), "33/kh-ubnd (2024)");
        assert_eq!(fold("Øresund ß 東京"), "øresund ß 東京");
        assert_eq!(fold("한국"), "한국");
        assert_eq!(fold(""), "");
    }

    #[test]
    fn fold_maps_capital_eth_lookalike() {
        assert_eq!(fold("ÐỒNG THÁP"), "dong thap");
    }

    #[test]
    fn nfc_composes() {
        assert_eq!(nfc("Nguye\u{302}\u{303}n"), "Nguyễn");
        assert_eq!(nfc("Nguyễn"), "Nguyễn");
    }

    #[test]
    fn fold_eq_ignores_case_marks_and_spacing() {
        assert!(fold_eq("  Nguyễn   Văn\tA ", "nguyen van a"));
        assert!(fold_eq(&nfd("Thi đua"), "THI ĐUA"));
        assert!(fold_eq("", "   "));
        assert!(!fold_eq("Hà Nội", "Hà Nam"));
        assert!(!fold_eq("ha noi", "hanoi"));
    }

    /// Vietnamese letters of every tone and case, and spaces.
    const VIETNAMESE_TEXT: &str = concat!(
        "[a-zA-Z ",
        "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ",
        "ĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ",
        "]*"
    );

    proptest! {
        /// The fast answer is the full quick check's, and only NFC text gets it.
        #[test]
        fn is_nfc_answers_as_the_full_quick_check(s in "[a-zA-Z ạảấđơư\u{300}\u{301}\u{303}\u{309}\u{323}\u{2000}\u{201C}\u{2013}Ð]{0,12}") {
            let quick = unicode_normalization::is_nfc_quick(s.chars()) == unicode_normalization::IsNormalized::Yes;
            prop_assert_eq!(is_nfc(&s), quick);
            if is_nfc(&s) {
                prop_assert_eq!(s.nfc().collect::<String>(), s);
            }
        }

        #[test]
        fn fold_is_normalisation_insensitive(s in "\\PC*") {
            prop_assert_eq!(fold(&nfd(&s)), fold(&nfc(&s)));
        }

        #[test]
        fn fold_vietnamese_is_ascii(s in VIETNAMESE_TEXT) {
            let folded = fold(&s);
            prop_assert!(folded.bytes().all(|b| b.is_ascii_lowercase() || b == b' '));
            prop_assert_eq!(folded.len(), s.chars().count());
        }

        #[test]
        fn fold_is_idempotent(s in "\\PC*") {
            let once = fold(&s);
            prop_assert_eq!(fold(&once), once);
        }
    }
}
