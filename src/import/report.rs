//! What an import tells the editor, as [`Message`]s for the command line to
//! print in the editor's language: one line per entry file, the summary of
//! a dry run or of the import, and why nothing was imported.

use std::path::Path;

use crate::diagnostic::Diagnostics;
use crate::i18n::Message;
use crate::import::{Change, Planned};
use crate::msg;

/// One line per entry of an import: "create content/exemplars/x.md (rows 4, 7)".
pub fn entry_line(p: &Planned, dry_run: bool) -> Message {
    let rows: Vec<String> = p.rows.iter().map(usize::to_string).collect();
    let rows = msg!("import-rows", count = p.rows.len(), rows = rows.join(", "));
    let path = p.path.as_path();
    match (&p.change, dry_run) {
        (Change::Create, false) => msg!("import-line-create", path = path, rows = rows),
        (Change::Create, true) => msg!("import-line-would-create", path = path, rows = rows),
        (Change::Update { awards, campaign }, dry) => {
            let id = match (dry, p.similar) {
                (false, false) => "import-line-update",
                (true, false) => "import-line-would-update",
                (false, true) => "import-line-update-similar",
                (true, true) => "import-line-would-update-similar",
            };
            Message::new(id)
                .arg("path", path)
                .arg("awards", *awards)
                .arg("campaign", if *campaign { "yes" } else { "no" })
                .arg("rows", rows)
        }
        (Change::Unchanged, _) => msg!("import-line-unchanged", path = path, rows = rows),
    }
}

/// How many entries an import creates, updates and leaves unchanged.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub rows: usize,
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
}

/// The last line of a dry run.
pub fn dry_run_summary(c: Counts) -> Message {
    msg!(
        "import-dry-run-summary",
        rows = c.rows,
        created = c.created,
        updated = c.updated,
        unchanged = c.unchanged
    )
}

/// The last line of an import.
pub fn done_summary(c: Counts, millis: u128) -> Message {
    msg!(
        "import-done-summary",
        rows = c.rows,
        created = c.created,
        updated = c.updated,
        unchanged = c.unchanged,
        ms = u64::try_from(millis).unwrap_or(u64::MAX)
    )
}

/// A note shown before the entries: "ghi chú: …".
pub fn note(note: &Message) -> Message {
    msg!("import-note", note = note.clone())
}

/// The last line when rows have problems.
pub fn rows_failed(problems: &Diagnostics, file: &Path) -> Message {
    let similar = problems
        .iter()
        .filter(|d| d.code() == Some("T0610"))
        .count();
    if similar == problems.len() {
        msg!("import-failed-similar", count = similar, file = file)
    } else {
        msg!(
            "import-failed-rows",
            count = problems.error_count(),
            file = file
        )
    }
}

/// The last line when the site's configuration has problems.
pub fn config_failed() -> Message {
    msg!("import-failed-config")
}

/// A wrong `--map`, `--date` or `--subject`: the usage error's label.
pub fn usage_failed(detail: String) -> Message {
    msg!("import-usage-error", detail = detail)
}

/// Any other reason the import stopped.
pub fn failed(detail: String) -> Message {
    msg!("import-error", detail = detail)
}
