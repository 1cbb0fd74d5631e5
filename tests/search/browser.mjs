#!/usr/bin/env node
// The search page in headless Chromium, on a site built from
// tests/fixtures/search with the default theme. Run by tests/it/search.rs:
//
//   node tests/search/browser.mjs SITE_DIR
//
// Serves SITE_DIR on 127.0.0.1 and checks that typing into /tim-kiem/
// shows the right results with the match highlighted and keeps the link
// shareable, that a shared link (?q=…, filters) reproduces the search,
// that a misspelt word gets a suggestion, and that without JavaScript the
// page says search needs it and links the browse pages. No console error
// and no failed request is allowed.
//
// Exit status: 0 all checks pass, 1 a check failed, 2 the harness could not
// run (no Chromium, no playwright-core). Environment: CHROMIUM_PATH
// (default /usr/bin/chromium), PLAYWRIGHT_CORE (path of playwright-core's
// index.mjs; default tests/browser/node_modules/playwright-core).

import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS } from '../browser/chromium.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.bin': 'application/octet-stream',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

function die(msg) {
  process.stderr.write(`browser.mjs: ${msg}\n`);
  process.exit(2);
}

export function serve(root) {
  const server = http.createServer((req, res) => {
    let rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.join(root, rel);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function loadChromium() {
  const where =
    process.env.PLAYWRIGHT_CORE || path.join(HERE, '../browser/node_modules/playwright-core/index.mjs');
  if (!existsSync(where)) die(`playwright-core not found at ${where} (npm ci --prefix tests/browser)`);
  const { chromium } = await import(pathToFileURL(where).href);
  const exe = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(exe)) die(`Chromium not found at ${exe}`);
  return chromium.launch({ executablePath: exe, args: CHROMIUM_ARGS, headless: true });
}

const failures = [];
function expect(ok, what) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
}

function watch(page, label) {
  page.on('console', (m) => {
    if (m.type() === 'error') failures.push(`${label}: console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => failures.push(`${label}: page error: ${e.message}`));
  // A request cut short because the test moved on to the next URL (the
  // favicon, typically) is not a failure of the site.
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') failures.push(`${label}: request failed: ${r.url()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) failures.push(`${label}: HTTP ${r.status()} ${r.url()}`);
  });
}

const firstTitle = (page) => page.locator('#ket-qua li h2').first();

async function typing(browser, base) {
  const page = await browser.newPage();
  watch(page, 'typing');
  await page.goto(`${base}/tim-kiem/`);
  await page.locator('#q').pressSequentially('dong thap', { delay: 40 });
  // Results for a prefix ("d", "dong") may already be on screen while the last
  // keystroke's debounce is pending on a slow machine: wait for the final query.
  await page.waitForFunction(
    () => document.querySelector('#trang-thai').textContent.includes('“dong thap”')
      && document.querySelectorAll('#ket-qua li').length > 0,
    null,
    { timeout: 10000 },
  );
  const title = await firstTitle(page).textContent();
  expect(title.includes('Hợp tác xã Đồng Tháp Mười'), `typing "dong thap" shows Đồng Tháp first (got "${title}")`);
  const marks = await firstTitle(page).locator('mark').allTextContents();
  expect(marks.includes('Đồng') && marks.includes('Tháp'), `the match is highlighted (${JSON.stringify(marks)})`);
  expect(new URL(page.url()).searchParams.get('q') === 'dong thap', `the link follows the query (${page.url()})`);
  const status = await page.locator('#trang-thai').textContent();
  expect(/Tìm thấy \d+ kết quả/.test(status), `the status line counts results ("${status}")`);
  await page.close();
}

async function sharedLinks(browser, base) {
  const page = await browser.newPage();
  watch(page, 'links');
  await page.goto(`${base}/tim-kiem/?q=${encodeURIComponent('33/KH-UBND')}`);
  await page.waitForSelector('#ket-qua li a');
  const href = await page.locator('#ket-qua li a').first().getAttribute('href');
  expect(href === '/van-ban/ke-hoach-33/', `?q=33/KH-UBND links the plan first (${href})`);
  expect((await page.locator('#q').inputValue()) === '33/KH-UBND', 'the box shows the shared query');
  await page.goto(`${base}/tim-kiem/?doi-tuong=tap-the`);
  await page.waitForSelector('#ket-qua li');
  const count = await page.locator('#ket-qua li').count();
  expect(count === 2, `?doi-tuong=tap-the lists the 2 collectives (${count})`);
  expect((await page.locator('select[name="doi-tuong"]').inputValue()) === 'tap-the', 'the filter shows the shared value');
  await page.selectOption('select[name="chuyen-muc"]', 'tin-tuc');
  await page.waitForFunction(() => document.querySelector('#trang-thai').textContent.includes('Có 0'));
  expect(true, 'changing a filter searches again');
  await page.goto(`${base}/tim-kiem/?q=${encodeURIComponent('nong thon moy')}`);
  await page.waitForSelector('#goi-y a');
  const hint = await page.locator('#goi-y a').first().textContent();
  expect(hint.includes('mới'), `a misspelt word gets a suggestion ("${hint}")`);
  const partial = await page.locator('.badge-partial').count();
  expect(partial > 0, 'partial matches are labelled');
  await page.close();
}

async function withoutJavaScript(browser, base) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${base}/tim-kiem/?q=dong+thap`);
  const text = await page.locator('main').innerText();
  expect(text.includes('cần JavaScript'), 'without JavaScript the page says search needs it');
  const links = await page.locator('main noscript a, main ul a').count();
  expect(links >= 2, `and links the browse pages (${links} links)`);
  await context.close();
}

async function main() {
  const root = process.argv[2];
  if (!root || !existsSync(path.join(root, 'tim-kiem/index.html'))) die('usage: node tests/search/browser.mjs SITE_DIR (a built site with /tim-kiem/)');
  const server = await serve(path.resolve(root));
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await loadChromium();
  try {
    await typing(browser, base);
    await sharedLinks(browser, base);
    await withoutJavaScript(browser, base);
  } catch (e) {
    failures.push(`harness: ${e.message}`);
  } finally {
    await browser.close();
    server.close();
  }
  for (const f of failures) console.log(`FAIL ${f}`);
  console.log(`search page checks: ${failures.length ? `${failures.length} failed` : 'all passed'}`);
  process.exit(failures.length ? 1 : 0);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
