//! The one integration-test binary: a small fixture site per scenario under
//! `tests/fixtures/`, engine tests against a minimal test theme (`theme-min`)
//! so snapshots track the engine, not the default theme's markup.

mod browser;
mod claims;
mod cli;
mod decisions;
mod diagnostics;
mod editor;
mod fuzz;
mod guide;
mod import;
mod incremental;
mod io_errors;
mod newsroom;
mod output;
mod paths;
mod pipeline;
mod properties;
mod rebuild;
mod search;
mod serve;
mod share_cards;
mod site_messages;
mod support;
mod yaml_messages;
