//! News items (tin bài).

use crate::model::Ref;
use crate::model::read::MapReader;

#[derive(Debug, Clone, PartialEq)]
pub struct News {
    pub author: Option<String>,
    pub source: Option<String>,
    pub exemplars: Vec<Ref>,
}

impl News {
    pub const KEYS: [&'static str; 3] = ["author", "source", "exemplars"];

    pub fn read(r: &MapReader<'_>) -> Option<News> {
        Some(News {
            author: r.string("author").map(|s| s.value),
            source: r.string("source").map(|s| s.value),
            exemplars: r.string_list("exemplars"),
        })
    }
}
