#!/usr/bin/env node
// Browser side of bench/search_relevance.py: runs every judged query through
// thidua's real search page and through Pagefind's JS API, in headless
// Chromium, and prints one JSON object on stdout.
//
//   node bench/search_relevance.mjs SITE_OUT_DIR QUERIES.json
//
// QUERIES.json is a list of strings. The built site is served on 127.0.0.1
// the way a static host does (text gzip-compressed at level 6, binary files
// as they are), and the server counts the bytes it sends.
//
// Per query and engine, in a fresh browser profile:
// - thidua: open /tim-kiem/?q=<a word that is nowhere> (loads the page, the
//   client and meta.json), clear the status line, type the query into #q
//   and press Enter, wait for the status line; read the count it shows
//   ("Tìm thấy N kết quả" / "Không tìm thấy"), the first link of each of the
//   first 10 items of the result lists (`.search-results > li`) and whether
//   it carries a badge;
// - Pagefind: open a blank page of the same origin, import
//   /pagefind/pagefind.js and search the same missing word (loads the
//   client, its WebAssembly and metadata), then `await pagefind.search(q)`,
//   count = results.length, and `.data()` of the first 10 for their URLs.
// Bytes are what the server sent after the warm-up: the query's own cost.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { CHROMIUM_ARGS, serveStatic, sum } from './static_host.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.dirname(HERE);
const MISS = 'qxwzv';
const BLANK = '/__bench_blank.html';
const BLANK_PAGE = '<!doctype html><html lang="vi"><meta charset="utf-8"><title>bench</title><body></body></html>';

const root = path.resolve(process.argv[2] || '');
const queries = JSON.parse(readFileSync(process.argv[3], 'utf-8'));
const settle = (ms) => new Promise((r) => setTimeout(r, ms));

/** Waits until the server has been quiet for `quiet` ms (late fetches count). */
async function quiet(log, ms = 250) {
  let n = -1;
  while (n !== log.length) {
    n = log.length;
    await settle(ms);
  }
}

const STATUS_DONE = () => {
  const s = document.getElementById('trang-thai');
  return s && /Tìm thấy|Không tìm thấy|Không tải được|Có \d+ mục/.test(s.textContent);
};

/** One query through the search page: typed and submitted with Enter, or,
 *  for a typing prefix, typed and left (the page searches as one types, the
 *  last word read as the start of a word). */
async function thidua(browser, base, log, { q, typing }) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  try {
    await page.goto(`${base}/tim-kiem/?q=${MISS}`);
    await page.waitForFunction(STATUS_DONE, null, { timeout: 30000 });
    await quiet(log);
    await page.evaluate(() => { document.getElementById('trang-thai').textContent = ''; });
    const from = log.length;
    const t = Date.now();
    await page.fill('#q', q);
    if (!typing) await page.press('#q', 'Enter');
    await page.waitForFunction(STATUS_DONE, null, { timeout: 30000 });
    const ms = Date.now() - t;
    await quiet(log);
    const shown = await page.evaluate(() => {
      const status = document.getElementById('trang-thai').textContent.trim();
      const items = [...document.querySelectorAll('.search-results > li')].map((li) => {
        const a = li.querySelector('a[href]');
        return { url: a ? new URL(a.getAttribute('href'), location.href).pathname : null, badge: !!li.querySelector('.badge') };
      }).filter((x) => x.url);
      const hints = document.getElementById('goi-y');
      return { status, items, listed: items.length, suggestions: hints ? hints.textContent.trim() : '' };
    });
    let count;
    if (/Không tìm thấy/.test(shown.status)) count = 0;
    else {
      const m = shown.status.replace(/(\d)[.,\u00a0 ](?=\d{3}\b)/g, '$1').match(/\d+/);
      count = m ? Number(m[0]) : shown.listed;
    }
    return {
      count, status: shown.status, suggestions: shown.suggestions, listed: shown.listed,
      urls: shown.items.slice(0, 10).map((x) => x.url), badges: shown.items.slice(0, 10).map((x) => x.badge),
      ms, ...sum(log, from),
    };
  } finally {
    await ctx.close();
  }
}

async function pagefind(browser, base, log, q) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  try {
    await page.goto(`${base}${BLANK}`);
    await page.evaluate(async (miss) => {
      window.pf = await import('/pagefind/pagefind.js');
      await window.pf.init();
      await window.pf.search(miss);
    }, MISS);
    await quiet(log);
    const from = log.length;
    const t = Date.now();
    const r = await page.evaluate(async (query) => {
      const s = await window.pf.search(query);
      const data = await Promise.all(s.results.slice(0, 10).map((x) => x.data()));
      return { count: s.results.length, urls: data.map((d) => new URL(d.url, location.href).pathname) };
    }, q);
    const ms = Date.now() - t;
    await quiet(log);
    return { ...r, listed: r.urls.length, ms, ...sum(log, from) };
  } finally {
    await ctx.close();
  }
}

async function main() {
  const exe = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  const pw = process.env.PLAYWRIGHT_CORE || path.join(REPO, 'tests/browser/node_modules/playwright-core/index.mjs');
  if (!existsSync(exe) || !existsSync(pw)) {
    process.stderr.write(`search_relevance.mjs: needs ${exe} and ${pw} (npm ci --prefix tests/browser --ignore-scripts)\n`);
    process.exit(2);
  }
  const withPagefind = existsSync(path.join(root, 'pagefind', 'pagefind.js'));
  const { chromium } = await import(pathToFileURL(pw).href);
  const log = [];
  const server = await serveStatic(root, log, { [BLANK]: BLANK_PAGE });
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: exe, args: CHROMIUM_ARGS, headless: true });
  const out = { thidua: [], pagefind: [] };
  try {
    for (const [i, q] of queries.entries()) {
      out.thidua.push(await thidua(browser, base, log, q));
      if (withPagefind) out.pagefind.push(await pagefind(browser, base, log, q.q));
      process.stderr.write(`\r  ${i + 1}/${queries.length} queries`);
    }
    process.stderr.write('\n');
  } finally {
    await browser.close();
    server.close();
  }
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

main().catch((e) => {
  process.stderr.write(`search_relevance.mjs: ${e.stack || e}\n`);
  process.exit(1);
});
