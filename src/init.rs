//! `thidua init DIR`: a new site that builds at once, with the default
//! theme embedded in the binary (the list is checked against
//! `themes/default/` by a test so it cannot drift) and the editor's guide
//! (`docs/huong-dan-bien-tap.md`) copied to the site's root, where
//! `thidua.yaml` and every entry made by `thidua new` point at it.

use std::fs;
use std::path::Path;

use anyhow::{Context, Result, bail};

use crate::i18n::Localized;
use crate::msg;

/// Where the editor's guide is put in a new site (relative to its root).
pub const GUIDE_FILE: &str = "huong-dan-bien-tap.md";

/// The editor's guide, embedded.
pub const GUIDE: &str = include_str!("../docs/huong-dan-bien-tap.md");

/// The default theme, embedded.
pub const THEME_FILES: &[(&str, &str)] = &[
    (
        "templates/base.html",
        include_str!("../themes/default/templates/base.html"),
    ),
    (
        "templates/macros.html",
        include_str!("../themes/default/templates/macros.html"),
    ),
    (
        "templates/entry.html",
        include_str!("../themes/default/templates/entry.html"),
    ),
    (
        "templates/404.html",
        include_str!("../themes/default/templates/404.html"),
    ),
    (
        "templates/anniversary.html",
        include_str!("../themes/default/templates/anniversary.html"),
    ),
    (
        "templates/backdrop.html",
        include_str!("../themes/default/templates/backdrop.html"),
    ),
    (
        "templates/calendar.html",
        include_str!("../themes/default/templates/calendar.html"),
    ),
    (
        "templates/campaign.html",
        include_str!("../themes/default/templates/campaign.html"),
    ),
    (
        "templates/decision.html",
        include_str!("../themes/default/templates/decision.html"),
    ),
    (
        "templates/document.html",
        include_str!("../themes/default/templates/document.html"),
    ),
    (
        "templates/event.html",
        include_str!("../themes/default/templates/event.html"),
    ),
    (
        "templates/exemplar.html",
        include_str!("../themes/default/templates/exemplar.html"),
    ),
    (
        "templates/home.html",
        include_str!("../themes/default/templates/home.html"),
    ),
    (
        "templates/honours.html",
        include_str!("../themes/default/templates/honours.html"),
    ),
    (
        "templates/list.html",
        include_str!("../themes/default/templates/list.html"),
    ),
    (
        "templates/news.html",
        include_str!("../themes/default/templates/news.html"),
    ),
    (
        "templates/nomination.html",
        include_str!("../themes/default/templates/nomination.html"),
    ),
    (
        "templates/page.html",
        include_str!("../themes/default/templates/page.html"),
    ),
    (
        "templates/statistics.html",
        include_str!("../themes/default/templates/statistics.html"),
    ),
    (
        "templates/taxonomy.html",
        include_str!("../themes/default/templates/taxonomy.html"),
    ),
    (
        "templates/term.html",
        include_str!("../themes/default/templates/term.html"),
    ),
    (
        "static/css/thidua.css",
        include_str!("../themes/default/static/css/thidua.css"),
    ),
    (
        "static/favicon.svg",
        include_str!("../themes/default/static/favicon.svg"),
    ),
    (
        "templates/embed.html",
        include_str!("../themes/default/templates/embed.html"),
    ),
    (
        "static/css/embed.css",
        include_str!("../themes/default/static/css/embed.css"),
    ),
    (
        "static/css/highlight.css",
        include_str!("../themes/default/static/css/highlight.css"),
    ),
    (
        "static/js/embed-host.js",
        include_str!("../themes/default/static/js/embed-host.js"),
    ),
    (
        "static/js/embed-frame.js",
        include_str!("../themes/default/static/js/embed-frame.js"),
    ),
    (
        "static/js/share.js",
        include_str!("../themes/default/static/js/share.js"),
    ),
    (
        "templates/search.html",
        include_str!("../themes/default/templates/search.html"),
    ),
    (
        "static/js/search.js",
        include_str!("../themes/default/static/js/search.js"),
    ),
    (
        "static/js/search-core.js",
        include_str!("../themes/default/static/js/search-core.js"),
    ),
];

const CONFIG: &str = r#"# Cấu hình trang. Cách viết từng khóa: xem tệp huong-dan-bien-tap.md
# (hướng dẫn biên tập, cùng thư mục với tệp này), mục “Tệp cấu hình thidua.yaml”.
title: Thi đua - Khen thưởng
description: Cổng thông tin thi đua, khen thưởng.
base_url: https://example.gov.vn
language: vi
theme: default
paginate: 20
fields:
  - Xây dựng nông thôn mới
  - Chuyển đổi số
  - Giáo dục và đào tạo
privacy:
  require_consent: false
markdown:
  allow_html: false
organisation: Ban Thi đua - Khen thưởng
"#;

/// The sample exemplar's file (not a name an editor is likely to create
/// first, so `thidua new exemplar "Nguyễn Văn An"` works in a new site).
pub const SAMPLE_EXEMPLAR: &str = "content/exemplars/mau-le-thi-mai.md";

const EXEMPLAR: &str = r#"---
title: Lê Thị Mai (mục mẫu)
subject: person
category: Người tốt, việc tốt
position: Trưởng ấp
locality: Xã Mỹ Khánh
fields: [Xây dựng nông thôn mới]
awards:
  - title: Giấy khen của Chủ tịch Ủy ban nhân dân xã
    date: 2024-05-19
---
*Dữ liệu mẫu, xóa khi trang có nội dung thật.* Bà Mai vận động bà con hiến đất làm đường giao thông nông thôn.
"#;

const NEWS: &str = r#"---
title: Khai trương cổng thông tin thi đua, khen thưởng
date: 2024-06-11
---
Cổng thông tin được xây dựng bằng thidua. Xem [gương điển hình đầu tiên](../exemplars/mau-le-thi-mai.md).
"#;

const INTRO: &str = "Chào mừng đến với cổng thông tin thi đua, khen thưởng.\n";

/// Create a new site in `dir` (which must not exist or be empty).
pub fn create(dir: &Path) -> Result<()> {
    if dir.exists()
        && fs::read_dir(dir)
            .with_context(|| Localized(msg!("cli-io-read-dir", path = dir)))?
            .next()
            .is_some()
    {
        bail!(Localized(msg!("cli-init-not-empty", dir = dir)));
    }
    let files: Vec<(String, &str)> = [
        ("thidua.yaml".to_owned(), CONFIG),
        (GUIDE_FILE.to_owned(), GUIDE),
        ("content/_index.md".to_owned(), INTRO),
        (SAMPLE_EXEMPLAR.to_owned(), EXEMPLAR),
        (
            "content/news/khai-truong-cong-thong-tin.md".to_owned(),
            NEWS,
        ),
        ("static/.gitkeep".to_owned(), ""),
        ("templates/.gitkeep".to_owned(), ""),
    ]
    .into_iter()
    .chain(
        THEME_FILES
            .iter()
            .map(|(p, t)| (format!("themes/default/{p}"), *t)),
    )
    .collect();
    for (rel, text) in files {
        let path = dir.join(&rel);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)
                .with_context(|| Localized(msg!("cli-io-create-dir", path = parent)))?;
        }
        fs::write(&path, text).with_context(|| Localized(msg!("cli-io-write", path = &path)))?;
    }
    Ok(())
}
