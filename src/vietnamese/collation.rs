//! Vietnamese alphabetical order, for sorting people, units and titles.
//!
//! Uses ICU4X's collator with its compiled CLDR data for the `vi` locale,
//! which puts the vowel-marked letters after their base letter
//! (a < ă < â < b, d < đ, e < ê, o < ô < ơ, u < ư) and orders the tones
//! ngang < huyền < hỏi < ngã < sắc < nặng. Case and Unicode normalisation
//! form only break ties; they never reorder otherwise different words.
//!
//! Vietnamese names are sorted by given name (the last word), then family
//! name (the first word), then middle name; [`PersonName`] holds the parts.

use std::cmp::Ordering;

use icu_collator::options::CollatorOptions;
use icu_collator::{CollatorBorrowed, CollatorPreferences};
use icu_locale::locale;

use super::fold::{fold, nfc};

/// A collator for Vietnamese text. Cheap to share: it is `Send + Sync` and
/// borrows only static compiled data, so one instance can serve all threads.
#[derive(Debug)]
pub struct VietnameseCollator {
    /// `None` only if ICU could not build even a root collator; then
    /// [`VietnameseCollator::compare`] falls back to folded code-point order.
    inner: Option<CollatorBorrowed<'static>>,
}

impl VietnameseCollator {
    /// Builds the `vi` collator from compiled data. Never fails: should the
    /// `vi` data be unavailable it falls back to the root collation, and
    /// failing that to a plain folded comparison.
    pub fn new() -> Self {
        let options = CollatorOptions::default();
        let vi: CollatorPreferences = locale!("vi").into();
        let inner = CollatorBorrowed::try_new(vi, options)
            .or_else(|_| CollatorBorrowed::try_new(CollatorPreferences::default(), options))
            .ok();
        VietnameseCollator { inner }
    }

    /// Compares two strings in Vietnamese alphabetical order.
    pub fn compare(&self, a: &str, b: &str) -> Ordering {
        match &self.inner {
            Some(collator) => collator.compare(a, b),
            None => fold(a).cmp(&fold(b)).then_with(|| nfc(a).cmp(&nfc(b))),
        }
    }

    /// A key whose byte order is [`Self::compare`]'s order: compute it once
    /// per item when sorting many items (or the same items in many lists).
    pub fn sort_key(&self, s: &str) -> Vec<u8> {
        match &self.inner {
            Some(collator) => {
                let mut key = Vec::new();
                let Ok(()) = collator.write_sort_key_to(s, &mut key);
                key
            }
            None => {
                let mut key = fold(s).into_bytes();
                key.push(0);
                key.extend(nfc(s).into_bytes());
                key
            }
        }
    }

    /// Compares two people's names as Vietnamese lists order them: by given
    /// name, then family name, then middle name, then the full text.
    pub fn compare_names(&self, a: &PersonName, b: &PersonName) -> Ordering {
        self.compare(&a.given, &b.given)
            .then_with(|| self.compare(&a.family, &b.family))
            .then_with(|| self.compare(&a.middle, &b.middle))
            .then_with(|| self.compare(&a.full(), &b.full()))
    }
}

impl Default for VietnameseCollator {
    fn default() -> Self {
        Self::new()
    }
}

/// A Vietnamese personal name split into family name (họ), middle name
/// (tên đệm, possibly several words) and given name (tên).
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
pub struct PersonName {
    pub family: String,
    pub middle: String,
    pub given: String,
}

impl PersonName {
    /// Splits a full name written family-first: the first word is the family
    /// name, the last the given name, and any words between are the middle
    /// name. A single word is taken as the given name. Whitespace is trimmed
    /// and collapsed; the text is otherwise kept as written.
    pub fn from_full(full: &str) -> PersonName {
        let words: Vec<&str> = full.split_whitespace().collect();
        match words.as_slice() {
            [] => PersonName::default(),
            [given] => PersonName {
                given: (*given).to_owned(),
                ..PersonName::default()
            },
            [family, middle @ .., given] => PersonName {
                family: (*family).to_owned(),
                middle: middle.join(" "),
                given: (*given).to_owned(),
            },
        }
    }

    /// The name written family-first, parts separated by single spaces.
    pub fn full(&self) -> String {
        [&self.family, &self.middle, &self.given]
            .into_iter()
            .filter(|part| !part.is_empty())
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_keys_order_like_compare() {
        let c = VietnameseCollator::new();
        let words = [
            "An",
            "Ân",
            "Ăn",
            "anh",
            "Anh",
            "Bình",
            "binh",
            "Đào",
            "Dao",
            "Đạo",
            "Ơn",
            "Ôn",
            "Uyên",
            "Ưng",
            "Hòa",
            "Hoà",
            "Nguyễn Văn An",
            "Nguyễn Văn Ân",
            "",
            "a b",
            "ab",
        ];
        for a in words {
            for b in words {
                assert_eq!(
                    c.sort_key(a).cmp(&c.sort_key(b)),
                    c.compare(a, b),
                    "{a:?} vs {b:?}"
                );
            }
        }
    }
    use proptest::prelude::*;
    use unicode_normalization::UnicodeNormalization;

    fn sorted(words: &[&str]) -> Vec<String> {
        let collator = VietnameseCollator::new();
        let mut out: Vec<String> = words.iter().map(|w| (*w).to_owned()).collect();
        out.sort_by(|a, b| collator.compare(a, b));
        out
    }

    #[test]
    fn collator_is_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<VietnameseCollator>();
    }

    #[test]
    fn vietnamese_data_is_loaded() {
        let collator = VietnameseCollator::new();
        assert!(collator.inner.is_some());
        // Root collation would put "ăa" before "ab" (ă a secondary variant of
        // a); Vietnamese makes ă its own letter after a.
        assert_eq!(collator.compare("ab", "ăa"), Ordering::Less);
        assert_eq!(collator.compare("ơa", "ôb"), Ordering::Greater);
    }

    #[test]
    fn fallback_without_icu_data_still_orders() {
        let collator = VietnameseCollator { inner: None };
        assert_eq!(collator.compare("Bình", "an"), Ordering::Greater);
        assert_eq!(collator.compare("Đức", "Dung"), Ordering::Less);
        assert_eq!(collator.compare("a", "a"), Ordering::Equal);
    }

    #[test]
    fn letter_order() {
        let letters = [
            "a", "ă", "â", "b", "d", "đ", "e", "ê", "o", "ô", "ơ", "u", "ư", "y",
        ];
        let mut shuffled = letters;
        shuffled.reverse();
        assert_eq!(sorted(&shuffled), letters);
        let collator = VietnameseCollator::default();
        for pair in letters.windows(2) {
            assert_eq!(
                collator.compare(pair[0], pair[1]),
                Ordering::Less,
                "{pair:?}"
            );
        }
    }

    #[test]
    fn tone_order() {
        let tones = ["ma", "mà", "mả", "mã", "má", "mạ"];
        let mut shuffled = tones;
        shuffled.rotate_left(3);
        assert_eq!(sorted(&shuffled), tones);
    }

    #[test]
    fn given_names_sort_in_vietnamese_order() {
        let expected = [
            "An", "Ánh", "Bình", "Chi", "Dũng", "Đức", "Giang", "Hà", "Hải", "Ổn", "Ơn", "Út",
            "Ưng",
        ];
        let mut input = expected;
        input.reverse();
        input.swap(0, 7);
        assert_eq!(sorted(&input), expected);
    }

    #[test]
    fn case_and_normalisation_do_not_reorder() {
        let collator = VietnameseCollator::new();
        assert_eq!(collator.compare("ĐỨC", "giang"), Ordering::Less);
        assert_eq!(collator.compare("đức", "GIANG"), Ordering::Less);
        assert_eq!(collator.compare("Bình", "an"), Ordering::Greater);
        let nfd: String = "Nguyễn".nfd().collect();
        assert_eq!(collator.compare(&nfd, "Nguyễn"), Ordering::Equal);
        assert_eq!(
            collator.compare(&nfd, "Nguyệt"),
            collator.compare("Nguyễn", "Nguyệt")
        );
    }

    #[test]
    fn person_name_from_full() {
        let name = PersonName::from_full("Nguyễn Thị Minh Khai");
        assert_eq!(name.family, "Nguyễn");
        assert_eq!(name.middle, "Thị Minh");
        assert_eq!(name.given, "Khai");
        assert_eq!(name.full(), "Nguyễn Thị Minh Khai");
    }

    #[test]
    fn person_name_edge_cases() {
        let one = PersonName::from_full("  Hùng ");
        assert_eq!(
            one,
            PersonName {
                given: "Hùng".into(),
                ..PersonName::default()
            }
        );
        assert_eq!(one.full(), "Hùng");
        let two = PersonName::from_full("Lê\t  Lợi");
        assert_eq!((two.family.as_str(), two.middle.as_str()), ("Lê", ""));
        assert_eq!(two.full(), "Lê Lợi");
        assert_eq!(PersonName::from_full("   "), PersonName::default());
        assert_eq!(PersonName::default().full(), "");
        let spaced = PersonName::from_full(" Trần   Văn  Ơn ");
        assert_eq!(spaced.full(), "Trần Văn Ơn");
    }

    #[test]
    fn names_sort_by_given_then_family_then_middle() {
        let collator = VietnameseCollator::new();
        let mut names: Vec<PersonName> = [
            "Trần Văn Bình",
            "Nguyễn Thị An",
            "Lê Bình",
            "Nguyễn Văn Bình",
            "Nguyễn Anh Bình",
            "Đặng Thu Hà",
            "Vũ Ánh",
        ]
        .iter()
        .map(|full| PersonName::from_full(full))
        .collect();
        names.sort_by(|a, b| collator.compare_names(a, b));
        let order: Vec<String> = names.iter().map(PersonName::full).collect();
        assert_eq!(
            order,
            [
                "Nguyễn Thị An",
                "Vũ Ánh",
                "Lê Bình",
                "Nguyễn Anh Bình",
                "Nguyễn Văn Bình",
                "Trần Văn Bình",
                "Đặng Thu Hà",
            ]
        );
    }

    #[test]
    fn person_name_serializes() {
        let json = serde_json::to_string(&PersonName::from_full("Hồ Chí Minh")).unwrap();
        assert_eq!(json, r#"{"family":"Hồ","middle":"Chí","given":"Minh"}"#);
    }

    fn name_words() -> impl Strategy<Value = Vec<String>> {
        proptest::collection::vec("[^\\s]{1,8}", 0..6)
    }

    proptest! {
        #[test]
        fn compare_is_normalisation_insensitive(a in "\\PC{0,12}", b in "\\PC{0,12}") {
            let collator = VietnameseCollator::new();
            let a_nfd: String = a.nfd().collect();
            prop_assert_eq!(collator.compare(&a_nfd, &b), collator.compare(&a, &b));
        }

        #[test]
        fn compare_is_antisymmetric(a in "\\PC{0,12}", b in "\\PC{0,12}") {
            let collator = VietnameseCollator::new();
            prop_assert_eq!(collator.compare(&a, &b), collator.compare(&b, &a).reverse());
        }

        #[test]
        fn from_full_round_trips_collapsed_text(words in name_words()) {
            let joined = words.join("  ");
            prop_assert_eq!(PersonName::from_full(&joined).full(), words.join(" "));
        }
    }
}
