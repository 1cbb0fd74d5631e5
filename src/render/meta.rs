//! Metadata of every page for `<head>`: schema.org JSON-LD (built here with
//! serde_json and made safe for `<script>` by [`script_safe_json`]), Open
//! Graph image (the page's share card, with its size and type; the home
//! page's card for pages without one), Twitter card, Dublin Core for
//! documents and the feed links.
//! Templates receive it as `page_meta`; only `json_ld` is marked safe, every
//! other text is escaped by the template's autoescape.

use serde::Serialize;
use serde_json::{Value as Json, json};
use tera::Value;

use crate::model::EntryKind;
use crate::model::exemplar::{Exemplar, Subject};
use crate::permalink::absolute;
use crate::render::{Crumb, feeds, share_card, view};
use crate::site::{Page, PageId, Site};
use crate::theme::script_safe_json;

/// What kind of page is drawn: templates read it as `current.kind`
/// (`"entry"`, `"section"`, `"not_found"`, …), and the metadata and feed
/// links of a page depend on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PageKind {
    /// An entry's own page.
    Entry,
    /// A section's list (`/guong-dien-hinh/`).
    Section,
    /// A taxonomy term's list (`/linh-vuc/chuyen-doi-so/`).
    Term,
    /// A taxonomy's index of terms (`/linh-vuc/`).
    Taxonomy,
    Home,
    /// The portal's pages of `PORTAL_PAGES`.
    Calendar,
    Statistics,
    Search,
    /// A page of the honour roll (`/so-vang/…`).
    Honours,
    /// An event's printable stage backdrop.
    Backdrop,
    /// An entry's `/embed/` card.
    Embed,
    NotFound,
}

impl PageKind {
    /// The name templates see (`current.kind`), also the context key of a
    /// portal page's value (`calendar`, `statistics`).
    pub fn key(self) -> &'static str {
        match self {
            PageKind::Entry => "entry",
            PageKind::Section => "section",
            PageKind::Term => "term",
            PageKind::Taxonomy => "taxonomy",
            PageKind::Home => "home",
            PageKind::Calendar => "calendar",
            PageKind::Statistics => "statistics",
            PageKind::Search => "search",
            PageKind::Honours => "honours",
            PageKind::Backdrop => "backdrop",
            PageKind::Embed => "embed",
            PageKind::NotFound => "not_found",
        }
    }
}

/// What a page is, for its metadata.
pub struct PageInfo<'a> {
    pub kind: PageKind,
    pub url: &'a str,
    pub title: &'a str,
    pub breadcrumbs: &'a [Crumb],
    pub entry: Option<PageId>,
    /// The page's oEmbed JSON, when it is embeddable.
    pub oembed: Option<&'a str>,
}

#[derive(Serialize)]
struct Image {
    url: String,
    alt: String,
    /// Size and type, known for share cards (`og:image:width`…).
    width: Option<u32>,
    height: Option<u32>,
    mime: Option<&'static str>,
}

impl Image {
    fn card(base: &str, url: &str, alt: &str) -> Image {
        Image {
            url: absolute(base, url),
            alt: alt.to_owned(),
            width: Some(share_card::WIDTH),
            height: Some(share_card::HEIGHT),
            mime: Some("image/png"),
        }
    }
}

#[derive(Serialize)]
struct NameContent {
    name: &'static str,
    content: String,
}

#[derive(Serialize)]
struct PageMeta<'a> {
    image: Option<Image>,
    twitter_card: &'static str,
    dublin_core: Vec<NameContent>,
    feeds: Vec<feeds::FeedLink>,
    oembed: Option<&'a str>,
}

/// The `page_meta` value of one page.
pub fn page_meta(site: &Site, info: &PageInfo<'_>) -> Value {
    let page = info.entry.map(|id| &site.pages[id]);
    let image = image(site, page);
    let meta = PageMeta {
        twitter_card: "summary_large_image",
        image: Some(image),
        dublin_core: page.map(|p| dublin_core(site, p)).unwrap_or_default(),
        feeds: feeds::links_for(site, info),
        oembed: info.oembed,
    };
    let mut graph = vec![breadcrumb_list(site, info)];
    graph.push(match page {
        Some(p) => entity(site, p),
        None => web_page(site, info),
    });
    let ld = json!({"@context": "https://schema.org", "@graph": graph});
    let mut map = Value::from_serializable(&meta)
        .as_map()
        .cloned()
        .unwrap_or_default();
    map.insert("json_ld".into(), Value::safe_string(&script_safe_json(&ld)));
    Value::from(map)
}

/// The picture shown when a page is shared: its share card; for an entry
/// without one, its own image; else the home page's card.
fn image(site: &Site, page: Option<&Page>) -> Image {
    let base = &site.config.base_url;
    if let Some(p) = page {
        if let Some(card) = share_card::url(p) {
            return Image::card(base, &card, p.title());
        }
        if let (Some(url), Some(img)) = (&p.image_url, &p.entry.common.image) {
            return Image {
                url: absolute(base, url),
                alt: img.alt.clone(),
                width: None,
                height: None,
                mime: None,
            };
        }
    }
    Image::card(base, &share_card::home_url(), &site.config.title)
}

fn breadcrumb_list(site: &Site, info: &PageInfo<'_>) -> Json {
    let base = &site.config.base_url;
    let mut items = vec![("Trang chủ", "/")];
    items.extend(
        info.breadcrumbs
            .iter()
            .map(|c| (c.title.as_str(), c.url.as_str())),
    );
    if info.url != "/" {
        items.push((info.title, info.url));
    }
    let list: Vec<Json> = items
        .iter()
        .enumerate()
        .map(|(i, (name, url))| {
            json!({"@type": "ListItem", "position": i + 1, "name": name, "item": absolute(base, url)})
        })
        .collect();
    json!({"@type": "BreadcrumbList", "itemListElement": list})
}

fn web_page(site: &Site, info: &PageInfo<'_>) -> Json {
    let base = &site.config.base_url;
    let kind = match info.kind {
        PageKind::Home => "WebSite",
        PageKind::Section | PageKind::Term | PageKind::Taxonomy | PageKind::Honours => {
            "CollectionPage"
        }
        _ => "WebPage",
    };
    json!({
        "@type": kind,
        "name": if info.kind == PageKind::Home { &site.config.title } else { info.title },
        "url": absolute(base, info.url),
        "inLanguage": "vi",
        "publisher": publisher(site),
    })
}

fn publisher(site: &Site) -> Json {
    let name = site
        .config
        .organisation
        .as_deref()
        .unwrap_or(&site.config.title);
    json!({"@type": "Organization", "name": name, "url": site.config.base_url})
}

/// The main entity of an entry page, by section.
fn entity(site: &Site, page: &Page) -> Json {
    let common = &page.entry.common;
    let mut v = match &page.entry.kind {
        EntryKind::Exemplar(x) => exemplar(page, x),
        EntryKind::Campaign(_) | EntryKind::Anniversary(_) | EntryKind::Event(_) => {
            event(site, page)
        }
        EntryKind::Document(d) => json!({
            "@type": "Legislation",
            "name": page.title(),
            "legislationIdentifier": d.number,
            "legislationType": d.doc_type,
            "legislationDate": d.issued.map(|x| x.iso()),
            "legislationPassedBy": {"@type": "Organization", "name": d.issuer},
            "inLanguage": "vi",
        }),
        EntryKind::News(n) => json!({
            "@type": "NewsArticle",
            "headline": truncate(page.title(), 110),
            "datePublished": view::sort_date(page).map(|d| d.iso()),
            "dateModified": common.updated.as_ref().map(|u| u.value.iso()),
            "author": n.author.as_ref().map_or_else(|| publisher(site), |a| json!({"@type": "Person", "name": a})),
            "publisher": publisher(site),
            "inLanguage": "vi",
        }),
        EntryKind::Decision(d) => json!({
            "@type": "Legislation",
            "name": page.title(),
            "legislationIdentifier": d.number.value,
            "legislationType": "Quyết định",
            "legislationDate": d.issued.iso(),
            "legislationPassedBy": {"@type": "Organization", "name": d.issuer},
            "inLanguage": "vi",
        }),
        EntryKind::Nomination(n) => json!({
            "@type": "WebPage",
            "name": page.title(),
            "datePublished": n.opens.value.iso(),
            "expires": n.closes.value.iso(),
            "inLanguage": "vi",
        }),
        EntryKind::Page => json!({"@type": "WebPage", "name": page.title(), "inLanguage": "vi"}),
    };
    let summary = common.summary.as_deref().unwrap_or(&page.content.summary);
    v["url"] = json!(page.permalink.absolute(&site.config.base_url));
    v["description"] = json!(summary);
    if let Some(card) = share_card::url(page) {
        v["image"] = json!({
            "@type": "ImageObject",
            "url": absolute(&site.config.base_url, &card),
            "width": share_card::WIDTH,
            "height": share_card::HEIGHT,
            "encodingFormat": "image/png",
            "caption": page.title(),
        });
    } else if let (Some(url), Some(img)) = (&page.image_url, &common.image) {
        v["image"] = json!({"@type": "ImageObject", "url": absolute(&site.config.base_url, url), "caption": img.alt});
    }
    strip_nulls(&mut v);
    v
}

/// A person (with `jobTitle`, `worksFor`) or an organisation, with `award`.
fn exemplar(page: &Page, x: &Exemplar) -> Json {
    let person = x.subject == Subject::Person;
    let awards: Vec<&str> = x.awards.iter().map(|a| a.title.as_str()).collect();
    let mut v = json!({
        "@type": if person { "Person" } else { "Organization" },
        "name": page.title(),
        "award": awards,
        "address": {"@type": "PostalAddress", "addressLocality": x.locality.value, "addressCountry": "VN"},
    });
    if person {
        if let Some(p) = &x.position {
            v["jobTitle"] = json!(p);
        }
        if let Some(u) = &x.unit {
            v["worksFor"] = json!({"@type": "Organization", "name": u});
        }
    }
    v
}

/// Campaigns (their period), anniversaries (the next occurrence) and events.
fn event(site: &Site, page: &Page) -> Json {
    let country = json!({"@type": "Country", "name": "Việt Nam"});
    let (start, end, location, organizer) = match &page.entry.kind {
        EntryKind::Campaign(c) => (
            Some(c.period.start.iso()),
            c.period.end.map(|d| d.iso()),
            country,
            json!({"@type": "Organization", "name": c.issuer}),
        ),
        EntryKind::Anniversary(a) => {
            let start = page
                .next
                .as_ref()
                .map(|o| o.date.to_string())
                .or_else(|| a.origin_date().map(|d| d.iso()));
            (start, None, country, publisher(site))
        }
        EntryKind::Event(e) => (
            page.entry
                .common
                .date
                .as_ref()
                .map(|d| feeds::date_time(d.value.day, d.value.time)),
            None,
            json!({"@type": "Place", "name": e.venue.as_deref().unwrap_or("Việt Nam")}),
            publisher(site),
        ),
        _ => (None, None, country, publisher(site)),
    };
    json!({
        "@type": "Event",
        "name": page.title(),
        "startDate": start,
        "endDate": end,
        "location": location,
        "organizer": organizer,
    })
}

fn strip_nulls(v: &mut Json) {
    if let Json::Object(map) = v {
        map.retain(|_, x| !x.is_null());
    }
}

fn truncate(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}

/// Dublin Core `<meta>` elements for documents (empty for other pages).
fn dublin_core(site: &Site, page: &Page) -> Vec<NameContent> {
    let EntryKind::Document(d) = &page.entry.kind else {
        return vec![];
    };
    let mut v = vec![
        NameContent {
            name: "dcterms.title",
            content: page.title().to_owned(),
        },
        NameContent {
            name: "dcterms.creator",
            content: d.issuer.clone(),
        },
        NameContent {
            name: "dcterms.type",
            content: d.doc_type.clone(),
        },
        NameContent {
            name: "dcterms.language",
            content: "vi".into(),
        },
        NameContent {
            name: "dcterms.identifier",
            content: page.permalink.absolute(&site.config.base_url),
        },
    ];
    if let Some(n) = &d.number {
        v.push(NameContent {
            name: "dcterms.identifier",
            content: n.clone(),
        });
    }
    if let Some(date) = d.issued {
        v.push(NameContent {
            name: "dcterms.date",
            content: date.iso(),
        });
    }
    if !d.abstract_text.is_empty() {
        v.push(NameContent {
            name: "dcterms.abstract",
            content: d.abstract_text.clone(),
        });
    }
    v
}
