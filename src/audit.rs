//! `thidua check`: everything `build` checks (by rendering into nothing),
//! plus the editors' audit that only makes sense over the whole rendered
//! site: **orphans**.
//!
//! An orphan is a published entry that no other generated page links to:
//! no list, taxonomy page, home page, menu, footer or entry body points at
//! its URL. Links are read from the rendered HTML itself, so whatever the
//! theme shows (menus, footers, related lists) counts, and nothing else
//! does. A page's own pages (the entry itself and pages below its URL, such
//! as an event's printable backdrop) do not count. Drafts and scheduled
//! entries are not published, so they are not checked unless `--drafts` /
//! `--future` publish them. With the bundled themes every entry of a
//! section is in its section list, so in practice orphans are free pages
//! (`content/pages/`) that nothing links to.
//!
//! Missing images and files, images without `alt`, and persons without
//! consent when the site requires it are reported by the build itself
//! ([`crate::site::assemble`]); `check` prints them with the rest, plus the
//! problems of unpublished drafts as warnings (each draft's list opened by
//! a "bản nháp chưa hoàn chỉnh" line, T0319), and ends with one line
//! ([`CheckReport::summary`]): `N mục, N lỗi, N cảnh báo`, followed by how
//! many drafts and scheduled entries were left out when there are any.

use std::collections::HashMap;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::build::{self, BuildError, BuildOptions};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::i18n::{Lang, Localized, Message};
use crate::model::Section;
use crate::msg;
use crate::output::{OutputContent, OutputFile, OutputSink};
use crate::progress::{Counter, CountingSink};

use crate::site::{PageId, Site};
use crate::source::SourceFs;

/// The result of `check`.
#[derive(Debug, Clone)]
pub struct CheckReport {
    /// Entry files read (published or not).
    pub entries: usize,
    /// Every problem, sorted by file and position.
    pub diagnostics: Diagnostics,
    /// Drafts left out (`draft: true` without `--drafts`).
    pub drafts: usize,
    /// Entries dated after the build date, left out (without `--future`).
    pub scheduled: usize,
}

impl CheckReport {
    /// The last line of `check`: "12 mục, 0 lỗi, 1 cảnh báo; 2 bản nháp và
    /// 1 mục hẹn ngày đăng không được xuất bản".
    pub fn summary(&self) -> Message {
        let (entries, errors, warnings) = (
            self.entries,
            self.diagnostics.error_count(),
            self.diagnostics.warning_count(),
        );
        if self.drafts == 0 && self.scheduled == 0 {
            msg!(
                "site-check-summary",
                entries = entries,
                errors = errors,
                warnings = warnings
            )
        } else {
            msg!(
                "site-check-summary-left-out",
                entries = entries,
                errors = errors,
                warnings = warnings,
                left_out = left_out(self.drafts, self.scheduled)
            )
        }
    }

    /// [`CheckReport::summary`] in `lang`.
    pub fn summary_in(&self, lang: Lang) -> String {
        lang.format(&self.summary())
    }

    pub fn passed(&self) -> bool {
        !self.diagnostics.has_errors()
    }
}

/// Check the site: load, render into nothing, and look for orphans.
/// Content problems are in the report; only I/O failures are errors.
pub fn check(
    fs: &dyn SourceFs,
    opts: &BuildOptions,
    counter: &Counter,
) -> anyhow::Result<CheckReport> {
    let files = fs
        .list(Path::new("content"))
        .map_err(|e| anyhow::Error::new(e).context(Localized(msg!("site-listing-content"))))?;
    let entries = build::entry_files(&files).len();
    let (loaded, counts) = build::load_counted(fs, opts);
    let report = |mut diagnostics: Diagnostics| {
        diagnostics.extend(counts.draft_problems.clone());
        CheckReport {
            entries,
            diagnostics: diagnostics.sorted(),
            drafts: counts.left_out.drafts,
            scheduled: counts.left_out.scheduled,
        }
    };
    let loaded = match loaded {
        Ok(l) => l,
        Err(BuildError::Content(d)) => return Ok(report(d)),
        Err(BuildError::Io(e)) => return Err(e),
    };
    let inbound = InboundLinks::new(&loaded.site);
    let sink = CountingSink::new(&inbound, counter);
    match build::render_with(&loaded, fs, &mut Checking, &sink) {
        Ok(_) => {}
        Err(BuildError::Content(d)) => {
            let mut all = loaded.warnings;
            all.extend(d);
            return Ok(report(all));
        }
        Err(BuildError::Io(e)) => return Err(e),
    }
    let mut diagnostics = loaded.warnings;
    diagnostics.extend(inbound.orphans(&loaded.site));
    Ok(report(diagnostics))
}

/// A full render that draws no share card: `check` reads only pages.
struct Checking;

impl build::RenderReuse for Checking {
    fn share_cards(
        &mut self,
        cards: &[crate::render::share_card::Card],
        _fs: &dyn SourceFs,
    ) -> crate::render::share_card::CardFiles {
        crate::render::share_card::undrawn(cards)
    }
}

/// "2 bản nháp và 1 mục hẹn ngày đăng" / "2 drafts and 1 scheduled entry":
/// the entries a build leaves out, for summary lines (`None` when none).
pub fn left_out(drafts: usize, scheduled: usize) -> Message {
    match (drafts, scheduled) {
        (d, 0) => msg!("site-left-out-drafts", drafts = d),
        (0, s) => msg!("site-left-out-scheduled", scheduled = s),
        (d, s) => msg!("site-left-out-both", drafts = d, scheduled = s),
    }
}

/// The part of `build`'s summary about entries left out, when there are
/// any: "2 bản nháp và 1 mục hẹn ngày đăng không được xuất bản", with the
/// number of incomplete drafts when there are some.
pub fn build_left_out(summary: &build::BuildSummary) -> Option<Message> {
    if summary.drafts == 0 && summary.scheduled == 0 {
        return None;
    }
    let what = left_out(summary.drafts, summary.scheduled);
    Some(if summary.incomplete_drafts > 0 {
        msg!(
            "site-build-left-out-incomplete",
            left_out = what,
            incomplete = summary.incomplete_drafts
        )
    } else {
        msg!("site-build-left-out", left_out = what)
    })
}

/// A sink that discards the rendered site but notes, for every entry, whether
/// another page links to it.
pub struct InboundLinks {
    base_url: String,
    by_url: HashMap<String, PageId>,
    reached: Vec<AtomicBool>,
}

impl InboundLinks {
    pub fn new(site: &Site) -> Self {
        InboundLinks {
            base_url: site.config.base_url.clone(),
            by_url: site
                .pages
                .iter()
                .enumerate()
                .map(|(id, p)| (p.permalink.to_string(), id))
                .collect(),
            reached: site.pages.iter().map(|_| AtomicBool::new(false)).collect(),
        }
    }

    fn note(&self, source_url: &str, html: &str) {
        for href in hrefs(html) {
            let Some(target) = resolve(&href, source_url, &self.base_url) else {
                continue;
            };
            if let Some(&id) = self.by_url.get(&target)
                && !source_url.starts_with(&target)
            {
                self.reached[id].store(true, Ordering::Relaxed);
            }
        }
    }

    /// A warning for each entry no other page links to.
    pub fn orphans(&self, site: &Site) -> Vec<Diagnostic> {
        site.pages
            .iter()
            .zip(&self.reached)
            .filter(|(_, reached)| !reached.load(Ordering::Relaxed))
            .map(|(page, _)| orphan_warning(&page.entry.path, page.section(), page.title()))
            .collect()
    }
}

impl OutputSink for InboundLinks {
    fn write(&self, file: OutputFile) -> anyhow::Result<()> {
        if let (true, OutputContent::Bytes(bytes)) = (file.path.ends_with(".html"), &file.content) {
            self.note(&url_of_output(&file.path), &String::from_utf8_lossy(bytes));
        }
        Ok(())
    }
}

fn orphan_warning(path: &Path, section: Section, title: &str) -> Diagnostic {
    let help = match section {
        Section::Pages => {
            let name = path
                .strip_prefix("content/pages")
                .map_or_else(|_| path.to_path_buf(), Path::to_path_buf);
            msg!("T0318-orphan-page-help", title = title, name = name)
        }
        _ => msg!("T0318-orphan-help"),
    };
    Diagnostic::warning(path, None, msg!("T0318-orphan")).with_help(help)
}

/// The site URL of an output file: `a/b/index.html` → `/a/b/`.
fn url_of_output(path: &str) -> String {
    match path.strip_suffix("index.html") {
        Some(dir) => format!("/{dir}"),
        None => format!("/{path}"),
    }
}

/// The values of every `href` attribute, entities decoded.
fn hrefs(html: &str) -> Vec<String> {
    const ATTR: &str = "href=";
    let bytes = html.as_bytes();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(found) = html[from..].find(ATTR) {
        let at = from + found;
        let value = at + ATTR.len();
        from = value;
        let after_space = at > 0 && bytes[at - 1].is_ascii_whitespace();
        let quote = match bytes.get(value) {
            Some(&q @ (b'"' | b'\'')) if after_space => q as char,
            _ => continue,
        };
        if let Some(len) = html[value + 1..].find(quote) {
            out.push(decode_entities(&html[value + 1..value + 1 + len]));
            from = value + 1 + len;
        }
    }
    out
}

/// The few HTML entities a URL attribute may contain.
fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let Some(semi) = rest.find(';').filter(|&i| i <= 10) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let name = &rest[1..semi];
        let decoded = match name {
            "amp" => Some('&'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "lt" => Some('<'),
            "gt" => Some('>'),
            _ => name
                .strip_prefix("#x")
                .or_else(|| name.strip_prefix("#X"))
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The site path an `href` found on the page at `source_url` points to, in
/// the form of a permalink (`/a/b/`); `None` for other sites, `mailto:` …
fn resolve(href: &str, source_url: &str, base_url: &str) -> Option<String> {
    let href = href.split(['#', '?']).next().unwrap_or_default().trim();
    if href.is_empty() {
        return None;
    }
    let local = if let Some(rest) = href.strip_prefix(base_url.trim_end_matches('/')) {
        if !(rest.is_empty() || rest.starts_with('/')) {
            return None;
        }
        if rest.is_empty() { "/" } else { rest }.to_owned()
    } else if href.starts_with("//") || href.contains(':') {
        return None;
    } else if href.starts_with('/') {
        href.to_owned()
    } else {
        let dir = &source_url[..source_url.rfind('/').map_or(0, |i| i + 1)];
        format!("{dir}{href}")
    };
    Some(normalise_path(&local))
}

/// Resolve `.` and `..`, drop `index.html`, end directories with `/`.
fn normalise_path(path: &str) -> String {
    let mut segments: Vec<&str> = Vec::new();
    for seg in path.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                segments.pop();
            }
            s => segments.push(s),
        }
    }
    if segments.last() == Some(&"index.html") {
        segments.pop();
    } else if segments.last().is_some_and(|s| s.contains('.')) {
        return format!("/{}", segments.join("/"));
    }
    if segments.is_empty() {
        "/".to_owned()
    } else {
        format!("/{}/", segments.join("/"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_hrefs_with_either_quote_and_entities() {
        let html = r#"<a href="/a/">x</a><link rel=x href='/b/?q=1&amp;r=2'><a data-href="/no/">"#;
        assert_eq!(hrefs(html), vec!["/a/", "/b/?q=1&r=2"]);
        assert_eq!(decode_entities("&#x2F;a&#47;b&#x2F;"), "/a/b/");
        assert_eq!(decode_entities("a & b"), "a & b");
    }

    #[test]
    fn resolves_links_to_permalinks() {
        let base = "https://thidua.example";
        let at = "/tin-tuc/khai-truong/";
        assert_eq!(
            resolve("/gioi-thieu/", at, base).as_deref(),
            Some("/gioi-thieu/")
        );
        assert_eq!(
            resolve("/gioi-thieu", at, base).as_deref(),
            Some("/gioi-thieu/")
        );
        assert_eq!(
            resolve("https://thidua.example/gioi-thieu/#a", at, base).as_deref(),
            Some("/gioi-thieu/")
        );
        assert_eq!(
            resolve("../../gioi-thieu/index.html", at, base).as_deref(),
            Some("/gioi-thieu/")
        );
        assert_eq!(resolve("https://other.example/gioi-thieu/", at, base), None);
        assert_eq!(resolve("https://thidua.example.vn/", at, base), None);
        assert_eq!(resolve("mailto:a@b.vn", at, base), None);
        assert_eq!(resolve("#top", at, base), None);
        assert_eq!(
            resolve("/css/a.css", at, base).as_deref(),
            Some("/css/a.css")
        );
    }

    #[test]
    fn output_paths_become_urls() {
        assert_eq!(url_of_output("index.html"), "/");
        assert_eq!(url_of_output("tin-tuc/a/index.html"), "/tin-tuc/a/");
        assert_eq!(url_of_output("404.html"), "/404.html");
    }

    #[test]
    fn summary_line_is_exact() {
        let mut d = Diagnostics::new();
        d.push(Diagnostic::error("a.md", None, msg!("T0301-no-slug")));
        d.push(Diagnostic::warning("b.md", None, msg!("T0318-orphan")));
        d.push(Diagnostic::warning("c.md", None, msg!("T0318-orphan")));
        let mut r = CheckReport {
            entries: 12,
            diagnostics: d,
            drafts: 0,
            scheduled: 0,
        };
        assert_eq!(r.summary_in(Lang::En), "12 entries, 1 error, 2 warnings");
        assert_eq!(r.summary_in(Lang::Vi), "12 mục, 1 lỗi, 2 cảnh báo");
        assert!(!r.passed());
        r.drafts = 2;
        r.scheduled = 1;
        assert_eq!(
            r.summary_in(Lang::Vi),
            "12 mục, 1 lỗi, 2 cảnh báo; 2 bản nháp và 1 mục hẹn ngày đăng không được xuất bản"
        );
        assert_eq!(
            r.summary_in(Lang::En),
            "12 entries, 1 error, 2 warnings; 2 drafts and 1 scheduled entry not published"
        );
        r.scheduled = 0;
        assert_eq!(
            r.summary_in(Lang::En),
            "12 entries, 1 error, 2 warnings; 2 drafts not published"
        );
    }
}
