//! Files that travel with entries: a folder entry's images and attachments,
//! loose files under `content/`, the document `file:` and the entry `image:`.
//! Output names are ASCII ("Kế hoạch 33.pdf" → `ke-hoach-33.pdf`).

use std::path::{Component, Path, PathBuf};

use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::model::{EntryKind, Section};
use crate::msg;
use crate::site::Page;
use crate::site::refs::Index;
use crate::source::SourceFs;
use crate::vietnamese::slugify;

/// A file copied verbatim into the output.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Asset {
    /// Relative to the site root.
    pub source: PathBuf,
    /// Relative to the output folder, forward slashes.
    pub output: String,
}

/// What [`attach`] found for one page.
#[derive(Debug, Default)]
pub struct Attached {
    pub assets: Vec<Asset>,
    pub image_url: Option<String>,
    pub file: Option<(String, u64)>,
    pub problems: Vec<Diagnostic>,
}

/// An ASCII file name: slugified stem, lowercase extension.
pub fn output_name(name: &str) -> String {
    let path = Path::new(name);
    let stem = slugify(
        &path
            .file_stem()
            .map(|s| s.to_string_lossy())
            .unwrap_or_default(),
    );
    let stem = if stem.is_empty() {
        "tep".to_owned()
    } else {
        stem
    };
    match path.extension() {
        Some(ext) => format!("{stem}.{}", slugify(&ext.to_string_lossy())),
        None => stem,
    }
}

/// Join `dest` (a relative link) to `dir`, without `..` escaping the root.
pub fn join_relative(dir: &Path, dest: &str) -> Option<PathBuf> {
    let mut out = PathBuf::new();
    for c in dir.join(dest).components() {
        match c {
            Component::Normal(s) => out.push(s),
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    return None;
                }
            }
            Component::RootDir | Component::Prefix(_) => return None,
        }
    }
    Some(out)
}

/// The site URL of a file under `content/`.
pub fn asset_url(path: &Path, index: &Index, config: &Config) -> Option<String> {
    for dir in path.ancestors().skip(1) {
        if let Some(permalink) = index.bundles.get(dir) {
            let rest = path.strip_prefix(dir).ok()?;
            return Some(format!("{}{}", permalink, ascii_path(rest)));
        }
    }
    let rest = path.strip_prefix("content").ok()?;
    let mut parts = rest.components();
    let first = parts.next()?.as_os_str().to_string_lossy().into_owned();
    let remaining: PathBuf = parts.collect();
    if remaining.as_os_str().is_empty() {
        return Some(format!("/{}", output_name(&first)));
    }
    let base = match Section::from_key(&first) {
        Some(Section::Pages) | None => slugify(&first),
        Some(s) => config.section_path(s).to_owned(),
    };
    Some(format!("/{}/{}", base, ascii_path(&remaining)))
}

fn ascii_path(rest: &Path) -> String {
    let parts: Vec<String> = rest
        .iter()
        .map(|s| s.to_string_lossy().into_owned())
        .collect();
    let last = parts.len().saturating_sub(1);
    parts
        .iter()
        .enumerate()
        .map(|(i, s)| {
            if i == last {
                output_name(s)
            } else {
                slugify(s)
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// Bundle files, image and attached file of one page.
pub fn attach(page: &Page, fs: &dyn SourceFs, index: &Index, config: &Config) -> Attached {
    let mut out = Attached::default();
    let entry = &page.entry;
    if let Some(dir) = &entry.bundle {
        let files = crate::source::list_optional(fs, dir).unwrap_or_else(|e| {
            out.problems.push(crate::source::unreadable_folder(dir, &e));
            Vec::new()
        });
        for file in files {
            // Word's `~$…` lock files and other editors' temporary files are
            // never published.
            if file.extension().is_some_and(|e| e == "md") || crate::source::is_ignored(&file) {
                continue;
            }
            if let Some(url) = asset_url(&file, index, config) {
                out.assets.push(Asset {
                    source: file,
                    output: url.trim_start_matches('/').to_owned(),
                });
            }
        }
    }
    let entry_dir = entry.path.parent().unwrap_or(Path::new(""));
    if let Some(image) = &entry.common.image
        && has_parent_step(&image.src.value)
    {
        out.problems.push(parent_in_path(
            entry,
            "src",
            &image.src.value,
            image.src.pos,
        ));
    } else if let Some(image) = &entry.common.image {
        match locate(&image.src.value, entry_dir, fs, index, config) {
            Ok(url) => out.image_url = Some(url),
            Err(missing) => {
                let src = image.src.value.as_str();
                let (message, help) = match missing {
                    Missing::NotInStatic => (
                        msg!("T0312-image-not-in-static", src = src),
                        msg!(
                            "T0312-image-not-in-static-help",
                            file = Path::new("static").join(src.trim_start_matches('/'))
                        ),
                    ),
                    Missing::NotFound => (
                        msg!("T0312-image-missing", src = src),
                        msg!("T0312-image-missing-help"),
                    ),
                    Missing::OutsideContent => (
                        msg!("T0312-image-outside", src = src),
                        msg!("T0312-image-missing-help"),
                    ),
                };
                out.problems.push(
                    Diagnostic::error(&entry.path, Some(image.src.pos), message).with_help(help),
                );
            }
        }
    }
    if let Some(file) = attached_file(&entry.kind) {
        let name = file.value.as_str();
        let decoded = percent_encoding::percent_decode_str(name).decode_utf8_lossy();
        if has_parent_step(name) {
            out.problems
                .push(parent_in_path(entry, "file", name, file.pos));
        } else if decoded.starts_with(['/', '\\']) || Path::new(decoded.as_ref()).has_root() {
            let base = decoded.rsplit(['/', '\\']).next().unwrap_or_default();
            out.problems.push(
                Diagnostic::error(
                    &entry.path,
                    Some(file.pos),
                    msg!("T0332-file-outside-folder", file = name),
                )
                .with_help(msg!("T0332-file-outside-folder-help", name = base)),
            );
        } else if Path::new(decoded.as_ref())
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("md"))
        {
            out.problems.push(
                Diagnostic::error(
                    &entry.path,
                    Some(file.pos),
                    msg!("T0331-file-is-entry", file = name),
                )
                .with_help(msg!("T0331-file-is-entry-help")),
            );
        } else {
            match locate_local(&file.value, entry_dir, fs) {
                Some(path) => {
                    let size = fs.size(&path).unwrap_or(0);
                    out.file = asset_url(&path, index, config).map(|u| (u, size));
                }
                None => out.problems.push(
                    Diagnostic::error(
                        &entry.path,
                        Some(file.pos),
                        msg!("T0313-attachment-missing", file = file.value.as_str()),
                    )
                    .with_help(msg!("T0313-attachment-missing-help")),
                ),
            }
        }
    }
    out
}

/// The file an entry attaches: a document's, or a decision's signed copy.
fn attached_file(kind: &EntryKind) -> Option<&crate::model::Spanned<String>> {
    match kind {
        EntryKind::Document(d) => d.file.as_ref(),
        EntryKind::Decision(d) => d.file.as_ref(),
        _ => None,
    }
}

/// Whether a site path written by an editor goes up a folder (`..`), as
/// written or once `%2E%2E` is decoded, with `/` or `\\` between folders.
pub fn has_parent_step(path: &str) -> bool {
    let decoded = percent_encoding::percent_decode_str(path).decode_utf8_lossy();
    [path, decoded.as_ref()]
        .iter()
        .any(|p| p.split(['/', '\\']).any(|part| part == ".."))
}

fn parent_in_path(
    entry: &crate::model::Entry,
    key: &str,
    path: &str,
    pos: crate::diagnostic::Position,
) -> Diagnostic {
    Diagnostic::error(
        &entry.path,
        Some(pos),
        msg!("T0330-parent-in-path", path = path, key = key),
    )
    .with_help(msg!("T0330-parent-in-path-help"))
}

/// A site path without its `.` steps: `/./a/./b.png` is `/a/b.png`.
fn without_current_steps(path: &str) -> String {
    let lead = if path.starts_with('/') { "/" } else { "" };
    let parts: Vec<&str> = path
        .split('/')
        .filter(|p| !p.is_empty() && *p != ".")
        .collect();
    format!("{lead}{}", parts.join("/"))
}

/// Why an image was not found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Missing {
    NotInStatic,
    NotFound,
    OutsideContent,
}

fn locate_local(src: &str, entry_dir: &Path, fs: &dyn SourceFs) -> Option<PathBuf> {
    let decoded = percent_encoding::percent_decode_str(src).decode_utf8_lossy();
    join_relative(entry_dir, &decoded).filter(|p| fs.is_file(p))
}

/// The URL of an image: external URLs as they are, `/x` from static files,
/// relative paths from the content folder.
fn locate(
    src: &str,
    entry_dir: &Path,
    fs: &dyn SourceFs,
    index: &Index,
    config: &Config,
) -> Result<String, Missing> {
    if src.starts_with("http://") || src.starts_with("https://") {
        return Ok(src.to_owned());
    }
    if src.starts_with('/') {
        // `/./a//b.png` is the static file `a/b.png`, and is written so.
        let src = without_current_steps(src);
        let abs = src.trim_start_matches('/');
        if abs.is_empty() {
            return Err(Missing::NotInStatic);
        }
        let site = Path::new("static").join(abs);
        let theme = Path::new("themes")
            .join(&config.theme)
            .join("static")
            .join(abs);
        return if fs.is_file(&site) || fs.is_file(&theme) {
            Ok(src)
        } else {
            Err(Missing::NotInStatic)
        };
    }
    let path = locate_local(src, entry_dir, fs).ok_or(Missing::NotFound)?;
    asset_url(&path, index, config).ok_or(Missing::OutsideContent)
}

/// A file under `content/` that is neither an entry nor published: one that
/// looks like an entry but is skipped (`x.md.txt`, `X.MD`, `a.markdown`), or
/// an office file (`.docx`, `.pdf`…) loose in a section folder rather than
/// beside the `index.md` of a folder entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Skipped {
    LooksLikeEntry,
    OfficeFile,
}

/// Extensions of office documents that belong beside a folder entry's
/// `index.md`, not loose in a section folder.
const OFFICE: [&str; 11] = [
    "doc", "docx", "xls", "xlsx", "ppt", "pptx", "pdf", "odt", "ods", "odp", "rtf",
];

/// Extensions of Markdown files thidua does not read (it reads `.md`).
const MARKDOWN_LOOKALIKES: [&str; 5] = ["markdown", "mdown", "mkd", "mkdn", "mdwn"];

/// Whether `file` (under `content/`) is [`Skipped`]; `in_bundle` says it is
/// inside a folder entry (`NAME/index.md` beside it or above it).
pub fn skipped(file: &Path, in_bundle: bool) -> Option<Skipped> {
    let name = file.file_name()?.to_string_lossy().to_lowercase();
    let ext = Path::new(&name)
        .extension()
        .map(|e| e.to_string_lossy().into_owned())
        .unwrap_or_default();
    let exact_md = file.extension().is_some_and(|e| e == "md");
    if exact_md {
        return None;
    }
    let looks_like_entry = ext == "md"
        || MARKDOWN_LOOKALIKES.contains(&ext.as_str())
        || name.contains(".md.")
        || (ext == "txt" && !in_bundle);
    if looks_like_entry {
        return Some(Skipped::LooksLikeEntry);
    }
    (!in_bundle && OFFICE.contains(&ext.as_str())).then_some(Skipped::OfficeFile)
}

/// The folders of folder entries (`content/SECTION/NAME/` with an `index.md`).
pub fn bundle_dirs(files: &[PathBuf]) -> std::collections::HashSet<&Path> {
    files
        .iter()
        .filter(|f| f.ends_with("index.md"))
        .filter_map(|f| f.parent())
        .filter(|d| d.components().count() > 2)
        .collect()
}

/// Whether a file that exists under `content/` is left out of the output
/// because it is [`Skipped`] (links to it would lead nowhere).
pub fn is_withheld_file(file: &Path, fs: &dyn SourceFs) -> bool {
    if !file.starts_with("content") {
        return false;
    }
    let in_bundle = file
        .ancestors()
        .skip(1)
        .filter(|d| d.components().count() > 2)
        .any(|d| fs.is_file(&d.join("index.md")));
    skipped(file, in_bundle).is_some()
}

/// Non-Markdown files under `content/` that belong to no folder entry.
pub fn loose_assets(files: &[PathBuf], index: &Index, config: &Config) -> Vec<Asset> {
    let bundles = bundle_dirs(files);
    files
        .iter()
        .filter(|f| f.extension().is_none_or(|e| e != "md"))
        .filter(|f| !f.ancestors().skip(1).any(|d| index.bundles.contains_key(d)))
        .filter(|f| {
            let in_bundle = f.ancestors().skip(1).any(|d| bundles.contains(d));
            skipped(f, in_bundle).is_none()
        })
        .filter_map(|f| {
            asset_url(f, index, config).map(|u| Asset {
                source: f.clone(),
                output: u.trim_start_matches('/').to_owned(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_names_are_ascii() {
        assert_eq!(output_name("Kế hoạch 33.PDF"), "ke-hoach-33.pdf");
        assert_eq!(output_name("ảnh"), "anh");
    }

    #[test]
    fn relative_join_never_escapes() {
        assert_eq!(
            join_relative(Path::new("content/a"), "../b/c.md"),
            Some(PathBuf::from("content/b/c.md"))
        );
        assert_eq!(
            join_relative(Path::new("content"), "../../etc/passwd"),
            None
        );
    }
}
