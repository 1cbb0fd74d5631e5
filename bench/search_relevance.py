#!/usr/bin/env python3
"""Judged search relevance on a generated site: thidua's search page beside
Pagefind, the same pages and the same queries.

    python3 bench/search_relevance.py [--entries 1000] [--seed 20261123]
                                      [--thidua PATH] [--reuse] [--out FILE]

1. builds thidua (`cargo build --release --bin thidua`) unless --thidua,
2. generates the site with bench/gen_site.py (fixed seed, --full-theme) into
   bench/work/relevance/site and builds it into bench/work/relevance/out
   (--reuse keeps both when they exist for the same --entries and --seed),
3. runs Pagefind (`pip install pagefind-bin`, installed for you when
   missing) over the entry pages of that build, indexing their <main>,
4. derives the judged queries from the generated records themselves, so the
   relevant pages are known (see `judge()`), in families: full names (toned,
   untoned, lower-case, NFD, and names with a tone twin), multi-syllable
   places, absent names and places, fields, award titles, decision and
   document numbers, typing prefixes,
5. runs every query through thidua's real search page (typed, then Enter;
   a typing prefix is typed and left, as the page searches while one
   types) and through Pagefind's JS API in headless Chromium
   (bench/search_relevance.mjs),
6. prints per family and overall, for both engines side by side:
   precision@10, MRR, right page first, median result count, zero-result
   rate on absent names and KB per query; writes everything (per query too)
   as JSON to --out (default bench/work/relevance/results.json).

A report, not a test: exit 0 whatever the figures, 1 when a build, the
indexer or the browser run fails. 1 KB = 1,000 bytes.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import unicodedata
from pathlib import Path

from release_build import thidua_binary

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
WORK = HERE / "work" / "relevance"
TODAY = "2026-11-23"
K = 10

spec = importlib.util.spec_from_file_location("gen_site", HERE / "gen_site.py")
gen_site = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gen_site)

FAMILIES = [  # key, label
    ("name-toned", "full names, toned"),
    ("name-untoned", "full names, untoned"),
    ("name-lower", "full names, lower-case"),
    ("name-nfd", "full names, NFD"),
    ("name-twin", "names with a tone twin"),
    ("place", "multi-syllable places"),
    ("absent", "absent names/places"),
    ("field", "fields"),
    ("award", "award titles"),
    ("number", "decision/doc numbers"),
    ("prefix", "typing prefixes"),
]
ABSENT_FIXED = ["Đồng Tháp", "Long An", "Lê Văn Tám", "nguyen thi minh khai", "Bến Tre", "Sóc Trăng", "Phú Quốc"]


def say(msg: str = "") -> None:
    print(msg, flush=True)


def run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def fail(what: str, proc: subprocess.CompletedProcess) -> None:
    say(f"{what} failed (exit {proc.returncode}):")
    say("\n".join((proc.stderr or proc.stdout).rstrip().splitlines()[-30:]))
    sys.exit(1)


# ---------------------------------------------------------------------------
# Text and judging
# ---------------------------------------------------------------------------


def fold(s: str) -> str:
    """Lower-case, tones and marks removed, đ → d (what 'untoned' means)."""
    s = unicodedata.normalize("NFD", s.lower()).replace("đ", "d")
    return unicodedata.normalize("NFC", "".join(c for c in s if unicodedata.category(c) != "Mn"))


def toned(s: str) -> bool:
    return fold(s) != s.lower()


def flat(v) -> list[str]:
    if isinstance(v, dict):
        return [x for val in v.values() for x in flat(val)]
    if isinstance(v, list):
        return [x for val in v for x in flat(val)]
    return [v] if isinstance(v, str) else []


def record_text(rec: dict) -> str:
    """What the entry itself says: title, every string value of its front
    matter, and the body without Markdown markers and link targets."""
    body = re.sub(r"\]\([^)]*\)", "]", rec["body"])
    body = re.sub(r"[*#|\[\]>_`]", " ", body)
    return unicodedata.normalize("NFC", " ".join(flat(rec["fm"]) + [body])).lower()


def url_of(rec: dict) -> str:
    if rec["section"] == "pages":
        return f"/{rec['slug']}/"
    return f"/{gen_site.SECTIONS[rec['section']]}/{rec['slug']}/"


class Judge:
    """A page is relevant to a query when its own text holds the query's
    words adjacent and in order (a phrase; punctuation between words does
    not break it), case-insensitive; with the query's tones when it has any
    (so "Tạ Thành Giang" does not match "Tạ Thanh Giang"), tones folded when
    it has none; for a typing prefix the last word may be the start of a word."""

    def __init__(self, records: list[dict]):
        self.live = [r for r in records if not r["draft"]]
        self.text = [record_text(r) for r in self.live]
        self.folded = [fold(t) for t in self.text]
        self.urls = [url_of(r) for r in self.live]

    def relevant(self, query: str, prefix: bool = False) -> list[str]:
        q = unicodedata.normalize("NFC", query).lower()
        exact = toned(q)
        if not exact:
            q = fold(q)
        words = q.split()
        pat = r"(?<!\w)" + r"[\s,;:.\-–]+".join(re.escape(w) for w in words) + ("" if prefix else r"(?!\w)")
        rx = re.compile(pat)
        texts = self.text if exact else self.folded
        return [u for u, t in zip(self.urls, texts) if rx.search(t)]


# ---------------------------------------------------------------------------
# The judged query set
# ---------------------------------------------------------------------------


def queries_from(records: list[dict], judge: Judge, seed: int) -> list[dict]:
    rnd = random.Random(seed)
    live = judge.live
    out: list[dict] = []

    def add(family: str, q: str, prefix: bool = False, relevant: list[str] | None = None) -> None:
        rel = judge.relevant(q, prefix) if relevant is None else relevant
        out.append({"family": family, "q": q, "relevant": rel, "prefix": prefix})

    persons = sorted({r["fm"]["title"] for r in live if r["section"] == "exemplars" and r["fm"]["subject"] == "person"})
    unique = [n for n in persons if len(judge.relevant(n)) == 1]
    rnd.shuffle(unique)
    by_fold: dict[str, set[str]] = {}
    for n in persons:
        by_fold.setdefault(fold(n), set()).add(n)
    twins = sorted(n for names in by_fold.values() if len(names) > 1 for n in names
                   if len(judge.relevant(n)) >= 1 and len(judge.relevant(fold(n))) > len(judge.relevant(n)))
    rnd.shuffle(twins)
    names = iter(unique)
    for n in [next(names) for _ in range(10)]:
        add("name-toned", n)
    for n in [next(names) for _ in range(8)]:
        add("name-untoned", fold(n))
    for n in [next(names) for _ in range(6)]:
        add("name-lower", n.lower())
    for n in [next(names) for _ in range(6)]:
        # the relevant page is judged on the composed name; the query is sent decomposed
        out.append({"family": "name-nfd", "q": unicodedata.normalize("NFD", n), "relevant": judge.relevant(n), "prefix": False})
    for n in twins[:4]:
        add("name-twin", n)

    # places: the units the exemplars are in, with and without Phường/Xã, 2–3 syllables
    units = sorted({u.strip() for r in live if r["section"] == "exemplars" for u in r["fm"]["locality"].split(",")})
    bare = sorted({re.sub(r"^(Phường|Xã|Thị trấn|Quận|Huyện) ", "", u) for u in units})
    bare = [b for b in bare if 2 <= len(b.split()) <= 3 and judge.relevant(b)]
    with_kind = [u for u in units if u.startswith(("Phường ", "Xã ")) and len(u.split()) >= 3]
    rnd.shuffle(bare)
    rnd.shuffle(with_kind)
    for p in with_kind[:3] + bare[:3]:
        add("place", p)
    for p in bare[3:5]:
        add("place", fold(p))

    # absent: fixed names/places and generated full names, none of them anywhere (tones folded)
    absent = [a for a in ABSENT_FIXED if not judge.relevant(fold(a))]
    while len(absent) < 10:
        female = rnd.random() < 0.5
        n = " ".join([rnd.choice(gen_site.FAMILY), rnd.choice(gen_site.MIDDLE_F if female else gen_site.MIDDLE_M),
                      rnd.choice(gen_site.GIVEN_F if female else gen_site.GIVEN_M)])
        if not judge.relevant(fold(n)) and n not in absent:
            absent.append(n if len(absent) % 2 else fold(n))
    for a in absent[:10]:
        add("absent", a)

    fields = list(gen_site.FIELDS)
    rnd.shuffle(fields)
    for f in fields[:5]:
        add("field", f)
    add("field", fold(fields[5]))

    awards = sorted({a["title"] for r in live if r["section"] == "exemplars" for a in r["fm"]["awards"]})
    rnd.shuffle(awards)
    for a in awards[:6]:
        add("award", a)

    decisions = sorted({a["decision"] for r in live if r["section"] == "exemplars" for a in r["fm"]["awards"] if "decision" in a})
    decisions = [d for d in decisions if 1 <= len(judge.relevant(d)) <= 3]
    rnd.shuffle(decisions)
    numbers = sorted({r["fm"]["number"] for r in live if r["section"] == "documents" and "number" in r["fm"]})
    numbers = [d for d in numbers if 1 <= len(judge.relevant(d)) <= 3]
    rnd.shuffle(numbers)
    for d in decisions[:6] + numbers[:2]:
        add("number", d)

    # typing prefixes: a full name with its last syllable half typed; fields half typed
    for n in [next(names) for _ in range(6)]:
        words = n.split()
        last = words[-1][: max(1, min(3, len(words[-1]) - 1))]
        q = " ".join(words[:-1] + [last])
        add("prefix", q if len(out) % 2 else fold(q), prefix=True)
    for f in fields[6:8]:
        words = f.split()[:3]
        add("prefix", " ".join(words[:-1] + [words[-1][:3]]), prefix=True)
    return out


# ---------------------------------------------------------------------------
# Building
# ---------------------------------------------------------------------------


def pagefind_binary() -> Path:
    found = shutil.which("pagefind")
    if found:
        return Path(found)

    def locate() -> Path | None:
        proc = run([sys.executable, "-c", "import pagefind_bin, os; print(os.path.dirname(pagefind_bin.__file__))"])
        if proc.returncode:
            return None
        exe = Path(proc.stdout.strip()) / "pagefind"
        return exe if exe.exists() else None

    exe = locate()
    if not exe:
        say("pip install pagefind-bin …")
        proc = run([sys.executable, "-m", "pip", "install", "--quiet", "pagefind-bin"])
        if proc.returncode:
            fail("pip install pagefind-bin", proc)
        exe = locate()
    if not exe:
        say("the pagefind-bin package has no pagefind binary")
        sys.exit(1)
    return exe


def build(binary: Path, entries: int, seed: int, reuse: bool) -> tuple[Path, Path]:
    site, out = WORK / "site", WORK / "out"
    stamp = WORK / "stamp.json"
    want = {"entries": entries, "seed": seed}
    if reuse and out.exists() and stamp.exists() and json.loads(stamp.read_text()) == want:
        say(f"reusing {out}")
        return site / "thidua", out
    say(f"generating {entries} entries (seed {seed}) into {site} …")
    proc = run([sys.executable, str(HERE / "gen_site.py"), "--entries", str(entries), "--seed", str(seed),
                "--out", str(site), "--full-theme"])
    if proc.returncode:
        fail("gen_site.py", proc)
    if out.exists():
        shutil.rmtree(out)
    say(f"building with {binary} …")
    proc = run([str(binary), "build", "--root", str(site / "thidua"), "--output", str(out), "--today", TODAY,
                "--base-url", "http://127.0.0.1/"], env={**os.environ, "THIDUA_LANG": "en"})
    if proc.returncode:
        fail("thidua build", proc)
    stamp.write_text(json.dumps(want))
    return site / "thidua", out


def run_pagefind(exe: Path, out: Path) -> dict:
    """Index the entry pages (the pages thidua's index holds), their <main>."""
    if (out / "pagefind").exists():
        shutil.rmtree(out / "pagefind")
    dirs = [f"{s}/*" for s in gen_site.SECTIONS.values()] + ["gioi-thieu", "lien-he"]
    glob = "{" + ",".join(dirs) + "}/index.html"
    ver = run([str(exe), "--version"]).stdout.strip()
    say(f"{ver}: indexing <main> of {glob} …")
    proc = run([str(exe), "--site", str(out), "--root-selector", "main", "--glob", glob])
    if proc.returncode:
        fail("pagefind", proc)
    pages = re.search(r"Indexed (\d+) pages?", proc.stdout)
    size = sum(f.stat().st_size for f in (out / "pagefind").rglob("*") if f.is_file())
    return {"version": ver, "pages": int(pages.group(1)) if pages else None, "bytes": size, "glob": glob}


# ---------------------------------------------------------------------------
# Scoring
# ---------------------------------------------------------------------------


def score(q: dict, r: dict) -> dict:
    rel = set(q["relevant"])
    urls = r["urls"][:K]
    s = {"count": r["count"], "bytes": r["bytes"], "raw": r["raw"], "ms": r["ms"]}
    if rel:
        k = min(K, len(rel))
        s["p10"] = sum(1 for u in urls[:k] if u in rel) / k
        rank = next((i + 1 for i, u in enumerate(urls) if u in rel), None)
        s["rr"] = 1 / rank if rank else 0.0
        s["first"] = 1.0 if urls and urls[0] in rel else 0.0
    else:
        s["zero"] = 1.0 if r["count"] == 0 else 0.0
    return s


def aggregate(rows: list[dict]) -> dict:
    def mean(key):
        xs = [x[key] for x in rows if key in x]
        return sum(xs) / len(xs) if xs else None

    return {
        "n": len(rows),
        "p10": mean("p10"),
        "mrr": mean("rr"),
        "first": mean("first"),
        "zero": mean("zero"),
        "count": statistics.median(x["count"] for x in rows) if rows else None,
        "kb": statistics.mean(x["bytes"] for x in rows) / 1000 if rows else None,
        "kb_raw": statistics.mean(x["raw"] for x in rows) / 1000 if rows else None,
        "ms": statistics.median(x["ms"] for x in rows) if rows else None,
    }


def cell(v, kind: str) -> str:
    if v is None:
        return "–"
    if kind == "rate":
        return f"{v:.2f}"
    if kind == "count":
        return f"{v:g}"
    return f"{v:.1f}"


def table(summary: dict, engines: list[str]) -> list[str]:
    cols = [("P@10", "p10", "rate", 5), ("MRR", "mrr", "rate", 5), ("@1", "first", "rate", 5),
            ("zero", "zero", "rate", 5), ("count", "count", "count", 6), ("KB", "kb", "kb", 6), ("rawKB", "kb_raw", "kb", 6)]
    head = f"{'family':24} {'n':>3} "
    sub = " " * 29
    for e in engines:
        block = " ".join(f"{c[0]:>{c[3]}}" for c in cols)
        head += "│ " + block + " "
        sub += "│ " + f"{e:^{len(block)}}" + " "
    lines = [sub.rstrip(), head.rstrip(), "─" * len(head)]
    for fam, label in FAMILIES + [("overall", "overall")]:
        if fam not in summary[engines[0]]:
            continue
        if fam == "overall":
            lines.append("─" * len(head))
        line = f"{label:24} {summary[engines[0]][fam]['n']:>3} "
        for e in engines:
            a = summary[e][fam]
            line += "│ " + " ".join(f"{cell(a[c[1]], c[2]):>{c[3]}}" for c in cols) + " "
        lines.append(line.rstrip())
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--entries", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=20261123, help="seed of the generated site and of the query choice")
    ap.add_argument("--thidua", help="use this binary instead of cargo build --release")
    ap.add_argument("--reuse", action="store_true", help="reuse the generated and built site when present (same --entries, --seed)")
    ap.add_argument("--no-pagefind", action="store_true", help="thidua alone")
    ap.add_argument("--out", type=Path, default=WORK / "results.json", help="JSON with the summary and every query")
    ap.add_argument("--verbose", action="store_true", help="print every query's figures")
    args = ap.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)

    binary = thidua_binary(args.thidua)
    _, out = build(binary, args.entries, args.seed, args.reuse)
    pf = None
    if not args.no_pagefind:
        pf = run_pagefind(pagefind_binary(), out)
    elif (out / "pagefind").exists():
        shutil.rmtree(out / "pagefind")

    g = gen_site.Gen(args.seed, args.entries)
    g.build()
    judge = Judge(g.records)
    queries = queries_from(g.records, judge, args.seed)
    qfile = WORK / "queries.json"
    qfile.write_text(json.dumps([{"q": q["q"], "typing": q["prefix"]} for q in queries], ensure_ascii=False), encoding="utf-8")
    say(f"{len(queries)} judged queries on {len(judge.live)} entry pages; running them in headless Chromium …")
    proc = subprocess.run(["node", str(HERE / "search_relevance.mjs"), str(out), str(qfile)],
                          stdout=subprocess.PIPE, text=True, timeout=1800)
    if proc.returncode:
        say(f"search_relevance.mjs failed (exit {proc.returncode})")
        sys.exit(1)
    res = json.loads(proc.stdout.strip().splitlines()[-1])
    engines = ["thidua"] + (["pagefind"] if pf else [])

    summary: dict = {}
    detail = []
    for e in engines:
        rows: dict[str, list[dict]] = {}
        for q, r in zip(queries, res[e]):
            s = score(q, r)
            rows.setdefault(q["family"], []).append(s)
            rows.setdefault("overall", []).append(s)
            r["score"] = s
        summary[e] = {fam: aggregate(rows[fam]) for fam in rows}
    for i, q in enumerate(queries):
        detail.append({**q, **{e: res[e][i] for e in engines}})

    if args.verbose:
        for d in detail:
            say(f"\n[{d['family']}] {d['q']!r}  relevant {len(d['relevant'])}")
            for e in engines:
                r = d[e]
                s = r["score"]
                extra = f" status {r['status']!r}" if e == "thidua" else ""
                say(f"  {e:8} count {r['count']:5}  P@10 {s.get('p10', '–')}  RR {s.get('rr', '–')}  "
                    f"{r['bytes'] / 1000:.1f} KB{extra}")
    say("")
    say(f"site: {args.entries} entries (seed {args.seed}), {len(judge.live)} entry pages; {len(queries)} queries"
        + (f"; {pf['version']} indexed {pf['pages']} pages ({pf['bytes'] / 1000:.0f} KB)" if pf else ""))
    for line in table(summary, engines):
        say(line)
    say("P@10: relevant among the first min(10, R) results ÷ min(10, R), R = relevant pages; "
        "MRR: 1/rank of the first relevant result in the top 10; @1: right page first; "
        "zero: share of absent queries with no result; count: median count shown; "
        "KB: mean bytes on the wire per query after a first search (gzip for text), rawKB uncompressed. "
        "Absent queries count only in 'zero'; overall P@10/MRR/@1 are over the other queries.")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"entries": args.entries, "seed": args.seed, "binary": str(binary), "pagefind": pf,
                                    "summary": summary, "queries": detail}, ensure_ascii=False, indent=1),
                        encoding="utf-8")
    say(f"written {args.out}")


if __name__ == "__main__":
    main()
