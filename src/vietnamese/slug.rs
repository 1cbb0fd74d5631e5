//! URL slugs from Vietnamese titles and names.
//!
//! A slug is ASCII lowercase letters and digits in hyphen-separated runs,
//! e.g. "Đổi mới" → `doi-moi`. It is built from [`fold`], so it does not
//! depend on how the source text was normalised or capitalised.

use super::fold::fold;

/// Longest slug [`is_valid_slug`] accepts and [`slugify`] produces, in bytes
/// (slugs are ASCII, so also in characters).
pub const MAX_SLUG_LEN: usize = 200;

/// Turns `s` into a slug: [`fold`] it, then replace every run of characters
/// other than `[a-z0-9]` with a single `-`, and trim `-` from both ends.
///
/// The result is empty when `s` holds no ASCII letter or digit after folding
/// (callers report that). A result longer than [`MAX_SLUG_LEN`] is cut back
/// to the last whole word that fits (or hard at the limit when the first word
/// is already too long), so the output is always empty or [`is_valid_slug`].
pub fn slugify(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_hyphen = false;
    for c in fold(s).chars() {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            if pending_hyphen && !out.is_empty() {
                out.push('-');
            }
            pending_hyphen = false;
            out.push(c);
        } else {
            pending_hyphen = true;
        }
    }
    truncate_slug(out)
}

/// Shortens an already well-formed slug to at most [`MAX_SLUG_LEN`] bytes,
/// preferring to cut at a hyphen.
fn truncate_slug(mut slug: String) -> String {
    if slug.len() <= MAX_SLUG_LEN {
        return slug;
    }
    let bytes = slug.as_bytes();
    let cut_between_words = bytes.get(MAX_SLUG_LEN) == Some(&b'-');
    let cut = if cut_between_words {
        MAX_SLUG_LEN
    } else {
        match slug[..MAX_SLUG_LEN].rfind('-') {
            Some(hyphen) => hyphen,
            None => MAX_SLUG_LEN,
        }
    };
    slug.truncate(cut);
    slug
}

/// Whether `s` matches `^[a-z0-9]+(-[a-z0-9]+)*$` and is at most
/// [`MAX_SLUG_LEN`] characters long.
pub fn is_valid_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= MAX_SLUG_LEN
        && s.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use unicode_normalization::UnicodeNormalization;

    #[test]
    fn slugify_examples() {
        assert_eq!(slugify("Đổi mới"), "doi-moi");
        assert_eq!(slugify("Nguyễn Văn A"), "nguyen-van-a");
        assert_eq!(slugify("33/KH-UBND"), "33-kh-ubnd");
        assert_eq!(slugify("  ---  "), "");
    }

    #[test]
    fn slugify_more() {
        assert_eq!(slugify(""), "");
        assert_eq!(
            slugify("Phong trào thi đua \"Cả nước chung tay vì người nghèo\""),
            "phong-trao-thi-dua-ca-nuoc-chung-tay-vi-nguoi-ngheo"
        );
        assert_eq!(
            slugify("Quyết định số 1234/QĐ-UBND"),
            "quyet-dinh-so-1234-qd-ubnd"
        );
        assert_eq!(slugify("--Ưu tiên--"), "uu-tien");
        assert_eq!(slugify("Ø 東京"), "");
        assert_eq!(slugify("Øresund"), "resund");
    }

    #[test]
    fn slugify_truncates_at_a_word() {
        let title = "thi dua ".repeat(40);
        let slug = slugify(&title);
        assert!(is_valid_slug(&slug));
        assert!(slug.len() <= MAX_SLUG_LEN);
        assert!(slug.ends_with("dua"));
        assert!(slug.len() > MAX_SLUG_LEN - 8);
    }

    #[test]
    fn slugify_truncates_long_word_hard() {
        let slug = slugify(&"a".repeat(500));
        assert_eq!(slug, "a".repeat(MAX_SLUG_LEN));
        let slug = slugify(&format!("{} b", "a".repeat(MAX_SLUG_LEN)));
        assert_eq!(slug, "a".repeat(MAX_SLUG_LEN));
    }

    #[test]
    fn valid_slugs() {
        assert!(is_valid_slug("doi-moi"));
        assert!(is_valid_slug("a"));
        assert!(is_valid_slug("2024"));
        assert!(is_valid_slug(&"a".repeat(MAX_SLUG_LEN)));
    }

    #[test]
    fn invalid_slugs() {
        for s in ["", "-", "a-", "-a", "a--b", "A", "a b", "đ", "a_b", "a.b"] {
            assert!(!is_valid_slug(s), "{s:?} should be invalid");
        }
        assert!(!is_valid_slug(&"a".repeat(MAX_SLUG_LEN + 1)));
    }

    proptest! {
        #[test]
        fn slugify_output_is_empty_or_valid(s in "\\PC{0,300}") {
            let slug = slugify(&s);
            prop_assert!(slug.is_empty() || is_valid_slug(&slug), "{:?}", slug);
        }

        #[test]
        fn slugify_long_words_is_valid(s in "([a-zđ]{1,30}[ /-]){0,40}") {
            let slug = slugify(&s);
            prop_assert!(slug.is_empty() || is_valid_slug(&slug), "{:?}", slug);
        }

        #[test]
        fn slugify_is_normalisation_insensitive(s in "\\PC*") {
            let decomposed: String = s.nfd().collect();
            let composed: String = s.nfc().collect();
            prop_assert_eq!(slugify(&decomposed), slugify(&composed));
        }

        #[test]
        fn slugify_is_idempotent(s in "\\PC{0,300}") {
            let once = slugify(&s);
            prop_assert_eq!(slugify(&once), once);
        }
    }
}
