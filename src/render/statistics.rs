//! The statistics page (`/thong-ke/`): exemplars counted by field, by
//! locality, by year and by award form, each as a bar chart made at build
//! time with the same numbers in a table beside it. The chart is HTML, not a
//! scaled SVG: each label sits above its bar in the page's own text size, so
//! it stays readable on a 375 px phone and is never cut on a wide screen.

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
    bars: String,
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
            bars: bar_chart(&rows),
            total: rows.iter().map(|r| r.count).sum(),
            title,
            rows,
        };
        let mut map = Value::from_serializable(&chart)
            .as_map()
            .cloned()
            .unwrap_or_default();
        map.insert("bars".into(), Value::safe_string(&chart.bars));
        Value::from(map)
    })
    .collect();
    Value::from(charts)
}

/// A horizontal bar chart: per row, the label on its own line and under it
/// the bar (its length relative to the largest count) and the count. Hidden
/// from screen readers: the table beside it carries the same numbers.
fn bar_chart(rows: &[Row]) -> String {
    /// The longest bar, in % of the row (the count sits after it).
    const BAR_MAX: f64 = 85.0;
    let max = rows.iter().map(|r| r.count).max().unwrap_or(1).max(1);
    let mut html = String::from(r#"<ul class="hbars" aria-hidden="true">"#);
    for r in rows {
        let pct = r.count as f64 * BAR_MAX / max as f64;
        let _ = write!(
            html,
            r#"<li><span class="hbar-label">{}</span><span class="hbar-row"><span class="hbar" style="width:{pct:.1}%"></span><span class="hbar-n">{}</span></span></li>"#,
            xml(&r.label),
            r.count_text
        );
    }
    html.push_str("</ul>");
    html
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
        let html = bar_chart(&rows);
        assert!(html.contains("A &amp; &lt;b&gt;"));
        assert!(html.contains(r#"style="width:85.0%""#) && html.contains(r#"style="width:42.5%""#));
        assert!(
            html.starts_with(r#"<ul class="hbars" aria-hidden="true">"#) && html.ends_with("</ul>")
        );
    }
}
