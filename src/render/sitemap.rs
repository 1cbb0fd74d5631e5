//! `sitemap.xml` and `robots.txt`.

use crate::output::OutputFile;
use crate::permalink::Permalink;
use crate::render::listing::Listing;
use crate::render::view::sort_date;
use crate::site::Site;

/// The sitemap (entries with their last change, lists, taxonomies, the
/// portal's own pages in `portal`) and robots.txt.
pub fn files(site: &Site, listings: &[Listing], portal: &[Permalink]) -> Vec<OutputFile> {
    let base = &site.config.base_url;
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let mut url = |loc: String, lastmod: Option<String>| {
        xml.push_str("  <url><loc>");
        xml.push_str(&crate::xml::escape(&loc));
        xml.push_str("</loc>");
        if let Some(d) = lastmod {
            xml.push_str("<lastmod>");
            xml.push_str(&d);
            xml.push_str("</lastmod>");
        }
        xml.push_str("</url>\n");
    };
    url(format!("{base}/"), None);
    for page in &site.pages {
        let lastmod = page
            .entry
            .common
            .updated
            .as_ref()
            .map(|u| u.value)
            .or_else(|| sort_date(page))
            .filter(|d| d.day().is_some())
            .map(|d| d.iso());
        url(page.permalink.absolute(base), lastmod);
    }
    for l in listings {
        for n in 1..=l.page_count(site.config.paginate) {
            url(l.permalink.page(n).absolute(base), None);
        }
    }
    for t in &site.taxonomies {
        url(t.permalink.absolute(base), None);
    }
    for p in portal {
        url(p.absolute(base), None);
    }
    xml.push_str("</urlset>\n");
    let robots = format!("User-agent: *\nAllow: /\n\nSitemap: {base}/sitemap.xml\n");
    vec![
        OutputFile::text("sitemap.xml", xml),
        OutputFile::text("robots.txt", robots),
    ]
}
