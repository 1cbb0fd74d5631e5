"""A real oEmbed consumer (pyoembed, from PyPI) discovers and fetches the
oEmbed of built pages served on loopback.

Usage: oembed_consumer.py SITE_DIR PORT PATH...   (the site must have been
built with --base-url http://127.0.0.1:PORT). Exit 1 on a problem, 3 when
pyoembed is missing.
"""

import functools
import http.server
import sys
import threading

try:
    from pyoembed import oEmbed
except ImportError as e:  # pragma: no cover
    print(f"missing Python package: {e.name}")
    sys.exit(3)


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def main():
    site, port, paths = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    handler = functools.partial(Quiet, directory=site)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    origin = f"http://127.0.0.1:{port}"
    problems = []
    try:
        for path in paths:
            url = origin + path
            try:
                # Discovery from <link rel="alternate" type="application/json+oembed">;
                # maxwidth is sent as a consumer would (a static file ignores it).
                data = oEmbed(url, maxwidth=640)
            except Exception as e:  # noqa: BLE001 - report any consumer failure
                problems.append(f"{path}: {e!r}")
                continue
            want = {"version": "1.0", "type": "rich"}
            for k, v in want.items():
                if str(data.get(k)) != v:
                    problems.append(f"{path}: {k} = {data.get(k)!r}")
            html = data.get("html", "")
            card = f"{origin}/embed{path.rstrip('/')}.html"
            if f'src="{card}"' not in html or "data-thidua-embed" not in html:
                problems.append(f"{path}: html does not frame the embed: {html!r}")
            for k in ("width", "height"):
                if not isinstance(data.get(k), int):
                    problems.append(f"{path}: {k} is not an integer")
            for k in ("title", "provider_name", "provider_url"):
                if not data.get(k):
                    problems.append(f"{path}: no {k}")
    finally:
        server.shutdown()
    print(f"pyoembed fetched {len(paths) - len(problems)} of {len(paths)} oEmbed responses")
    for p in problems:
        print(p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
