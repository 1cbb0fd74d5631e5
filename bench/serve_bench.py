#!/usr/bin/env python3
"""Edit-to-reload latency of `thidua serve` on the generated bench site.

    python3 bench/serve_bench.py [--entries 10000] [--edits 15] [--budget-ms 100]

1. builds thidua (`cargo build --release --bin thidua`) unless --binary,
2. generates the site with bench/gen_site.py --full-theme into
   OUT/site-N (OUT: --out-dir, default /dev/shm/thidua-serve-bench when
   /dev/shm exists, else bench/work/serve); --reuse keeps an existing one,
3. starts `thidua serve --root OUT/site-N/thidua --port P` on a free port and
   waits for the line with http://127.0.0.1:P/ (the first build is done),
4. opens the live-reload stream GET /__thidua/events (Server-Sent Events)
   and reads its `hello`,
5. body edits (--edits, a different exemplar each time): appends a sentence
   to the end of the file (its Markdown body) in one write; the latency is
   from just before the write to the arrival of the next `reload` event.
   The page named in the event's `changed` list is then fetched and must
   contain the sentence. Then, for information: front-matter edits (the
   `title:`), one new file (a copy of an exemplar) and its deletion,
6. prints the figures and three verdicts (issue 14's targets): the median
   body edit's reload within --budget-ms (100), the median title edit's
   within --title-budget-ms (150), the median body edit's `ready` within
   --ready-budget-ms (500); writes bench/work/serve_results.json.

The server is stopped at the end (and on Ctrl-C), then every edited file gets
its original bytes back and the new file is removed. The generated site is
left in place for --reuse (--clean removes it).

A report, not a test: exit status 0 whatever the verdict, 1 when cargo, the
generator or the server fails to start (the tail of its output is shown).
Standard library only.
"""

from __future__ import annotations

import argparse
import collections
import html
import json
import math
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
WORK = HERE / "work"
RESULTS = WORK / "serve_results.json"
EVENTS_PATH = "/__thidua/events"
SECTION_URL = "guong-dien-hinh"  # exemplars' URL path (thidua's default, see gen_site.SECTIONS)
NEW_SLUG = "zz-serve-bench-moi"  # the file created (and deleted) by the run


def say(msg: str = "") -> None:
    print(msg, flush=True)


def default_out_dir() -> Path:
    shm = Path("/dev/shm")
    if shm.is_dir() and os.access(shm, os.W_OK):
        return shm / "thidua-serve-bench"
    return WORK / "serve"


# ---------------------------------------------------------------------------
# Server-Sent Events over a raw socket
# ---------------------------------------------------------------------------


class StreamClosed(Exception):
    pass


class ServerGone(Exception):
    """The event stream closed and could not be opened again."""


class SSEEvent:
    __slots__ = ("name", "data", "id", "t")

    def __init__(self, name: str, data: str, id_: str | None, t: float):
        self.name, self.data, self.id, self.t = name, data, id_, t

    def json(self) -> dict:
        try:
            v = json.loads(self.data)
        except ValueError:
            return {}
        return v if isinstance(v, dict) else {}

    def __repr__(self) -> str:
        return f"SSEEvent({self.name!r}, {self.data[:80]!r})"


class SSEClient:
    """A GET on an event stream, read incrementally with timeouts.

    Raw socket, so that a timeout never loses buffered bytes. Handles
    `Transfer-Encoding: chunked` or a plain (close-delimited) body, lines ending
    in LF or CRLF, comments (`:` lines, e.g. keep-alives), multi-line `data`,
    `event`, `id`. Each event is stamped with time.perf_counter() at the recv()
    that completed it."""

    def __init__(self, host: str, port: int, path: str, timeout: float = 10.0):
        self.host, self.port, self.path = host, port, path
        self.sock = socket.create_connection((host, port), timeout=timeout)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        req = (f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nAccept: text/event-stream\r\n"
               "Cache-Control: no-cache\r\nUser-Agent: thidua-serve-bench\r\n\r\n")
        self.sock.sendall(req.encode("ascii"))
        self.raw = bytearray()      # bytes received, not yet de-chunked
        self.body = bytearray()     # de-chunked body, not yet split into lines
        self.events: collections.deque[SSEEvent] = collections.deque()
        self.comments = 0
        self.closed = False
        self._name = ""
        self._data: list[str] = []
        self._id: str | None = None
        self._chunk_left = -1       # -1: expecting a size line; -2: expecting CRLF after a chunk
        self.status, self.headers = self._read_head(time.perf_counter() + timeout)
        self.chunked = "chunked" in self.headers.get("transfer-encoding", "").lower()
        rest, self.raw = bytes(self.raw), bytearray()
        self._feed(rest, time.perf_counter())

    def close(self) -> None:
        try:
            self.sock.close()
        except OSError:
            pass

    def _recv(self, timeout: float) -> bool:
        """One recv(); False on timeout. Raises StreamClosed on EOF."""
        if self.closed:
            raise StreamClosed("event stream closed by the server")
        self.sock.settimeout(max(timeout, 0.001))
        try:
            data = self.sock.recv(65536)
        except (socket.timeout, BlockingIOError):
            return False
        except OSError as e:
            self.closed = True
            raise StreamClosed(f"event stream: {e}") from e
        t = time.perf_counter()
        if not data:
            self.closed = True
            raise StreamClosed("event stream closed by the server")
        self._feed(data, t)
        return True

    def _read_head(self, deadline: float) -> tuple[int, dict]:
        while b"\r\n\r\n" not in self.raw:
            left = deadline - time.perf_counter()
            if left <= 0:
                raise TimeoutError("no HTTP response head from the event stream")
            self.sock.settimeout(left)
            try:
                data = self.sock.recv(65536)
            except socket.timeout:
                continue
            if not data:
                raise StreamClosed("connection closed before the response head")
            self.raw += data
        head, _, rest = bytes(self.raw).partition(b"\r\n\r\n")
        self.raw = bytearray(rest)
        lines = head.decode("latin-1").split("\r\n")
        m = re.match(r"HTTP/\d(?:\.\d)?\s+(\d{3})", lines[0])
        if not m:
            raise ValueError(f"not an HTTP response: {lines[0]!r}")
        headers = {}
        for line in lines[1:]:
            k, _, v = line.partition(":")
            headers[k.strip().lower()] = v.strip()
        return int(m.group(1)), headers

    def _feed(self, data: bytes, t: float) -> None:
        if not self.chunked:
            self.body += data
        else:
            self.raw += data
            while True:
                if self._chunk_left == -1:
                    i = self.raw.find(b"\r\n")
                    if i < 0:
                        break
                    size_line = bytes(self.raw[:i]).split(b";")[0].strip()
                    del self.raw[:i + 2]
                    size = int(size_line or b"0", 16)
                    if size == 0:  # last chunk: the server ended the stream
                        self.closed = True
                        break
                    self._chunk_left = size
                elif self._chunk_left == -2:
                    if len(self.raw) < 2:
                        break
                    del self.raw[:2]
                    self._chunk_left = -1
                else:
                    take = min(self._chunk_left, len(self.raw))
                    if take == 0:
                        break
                    self.body += self.raw[:take]
                    del self.raw[:take]
                    self._chunk_left -= take
                    if self._chunk_left == 0:
                        self._chunk_left = -2
        self._parse(t)

    def _parse(self, t: float) -> None:
        while True:
            i = self.body.find(b"\n")
            if i < 0:
                return
            line = bytes(self.body[:i]).decode("utf-8", errors="replace")
            del self.body[:i + 1]
            if line.endswith("\r"):
                line = line[:-1]
            if line == "":
                if self._data or self._name:
                    self.events.append(SSEEvent(self._name or "message", "\n".join(self._data), self._id, t))
                self._name, self._data = "", []
                continue
            if line.startswith(":"):
                self.comments += 1
                continue
            field, sep, value = line.partition(":")
            if sep and value.startswith(" "):
                value = value[1:]
            if field == "event":
                self._name = value
            elif field == "data":
                self._data.append(value)
            elif field == "id":
                self._id = value
            # "retry" and unknown fields: ignored, as the standard says

    def next_event(self, timeout: float) -> SSEEvent | None:
        """The next event, or None when `timeout` seconds pass without one."""
        deadline = time.perf_counter() + timeout
        while not self.events:
            left = deadline - time.perf_counter()
            if left <= 0:
                return None
            self._recv(left)
        return self.events.popleft()


def open_events(port: int, timeout: float) -> tuple[SSEClient, SSEEvent]:
    """Connect to the event stream and read its `hello` (retrying the connection
    for a few seconds: the ready line may come just before the listener accepts)."""
    deadline = time.perf_counter() + timeout
    last: Exception | None = None
    while time.perf_counter() < deadline:
        try:
            sse = SSEClient("127.0.0.1", port, EVENTS_PATH, timeout=max(1.0, deadline - time.perf_counter()))
        except (OSError, StreamClosed, TimeoutError) as e:
            last = e
            time.sleep(0.1)
            continue
        if sse.status != 200:
            sse.close()
            raise RuntimeError(f"GET {EVENTS_PATH}: HTTP {sse.status}")
        ctype = sse.headers.get("content-type", "")
        if "text/event-stream" not in ctype:
            say(f"warning: GET {EVENTS_PATH} has Content-Type {ctype!r}, not text/event-stream")
        while True:
            ev = sse.next_event(max(0.0, deadline - time.perf_counter()))
            if ev is None:
                sse.close()
                raise TimeoutError(f"no `hello` event on {EVENTS_PATH} within {timeout:.0f} s")
            if ev.name == "hello":
                return sse, ev
            say(f"note: event {ev.name!r} before `hello` ignored")
    raise RuntimeError(f"cannot connect to {EVENTS_PATH}: {last}")


# ---------------------------------------------------------------------------
# The server process
# ---------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`thidua serve` as a child, its stdout+stderr read by a thread into a
    ring of recent lines and a log file, so that the pipe never fills."""

    def __init__(self, cmd: list[str], port: int, log: Path):
        self.cmd, self.port, self.log = cmd, port, log
        self.lines: collections.deque[str] = collections.deque(maxlen=400)
        self.ready = threading.Event()
        self.ready_re = re.compile(rf"http://(?:127\.0\.0\.1|localhost):{port}/")
        log.parent.mkdir(parents=True, exist_ok=True)
        self.t_start = time.perf_counter()
        self.t_ready: float | None = None
        # A session of its own: Ctrl-C in the terminal reaches this script only,
        # which then stops the server itself (and restores the edited files).
        self.proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT, start_new_session=True)
        self.thread = threading.Thread(target=self._pump, daemon=True)
        self.thread.start()

    def _pump(self) -> None:
        with open(self.log, "w", encoding="utf-8") as sink:
            for raw in iter(self.proc.stdout.readline, b""):
                line = raw.decode("utf-8", errors="replace").rstrip("\r\n")
                self.lines.append(line)
                sink.write(line + "\n")
                sink.flush()
                if not self.ready.is_set() and self.ready_re.search(line):
                    self.t_ready = time.perf_counter()
                    self.ready.set()

    def wait_ready(self, timeout: float) -> str | None:
        """None when serving; else why not."""
        deadline = time.perf_counter() + timeout
        while not self.ready.wait(0.1):
            if self.proc.poll() is not None:
                self.thread.join(2)
                return f"the server exited with status {self.proc.returncode} before serving"
            if time.perf_counter() > deadline:
                return f"no line with http://127.0.0.1:{self.port}/ after {timeout:.0f} s"
        return None

    def tail(self, n: int = 40) -> str:
        return "\n".join(list(self.lines)[-n:]) or "(no output)"

    def stop(self) -> int | None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.thread.join(2)
        return self.proc.returncode


# ---------------------------------------------------------------------------
# Edits
# ---------------------------------------------------------------------------


class Site:
    """The edited files and their original bytes, to put back at the end."""

    def __init__(self, root: Path):
        self.root = root
        self.exemplars_dir = root / "content" / "exemplars"
        self.originals: dict[Path, bytes] = {}
        self.created: list[Path] = []

    def exemplars(self) -> list[Path]:
        out = []
        for p in sorted(self.exemplars_dir.glob("*.md")):
            if p.stem == NEW_SLUG:
                continue
            fm = front_matter(p.read_text(encoding="utf-8"))
            if re.search(r"(?m)^draft:\s*true\s*$", fm):
                continue  # drafts have no page
            out.append(p)
        return out

    def remember(self, path: Path) -> bytes:
        if path not in self.originals:
            self.originals[path] = path.read_bytes()
        return path.read_bytes()

    def restore(self) -> list[str]:
        problems = []
        for path, data in self.originals.items():
            try:
                if not path.exists() or path.read_bytes() != data:
                    path.write_bytes(data)
            except OSError as e:
                problems.append(f"{path}: {e}")
        for path in self.created:
            try:
                path.unlink(missing_ok=True)
            except OSError as e:
                problems.append(f"{path}: {e}")
        return problems


def front_matter(text: str) -> str:
    if not text.startswith("---"):
        return ""
    end = text.find("\n---", 3)
    return text[:end] if end > 0 else ""


def append_body(text: str, sentence: str) -> str:
    """The sentence as a paragraph of its own at the end of the body."""
    if not text.endswith("\n"):
        text += "\n"
    return text + "\n" + sentence + "\n"


def edit_title(text: str, suffix: str) -> str:
    """`title: "X"` → `title: "X<suffix>"` in the front matter (only there)."""
    fm = front_matter(text)
    m = re.search(r'(?m)^title:[ \t]*(.*?)[ \t]*$', fm)
    if not m:
        raise ValueError("no title: line in the front matter")
    value = m.group(1)
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        new = value[:-1] + suffix + value[-1]
    else:
        new = value + suffix
    return text[:m.start(1)] + new + text[m.end(1):]


def write_once(path: Path, data: bytes) -> float:
    """t0 just before the write; one write() call, then close."""
    t0 = time.perf_counter()
    with open(path, "wb") as f:
        f.write(data)
    return t0


def page_url(changed, slug: str) -> str | None:
    """/guong-dien-hinh/<slug>/ when the event's `changed` list names that page
    (as an output file …/guong-dien-hinh/<slug>/index.html or a URL
    …/guong-dien-hinh/<slug>/); else None: the page is not assumed."""
    if not isinstance(changed, list):
        return None
    found = []
    for item in changed:
        if not isinstance(item, str):
            continue
        s = item.replace("\\", "/")
        i = s.find(SECTION_URL + "/")
        if i < 0:
            continue
        rest = s[i + len(SECTION_URL) + 1:]
        if rest.endswith("index.html"):
            rest = rest[:-len("index.html")]
        m = re.fullmatch(r"([^/]+)/", rest)
        if m and m.group(1) != "page":
            found.append(m.group(1))
    if slug in found:
        return f"/{SECTION_URL}/{slug}/"
    return None


_opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never via a proxy


def http_get(port: int, path: str, timeout: float = 10.0) -> tuple[int, str]:
    try:
        with _opener.open(f"http://127.0.0.1:{port}{path}", timeout=timeout) as r:
            return r.status, r.read().decode("utf-8", errors="replace")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", errors="replace")
    except (urllib.error.URLError, OSError) as e:
        return 0, str(e)


def contains(page: str, sentence: str) -> bool:
    return sentence in page or sentence in html.unescape(page)


class Bench:
    def __init__(self, port: int, sse: SSEClient, generation, timeout: float, pause: float):
        self.port, self.sse, self.timeout, self.pause = port, sse, timeout, pause
        self.generation = generation if isinstance(generation, (int, float)) else None
        self.stray: list[dict] = []  # events that arrived between measurements

    def _note(self, ev: SSEEvent) -> None:
        g = ev.json().get("generation")
        if isinstance(g, (int, float)):
            self.generation = g if self.generation is None else max(self.generation, g)

    def settle(self) -> None:
        """Wait --pause, reading (and setting aside) whatever arrives meanwhile,
        so that each edit is a rebuild of its own."""
        end = time.perf_counter() + self.pause
        while (left := end - time.perf_counter()) > 0:
            ev = self.sse.next_event(left)
            if ev is None:
                break
            if ev.name != "error":
                self._note(ev)
            if ev.name != "hello":
                self.stray.append({"event": ev.name, "data": ev.json() or ev.data[:200]})

    def wait_reload(self, t0: float) -> dict:
        """The first `reload` with a generation above the last one seen."""
        errors = []
        deadline = t0 + self.timeout
        while True:
            ev = self.sse.next_event(max(0.0, deadline - time.perf_counter()))
            if ev is None:
                return {"ok": False, "why": f"no reload within {self.timeout:.0f} s", "errors": errors}
            d = ev.json()
            g = d.get("generation")
            if ev.name == "error":
                # (its generation is not noted: a server may number a failed
                # attempt like the successful rebuild that follows it)
                errors.append({"ms": (ev.t - t0) * 1000, "text": str(d.get("text", ev.data))[:500]})
                continue
            if ev.name != "reload":
                if ev.name == "hello":
                    self._note(ev)
                continue
            if isinstance(g, (int, float)) and self.generation is not None and g <= self.generation:
                continue  # an older rebuild's event
            self._note(ev)
            changed = d.get("changed")
            return {
                "ok": True,
                "latency_ms": (ev.t - t0) * 1000,
                "server_ms": d.get("ms"),
                "pages": d.get("pages"),
                "generation": g,
                "changed_count": len(changed) if isinstance(changed, list) else None,
                "changed_sample": changed[:10] if isinstance(changed, list) else changed,
                "_changed": changed,
                "errors": errors,
            }

    def wait_ready(self, t0: float, first: dict) -> dict:
        """After the first reload (`first`): milliseconds from t0 until the
        `ready` event, and until the last `reload` before it — thidua serves
        an edited entry's own pages first, then the lists and other pages
        showing it, each step with its reload event — with the pages all
        the reloads rendered."""
        deadline = t0 + self.timeout
        out = {"pages_ms": first["latency_ms"], "pages_all": first.get("pages") or 0}
        while True:
            ev = self.sse.next_event(max(0.0, deadline - time.perf_counter()))
            if ev is None:
                return out
            if ev.name == "ready":
                self._note(ev)
                out["settled_ms"] = (ev.t - t0) * 1000
                return out
            if ev.name == "reload":
                out["pages_ms"] = (ev.t - t0) * 1000
                out["pages_all"] += ev.json().get("pages") or 0
            if ev.name != "error":
                self._note(ev)

    def measure(self, label: str, path: Path, act, check=None) -> dict:
        """settle, act() (returns t0), wait for the reload, then check(res)."""
        try:
            self.settle()
        except StreamClosed:
            self.reconnect()
        t0 = act()
        try:
            res = self.wait_reload(t0)
        except StreamClosed as e:
            res = {"ok": False, "why": str(e), "errors": []}
            self.reconnect()
        if res.get("ok"):
            # The server then finishes the site-wide files (feeds, sitemap,
            # search index) and says `ready`: the next edit starts on an idle
            # server, so each measurement is one edit's own latency.
            try:
                res.update(self.wait_ready(t0, res))
            except StreamClosed:
                self.reconnect()
        res["what"] = label
        res["file"] = path.name
        if res["ok"] and check:
            res["check"] = check(res)
        res.pop("_changed", None)
        return res

    def reconnect(self) -> None:
        self.sse.close()
        try:
            self.sse, hello = open_events(self.port, 10)
        except Exception as e:  # noqa: BLE001
            raise ServerGone(f"the event stream closed and cannot be reopened: {e}") from e
        self._note(hello)


def check_page(bench: Bench, slug: str, sentence: str, expect_present: bool = True):
    def check(res: dict) -> dict:
        url = page_url(res.get("_changed"), slug)
        if url is None:
            return {"status": "skipped", "why": f"`changed` does not list {SECTION_URL}/{slug}/index.html"}
        status, body = http_get(bench.port, url)
        if expect_present:
            ok = status == 200 and contains(body, sentence)
            why = "" if ok else (f"HTTP {status}" if status != 200 else "the page does not show the edit yet")
        else:
            ok = status == 404 or (status == 200 and not contains(body, sentence))
            why = "" if ok else f"HTTP {status}: the deleted page is still served"
        return {"status": "ok" if ok else "stale", "url": url, "http": status, **({"why": why} if why else {})}
    return check


def check_gone(bench: Bench, slug: str):
    """After a delete: the page's URL should no longer be served (404)."""
    def check(res: dict) -> dict:
        url = f"/{SECTION_URL}/{slug}/"
        status, _ = http_get(bench.port, url)
        return {"status": "ok" if status == 404 else "stale", "url": url, "http": status}
    return check


# ---------------------------------------------------------------------------
# Figures
# ---------------------------------------------------------------------------


def p90(values: list[float]) -> float:
    """Nearest rank: the smallest value with at least 90 % of the values at or below it."""
    v = sorted(values)
    return v[max(0, math.ceil(0.9 * len(v)) - 1)]


def latencies(runs: list[dict]) -> list[float]:
    """Failed measurements (no reload) count as infinitely slow."""
    return [r["latency_ms"] if r["ok"] else math.inf for r in runs]


def nums(runs: list[dict], key: str) -> list[float]:
    return [r[key] for r in runs if r["ok"] and isinstance(r.get(key), (int, float))]


def fmt(x, digits: int = 1) -> str:
    if x is None:
        return "–"
    if isinstance(x, float) and math.isinf(x):
        return "timeout"
    return f"{x:.{digits}f}"


def row(label: str, runs: list[dict]) -> tuple[str, dict]:
    lat = latencies(runs)
    srv, pages = nums(runs, "server_ms"), nums(runs, "pages")
    settled = nums(runs, "settled_ms")
    all_pages, all_pages_ms = nums(runs, "pages_all"), nums(runs, "pages_ms")
    s = {
        "all_pages_median": statistics.median(all_pages) if all_pages else None,
        "all_pages_ms_median": statistics.median(all_pages_ms) if all_pages_ms else None,
        "settled_ms_median": statistics.median(settled) if settled else None,
        "n": len(runs),
        "failed": sum(not r["ok"] for r in runs),
        "median_ms": statistics.median(lat) if lat else None,
        "p90_ms": p90(lat) if lat else None,
        "max_ms": max(lat) if lat else None,
        "server_ms_median": statistics.median(srv) if srv else None,
        "pages_median": statistics.median(pages) if pages else None,
    }
    line = (f"  {label:<20} {s['n']:>3} {fmt(s['median_ms']):>9} {fmt(s['p90_ms']):>9} {fmt(s['max_ms']):>9}"
            f" {fmt(s['server_ms_median']):>11} {fmt(s['pages_median'], 0):>7}"
            f" {fmt(s['all_pages_ms_median']):>9} {fmt(s['all_pages_median'], 0):>7} {fmt(s['settled_ms_median']):>9}")
    return line, s


def json_safe(x):
    if isinstance(x, float) and not math.isfinite(x):
        return None
    if isinstance(x, dict):
        return {k: json_safe(v) for k, v in x.items()}
    if isinstance(x, list):
        return [json_safe(v) for v in x]
    return x


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------


def thidua_binary(given: str | None) -> Path | None:
    if given:
        return Path(given).resolve()
    say("cargo build --release --bin thidua …")
    r = subprocess.run(["cargo", "build", "--release", "--bin", "thidua"], cwd=REPO, capture_output=True, text=True)
    if r.returncode:
        say(f"FAILED: cargo build --release (exit {r.returncode}). Last lines of its stderr:")
        say("\n".join(r.stderr.rstrip().splitlines()[-40:]))
        return None
    return REPO / "target" / "release" / "thidua"


def generate(entries: int, seed: int, out: Path, reuse: bool) -> Path | None:
    root = out / "thidua"
    if reuse and (root / "thidua.yaml").is_file() and (root / "content" / "exemplars").is_dir():
        say(f"reusing the site in {root}")
        return root
    say(f"generating {entries} entries into {out} …")
    r = subprocess.run([sys.executable, str(HERE / "gen_site.py"), "--entries", str(entries), "--seed", str(seed),
                        "--out", str(out), "--full-theme"], capture_output=True, text=True)
    if r.returncode:
        say("FAILED: gen_site.py\n" + r.stderr[-4000:])
        return None
    return root


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--entries", type=int, default=10_000, help="entries to generate (default 10000)")
    ap.add_argument("--seed", type=int, default=20261123)
    ap.add_argument("--edits", type=int, default=15,
                    help="body edits measured (default 15); front-matter edits: a third of it, at least 3")
    ap.add_argument("--budget-ms", type=float, default=100.0,
                    help="PASS when the median body edit reloads within this (default 100)")
    ap.add_argument("--title-budget-ms", type=float, default=150.0,
                    help="PASS when the median title edit reloads within this (default 150)")
    ap.add_argument("--ready-budget-ms", type=float, default=500.0,
                    help="PASS when the median body edit's `ready` (everything rebuilt) arrives "
                         "within this (default 500)")
    ap.add_argument("--binary", "--thidua", dest="binary", metavar="PATH",
                    help="thidua binary to run (default: cargo build --release, target/release/thidua)")
    ap.add_argument("--out-dir", type=Path,
                    help="where the site is generated (default /dev/shm/thidua-serve-bench when /dev/shm "
                         "exists, else bench/work/serve); the site goes to OUT/site-N")
    ap.add_argument("--reuse", action="store_true", help="reuse OUT/site-N if it exists instead of regenerating")
    ap.add_argument("--clean", action="store_true", help="remove the generated site at the end")
    ap.add_argument("--port", type=int, default=0, help="port for the server (default: a free one)")
    ap.add_argument("--pause", type=float, default=0.3, help="seconds between edits (default 0.3)")
    ap.add_argument("--timeout", type=float, default=30.0, help="seconds to wait for each reload (default 30)")
    ap.add_argument("--start-timeout", type=float, default=300.0,
                    help="seconds to wait for the server's first build (default 300)")
    ap.add_argument("--serve-arg", action="append", default=[], metavar="ARG",
                    help="extra argument for `thidua serve` (repeatable)")
    a = ap.parse_args(argv)
    if a.edits < 1:
        ap.error("--edits must be at least 1")
    if a.entries < 50:
        ap.error("--entries must be at least 50 (gen_site.py's minimum)")

    WORK.mkdir(parents=True, exist_ok=True)
    binary = thidua_binary(a.binary)
    if binary is None:
        return 1
    if not binary.is_file():
        say(f"FAILED: no thidua binary at {binary}")
        return 1
    out_dir = (a.out_dir or default_out_dir()).resolve()
    site_dir = out_dir / f"site-{a.entries}"
    root = generate(a.entries, a.seed, site_dir, a.reuse)
    if root is None:
        return 1

    site = Site(root)
    leftover = site.exemplars_dir / f"{NEW_SLUG}.md"
    if leftover.exists():  # from an interrupted run
        leftover.unlink()
    pool = site.exemplars()
    n_body, n_fm = a.edits, max(3, a.edits // 3)
    total = n_body + n_fm + 1
    if not pool:
        say(f"FAILED: no exemplar in {site.exemplars_dir}")
        return 1
    if len(pool) < total:
        say(f"note: {len(pool)} exemplars for {total} edits: some files are edited twice")
    # Spread over the sorted list: deterministic, a different file each time.
    picks = [pool[(k * len(pool)) // total] if len(pool) >= total else pool[k % len(pool)] for k in range(total)]
    body_files, fm_files, copy_src = picks[:n_body], picks[n_body:n_body + n_fm], picks[-1]
    tag = f"{os.getpid() % 10000:04d}"  # tells this run's sentences from any left by an interrupted one

    port = a.port or free_port()
    cmd = [str(binary), "serve", "--root", str(root), "--port", str(port), *a.serve_arg]
    say(f"starting: {' '.join(cmd)}")
    log = WORK / "serve" / "server.log"
    server: Server | None = None
    sse: SSEClient | None = None
    bench: Bench | None = None
    previous = signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    try:
        try:
            server = Server(cmd, port, log)
        except OSError as e:
            say(f"FAILED: cannot run {binary}: {e}")
            return 1
        why = server.wait_ready(a.start_timeout)
        if why:
            say(f"FAILED: {why}. Last lines of its output ({log}):")
            say(server.tail())
            return 1
        startup_s = server.t_ready - server.t_start
        say(f"serving after {startup_s:.2f} s (first build included)")
        try:
            sse, hello = open_events(port, 15)
        except Exception as e:  # noqa: BLE001
            say(f"FAILED: live-reload stream: {e}. Last lines of the server's output ({log}):")
            say(server.tail())
            return 1
        say(f"event stream open: hello {hello.data}")
        bench = Bench(port, sse, hello.json().get("generation"), a.timeout, a.pause)

        def progress(res: dict) -> None:
            if res["ok"]:
                chk = res.get("check", {}).get("status", "")
                errs = f"  ({len(res['errors'])} error event(s) first)" if res["errors"] else ""
                say(f"  {res['what']:<12} {res['file'][:48]:<48} {res['latency_ms']:8.1f} ms  server "
                    f"{fmt(res['server_ms']):>7} ms  pages {fmt(res['pages'], 0):>5}  {chk}{errs}")
            else:
                say(f"  {res['what']:<12} {res['file'][:48]:<48} FAILED: {res['why']}")

        # 1. body edits
        say(f"\n{n_body} body edits (a sentence appended to the end of an exemplar) …")
        body = []
        for i, path in enumerate(body_files, 1):
            sentence = f"Cập nhật lần thứ {i}, lượt đo {tag}."
            data = append_body(site.remember(path).decode("utf-8"), sentence).encode("utf-8")
            res = bench.measure("body", path, lambda: write_once(path, data), check_page(bench, path.stem, sentence))
            res["sentence"] = sentence
            body.append(res)
            progress(res)

        # 2. front-matter edits (informational)
        say(f"\n{n_fm} front-matter edits (title changed), for information …")
        fm_runs = []
        for i, path in enumerate(fm_files, 1):
            suffix = f" (sửa {i})"
            try:
                data = edit_title(site.remember(path).decode("utf-8"), suffix).encode("utf-8")
            except ValueError as e:
                say(f"  skipped {path.name}: {e}")
                continue
            res = bench.measure("front matter", path, lambda: write_once(path, data),
                                check_page(bench, path.stem, suffix.strip()))
            fm_runs.append(res)
            progress(res)

        # 3. a new file, then its deletion (informational)
        say("\na new file, then its deletion, for information …")
        new = site.exemplars_dir / f"{NEW_SLUG}.md"
        sentence = f"Bản sao để đo, lượt đo {tag}."
        data = append_body(copy_src.read_text(encoding="utf-8"), sentence).encode("utf-8")
        site.created.append(new)
        new_run = bench.measure("new file", new, lambda: write_once(new, data), check_page(bench, NEW_SLUG, sentence))
        new_run["copied_from"] = copy_src.name
        progress(new_run)

        def delete() -> float:
            t0 = time.perf_counter()
            new.unlink()
            return t0
        del_run = bench.measure("delete", new, delete, check_gone(bench, NEW_SLUG))
        progress(del_run)
        bench.settle()
    except ServerGone as e:
        code = server.proc.poll() if server is not None else None
        say(f"\nFAILED: {e}" + (f" (the server exited with status {code})" if code is not None else ""))
        say(f"Last lines of the server's output ({log}):")
        say(server.tail() if server is not None else "(none)")
        return 1
    except KeyboardInterrupt:
        say("\ninterrupted")
        return 130
    finally:
        signal.signal(signal.SIGTERM, previous)
        if bench is not None:
            bench.sse.close()
        elif sse is not None:
            sse.close()
        rc = server.stop() if server is not None else None
        problems = site.restore()
        if problems:
            say("warning: could not restore: " + "; ".join(problems))
        if a.clean and site_dir.exists():
            shutil.rmtree(site_dir)

    # Figures
    header = (f"  {'':<20} {'n':>3} {'median':>9} {'p90':>9} {'max':>9} {'server ms':>11} {'pages':>7}"
              f" {'all pages':>9} {'pages':>7} {'settled':>9}")
    say("\nedit → first reload event, ms (server ms and pages: that event's `ms` and `pages`, medians;"
        "\n all pages: edit → the last reload event, every page rendered — an edited entry's own"
        "\n pages come first, the lists and pages showing it after — and the pages of all its reloads;"
        "\n settled: edit → `ready`, when feeds, sitemap and search index are rebuilt too)")
    say(header)
    say("  " + "-" * (len(header) - 2))
    summary = {}
    for key, label, runs in (("body", "body edits", body), ("front_matter", "front-matter edits", fm_runs),
                             ("new_file", "new file", [new_run]), ("delete", "delete", [del_run])):
        if not runs:
            continue
        line, s = row(label, runs)
        say(line)
        summary[key] = s
    say("")

    for label, runs in (("body edits", body), ("front-matter edits", fm_runs),
                        ("new file", [new_run]), ("delete", [del_run])):
        checks = [r.get("check") for r in runs if r["ok"]]
        done = [c for c in checks if c and c["status"] != "skipped"]
        skipped = [c for c in checks if c and c["status"] == "skipped"]
        stale = [c for c in done if c["status"] != "ok"]
        if not checks:
            continue
        parts = []
        if done:
            parts.append(f"{len(done) - len(stale)}/{len(done)} pages up to date after the reload event")
        if skipped:
            parts.append(f"{len(skipped)} not checked: {skipped[0]['why']}")
        say(f"content check, {label}: " + "; ".join(parts))
        for c in stale[:5]:
            say(f"  WARNING stale page {c['url']}: {c.get('why', 'HTTP ' + str(c['http']))}")
    errors = sum(len(r.get("errors", [])) for r in body + fm_runs + [new_run, del_run])
    if errors:
        say(f"note: {errors} `error` event(s) arrived before the reloads (e.g. a half-written file read by the server)")
    if bench.stray:
        say(f"note: {len(bench.stray)} event(s) arrived between measurements (late or extra rebuilds)")
    failed = [r for r in body if not r["ok"]]
    if failed:
        say(f"note: {len(failed)} body edit(s) got no reload; counted as infinitely slow")

    b = summary["body"]
    fm = summary.get("front_matter", {})

    def verdict(label: str, value, budget: float, detail: str) -> bool:
        ok = value is not None and value <= budget
        say(f"{label}: {fmt(value)} ms {'≤' if ok else '>'} {budget:g} ms → {'PASS' if ok else 'FAIL'}   {detail}")
        return ok

    say("")
    ok = verdict("edit-to-reload (body edit, median)", b["median_ms"], a.budget_ms,
                 f"(p90 {fmt(b['p90_ms'])} ms, max {fmt(b['max_ms'])} ms, {b['n']} edits, {a.entries} entries)")
    title_ok = verdict("edit-to-reload (title edit, median)", fm.get("median_ms"), a.title_budget_ms,
                       f"({fm.get('n', 0)} edits)")
    ready_ok = verdict("edit-to-ready (body edit, median)", b["settled_ms_median"], a.ready_budget_ms,
                       f"(title edits: {fmt(fm.get('settled_ms_median'))} ms)")

    data = {
        "entries": a.entries,
        "seed": a.seed,
        "site": str(root),
        "binary": str(binary),
        "command": cmd,
        "port": port,
        "budget_ms": a.budget_ms,
        "pause_s": a.pause,
        "cores": os.cpu_count(),
        "load_average": os.getloadavg()[0],
        "startup_s": startup_s,
        "hello": hello.json() or hello.data,
        "server_exit": rc,
        "summary": summary,
        "verdict": {"pass": ok, "median_ms": b["median_ms"], "p90_ms": b["p90_ms"],
                    "title_pass": title_ok, "title_median_ms": fm.get("median_ms"),
                    "ready_pass": ready_ok, "ready_median_ms": b["settled_ms_median"]},
        "title_budget_ms": a.title_budget_ms,
        "ready_budget_ms": a.ready_budget_ms,
        "body_edits": body,
        "front_matter_edits": fm_runs,
        "new_file": new_run,
        "delete": del_run,
        "events_between_measurements": bench.stray[:50],
        "server_log": str(log),
    }
    RESULTS.write_text(json.dumps(json_safe(data), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    say(f"results: {RESULTS.relative_to(REPO)}   server log: {log.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
