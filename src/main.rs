//! The `thidua` command line: `build`, `check`, `init`, `explain`, and the
//! editors' `serve`, `new` and `import`.
//!
//! Everything it says is in the person's language (`--lang`, `THIDUA_LANG`,
//! Vietnamese by default), `--help` and usage errors included: the clap
//! derive below parses, and [`help`] rewrites its texts from the catalogue
//! (the doc comments are for readers of this file only).

#![forbid(unsafe_code)]

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};

use thidua::build::unchanged;
use thidua::build::{self, BuildError, BuildOptions};
use thidua::diagnostic::Diagnostics;
use thidua::i18n::{Arg, Catalogue, Lang, Message};
use thidua::import::{self, Change, ImportError, ImportOptions};
use thidua::model::Section;
use thidua::model::exemplar::Subject;
use thidua::msg;
use thidua::output::{StagedDir, check_output, check_root, remove_leftovers};
use thidua::progress::{self, Counter, CountingSink, Labels};
use thidua::source::DiskFs;

/// mimalloc instead of the platform's allocator: a build makes millions of
/// small allocations (entries, page values, index postings), and glibc's
/// `malloc` spent a growing share of a large site's build in its own
/// bookkeeping. Built with `no_thp` (Cargo.toml): huge pages made the kernel
/// clear 2 MiB at every first touch (bench/README, "The allocator").
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Build a static portal for emulation and commendation (thi đua – khen
/// thưởng) from Markdown files.
#[derive(Parser)]
#[command(name = "thidua", version)]
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
        #[arg(long, value_name = "URL", value_parser = help::base_url_parser(Lang::En))]
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
        #[arg(long, default_value_t = 1111, value_parser = help::port_parser(Lang::En))]
        port: u16,
        /// Address to listen on (0.0.0.0 to let other machines on the network see it).
        #[arg(long, default_value = "127.0.0.1", value_name = "ADDR", value_parser = help::ip_parser(Lang::En))]
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
    /// Explain an error code (such as T0203); without one, list every code.
    Explain {
        /// The code, as printed in brackets: error[T0203].
        code: Option<String>,
    },
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
    Decision,
    Nomination,
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
            EntryType::Decision => Section::Decisions,
            EntryType::Nomination => Section::Nominations,
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
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = help::day_parser(Lang::En))]
    today: Option<NaiveDate>,
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
    let args: Vec<OsString> = std::env::args_os().collect();
    let lang = Lang::from_args_and_env(&args);
    let cli = match help::parse(lang, help::help_word_as_flag(args)) {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    match cli.command {
        Command::Build {
            root,
            output,
            base_url,
            publish,
        } => run_build(lang, &root, output, publish.options(base_url)),
        Command::Check { root, publish } => run_check(lang, &root, publish.options(None)),
        Command::Serve {
            root,
            port,
            bind,
            publish,
        } => {
            if let Err(d) = thidua::output::check_root(&root) {
                eprintln!("{}", d.render(lang));
                return ExitCode::from(1);
            }
            let opts = thidua::serve::ServeOptions {
                root,
                bind,
                port,
                build: publish.options(None),
                lang,
            };
            match thidua::serve::run(&opts) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => fail_in(lang, &e),
            }
        }
        Command::Init { dir } => run_init(lang, &dir),
        Command::New {
            kind,
            title,
            root,
            slug,
        } => run_new(lang, &root, kind, title, slug),
        Command::Import(args) => {
            let (root, dry_run) = (args.root.clone(), args.dry_run);
            match args.options() {
                Ok(opts) => run_import(&root, &opts, dry_run, lang),
                Err(e) => {
                    eprintln!("{}", lang.format(&msg!("cli-error-line", text = e)));
                    ExitCode::from(2)
                }
            }
        }
        Command::Explain { code } => run_explain(lang, code.as_deref()),
    }
}

/// Diagnostics on standard error, in `lang`.
fn report_diagnostics(lang: Lang, d: &Diagnostics) {
    eprint!("{}", d.render(lang));
}

/// An operational error, in `lang`: exit code 1.
fn fail_in(lang: Lang, e: &anyhow::Error) -> ExitCode {
    let text = thidua::i18n::format_error(lang, e);
    eprintln!("{}", lang.format(&msg!("cli-error-line", text = text)));
    ExitCode::from(1)
}

/// Milliseconds for the printed lines.
fn millis(d: std::time::Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

fn run_build(lang: Lang, root: &Path, output: Option<PathBuf>, opts: BuildOptions) -> ExitCode {
    let started = Instant::now();
    let output = output.unwrap_or_else(|| root.join("public"));
    // Before anything is read or written: the root exists, and the output
    // may be replaced (not a file, not the site, not a folder the build reads).
    if let Err(d) = check_root(root).and_then(|()| check_output(&output, root)) {
        eprintln!("{}", d.render(lang));
        eprintln!("{}", lang.tr("output-refused-nothing-written"));
        return ExitCode::from(1);
    }
    let inputs = unchanged::Inputs::of(root, &output, &opts, &format!("{lang:?}"));
    if let Some(last) = inputs.and_then(|i| unchanged::nothing_changed(root, &output, i)) {
        // Nothing to build; what killed builds left beside the output still goes.
        remove_leftovers(&output);
        eprint!("{}", last.printed.warnings);
        println!(
            "{}",
            lang.format(&built_line(&last.printed, &output, started))
        );
        println!(
            "{}",
            lang.format(&msg!("cli-built-unchanged", output = &output))
        );
        return ExitCode::SUCCESS;
    }
    let fs = DiskFs::new(root);
    let staged = match StagedDir::new(&output, root) {
        Ok(s) => s,
        Err(e) => return fail_in(lang, &e),
    };
    let counter = Counter::new();
    let sink = CountingSink::new(&staged, &counter);
    let result = progress::with_progress(&counter, build_labels(lang), || {
        build::build(&fs, &opts, &sink)
    });
    match result {
        Ok(summary) => {
            report_diagnostics(lang, &summary.warnings);
            let previous = match staged.commit_keeping_previous() {
                Ok(previous) => previous,
                Err(e) => return fail_in(lang, &e),
            };
            let printed = unchanged::Printed {
                pages: summary.pages,
                entries: summary.entries,
                files: summary.files,
                warning_count: summary.warnings.warning_count(),
                warnings: summary.warnings.render(lang),
                // The entries left out (drafts, scheduled) and unfinished
                // drafts, as a clause of the result line.
                left_out: thidua::audit::build_left_out(&summary).map(|m| lang.format(&m)),
            };
            // Only a build that swapped a whole new tree in (the first one of
            // this version, or after an interrupted update) has a previous
            // tree: it goes before the result line, whose time is the whole
            // command's (a build stopped here leaves it to the next one).
            if let Some(previous) = previous {
                let _ = std::fs::remove_dir_all(previous);
            }
            println!("{}", lang.format(&built_line(&printed, &output, started)));
            if let Some(inputs) = inputs {
                unchanged::remember(root, &output, inputs, printed);
            }
            ExitCode::SUCCESS
        }
        Err(BuildError::Content(d)) => {
            report_diagnostics(lang, &d);
            let line = msg!(
                "cli-build-failed",
                errors = d.error_count(),
                warnings = d.warning_count(),
                output = &output
            );
            eprintln!("{}", lang.format(&line));
            ExitCode::from(1)
        }
        Err(BuildError::Io(e)) => fail_in(lang, &e),
    }
}

/// "Built N pages from M entries…": `ms` is the whole command until the
/// site is in place.
fn built_line(p: &unchanged::Printed, output: &Path, started: Instant) -> Message {
    msg!(
        "cli-built",
        pages = p.pages,
        entries = p.entries,
        files = p.files,
        output = output,
        ms = millis(started.elapsed()),
        warnings = p.warning_count,
        has_left_out = if p.left_out.is_some() { "yes" } else { "no" },
        left_out = Arg::Text(p.left_out.clone().unwrap_or_default()),
    )
}

fn run_check(lang: Lang, root: &Path, opts: BuildOptions) -> ExitCode {
    if let Err(d) = check_root(root) {
        eprintln!("{}", d.render(lang));
        return ExitCode::from(1);
    }
    let fs = DiskFs::new(root);
    let counter = Counter::new();
    let result = progress::with_progress(&counter, build_labels(lang), || {
        thidua::audit::check(&fs, &opts, &counter)
    });
    match result {
        Ok(report) => {
            report_diagnostics(lang, &report.diagnostics);
            let line = report.summary_in(lang);
            if report.passed() {
                println!("{line}");
                ExitCode::SUCCESS
            } else {
                eprintln!("{line}");
                ExitCode::from(1)
            }
        }
        Err(e) => fail_in(lang, &e),
    }
}

/// The progress bar's words while a site is read and rendered.
fn build_labels(lang: Lang) -> Labels {
    Labels::translated(
        lang,
        &msg!("cli-progress-reading"),
        &msg!("cli-progress-rendering"),
        &msg!("cli-progress-files"),
    )
}

fn run_init(lang: Lang, dir: &Path) -> ExitCode {
    match thidua::init::create(dir) {
        Ok(()) => {
            println!("{}", lang.format(&msg!("cli-init-created", dir = dir)));
            let guide = dir.join(thidua::init::GUIDE_FILE);
            println!("{}", lang.format(&msg!("cli-init-guide", guide = guide)));
            ExitCode::SUCCESS
        }
        Err(e) => fail_in(lang, &e),
    }
}

fn run_new(
    lang: Lang,
    root: &Path,
    kind: EntryType,
    title: String,
    slug: Option<String>,
) -> ExitCode {
    let new = thidua::scaffold::NewEntry {
        section: kind.section(),
        title,
        slug,
        today: build::build_date(&BuildOptions::default()),
    };
    match thidua::scaffold::create(root, &new) {
        Ok(path) => {
            if root == Path::new(".") {
                println!("{}", thidua::diagnostic::display_path(&path));
            } else {
                println!("{}", root.join(path).display());
            }
            println!("{}", lang.tr("cli-new-draft"));
            ExitCode::SUCCESS
        }
        Err(e) => fail_in(lang, &e),
    }
}

/// Every code with an explanation (`explain-T0203`) in the catalogue,
/// sorted: the codes of all areas.
fn explained_codes(lang: Lang) -> Vec<&'static str> {
    let mut codes: Vec<&'static str> = Catalogue::get(lang)
        .ids()
        .iter()
        .filter_map(|id| id.strip_prefix("explain-"))
        .filter(|code| thidua::i18n::code_of(code) == Some(code))
        .collect();
    codes.sort_unstable();
    codes.dedup();
    codes
}

/// `thidua explain [CODE]`.
fn run_explain(lang: Lang, code: Option<&str>) -> ExitCode {
    let catalogue = Catalogue::get(lang);
    let codes = explained_codes(lang);
    let title = |code: &str| {
        catalogue
            .attribute(&format!("explain-{code}"), "title")
            .unwrap_or_default()
    };
    // Written without `println!`, which panics when the reader of a pipe
    // (`thidua explain | more`) goes away first.
    let mut out = std::io::stdout().lock();
    let Some(asked) = code else {
        if codes.is_empty() {
            let _ = writeln!(out, "{}", lang.tr("cli-explain-none"));
            return ExitCode::SUCCESS;
        }
        let _ = writeln!(out, "{}", lang.tr("cli-explain-list"));
        for code in codes {
            let _ = writeln!(out, "  {code}  {}", title(code));
        }
        return ExitCode::SUCCESS;
    };
    let wanted = asked.trim().to_uppercase();
    let Some(id) = catalogue
        .ids()
        .iter()
        .map(String::as_str)
        .find(|id| id.strip_prefix("explain-") == Some(wanted.as_str()))
    else {
        let error = msg!("cli-explain-unknown", code = asked.trim());
        eprintln!("{}", lang.format(&msg!("cli-error-line", text = error)));
        eprintln!(
            "  {}: {}",
            lang.tr("cli-usage-hint"),
            lang.tr("cli-explain-unknown-help")
        );
        return ExitCode::from(2);
    };
    let body = lang.format(&Message::new(id));
    let _ = writeln!(out, "{wanted}: {}\n\n{body}", title(&wanted));
    ExitCode::SUCCESS
}

/// The command line in the person's language: `--help` (headings, every
/// command's and option's text, defaults), the value checks of options, and
/// usage errors (exit code 2), from the catalogue's `cli-` messages.
mod help {
    use std::ffi::OsString;
    use std::process::ExitCode;

    use chrono::NaiveDate;
    use clap::builder::ValueParser;
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    use clap::{Arg, ArgAction, CommandFactory, FromArgMatches};
    use thidua::i18n::Lang;
    use thidua::msg;

    use super::Cli;

    /// The id of the global `--lang` option.
    const LANG_ARG: &str = "lang";

    /// `--today`: a day, YYYY-MM-DD.
    pub fn day_parser(lang: Lang) -> ValueParser {
        ValueParser::new(move |s: &str| {
            NaiveDate::parse_from_str(s, "%Y-%m-%d")
                .map_err(|_| lang.format(&msg!("cli-value-not-a-date", value = s)))
        })
    }

    /// `--port`.
    pub fn port_parser(lang: Lang) -> ValueParser {
        ValueParser::new(move |s: &str| {
            s.parse::<u16>()
                .map_err(|_| lang.format(&msg!("cli-value-not-a-port", value = s)))
        })
    }

    /// `--bind`.
    pub fn ip_parser(lang: Lang) -> ValueParser {
        ValueParser::new(move |s: &str| {
            s.parse::<std::net::IpAddr>()
                .map_err(|_| lang.format(&msg!("cli-value-not-an-ip", value = s)))
        })
    }

    /// `--base-url`: checked like `base_url` in thidua.yaml.
    pub fn base_url_parser(lang: Lang) -> ValueParser {
        ValueParser::new(move |s: &str| {
            thidua::config::check_base_url(s, "--base-url")
                .map(|()| s.to_owned())
                .map_err(|m| lang.format(&m))
        })
    }

    /// `--lang` (already read by [`Lang::from_args_and_env`]; checked here).
    fn lang_parser(lang: Lang) -> ValueParser {
        ValueParser::new(move |s: &str| {
            Lang::parse(s)
                .map(|l| l.code().to_owned())
                .ok_or_else(|| lang.format(&msg!("cli-value-not-a-lang", value = s)))
        })
    }

    /// A catalogue text for clap's names and headings, which take only
    /// `&'static str` (without clap's `string` feature). The command line
    /// is built once per run, so these few short texts live as long as the
    /// process anyway.
    fn fixed(lang: Lang, id: &'static str) -> &'static str {
        Box::leak(lang.tr(id).into_boxed_str())
    }

    /// The ids of a command's short and long description.
    fn about_ids(command: &str) -> Option<(&'static str, Option<&'static str>)> {
        Some(match command {
            "" => ("cli-about", None),
            "build" => ("cli-build-about", Some("cli-build-long-about")),
            "check" => ("cli-check-about", None),
            "serve" => ("cli-serve-about", Some("cli-serve-long-about")),
            "init" => ("cli-init-about", None),
            "new" => ("cli-new-about", Some("cli-new-long-about")),
            "import" => ("cli-import-about", Some("cli-import-long-about")),
            "explain" => ("cli-explain-about", Some("cli-explain-long-about")),
            _ => return None,
        })
    }

    /// The ids of an option's help and of its value's name (`<thư-mục>`),
    /// by command and clap id.
    fn arg_ids(command: &str, arg: &str) -> Option<(&'static str, Option<&'static str>)> {
        Some(match (command, arg) {
            (_, LANG_ARG) => ("cli-opt-lang", Some("cli-value-lang")),
            (_, "help") => ("cli-opt-help", None),
            (_, "version") => ("cli-opt-version", None),
            (_, "root") => ("cli-opt-root", Some("cli-value-dir")),
            (_, "drafts") => ("cli-opt-drafts", None),
            (_, "future") => ("cli-opt-future", None),
            (_, "today") => ("cli-opt-today", None),
            ("build", "output") => ("cli-opt-output", Some("cli-value-dir")),
            ("build", "base_url") => ("cli-opt-base-url", Some("cli-value-url")),
            ("serve", "port") => ("cli-opt-port", Some("cli-value-port")),
            ("serve", "bind") => ("cli-opt-bind", Some("cli-value-addr")),
            ("init", "dir") => ("cli-opt-init-dir", Some("cli-value-dir")),
            ("new", "kind") => ("cli-opt-new-kind", Some("cli-value-type")),
            ("new", "title") => ("cli-opt-new-title", Some("cli-value-title")),
            ("new", "slug") => ("cli-opt-new-slug", Some("cli-value-slug")),
            ("explain", "code") => ("cli-opt-explain-code", Some("cli-value-code")),
            ("import", "file") => ("cli-opt-import-file", Some("cli-value-file")),
            ("import", "as_section") => ("cli-opt-import-as", Some("cli-value-section")),
            ("import", "campaign") => ("cli-opt-import-campaign", Some("cli-value-slug")),
            ("import", "award") => ("cli-opt-import-award", Some("cli-value-award")),
            ("import", "decision") => ("cli-opt-import-decision", Some("cli-value-number")),
            ("import", "date") => ("cli-opt-import-date", Some("cli-value-date")),
            ("import", "authority") => ("cli-opt-import-authority", Some("cli-value-authority")),
            ("import", "locality") => ("cli-opt-import-locality", Some("cli-value-locality")),
            ("import", "subject") => ("cli-opt-import-subject", Some("cli-value-subject")),
            ("import", "map") => ("cli-opt-import-map", Some("cli-value-map")),
            ("import", "sheet") => ("cli-opt-import-sheet", Some("cli-value-sheet")),
            ("import", "encoding") => ("cli-opt-import-encoding", Some("cli-value-encoding")),
            ("import", "dry_run") => ("cli-opt-import-dry-run", None),
            ("import", "merge_similar") => ("cli-opt-import-merge-similar", None),
            ("import", "create_similar") => ("cli-opt-import-create-similar", None),
            _ => return None,
        })
    }

    /// `thidua help [COMMAND]` means `thidua [COMMAND] --help` (clap's own
    /// `help` command is turned off: its texts cannot be translated).
    pub fn help_word_as_flag(mut args: Vec<OsString>) -> Vec<OsString> {
        let mut i = 1;
        while let Some(a) = args.get(i) {
            if a == "--lang" {
                i += 2;
            } else if a.to_string_lossy().starts_with('-') {
                i += 1;
            } else {
                break;
            }
        }
        if args.get(i).is_some_and(|a| a == "help") {
            args.remove(i);
            args.push("--help".into());
        }
        args
    }

    /// The whole command line, every text in `lang`.
    pub fn command(lang: Lang) -> clap::Command {
        let root = localize(Cli::command(), lang, "")
            .mut_subcommands(|sub| {
                let name = sub.get_name().to_owned();
                localize(sub, lang, &name)
            })
            .arg(
                Arg::new(LANG_ARG)
                    .long("lang")
                    .global(true)
                    .value_parser(lang_parser(lang))
                    .value_name(fixed(lang, "cli-value-lang"))
                    .help(lang.tr("cli-opt-lang"))
                    .help_heading(fixed(lang, "cli-heading-options"))
                    .display_order(900),
            )
            .arg(
                Arg::new("version")
                    .short('V')
                    .long("version")
                    .action(ArgAction::Version)
                    .help(lang.tr("cli-opt-version"))
                    .help_heading(fixed(lang, "cli-heading-options"))
                    .display_order(1000),
            )
            .disable_version_flag(true)
            .disable_help_subcommand(true)
            .subcommand_help_heading(fixed(lang, "cli-heading-commands"))
            .subcommand_value_name(fixed(lang, "cli-usage-command"))
            .after_help(lang.tr("cli-after-help"));
        root.override_usage(root_usage(lang))
    }

    /// One command's texts: description, options, headings, usage line.
    fn localize(cmd: clap::Command, lang: Lang, name: &str) -> clap::Command {
        let mut cmd = match about_ids(name) {
            Some((about, Some(long))) => cmd.about(lang.tr(about)).long_about(lang.tr(long)),
            Some((about, None)) => cmd.about(lang.tr(about)).long_about(None),
            None => cmd,
        };
        cmd = cmd.mut_args(|arg| localize_arg(arg, lang, name));
        cmd = cmd.disable_help_flag(true).arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(lang.tr("cli-opt-help"))
                .help_heading(fixed(lang, "cli-heading-options"))
                .display_order(999),
        );
        let template = format!(
            "{{before-help}}{{about-with-newline}}\n{}{}:{} {{usage}}\n\n{{all-args}}{{after-help}}",
            cmd.get_styles().get_usage().render(),
            lang.tr("cli-heading-usage"),
            cmd.get_styles().get_usage().render_reset(),
        );
        cmd = cmd.help_template(template);
        if name.is_empty() {
            return cmd;
        }
        let usage = usage_line(&cmd, lang, name);
        cmd.override_usage(usage)
    }

    fn localize_arg(arg: Arg, lang: Lang, command: &str) -> Arg {
        let id = arg.get_id().as_str().to_owned();
        let Some((help, value)) = arg_ids(command, &id) else {
            return arg;
        };
        let mut text = lang.tr(help);
        let defaults: Vec<String> = arg
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect();
        if !defaults.is_empty() {
            text.push(' ');
            text.push_str(&lang.format(&msg!("cli-help-default", value = defaults.join(" "))));
        }
        let heading = if arg.is_positional() {
            "cli-heading-arguments"
        } else {
            "cli-heading-options"
        };
        let takes_value = arg.get_action().takes_values();
        let mut arg = arg
            .help(text)
            .long_help(None)
            .help_heading(fixed(lang, heading));
        if takes_value {
            // Shown in `lang` by the help text itself.
            arg = arg.hide_default_value(true).hide_possible_values(true);
        }
        if let Some(value) = value {
            arg = arg.value_name(fixed(lang, value));
        }
        match id.as_str() {
            "today" => arg.value_parser(day_parser(lang)),
            "port" => arg.value_parser(port_parser(lang)),
            "bind" => arg.value_parser(ip_parser(lang)),
            "base_url" => arg.value_parser(base_url_parser(lang)),
            _ => arg,
        }
    }

    /// `thidua new [tùy-chọn] <loại> <tiêu-đề>`: the command, then its
    /// required options, then its positionals.
    fn usage_line(cmd: &clap::Command, lang: Lang, name: &str) -> String {
        let mut parts = vec![
            "thidua".to_owned(),
            name.to_owned(),
            format!("[{}]", lang.tr("cli-usage-options")),
        ];
        let value = |a: &Arg| {
            a.get_value_names()
                .and_then(|v| v.first())
                .map(|v| v.to_string())
                .unwrap_or_else(|| a.get_id().to_string())
        };
        for arg in cmd.get_arguments().filter(|a| !a.is_positional()) {
            if let (true, Some(long)) = (arg.is_required_set(), arg.get_long()) {
                parts.push(format!("--{long} <{}>", value(arg)));
            }
        }
        for arg in cmd.get_positionals() {
            if arg.is_required_set() {
                parts.push(format!("<{}>", value(arg)));
            } else {
                parts.push(format!("[{}]", value(arg)));
            }
        }
        parts.join(" ")
    }

    /// Parse the command line; on `--help`, `--version` or a usage error,
    /// print it (in `lang`) and return the exit code.
    pub fn parse(lang: Lang, args: Vec<OsString>) -> Result<Cli, ExitCode> {
        let cmd = command(lang);
        let usage = usage_for(&cmd, lang, &args);
        let matches = cmd
            .try_get_matches_from(args)
            .map_err(|e| report(lang, &e, &usage))?;
        Cli::from_arg_matches(&matches).map_err(|e| report(lang, &e, &usage))
    }

    /// The usage line of the command named in `args` (the first word that
    /// is a command's name), else of `thidua` itself.
    fn usage_for(cmd: &clap::Command, lang: Lang, args: &[OsString]) -> (String, String) {
        let named = args.iter().skip(1).find_map(|a| {
            let a = a.to_str()?;
            cmd.find_subcommand(a).map(|sub| (a, sub))
        });
        match named {
            Some((name, sub)) => (usage_line(sub, lang, name), format!("thidua {name}")),
            None => (root_usage(lang), "thidua".to_owned()),
        }
    }

    fn root_usage(lang: Lang) -> String {
        format!(
            "thidua [{}] <{}>",
            lang.tr("cli-usage-options"),
            lang.tr("cli-usage-command")
        )
    }

    fn text(e: &clap::Error, kind: ContextKind) -> Option<String> {
        match e.get(kind)? {
            ContextValue::String(s) => Some(s.clone()),
            ContextValue::Strings(v) if !v.is_empty() => Some(v.join(", ")),
            ContextValue::StyledStr(s) => Some(s.to_string()),
            _ => None,
        }
    }

    fn quoted_list(e: &clap::Error, kind: ContextKind) -> Option<String> {
        match e.get(kind)? {
            ContextValue::String(s) => Some(format!("`{s}`")),
            ContextValue::Strings(v) if !v.is_empty() => Some(
                v.iter()
                    .map(|s| format!("`{s}`"))
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            _ => None,
        }
    }

    /// What a usage error says, in `lang`: the problem and hints; `None`
    /// for the rare kinds left to clap's own words.
    pub fn usage_error_lines(lang: Lang, e: &clap::Error) -> Option<(String, Vec<String>)> {
        let arg = text(e, ContextKind::InvalidArg).unwrap_or_default();
        let mut hints = Vec::new();
        let mut suggest = |kind| {
            if let Some(s) = text(e, kind) {
                hints.push(lang.format(&msg!("cli-usage-did-you-mean", suggestion = s)));
            }
        };
        let problem = match e.kind() {
            ErrorKind::UnknownArgument if arg.starts_with('-') => {
                suggest(ContextKind::SuggestedArg);
                msg!("cli-usage-unknown-option", arg = arg.as_str())
            }
            ErrorKind::UnknownArgument => {
                hints.push(lang.tr("cli-usage-unexpected-help"));
                msg!("cli-usage-unexpected", arg = arg.as_str())
            }
            ErrorKind::InvalidValue => {
                let value = text(e, ContextKind::InvalidValue).unwrap_or_default();
                suggest(ContextKind::SuggestedValue);
                if let Some(values) = text(e, ContextKind::ValidValue) {
                    hints.push(lang.format(&msg!("cli-usage-possible-values", values = values)));
                }
                if value.is_empty() {
                    msg!("cli-usage-missing-value", arg = arg.as_str())
                } else {
                    msg!("cli-usage-invalid-value", value = value, arg = arg.as_str())
                }
            }
            ErrorKind::ValueValidation => {
                let reason = std::error::Error::source(e)
                    .map(|s| s.to_string())
                    .unwrap_or_default();
                msg!("cli-usage-bad-value", arg = arg.as_str(), reason = reason)
            }
            ErrorKind::MissingRequiredArgument => {
                let args = quoted_list(e, ContextKind::InvalidArg).unwrap_or_default();
                msg!("cli-usage-missing", args = args)
            }
            ErrorKind::InvalidSubcommand => {
                let command = text(e, ContextKind::InvalidSubcommand).unwrap_or_default();
                suggest(ContextKind::SuggestedSubcommand);
                hints.push(lang.format(&msg!("cli-usage-commands", commands = command_names())));
                msg!("cli-usage-unknown-command", command = command)
            }
            ErrorKind::MissingSubcommand => {
                hints.push(lang.format(&msg!("cli-usage-commands", commands = command_names())));
                msg!("cli-usage-no-command")
            }
            ErrorKind::ArgumentConflict => {
                let other = quoted_list(e, ContextKind::PriorArg).unwrap_or_default();
                msg!("cli-usage-conflict", arg = arg.as_str(), other = other)
            }
            _ => return None,
        };
        Some((lang.format(&problem), hints))
    }

    fn command_names() -> String {
        Cli::command()
            .get_subcommands()
            .map(|c| c.get_name().to_owned())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Print `e` (help, version or a usage error) and give its exit code.
    fn report(lang: Lang, e: &clap::Error, (usage, command): &(String, String)) -> ExitCode {
        let code = ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
        let Some((problem, hints)) = usage_error_lines(lang, e) else {
            // Help, version, and rare errors: clap's rendering (the help is
            // already in `lang`).
            let _ = e.print();
            return code;
        };
        eprintln!("{}", lang.format(&msg!("cli-error-line", text = problem)));
        for hint in hints {
            eprintln!("  {}: {hint}", lang.tr("cli-usage-hint"));
        }
        eprintln!();
        eprintln!("{}", lang.format(&msg!("cli-usage-line", usage = usage)));
        eprintln!(
            "{}",
            lang.format(&msg!("cli-usage-more", command = command))
        );
        code
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        /// Every option of every command has a text in the catalogue, so no
        /// doc comment (English) shows in `--help`.
        #[test]
        fn every_command_and_option_has_catalogue_texts() {
            let root = Cli::command();
            let mut missing = Vec::new();
            let mut all = vec![("".to_owned(), root.clone())];
            all.extend(
                root.get_subcommands()
                    .map(|c| (c.get_name().to_owned(), c.clone())),
            );
            for (name, cmd) in all {
                let Some((about, long)) = about_ids(&name) else {
                    missing.push(format!("about of `{name}`"));
                    continue;
                };
                let mut ids = vec![about];
                ids.extend(long);
                for arg in cmd.get_arguments() {
                    match arg_ids(&name, arg.get_id().as_str()) {
                        Some((help, value)) => {
                            ids.push(help);
                            ids.extend(value);
                        }
                        None => missing.push(format!("`{name} {}`", arg.get_id())),
                    }
                }
                for lang in Lang::ALL {
                    for id in &ids {
                        if !thidua::i18n::Catalogue::get(lang).has(id) {
                            missing.push(format!("{lang:?}: {id}"));
                        }
                    }
                }
            }
            assert!(missing.is_empty(), "{missing:#?}");
        }

        #[test]
        fn summary_lines_in_both_languages() {
            let built = |warnings: usize, left_out: Option<thidua::i18n::Message>| {
                msg!(
                    "cli-built",
                    pages = 1,
                    entries = 2,
                    files = 3,
                    output = "public",
                    ms = 4,
                    warnings = warnings,
                    has_left_out = if left_out.is_some() { "yes" } else { "no" },
                    left_out = left_out.map_or(thidua::i18n::Arg::Text(String::new()), Into::into),
                )
            };
            assert_eq!(
                Lang::En.format(&built(0, None)),
                "Built 1 page from 2 entries (3 files) into public in 4 ms"
            );
            assert_eq!(
                Lang::En.format(&built(1, None)),
                "Built 1 page from 2 entries (3 files) into public in 4 ms; 1 warning (see above)"
            );
            assert_eq!(
                Lang::Vi.format(&built(2, None)),
                "Đã dựng xong 1 trang từ 2 mục (3 tệp) vào public, mất 4 ms; có 2 cảnh báo (xem ở trên)."
            );
            assert_eq!(
                Lang::Vi.format(&built(0, Some(msg!("cli-progress-files")))),
                "Đã dựng xong 1 trang từ 2 mục (3 tệp) vào public, mất 4 ms; tệp."
            );
            let rebuilt = msg!(
                "cli-serve-rebuilt",
                first = "no",
                ms = 9,
                pages_ms = 5,
                rendered = 1,
                pages = 20,
                changed = 1,
                removed = 0,
                deferred = "yes",
            );
            assert_eq!(
                Lang::En.format(&rebuilt),
                "Rebuilt in 9 ms (pages ready in 5 ms): 1 of 20 pages rendered, 1 file changed, 0 removed; feeds, sitemap and search index wait for the next changes"
            );
            assert_eq!(
                Lang::Vi.format(&rebuilt),
                "Đã dựng lại trong 9 ms (các trang xong sau 5 ms): dựng 1 trong số 20 trang, 1 tệp thay đổi, 0 tệp bị xóa; bản tin (feed), sơ đồ trang (sitemap) và chỉ mục tìm kiếm sẽ được cập nhật ở lần lưu tiếp theo"
            );
        }

        #[test]
        fn the_help_word_becomes_the_help_flag() {
            let args = |v: &[&str]| v.iter().map(OsString::from).collect::<Vec<_>>();
            assert_eq!(
                help_word_as_flag(args(&["thidua", "--lang", "en", "help", "new"])),
                args(&["thidua", "--lang", "en", "new", "--help"])
            );
            assert_eq!(
                help_word_as_flag(args(&["thidua", "new", "news", "help"])),
                args(&["thidua", "new", "news", "help"])
            );
        }

        #[test]
        fn the_command_line_is_consistent_in_both_languages() {
            for lang in Lang::ALL {
                command(lang).debug_assert();
            }
        }

        #[test]
        fn usage_errors_are_translated() {
            let err = |lang, args: &[&str]| {
                let e = command(lang).try_get_matches_from(args).unwrap_err();
                usage_error_lines(lang, &e).unwrap()
            };
            let (problem, hints) = err(Lang::Vi, &["thidua", "build", "--rot", "x"]);
            assert_eq!(problem, "không có tùy chọn `--rot`");
            assert_eq!(hints, ["có phải ý bạn là `--root`?"]);
            let (problem, _) = err(Lang::En, &["thidua", "serve", "--port", "x"]);
            assert_eq!(
                problem,
                "`--port <PORT>`: `x` is not a port number (1 to 65535)"
            );
            let (problem, _) = err(Lang::Vi, &["thidua", "new", "news"]);
            assert_eq!(problem, "còn thiếu `<tiêu-đề>`");
            let (problem, hints) = err(Lang::Vi, &["thidua", "buidl"]);
            assert_eq!(problem, "không có lệnh `buidl`");
            assert_eq!(hints[0], "có phải ý bạn là `build`?");
            let (problem, hints) = err(Lang::Vi, &["thidua", "new", "poem", "x"]);
            assert_eq!(
                problem,
                "`poem` không phải là giá trị dùng được cho `<loại>`"
            );
            assert!(
                hints.iter().any(|h| h.contains("exemplar, campaign")),
                "{hints:?}"
            );
        }
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
