#!/usr/bin/env python3
"""Lighthouse (mobile) on the pages citizens open: the example portal built
by the default `thidua build`, served over HTTP, each page scored by
Lighthouse 12.8.2 (pinned in bench/lighthouse/package.json).

    python3 bench/lighthouse.py [--thidua PATH] [--runs 3] [--out FILE]

1. builds thidua (`cargo build --release --bin thidua`) unless --thidua,
2. builds the repository's example portal into bench/work/lighthouse/site,
3. installs Lighthouse with `npm install --prefix bench/lighthouse` when missing,
4. serves the site on 127.0.0.1 and runs Lighthouse's default mobile
   profile (emulated Moto G Power, 4x CPU slowdown, slow 4G) on: the home
   page, a section list, an exemplar, the search page empty, a search link
   (?q=…), a search link with a filter (?q=…&doi-tuong=…) and a filter
   alone, --runs times each,
5. prints per page the median performance score, CLS, LCP, TBT and the
   accessibility score, and writes every run as JSON to --out (default
   bench/work/lighthouse/results.json).

A report, not a test: exit 0 whatever the figures, 1 when a build,
npm or Lighthouse fails. Needs Chromium (CHROME_PATH, or `chromium` on
PATH) and Node 18+. The scores depend on this machine's speed (Lighthouse
slows the CPU down from it); CLS does not.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import os
import shutil
import statistics
import subprocess
import sys
import threading
from pathlib import Path

from release_build import thidua_binary

REPO = Path(__file__).resolve().parent.parent
WORK = REPO / "bench" / "work" / "lighthouse"
LH_DIR = REPO / "bench" / "lighthouse"

PAGES = [
    ("home", "/"),
    ("exemplars list", "/guong-dien-hinh/"),
    ("an exemplar", "/guong-dien-hinh/huynh-ngoc-bich-tram/"),
    ("search, empty", "/tim-kiem/"),
    ("search link", "/tim-kiem/?q=thi%20%C4%91ua%20y%C3%AAu%20n%C6%B0%E1%BB%9Bc"),
    ("search + filter", "/tim-kiem/?q=n%C3%B4ng%20th%C3%B4n&doi-tuong=ca-nhan"),
    ("filter alone", "/tim-kiem/?doi-tuong=ca-nhan"),
]


def say(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def fail(msg: str) -> None:
    say(f"lighthouse.py: {msg}")
    sys.exit(1)


def run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    p = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if p.returncode != 0:
        fail(f"`{' '.join(cmd)}` failed:\n{p.stderr[-2000:]}")
    return p


def lighthouse_cli() -> Path:
    cli = LH_DIR / "node_modules" / "lighthouse" / "cli" / "index.js"
    if not cli.exists():
        # `npm install`, not `npm ci`: npm ci rejects the lock file npm itself
        # writes for Lighthouse 12.3 and later (third-party-web is reported
        # missing), while install honours the same lock.
        say("installing Lighthouse (npm install --prefix bench/lighthouse) …")
        run(["npm", "install", "--prefix", str(LH_DIR), "--ignore-scripts", "--no-audit", "--no-fund"])
    return cli


def serve(root: Path) -> tuple[http.server.ThreadingHTTPServer, int]:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args) -> None:  # noqa: D401 - silence
            pass

    handler = functools.partial(Quiet, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, server.server_address[1]


def audit(cli: Path, chrome: str, url: str, out: Path) -> dict:
    cmd = [
        "node", str(cli), url, "--quiet", "--output=json", f"--output-path={out}",
        "--only-categories=performance,accessibility",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
    ]
    run(cmd, env={**os.environ, "CHROME_PATH": chrome}, timeout=300)
    r = json.loads(out.read_text(encoding="utf-8"))
    a = r["audits"]
    shifts = (a.get("layout-shifts", {}).get("details") or {}).get("items", [])
    return {
        "performance": round(100 * (r["categories"]["performance"]["score"] or 0)),
        "accessibility": round(100 * (r["categories"]["accessibility"]["score"] or 0)),
        "cls": a["cumulative-layout-shift"]["numericValue"],
        "lcp_ms": a["largest-contentful-paint"]["numericValue"],
        "tbt_ms": a["total-blocking-time"]["numericValue"],
        "shifted": [i.get("node", {}).get("snippet", "?") for i in shifts],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--thidua", help="use this binary, skip cargo build")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--out", type=Path, default=WORK / "results.json")
    args = ap.parse_args()

    chrome = os.environ.get("CHROME_PATH") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not chrome:
        fail("Chromium not found (apt-get install chromium, or set CHROME_PATH)")
    binary = thidua_binary(args.thidua)
    site = WORK / "site"
    shutil.rmtree(site, ignore_errors=True)
    WORK.mkdir(parents=True, exist_ok=True)
    say(f"building the example portal with {binary} …")
    run([str(binary), "build", "--root", str(REPO), "--output", str(site)])
    cli = lighthouse_cli()
    server, port = serve(site)
    rows = []
    try:
        for name, path in PAGES:
            runs = []
            for i in range(args.runs):
                say(f"  {name} ({i + 1}/{args.runs}) …")
                runs.append(audit(cli, chrome, f"http://127.0.0.1:{port}{path}", WORK / "last.json"))
            rows.append({"page": name, "path": path, "runs": runs})
    finally:
        server.shutdown()

    med = lambda k, runs: statistics.median(r[k] for r in runs)  # noqa: E731
    print(f"Lighthouse 12.8.2, mobile profile, median of {args.runs} runs per page")
    print(f"{'page':<18} {'perf':>4} {'CLS':>6} {'max CLS':>7} {'LCP ms':>7} {'TBT ms':>6} {'a11y':>4}")
    for row in rows:
        runs = row["runs"]
        print(
            f"{row['page']:<18} {med('performance', runs):>4.0f} {med('cls', runs):>6.3f} "
            f"{max(r['cls'] for r in runs):>7.3f} {med('lcp_ms', runs):>7.0f} {med('tbt_ms', runs):>6.0f} "
            f"{med('accessibility', runs):>4.0f}"
        )
    print("perf, a11y: Lighthouse category scores (0–100); CLS: cumulative layout shift (target ≤ 0.05); "
          "LCP: largest contentful paint; TBT: total blocking time (simulated slow phone).")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"lighthouse": "12.8.2", "pages": rows}, ensure_ascii=False, indent=1), encoding="utf-8")
    say(f"written {args.out}")


if __name__ == "__main__":
    main()
