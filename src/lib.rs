//! thidua: a static-site generator for Vietnamese emulation-and-commendation
//! portals. The pipeline, as values:
//!
//! files → [`source::SourceFile`] → [`model::Entry`] → [`site::Site`] →
//! [`output::OutputFile`]s → written atomically by [`output`].
//!
//! [`build::build`] runs it end to end; `ARCHITECTURE.md` maps the modules.

#![forbid(unsafe_code)]

pub mod audit;
pub mod build;
pub mod calendar;
pub mod config;
pub mod date;
pub mod diagnostic;
pub mod fingerprint;
pub mod frontmatter;
pub mod i18n;
pub mod import;
pub mod incremental;
pub mod init;
pub mod markdown;
pub mod model;
pub mod output;
pub mod permalink;
pub mod progress;
pub mod render;
pub mod scaffold;
pub mod search;
pub mod serve;
pub mod site;
pub mod source;
pub mod theme;
pub mod vietnamese;
pub mod xml;
pub mod yaml;
