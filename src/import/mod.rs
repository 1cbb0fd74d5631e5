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
//!    nothing.
//! 3. Every new or changed file is parsed again before anything is written.
//!    If any row has a problem, nothing is written ([`plan`] returns all the
//!    problems); otherwise [`commit`] writes every file to a temporary file
//!    beside it and renames them all at the end.

pub mod columns;
pub mod edit;
pub mod existing;
pub mod rows;
pub mod table;

use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, anyhow, bail};

use crate::config::Config;
use crate::diagnostic::{Diagnostic, Diagnostics, Position};
use crate::model::{EntryKind, Section, parse_entry};
use crate::progress::Counter;
use crate::scaffold::yaml_quote;
use crate::source::{DiskFs, SourceFile};
use crate::vietnamese::slugify;
use columns::Column;
use edit::{append_items, award_item, award_item_from_model, ref_item};
use existing::{Existing, ExistingEntry};
use rows::{AwardRow, Defaults, Record, key};

/// What to import and how.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    pub file: PathBuf,
    /// A campaign slug every imported entry refers to.
    pub campaign: Option<String>,
    pub defaults: Defaults,
    pub map: Vec<(String, Column)>,
    pub read: table::ReadOptions,
}

/// Why nothing was imported.
#[derive(Debug)]
pub enum ImportError {
    /// Rows (or columns) that cannot be imported, each with its row number.
    Rows(Diagnostics),
    /// The file, the site or an option is unusable.
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
    pub notes: Vec<String>,
}

impl Plan {
    pub fn count(&self, f: impl Fn(&Change) -> bool) -> usize {
        self.entries.iter().filter(|p| f(&p.change)).count()
    }
}

/// Read the file and work out every change, writing nothing.
pub fn plan(root: &Path, opts: &ImportOptions, counter: &Counter) -> Result<Plan, ImportError> {
    let fs = DiskFs::new(root);
    let config = crate::build::load_config(&fs).map_err(|d| {
        anyhow!(
            "{}the site's configuration has problems; fix them first (thidua check)",
            d.render(crate::i18n::Lang::En)
        )
    })?;
    let table = table::read(&opts.file, &opts.read)?;
    let layout = columns::layout(&table, &opts.map)
        .with_context(|| format!("reading {}", opts.file.display()))?;
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
    let (records, mut problems) = rows::records(&src, counter);
    let existing = existing::exemplars(&fs)?;
    let mut ctx = Planner {
        root,
        opts,
        existing: &existing,
        taken: existing.slugs.clone(),
    };
    let mut plan = Plan {
        rows: records.len(),
        notes: layout.notes.clone(),
        ..Plan::default()
    };
    for group in group(records) {
        match ctx.plan_group(&group) {
            Ok(p) => plan.entries.push(p),
            Err(d) => problems.push(d),
        }
    }
    if !problems.is_empty() {
        return Err(ImportError::Rows(Diagnostics::from_iter(problems).sorted()));
    }
    plan.notes.extend(consent_note(&config, &plan));
    Ok(plan)
}

fn check_campaign(fs: &DiskFs, slug: &str) -> anyhow::Result<()> {
    let slugs = existing::campaign_slugs(fs)?;
    if slugs.iter().any(|s| s == slug) {
        return Ok(());
    }
    let names: Vec<&str> = slugs.iter().map(String::as_str).collect();
    match crate::model::read::closest(slug, &names) {
        Some(best) => {
            bail!("--campaign: no campaign `{slug}` in content/campaigns/; did you mean `{best}`?")
        }
        None => bail!(
            "--campaign: no campaign `{slug}` in content/campaigns/ (write the campaign's slug: its file name without .md)"
        ),
    }
}

fn consent_note(config: &Config, plan: &Plan) -> Option<String> {
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
    (config.require_consent && persons > 0).then(|| {
        format!("thidua.yaml requires consent: the {persons} new person(s) are published only once `consent: true` is added to their files")
    })
}

/// The rows of one person or collective.
#[derive(Debug, Clone)]
struct Group {
    first: Record,
    awards: Vec<AwardRow>,
    bodies: Vec<String>,
    rows: Vec<usize>,
}

/// Rows with the same folded name and unit, in the order they first appear.
fn group(records: Vec<Record>) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
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
        if !g
            .awards
            .iter()
            .any(|b| b.same_as(&a.title, a.decision.as_deref(), a.date))
        {
            g.awards.push(r.award.clone());
        }
        if let Some(body) = r.body.filter(|b| !g.bodies.contains(b)) {
            g.bodies.push(body);
        }
    }
    groups
}

struct Planner<'a> {
    root: &'a Path,
    opts: &'a ImportOptions,
    existing: &'a Existing,
    taken: HashSet<String>,
}

impl Planner<'_> {
    fn problem(&self, g: &Group, message: String) -> Diagnostic {
        let row = g.rows[0];
        Diagnostic::error(
            &self.opts.file,
            Some(Position::new(row, 1)),
            format!("row {row}: {message}"),
        )
    }

    fn plan_group(&mut self, g: &Group) -> Result<Planned, Diagnostic> {
        let existing = self.existing;
        match existing.matching(&g.first.title, g.first.unit.as_deref()) {
            [] => self.create(g),
            [one] => self.update(g, &existing.entries[*one]),
            many => {
                let paths: Vec<String> = many
                    .iter()
                    .map(|i| crate::diagnostic::display_path(&existing.entries[*i].path))
                    .collect();
                Err(self.problem(
                    g,
                    format!(
                        "“{}” matches several entries ({}); merge them or give them different units",
                        g.first.title,
                        paths.join(", ")
                    ),
                ))
            }
        }
    }

    fn create(&mut self, g: &Group) -> Result<Planned, Diagnostic> {
        let base = slugify(&g.first.title);
        if base.is_empty() {
            return Err(self.problem(
                g,
                format!("the name “{}” gives no file name", g.first.title),
            ));
        }
        let slug = self.unique_slug(&base);
        let path = Path::new("content/exemplars").join(format!("{slug}.md"));
        let text = new_entry_text(g, &self.opts.file, self.opts.campaign.as_deref());
        let file = SourceFile::decode(&path, text.as_bytes())
            .map_err(|d| self.problem(g, d.message.format(crate::i18n::Lang::En)))?;
        let parsed = parse_entry(&file, Section::Exemplars, None);
        if let Some(d) = parsed.diagnostics.iter().find(|d| d.is_error()) {
            return Err(self.problem(
                g,
                format!(
                    "the new entry would not be valid: {}",
                    d.message.format(crate::i18n::Lang::En)
                ),
            ));
        }
        Ok(Planned {
            path,
            change: Change::Create,
            rows: g.rows.clone(),
            text: Some(text),
            original: None,
        })
    }

    fn unique_slug(&mut self, base: &str) -> String {
        let dir = self.root.join("content/exemplars");
        let free = |s: &str, taken: &HashSet<String>| {
            s != "page"
                && !taken.contains(s)
                && !dir.join(format!("{s}.md")).exists()
                && !dir.join(s).exists()
        };
        let mut slug = base.to_owned();
        let mut n = 2;
        while !free(&slug, &self.taken) {
            slug = format!("{base}-{n}");
            n += 1;
        }
        self.taken.insert(slug.clone());
        slug
    }

    fn update(&self, g: &Group, entry: &ExistingEntry) -> Result<Planned, Diagnostic> {
        let new_awards: Vec<&AwardRow> = g
            .awards
            .iter()
            .filter(|a| {
                !entry
                    .awards
                    .iter()
                    .any(|b| a.same_as(&b.title, b.decision.as_deref(), b.date))
            })
            .collect();
        let campaign = self
            .opts
            .campaign
            .as_deref()
            .filter(|c| !entry.campaigns.iter().any(|e| e == c));
        let mut planned = Planned {
            path: entry.path.clone(),
            change: Change::Unchanged,
            rows: g.rows.clone(),
            text: None,
            original: Some(entry.bytes.clone()),
        };
        if new_awards.is_empty() && campaign.is_none() {
            return Ok(planned);
        }
        let text = updated_text(entry, &new_awards, campaign).map_err(|e| {
            self.problem(
                g,
                format!(
                    "cannot add to {}: {e}",
                    crate::diagnostic::display_path(&entry.path)
                ),
            )
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
) -> Result<String, String> {
    let raw = std::str::from_utf8(&entry.bytes)
        .map_err(|_| "the file is not UTF-8; save it as UTF-8 first".to_owned())?;
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
    let errors = |t: &str| -> Result<(usize, usize, usize), String> {
        let file = SourceFile::decode(&entry.path, t.as_bytes())
            .map_err(|d| d.message.format(crate::i18n::Lang::En))?;
        let parsed = parse_entry(&file, Section::Exemplars, None);
        let errors = parsed.diagnostics.iter().filter(|d| d.is_error()).count();
        match parsed.entry.map(|e| (e.kind, e.common.campaigns.len())) {
            Some((EntryKind::Exemplar(x), campaigns)) => Ok((errors, x.awards.len(), campaigns)),
            _ => Err("the file cannot be read".into()),
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
        return Err("the change would not read back as expected; add the award by hand".into());
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
        yaml_quote(&r.title),
        r.subject.key()
    ));
    let optional = [
        ("category", &r.category),
        ("position", &r.position),
        ("unit", &r.unit),
    ];
    for (k, v) in optional {
        if let Some(v) = v {
            out.push_str(&format!("{k}: {}\n", yaml_quote(v)));
        }
    }
    out.push_str(&format!("locality: {}\n", yaml_quote(&r.locality)));
    if !r.fields.is_empty() {
        let quoted: Vec<String> = r.fields.iter().map(|f| yaml_quote(f)).collect();
        out.push_str(&format!("fields: [{}]\n", quoted.join(", ")));
    }
    if let Some(c) = campaign {
        out.push_str(&format!("campaigns: [{c}]\n"));
    }
    out.push_str("awards:\n");
    for line in g.awards.iter().flat_map(award_item) {
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
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
        let mut tmp = tempfile::Builder::new()
            .prefix(".thidua-import-")
            .suffix(".tmp")
            .tempfile_in(dir)
            .with_context(|| format!("creating a temporary file in {}", dir.display()))?;
        tmp.write_all(text.as_bytes())
            .and_then(|()| tmp.as_file().sync_all())
            .with_context(|| format!("writing a temporary file in {}", dir.display()))?;
        set_permissions(&tmp, &dest, p.original.is_some())?;
        staged.push((tmp, dest, p));
    }
    for (_, dest, p) in &staged {
        let unchanged = match &p.original {
            Some(bytes) => std::fs::read(dest).is_ok_and(|now| &now == bytes),
            None => !dest.exists(),
        };
        if !unchanged {
            bail!(
                "{} changed while importing; nothing was written, run the import again",
                dest.display()
            );
        }
    }
    for (tmp, dest, p) in staged {
        let result = match p.original {
            Some(_) => tmp.persist(&dest).map(drop),
            None => tmp.persist_noclobber(&dest).map(drop),
        };
        result
            .map_err(|e| e.error)
            .with_context(|| format!("writing {}", dest.display()))?;
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
            .with_context(|| format!("reading {}", dest.display()))?
            .permissions()
    } else {
        default_permissions(tmp)?
    };
    tmp.as_file()
        .set_permissions(perms)
        .with_context(|| format!("setting the permissions of {}", dest.display()))
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
