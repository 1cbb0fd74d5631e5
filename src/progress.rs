//! Progress of long commands (`build`, `check`, `import`) on a terminal.
//!
//! The work itself only counts: a [`Counter`] of atomics that parallel
//! (rayon) code advances, for instance through [`CountingSink`], which counts
//! the files handed to an [`OutputSink`]. [`with_progress`] runs the work on
//! the calling thread while a scoped thread polls the counter and, if the
//! work is still running after [`DELAY`], draws an `indicatif` bar on
//! standard error. Nothing is drawn when standard output or standard error
//! is not a terminal or when `CI` is set, so logs stay clean. No global state.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::i18n::{Lang, Message};
use crate::output::{OutputFile, OutputSink};

/// How long a command runs before its progress bar appears.
pub const DELAY: Duration = Duration::from_secs(1);

/// How often the bar is redrawn.
const TICK: Duration = Duration::from_millis(100);

/// Work done so far and work expected, shared between threads.
#[derive(Debug, Default)]
pub struct Counter {
    done: AtomicUsize,
    total: AtomicUsize,
}

impl Counter {
    pub fn new() -> Self {
        Self::default()
    }

    /// `n` more steps are expected.
    pub fn add_total(&self, n: usize) {
        self.total.fetch_add(n, Ordering::Relaxed);
    }

    /// `n` steps are done.
    pub fn advance(&self, n: usize) {
        self.done.fetch_add(n, Ordering::Relaxed);
    }

    /// (done, total); total is 0 while it is not known yet.
    pub fn snapshot(&self) -> (usize, usize) {
        (
            self.done.load(Ordering::Relaxed),
            self.total.load(Ordering::Relaxed),
        )
    }
}

/// Counts the files written through another sink.
pub struct CountingSink<'a> {
    inner: &'a dyn OutputSink,
    counter: &'a Counter,
}

impl<'a> CountingSink<'a> {
    pub fn new(inner: &'a dyn OutputSink, counter: &'a Counter) -> Self {
        CountingSink { inner, counter }
    }
}

impl OutputSink for CountingSink<'_> {
    fn write(&self, file: OutputFile) -> anyhow::Result<()> {
        self.inner.write(file)?;
        self.counter.advance(1);
        Ok(())
    }

    fn expect(&self, count: usize) {
        self.counter.add_total(count);
        self.inner.expect(count);
    }
}

/// What the bar says: before the total is known (`waiting`, a spinner) and
/// after (`working`, a bar counting `unit`s). The texts are already in the
/// person's language: see [`Labels::translated`].
#[derive(Debug, Clone)]
pub struct Labels<S = String> {
    pub waiting: S,
    pub working: S,
    pub unit: S,
}

impl Labels<String> {
    /// Labels from three catalogue messages, in `lang`.
    pub fn translated(lang: Lang, waiting: &Message, working: &Message, unit: &Message) -> Self {
        Labels {
            waiting: lang.format(waiting),
            working: lang.format(working),
            unit: lang.format(unit),
        }
    }
}

/// Whether a progress bar may be drawn: standard output and standard error
/// are both a terminal (not a log file or a pipe) and this is not a CI run.
pub fn enabled() -> bool {
    std::io::stderr().is_terminal() && std::io::stdout().is_terminal() && !in_ci()
}

fn in_ci() -> bool {
    std::env::var_os("CI").is_some_and(|v| !v.is_empty() && v != "false" && v != "0")
}

/// Run `work`, showing the progress of `counter` on the terminal if it
/// takes longer than [`DELAY`]. The bar is cleared before this returns, so
/// the caller's closing line stands alone.
pub fn with_progress<T, S: AsRef<str> + Send>(
    counter: &Counter,
    labels: Labels<S>,
    work: impl FnOnce() -> T,
) -> T {
    if !enabled() {
        return work();
    }
    std::thread::scope(|scope| {
        let (done, finished) = mpsc::channel::<()>();
        scope.spawn(move || show(counter, labels, &finished));
        let result = work();
        drop(done);
        result
    })
}

/// The polling thread: wait [`DELAY`], then redraw every [`TICK`] until the
/// work is finished (the sender is dropped).
fn show<S: AsRef<str>>(counter: &Counter, labels: Labels<S>, finished: &mpsc::Receiver<()>) {
    if finished.recv_timeout(DELAY) != Err(RecvTimeoutError::Timeout) {
        return;
    }
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    let mut known_total = false;
    bar.set_style(spinner_style());
    bar.set_message(labels.waiting.as_ref().to_owned());
    loop {
        let (done, total) = counter.snapshot();
        if total > 0 && !known_total {
            known_total = true;
            bar.set_style(bar_style(labels.unit.as_ref()));
            bar.set_message(labels.working.as_ref().to_owned());
        }
        if known_total {
            bar.set_length(total.max(done) as u64);
            bar.set_position(done as u64);
        } else {
            bar.tick();
        }
        if finished.recv_timeout(TICK) != Err(RecvTimeoutError::Timeout) {
            break;
        }
    }
    bar.finish_and_clear();
}

fn spinner_style() -> ProgressStyle {
    ProgressStyle::with_template("{spinner} {msg} ({elapsed})")
        .unwrap_or_else(|_| ProgressStyle::default_spinner())
}

fn bar_style(unit: &str) -> ProgressStyle {
    let template = format!("{{spinner}} {{msg}} [{{bar:30}}] {{pos}}/{{len}} {unit} ({{elapsed}})");
    ProgressStyle::with_template(&template)
        .map(|s| s.progress_chars("=> "))
        .unwrap_or_else(|_| ProgressStyle::default_bar())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::MemorySink;

    #[test]
    fn counting_sink_counts_and_passes_files_on() {
        let counter = Counter::new();
        let memory = MemorySink::new();
        let sink = CountingSink::new(&memory, &counter);
        sink.expect(2);
        sink.write(OutputFile::text("a.html", "a".into())).unwrap();
        sink.write(OutputFile::text("b.html", "b".into())).unwrap();
        assert_eq!(counter.snapshot(), (2, 2));
        assert_eq!(memory.into_files().len(), 2);
    }

    #[test]
    fn work_runs_and_returns_without_a_terminal() {
        let counter = Counter::new();
        let labels = Labels::translated(
            Lang::Vi,
            &crate::msg!("cli-progress-reading"),
            &crate::msg!("cli-progress-rendering"),
            &crate::msg!("cli-progress-files"),
        );
        assert_eq!(labels.unit, "tệp");
        let value = with_progress(&counter, labels, || {
            counter.add_total(1);
            counter.advance(1);
            42
        });
        assert_eq!(value, 42);
        assert_eq!(counter.snapshot(), (1, 1));
    }

    #[test]
    fn styles_parse() {
        let _ = spinner_style();
        let _ = bar_style("pages");
        assert!(
            ProgressStyle::with_template("{spinner} {msg} [{bar:30}] {pos}/{len} pages").is_ok()
        );
    }
}
