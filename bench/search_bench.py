#!/usr/bin/env python3
"""The search index on the 10,000-entry bench site: sizes, build cost,
downloads per query and query time, against the limits of issue 4.

    python3 bench/search_bench.py [--entries 10000] [--rounds 3] [--thidua PATH]

1. builds thidua (`cargo build --release --bin thidua`) unless --thidua,
2. generates the site with bench/gen_site.py into bench/work/search/site
   (git-ignored; the repository's themes are copied in, with the search page),
3. builds it --rounds times with the index and --rounds times without
   (`THIDUA_NO_SEARCH=1`), alternating, each into an emptied output folder;
   the verdict compares the fastest run of each (the least disturbed on a
   shared machine), the medians and CPU times are printed beside it,
4. sums the index files (raw and gzip -6, file by file),
5. runs bench/search_bench.mjs on the output: headless Chromium (Debian's
   /usr/bin/chromium through tests/browser/node_modules/playwright-core)
   against a local static server that gzips text (HTML, CSS, JS, JSON) and
   sends the binary shards as they are, counting bytes on the wire for a
   cold first search, for one- and three-syllable queries after a first
   search, and timing queries in the page,
6. prints the figures with PASS/FAIL per limit and writes
   bench/work/search/results.json.

A report, not a test: exit status 0 whatever the verdicts, 1 when a build
or the browser run fails. 1 KB = 1,000 bytes, 1 MB = 1,000,000 bytes.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from release_build import thidua_binary

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
WORK = HERE / "work" / "search"
TODAY = "2026-11-23"

LIMITS = {  # name: (limit, unit, what)
    "one": (25_000, "B", "one-syllable query after the first search"),
    "three": (80_000, "B", "three-syllable query after the first search"),
    "cold": (150_000, "B", "first search from a cold cache, client included"),
    "index": (12_000_000, "B", "whole index, gzip"),
    "build": (0.30, "ratio", "build time added by the index"),
    "time": (30.0, "ms", "query time in the browser"),
}


def say(msg: str = "") -> None:
    print(msg, flush=True)


def run(cmd: list[str], env: dict | None = None, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, env=env, capture_output=True, text=True, **kw)


def fail(what: str, proc: subprocess.CompletedProcess) -> None:
    say(f"{what} failed (exit {proc.returncode}):")
    say("\n".join((proc.stderr or proc.stdout).rstrip().splitlines()[-30:]))
    sys.exit(1)


def generate(entries: int) -> Path:
    site = WORK / "site"
    if site.exists():
        shutil.rmtree(site)
    say(f"generating {entries} entries into {site} …")
    proc = run([sys.executable, str(HERE / "gen_site.py"), "--entries", str(entries), "--out", str(site),
                "--full-theme"])
    if proc.returncode:
        fail("gen_site.py", proc)
    return site / "thidua"


def build_once(binary: Path, root: Path, out: Path, search: bool) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one build."""
    if out.exists():
        shutil.rmtree(out)
    env = dict(os.environ)
    env["THIDUA_NO_SEARCH"] = "0" if search else "1"
    cmd = [str(binary), "build", "--root", str(root), "--output", str(out), "--today", TODAY]
    log = WORK / "build.log"
    with open(log, "w", encoding="utf-8") as sink:
        start = time.perf_counter()
        child = subprocess.Popen(cmd, env=env, stdout=sink, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(child.pid, 0)
        elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status):
        say(f"thidua build failed:\n{log.read_text(encoding='utf-8', errors='replace')[-3000:]}")
        sys.exit(1)
    return elapsed, usage.ru_utime + usage.ru_stime


def build_times(binary: Path, root: Path, rounds: int, outs: Path) -> dict:
    """Alternating builds without and with the index. On a busy machine the
    wall times scatter; the verdict uses the fastest run of each (the one
    least disturbed), the median and CPU times are shown beside it."""
    wall: dict[str, list[float]] = {"without": [], "with": []}
    cpu: dict[str, list[float]] = {"without": [], "with": []}
    for r in range(rounds):
        order = [("without", False), ("with", True)] if r % 2 == 0 else [("with", True), ("without", False)]
        for name, search in order:
            w, c = build_once(binary, root, outs / f"out-{name}", search)
            wall[name].append(w)
            cpu[name].append(c)
            say(f"  round {r + 1}: {name:7} index  {w:6.2f} s wall  {c:6.2f} s CPU   (load {os.getloadavg()[0]:.1f})")
    best = {k: min(v) for k, v in wall.items()}
    med = {k: statistics.median(v) for k, v in wall.items()}
    cpu_med = {k: statistics.median(v) for k, v in cpu.items()}
    return {
        "wall": wall,
        "cpu": cpu,
        "best": best,
        "median": med,
        "cpu_median": cpu_med,
        "added": best["with"] / best["without"] - 1,
        "added_median": med["with"] / med["without"] - 1,
        "added_cpu": cpu_med["with"] / cpu_med["without"] - 1,
    }


def index_sizes(out: Path) -> dict:
    base = out / "tim-kiem" / "index"
    kinds: dict[str, dict[str, int]] = {}
    for f in sorted(base.rglob("*")):
        if not f.is_file():
            continue
        data = f.read_bytes()
        rel = f.relative_to(base).parts
        kind = rel[1] if len(rel) > 2 else rel[0]
        k = kinds.setdefault(kind, {"files": 0, "raw": 0, "gzip": 0, "max_raw": 0})
        k["files"] += 1
        k["raw"] += len(data)
        k["gzip"] += len(gzip.compress(data, 6))
        k["max_raw"] = max(k["max_raw"], len(data))
    total = {key: sum(k[key] for k in kinds.values()) for key in ("files", "raw", "gzip")}
    return {"kinds": kinds, "total": total}


def browser_figures(out: Path) -> dict:
    say("measuring downloads and query time in headless Chromium …")
    proc = run(["node", str(HERE / "search_bench.mjs"), str(out)], timeout=900)
    if proc.returncode:
        fail("search_bench.mjs", proc)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def verdict(name: str, value: float) -> str:
    limit, unit, what = LIMITS[name]
    ok = value <= limit
    if unit == "B":
        shown, lim = f"{value / 1000:,.1f} KB", f"{limit / 1000:,.0f} KB"
        if limit >= 1_000_000:
            shown, lim = f"{value / 1e6:.2f} MB", f"{limit / 1e6:.0f} MB"
    elif unit == "ratio":
        shown, lim = f"+{value * 100:.1f} %", f"+{limit * 100:.0f} %"
    else:
        shown, lim = f"{value:.1f} ms", f"{limit:.0f} ms"
    return f"{'PASS' if ok else 'FAIL'}  {what}: {shown} (limit {lim})"


def report(sizes: dict, builds: dict, fig: dict) -> list[str]:
    say("\nindex files (raw / gzip -6):")
    for kind, k in sorted(sizes["kinds"].items()):
        say(f"  {kind:10} {k['files']:5} files  {k['raw'] / 1e6:7.2f} MB  {k['gzip'] / 1e6:7.2f} MB  (largest {k['max_raw'] / 1000:.1f} KB)")
    t = sizes["total"]
    say(f"  {'total':10} {t['files']:5} files  {t['raw'] / 1e6:7.2f} MB  {t['gzip'] / 1e6:7.2f} MB")
    b = builds
    say(f"\nbuild, without / with the index: fastest {b['best']['without']:.2f} s / {b['best']['with']:.2f} s "
        f"({b['added'] * 100:+.1f} %), median {b['median']['without']:.2f} s / {b['median']['with']:.2f} s "
        f"({b['added_median'] * 100:+.1f} %), CPU {b['cpu_median']['without']:.2f} s / {b['cpu_median']['with']:.2f} s "
        f"({b['added_cpu'] * 100:+.1f} %)")
    spread = max(max(v) / min(v) for v in b["wall"].values())
    if spread > 1.5:
        say(f"  warning: build times vary {spread:.1f}× between runs (a busy machine or disk); "
            "the fastest runs are compared. --out-dir /dev/shm takes the disk out, --rounds adds runs.")
    say(f"\ndownloads ({fig['mode']}{', ' + fig['reason'] if fig.get('reason') else ''}; bytes on the wire, raw in brackets):")
    for label, key in (("cold first search", "cold"), ("1 syllable after first", "after1"), ("3 syllables after first", "after3")):
        for c in fig[key]:
            say(f"  {label:24} {c['q']!r:22} {c['bytes'] / 1000:7.1f} KB  ({c['raw'] / 1000:.1f} KB, {c['files'] if isinstance(c['files'], int) else len(c['files'])} files)")
    say("\nquery time (median of 15, files loaded):")
    for c in fig["queryMs"]:
        say(f"  {c['q']!r:22} {c['ms']:6.1f} ms  (max {c['max']:.1f} ms)")
    lines = [
        verdict("one", max(c["bytes"] for c in fig["after1"])),
        verdict("three", max(c["bytes"] for c in fig["after3"])),
        verdict("cold", max(c["bytes"] for c in fig["cold"])),
        verdict("index", sizes["total"]["gzip"]),
        verdict("build", builds["added"]),
        verdict("time", max(c["ms"] for c in fig["queryMs"])),
    ]
    if fig["mode"] != "browser":
        lines[-1] += "  [measured in Node, not a browser]"
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--entries", type=int, default=10_000)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--thidua", help="use this binary instead of cargo build")
    ap.add_argument("--reuse", action="store_true", help="reuse bench/work/search/site if present")
    ap.add_argument("--out-dir", help="where to build (default bench/work/search; e.g. /dev/shm to leave the disk out)")
    args = ap.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    binary = thidua_binary(args.thidua)
    root = WORK / "site" / "thidua"
    if not (args.reuse and root.exists()):
        root = generate(args.entries)
    say(f"building {args.rounds}× with and without the index …")
    outs = Path(args.out_dir) if args.out_dir else WORK
    outs.mkdir(parents=True, exist_ok=True)
    builds = build_times(binary, root, args.rounds, outs)
    sizes = index_sizes(outs / "out-with")
    fig = browser_figures(outs / "out-with")
    lines = report(sizes, builds, fig)
    say("")
    for line in lines:
        say(line)
    result = {"sizes": sizes, "builds": builds, "browser": fig, "verdicts": lines}
    (WORK / "results.json").write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
