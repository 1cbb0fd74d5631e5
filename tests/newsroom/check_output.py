"""Checks a built site (argv[1]) with real consumers: every feed through
feedparser (no bozo), every page's JSON-LD and Open Graph through extruct,
every XML/JSON output through the standard parsers, and every HTML page
through html.parser to prove editors' text never became markup or script.

Run by tests/it/newsroom.rs. Prints one line per problem and exits 1 if any;
exits 3 when a needed package is missing (the Rust test decides whether
that skips or fails).
"""

import json
import os
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

try:
    import extruct
    import feedparser
except ImportError as e:  # pragma: no cover
    print(f"missing Python package: {e.name}")
    sys.exit(3)

HOSTILE = "alert(1)"
problems = []


class Page(HTMLParser):
    """Collects scripts, comments and the `<head>` metadata of one page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.scripts = []  # (attrs, text)
        self.comments = []
        self.in_script = None
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self.in_script = [dict(attrs), ""]

    def handle_endtag(self, tag):
        if tag == "script" and self.in_script is not None:
            self.scripts.append(tuple(self.in_script))
            self.in_script = None

    def handle_data(self, data):
        if self.in_script is not None:
            self.in_script[1] += data

    def handle_comment(self, data):
        self.comments.append(data)


def check_html(path, rel):
    text = open(path, encoding="utf-8").read()
    p = Page()
    p.feed(text)
    p.close()
    for attrs, body in p.scripts:
        kind = attrs.get("type", "")
        if kind == "application/ld+json":
            try:
                json.loads(body)
            except ValueError as e:
                problems.append(f"{rel}: JSON-LD does not parse: {e}")
        elif HOSTILE in body:
            problems.append(f"{rel}: editor text inside an executable script")
    for tag, attrs in p.tags:
        for name in attrs:
            if name.startswith("on"):
                problems.append(f"{rel}: event handler attribute {name} on <{tag}>")
    for c in p.comments:
        if HOSTILE in c:
            problems.append(f"{rel}: editor text opened an HTML comment")
    return text


def check_metadata(text, rel, base_url):
    data = extruct.extract(text, base_url=base_url, syntaxes=["json-ld", "opengraph"], uniform=True)
    if not data["json-ld"]:
        problems.append(f"{rel}: no JSON-LD found by extruct")
    if not data["opengraph"]:
        problems.append(f"{rel}: no Open Graph found by extruct")
    types = set()
    for block in data["json-ld"]:
        for node in block.get("@graph", [block]):
            types.add(node.get("@type"))
    if "BreadcrumbList" not in types:
        problems.append(f"{rel}: no BreadcrumbList")
    og = data["opengraph"][0] if data["opengraph"] else {}
    if og.get("og:locale") != "vi_VN":
        problems.append(f"{rel}: og:locale is {og.get('og:locale')!r}")
    return types


def check_feed(path, rel):
    """Atom through feedparser (6.0 has no JSON Feed parser: JSON Feed 1.1
    is checked against the spec's required members instead)."""
    if path.endswith(".json"):
        return check_json_feed(path, rel)
    d = feedparser.parse(path)
    if d.bozo:
        problems.append(f"{rel}: feedparser bozo: {d.bozo_exception!r}")
    if d.version != "atom10":
        problems.append(f"{rel}: not read as Atom 1.0 ({d.version!r})")
    for e in d.entries:
        check_entry(rel, e.get("link", ""), e.get("updated", ""))
    return len(d.entries)


def check_entry(rel, link, updated):
    if not link.startswith("http"):
        problems.append(f"{rel}: entry link not absolute: {link!r}")
    if not updated.endswith("+07:00"):
        problems.append(f"{rel}: entry date without +07:00: {updated!r}")


def check_json_feed(path, rel):
    feed = json.load(open(path, encoding="utf-8"))
    if feed.get("version") != "https://jsonfeed.org/version/1.1":
        problems.append(f"{rel}: JSON Feed version {feed.get('version')!r}")
    for key in ("title", "home_page_url", "feed_url"):
        if not isinstance(feed.get(key), str):
            problems.append(f"{rel}: JSON Feed without {key}")
    for item in feed.get("items", []):
        if not isinstance(item.get("id"), str):
            problems.append(f"{rel}: item without a string id")
        if "content_html" not in item and "content_text" not in item:
            problems.append(f"{rel}: item without content")
        check_entry(rel, item.get("url", ""), item.get("date_modified", ""))
    return len(feed.get("items", []))


def main():
    root, base_url = sys.argv[1], sys.argv[2]
    expect = json.loads(sys.argv[3]) if len(sys.argv) > 3 else {}
    feeds = 0
    for dirpath, _, files in os.walk(root):
        for name in files:
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, root)
            if name.endswith(".html"):
                text = check_html(path, rel)
                # Embedded cards are noindex with a canonical link to the
                # full page, which carries the metadata.
                if name == "index.html" and not rel.startswith("embed" + os.sep):
                    types = check_metadata(text, rel, base_url)
                    want = expect.get(rel)
                    if want and want not in types:
                        problems.append(f"{rel}: JSON-LD types {sorted(map(str, types))}, expected {want}")
            elif name.endswith(".xml"):
                try:
                    ET.parse(path)
                except ET.ParseError as e:
                    problems.append(f"{rel}: XML does not parse: {e}")
            elif name.endswith(".json"):
                try:
                    json.load(open(path, encoding="utf-8"))
                except ValueError as e:
                    problems.append(f"{rel}: JSON does not parse: {e}")
            if name in ("feed.xml", "feed.json"):
                check_feed(path, rel)
                feeds += 1
    print(f"checked {feeds} feeds")
    for p in problems:
        print(p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
