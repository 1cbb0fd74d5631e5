//! The `thidua` command line: `build`, `check`, `init`, and the editors'
//! `serve`, `new` and `import`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};

use thidua::build::{self, BuildError, BuildOptions};
use thidua::diagnostic::Diagnostics;
use thidua::import::{self, Change, ImportError, ImportOptions};
use thidua::model::Section;
use thidua::model::exemplar::Subject;
use thidua::output::StagedDir;
use thidua::progress::{self, Counter, CountingSink, Labels};
use thidua::source::DiskFs;

#[derive(Parser)]
#[command(name = "thidua", version, about = "Build a static portal for emulation and commendation (thi đua – khen thưởng) from Markdown files.", long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into the output folder (public/ by default).
    ///
    /// The new site replaces the old one only if the whole build succeeds;
    /// if anything is wrong, every problem is listed and public/ is left as it was.
    Build {
        /// The site's folder (the one with thidua.yaml).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to write the site (default: public/ inside the site's folder).
        #[arg(long)]
        output: Option<PathBuf>,
        /// Address the site will be published at, replacing base_url from thidua.yaml.
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
        #[command(flatten)]
        publish: PublishArgs,
    },
    /// Check everything `build` checks, without writing anything.
    Check {
        /// The site's folder (the one with thidua.yaml).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        #[command(flatten)]
        publish: PublishArgs,
    },
    /// Build the site in memory, serve it, and rebuild on every save.
    ///
    /// Open the printed address in a browser: pages reload by themselves
    /// after each save. If a save breaks the site, the last good build stays
    /// up and the problems are shown over the page until they are fixed.
    Serve {
        /// The site's folder (the one with thidua.yaml).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Port to listen on; if it is busy, the next free one is used.
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// Address to listen on (0.0.0.0 to let other machines on the network see it).
        #[arg(long, default_value = "127.0.0.1", value_name = "ADDR")]
        bind: std::net::IpAddr,
        #[command(flatten)]
        publish: PublishArgs,
    },
    /// Create a new site in DIR that builds at once.
    Init {
        /// Folder for the new site (must not exist, or be empty).
        dir: PathBuf,
    },
    /// Create a new entry with every key of its type, ready to fill in.
    ///
    /// The file goes into its section (a document into its own folder,
    /// content/documents/<slug>/index.md), named from the title without
    /// diacritics. An existing entry is never overwritten.
    New {
        /// The type of entry.
        #[arg(value_enum)]
        kind: EntryType,
        /// The title, in quotes: "Nguyễn Văn An".
        title: String,
        /// The site's folder (the one with thidua.yaml).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// File name (slug) to use instead of the one made from the title.
        #[arg(long)]
        slug: Option<String>,
    },
    /// Turn an honour list (danh sách khen thưởng, .csv or .xlsx) into exemplars with their awards.
    ///
    /// One entry per person or collective; an exemplar already on the site
    /// with the same name and unit gets the award added instead. If any row
    /// cannot be imported, every such row is listed and nothing is written.
    Import(ImportArgs),
}

/// The options of `thidua import`.
#[derive(clap::Args)]
struct ImportArgs {
    /// The list: .csv (UTF-8) or .xlsx (also .xls, .ods).
    file: PathBuf,
    /// What the rows become (only exemplars for now).
    #[arg(long = "as", value_enum, value_name = "SECTION")]
    as_section: ImportAs,
    /// Slug of the campaign every imported entry belongs to.
    #[arg(long, value_name = "SLUG")]
    campaign: Option<String>,
    /// Award for rows without one (Hình thức khen thưởng).
    #[arg(long)]
    award: Option<String>,
    /// Decision number for rows without one (Số quyết định).
    #[arg(long)]
    decision: Option<String>,
    /// Decision date for rows without one (YYYY-MM-DD or DD/MM/YYYY).
    #[arg(long, value_parser = parse_list_date)]
    date: Option<thidua::date::PartialDate>,
    /// Awarding authority for rows without one (cấp khen).
    #[arg(long)]
    authority: Option<String>,
    /// Locality for rows without one (Địa phương).
    #[arg(long)]
    locality: Option<String>,
    /// Subject for rows without one: person, collective, household, model (or cá nhân, tập thể …).
    #[arg(long, value_parser = parse_subject)]
    subject: Option<Subject>,
    /// Columns with other headers: "Header=key,…" (keys: title, subject, category, position, unit, locality, award, decision, date, authority, fields, body, ignore).
    #[arg(long, value_name = "HEADER=KEY,…")]
    map: Vec<String>,
    /// Sheet of a workbook (default: the first).
    #[arg(long)]
    sheet: Option<String>,
    /// Encoding of a CSV file that is not UTF-8, e.g. windows-1258.
    #[arg(long)]
    encoding: Option<String>,
    /// The site's folder (the one with thidua.yaml).
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// Show what would be done; write nothing.
    #[arg(long)]
    dry_run: bool,
    /// A person already on the site with the same name and a unit spelled differently (GD&ĐT / Giáo dục và Đào tạo) is the same person: add the awards to that entry.
    #[arg(long, conflicts_with = "create_similar")]
    merge_similar: bool,
    /// A person already on the site with the same name and a unit spelled differently is another person: create a new entry.
    #[arg(long)]
    create_similar: bool,
}

impl ImportArgs {
    /// The import's options. A bad `--map` is found (and reported in the
    /// editor's language, as a usage error) by `run_import`.
    fn options(self) -> Result<ImportOptions, String> {
        let ImportAs::Exemplars = self.as_section;
        let similar = match (self.merge_similar, self.create_similar) {
            (true, _) => import::Similar::Merge,
            (_, true) => import::Similar::Create,
            _ => import::Similar::Ask,
        };
        Ok(ImportOptions {
            file: self.file,
            campaign: self.campaign,
            defaults: import::rows::Defaults {
                subject: self.subject,
                locality: self.locality,
                award: self.award,
                decision: self.decision,
                date: self.date,
                authority: self.authority,
            },
            map: self.map,
            read: import::table::ReadOptions {
                sheet: self.sheet,
                encoding: self.encoding,
            },
            similar,
        })
    }
}

/// Entry types of `thidua new`.
#[derive(Clone, Copy, ValueEnum)]
enum EntryType {
    Exemplar,
    Campaign,
    Anniversary,
    Event,
    Document,
    News,
    Page,
}

impl EntryType {
    fn section(self) -> Section {
        match self {
            EntryType::Exemplar => Section::Exemplars,
            EntryType::Campaign => Section::Campaigns,
            EntryType::Anniversary => Section::Anniversaries,
            EntryType::Event => Section::Events,
            EntryType::Document => Section::Documents,
            EntryType::News => Section::News,
            EntryType::Page => Section::Pages,
        }
    }
}

/// What `thidua import` makes.
#[derive(Clone, Copy, ValueEnum)]
enum ImportAs {
    Exemplars,
}

/// `--date` of `import`. clap gives value parsers no context, so the
/// language is read the way `main` reads it, from the command line and
/// `THIDUA_LANG`.
fn parse_list_date(s: &str) -> Result<thidua::date::PartialDate, String> {
    thidua::import::rows::parse_cell_date(s).ok_or_else(|| {
        let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
        thidua::i18n::Lang::from_args_and_env(&args)
            .format(&thidua::msg!("import-bad-date-option", value = s))
    })
}

/// `--subject` of `import` (language as for [`parse_list_date`]).
fn parse_subject(s: &str) -> Result<Subject, String> {
    thidua::import::rows::parse_subject(s).ok_or_else(|| {
        let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
        thidua::i18n::Lang::from_args_and_env(&args)
            .format(&thidua::msg!("import-bad-subject-option", value = s))
    })
}

#[derive(clap::Args)]
struct PublishArgs {
    /// Also publish entries marked draft: true.
    #[arg(long)]
    drafts: bool,
    /// Also publish entries dated after the build date.
    #[arg(long)]
    future: bool,
    /// Build as if today were this date (YYYY-MM-DD): scheduling, campaign status, anniversaries.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_day)]
    today: Option<NaiveDate>,
}

fn parse_day(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("`{s}` is not a date like 2026-06-11"))
}

impl PublishArgs {
    fn options(&self, base_url: Option<String>) -> BuildOptions {
        BuildOptions {
            drafts: self.drafts,
            future: self.future,
            today: self.today,
            base_url,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build {
            root,
            output,
            base_url,
            publish,
        } => run_build(&root, output, publish.options(base_url)),
        Command::Check { root, publish } => run_check(&root, publish.options(None)),
        Command::Serve {
            root,
            port,
            bind,
            publish,
        } => {
            let opts = thidua::serve::ServeOptions {
                root,
                bind,
                port,
                build: publish.options(None),
                lang: thidua::i18n::Lang::En,
            };
            match thidua::serve::run(&opts) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => fail(&e),
            }
        }
        Command::Init { dir } => match thidua::init::create(&dir) {
            Ok(()) => {
                println!(
                    "Created a new site in {}. Build it with: thidua build --root {}",
                    dir.display(),
                    dir.display()
                );
                ExitCode::SUCCESS
            }
            Err(e) => fail(&e),
        },
        Command::New {
            kind,
            title,
            root,
            slug,
        } => run_new(&root, kind, title, slug),
        Command::Import(args) => {
            let (root, dry_run) = (args.root.clone(), args.dry_run);
            match args.options() {
                Ok(opts) => run_import(
                    &root,
                    &opts,
                    dry_run,
                    thidua::i18n::Lang::from_args_and_env(&std::env::args_os().collect::<Vec<_>>()),
                ),
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::from(2)
                }
            }
        }
    }
}

fn print_diagnostics(d: &Diagnostics) {
    eprint!("{}", d.render(thidua::i18n::Lang::En));
}

fn summary_line(d: &Diagnostics) -> String {
    format!(
        "{} error(s), {} warning(s)",
        d.error_count(),
        d.warning_count()
    )
}

fn fail(e: &anyhow::Error) -> ExitCode {
    eprintln!("error: {e:#}");
    ExitCode::from(1)
}

fn run_build(root: &Path, output: Option<PathBuf>, opts: BuildOptions) -> ExitCode {
    let output = output.unwrap_or_else(|| root.join("public"));
    let fs = DiskFs::new(root);
    let staged = match StagedDir::new(&output, root) {
        Ok(s) => s,
        Err(e) => return fail(&e),
    };
    let counter = Counter::new();
    let sink = CountingSink::new(&staged, &counter);
    let result =
        progress::with_progress(&counter, BUILD_LABELS, || build::build(&fs, &opts, &sink));
    match result {
        Ok(summary) => {
            print_diagnostics(&summary.warnings);
            if let Err(e) = staged.commit() {
                return fail(&e);
            }
            println!(
                "Built {} pages from {} entries ({} files) into {} in {} ms{}",
                summary.pages,
                summary.entries,
                summary.files,
                output.display(),
                summary.elapsed.as_millis(),
                if summary.warnings.is_empty() {
                    String::new()
                } else {
                    format!("; {}", summary_line(&summary.warnings))
                }
            );
            ExitCode::SUCCESS
        }
        Err(BuildError::Content(d)) => {
            print_diagnostics(&d);
            eprintln!(
                "Build failed: {}. Nothing was written; {} is unchanged.",
                summary_line(&d),
                output.display()
            );
            ExitCode::from(1)
        }
        Err(BuildError::Io(e)) => fail(&e),
    }
}

fn run_check(root: &Path, opts: BuildOptions) -> ExitCode {
    let fs = DiskFs::new(root);
    let counter = Counter::new();
    let result = progress::with_progress(&counter, BUILD_LABELS, || {
        thidua::audit::check(&fs, &opts, &counter)
    });
    match result {
        Ok(report) => {
            print_diagnostics(&report.diagnostics);
            if report.passed() {
                println!("{}", report.summary_line());
                ExitCode::SUCCESS
            } else {
                eprintln!("{}", report.summary_line());
                ExitCode::from(1)
            }
        }
        Err(e) => fail(&e),
    }
}

const BUILD_LABELS: Labels = Labels {
    waiting: "Reading and checking the content",
    working: "Rendering",
    unit: "files",
};

fn run_new(root: &Path, kind: EntryType, title: String, slug: Option<String>) -> ExitCode {
    let new = thidua::scaffold::NewEntry {
        section: kind.section(),
        title,
        slug,
        today: build::build_date(&BuildOptions::default()),
    };
    match thidua::scaffold::create(root, &new) {
        Ok(path) if root == Path::new(".") => {
            println!("{}", thidua::diagnostic::display_path(&path));
            ExitCode::SUCCESS
        }
        Ok(path) => {
            println!("{}", root.join(path).display());
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e),
    }
}

fn run_import(
    root: &Path,
    opts: &ImportOptions,
    dry_run: bool,
    lang: thidua::i18n::Lang,
) -> ExitCode {
    use import::report;
    let started = Instant::now();
    let counter = Counter::new();
    // Progress labels live as long as the process (one import per run).
    let label = |id: &'static str| -> &'static str { Box::leak(lang.tr(id).into_boxed_str()) };
    let labels = Labels {
        waiting: label("import-progress-reading"),
        working: label("import-progress-checking"),
        unit: label("import-progress-rows"),
    };
    let planned = progress::with_progress(&counter, labels, || import::plan(root, opts, &counter));
    let plan = match planned {
        Ok(p) => p,
        Err(ImportError::Rows(d)) => {
            eprint!("{}", d.render(lang));
            eprintln!("{}", lang.format(&report::rows_failed(&d, &opts.file)));
            return ExitCode::from(1);
        }
        Err(ImportError::Config(d)) => {
            eprint!("{}", d.render(lang));
            eprintln!("{}", lang.format(&report::config_failed()));
            return ExitCode::from(1);
        }
        Err(ImportError::Usage(e)) => {
            let detail = thidua::i18n::format_error(lang, &e);
            eprintln!("{}", lang.format(&report::usage_failed(detail)));
            return ExitCode::from(2);
        }
        Err(ImportError::Other(e)) => {
            let detail = thidua::i18n::format_error(lang, &e);
            eprintln!("{}", lang.format(&report::failed(detail)));
            return ExitCode::from(1);
        }
    };
    for note in &plan.notes {
        eprintln!("{}", lang.format(&report::note(note)));
    }
    eprint!("{}", plan.warnings.render(lang));
    for p in &plan.entries {
        println!("{}", describe(p, dry_run, lang));
    }
    let counts = report::Counts {
        rows: plan.rows,
        created: plan.count(|c| *c == Change::Create),
        updated: plan.count(|c| matches!(c, Change::Update { .. })),
        unchanged: plan.count(|c| *c == Change::Unchanged),
    };
    if dry_run {
        println!("{}", lang.format(&report::dry_run_summary(counts)));
        return ExitCode::SUCCESS;
    }
    if let Err(e) = import::commit(root, &plan) {
        let detail = thidua::i18n::format_error(lang, &e);
        eprintln!("{}", lang.format(&report::failed(detail)));
        return ExitCode::from(1);
    }
    let millis = started.elapsed().as_millis();
    println!("{}", lang.format(&report::done_summary(counts, millis)));
    ExitCode::SUCCESS
}

/// One line per entry of an import, in the editor's language.
fn describe(p: &import::Planned, dry_run: bool, lang: thidua::i18n::Lang) -> String {
    lang.format(&import::report::entry_line(p, dry_run))
}
