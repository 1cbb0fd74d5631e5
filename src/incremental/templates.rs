//! What each template is made of, so that a template edit re-renders only
//! the pages drawn with it. A template's key hashes its own text, the
//! templates it extends, includes or imports (transitively), and every
//! template that defines components (Tera 2 components are global: any page
//! may call them). A template whose dependencies cannot be read from its text
//! (a computed include) depends on every template.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use crate::config::Config;
use crate::source::SourceFs;

use crate::fingerprint::of as hash_of;

/// Template name (as Tera knows it) → key of everything it is made of.
/// A template folder that cannot be listed is an error (the theme's load
/// reports it first, as T0730).
pub fn keys(fs: &dyn SourceFs, config: &Config) -> anyhow::Result<HashMap<String, u64>> {
    let sources = sources(fs, config)?;
    let deps: BTreeMap<&str, Vec<&str>> = sources
        .iter()
        .map(|(name, text)| (name.as_str(), dependencies(text, &sources)))
        .collect();
    let components: Vec<&str> = sources
        .iter()
        .filter(|(_, text)| defines_components(text))
        .map(|(name, _)| name.as_str())
        .collect();
    Ok(sources
        .keys()
        .map(|name| {
            let mut seen = HashSet::new();
            let mut stack: Vec<&str> = vec![name.as_str()];
            stack.extend(&components);
            while let Some(t) = stack.pop() {
                if seen.insert(t) {
                    stack.extend(deps.get(t).into_iter().flatten().copied());
                }
            }
            let mut all: Vec<&str> = seen.into_iter().collect();
            all.sort_unstable();
            let parts: Vec<(&str, u64)> = all
                .iter()
                .map(|t| (*t, hash_of(&sources.get(*t))))
                .collect();
            (name.clone(), hash_of(&parts))
        })
        .collect())
}

/// The theme's templates, then the site's `templates/` (which win), as the
/// theme loader reads them.
fn sources(fs: &dyn SourceFs, config: &Config) -> anyhow::Result<BTreeMap<String, String>> {
    let theme_templates = Path::new("themes").join(&config.theme).join("templates");
    let mut out = BTreeMap::new();
    for dir in [theme_templates.as_path(), Path::new("templates")] {
        for file in crate::source::list_or_fail(fs, dir)? {
            if let Ok(rel) = file.strip_prefix(dir) {
                let text = fs
                    .read(&file)
                    .map(|b| String::from_utf8_lossy(&b).into_owned())
                    .unwrap_or_default();
                out.insert(crate::diagnostic::display_path(rel), text);
            }
        }
    }
    Ok(out)
}

/// Is `path` (relative to the site) a template file?
pub fn is_template(path: &Path) -> bool {
    path.starts_with("templates") || path.iter().nth(2).is_some_and(|c| c == "templates")
}

fn defines_components(text: &str) -> bool {
    tags(text).any(|(word, _)| word == "component")
}

/// The templates `text` extends, includes or imports; all of them when a
/// name is not written as a string.
fn dependencies<'a>(text: &str, all: &'a BTreeMap<String, String>) -> Vec<&'a str> {
    let mut out = Vec::new();
    for (word, rest) in tags(text) {
        if !matches!(word, "extends" | "include" | "import") {
            continue;
        }
        let names: Vec<&str> = rest.split('"').skip(1).step_by(2).collect();
        if names.is_empty() {
            return all.keys().map(String::as_str).collect();
        }
        for name in names {
            if let Some((known, _)) = all.get_key_value(name) {
                out.push(known.as_str());
            }
        }
    }
    out
}

/// `{% word rest %}` tags: the first word and the rest of each.
fn tags(text: &str) -> impl Iterator<Item = (&str, &str)> {
    text.split("{%").skip(1).filter_map(|chunk| {
        let inner = chunk.split("%}").next()?;
        let inner = inner.trim_start_matches('-').trim();
        let word = inner.split_whitespace().next()?;
        Some((word, &inner[word.len()..]))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::MemFs;

    fn site(base: &str) -> MemFs {
        MemFs::new()
            .with("themes/t/templates/base.html", base)
            .with(
                "themes/t/templates/entry.html",
                "{% extends \"base.html\" %}E",
            )
            .with(
                "themes/t/templates/exemplar.html",
                "{%- extends \"entry.html\" -%}X",
            )
            .with(
                "themes/t/templates/list.html",
                "{% extends \"base.html\" %}L",
            )
            .with(
                "themes/t/templates/macros.html",
                "{% component card(x) %}{% endcomponent %}",
            )
    }

    fn config() -> Config {
        let mut c = crate::build::load_config(&MemFs::new().with(
            "thidua.yaml",
            "title: T\nbase_url: https://x.vn\ntheme: t\n",
        ))
        .unwrap();
        c.theme = "t".into();
        c
    }

    #[test]
    fn an_edit_changes_the_keys_of_the_templates_made_with_it() {
        let before = keys(&site("B"), &config()).unwrap();
        let mut fs = site("B");
        fs.insert(
            "themes/t/templates/exemplar.html",
            "{% extends \"entry.html\" %}X2",
        );
        let after = keys(&fs, &config()).unwrap();
        assert_ne!(before["exemplar.html"], after["exemplar.html"]);
        assert_eq!(before["list.html"], after["list.html"]);
        assert_eq!(before["entry.html"], after["entry.html"]);
        // The base changes everything that extends it.
        let based = keys(&site("B2"), &config()).unwrap();
        for t in ["base.html", "entry.html", "exemplar.html", "list.html"] {
            assert_ne!(before[t], based[t], "{t}");
        }
        // Components are global.
        fs = site("B");
        fs.insert(
            "themes/t/templates/macros.html",
            "{% component card(x) %}2{% endcomponent %}",
        );
        let comp = keys(&fs, &config()).unwrap();
        assert_ne!(before["list.html"], comp["list.html"]);
        // A site override wins and is followed.
        fs = site("B");
        fs.insert("templates/list.html", "{% extends \"base.html\" %}mine");
        assert_ne!(
            before["list.html"],
            keys(&fs, &config()).unwrap()["list.html"]
        );
        assert!(is_template(Path::new("themes/t/templates/a.html")));
        assert!(is_template(Path::new("templates/a.html")));
        assert!(!is_template(Path::new("themes/t/static/a.css")));
    }
}
