//! [`Permalink`]: the URL path of a page, built only from checked slugs, so
//! it can never point outside the output folder; [`reserved`]: the paths the
//! build produces itself, which no entry may take.

use std::fmt;
use std::path::PathBuf;

use serde::Serialize;

use crate::vietnamese::is_valid_slug;

/// A site-relative URL path such as `/guong-dien-hinh/nguyen-van-an/`:
/// always starts and ends with `/`, made of valid slugs only.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct Permalink(String);

impl Permalink {
    pub fn root() -> Permalink {
        Permalink("/".to_owned())
    }

    /// Join slugs into a path. Returns `None` if any segment is not a valid
    /// slug (empty segments are skipped), so `..` or `/` can never get in.
    pub fn from_segments<'a>(segments: impl IntoIterator<Item = &'a str>) -> Option<Permalink> {
        let mut path = String::from("/");
        for seg in segments {
            if seg.is_empty() {
                continue;
            }
            if !is_valid_slug(seg) && !seg.chars().all(|c| c.is_ascii_digit()) {
                return None;
            }
            path.push_str(seg);
            path.push('/');
        }
        Some(Permalink(path))
    }

    /// The list of a section whose configured path is `path`
    /// (`/guong-dien-hinh/`); `None` for free pages, whose path is empty
    /// (they sit at the top level and have no list).
    pub fn section_list(path: &str) -> Option<Permalink> {
        if path.is_empty() {
            return None;
        }
        Permalink::from_segments([path])
    }

    /// A child path (`self` + slug + `/`).
    pub fn child(&self, slug: &str) -> Option<Permalink> {
        let segments: Vec<&str> = self.segments().chain(std::iter::once(slug)).collect();
        Permalink::from_segments(segments)
    }

    /// Page `n` of a paginated list: page 1 is the list itself, others are
    /// `page/N/` below it.
    pub fn page(&self, n: usize) -> Permalink {
        if n <= 1 {
            return self.clone();
        }
        Permalink(format!("{}{}/{n}/", self.0, reserved::PAGINATION))
    }

    pub fn segments(&self) -> impl Iterator<Item = &str> {
        self.0.split('/').filter(|s| !s.is_empty())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The file to write, relative to the output folder: `a/b/index.html`.
    pub fn output_file(&self) -> PathBuf {
        let mut p: PathBuf = self.segments().collect();
        p.push("index.html");
        p
    }

    /// [`Self::output_file`] as an output path with forward slashes.
    pub fn output_path(&self) -> String {
        format!("{}index.html", self.0.trim_start_matches('/'))
    }

    /// The full URL on the published site.
    pub fn absolute(&self, base_url: &str) -> String {
        absolute(base_url, &self.0)
    }
}

/// `https://site` + a site-relative URL (`/a/b/` or `a/b`); a URL that is
/// already absolute (`http://`, `https://`) is returned as it is.
pub fn absolute(base_url: &str, url: &str) -> String {
    if url.starts_with("http://") || url.starts_with("https://") {
        return url.to_owned();
    }
    format!(
        "{}/{}",
        base_url.trim_end_matches('/'),
        url.trim_start_matches('/')
    )
}

impl fmt::Display for Permalink {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The URL paths the build produces itself, in one table, so that no entry
/// takes one: `site` refuses a page at them (T0303, T0304), `config` a
/// section path (T0420), `thidua new` and `thidua import` a slug. The
/// taxonomy indexes (`TaxonomyKind::path`), the portal's own pages
/// (`render::PORTAL_PAGES`), the embed cards, pagination and the documents'
/// list pages take their paths from here.
pub mod reserved {
    use crate::i18n::Message;
    use crate::model::Section;
    use crate::msg;

    /// The taxonomy indexes (`TaxonomyKind::path`).
    pub const FIELDS: &str = "linh-vuc";
    pub const LOCALITIES: &str = "dia-phuong";
    pub const AWARD_FORMS: &str = "hinh-thuc-khen-thuong";
    pub const SUBJECTS: &str = "doi-tuong";
    pub const YEARS: &str = "nam";

    /// The portal's own pages (`render::PORTAL_PAGES`).
    pub const CALENDAR: &str = "lich-ky-niem";
    pub const SEARCH: &str = "tim-kiem";
    pub const STATISTICS: &str = "thong-ke";

    /// The honour roll (sổ vàng): `/so-vang/`, `/so-vang/<year>/`,
    /// `/so-vang/<award form's slug>/` (`render::honours`).
    pub const HONOURS: &str = "so-vang";

    /// The feeds of the consultations open for comment, below the
    /// nominations' list: `dang-lay-y-kien.xml` and `.json`
    /// (`render::feeds`).
    pub const OPEN_CONSULTATIONS: &str = "dang-lay-y-kien";

    /// The embeddable cards: `/embed/<page's path>.html`, their oEmbed data `.json`.
    pub const EMBED: &str = "embed";
    /// The share cards (`og:image`): `/anh-chia-se/<page's path>.png`
    /// (`render::share_card`).
    pub const SHARE_CARDS: &str = "anh-chia-se";

    /// Page `N` of a list is `page/N/` below it ([`super::Permalink::page`]).
    pub const PAGINATION: &str = "page";

    /// The documents' pre-rendered sort and filter pages, below the
    /// documents' list: oldest first, by type, by issuer.
    pub const OLDEST: &str = "cu-nhat";
    pub const BY_TYPE: &str = "loai";
    pub const BY_ISSUER: &str = "co-quan";
    pub const DOCUMENT_LISTS: [&str; 3] = [OLDEST, BY_TYPE, BY_ISSUER];

    /// Every top-level path the build produces (free pages, which sit at
    /// the top level, may not take them).
    pub const TOP_LEVEL: [&str; 14] = [
        FIELDS,
        LOCALITIES,
        AWARD_FORMS,
        SUBJECTS,
        YEARS,
        CALENDAR,
        SEARCH,
        STATISTICS,
        HONOURS,
        EMBED,
        SHARE_CARDS,
        PAGINATION,
        "static",
        "assets",
    ];

    /// Whether `path` is a top-level path the build produces.
    pub fn is_top_level(path: &str) -> bool {
        TOP_LEVEL.contains(&path)
    }

    /// Whether an entry of `section` with this slug would sit at the URL of
    /// one of its section's own lists: the following pages of the list, or
    /// a documents' sort and filter page.
    pub fn is_list_slug(section: Section, slug: &str) -> bool {
        slug == PAGINATION
            || (section == Section::Documents && DOCUMENT_LISTS.contains(&slug))
            || (section == Section::Nominations && slug == OPEN_CONSULTATIONS)
    }

    /// Whether an entry of `section` may not take `slug`: a list of its
    /// section is there, or, for a free page, something the portal produces.
    pub fn is_taken(section: Section, slug: &str) -> bool {
        is_list_slug(section, slug) || (section == Section::Pages && is_top_level(slug))
    }

    /// What the portal produces at the top-level `path`, in words: "the list
    /// of fields", "the search page".
    pub fn generated_page(path: &str) -> Message {
        msg!("claims-generated-page", path = path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_slugs() {
        let p = Permalink::from_segments(["guong-dien-hinh", "nguyen-van-an"]).unwrap();
        assert_eq!(p.as_str(), "/guong-dien-hinh/nguyen-van-an/");
        assert_eq!(
            p.output_file(),
            PathBuf::from("guong-dien-hinh/nguyen-van-an/index.html")
        );
        assert_eq!(
            p.absolute("https://x.vn/"),
            "https://x.vn/guong-dien-hinh/nguyen-van-an/"
        );
    }

    #[test]
    fn refuses_traversal() {
        assert!(Permalink::from_segments([".."]).is_none());
        assert!(Permalink::from_segments(["a/b"]).is_none());
        assert!(Permalink::root().child("../x").is_none());
    }

    #[test]
    fn reserved_paths() {
        use crate::model::Section;
        for kind in crate::site::TaxonomyKind::ALL {
            assert!(reserved::is_top_level(kind.path()), "{kind:?}");
        }
        assert!(reserved::is_taken(Section::Pages, "tim-kiem"));
        assert!(!reserved::is_taken(Section::News, "tim-kiem"));
        assert!(reserved::is_taken(Section::News, "page"));
        assert!(reserved::is_taken(Section::Documents, "loai"));
        assert!(!reserved::is_taken(Section::Exemplars, "loai"));
        assert!(!reserved::is_taken(Section::Pages, "gioi-thieu"));
        assert!(reserved::is_taken(Section::Pages, reserved::HONOURS));
        assert!(reserved::is_taken(
            Section::Nominations,
            reserved::OPEN_CONSULTATIONS
        ));
        assert!(!reserved::is_taken(
            Section::Decisions,
            reserved::OPEN_CONSULTATIONS
        ));
    }

    #[test]
    fn pagination() {
        let p = Permalink::from_segments(["tin-tuc"]).unwrap();
        assert_eq!(p.page(1), p);
        assert_eq!(p.page(3).as_str(), "/tin-tuc/page/3/");
    }
}
