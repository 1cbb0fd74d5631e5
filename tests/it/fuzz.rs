//! Hardening: what an attacker or a careless user could feed the tool (a
//! YAML alias bomb, control characters in keys, links and file names), and
//! a seeded mutation fuzzer that drives `check` in-process over a small
//! fixture site: no input may panic, hang or exhaust memory.

use std::path::PathBuf;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use thidua::audit::CheckReport;
use thidua::diagnostic::Position;
use thidua::i18n::Lang;
use thidua::source::MemFs;

use crate::support::{check, fixture, options, repo};

/// 9 values, then 8 levels each repeating the level above 9 times: 9^9
/// (387 million) values once expanded, in 425 bytes.
fn alias_bomb() -> String {
    let mut text = String::from("a: &a [x,x,x,x,x,x,x,x,x]\n");
    for (prev, name) in ('a'..='h').zip('b'..='i') {
        let items = vec![format!("*{prev}"); 9].join(",");
        text.push_str(&format!("{name}: &{name} [{items}]\n"));
    }
    text
}

/// `check` of the minimal site with `path` set to `text`: the one T0113
/// diagnostic, found in under 2 seconds.
fn bomb_in(path: &str, text: String) -> (String, Option<Position>) {
    let mut fs = fixture("minimal");
    fs.insert(path, text.into_bytes());
    let started = Instant::now();
    let report = check(&fs, &options());
    let took = started.elapsed();
    assert!(took < Duration::from_secs(2), "{path}: took {took:?}");
    let d = report
        .diagnostics
        .iter()
        .find(|d| d.code() == Some("T0113"))
        .unwrap_or_else(|| {
            panic!(
                "{path}: no T0113 in\n{}",
                report.diagnostics.render(Lang::En)
            )
        });
    (d.render(Lang::En), d.position)
}

#[test]
fn an_alias_bomb_in_front_matter_is_reported_at_the_alias() {
    let bomb = alias_bomb();
    assert!(bomb.len() < 425);
    let (text, pos) = bomb_in(
        "content/news/bom.md",
        format!("---\n{bomb}title: Bom\ndate: 2024-01-01\n---\nTin.\n"),
    );
    // Line `e` is the 5th line of the front matter, the 6th of the file;
    // its first `*d` is where the copies would pass the bound.
    assert_eq!(pos, Some(Position::new(6, 8)));
    assert!(
        text.starts_with("content/news/bom.md:6:8: error[T0113]: the front matter repeats"),
        "{text}"
    );
}

#[test]
fn an_alias_bomb_in_thidua_yaml_is_reported_at_the_alias() {
    let config =
        std::fs::read_to_string(repo().join("tests/fixtures/minimal/thidua.yaml")).unwrap();
    let (text, pos) = bomb_in("thidua.yaml", format!("{}{config}", alias_bomb()));
    assert_eq!(pos, Some(Position::new(5, 8)));
    assert!(
        text.starts_with("thidua.yaml:5:8: error[T0113]: thidua.yaml repeats"),
        "{text}"
    );
}

#[test]
fn an_alias_bomb_in_a_data_file_is_reported_at_the_alias() {
    let (text, pos) = bomb_in("data/bom.yaml", alias_bomb());
    assert_eq!(pos, Some(Position::new(5, 8)));
    assert!(
        text.starts_with("data/bom.yaml:5:8: error[T0113]: the data file repeats"),
        "{text}"
    );
}

/// Every rendered line, in both languages, without a raw control character
/// (other than the line ends) and without a forged diagnostic line.
fn assert_escaped(report: &CheckReport, expect_escaped: &str) {
    for lang in Lang::ALL {
        let text = report.diagnostics.render(lang);
        assert!(
            !text.contains(|c: char| c.is_control() && c != '\n'),
            "raw control character in {text:?}"
        );
        for line in text.lines() {
            assert!(
                line.starts_with("content/") || line.starts_with("  "),
                "forged or stray line {line:?} in\n{text}"
            );
        }
        assert!(
            text.contains(expect_escaped),
            "{expect_escaped} not in\n{text}"
        );
    }
}

const PAYLOAD: &str = "\u{1b}]0;owned\u{7}\nfake.md:1:1: error[T0101]: forged";

#[test]
fn control_characters_in_a_key_are_escaped() {
    let mut fs = fixture("minimal");
    // YAML's own escapes put ESC, BEL and a newline in the key.
    fs.insert(
        "content/news/khoa.md",
        "---\ntitle: Khóa lạ\ndate: 2024-01-01\n\"x\\e]0;owned\\a\\nfake.md:1:1: error[T0101]: forged\": 1\n---\nTin.\n",
    );
    let report = check(&fs, &options());
    assert_escaped(
        &report,
        "x\\u{1b}]0;owned\\u{7}\\nfake.md:1:1: error[T0101]: forged",
    );
}

#[test]
fn control_characters_in_a_link_target_are_escaped() {
    let mut fs = fixture("minimal");
    fs.insert(
        "content/news/lien-ket.md",
        "---\ntitle: Liên kết lạ\ndate: 2024-01-01\n---\n[x](<../exemplars/khong-co\u{1b}]0;owned\u{7}.md>)\n\n[y](../exemplars/a%1B%07%0Afake.md)\n",
    );
    let report = check(&fs, &options());
    assert_escaped(&report, "\\u{1b}]0;owned\\u{7}");
}

#[test]
fn control_characters_in_a_file_name_are_escaped() {
    let mut fs = fixture("minimal");
    fs.insert(
        format!("content/news/a{PAYLOAD}.md"),
        "---\ndate: 2024-01-01\n---\nKhông có tiêu đề.\n",
    );
    let report = check(&fs, &options());
    assert_escaped(
        &report,
        "a\\u{1b}]0;owned\\u{7}\\nfake.md:1:1: error[T0101]: forged.md",
    );
}

// ---------------------------------------------------------------------------
// The mutation fuzzer.
//
// Each iteration takes one small text file of the fixtures or of the example
// site (an entry, a data file, a thidua.yaml, a template of the test theme),
// mutates it (bit flips, byte and line splices, YAML and Markdown token
// splices, truncation), puts it into an otherwise fixed small site (the
// `minimal` fixture) at the place it belongs, and runs `thidua::audit::check`
// in-process. A failure is a panic, a run over the time limit, the process's
// peak memory above the bound, or a diagnostic that renders a raw control
// character or more lines than its message and help. Every iteration has its
// own seed (from the run's seed and its number), printed with the mutated
// file on failure, so `THIDUA_FUZZ_REPLAY=<seed>` runs that one case again.
//
// Settings (environment):
// - THIDUA_FUZZ_ITERATIONS: iterations (default 1,500 in `cargo test`);
// - THIDUA_FUZZ_SECONDS: run for this long instead (long mode);
// - THIDUA_FUZZ_SEED: the run's seed (default fixed, so `cargo test` is
//   deterministic);
// - THIDUA_FUZZ_REPLAY: run only the iteration with this seed;
// - THIDUA_FUZZ_TIME_LIMIT_MS: per-iteration limit of processor time
//   (default 2,000; no answer within 16 × that in wall time is a hang);
// - THIDUA_FUZZ_MAX_RSS_MIB: bound on peak memory (default 1,536).
// `bench/fuzz/run.sh` runs the long mode under a hard memory limit.
// ---------------------------------------------------------------------------

/// Processor time this thread has used (wall time where the platform has no
/// per-thread clock): a loaded machine makes checks wait, not work.
fn thread_cpu_time() -> Duration {
    #[cfg(unix)]
    {
        let t = rustix::time::clock_gettime(rustix::time::ClockId::ThreadCPUTime);
        Duration::new(t.tv_sec as u64, t.tv_nsec as u32)
    }
    #[cfg(not(unix))]
    {
        static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
        START.get_or_init(Instant::now).elapsed()
    }
}

/// xorshift64*: small, fast, and the same on every platform.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(splitmix(seed) | 1)
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn splitmix(seed: u64) -> u64 {
    let mut z = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Pieces of YAML and Markdown that parsers treat specially, spliced in
/// whole so that mutations reach past the first syntax error.
const TOKENS: &[&str] = &[
    ": ",
    "- ",
    "-",
    "[",
    "]",
    "{",
    "}",
    ",",
    "&a ",
    "*a",
    "&b [*a, *a, *a, *a]",
    "<<: *a",
    "!!str ",
    "!!binary ",
    "!foo ",
    "? ",
    "|",
    "|-",
    ">",
    "\"",
    "'",
    "#",
    "\n---\n",
    "\n...\n",
    "\t",
    "%YAML 1.2\n",
    "\"\\e\\a\\u202e\"",
    "~",
    "null",
    "true",
    "0",
    "-1",
    "1e400",
    "99999999999999999999",
    "2024-02-30",
    "2024-13-01",
    "0000-00-00",
    "9999-12-31",
    "11/6/2024",
    "\u{feff}",
    "\r\n",
    "\r",
    "\u{0}",
    "\u{1b}[2J",
    "\u{7}",
    "\u{202e}",
    "ứ",
    "Ư\u{301}",
    "../../../../etc/hostname",
    "/./../",
    "//cdn.example/x.js",
    "javascript:alert(1)",
    "https://",
    "{{ ",
    " }}",
    "{% ",
    " %}",
    "<script>",
    "</main>",
    "[x](../a.md)",
    "[x](<../news/b\u{1b}.md>)",
    "![a](b.jpg)",
    "![](",
    "](",
    "[^1]",
    "[^1]: x\n",
    "```",
    "\n```rust\n",
    "| a | b |\n|---|---|\n",
    "<!-- ",
    " -->",
    "&amp;",
    "&#0;",
    "\\",
    "*",
    "_",
    "title: ",
    "date: ",
    "slug: ",
    "draft: true\n",
    "image: {src: a.jpg}\n",
    "awards:\n  - ",
    "sections: {exemplars: tim-kiem}\n",
    "paginate: 0\n",
    "base_url: \"\"\n",
    "\n    ",
];

fn mutate(rng: &mut Rng, text: &[u8], donor: &[u8]) -> Vec<u8> {
    let mut out = text.to_vec();
    let rounds = 1 + rng.below(4);
    for _ in 0..rounds {
        let len = out.len();
        let at = if len == 0 { 0 } else { rng.below(len + 1) };
        match rng.below(8) {
            // Bit flips.
            0 => {
                for _ in 0..1 + rng.below(4) {
                    if !out.is_empty() {
                        let i = rng.below(out.len());
                        out[i] ^= 1 << rng.below(8);
                    }
                }
            }
            // A run of random bytes over or into the text.
            1 => {
                let n = 1 + rng.below(8);
                let bytes: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
                let end = (at + rng.below(n + 1)).min(len);
                out.splice(at..end, bytes);
            }
            // Bytes from another file (or this one).
            2 => {
                let source = if rng.below(2) == 0 { donor } else { text };
                if !source.is_empty() {
                    let from = rng.below(source.len());
                    let to = (from + 1 + rng.below(64)).min(source.len());
                    out.splice(at..at, source[from..to].iter().copied());
                }
            }
            // Whole lines: deleted, doubled, moved, or taken from another file.
            3 => {
                let mut lines: Vec<Vec<u8>> = out
                    .split_inclusive(|&b| b == b'\n')
                    .map(<[u8]>::to_vec)
                    .collect();
                let donor_lines: Vec<&[u8]> = donor.split_inclusive(|&b| b == b'\n').collect();
                let n = lines.len();
                match rng.below(4) {
                    0 if n > 0 => {
                        lines.remove(rng.below(n));
                    }
                    1 if n > 0 => {
                        let line = lines[rng.below(n)].clone();
                        lines.insert(rng.below(n + 1), line);
                    }
                    2 if n > 1 => {
                        let line = lines.remove(rng.below(n));
                        lines.insert(rng.below(n), line);
                    }
                    _ if !donor_lines.is_empty() => {
                        let line = rng.pick(&donor_lines).to_vec();
                        lines.insert(rng.below(n + 1), line);
                    }
                    _ => {}
                }
                out = lines.concat();
            }
            // YAML and Markdown tokens, anywhere or at a line start.
            4 | 5 => {
                let token = rng.pick(TOKENS).as_bytes();
                let at = if rng.below(2) == 0 {
                    at
                } else {
                    let starts: Vec<usize> = std::iter::once(0)
                        .chain(
                            out.iter()
                                .enumerate()
                                .filter(|(_, b)| **b == b'\n')
                                .map(|(i, _)| i + 1),
                        )
                        .collect();
                    *rng.pick(&starts)
                };
                let at = at.min(out.len());
                out.splice(at..at, token.iter().copied());
            }
            // Truncation.
            6 => out.truncate(at),
            // A byte range deleted.
            _ => {
                let end = (at + 1 + rng.below(16)).min(len);
                if at < end {
                    out.drain(at..end);
                }
            }
        }
    }
    out
}

/// One file the fuzzer can mutate: its text and where it goes in the site.
struct Seed {
    from: PathBuf,
    to: PathBuf,
    text: Vec<u8>,
}

/// The small text files of the fixtures and of the example site.
fn corpus() -> Vec<Seed> {
    let root = repo();
    let mut seeds = Vec::new();
    let mut add = |dir: PathBuf| {
        for entry in walkdir::WalkDir::new(&dir)
            .sort_by_file_name()
            .into_iter()
            .flatten()
        {
            let path = entry.path();
            let ext = path
                .extension()
                .and_then(|e| e.to_str())
                .unwrap_or_default();
            if !entry.file_type().is_file() || !matches!(ext, "md" | "yaml" | "yml" | "html") {
                continue;
            }
            let Ok(text) = std::fs::read(path) else {
                continue;
            };
            if text.len() > 16 * 1024 {
                continue;
            }
            let rel = path
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            let to = if rel.ends_with("thidua.yaml") {
                // Every site here uses the test theme.
                let text = String::from_utf8_lossy(&text).replace("theme: default", "theme: min");
                seeds.push(Seed {
                    from: path.into(),
                    to: "thidua.yaml".into(),
                    text: text.into(),
                });
                continue;
            } else if let Some(i) = rel.find("content/") {
                rel[i..].to_owned()
            } else if let Some(i) = rel.find("data/") {
                rel[i..].to_owned()
            } else if let Some(rest) = rel.strip_prefix("tests/fixtures/theme-min/") {
                format!("themes/min/{rest}")
            } else {
                continue;
            };
            seeds.push(Seed {
                from: path.into(),
                to: to.into(),
                text,
            });
        }
    };
    for dir in [
        "minimal",
        "errors",
        "search",
        "newsroom",
        "site-messages",
        "word",
        "theme-min",
    ] {
        add(root.join("tests/fixtures").join(dir));
    }
    add(root.join("content"));
    add(root.join("data"));
    add(root.join("thidua.yaml"));
    seeds
}

fn env_number(name: &str) -> Option<u64> {
    let value = std::env::var(name).ok()?;
    let value = value.trim();
    match value.strip_prefix("0x") {
        Some(hex) => u64::from_str_radix(hex, 16).ok(),
        None => value.parse().ok(),
    }
}

/// The process's peak resident memory, in MiB (Linux; `None` elsewhere).
fn peak_rss_mib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024)
}

/// What went wrong in one iteration, if anything.
fn run_one(
    base: &MemFs,
    seeds: &[Seed],
    iteration_seed: u64,
    limit: Duration,
) -> (Duration, PathBuf, Vec<u8>, Option<String>) {
    let mut rng = Rng::new(iteration_seed);
    let seed = rng.pick(seeds);
    let donor = &rng.pick(seeds).text;
    let mutated = mutate(&mut rng, &seed.text, donor);
    let mut fs = base.clone();
    fs.insert(&seed.to, mutated.clone());
    let opts = options();
    let (tx, rx) = mpsc::channel();
    let started = Instant::now();
    std::thread::spawn(move || {
        let cpu = thread_cpu_time();
        let result = std::panic::catch_unwind(|| {
            let report = check(&fs, &opts);
            rendering_problem(&report)
        });
        let _ = tx.send((result, thread_cpu_time().saturating_sub(cpu)));
    });
    // Over the limit in wall time, the check may only have been waiting for
    // a busy machine's processor: it is then judged by the processor time it
    // used, and only one that never answers (16 × the limit) is a hang.
    let answer = rx
        .recv_timeout(limit)
        .or_else(|_| rx.recv_timeout(limit * 15))
        .ok();
    let failure = match answer {
        Some((_, cpu)) if cpu > limit => Some(format!("took {cpu:?} of processor time")),
        Some((Ok(None), _)) => None,
        Some((Ok(Some(problem)), _)) => Some(problem),
        Some((Err(panic), _)) => Some(format!(
            "panic: {}",
            panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_default()
        )),
        None => Some(format!("no answer within {:?}", limit * 16)),
    };
    let file = PathBuf::from(format!(
        "{} (mutated from {})",
        seed.to.display(),
        seed.from
            .strip_prefix(repo())
            .unwrap_or(&seed.from)
            .display()
    ));
    (started.elapsed(), file, mutated, failure)
}

/// A diagnostic that prints a raw control character or a line of its own.
fn rendering_problem(report: &CheckReport) -> Option<String> {
    for d in report.diagnostics.iter() {
        for lang in Lang::ALL {
            let text = d.render(lang);
            let lines = 1 + usize::from(d.help.is_some());
            if text.contains(|c: char| c.is_control() && c != '\n') || text.lines().count() != lines
            {
                return Some(format!("badly printed diagnostic: {text:?}"));
            }
        }
    }
    None
}

#[test]
fn mutated_sites_never_panic_hang_or_exhaust_memory() {
    let seeds = corpus();
    assert!(seeds.len() > 100, "corpus of {} files", seeds.len());
    let base = fixture("minimal");
    let run_seed = env_number("THIDUA_FUZZ_SEED").unwrap_or(0x7468_6964_7561);
    let limit = Duration::from_millis(env_number("THIDUA_FUZZ_TIME_LIMIT_MS").unwrap_or(2_000));
    let max_rss = env_number("THIDUA_FUZZ_MAX_RSS_MIB").unwrap_or(1_536);
    let seconds = env_number("THIDUA_FUZZ_SECONDS");
    let iterations = env_number("THIDUA_FUZZ_ITERATIONS").unwrap_or(if seconds.is_some() {
        u64::MAX
    } else {
        1_500
    });
    let replay = env_number("THIDUA_FUZZ_REPLAY");
    // In long mode the case being run is kept on disk, so that a crash the
    // test cannot catch (the process killed for its memory) leaves it.
    let current = std::env::var_os("THIDUA_FUZZ_CURRENT").map(PathBuf::from);

    let started = Instant::now();
    let (mut done, mut longest) = (0u64, (Duration::ZERO, 0u64, PathBuf::new()));
    let mut failures = Vec::new();
    for i in 0..iterations {
        if seconds.is_some_and(|s| started.elapsed() >= Duration::from_secs(s)) {
            break;
        }
        let iteration_seed =
            replay.unwrap_or_else(|| splitmix(run_seed ^ i.wrapping_mul(0x9e37_79b9)));
        if let Some(path) = &current {
            let mut rng = Rng::new(iteration_seed);
            let seed = rng.pick(&seeds);
            let _ = std::fs::write(
                path,
                format!(
                    "THIDUA_FUZZ_REPLAY={iteration_seed:#x} ({})\n",
                    seed.to.display()
                ),
            );
        }
        let (took, file, mutated, failure) = run_one(&base, &seeds, iteration_seed, limit);
        done += 1;
        if took > longest.0 {
            longest = (took, iteration_seed, file.clone());
        }
        let rss = peak_rss_mib();
        let failure = failure.or_else(|| {
            rss.filter(|&m| m > max_rss)
                .map(|m| format!("peak memory {m} MiB is above {max_rss} MiB"))
        });
        if let Some(failure) = failure {
            failures.push(format!(
                "THIDUA_FUZZ_REPLAY={iteration_seed:#x} (iteration {i}): {failure}\n  file {}\n  text {:?}",
                file.display(),
                String::from_utf8_lossy(&mutated)
            ));
            if failures.len() >= 5 {
                break;
            }
        }
        if replay.is_some() {
            break;
        }
    }
    let elapsed = started.elapsed();
    eprintln!(
        "fuzz: {done} iterations in {:.1} s ({:.0}/s), seed {run_seed:#x}; longest {:?} (THIDUA_FUZZ_REPLAY={:#x}, {}); peak memory {} MiB",
        elapsed.as_secs_f64(),
        done as f64 / elapsed.as_secs_f64().max(1e-9),
        longest.0,
        longest.1,
        longest.2.display(),
        peak_rss_mib().map_or("?".into(), |m| m.to_string()),
    );
    assert!(
        failures.is_empty(),
        "{} failing inputs:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The hardening messages as editors read them, in both languages.
#[test]
fn hardening_messages_in_both_languages() {
    let mut fs = fixture("minimal");
    fs.insert(
        "content/news/bom.md",
        format!(
            "---\n{}title: Bom\ndate: 2024-01-01\n---\nTin.\n",
            alias_bomb()
        ),
    );
    let deep = format!("{}thi đua{}", "[".repeat(70), "]".repeat(70));
    fs.insert("data/sau.yaml", format!("tags: {deep}\n"));
    fs.insert(
        "content/news/khoa.md",
        "---\ntitle: Khóa lạ\ndate: 2024-01-01\n\"ti\\e]0;x\\atle\\n\": 1\n---\nTin.\n",
    );
    let report = check(&fs, &options());
    let wanted: thidua::diagnostic::Diagnostics = report
        .diagnostics
        .iter()
        .filter(|d| matches!(d.code(), Some("T0113" | "T0114" | "T0205")))
        .cloned()
        .collect();
    assert_eq!(wanted.len(), 3, "{}", report.diagnostics.render(Lang::En));
    insta::assert_snapshot!(format!(
        "--- vi ---\n{}--- en ---\n{}",
        wanted.render(Lang::Vi),
        wanted.render(Lang::En)
    ));
}
