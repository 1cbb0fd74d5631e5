//! News items (tin bài).

use crate::model::Ref;
use crate::model::keys::{Key, optional};
use crate::model::read::MapReader;

#[derive(Debug, Clone, PartialEq)]
pub struct News {
    pub author: Option<String>,
    pub source: Option<String>,
    pub exemplars: Vec<Ref>,
}

impl News {
    /// Its own front-matter keys, in the order `thidua new` writes them.
    pub const KEYS: [Key; 3] = [
        optional("author"),
        optional("source"),
        optional("exemplars"),
    ];

    pub fn read(r: &MapReader<'_>) -> Option<News> {
        Some(News {
            author: r.string("author").map(|s| s.value),
            source: r.string("source").map(|s| s.value),
            exemplars: r.string_list("exemplars"),
        })
    }
}
