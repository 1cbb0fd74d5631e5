//! [`Permalink`]: the URL path of a page, built only from checked slugs, so
//! it can never point outside the output folder.

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
        Permalink(format!("{}page/{n}/", self.0))
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
    fn pagination() {
        let p = Permalink::from_segments(["tin-tuc"]).unwrap();
        assert_eq!(p.page(1), p);
        assert_eq!(p.page(3).as_str(), "/tin-tuc/page/3/");
    }
}
