#!/usr/bin/env node
// Browser-side figures of the search benchmark (run by bench/search_bench.py):
//
//   node bench/search_bench.mjs SITE_OUT_DIR [--queries1 a,b] [--queries3 a,b]
//
// Serves the built site on 127.0.0.1 the way a static host does: HTML, CSS,
// JS, JSON and SVG gzip-compressed (level 6), the binary shards (.bin,
// application/octet-stream, which hosts usually leave alone) as they are.
// Counts the bytes the server sends for:
//
// - cold: a fresh browser profile opens /tim-kiem/?q=<query> and waits for the
//   results: page, stylesheet, scripts, icon, meta.json, shards, records;
// - after the first search: in a fresh profile, a first search for a word
//   that is nowhere (loads the client and meta.json), then the measured
//   query typed and submitted: only what that query adds.
//
// Query time: in the page, the client module searching with every file it
// needs already loaded (median of 15 runs per query).
//
// Prints one JSON object on stdout. Without Chromium or playwright-core it
// measures the same downloads in Node through the same client module and
// says so ("mode": "node").

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { CHROMIUM_ARGS, serveStatic, sum, wire } from './static_host.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.dirname(HERE);
const MISS = 'qxwzv';

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1].split(',') : fallback;
}
const root = path.resolve(process.argv[2] || '');
const ONE = option('--queries1', ['khen', 'Ninh', 'thuỷ', 'giáo', 'đua']);
const THREE = option('--queries3', ['nông thôn mới', 'phuong an binh', 'chuyển đổi số', 'hội nông dân']);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function browserMode(chromium, exe) {
  const log = [];
  const server = await serveStatic(root, log);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: exe, args: CHROMIUM_ARGS, headless: true });
  const waitResults = (page) => page.waitForFunction(() => /Tìm thấy|Không tìm thấy/.test(document.getElementById('trang-thai').textContent), null, { timeout: 20000 });
  const out = { mode: 'browser', cold: [], after1: [], after3: [], queryMs: [] };
  try {
    for (const q of [THREE[0], ONE[0]]) {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      const from = log.length;
      await page.goto(`${base}/tim-kiem/?q=${encodeURIComponent(q)}`);
      await waitResults(page);
      await page.waitForLoadState('networkidle');
      out.cold.push({ q, ...sum(log, from) });
      await ctx.close();
    }
    for (const [list, key] of [[ONE, 'after1'], [THREE, 'after3']]) {
      for (const q of list) {
        const ctx = await browser.newContext();
        const page = await ctx.newPage();
        await page.goto(`${base}/tim-kiem/?q=${MISS}`);
        await waitResults(page);
        await page.waitForLoadState('networkidle');
        const from = log.length;
        await page.fill('#q', q);
        await page.press('#q', 'Enter');
        await page.waitForFunction((qq) => document.getElementById('trang-thai').textContent.includes(qq), q, { timeout: 20000 });
        await page.waitForLoadState('networkidle');
        out[key].push({ q, ...sum(log, from), files: log.slice(from).map((x) => x.url.split('/').slice(-2).join('/')) });
        await ctx.close();
      }
    }
    const page = await browser.newPage();
    await page.goto(`${base}/tim-kiem/`);
    out.queryMs = await page.evaluate(async ([queries]) => {
      const { SearchIndex } = await import('/js/search-core.js');
      const index = new SearchIndex('/tim-kiem/index/');
      const res = [];
      for (const q of queries) {
        await index.search(q);
        const times = [];
        for (let i = 0; i < 15; i++) {
          const t = performance.now();
          await index.search(q);
          times.push(performance.now() - t);
        }
        times.sort((a, b) => a - b);
        res.push({ q, ms: times[7], max: times[14] });
      }
      return res;
    }, [[...ONE, ...THREE]]);
  } finally {
    await browser.close();
    server.close();
  }
  return out;
}

async function nodeMode(reason) {
  const { SearchIndex } = await import(pathToFileURL(path.join(REPO, 'themes/default/static/js/search-core.js')).href);
  let log = [];
  const read = (url) => {
    const [body, raw] = wire(path.join(root, url));
    log.push({ url, bytes: body.length, raw });
    return readFileSync(path.join(root, url));
  };
  const io = { bytes: async (u) => new Uint8Array(read(u)), json: async (u) => JSON.parse(read(u)) };
  const fresh = () => new SearchIndex('/tim-kiem/index/', io);
  const pageFiles = ['tim-kiem/index.html', 'css/thidua.css', 'js/search.js', 'js/search-core.js', 'favicon.svg'];
  const out = { mode: 'node', reason, cold: [], after1: [], after3: [], queryMs: [] };
  for (const q of [THREE[0], ONE[0]]) {
    log = [];
    for (const f of pageFiles) if (existsSync(path.join(root, f))) read(f);
    await fresh().search(q);
    out.cold.push({ q, ...sum(log) });
  }
  for (const [list, key] of [[ONE, 'after1'], [THREE, 'after3']]) {
    for (const q of list) {
      const index = fresh();
      await index.search(MISS);
      log = [];
      await index.search(q);
      out[key].push({ q, ...sum(log), files: log.map((x) => x.url.split('/').slice(-2).join('/')) });
    }
  }
  const index = fresh();
  for (const q of [...ONE, ...THREE]) {
    await index.search(q);
    const times = [];
    for (let i = 0; i < 15; i++) times.push((await index.search(q)).ms);
    out.queryMs.push({ q, ms: median(times), max: Math.max(...times) });
  }
  return out;
}

async function main() {
  if (!existsSync(path.join(root, 'tim-kiem/index/meta.json'))) {
    process.stderr.write('usage: node bench/search_bench.mjs SITE_OUT_DIR (a built site with the search index)\n');
    process.exit(2);
  }
  const exe = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  const pw = process.env.PLAYWRIGHT_CORE || path.join(REPO, 'tests/browser/node_modules/playwright-core/index.mjs');
  let result;
  if (existsSync(exe) && existsSync(pw)) {
    const { chromium } = await import(pathToFileURL(pw).href);
    result = await browserMode(chromium, exe);
  } else {
    result = await nodeMode(`no ${existsSync(exe) ? 'playwright-core' : 'Chromium'}`);
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((e) => {
  process.stderr.write(`search_bench.mjs: ${e.stack || e}\n`);
  process.exit(1);
});
