//! The `thidua` command line: `build`, `check` and `init`.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand};

use thidua::build::{self, BuildError, BuildOptions};
use thidua::diagnostic::Diagnostics;
use thidua::output::StagedDir;
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
    /// Create a new site in DIR that builds at once.
    Init {
        /// Folder for the new site (must not exist, or be empty).
        dir: PathBuf,
    },
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
    }
}

fn print_diagnostics(d: &Diagnostics) {
    eprint!("{}", d.render());
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

fn run_build(root: &std::path::Path, output: Option<PathBuf>, opts: BuildOptions) -> ExitCode {
    let output = output.unwrap_or_else(|| root.join("public"));
    let fs = DiskFs::new(root);
    let staged = match StagedDir::new(&output, root) {
        Ok(s) => s,
        Err(e) => return fail(&e),
    };
    match build::build(&fs, &opts, &staged) {
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

fn run_check(root: &std::path::Path, opts: BuildOptions) -> ExitCode {
    let fs = DiskFs::new(root);
    let result = build::build(&fs, &opts, &build::Discard);
    match result {
        Ok(summary) => {
            print_diagnostics(&summary.warnings);
            println!(
                "{} entries, {}",
                summary.entries,
                summary_line(&summary.warnings)
            );
            ExitCode::SUCCESS
        }
        Err(BuildError::Content(d)) => {
            print_diagnostics(&d);
            eprintln!("{}", summary_line(&d));
            ExitCode::from(1)
        }
        Err(BuildError::Io(e)) => fail(&e),
    }
}
