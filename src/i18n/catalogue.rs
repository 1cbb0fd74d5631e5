//! The Fluent catalogues, compiled into the binary (`locales/<lang>/*.ftl`)
//! and parsed once per process on first use. Immutable after that, shared by
//! every thread (`fluent_bundle::concurrent`).

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::{Arg, Lang, Message};

/// The catalogue's files, by area, in both languages: (name, Vietnamese, English).
pub const LOCALE_FILES: &[(&str, &str, &str)] = &[
    (
        "core",
        include_str!("../../locales/vi/core.ftl"),
        include_str!("../../locales/en/core.ftl"),
    ),
    (
        "model",
        include_str!("../../locales/vi/model.ftl"),
        include_str!("../../locales/en/model.ftl"),
    ),
    (
        "site",
        include_str!("../../locales/vi/site.ftl"),
        include_str!("../../locales/en/site.ftl"),
    ),
    (
        "claims",
        include_str!("../../locales/vi/claims.ftl"),
        include_str!("../../locales/en/claims.ftl"),
    ),
    (
        "calendar",
        include_str!("../../locales/vi/calendar.ftl"),
        include_str!("../../locales/en/calendar.ftl"),
    ),
    (
        "import",
        include_str!("../../locales/vi/import.ftl"),
        include_str!("../../locales/en/import.ftl"),
    ),
    (
        "paths",
        include_str!("../../locales/vi/paths.ftl"),
        include_str!("../../locales/en/paths.ftl"),
    ),
    (
        "cli",
        include_str!("../../locales/vi/cli.ftl"),
        include_str!("../../locales/en/cli.ftl"),
    ),
    (
        "output",
        include_str!("../../locales/vi/output.ftl"),
        include_str!("../../locales/en/output.ftl"),
    ),
    (
        "hardening",
        include_str!("../../locales/vi/hardening.ftl"),
        include_str!("../../locales/en/hardening.ftl"),
    ),
];

/// One language's messages.
pub struct Catalogue {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
    /// Every message id, in file order (for tests, `explain` and the guide).
    ids: Vec<String>,
    /// Syntax errors of the files, as "file: error" (a test keeps it empty).
    pub problems: Vec<String>,
}

static VI: OnceLock<Catalogue> = OnceLock::new();
static EN: OnceLock<Catalogue> = OnceLock::new();

impl Catalogue {
    pub fn get(lang: Lang) -> &'static Catalogue {
        match lang {
            Lang::Vi => VI.get_or_init(|| Catalogue::load(Lang::Vi)),
            Lang::En => EN.get_or_init(|| Catalogue::load(Lang::En)),
        }
    }

    fn load(lang: Lang) -> Catalogue {
        let locale = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![locale]);
        // No Unicode isolation marks around arguments: the text goes to
        // terminals, logs and editors' tools, not to mixed-direction UI.
        bundle.set_use_isolating(false);
        let mut ids = Vec::new();
        let mut problems = Vec::new();
        for (name, vi, en) in LOCALE_FILES {
            let text = match lang {
                Lang::Vi => *vi,
                Lang::En => *en,
            };
            let resource = match FluentResource::try_new(text.to_owned()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    for e in errors {
                        problems.push(format!("{}/{name}.ftl: {e:?}", lang.code()));
                    }
                    r
                }
            };
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    ids.push(m.id.name.to_owned());
                }
            }
            if let Err(errors) = bundle.add_resource(resource) {
                for e in errors {
                    problems.push(format!("{}/{name}.ftl: {e:?}", lang.code()));
                }
            }
        }
        Catalogue {
            lang,
            bundle,
            ids,
            problems,
        }
    }

    pub fn ids(&self) -> &[String] {
        &self.ids
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The text of a message. A missing id falls back to the other language,
    /// then to the id itself (tests keep both catalogues complete).
    pub fn format(&self, message: &Message) -> String {
        self.format_part(message.id(), None, message.args())
            .or_else(|| {
                let other = match self.lang {
                    Lang::Vi => Lang::En,
                    Lang::En => Lang::Vi,
                };
                Catalogue::get(other).format_part(message.id(), None, message.args())
            })
            .unwrap_or_else(|| message.id().to_owned())
    }

    /// An attribute of a message (`.title` of `explain-T0104`).
    pub fn attribute(&self, id: &str, attribute: &str) -> Option<String> {
        self.format_part(id, Some(attribute), &[])
    }

    fn format_part(
        &self,
        id: &str,
        attribute: Option<&str>,
        args: &[(&'static str, Arg)],
    ) -> Option<String> {
        let message = self.bundle.get_message(id)?;
        let pattern = match attribute {
            Some(a) => message.get_attribute(a)?.value(),
            None => message.value()?,
        };
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            let value = match value {
                // Values come from files and the command line: control
                // characters in them are shown escaped, never sent raw.
                Arg::Text(s) => FluentValue::from(super::escape_controls(s)),
                Arg::Number(n) => FluentValue::from(*n),
                Arg::Message(m) => FluentValue::from(self.format(m)),
            };
            fluent_args.set(*name, value);
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors);
        Some(text.into_owned())
    }
}
