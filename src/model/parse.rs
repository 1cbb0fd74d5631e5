//! From a [`SourceFile`] to an [`Entry`]: split the front matter, read the
//! common keys and the section's keys, and collect every problem on the way.

use std::path::{Path, PathBuf};

use crate::date::{PartialDate, parse_datetime};
use crate::diagnostic::Diagnostic;
use crate::frontmatter;
use crate::model::read::{MapReader, Problems};
use crate::model::{
    Anniversary, Campaign, Common, Document, Entry, EntryDate, EntryKind, Event, Exemplar, Image,
    News, Section, Spanned,
};
use crate::source::SourceFile;
use crate::vietnamese::{is_valid_slug, slugify};

/// Keys allowed on every entry.
pub const COMMON_KEYS: [&str; 11] = [
    "title",
    "slug",
    "date",
    "updated",
    "summary",
    "draft",
    "fields",
    "campaigns",
    "documents",
    "image",
    "tags",
];

/// The result of reading one entry file: the entry when it could be read far
/// enough to be used by later checks, and all problems found.
#[derive(Debug)]
pub struct ParsedEntry {
    pub entry: Option<Entry>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Parse an entry file of `section`. `bundle` is the entry's folder for
/// `NAME/index.md` entries.
pub fn parse_entry(file: &SourceFile, section: Section, bundle: Option<PathBuf>) -> ParsedEntry {
    let problems = Problems::new(&file.path);
    let entry = read_entry(file, section, bundle, &problems);
    ParsedEntry {
        entry,
        diagnostics: problems.into_vec(),
    }
}

fn read_entry(
    file: &SourceFile,
    section: Section,
    bundle: Option<PathBuf>,
    problems: &Problems,
) -> Option<Entry> {
    let yaml_error = |e: crate::yaml::YamlError| {
        problems.error(e.pos, e.message, e.help);
    };
    let split = frontmatter::split(file).map_err(yaml_error).ok()?;
    let node = frontmatter::parse(&split).map_err(yaml_error).ok()?;
    let reader = MapReader::new(&node, "the front matter", problems);
    let common = read_common(&reader, section);
    let title = common
        .as_ref()
        .map(|c| c.title.as_str())
        .unwrap_or_default();
    let (kind, kind_keys): (Option<EntryKind>, &[&'static str]) = match section {
        Section::Exemplars => (
            Exemplar::read(&reader, title).map(EntryKind::Exemplar),
            &Exemplar::KEYS,
        ),
        Section::Campaigns => (
            Campaign::read(&reader).map(EntryKind::Campaign),
            &Campaign::KEYS,
        ),
        Section::Anniversaries => (
            Anniversary::read(&reader).map(EntryKind::Anniversary),
            &Anniversary::KEYS,
        ),
        Section::Events => (Event::read(&reader).map(EntryKind::Event), &Event::KEYS),
        Section::Documents => (
            Document::read(&reader).map(EntryKind::Document),
            &Document::KEYS,
        ),
        Section::News => (News::read(&reader).map(EntryKind::News), &News::KEYS),
        Section::Pages => (Some(EntryKind::Page), &[]),
    };
    let allowed: Vec<&'static str> = COMMON_KEYS.iter().chain(kind_keys).copied().collect();
    reader.finish(&allowed);
    let body_line = file.position(split.body_offset).line;
    Some(Entry {
        path: file.path.clone(),
        file_slug: file_slug(&file.path, bundle.as_deref()),
        bundle,
        section,
        common: common?,
        kind: kind?,
        body: split.body.to_owned(),
        body_line,
    })
}

fn read_common(r: &MapReader<'_>, section: Section) -> Option<Common> {
    let title = r.required_string(
        "title",
        "write the entry's title, e.g. title: \"Nguyễn Văn An\"",
    );
    let slug = r.string("slug");
    if let Some(s) = &slug
        && !is_valid_slug(&s.value)
    {
        let suggestion = slugify(&s.value);
        let help = if suggestion.is_empty() {
            "a slug uses only a-z, 0-9 and hyphens".to_owned()
        } else {
            format!("a slug uses only a-z, 0-9 and hyphens, e.g. slug: {suggestion}")
        };
        r.problems().error(
            s.pos,
            format!("`{}` is not a valid slug", s.value),
            Some(help),
        );
    }
    let date = read_entry_date(r);
    if date.is_none() && section.requires_date() && r.node("date").is_none() {
        r.problems().error(
            r.pos(),
            format!("a {} needs `date`", section.singular()),
            Some("e.g. date: 2024-06-11".into()),
        );
    }
    Some(Common {
        title: title.map(|t| t.value).unwrap_or_default(),
        slug: slug.filter(|s| is_valid_slug(&s.value)),
        date,
        updated: r.date("updated"),
        summary: r.string("summary").map(|s| s.value),
        draft: r.bool("draft").unwrap_or(false),
        fields: r.string_list("fields"),
        campaigns: r.string_list("campaigns"),
        documents: r.string_list("documents"),
        image: r.group("image", "`image`", &["src", "alt"], read_image),
        tags: r.string_list("tags").into_iter().map(|s| s.value).collect(),
    })
}

fn read_entry_date(r: &MapReader<'_>) -> Option<Spanned<EntryDate>> {
    let node = r.node("date")?;
    let text = node.as_scalar().unwrap_or_default().trim();
    if let Some(dt) = parse_datetime(text) {
        let day = PartialDate::from_naive(dt.date());
        return Some(Spanned::new(
            EntryDate {
                day,
                time: Some(dt.time()),
            },
            node.pos,
        ));
    }
    r.date("date").map(|d| {
        Spanned::new(
            EntryDate {
                day: d.value,
                time: None,
            },
            d.pos,
        )
    })
}

fn read_image(r: &MapReader<'_>) -> Option<Image> {
    let src = r.required_string("src", "write the image file, e.g. src: anh-chan-dung.jpg");
    let alt = r.required_string(
        "alt",
        "describe the image for people who cannot see it, e.g. alt: \"Ông Nguyễn Văn An nhận Bằng khen\"",
    );
    Some(Image {
        src: src?,
        alt: alt?.value,
    })
}

/// Where an entry's slug comes from: `slug:` or the file (or folder) name.
pub fn file_slug(path: &Path, bundle: Option<&Path>) -> String {
    let stem = match bundle {
        Some(dir) => dir.file_name(),
        None => path.file_stem(),
    };
    slugify(&stem.map(|s| s.to_string_lossy()).unwrap_or_default())
}
