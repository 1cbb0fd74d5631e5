//! `meta.json`: what the client loads first. Counts, the shard tables
//! (bucket count and first bucket of each file), sections, facets, and the
//! folded vocabulary (for prefixes, suggestions and skipping syllables
//! that occur nowhere).

use serde_json::{Value, json};

use super::RECORD_GROUP;
use super::facets::Sections;
use super::shards::Sharded;

/// Format version of the index files.
pub const FORMAT: u32 = 2;

/// The parts of the meta file.
pub struct MetaParts<'a> {
    pub docs: u32,
    pub sections: &'a Sections,
    /// URL folder of each section (`""` for free pages).
    pub section_paths: Vec<String>,
    pub syllables: &'a Sharded,
    pub pairs: &'a Sharded,
    pub facets: Value,
}

/// A document count as one character, `0`–`9` then `a`–`v`:
/// ⌊log₂(count + 1)⌋, enough to rank completions and suggestions.
fn df_class(df: u32) -> char {
    let class = 31 - (df.saturating_add(1)).leading_zeros();
    char::from_digit(class.min(31), 32).unwrap_or('0')
}

pub fn meta(parts: MetaParts<'_>) -> Value {
    let words: Vec<&str> = parts
        .syllables
        .vocab
        .iter()
        .map(|(w, _)| w.as_str())
        .collect();
    let classes: String = parts
        .syllables
        .vocab
        .iter()
        .map(|(_, df)| df_class(*df))
        .collect();
    let sections: Vec<Value> = parts
        .sections
        .list
        .iter()
        .map(|s| {
            json!([
                s.key(),
                s.title(),
                parts.section_paths[parts.sections.index_of(*s)]
            ])
        })
        .collect();
    json!({
        "format": FORMAT,
        "docs": parts.docs,
        "group": RECORD_GROUP,
        "sections": sections,
        "syllables": {"buckets": parts.syllables.buckets, "starts": parts.syllables.packed.starts},
        "pairs": {"buckets": parts.pairs.buckets, "starts": parts.pairs.packed.starts},
        "facets": parts.facets,
        "vocab": {"words": words.join(" "), "df": classes},
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn df_classes() {
        assert_eq!(df_class(0), '0');
        assert_eq!(df_class(1), '1');
        assert_eq!(df_class(3), '2');
        assert_eq!(df_class(10_000), 'd');
        assert_eq!(df_class(u32::MAX), 'v');
    }
}
