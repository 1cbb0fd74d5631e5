//! The front-matter keys of each entry type, listed once: which keys a type
//! allows (the reader reports every other key as unknown), which of them it
//! requires (the reader reports them missing; a test below checks that the
//! readers ask for exactly these), and the order `thidua new` writes them in.

use crate::model::Section;

/// A front-matter key and whether its entry type requires it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Key {
    pub name: &'static str,
    pub required: bool,
}

/// A key the entry type cannot do without.
pub const fn required(name: &'static str) -> Key {
    Key {
        name,
        required: true,
    }
}

/// A key that may be left out.
pub const fn optional(name: &'static str) -> Key {
    Key {
        name,
        required: false,
    }
}

/// The names of `keys`, in order.
pub fn names(keys: &'static [Key]) -> impl Iterator<Item = &'static str> {
    keys.iter().map(|k| k.name)
}

/// The names of the required `keys`, in order.
pub fn required_names(keys: &'static [Key]) -> impl Iterator<Item = &'static str> {
    keys.iter().filter(|k| k.required).map(|k| k.name)
}

impl Section {
    /// The section's own keys (besides [`crate::model::parse::COMMON_KEYS`]).
    pub fn keys(self) -> &'static [Key] {
        use crate::model::{
            Anniversary, Campaign, Decision, Document, Event, Exemplar, News, Nomination,
        };
        match self {
            Section::Exemplars => &Exemplar::KEYS,
            Section::Campaigns => &Campaign::KEYS,
            Section::Anniversaries => &Anniversary::KEYS,
            Section::Events => &Event::KEYS,
            Section::Documents => &Document::KEYS,
            Section::News => &News::KEYS,
            Section::Decisions => &Decision::KEYS,
            Section::Nominations => &Nomination::KEYS,
            Section::Pages => &[],
        }
    }

    /// Whether an entry of the section must have `key` (`title` always,
    /// `date` where [`Section::requires_date`]).
    pub fn requires(self, key: &str) -> bool {
        (key == "date" && self.requires_date())
            || crate::model::parse::COMMON_KEYS
                .iter()
                .chain(self.keys())
                .any(|k| k.required && k.name == key)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::i18n::Lang;
    use crate::model::parse_entry;
    use crate::source::SourceFile;

    /// An entry with nothing but its title: the keys reported missing are
    /// the ones the list says are required, no more, no fewer.
    #[test]
    fn the_readers_require_exactly_the_listed_keys() {
        for section in Section::ALL {
            let text = "---\ntitle: Tiêu đề\n---\n";
            let file = SourceFile::decode("content/x/a.md", text.as_bytes()).unwrap();
            let missing: BTreeSet<String> = parse_entry(&file, section, None)
                .diagnostics
                .iter()
                .filter(|d| d.code() == Some("T0202"))
                .map(|d| {
                    let text = d.message.format(Lang::En);
                    text.split('`').nth(1).unwrap_or_default().to_owned()
                })
                .collect();
            let listed: BTreeSet<String> = required_names(section.keys())
                .chain(section.requires_date().then_some("date"))
                .map(str::to_owned)
                .collect();
            assert_eq!(missing, listed, "{section:?}");
        }
    }
}
