#!/usr/bin/env node
// Browser checks of a built thidua site, run by tests/it/browser.rs:
//
//   node tests/browser/check.mjs SITE_DIR OUT_DIR
//
// Serves SITE_DIR on 127.0.0.1, drives headless Chromium (Debian's
// /usr/bin/chromium through playwright-core; no browser is ever downloaded)
// over one concrete URL of every page type, found from sitemap.xml and from
// the pages' own links, and for each: the page loads with the right status,
// no console errors, no failed requests, axe-core finds no WCAG 2.1 A/AA
// violation (at the 390 px phone width and at 1280 px), every same-origin link answers 200 (and its #fragment exists on
// the target), the page is no wider than a 390 px phone, and <main> has text
// with JavaScript off. Then the Nu Html Checker (vnu.jar) validates the same
// pages' HTML files. Then the phone, print and embedding checks of
// mobile.mjs (tap targets, header height, chart text size, print styles, the
// embed card's height without the host script…). Screenshots go to
// OUT_DIR/<type>.png; a JSON report to OUT_DIR/report.json.
//
// Exit status: 0 all clean, 1 problems found (listed at the end), 2 the
// harness itself could not run (bad arguments, no Chromium, no Java...).
//
// Environment: CHROMIUM_PATH (default /usr/bin/chromium, else `chromium` on
// PATH), JAVA (default `java`).

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, createReadStream } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS } from './chromium.mjs';
import { mobileChecks } from './mobile.mjs';

const require = createRequire(import.meta.url);
const HERE = path.dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------- settings

const PHONE = { width: 390, height: 844 };
const LANDSCAPE = { width: 1600, height: 900 };
const DESKTOP = { width: 1280, height: 800 };
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SCREENSHOT_TYPES = new Set(['home', 'exemplar', 'campaign', 'backdrop']);
const OVERALL_TIMEOUT_MS = 420_000;
const NAV_TIMEOUT_MS = 30_000;

// The example site's section folders (thidua.yaml `sections:`) and the
// engine's fixed routes. Concrete pages under them are found from the sitemap
// and from links, never named here.
const SECTIONS = {
  exemplar: 'guong-dien-hinh',
  campaign: 'phong-trao',
  anniversary: 'ky-niem',
  event: 'su-kien',
  document: 'van-ban',
  news: 'tin-tuc',
  decision: 'quyet-dinh',
  nomination: 'lay-y-kien',
};
// Slugs the engine reserves under a section for its own list pages.
const RESERVED_SLUGS = new Set(['page', 'cu-nhat', 'loai', 'co-quan', 'phong-nen']);
const FIXED = {
  freePage: '/gioi-thieu/',
  taxonomy: '/linh-vuc/',
  awardForms: '/hinh-thuc-khen-thuong/',
  calendar: '/lich-ky-niem/',
  statistics: '/thong-ke/',
  search: '/tim-kiem/',
  honours: '/so-vang/',
  documentsOldest: '/van-ban/cu-nhat/',
  documentsByTypePrefix: '/van-ban/loai/',
};

// ---------------------------------------------------------------- helpers

function die(msg) {
  process.stderr.write(`check.mjs: ${msg}\n`);
  process.exit(2);
}

function which(cmd) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    const p = path.join(dir, cmd);
    try {
      if (statSync(p).isFile()) return p;
    } catch {}
  }
  return null;
}

function run(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...opts });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
  '.ics': 'text/calendar; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** A static server for `root`: `/x/` → `/x/index.html`, `/x` (a folder) →
 * 301 to `/x/`, anything missing → 404.html with status 404. */
function serve(root) {
  const rootAbs = path.resolve(root);
  const server = http.createServer((req, res) => {
    const send = (status, file, headers = {}) => {
      const type = CONTENT_TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
      const size = statSync(file).size;
      res.writeHead(status, { 'content-type': type, 'content-length': size, 'cache-control': 'no-store', ...headers });
      if (req.method === 'HEAD') return res.end();
      createReadStream(file).pipe(res);
    };
    const notFound = () => {
      const page = path.join(rootAbs, '404.html');
      if (existsSync(page)) return send(404, page);
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('404\n');
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' });
      return res.end();
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400);
      return res.end();
    }
    const file = path.join(rootAbs, pathname);
    if (file !== rootAbs && !file.startsWith(rootAbs + path.sep)) return notFound();
    let st;
    try {
      st = statSync(file);
    } catch {
      return notFound();
    }
    if (st.isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { location: req.url.replace(/^([^?#]*)/, '$1/') });
        return res.end();
      }
      const index = path.join(file, 'index.html');
      return existsSync(index) ? send(200, index) : notFound();
    }
    return send(200, file);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/** Every `id="..."` (and `<a name="...">`) in an HTML text. */
function idsOf(html) {
  const ids = new Set();
  for (const m of html.matchAll(/\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/gi)) {
    ids.add(decodeEntities(m[1] ?? m[2] ?? m[3]));
  }
  return ids;
}

function decodeEntities(s) {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function hrefsOf(html) {
  return [...html.matchAll(/<a\s[^>]*?href\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)].map((m) => decodeEntities(m[1] ?? m[2]));
}

// ---------------------------------------------------------------- main

async function main() {
  const [siteArg, outArg] = process.argv.slice(2);
  if (!siteArg || !outArg) die('usage: node check.mjs SITE_DIR OUT_DIR');
  const site = path.resolve(siteArg);
  const out = path.resolve(outArg);
  if (!existsSync(path.join(site, 'index.html'))) die(`${site} has no index.html: build the site first`);
  if (!existsSync(path.join(site, 'sitemap.xml'))) die(`${site} has no sitemap.xml`);
  mkdirSync(out, { recursive: true });

  const chromium = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : which('chromium'));
  if (!chromium || !existsSync(chromium)) die('Chromium not found (install Debian\'s `chromium` or set CHROMIUM_PATH)');
  const java = process.env.JAVA || 'java';
  const vnuJar = path.join(HERE, 'node_modules/vnu-jar/build/dist/vnu.jar');
  if (!existsSync(vnuJar)) die(`${vnuJar} missing: run npm ci --prefix tests/browser`);
  /** axe-core's WCAG 2.1 A/AA violations on the page as it is laid out now. */
  const runAxe = (page) => page.evaluate(async (tags) => {
    const res = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return res.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary, html: n.html.slice(0, 200) })),
    }));
  }, AXE_TAGS);
  const axePath = require.resolve('axe-core/axe.min.js');
  const { chromium: pwChromium } = await import('playwright-core');

  const started = Date.now();
  const server = await serve(site);
  const origin = `http://127.0.0.1:${server.address().port}`;

  // The published origin (base_url), from the sitemap: absolute links to it
  // are same-origin links, checked against the local server.
  const sitemap = readFileSync(path.join(site, 'sitemap.xml'), 'utf8');
  const locs = [...sitemap.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => decodeEntities(m[1]));
  if (locs.length === 0) die('sitemap.xml lists no <loc>');
  const siteOrigin = new URL(locs[0]).origin;
  const sitemapPaths = locs.map((l) => new URL(l).pathname);

  /** A link's target on the local server, or null when it is not ours. */
  const localUrl = (href, base) => {
    let u;
    try {
      u = new URL(href, base);
    } catch {
      return null;
    }
    if (u.origin === origin) return u;
    if (u.origin === siteOrigin) return new URL(u.pathname + u.search + u.hash, origin);
    return null;
  };

  // ---- fetch cache: status and ids of local pages
  const fetched = new Map();
  const fetchLocal = async (u) => {
    const key = u.pathname + u.search;
    if (!fetched.has(key)) {
      fetched.set(
        key,
        (async () => {
          const r = await fetch(origin + key, { redirect: 'manual' });
          const type = r.headers.get('content-type') || '';
          const body = type.startsWith('text/html') ? await r.text() : (await r.arrayBuffer(), '');
          return { status: r.status, location: r.headers.get('location'), html: body, ids: idsOf(body) };
        })(),
      );
    }
    return fetched.get(key);
  };
  const htmlOf = async (p) => (await fetchLocal(new URL(p, origin))).html;
  const linksOf = async (p) => hrefsOf(await htmlOf(p)).map((h) => localUrl(h, origin + p)).filter(Boolean).map((u) => u.pathname);

  // ---- discover one URL per page type
  const problems = [];
  const problem = (type, what) => problems.push({ type, what });
  const pages = [];
  const add = (type, p, extra = {}) => pages.push({ type, path: p, ...extra });

  const homeLinks = new Set(await linksOf('/'));
  const entriesOf = (section) => {
    const re = new RegExp(`^/${section}/([^/]+)/$`);
    const all = sitemapPaths.filter((p) => {
      const m = re.exec(p);
      return m && !RESERVED_SLUGS.has(m[1]);
    });
    // Entries featured on the home page first: they are the richest.
    return [...all.filter((p) => homeLinks.has(p)), ...all.filter((p) => !homeLinks.has(p))];
  };
  const firstOr = (type, list, why) => {
    if (list.length === 0) {
      problem(type, `no page of this type found (${why})`);
      return null;
    }
    return list[0];
  };

  add('home', '/');
  const section = firstOr('section', sitemapPaths.filter((p) => p === `/${SECTIONS.exemplar}/`), `/${SECTIONS.exemplar}/ not in sitemap.xml`);
  if (section) add('section', section);
  // A paginated list's page 2, if any section has one (rel="next").
  let page2 = null;
  for (const s of Object.values(SECTIONS)) {
    const html = await htmlOf(`/${s}/`);
    const m = /<a\s[^>]*rel="next"[^>]*>|<link\s[^>]*rel="next"[^>]*>/i.exec(html);
    if (m) {
      const h = /href="([^"]*)"/i.exec(m[0]);
      const u = h && localUrl(decodeEntities(h[1]), `${origin}/${s}/`);
      if (u) {
        page2 = u.pathname;
        break;
      }
    }
  }
  if (page2) add('section-page-2', page2);
  const exemplar = firstOr('exemplar', entriesOf(SECTIONS.exemplar), 'no exemplar in sitemap.xml');
  if (exemplar) add('exemplar', exemplar);
  const campaign = firstOr('campaign', entriesOf(SECTIONS.campaign), 'no campaign in sitemap.xml');
  if (campaign) add('campaign', campaign);
  const anniversary = firstOr('anniversary', entriesOf(SECTIONS.anniversary), 'no anniversary in sitemap.xml');
  if (anniversary) add('anniversary', anniversary);
  // The event: the first one that links to a backdrop page below itself.
  let event = null;
  let backdrop = null;
  for (const e of entriesOf(SECTIONS.event)) {
    const sub = (await linksOf(e)).find((p) => p.startsWith(e) && p.length > e.length && p.endsWith('/'));
    if (sub) {
      event = e;
      backdrop = sub;
      break;
    }
  }
  if (!event) {
    const any = firstOr('event', entriesOf(SECTIONS.event), 'no event in sitemap.xml');
    if (any) add('event', any);
    problem('backdrop', 'no event page links to a backdrop page below itself');
  } else {
    add('event', event);
    add('backdrop', backdrop);
  }
  const doc = firstOr('document', entriesOf(SECTIONS.document), 'no document in sitemap.xml');
  if (doc) add('document', doc);
  const docLinks = await linksOf(`/${SECTIONS.document}/`);
  const oldest = firstOr('documents-oldest', docLinks.filter((p) => p === FIXED.documentsOldest), `/${SECTIONS.document}/ does not link to ${FIXED.documentsOldest}`);
  if (oldest) add('documents-oldest', oldest);
  const byType = firstOr(
    'documents-by-type',
    docLinks.filter((p) => p.startsWith(FIXED.documentsByTypePrefix) && /^[^/]+\/$/.test(p.slice(FIXED.documentsByTypePrefix.length))),
    `/${SECTIONS.document}/ links to no ${FIXED.documentsByTypePrefix}<type>/ page`,
  );
  if (byType) add('documents-by-type', byType);
  const news = firstOr('news', entriesOf(SECTIONS.news), 'no news item in sitemap.xml');
  if (news) add('news', news);
  const decision = firstOr('decision', entriesOf(SECTIONS.decision), 'no decision in sitemap.xml');
  if (decision) add('decision', decision);
  // The nomination: one open for comment is linked from the home page,
  // and entriesOf puts those first.
  const nomination = firstOr('nomination', entriesOf(SECTIONS.nomination), 'no nomination in sitemap.xml');
  if (nomination) add('nomination', nomination);
  const nominations = `/${SECTIONS.nomination}/`;
  if (sitemapPaths.includes(nominations)) add('nominations', nominations);
  else problem('nominations', `${nominations} is not in sitemap.xml`);
  if (sitemapPaths.includes(FIXED.honours)) {
    add('honours', FIXED.honours);
    const yearRe = new RegExp(`^${FIXED.honours}\\d{4}/$`);
    const year = firstOr('honours-year', (await linksOf(FIXED.honours)).filter((p) => yearRe.test(p)), `${FIXED.honours} links to no year page`);
    if (year) add('honours-year', year);
  } else {
    problem('honours', `${FIXED.honours} is not in sitemap.xml`);
  }
  for (const [type, p] of [
    ['free-page', FIXED.freePage],
    ['taxonomy', FIXED.taxonomy],
    ['award-forms', FIXED.awardForms],
  ]) {
    if (sitemapPaths.includes(p)) add(type, p);
    else problem(type, `${p} is not in sitemap.xml`);
  }
  const termRe = new RegExp(`^${FIXED.taxonomy}[^/]+/$`);
  const term = firstOr('term', (await linksOf(FIXED.taxonomy)).filter((p) => termRe.test(p)), `${FIXED.taxonomy} links to no term page`);
  if (term) add('term', term);
  for (const [type, p] of [
    ['calendar', FIXED.calendar],
    ['statistics', FIXED.statistics],
    ['search', FIXED.search],
  ]) {
    if ((await fetchLocal(new URL(p, origin))).status === 200) add(type, p);
    else problem(type, `${p} does not exist`);
  }
  // The not-found page, as a server would show it for a missing address.
  add('404', '/khong-co-trang-nay-404/', { expectStatus: 404, file: '404.html' });

  // ---- share cards: og:image of each page type that has one is a PNG of
  // 1200×630 (read from its IHDR), announced with its size, type and alt.
  const metaOf = (html, property) => {
    const re = new RegExp(`<meta\\s+property="${property}"\\s+content="([^"]*)"`, 'i');
    const m = re.exec(html);
    return m ? decodeEntities(m[1]) : null;
  };
  const SHARE_CARD_TYPES = ['home', 'exemplar', 'campaign', 'anniversary', 'event', 'decision', 'nomination'];
  for (const pg of pages.filter((p) => SHARE_CARD_TYPES.includes(p.type))) {
    const html = await htmlOf(pg.path);
    const image = metaOf(html, 'og:image');
    const expected = { 'og:image:width': '1200', 'og:image:height': '630', 'og:image:type': 'image/png' };
    for (const [prop, value] of Object.entries(expected)) {
      const got = metaOf(html, prop);
      if (got !== value) problem(pg.type, `${pg.path}: ${prop} is ${JSON.stringify(got)}, expected ${value}`);
    }
    if (!metaOf(html, 'og:image:alt')) problem(pg.type, `${pg.path}: no og:image:alt`);
    const u = image && localUrl(image, origin + pg.path);
    if (!u) {
      problem(pg.type, `${pg.path}: og:image ${JSON.stringify(image)} is not on the site`);
      continue;
    }
    const r = await fetch(origin + u.pathname);
    const png = Buffer.from(await r.arrayBuffer());
    const isPng = png.length > 24 && png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) && png.toString('latin1', 12, 16) === 'IHDR';
    if (r.status !== 200 || !isPng) {
      problem(pg.type, `${pg.path}: og:image ${u.pathname} is not a PNG (status ${r.status})`);
      continue;
    }
    const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    if (w !== 1200 || h !== 630) problem(pg.type, `${pg.path}: og:image ${u.pathname} is ${w}×${h}, expected 1200×630`);
  }

  // ---- drive Chromium
  const browser = await pwChromium.launch({
    executablePath: chromium,
    headless: true,
    // playwright-core gives every launch a fresh temporary --user-data-dir.
    args: CHROMIUM_ARGS,
    timeout: 60_000,
  });
  const results = [];
  let mobile = [];
  try {
    for (const pg of pages) {
      const t0 = Date.now();
      const r = await checkPage(browser, pg);
      r.ms = Date.now() - t0;
      results.push(r);
    }
    // Phone, print and embedding checks (issue 15), on one page of each type.
    const byType = Object.fromEntries(pages.map((p) => [p.type, p.path]));
    const entries = Object.values(SECTIONS).flatMap(entriesOf);
    const t0 = Date.now();
    mobile = await mobileChecks({ browser, origin, site, pages: byType, entries });
    process.stdout.write(`phone, print and embed checks: ${mobile.length} in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  } finally {
    await browser.close();
  }

  async function checkPage(browser, pg) {
    const r = { type: pg.type, path: pg.path, status: null, console: [], requests: [], axe: [], links: [], layout: [], nojs: [], screenshots: [] };
    const url = origin + pg.path;
    const expect = pg.expectStatus ?? 200;

    const context = await browser.newContext({ viewport: PHONE, locale: 'vi-VN', serviceWorkers: 'block' });
    const page = await context.newPage();
    page.setDefaultTimeout(NAV_TIMEOUT_MS);
    page.on('console', (m) => {
      if (m.type() === 'error') {
        const loc = m.location();
        // The intentional not-found load is logged as a failed resource.
        if (expect === 404 && loc && loc.url === url && /status of 404/.test(m.text())) return;
        r.console.push(`console error: ${m.text()}${loc && loc.url ? ` (${loc.url.replace(origin, '')}:${loc.lineNumber})` : ''}`);
      }
    });
    page.on('pageerror', (e) => r.console.push(`uncaught exception: ${e.message}`));
    // Aborted requests (the page moved on while the favicon loaded) are the
    // test's doing, not the site's.
    page.on('requestfailed', (req) => {
      if (req.failure()?.errorText === 'net::ERR_ABORTED') return;
      r.requests.push(`request failed: ${req.url().replace(origin, '')} (${req.failure()?.errorText})`);
    });
    page.on('response', (res) => {
      const u = res.url();
      if (!u.startsWith(origin)) return;
      if (res.request().isNavigationRequest() && res.request().frame() === page.mainFrame() && u === url) return;
      if (res.status() >= 400) r.requests.push(`HTTP ${res.status()} for ${u.replace(origin, '')}`);
    });

    try {
      const resp = await page.goto(url, { waitUntil: 'load' });
      r.status = resp ? resp.status() : null;
      if (r.status !== expect) r.layout.push(`page answered HTTP ${r.status}, expected ${expect}`);
      // Fonts and late images settle before measuring and screenshotting.
      await page.evaluate(() => document.fonts && document.fonts.ready.then(() => true));

      const facts = await page.evaluate(() => ({
        title: document.title.trim(),
        lang: document.documentElement.lang,
        mains: document.querySelectorAll('main').length,
        h1s: document.querySelectorAll('h1').length,
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
        wide: [...document.querySelectorAll('body *')]
          .filter((el) => {
            const b = el.getBoundingClientRect();
            return b.width > 0 && b.right > document.documentElement.clientWidth + 1 && getComputedStyle(el).position !== 'fixed';
          })
          .filter((el, _, all) => !all.includes(el.parentElement))
          .slice(0, 5)
          .map((el) => el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '')),
        brokenImages: [...document.images].filter((i) => i.complete && i.naturalWidth === 0).map((i) => i.getAttribute('src')),
      }));
      if (!facts.title) r.layout.push('document has an empty <title>');
      if (facts.mains !== 1) r.layout.push(`page has ${facts.mains} <main> elements, expected 1`);
      if (facts.h1s < 1) r.layout.push('page has no <h1>');
      if (facts.scrollWidth > facts.clientWidth + 1) {
        r.layout.push(`page is ${facts.scrollWidth}px wide at a ${facts.clientWidth}px phone viewport (horizontal scroll); widest elements: ${facts.wide.join(', ') || '?'}`);
      }
      for (const src of facts.brokenImages) r.layout.push(`image did not load: ${src}`);

      // axe-core, at the phone width here and at a desktop width below.
      await page.addScriptTag({ path: axePath });
      r.axe = await runAxe(page);

      // Links
      const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => ({ raw: a.getAttribute('href'), abs: a.href })));
      const ownIds = new Set(await page.$$eval('[id], a[name]', (els) => els.map((e) => e.id || e.getAttribute('name'))));
      const seen = new Set();
      for (const { raw, abs } of hrefs) {
        const u = localUrl(abs, url);
        if (!u || seen.has(u.href)) continue;
        seen.add(u.href);
        // A fragment of this very page is looked up in its own DOM.
        const target = u.pathname + u.search === pg.path ? { status: 200, ids: ownIds } : await fetchLocal(u);
        if (target.status !== 200) {
          r.links.push(`link ${JSON.stringify(raw)} → HTTP ${target.status}${target.location ? ` (redirects to ${target.location})` : ''}`);
          continue;
        }
        if (u.hash && u.hash !== '#' && u.hash !== '#top') {
          let frag = u.hash.slice(1);
          try {
            frag = decodeURIComponent(frag);
          } catch {}
          if (!target.ids.has(frag)) r.links.push(`link ${JSON.stringify(raw)}: no element with id "${frag}" on ${u.pathname}`);
        }
      }
      r.linksChecked = seen.size;

      if (SCREENSHOT_TYPES.has(pg.type)) {
        const file = path.join(out, `${pg.type}.png`);
        await page.screenshot({ path: file, fullPage: true });
        r.screenshots.push(file);
        if (pg.type === 'backdrop') {
          await page.setViewportSize(LANDSCAPE);
          await page.evaluate(() => new Promise((res) => requestAnimationFrame(() => requestAnimationFrame(res))));
          const wide = path.join(out, 'backdrop-landscape.png');
          await page.screenshot({ path: wide, fullPage: true });
          r.screenshots.push(wide);
          const overflow = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
          if (overflow[0] > overflow[1] + 1) r.layout.push(`backdrop is ${overflow[0]}px wide at ${overflow[1]}px landscape`);
        }
      }
      // The desktop layout (menu on two rows, grids) is another page for
      // axe: checked at 1280 px too.
      await page.setViewportSize(DESKTOP);
      await page.evaluate(() => new Promise((res) => requestAnimationFrame(() => requestAnimationFrame(res))));
      for (const v of await runAxe(page)) r.axe.push({ ...v, id: `${v.id} (${DESKTOP.width} px)` });
    } catch (e) {
      r.layout.push(`could not check the page: ${e.message.split('\n')[0]}`);
    } finally {
      await context.close();
    }

    // Without JavaScript, the content is there.
    const nojs = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    try {
      const p2 = await nojs.newPage();
      await p2.goto(url, { waitUntil: 'load' });
      const main = p2.locator('main');
      const text = (await main.count()) > 0 ? (await main.first().innerText()).trim() : '';
      if (!text) r.nojs.push('<main> has no text with JavaScript disabled');
    } catch (e) {
      r.nojs.push(`could not load with JavaScript disabled: ${e.message.split('\n')[0]}`);
    } finally {
      await nojs.close();
    }
    return r;
  }

  // ---- Nu Html Checker on the same pages' files
  const fileOf = (pg) => path.join(site, pg.file ?? path.join(decodeURIComponent(pg.path), 'index.html'));
  const files = [...new Set(pages.map(fileOf))].filter((f) => existsSync(f));
  const vnu = new Map(files.map((f) => [f, []]));
  let vnuRan = false;
  {
    const t0 = Date.now();
    let res;
    try {
      res = await run(java, ['-Xss8m', '-jar', vnuJar, '--errors-only', '--format', 'json', ...files]);
    } catch (e) {
      die(`could not run ${java}: ${e.message}`);
    }
    let parsed = null;
    try {
      parsed = JSON.parse(res.stderr.trim() || res.stdout.trim());
    } catch {}
    if (!parsed) die(`vnu.jar gave no JSON report (exit ${res.code}):\n${res.stderr}${res.stdout}`);
    vnuRan = true;
    for (const m of parsed.messages || []) {
      if (m.type !== 'error' && !(m.type === 'non-document-error')) continue;
      const f = m.url ? fileURLToPath(m.url) : '?';
      const where = m.lastLine ? `${m.firstLine ?? m.lastLine}:${m.firstColumn ?? ''}` : '?';
      if (!vnu.has(f)) vnu.set(f, []);
      // One line per distinct message, with every place it occurs.
      const same = vnu.get(f).find((x) => x.message === m.message);
      if (same) same.at.push(where);
      else vnu.get(f).push({ message: m.message, at: [where], extract: (m.extract || '').replace(/\s+/g, ' ').trim().slice(0, 120) });
    }
    process.stdout.write(`Nu Html Checker: ${files.length} files in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  }

  // ---- report
  const lines = [];
  let count = 0;
  for (const r of results) {
    const file = fileOf(pages.find((p) => p.type === r.type));
    const items = [
      ...r.layout.map((x) => `render: ${x}`),
      ...r.console,
      ...r.requests,
      ...r.axe.flatMap((v) => [
        ...v.nodes.slice(0, 8).map((n) => `axe ${v.id} (${v.impact}) at \`${n.target}\`: ${v.help} — ${n.summary.replace(/\s+/g, ' ').trim()}`),
        ...(v.nodes.length > 8 ? [`axe ${v.id}: and ${v.nodes.length - 8} more element(s) (see report.json)`] : []),
      ]),
      ...r.links,
      ...r.nojs.map((x) => `no-JS: ${x}`),
      ...(vnu.get(file) || []).map(
        (x) =>
          `vnu ${path.relative(site, file)} line ${x.at.slice(0, 6).join(', ')}${x.at.length > 6 ? ` and ${x.at.length - 6} more` : ''}${x.at.length > 1 ? ` (${x.at.length}×)` : ''}: ${x.message}${x.extract ? ` — “${x.extract}”` : ''}`,
      ),
    ];
    count += items.length;
    const head = `${items.length ? 'FAIL' : 'ok  '} ${r.type.padEnd(18)} ${r.path}  [HTTP ${r.status}, ${r.linksChecked ?? 0} links, ${r.ms} ms${r.screenshots.length ? `, screenshot ${r.screenshots.map((s) => path.basename(s)).join(' ')}` : ''}]`;
    lines.push(head);
    for (const it of items) lines.push(`       - ${it}`);
    for (const it of items) problems.push({ type: r.type, what: it });
  }
  for (const m of mobile) {
    lines.push(`${m.problems.length ? 'FAIL' : 'ok  '} ${`mobile:${m.name}`.padEnd(18)}`);
    for (const it of m.problems) lines.push(`       - ${it}`);
    count += m.problems.length;
  }
  for (const p of problems.filter((p) => !results.some((r) => r.type === p.type))) {
    lines.push(`FAIL ${p.type.padEnd(18)} ${p.what}`);
    count += 1;
  }
  process.stdout.write(lines.join('\n') + '\n');
  writeFileSync(
    path.join(out, 'report.json'),
    JSON.stringify({ origin: siteOrigin, pages: results, mobile, vnu: Object.fromEntries([...vnu].map(([f, m]) => [path.relative(site, f), m])), problems }, null, 2),
  );
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  server.close();
  if (count > 0 || !vnuRan) {
    process.stdout.write(`\nbrowser checks: ${count} problem(s) on ${results.length} page types in ${secs} s (details: ${path.join(out, 'report.json')})\n`);
    return 1;
  }
  process.stdout.write(`\nbrowser checks: ${results.length} page types clean in ${secs} s; screenshots in ${out}\n`);
  return 0;
}

const timer = setTimeout(() => {
  process.stderr.write(`check.mjs: gave up after ${OVERALL_TIMEOUT_MS / 1000} s\n`);
  process.exit(2);
}, OVERALL_TIMEOUT_MS);
main().then(
  (code) => {
    clearTimeout(timer);
    process.exit(code);
  },
  (e) => {
    process.stderr.write(`check.mjs: ${e.stack || e}\n`);
    process.exit(2);
  },
);
