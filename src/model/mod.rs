//! The content model of `../shared/CONTENT-MODEL.md`, typed. Parsing an
//! entry file yields an [`Entry`] (or diagnostics): common keys in
//! [`Common`], the section's own keys in [`EntryKind`]. References are kept as
//! [`Ref`]s (slug + position) and resolved later by [`crate::site`].

pub mod anniversary;
pub mod award;
pub mod campaign;
pub mod decision;
pub mod document;
pub mod event;
pub mod exemplar;
pub mod keys;
pub mod news;
pub mod nomination;
pub mod parse;
pub mod read;

use std::path::PathBuf;

use serde::Serialize;

use crate::date::PartialDate;
use crate::diagnostic::Position;

pub use anniversary::Anniversary;
pub use award::{Award, AwardForm, AwardKind};
pub use campaign::{Campaign, Milestone, Target};
pub use decision::Decision;
pub use document::Document;
pub use event::Event;
pub use exemplar::Exemplar;
pub use news::News;
pub use nomination::Nomination;
pub use parse::{Claim, ParsedEntry, parse_entry};

/// A value with the position where the editor wrote it.
#[derive(Debug, Clone, PartialEq)]
pub struct Spanned<T> {
    pub value: T,
    pub pos: Position,
}

impl<T> Spanned<T> {
    pub fn new(value: T, pos: Position) -> Self {
        Spanned { value, pos }
    }
}

/// A reference to another entry by slug.
pub type Ref = Spanned<String>;

/// The content sections, in the order they appear in menus.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    Exemplars,
    Campaigns,
    Anniversaries,
    Events,
    Documents,
    News,
    Decisions,
    Nominations,
    Pages,
}

impl Section {
    pub const ALL: [Section; 9] = [
        Section::Exemplars,
        Section::Campaigns,
        Section::Anniversaries,
        Section::Events,
        Section::Documents,
        Section::News,
        Section::Decisions,
        Section::Nominations,
        Section::Pages,
    ];

    /// The folder under `content/` and the key under `sections:` in thidua.yaml.
    pub fn key(self) -> &'static str {
        match self {
            Section::Exemplars => "exemplars",
            Section::Campaigns => "campaigns",
            Section::Anniversaries => "anniversaries",
            Section::Events => "events",
            Section::Documents => "documents",
            Section::News => "news",
            Section::Decisions => "decisions",
            Section::Nominations => "nominations",
            Section::Pages => "pages",
        }
    }

    pub fn from_key(key: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.key() == key)
    }

    /// Default URL path of the section.
    pub fn default_path(self) -> &'static str {
        match self {
            Section::Exemplars => "guong-dien-hinh",
            Section::Campaigns => "phong-trao",
            Section::Anniversaries => "ky-niem",
            Section::Events => "su-kien",
            Section::Documents => "van-ban",
            Section::News => "tin-tuc",
            Section::Decisions => "quyet-dinh",
            Section::Nominations => "lay-y-kien",
            Section::Pages => "",
        }
    }

    /// The section's name as citizens read it.
    pub fn title(self) -> &'static str {
        match self {
            Section::Exemplars => "Gương điển hình",
            Section::Campaigns => "Phong trào thi đua",
            Section::Anniversaries => "Ngày kỷ niệm",
            Section::Events => "Sự kiện",
            Section::Documents => "Văn bản",
            Section::News => "Tin tức",
            Section::Decisions => "Quyết định khen thưởng",
            Section::Nominations => "Lấy ý kiến nhân dân",
            Section::Pages => "Trang",
        }
    }

    /// One entry of the section, in words ("gương điển hình", "văn bản").
    pub fn singular(self) -> &'static str {
        match self {
            Section::Exemplars => "gương điển hình",
            Section::Campaigns => "phong trào thi đua",
            Section::Anniversaries => "ngày kỷ niệm",
            Section::Events => "sự kiện",
            Section::Documents => "văn bản",
            Section::News => "tin bài",
            Section::Decisions => "quyết định khen thưởng",
            Section::Nominations => "đợt lấy ý kiến",
            Section::Pages => "trang",
        }
    }

    /// Whether `date` is required.
    pub fn requires_date(self) -> bool {
        matches!(self, Section::News | Section::Events)
    }
}

/// An entry's date: a partial date, with a time of day for events.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct EntryDate {
    pub day: PartialDate,
    pub time: Option<chrono::NaiveTime>,
}

/// An image with its (required) alternative text.
#[derive(Debug, Clone, PartialEq)]
pub struct Image {
    pub src: Spanned<String>,
    pub alt: String,
}

/// Keys every entry may have.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Common {
    pub title: String,
    pub slug: Option<Spanned<String>>,
    pub date: Option<Spanned<EntryDate>>,
    pub updated: Option<Spanned<PartialDate>>,
    pub summary: Option<String>,
    pub draft: bool,
    pub fields: Vec<Spanned<String>>,
    pub campaigns: Vec<Ref>,
    pub documents: Vec<Ref>,
    pub image: Option<Image>,
    pub tags: Vec<String>,
}

/// The section-specific part of an entry.
#[derive(Debug, Clone, PartialEq)]
pub enum EntryKind {
    Exemplar(Exemplar),
    Campaign(Campaign),
    Anniversary(Anniversary),
    Event(Event),
    Document(Document),
    News(News),
    Decision(Decision),
    Nomination(Nomination),
    Page,
}

/// One parsed entry file.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The Markdown file, relative to the site root (`content/exemplars/a.md`).
    pub path: PathBuf,
    /// For a folder entry (`NAME/index.md`), the folder; its other files are
    /// the entry's assets.
    pub bundle: Option<PathBuf>,
    pub section: Section,
    pub common: Common,
    pub kind: EntryKind,
    /// The Markdown body. A full build empties it once the search index,
    /// its last reader, has been made ([`crate::site::Site::release_load_state`]).
    pub body: String,
    /// Line in the file where the body starts (for link diagnostics).
    pub body_line: usize,
    /// The slug made from the file (or folder) name, used when the entry
    /// has no `slug:`; computed once when the file is read.
    pub file_slug: String,
}
