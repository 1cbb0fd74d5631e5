//! Vietnamese text handling: normalisation and diacritic folding, URL slugs,
//! number formatting with a decimal comma, Vietnamese collation, and
//! excerpts cut between words.

pub mod collation;
pub mod excerpt;
pub mod fold;
pub mod number;
pub mod slug;

pub use collation::{PersonName, VietnameseCollator};
pub use excerpt::cut_words;
pub use fold::{fold, fold_eq, fold_key, nfc};
pub use number::{format_decimal, format_integer, parse_decimal};
pub use slug::{is_valid_slug, slugify};
