//! `thidua import FILE --as exemplars`: an honour list (danh sách khen
//! thưởng) in CSV or a spreadsheet becomes exemplar entries, one per person
//! or collective, each with the award of its row(s).
//!
//! 1. [`table`] reads the file into rows of cells; [`columns`] finds the
//!    header row and what each column holds; [`rows`] turns each data row
//!    into a [`rows::Record`] or a problem naming the row.
//! 2. Rows of the same person (folded name + folded unit) make one entry
//!    with all their awards. If the site already has an exemplar with that
//!    name and unit, the awards are added to it ([`edit`], which leaves the
//!    rest of the file as it is) instead of creating a duplicate; awards it
//!    already has are not added twice, so importing a list again changes
//!    nothing. An award is the same when its title and date are (whatever
//!    the decision number); one left out for that reason is reported.
//!    An exemplar with the same name and a unit spelled differently
//!    ([`similar`]) is a probable match: the import stops and asks
//!    ([`Similar`]) rather than guess.
//! 3. Every new or changed file is parsed again before anything is written.
//!    If any row has a problem, nothing is written ([`plan`] returns all the
//!    problems); otherwise [`commit`] writes every file to a temporary file
//!    beside it and renames them all at the end.

pub mod columns;
pub mod edit;
pub mod existing;
pub mod ods;
pub mod report;
pub mod rows;
pub mod similar;
pub mod table;

use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};

use crate::config::Config;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::i18n::{Localized, Message};
use crate::model::{Award, EntryKind, Section, parse_entry};
use crate::msg;
use crate::permalink::reserved;
use crate::progress::Counter;
use crate::source::{DiskFs, SourceFile};
use crate::vietnamese::slugify;
use crate::yaml;
use columns::Column;
use edit::{append_items, award_item, award_item_from_model, ref_item};
use existing::{Existing, ExistingEntry};
use rows::{AwardRow, Defaults, Record, cell_problem, key};

/// What to import and how.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    pub file: PathBuf,
    /// A campaign slug every imported entry refers to.
    pub campaign: Option<String>,
    pub defaults: Defaults,
    /// `--map` as written: "Header=key,…" (read by [`columns::parse_map`]).
    pub map: Vec<String>,
    pub read: table::ReadOptions,
    /// What to do with a probable match.
    pub similar: Similar,
}

/// What to do when a row's person is on the site with the same name and a
/// unit spelled differently ("Phòng GD&ĐT" / "Phòng Giáo dục và Đào tạo").
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Similar {
    /// Stop and list them (nothing is written).
    #[default]
    Ask,
    /// The same person: add the awards to the existing entry.
    Merge,
    /// Another person: create a new entry.
    Create,
}

/// Why nothing was imported.
#[derive(Debug)]
pub enum ImportError {
    /// Rows (or columns) that cannot be imported, each naming its cell.
    Rows(Diagnostics),
    /// The site's configuration has problems.
    Config(Diagnostics),
    /// An option is wrong (`--map`): a usage error.
    Usage(anyhow::Error),
    /// The file or the site is unusable.
    Other(anyhow::Error),
}

impl From<anyhow::Error> for ImportError {
    fn from(e: anyhow::Error) -> Self {
        ImportError::Other(e)
    }
}

/// What happens to one entry file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    Create,
    /// Awards added, and whether the campaign reference was added.
    Update {
        awards: usize,
        campaign: bool,
    },
    /// The entry already has every award of its rows.
    Unchanged,
}

/// One entry file of the plan.
#[derive(Debug, Clone)]
pub struct Planned {
    /// Relative to the site root.
    pub path: PathBuf,
    pub change: Change,
    /// Row numbers in the imported file.
    pub rows: Vec<usize>,
    /// The entry was found under another spelling of the unit (with
    /// `--merge-similar`).
    pub similar: bool,
    text: Option<String>,
    original: Option<Vec<u8>>,
}

/// Everything an import would do.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    pub entries: Vec<Planned>,
    /// Rows imported.
    pub rows: usize,
    /// Things the editor should know (columns left out, consent …).
    pub notes: Vec<Message>,
    /// Rows that were not all used: an award already there under another
    /// decision number.
    pub warnings: Diagnostics,
}

impl Plan {
    pub fn count(&self, f: impl Fn(&Change) -> bool) -> usize {
        self.entries.iter().filter(|p| f(&p.change)).count()
    }
}

/// Read the file and work out every change, writing nothing.
pub fn plan(root: &Path, opts: &ImportOptions, counter: &Counter) -> Result<Plan, ImportError> {
    let fs = DiskFs::new(root);
    let map = columns::parse_map(&opts.map).map_err(ImportError::Usage)?;
    let table = table::read(&opts.file, &opts.read)?;
    let config = crate::build::load_config(&fs).map_err(ImportError::Config)?;
    let layout = columns::layout(&table, &map)
        .with_context(|| Localized(msg!("import-reading", path = &opts.file)))?;
    if let Some(c) = &opts.campaign {
        check_campaign(&fs, c)?;
    }
    let src = rows::Source {
        file: &opts.file,
        table: &table,
        layout: &layout,
        defaults: &opts.defaults,
        config: &config,
    };
    let problems = rows::table_problems(&src);
    if !problems.is_empty() {
        return Err(ImportError::Rows(problems.into_iter().collect()));
    }
    let rows::Rows {
        records,
        mut problems,
        warnings,
    } = rows::records(&src, counter);
    let existing = existing::exemplars(&fs)?;
    let mut ctx = Planner {
        root,
        opts,
        existing: &existing,
        taken: existing.slugs.clone(),
        title_col: layout.find(Column::Title).unwrap_or(0),
        warnings,
    };
    let mut plan = Plan {
        rows: records.len(),
        notes: layout.notes.clone(),
        ..Plan::default()
    };
    if table.merges_unknown {
        plan.notes.push(msg!("import-note-merges-unknown"));
    }
    let (groups, repeated) = group(records, &opts.file, ctx.title_col);
    ctx.warnings.extend(repeated);
    for group in groups {
        match ctx.plan_group(&group) {
            Ok(p) => plan.entries.push(p),
            Err(mut d) => problems.append(&mut d),
        }
    }
    if !problems.is_empty() {
        return Err(ImportError::Rows(in_order(problems)));
    }
    plan.warnings = in_order(ctx.warnings);
    plan.notes.extend(consent_note(&config, &plan));
    Ok(plan)
}

/// Problems in the order of their cells, each once. Their positions only
/// order them: the messages name the cells (`F10`).
fn in_order(problems: Vec<Diagnostic>) -> Diagnostics {
    Diagnostics::from_iter(problems)
        .sorted()
        .into_iter()
        .map(|mut d| {
            d.position = None;
            d
        })
        .collect()
}

fn check_campaign(fs: &DiskFs, slug: &str) -> anyhow::Result<()> {
    let slugs = existing::campaign_slugs(fs)?;
    if slugs.iter().any(|s| s == slug) {
        return Ok(());
    }
    let names: Vec<&str> = slugs.iter().map(String::as_str).collect();
    match crate::model::read::closest(slug, &names) {
        Some(best) => bail!(Localized(msg!(
            "import-no-campaign-did-you-mean",
            slug = slug,
            best = best
        ))),
        None => bail!(Localized(msg!("import-no-campaign", slug = slug))),
    }
}

fn consent_note(config: &Config, plan: &Plan) -> Option<Message> {
    let persons = plan
        .entries
        .iter()
        .filter(|p| p.change == Change::Create)
        .filter(|p| {
            p.text
                .as_deref()
                .is_some_and(|t| t.contains("\nsubject: person\n"))
        })
        .count();
    (config.require_consent && persons > 0).then(|| msg!("import-note-consent", count = persons))
}

/// The rows of one person or collective.
#[derive(Debug, Clone)]
struct Group {
    first: Record,
    awards: Vec<GroupAward>,
    bodies: Vec<String>,
    rows: Vec<usize>,
}

/// One award of a group, with the row it comes from.
#[derive(Debug, Clone)]
struct GroupAward {
    award: AwardRow,
    row: usize,
    at: Message,
}

/// Rows with the same folded name and unit, in the order they first appear.
/// An award repeated in the rows of one person (the same title and date)
/// is kept once, with a warning naming both rows.
fn group(records: Vec<Record>, file: &Path, title_col: usize) -> (Vec<Group>, Vec<Diagnostic>) {
    let mut groups: Vec<Group> = Vec::new();
    let mut warnings = Vec::new();
    let mut index: HashMap<(String, String), usize> = HashMap::new();
    for r in records {
        let k = (key(&r.title), key(r.unit.as_deref().unwrap_or_default()));
        let i = *index.entry(k).or_insert_with(|| {
            groups.push(Group {
                first: r.clone(),
                awards: Vec::new(),
                bodies: Vec::new(),
                rows: Vec::new(),
            });
            groups.len() - 1
        });
        let g = &mut groups[i];
        g.rows.push(r.row);
        let a = &r.award;
        match g
            .awards
            .iter()
            .find(|b| b.award.same_award(&a.title, a.decision.as_deref(), a.date))
        {
            Some(earlier) => warnings.push(
                cell_problem(
                    file,
                    r.row,
                    title_col,
                    msg!(
                        "T0611-same-award-in-list",
                        at = r.award_at.clone(),
                        award = award_phrase(&a.title, a.date),
                        decision = decision_phrase(a.decision.as_deref()),
                        row = earlier.row,
                        earlier = decision_phrase(earlier.award.decision.as_deref())
                    ),
                )
                .into_warning()
                .with_help(msg!("import-help-same-award")),
            ),
            None => g.awards.push(GroupAward {
                award: r.award.clone(),
                row: r.row,
                at: r.award_at.clone(),
            }),
        }
        if let Some(body) = r.body.filter(|b| !g.bodies.contains(b)) {
            g.bodies.push(body);
        }
    }
    (groups, warnings)
}

/// An award in messages: its title and, when it has one, its date.
fn award_phrase(title: &str, date: Option<crate::date::PartialDate>) -> Message {
    match date {
        Some(d) => msg!("import-award-dated", title = title, date = d.numeric()),
        None => msg!("import-award-undated", title = title),
    }
}

/// A decision number in messages, or its absence.
fn decision_phrase(decision: Option<&str>) -> Message {
    match decision {
        Some(d) => msg!("import-decision", number = d),
        None => msg!("import-no-decision"),
    }
}

/// A unit in messages, or its absence.
fn unit_phrase(unit: Option<&str>) -> Message {
    match unit.filter(|u| !u.trim().is_empty()) {
        Some(u) => msg!("import-unit", unit = u),
        None => msg!("import-no-unit"),
    }
}

trait IntoWarning {
    fn into_warning(self) -> Diagnostic;
}

impl IntoWarning for Diagnostic {
    fn into_warning(mut self) -> Diagnostic {
        self.severity = crate::diagnostic::Severity::Warning;
        self
    }
}

struct Planner<'a> {
    root: &'a Path,
    opts: &'a ImportOptions,
    existing: &'a Existing,
    taken: HashSet<String>,
    /// The column of names, where a person's problems are shown.
    title_col: usize,
    warnings: Vec<Diagnostic>,
}

impl Planner<'_> {
    fn problem(&self, g: &Group, message: Message) -> Diagnostic {
        cell_problem(&self.opts.file, g.rows[0], self.title_col, message)
    }

    fn plan_group(&mut self, g: &Group) -> Result<Planned, Vec<Diagnostic>> {
        let existing = self.existing;
        let unit = g.first.unit.as_deref();
        match existing.matching(&g.first.title, unit) {
            [] => {}
            [one] => {
                return self
                    .update(g, &existing.entries[*one], false)
                    .map_err(|d| vec![*d]);
            }
            many => return Err(vec![self.several(g, many)]),
        }
        let similar = existing.similar(&g.first.title, unit);
        match (similar.as_slice(), self.opts.similar) {
            ([], _) | (_, Similar::Create) => self.create(g).map_err(|d| vec![*d]),
            ([one], Similar::Merge) => self
                .update(g, &existing.entries[*one], true)
                .map_err(|d| vec![*d]),
            (many, Similar::Merge) => Err(vec![self.several(g, many)]),
            (many, Similar::Ask) => {
                let new_path = self.new_path(g);
                Err(many
                    .iter()
                    .map(|&i| {
                        let entry = &existing.entries[i];
                        self.problem(
                            g,
                            msg!(
                                "T0610-probable-match",
                                at = g.first.at.clone(),
                                name = g.first.title.as_str(),
                                unit = unit_phrase(unit),
                                path = &entry.path,
                                existing_unit = unit_phrase(entry.unit.as_deref())
                            ),
                        )
                        .with_help(msg!(
                            "import-help-probable-match",
                            path = &entry.path,
                            new_path = &new_path
                        ))
                    })
                    .collect())
            }
        }
    }

    fn several(&self, g: &Group, many: &[usize]) -> Diagnostic {
        let paths: Vec<String> = many
            .iter()
            .map(|i| crate::diagnostic::display_path(&self.existing.entries[*i].path))
            .collect();
        self.problem(
            g,
            msg!(
                "T0606-several-matches",
                at = g.first.at.clone(),
                name = g.first.title.as_str(),
                paths = paths.join(", ")
            ),
        )
        .with_help(msg!("import-help-several-matches"))
    }

    /// The file a new entry for `g` would get (without taking its slug).
    fn new_path(&self, g: &Group) -> PathBuf {
        let slug = self.free_slug(&slugify(&g.first.title));
        Path::new("content/exemplars").join(format!("{slug}.md"))
    }

    fn create(&mut self, g: &Group) -> Result<Planned, Box<Diagnostic>> {
        let base = slugify(&g.first.title);
        if base.is_empty() {
            return Err(self
                .problem(
                    g,
                    msg!(
                        "T0607-no-file-name",
                        at = g.first.at.clone(),
                        name = g.first.title.as_str()
                    ),
                )
                .with_help(msg!("import-help-no-file-name"))
                .into());
        }
        let slug = self.free_slug(&base);
        self.taken.insert(slug.clone());
        let path = Path::new("content/exemplars").join(format!("{slug}.md"));
        let text = new_entry_text(g, &self.opts.file, self.opts.campaign.as_deref());
        let invalid = |detail: Message| {
            self.problem(
                g,
                msg!(
                    "T0608-invalid-entry",
                    at = g.first.at.clone(),
                    detail = detail
                ),
            )
            .with_help(msg!("import-help-invalid-entry"))
        };
        let file =
            SourceFile::decode(&path, text.as_bytes()).map_err(|d| invalid(d.message.clone()))?;
        let parsed = parse_entry(&file, Section::Exemplars, None);
        if let Some(d) = parsed.diagnostics.iter().find(|d| d.is_error()) {
            return Err(invalid(d.message.clone()).into());
        }
        Ok(Planned {
            path,
            change: Change::Create,
            rows: g.rows.clone(),
            similar: false,
            text: Some(text),
            original: None,
        })
    }

    fn free_slug(&self, base: &str) -> String {
        let dir = self.root.join("content/exemplars");
        let free = |s: &str| {
            !reserved::is_taken(Section::Exemplars, s)
                && !self.taken.contains(s)
                && !dir.join(format!("{s}.md")).exists()
                && !dir.join(s).exists()
        };
        let mut slug = base.to_owned();
        let mut n = 2;
        while !free(&slug) {
            slug = format!("{base}-{n}");
            n += 1;
        }
        slug
    }

    fn update(
        &mut self,
        g: &Group,
        entry: &ExistingEntry,
        similar: bool,
    ) -> Result<Planned, Box<Diagnostic>> {
        let mut new_awards: Vec<&AwardRow> = Vec::new();
        for a in &g.awards {
            let award = &a.award;
            let same = |b: &&Award| award.same_award(&b.title, b.decision.as_deref(), b.date);
            match entry.awards.iter().find(same) {
                None => new_awards.push(award),
                // The same list imported again: nothing to say.
                Some(b) if award.same_as(&b.title, b.decision.as_deref(), b.date) => {}
                Some(b) => self.warnings.push(
                    cell_problem(
                        &self.opts.file,
                        a.row,
                        self.title_col,
                        msg!(
                            "T0611-same-award-on-site",
                            at = a.at.clone(),
                            award = award_phrase(&award.title, award.date),
                            decision = decision_phrase(award.decision.as_deref()),
                            path = &entry.path,
                            existing = award_phrase(&b.title, b.date),
                            earlier = decision_phrase(b.decision.as_deref())
                        ),
                    )
                    .into_warning()
                    .with_help(msg!("import-help-same-award")),
                ),
            }
        }
        let campaign = self
            .opts
            .campaign
            .as_deref()
            .filter(|c| !entry.campaigns.iter().any(|e| e == c));
        let mut planned = Planned {
            path: entry.path.clone(),
            change: Change::Unchanged,
            rows: g.rows.clone(),
            similar,
            text: None,
            original: Some(entry.bytes.clone()),
        };
        if new_awards.is_empty() && campaign.is_none() {
            return Ok(planned);
        }
        let text = updated_text(entry, &new_awards, campaign).map_err(|reason| {
            self.problem(
                g,
                msg!(
                    "T0609-cannot-update",
                    at = g.first.at.clone(),
                    path = &entry.path,
                    reason = reason
                ),
            )
            .with_help(msg!("import-help-cannot-update", path = &entry.path))
        })?;
        planned.change = Change::Update {
            awards: new_awards.len(),
            campaign: campaign.is_some(),
        };
        planned.text = Some(text);
        Ok(planned)
    }
}

const BOM: &str = "\u{FEFF}";

/// The existing file with the awards (and campaign) added, checked by
/// parsing it again.
fn updated_text(
    entry: &ExistingEntry,
    awards: &[&AwardRow],
    campaign: Option<&str>,
) -> Result<String, Message> {
    let raw = std::str::from_utf8(&entry.bytes).map_err(|_| msg!("import-reason-not-utf8"))?;
    let (bom, mut text) = match raw.strip_prefix(BOM) {
        Some(rest) => (BOM, rest.to_owned()),
        None => ("", raw.to_owned()),
    };
    if !awards.is_empty() {
        let items: Vec<_> = awards.iter().map(|a| award_item(a)).collect();
        let current: Vec<_> = entry.awards.iter().map(award_item_from_model).collect();
        text = append_items(&text, "awards", &items, &current)?;
    }
    if let Some(c) = campaign {
        let current: Vec<_> = entry.campaigns.iter().map(|c| ref_item(c)).collect();
        text = append_items(&text, "campaigns", &[ref_item(c)], &current)?;
    }
    let errors = |t: &str| -> Result<(usize, usize, usize), Message> {
        let file = SourceFile::decode(&entry.path, t.as_bytes())
            .map_err(|_| msg!("import-reason-unreadable"))?;
        let parsed = parse_entry(&file, Section::Exemplars, None);
        let errors = parsed.diagnostics.iter().filter(|d| d.is_error()).count();
        match parsed.entry.map(|e| (e.kind, e.common.campaigns.len())) {
            Some((EntryKind::Exemplar(x), campaigns)) => Ok((errors, x.awards.len(), campaigns)),
            _ => Err(msg!("import-reason-unreadable")),
        }
    };
    let before = errors(&text_of(&entry.bytes))?;
    let after = errors(&text)?;
    let expected = (
        before.0,
        before.1 + awards.len(),
        before.2 + usize::from(campaign.is_some()),
    );
    if after != expected {
        return Err(msg!("import-reason-readback"));
    }
    Ok(format!("{bom}{text}"))
}

fn text_of(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes)
        .trim_start_matches(BOM)
        .to_owned()
}

/// The text of a new exemplar entry.
fn new_entry_text(g: &Group, source: &Path, campaign: Option<&str>) -> String {
    let r = &g.first;
    let name = source.file_name().map_or_else(
        || source.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let rows: Vec<String> = g.rows.iter().map(usize::to_string).collect();
    let mut out = format!("---\n# Nhập từ {name}, dòng {}.\n", rows.join(", "));
    out.push_str(&format!(
        "title: {}\nsubject: {}\n",
        yaml::quote(&r.title),
        r.subject.key()
    ));
    let optional = [
        ("category", &r.category),
        ("position", &r.position),
        ("unit", &r.unit),
    ];
    for (k, v) in optional {
        if let Some(v) = v {
            out.push_str(&format!("{k}: {}\n", yaml::quote(v)));
        }
    }
    out.push_str(&format!("locality: {}\n", yaml::quote(&r.locality)));
    if !r.fields.is_empty() {
        let quoted: Vec<String> = r.fields.iter().map(|f| yaml::quote(f)).collect();
        out.push_str(&format!("fields: [{}]\n", quoted.join(", ")));
    }
    if let Some(c) = campaign {
        out.push_str(&format!("campaigns: [{c}]\n"));
    }
    out.push_str("awards:\n");
    for line in g.awards.iter().flat_map(|a| award_item(&a.award)) {
        out.push_str(&format!("  {line}\n"));
    }
    out.push_str("---\n");
    for body in &g.bodies {
        out.push_str(body);
        out.push_str("\n\n");
    }
    if out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// Write every planned file: first all to temporary files beside their
/// destinations, then rename them all. Nothing is renamed if any write
/// fails, or if an entry to update changed since it was read.
pub fn commit(root: &Path, plan: &Plan) -> anyhow::Result<()> {
    let mut staged = Vec::new();
    for p in &plan.entries {
        let Some(text) = &p.text else { continue };
        let dest = root.join(&p.path);
        let dir = dest.parent().unwrap_or(root);
        let writing_in = || Localized(msg!("import-writing-in", path = dir));
        std::fs::create_dir_all(dir).with_context(writing_in)?;
        let mut tmp = tempfile::Builder::new()
            .prefix(".thidua-import-")
            .suffix(".tmp")
            .tempfile_in(dir)
            .with_context(writing_in)?;
        tmp.write_all(text.as_bytes())
            .and_then(|()| tmp.as_file().sync_all())
            .with_context(writing_in)?;
        set_permissions(&tmp, &dest, p.original.is_some())?;
        staged.push((tmp, dest, p));
    }
    for (_, dest, p) in &staged {
        let unchanged = match &p.original {
            Some(bytes) => std::fs::read(dest).is_ok_and(|now| &now == bytes),
            None => !dest.exists(),
        };
        if !unchanged {
            bail!(Localized(msg!("import-changed-meanwhile", path = &p.path)));
        }
    }
    for (tmp, dest, p) in staged {
        let result = match p.original {
            Some(_) => tmp.persist(&dest).map(drop),
            None => tmp.persist_noclobber(&dest).map(drop),
        };
        result
            .map_err(|e| e.error)
            .with_context(|| Localized(msg!("import-writing", path = &p.path)))?;
    }
    Ok(())
}

/// Temporary files are private; give the result the permissions of the
/// file it replaces, or the usual ones for a new file.
fn set_permissions(
    tmp: &tempfile::NamedTempFile,
    dest: &Path,
    replaces: bool,
) -> anyhow::Result<()> {
    let perms = if replaces {
        std::fs::metadata(dest)
            .with_context(|| Localized(msg!("import-reading", path = dest)))?
            .permissions()
    } else {
        default_permissions(tmp)?
    };
    tmp.as_file()
        .set_permissions(perms)
        .with_context(|| Localized(msg!("import-writing", path = dest)))
}

#[cfg(unix)]
fn default_permissions(_: &tempfile::NamedTempFile) -> anyhow::Result<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Ok(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn default_permissions(tmp: &tempfile::NamedTempFile) -> anyhow::Result<std::fs::Permissions> {
    Ok(tmp.as_file().metadata()?.permissions())
}
