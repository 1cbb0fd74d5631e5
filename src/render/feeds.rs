//! Atom 1.0 and JSON Feed 1.1 for the whole site, each section, each field
//! (lĩnh vực) and each campaign (the entries that refer to it). Each page's
//! entry is serialised once (an `Item`) and shared by every feed it is in;
//! scopes come from the section, taxonomy and referrer lists, never from a
//! loop over pages inside a loop over pages. Dates carry Vietnam's `+07:00`.

use chrono::{NaiveDate, NaiveTime};
use rayon::prelude::*;
use serde::Serialize;
use serde_json::json;

use crate::date::PartialDate;
use crate::model::{EntryKind, Section};
use crate::output::{OutputFile, OutputSink};
use crate::permalink::{Permalink, absolute, reserved};
use crate::render::meta::{PageInfo, PageKind};
use crate::render::view;
use crate::site::{PageId, Site, TaxonomyKind};
use crate::xml::escape as xml;

/// At most this many entries per feed (newest first).
pub const FEED_LIMIT: usize = 50;

/// A `<link rel="alternate">` to a feed, for `<head>`.
#[derive(Debug, Clone, Serialize)]
pub struct FeedLink {
    pub title: String,
    pub url: String,
    /// `application/atom+xml` or `application/feed+json`.
    pub mime: &'static str,
}

/// One feed: where it lives and which pages it lists.
struct Scope {
    title: String,
    /// Site-relative folder URL: `/`, `/guong-dien-hinh/`…
    url: String,
    /// The files' name without extension: `feed`, or
    /// `dang-lay-y-kien` for the open consultations.
    name: &'static str,
    ids: Vec<PageId>,
}

/// A page's entry, serialised once for every feed.
struct Item {
    atom: String,
    json: serde_json::Value,
    updated: String,
}

/// `2024-06-11T00:00:00+07:00` (the time when the entry has one).
pub fn date_time(day: PartialDate, time: Option<NaiveTime>) -> String {
    let t = time.unwrap_or(NaiveTime::MIN);
    format!("{}T{}+07:00", day.first_day(), t.format("%H:%M:%S"))
}

fn naive_date_time(day: NaiveDate) -> String {
    format!("{day}T00:00:00+07:00")
}

/// Every feed file of the site.
pub fn write(site: &Site, sink: &dyn OutputSink) -> anyhow::Result<Vec<String>> {
    write_changed(site, sink, &|_| false)
}

/// What one feed is made from besides the site-wide values: its two
/// files, its title and its entries, newest first. Each entry's item reads
/// only its own page.
pub struct FeedInputs<'a> {
    pub paths: &'a [String; 2],
    pub title: &'a str,
    pub ids: &'a [PageId],
}

/// [`write`], leaving out the feeds `unchanged` says are still in the
/// output (`serve`: same inputs as the files it holds); the paths of every
/// feed, written or not.
pub fn write_changed(
    site: &Site,
    sink: &dyn OutputSink,
    unchanged: &(dyn Fn(&FeedInputs<'_>) -> bool + Sync),
) -> anyhow::Result<Vec<String>> {
    let order = newest_first(site);
    let mut rank = vec![usize::MAX; site.pages.len()];
    for (i, id) in order.iter().enumerate() {
        rank[*id] = i;
    }
    let mut scopes = scopes(site, &order);
    let mut feeds_of = vec![0u32; site.pages.len()];
    for scope in &mut scopes {
        scope
            .ids
            .retain(|id| site.pages[*id].section() != Section::Pages);
        scope.ids.sort_by_key(|id| rank[*id]);
        scope.ids.truncate(FEED_LIMIT);
    }
    let scopes: Vec<(Scope, [String; 2])> = scopes
        .into_iter()
        .map(|scope| {
            let paths = scope.paths();
            (scope, paths)
        })
        .collect();
    let paths: Vec<String> = scopes.iter().flat_map(|(_, p)| p.iter().cloned()).collect();
    let scopes: Vec<(Scope, [String; 2])> = scopes
        .into_par_iter()
        .filter(|(scope, paths)| {
            !unchanged(&FeedInputs {
                paths,
                title: &scope.title,
                ids: &scope.ids,
            })
        })
        .collect();
    for (scope, _) in &scopes {
        for id in &scope.ids {
            feeds_of[*id] += 1;
        }
    }
    // An entry in several feeds (the newest ones: whole site, section,
    // field) is serialised once and kept; one in a single feed (most of a
    // campaign's feed) only while that feed is written — keeping every item
    // of 5,000 campaign feeds took 0.6 GB at 100,000 entries.
    let shared: Vec<Option<Item>> = (0..site.pages.len())
        .into_par_iter()
        .map(|id| (feeds_of[id] > 1).then(|| item(site, id)))
        .collect();
    scopes
        .into_par_iter()
        .try_for_each(|(scope, [atom, json])| {
            let own: Vec<Item> = scope
                .ids
                .iter()
                .filter(|id| shared[**id].is_none())
                .map(|id| item(site, *id))
                .collect();
            let mut own = own.iter();
            let chosen: Vec<&Item> = scope
                .ids
                .iter()
                .filter_map(|id| shared[*id].as_ref().or_else(|| own.next()))
                .collect();
            sink.write(atom_file(site, &scope, atom, &chosen))?;
            sink.write(json_file(site, &scope, json, &chosen))
        })?;
    Ok(paths)
}

impl Scope {
    /// The Atom and JSON files' paths.
    fn paths(&self) -> [String; 2] {
        ["xml", "json"].map(|ext| output_path(&self.url, &format!("{}.{ext}", self.name)))
    }
}

/// Published pages (not free pages), newest first, then by URL.
fn newest_first(site: &Site) -> Vec<PageId> {
    let mut ids: Vec<PageId> = (0..site.pages.len())
        .filter(|id| site.pages[*id].section() != Section::Pages)
        .collect();
    let key = |id: &PageId| {
        let p = &site.pages[*id];
        let d = view::sort_date(p).map(|d| d.first_day());
        (std::cmp::Reverse(d), p.permalink.as_str().to_owned())
    };
    ids.sort_by_cached_key(key);
    ids
}

fn scopes(site: &Site, order: &[PageId]) -> Vec<Scope> {
    let mut scopes = vec![Scope {
        title: site.config.title.clone(),
        url: "/".into(),
        name: FEED,
        ids: order.to_vec(),
    }];
    for s in Section::ALL.iter().filter(|s| **s != Section::Pages) {
        let Some(list) = Permalink::section_list(site.config.section_path(*s)) else {
            continue;
        };
        if *s == Section::Nominations {
            // Decree 98/2023/NĐ-CP art. 46: the nominees are published for
            // comment; this feed lists only the consultations open today.
            let open = crate::render::listing::open_consultations(site);
            scopes.push(Scope {
                title: format!("{OPEN_TITLE} – {}", site.config.title),
                url: list.to_string(),
                name: reserved::OPEN_CONSULTATIONS,
                ids: open,
            });
        }
        scopes.push(Scope {
            title: format!("{} – {}", s.title(), site.config.title),
            url: list.to_string(),
            name: FEED,
            ids: order
                .iter()
                .copied()
                .filter(|id| site.pages[*id].section() == *s)
                .collect(),
        });
    }
    for t in site
        .taxonomies
        .iter()
        .filter(|t| t.kind == TaxonomyKind::Fields)
    {
        scopes.extend(t.terms.iter().map(|term| Scope {
            title: format!("Lĩnh vực {} – {}", term.name, site.config.title),
            url: term.permalink.to_string(),
            name: FEED,
            ids: term.pages.clone(),
        }));
    }
    for (id, p) in site.pages_in(Section::Campaigns) {
        scopes.push(Scope {
            title: format!("{} – {}", p.title(), site.config.title),
            url: p.permalink.to_string(),
            name: FEED,
            ids: site.referrers[id].clone(),
        });
    }
    scopes
}

fn updated_of(site: &Site, id: PageId) -> String {
    let p = &site.pages[id];
    let c = &p.entry.common;
    if let Some(u) = &c.updated {
        return date_time(u.value, None);
    }
    if let Some(d) = &c.date {
        return date_time(d.value.day, d.value.time);
    }
    view::sort_date(p).map_or_else(
        || naive_date_time(site.publish.today),
        |d| date_time(d, None),
    )
}

fn published_of(site: &Site, id: PageId) -> Option<String> {
    let p = &site.pages[id];
    match &p.entry.common.date {
        Some(d) => Some(date_time(d.value.day, d.value.time)),
        None => view::sort_date(p).map(|d| date_time(d, None)),
    }
}

fn item(site: &Site, id: PageId) -> Item {
    let p = &site.pages[id];
    let base = &site.config.base_url;
    let url = p.permalink.absolute(base);
    let summary = p
        .entry
        .common
        .summary
        .as_deref()
        .unwrap_or(&p.content.summary);
    let updated = updated_of(site, id);
    let published = published_of(site, id);
    let image = p.image_url.as_deref().map(|u| absolute(base, u));
    let mut atom = format!(
        "<entry>\n<title type=\"text\">{}</title>\n<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n<id>{}</id>\n<updated>{updated}</updated>\n",
        xml(p.title()),
        xml(&url),
        xml(&url),
    );
    if let Some(d) = &published {
        atom.push_str(&format!("<published>{d}</published>\n"));
    }
    atom.push_str(&format!(
        "<summary type=\"text\">{}</summary>\n<content type=\"html\" xml:base=\"{}\">{}</content>\n",
        xml(summary),
        xml(&url),
        xml(&p.content.html.unpack())
    ));
    for f in &p.fields {
        atom.push_str(&format!("<category term=\"{}\"/>\n", xml(f)));
    }
    atom.push_str("</entry>\n");
    let json = json!({
        "id": url,
        "url": url,
        "title": p.title(),
        "summary": summary,
        "content_html": absolute_links(&p.content.html.unpack(), base),
        "date_published": published,
        "date_modified": updated,
        "image": image,
        "tags": p.fields,
        "language": "vi",
    });
    Item {
        atom,
        json: strip_nulls(json),
        updated,
    }
}

fn strip_nulls(mut v: serde_json::Value) -> serde_json::Value {
    if let Some(map) = v.as_object_mut() {
        map.retain(|_, x| !x.is_null());
    }
    v
}

/// Site-absolute `href="/…"` and `src="/…"` attributes of rendered HTML made
/// absolute (JSON Feed has no `xml:base`). A small pass that knows tags:
/// text between tags (escaped by the renderer) and comments are copied as
/// they are; inside a tag, a quoted `href` or `src` value starting with one
/// `/` gets the base (attribute-escaped) in front. Protocol-relative values
/// (`//host/…`, and `/\host` which browsers read the same way) and every
/// other attribute are left alone.
fn absolute_links(html: &str, base: &str) -> String {
    let base = xml(base.trim_end_matches('/'));
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        rest = &rest[lt..];
        let end = if rest.starts_with("<!--") {
            rest.find("-->").map_or(rest.len(), |i| i + 3)
        } else {
            tag_end(rest)
        };
        let (tag, after) = rest.split_at(end);
        if tag.starts_with("<!--") {
            out.push_str(tag);
        } else {
            rewrite_tag(tag, &base, &mut out);
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// The length of the tag `s` starts with: up to its `>` outside quotes.
fn tag_end(s: &str) -> usize {
    let mut quote = None;
    for (i, b) in s.bytes().enumerate().skip(1) {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if b == q => quote = None,
            (None, b'>') => return i + 1,
            _ => {}
        }
    }
    s.len()
}

/// One tag, with its site-absolute `href`/`src` values prefixed by `base`.
fn rewrite_tag(tag: &str, base: &str, out: &mut String) {
    let bytes = tag.as_bytes();
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'"' || b == b'\'' {
            // A quoted value of some other attribute.
            i = tag[i + 1..]
                .find(b as char)
                .map_or(bytes.len(), |j| i + j + 2);
            continue;
        }
        i += 1;
        if !b.is_ascii_whitespace() {
            continue;
        }
        let Some(name) = ["href", "src"].into_iter().find(|n| {
            tag.get(i..i + n.len())
                .is_some_and(|s| s.eq_ignore_ascii_case(n))
                && bytes.get(i + n.len()) == Some(&b'=')
        }) else {
            continue;
        };
        let open = i + name.len() + 1;
        let Some(&q) = bytes.get(open).filter(|&&q| q == b'"' || q == b'\'') else {
            continue;
        };
        let from = open + 1;
        let to = tag[from..]
            .find(q as char)
            .map_or(bytes.len(), |j| from + j);
        let value = &tag[from..to];
        if value.starts_with('/') && !value.starts_with("//") && !value.starts_with("/\\") {
            out.push_str(&tag[copied..from]);
            out.push_str(base);
            copied = from;
        }
        i = to + 1;
    }
    out.push_str(&tag[copied..]);
}

fn output_path(scope_url: &str, name: &str) -> String {
    format!("{}{name}", scope_url.trim_start_matches('/'))
}

fn atom_file(site: &Site, scope: &Scope, path: String, items: &[&Item]) -> OutputFile {
    let base = &site.config.base_url;
    let self_url = absolute(base, &format!("{}{}.xml", scope.url, scope.name));
    let updated = items
        .iter()
        .map(|i| i.updated.as_str())
        .max()
        .map_or_else(|| naive_date_time(site.publish.today), str::to_owned);
    let author = site
        .config
        .organisation
        .as_deref()
        .unwrap_or(&site.config.title);
    let mut s = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"vi\">\n<title type=\"text\">{}</title>\n<id>{}</id>\n<link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n<updated>{updated}</updated>\n<author><name>{}</name></author>\n<generator>thidua</generator>\n",
        xml(&scope.title),
        xml(&self_url),
        xml(&self_url),
        xml(&absolute(base, &scope.url)),
        xml(author),
    );
    for i in items {
        s.push_str(&i.atom);
    }
    s.push_str("</feed>\n");
    OutputFile::text(path, s)
}

fn json_file(site: &Site, scope: &Scope, path: String, items: &[&Item]) -> OutputFile {
    let base = &site.config.base_url;
    let author = site
        .config
        .organisation
        .as_deref()
        .unwrap_or(&site.config.title);
    let feed = json!({
        "version": "https://jsonfeed.org/version/1.1",
        "title": scope.title,
        "home_page_url": absolute(base, &scope.url),
        "feed_url": absolute(base, &format!("{}{}.json", scope.url, scope.name)),
        "description": site.config.description,
        "language": "vi",
        "authors": [{"name": author}],
        "items": items.iter().map(|i| &i.json).collect::<Vec<_>>(),
    });
    let text = serde_json::to_string_pretty(&strip_nulls(feed)).unwrap_or_default();
    OutputFile::text(path, text)
}

/// The file name (without extension) of every feed but the open
/// consultations'.
const FEED: &str = "feed";

/// The title of the open consultations' feed.
pub const OPEN_TITLE: &str = "Đang lấy ý kiến";

fn links(title: &str, url: &str) -> [FeedLink; 2] {
    named_links(title, url, FEED)
}

fn named_links(title: &str, url: &str, name: &str) -> [FeedLink; 2] {
    [
        FeedLink {
            title: format!("{title} (Atom)"),
            url: format!("{url}{name}.xml"),
            mime: "application/atom+xml",
        },
        FeedLink {
            title: format!("{title} (JSON Feed)"),
            url: format!("{url}{name}.json"),
            mime: "application/feed+json",
        },
    ]
}

/// The open consultations' feeds (below the nominations' list), for the
/// list, the nominations' pages and the home page.
pub fn open_consultation_links(site: &Site) -> Vec<FeedLink> {
    Permalink::section_list(site.config.section_path(Section::Nominations))
        .map(|list| named_links(OPEN_TITLE, list.as_str(), reserved::OPEN_CONSULTATIONS).into())
        .unwrap_or_default()
}

/// The feeds a page links to in `<head>`: the site's, plus its section's,
/// field's or campaign's.
pub fn links_for(site: &Site, info: &PageInfo<'_>) -> Vec<FeedLink> {
    let mut out: Vec<FeedLink> = links(&site.config.title, "/").into();
    let scope = match info.entry.map(|id| &site.pages[id]) {
        Some(p) if matches!(p.entry.kind, EntryKind::Campaign(_)) => {
            Some((p.title().to_owned(), p.permalink.to_string()))
        }
        Some(p) if p.section() != Section::Pages => {
            Permalink::section_list(site.config.section_path(p.section()))
                .map(|list| (p.section().title().to_owned(), list.to_string()))
        }
        Some(_) => None,
        None => list_scope(site, info),
    };
    let nominations = Permalink::section_list(site.config.section_path(Section::Nominations));
    let on_nominations = nominations
        .as_ref()
        .is_some_and(|l| scope.as_ref().is_some_and(|(_, url)| *url == l.as_str()));
    if let Some((title, url)) = scope {
        out.extend(links(&title, &url));
    }
    if on_nominations {
        out.extend(open_consultation_links(site));
    }
    out
}

fn list_scope(site: &Site, info: &PageInfo<'_>) -> Option<(String, String)> {
    let mut segs = info.url.split('/').filter(|s| !s.is_empty());
    let first = segs.next()?;
    match info.kind {
        PageKind::Section => Section::ALL
            .iter()
            .filter(|s| **s != Section::Pages)
            .find(|s| site.config.section_path(**s) == first)
            .zip(Permalink::from_segments([first]))
            .map(|(s, list)| (s.title().to_owned(), list.to_string())),
        PageKind::Term if first == TaxonomyKind::Fields.path() => {
            let term = Permalink::from_segments([first, segs.next()?])?;
            Some((info.title.to_owned(), term.to_string()))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feed_links_are_made_absolute_on_tags_not_text() {
        let html = "<p>a href=\"/x\" in text &lt;a href=\"/y\"&gt;</p>\n\
                    <p><a href=\"/thi-dua/\" title=\"src=&quot;/z\">t</a> \
                    <img src=\"/anh/a.png\" alt=\"href=/q\"> \
                    <script src=\"//cdn.example/x.js\"></script> \
                    <a href='/b'>b</a> <a href=\"/\\evil.example\">e</a> \
                    <a href=\"https://khac.example/\">k</a><!-- <a href=\"/c\"> --></p>";
        assert_eq!(
            absolute_links(html, "https://site.example/"),
            "<p>a href=\"/x\" in text &lt;a href=\"/y\"&gt;</p>\n\
             <p><a href=\"https://site.example/thi-dua/\" title=\"src=&quot;/z\">t</a> \
             <img src=\"https://site.example/anh/a.png\" alt=\"href=/q\"> \
             <script src=\"//cdn.example/x.js\"></script> \
             <a href='https://site.example/b'>b</a> <a href=\"/\\evil.example\">e</a> \
             <a href=\"https://khac.example/\">k</a><!-- <a href=\"/c\"> --></p>"
        );
    }

    #[test]
    fn feed_link_base_is_attribute_escaped() {
        assert_eq!(
            absolute_links("<a href=\"/x\">x</a>", "https://a.example/\"><script>"),
            "<a href=\"https://a.example/&quot;&gt;&lt;script&gt;/x\">x</a>"
        );
    }

    #[test]
    fn dates_carry_vietnam_offset() {
        let d = crate::date::PartialDate::parse("2024-06").unwrap();
        assert_eq!(date_time(d, None), "2024-06-01T00:00:00+07:00");
        let t = NaiveTime::from_hms_opt(7, 30, 0);
        let d = crate::date::PartialDate::parse("2024-06-11").unwrap();
        assert_eq!(date_time(d, t), "2024-06-11T07:30:00+07:00");
    }
}
