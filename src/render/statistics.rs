//! The statistics page (`/thong-ke/`): exemplars counted by field, by
//! locality, by year and by award form, each as an SVG bar chart made at
//! build time with the same numbers in a table beside it.

use std::fmt::Write;

use serde::Serialize;
use tera::Value;

use crate::model::Section;
use crate::site::{Site, TaxonomyKind};
use crate::vietnamese::format_integer;
use crate::xml::escape as xml;

#[derive(Serialize)]
struct Row {
    label: String,
    count: usize,
    count_text: String,
    url: String,
}

#[derive(Serialize)]
struct Chart {
    key: &'static str,
    title: String,
    rows: Vec<Row>,
    total: usize,
    #[serde(skip)]
    svg: String,
}

/// One chart per taxonomy, counting exemplars only.
pub fn statistics_value(site: &Site) -> Value {
    let charts: Vec<Value> = [
        TaxonomyKind::Fields,
        TaxonomyKind::Localities,
        TaxonomyKind::Years,
        TaxonomyKind::AwardForms,
    ]
    .into_iter()
    .filter_map(|kind| site.taxonomies.iter().find(|t| t.kind == kind))
    .map(|t| {
        let rows: Vec<Row> = t
            .terms
            .iter()
            .map(|term| {
                let count = term
                    .pages
                    .iter()
                    .filter(|id| site.pages[**id].section() == Section::Exemplars)
                    .count();
                Row {
                    label: term.name.clone(),
                    count,
                    count_text: format_integer(count as i64),
                    url: term.permalink.to_string(),
                }
            })
            .filter(|r| r.count > 0)
            .collect();
        let title = format!("Gương điển hình theo {}", t.kind.title().to_lowercase());
        let chart = Chart {
            key: t.kind.key(),
            svg: bar_chart(&title, &rows),
            total: rows.iter().map(|r| r.count).sum(),
            title,
            rows,
        };
        let mut map = Value::from_serializable(&chart)
            .as_map()
            .cloned()
            .unwrap_or_default();
        map.insert("svg".into(), Value::safe_string(&chart.svg));
        Value::from(map)
    })
    .collect();
    Value::from(charts)
}

/// A horizontal bar chart: label, bar, count per row. Decorative detail is
/// hidden from screen readers; the table beside it carries the numbers.
fn bar_chart(title: &str, rows: &[Row]) -> String {
    const WIDTH: usize = 640;
    const LABEL: usize = 230;
    const BAR_MAX: usize = 340;
    const ROW: usize = 28;
    let max = rows.iter().map(|r| r.count).max().unwrap_or(1).max(1);
    let height = rows.len() * ROW + 8;
    let id = format!("bd-{}", crate::vietnamese::slugify(title));
    let mut svg = format!(
        r#"<svg class="bar-chart" viewBox="0 0 {WIDTH} {height}" role="img" aria-labelledby="{id}" xmlns="http://www.w3.org/2000/svg"><title id="{id}">{}</title>"#,
        xml(title)
    );
    for (i, r) in rows.iter().enumerate() {
        let y = i * ROW + 4;
        let w = (r.count * BAR_MAX).div_ceil(max).max(2);
        let label: String = if r.label.chars().count() > 32 {
            r.label.chars().take(31).chain(['…']).collect()
        } else {
            r.label.clone()
        };
        let _ = write!(
            svg,
            r##"<g aria-hidden="true"><text x="{}" y="{}" text-anchor="end" font-size="13" fill="#1f1f1f">{}</text><rect x="{}" y="{}" width="{w}" height="18" rx="2" fill="#b71c1c"/><text x="{}" y="{}" font-size="13" fill="#1f1f1f">{}</text></g>"##,
            LABEL - 8,
            y + 14,
            xml(&label),
            LABEL,
            y + 1,
            LABEL + w + 6,
            y + 14,
            r.count_text
        );
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chart_escapes_labels_and_scales_bars() {
        let rows = vec![
            Row {
                label: "A & <b>".into(),
                count: 10,
                count_text: "10".into(),
                url: String::new(),
            },
            Row {
                label: "B".into(),
                count: 5,
                count_text: "5".into(),
                url: String::new(),
            },
        ];
        let svg = bar_chart("Thử", &rows);
        assert!(svg.contains("A &amp; &lt;b&gt;"));
        assert!(svg.contains(r#"width="340""#) && svg.contains(r#"width="170""#));
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(svg.contains(r#"role="img""#));
    }
}
