//! From a [`SourceFile`] to an [`Entry`]: split the front matter, read the
//! common keys and the section's keys, and collect every problem on the way.

use std::path::{Path, PathBuf};

use crate::date::{PartialDate, parse_datetime};
use crate::diagnostic::{Diagnostic, Position};
use crate::frontmatter;
use crate::model::keys::{self, Key, optional, required};
use crate::model::read::{MapReader, Problems};
use crate::model::{
    Anniversary, Campaign, Common, Decision, Document, Entry, EntryDate, EntryKind, Event,
    Exemplar, Image, News, Nomination, Section, Spanned,
};
use crate::msg;
use crate::source::SourceFile;
use crate::vietnamese::{is_valid_slug, slugify};

/// Keys allowed on every entry (`date` is required where
/// [`Section::requires_date`]).
pub const COMMON_KEYS: [Key; 11] = [
    required("title"),
    optional("slug"),
    optional("date"),
    optional("updated"),
    optional("summary"),
    optional("draft"),
    optional("fields"),
    optional("campaigns"),
    optional("documents"),
    optional("image"),
    optional("tags"),
];

/// The result of reading one entry file: the entry when it could be read far
/// enough to be used by later checks, and all problems found.
#[derive(Debug)]
pub struct ParsedEntry {
    pub entry: Option<Entry>,
    /// What the file lays claim to (its section, slug and so its URL), known
    /// even when its front matter could not be read, so that the site can
    /// keep the URL reserved and not report links to it as broken.
    pub claim: Claim,
    pub diagnostics: Vec<Diagnostic>,
}

/// The least the site needs from an entry file to give it its URL.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    pub path: PathBuf,
    pub section: Section,
    /// The slug made from the file (or folder) name.
    pub file_slug: String,
    /// `slug:`, when the front matter could be read that far and it is valid.
    pub slug: Option<Spanned<String>>,
    /// `title:`, when it could be read.
    pub title: Option<String>,
    /// `draft: true` could be seen in the front matter.
    pub draft: bool,
}

impl Claim {
    /// The slug the entry's URL is made of: `slug:` or the file's.
    pub fn slug(&self) -> &str {
        self.slug.as_ref().map_or(&self.file_slug, |s| &s.value)
    }
}

/// Parse an entry file of `section`. `bundle` is the entry's folder for
/// `NAME/index.md` entries.
pub fn parse_entry(file: &SourceFile, section: Section, bundle: Option<PathBuf>) -> ParsedEntry {
    let problems = Problems::new(&file.path);
    let mut claim = Claim {
        path: file.path.clone(),
        section,
        file_slug: file_slug(&file.path, bundle.as_deref()),
        slug: None,
        title: None,
        draft: false,
    };
    let entry = read_entry(file, section, bundle, &problems, &mut claim);
    ParsedEntry {
        entry,
        claim,
        diagnostics: problems.into_vec(),
    }
}

fn read_entry(
    file: &SourceFile,
    section: Section,
    bundle: Option<PathBuf>,
    problems: &Problems,
    claim: &mut Claim,
) -> Option<Entry> {
    let yaml_error = |e: crate::yaml::YamlError, claim: &mut Claim| {
        problems.push(e.diagnostic(&file.path, msg!("what-front-matter")));
        salvage_claim(&file.text, claim);
    };
    let split = match frontmatter::split(file) {
        Ok(split) => split,
        Err(e) => {
            yaml_error(e, claim);
            return None;
        }
    };
    let node = match frontmatter::parse(&split) {
        Ok(node) => node,
        Err(e) => {
            yaml_error(e, claim);
            return None;
        }
    };
    let reader = MapReader::new(&node, msg!("what-front-matter"), problems);
    let common = read_common(&reader, section);
    if let Some(c) = &common {
        claim.slug = c.slug.clone();
        claim.title = Some(c.title.clone()).filter(|t| !t.is_empty());
        claim.draft = c.draft;
    }
    let title = common
        .as_ref()
        .map(|c| c.title.as_str())
        .unwrap_or_default();
    let kind = match section {
        Section::Exemplars => Exemplar::read(&reader, title).map(EntryKind::Exemplar),
        Section::Campaigns => Campaign::read(&reader).map(EntryKind::Campaign),
        Section::Anniversaries => Anniversary::read(&reader).map(EntryKind::Anniversary),
        Section::Events => Event::read(&reader).map(EntryKind::Event),
        Section::Documents => Document::read(&reader).map(EntryKind::Document),
        Section::News => News::read(&reader).map(EntryKind::News),
        Section::Decisions => Decision::read(&reader).map(EntryKind::Decision),
        Section::Nominations => Nomination::read(&reader).map(EntryKind::Nomination),
        Section::Pages => Some(EntryKind::Page),
    };
    let allowed: Vec<&'static str> = keys::names(&COMMON_KEYS)
        .chain(keys::names(section.keys()))
        .collect();
    reader.finish(&allowed);
    let body_line = file.position(split.body_offset).line;
    Some(Entry {
        path: file.path.clone(),
        file_slug: claim.file_slug.clone(),
        bundle,
        section,
        common: common?,
        kind: kind?,
        body: split.body.to_owned(),
        body_line,
    })
}

fn read_common(r: &MapReader<'_>, section: Section) -> Option<Common> {
    let title = r.required_string("title", msg!("T0202-help-title"));
    let slug = r.string("slug");
    if let Some(s) = &slug
        && !is_valid_slug(&s.value)
    {
        let suggestion = slugify(&s.value);
        let help = if suggestion.is_empty() {
            msg!("T0208-help-slug")
        } else {
            msg!("T0208-help-slug-example", suggestion = suggestion)
        };
        r.problems().error(
            s.pos,
            msg!("T0208-bad-slug", slug = s.value.as_str()),
            Some(help),
        );
    }
    let date = read_entry_date(r);
    if section.requires_date() && r.node("date").is_none() {
        r.problems().error(
            r.key_pos("date"),
            msg!(
                "T0202-missing-key",
                what = msg!("what-entry", section = section.key()),
                key = "date"
            ),
            Some(msg!("T0202-help-date")),
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
        image: r.group(
            "image",
            msg!("what-group", key = "image"),
            &["src", "alt"],
            read_image,
        ),
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
    let src = r.required_string("src", msg!("T0202-help-image-src"));
    let alt = r.required_string("alt", msg!("T0202-help-image-alt"));
    Some(Image {
        src: src?,
        alt: alt?.value,
    })
}

/// After a YAML error, the `slug:`, `title:` and `draft:` lines of the front matter
/// that can still be read on their own (a `key: value` line each, at the
/// left margin, before the closing `---` or the body).
fn salvage_claim(text: &str, claim: &mut Claim) {
    for (i, line) in text.lines().enumerate().skip(1) {
        if matches!(line.trim_end(), "---" | "...") || frontmatter::is_word_dash_line(line) {
            break;
        }
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        if !matches!(key, "slug" | "title" | "draft") {
            continue;
        }
        let Ok(node) = crate::yaml::parse(value.trim(), crate::yaml::Origin::FILE_START) else {
            continue;
        };
        let Some(text) = node.as_scalar().map(crate::model::read::clean_text) else {
            continue;
        };
        if text.is_empty() {
            continue;
        }
        if key == "draft" {
            claim.draft = matches!(text.to_lowercase().as_str(), "true" | "yes" | "có");
        } else if key == "slug" && claim.slug.is_none() && is_valid_slug(&text) {
            let col = line.chars().count() - value.trim_start().chars().count() + 1;
            claim.slug = Some(Spanned::new(text, Position::new(i + 1, col)));
        } else if key == "title" && claim.title.is_none() {
            claim.title = Some(text);
        }
    }
}

/// Where an entry's slug comes from: `slug:` or the file (or folder) name.
pub fn file_slug(path: &Path, bundle: Option<&Path>) -> String {
    let stem = match bundle {
        Some(dir) => dir.file_name(),
        None => path.file_stem(),
    };
    slugify(&stem.map(|s| s.to_string_lossy()).unwrap_or_default())
}
