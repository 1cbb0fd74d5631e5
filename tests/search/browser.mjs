#!/usr/bin/env node
// The search page in headless Chromium, on a site built from
// tests/fixtures/search with the default theme. Run by tests/it/search.rs:
//
//   node tests/search/browser.mjs SITE_DIR
//
// Serves SITE_DIR on 127.0.0.1 and checks that typing into /tim-kiem/
// shows the right results with the match highlighted and keeps the link
// shareable, that a shared link (?q=…, filters) reproduces the search,
// that a misspelt word gets a suggestion, that without JavaScript the
// page says search needs it and links the browse pages, that "Xem thêm kết
// quả" shows only when there are more results and moves the focus to the
// first new one, and that results arriving shift nothing on a phone-sized
// screen. No console error and no failed request is allowed.
//
// Exit status: 0 all checks pass, 1 a check failed, 2 the harness could not
// run (no Chromium, no playwright-core). Environment: CHROMIUM_PATH
// (default /usr/bin/chromium), PLAYWRIGHT_CORE (path of playwright-core's
// index.mjs; default tests/browser/node_modules/playwright-core).

import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
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

// The "Xem thêm kết quả" button is there only when there are more results:
// not on the empty page, not under "no results", not without JavaScript
// (the theme's `.btn { display: inline-block }` must not beat `hidden`).
// Pressing it appends the next page and puts the focus on the first new
// result's link, so keyboard and screen-reader users carry on from there.
const MORE_QUERY = 'lich truc'; // 12 "Lịch trực tuần N" entries added by tests/it/search.rs

async function moreVisible(page) {
  return page.evaluate(() => {
    const b = document.getElementById('xem-them');
    const r = b.getBoundingClientRect();
    return { display: getComputedStyle(b).display, visible: r.width > 0 && r.height > 0 };
  });
}

async function moreInAccessibilityTree(page) {
  const snap = await page.locator('main').ariaSnapshot();
  return snap.includes('Xem thêm kết quả');
}

async function moreButton(browser, base) {
  const off = await browser.newContext({ javaScriptEnabled: false });
  const still = await off.newPage();
  await still.goto(`${base}/tim-kiem/?q=${encodeURIComponent(MORE_QUERY)}`);
  const noJs = await moreVisible(still);
  expect(noJs.display === 'none' && !noJs.visible, `without JavaScript the button is not shown (${JSON.stringify(noJs)})`);
  expect(!(await moreInAccessibilityTree(still)), 'without JavaScript the button is not in the accessibility tree');
  await off.close();

  const page = await browser.newPage();
  watch(page, 'more');
  await page.goto(`${base}/tim-kiem/`);
  await page.waitForSelector('#bo-loc select', { state: 'attached' });
  const empty = await moreVisible(page);
  expect(empty.display === 'none' && !empty.visible, `on the empty page the button is not shown (${JSON.stringify(empty)})`);
  expect(!(await moreInAccessibilityTree(page)), 'on the empty page the button is not in the accessibility tree');

  await page.locator('#q').fill('xyzzy qwerty');
  await page.locator('#q').press('Enter');
  await page.waitForFunction(() => document.querySelector('#trang-thai').textContent.includes('“xyzzy qwerty”'));
  const none = await moreVisible(page);
  const noneCount = await page.locator('#ket-qua li').count();
  expect(noneCount === 0, `a query with no match lists nothing (${noneCount})`);
  expect(none.display === 'none' && !none.visible, `under "no results" the button is not shown (${JSON.stringify(none)})`);
  expect(!(await moreInAccessibilityTree(page)), 'under "no results" the button is not in the accessibility tree');

  await page.locator('#q').fill(MORE_QUERY);
  await page.locator('#q').press('Enter');
  await page.waitForFunction((q) => document.querySelector('#trang-thai').textContent.includes(`“${q}”`)
    && document.querySelectorAll('#ket-qua li').length > 0, MORE_QUERY);
  const first = await page.locator('#ket-qua li').count();
  const status = await page.locator('#trang-thai').textContent();
  expect(first === 10, `a query with 12 results shows a page of 10 (${first}; "${status}")`);
  const shown = await moreVisible(page);
  expect(shown.display !== 'none' && shown.visible, `with more results than a page the button is shown (${JSON.stringify(shown)})`);
  expect(await moreInAccessibilityTree(page), 'and is in the accessibility tree');

  await page.locator('#xem-them').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => document.querySelectorAll('#ket-qua li').length > n, first);
  const after = await page.locator('#ket-qua li').count();
  expect(after === 12, `pressing it appends the rest (${after})`);
  const focus = await page.evaluate((n) => {
    const item = document.querySelectorAll('#ket-qua li')[n];
    const a = document.activeElement;
    return { onNew: item === a || item.contains(a), tag: a.tagName, text: a.textContent.trim().slice(0, 60) };
  }, first);
  expect(focus.onNew, `the focus is on the first new result (${JSON.stringify(focus)})`);
  const done = await moreVisible(page);
  expect(done.display === 'none' && !done.visible, `once all are shown the button goes (${JSON.stringify(done)})`);
  await page.close();
}

// Layout shift while a search runs, on a 375-px-wide phone screen. Every
// 'layout-shift' entry since the page started (buffered) is summed, those
// right after the reader's own keystrokes included. Lighthouse's CLS is the
// largest "session window" of shifts (shifts less than 1 s apart, at most
// 5 s long) and leaves out shifts within 0.5 s of input, so this sum is an
// upper bound of it: ≤ 0.05 here means Lighthouse cannot score more for the
// same loading and typing. Two runs: typing into the empty page, and opening
// a shared link (?q=…), where results arrive during the page load that
// Lighthouse measures.
const SHIFT_OBSERVER = () => {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__shifts.push({
        value: e.value,
        at: Math.round(e.startTime),
        input: e.hadRecentInput,
        sources: (e.sources || []).map((s) => {
          const n = s.node;
          return n ? `${n.nodeName}${n.id ? `#${n.id}` : ''}${n.className && typeof n.className === 'string' ? `.${n.className.split(' ')[0]}` : ''}` : '?';
        }),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
};

async function shifts(page) {
  // Let late shifts (fonts, a last render) be reported before reading.
  await page.waitForTimeout(1000);
  return page.evaluate(() => window.__shifts);
}

function total(list) {
  return list.reduce((s, e) => s + e.value, 0);
}

async function layoutShift(browser, base, meta) {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await context.addInitScript(SHIFT_OBSERVER);
  const page = await context.newPage();
  watch(page, 'layout shift');
  await page.goto(`${base}/tim-kiem/`);
  await page.waitForSelector('#bo-loc select', { state: 'attached' });
  await page.locator('#q').pressSequentially(MORE_QUERY, { delay: 40 });
  await page.waitForFunction((q) => document.querySelector('#trang-thai').textContent.includes(`“${q}”`)
    && document.querySelectorAll('#ket-qua li').length > 0, MORE_QUERY, { timeout: 10000 });
  const typed = await shifts(page);
  expect(total(typed) <= 0.05, `typing a query: layout shift ${total(typed).toFixed(4)} ≤ 0.05 ${JSON.stringify(typed)}`);

  await page.goto(`${base}/tim-kiem/?q=${encodeURIComponent(MORE_QUERY)}`);
  await page.waitForFunction(() => document.querySelectorAll('#ket-qua li').length > 0, null, { timeout: 10000 });
  const linked = await shifts(page);
  expect(total(linked) <= 0.05, `opening a search link: layout shift ${total(linked).toFixed(4)} ≤ 0.05 ${JSON.stringify(linked)}`);

  // A link with a filter opens the filters above the results.
  const facet = meta.facets.find((f) => f.values.length);
  await page.goto(`${base}/tim-kiem/?q=${encodeURIComponent(MORE_QUERY)}&${facet.param}=${facet.values[0][0]}`);
  await page.waitForFunction(() => document.querySelector('#loc').open && /Tìm thấy|Không tìm thấy/.test(document.querySelector('#trang-thai').textContent), null, { timeout: 10000 });
  const filtered = await shifts(page);
  expect(total(filtered) <= 0.05, `opening a link with a filter: layout shift ${total(filtered).toFixed(4)} ≤ 0.05 ${JSON.stringify(filtered)}`);
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
    await moreButton(browser, base);
    await layoutShift(browser, base, JSON.parse(readFileSync(path.join(root, 'tim-kiem/index/meta.json'), 'utf8')));
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
