//! Property tests for general rules: line/column counting, text normalisation.

use proptest::prelude::*;
use thidua::diagnostic::Position;
use thidua::source::{LineIndex, SourceFile, normalise_text};

proptest! {
    #[test]
    fn line_and_column_match_a_naive_count(text in "[a-zđêô \\n]{0,80}", pick in 0usize..100) {
        let offsets: Vec<usize> = text.char_indices().map(|(i, _)| i).chain(std::iter::once(text.len())).collect();
        let offset = offsets[pick % offsets.len()];
        let before = &text[..offset];
        let line = before.matches('\n').count() + 1;
        let col = before.rsplit('\n').next().unwrap().chars().count() + 1;
        prop_assert_eq!(LineIndex::new(&text).position(&text, offset), Position::new(line, col));
    }

    #[test]
    fn normalising_never_changes_line_count(text in "[a-z\\r\\n\u{a0}#-]{0,60}") {
        let normalised = normalise_text(&text);
        let lines_before = text.replace("\r\n", "\n").replace('\r', "\n").matches('\n').count();
        prop_assert_eq!(normalised.matches('\n').count(), lines_before);
    }

    #[test]
    fn decoding_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        let _ = SourceFile::decode("x.md", &bytes);
    }

    #[test]
    fn front_matter_parsing_never_panics(text in "(---\\n)?[a-z:\\[\\]{}\"' \\n-]{0,120}(---\\n)?") {
        let fs = crate::support::fixture("minimal");
        let mut fs = fs;
        fs.insert("content/news/x.md", text.into_bytes());
        let _ = thidua::build::load(&fs, &crate::support::options());
    }
}
