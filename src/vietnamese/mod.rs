//! Vietnamese text handling: normalisation and diacritic folding, URL slugs,
//! number formatting with a decimal comma, and Vietnamese collation.

pub mod collation;
pub mod fold;
pub mod number;
pub mod slug;

pub use collation::{PersonName, VietnameseCollator};
pub use fold::{fold, fold_eq, fold_key, nfc};
pub use number::{format_decimal, format_integer, parse_decimal};
pub use slug::{is_valid_slug, slugify};
