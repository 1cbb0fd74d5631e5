#!/usr/bin/env node
// `thidua serve`'s live reload and error overlay in headless Chromium. Run by
// tests/it/serve.rs against a running server:
//
//   node tests/browser/live.mjs BASE_URL SITE_DIR
//
// Opens an exemplar's page, saves an edit to its file and expects the page to
// reload by itself with the new text; saves a broken file and expects the
// overlay with the `path:line:col: error:` diagnostics over the last good
// page; fixes the file and expects the overlay gone after the reload.
// Exit status: 0 all checks pass, 1 a check failed, 2 the harness could not run.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS } from './chromium.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const [base, site] = process.argv.slice(2);
if (!base || !site) {
  process.stderr.write('usage: live.mjs BASE_URL SITE_DIR\n');
  process.exit(2);
}

const where = process.env.PLAYWRIGHT_CORE || path.join(HERE, 'node_modules/playwright-core/index.mjs');
if (!existsSync(where)) {
  process.stderr.write(`playwright-core not found at ${where}\n`);
  process.exit(2);
}
const { chromium } = await import(pathToFileURL(where).href);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
  headless: true,
});

const failures = [];
function expect(ok, what) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
}

const file = path.join(site, 'content/exemplars/nguyen-van-an.md');
const original = readFileSync(file, 'utf8');
const connected = (page) =>
  page.waitForFunction(() => document.documentElement.dataset.thiduaLive === 'connected', null, { timeout: 15000 });

try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => failures.push(`page error: ${e.message}`));
  await page.goto(`${base}guong-dien-hinh/nguyen-van-an/`);
  await connected(page);
  // A tab on a page the edit does not change (the documents list): it must
  // not reload. A reload would drop the marker set on its window.
  const other = await browser.newPage();
  await other.goto(`${base}van-ban/`);
  await connected(other);
  await other.evaluate(() => { window.thiduaKept = true; });

  writeFileSync(file, `${original}\nCâu vừa thêm khi đang xem.\n`);
  await page.waitForFunction(() => document.body.innerText.includes('Câu vừa thêm khi đang xem.'), null, { timeout: 15000 });
  expect(true, 'a saved edit reloads the open page with the new text');
  await connected(page);
  await other.waitForTimeout(500);
  expect(await other.evaluate(() => window.thiduaKept === true), 'a tab on a page the edit does not change is left alone');
  await other.close();

  writeFileSync(file, original.replace('title:', 'title: ['));
  const overlay = page.locator('#thidua-overlay');
  await overlay.waitFor({ state: 'visible', timeout: 15000 });
  const text = await overlay.innerText();
  expect(/content\/exemplars\/nguyen-van-an\.md:\d+:\d+: error\[T\d{4}\]: /.test(text), 'a broken save shows the diagnostics over the page');
  expect((await overlay.getAttribute('role')) === 'alertdialog', 'the overlay is announced as an alert dialog');
  expect((await page.locator('main').innerText()).includes('Câu vừa thêm'), 'the last good page stays underneath');

  writeFileSync(file, original);
  await page.waitForFunction(
    () => !document.getElementById('thidua-overlay') && !document.body.innerText.includes('Câu vừa thêm'),
    null,
    { timeout: 15000 },
  );
  expect(true, 'fixing the file reloads the page without the overlay');
} catch (e) {
  failures.push(`live reload: ${e.message}`);
} finally {
  writeFileSync(file, original);
  await browser.close();
}

if (failures.length) {
  console.log(failures.map((f) => `FAIL ${f}`).join('\n'));
  console.log(`live reload checks: ${failures.length} failed`);
  process.exit(1);
}
console.log('live reload checks: all passed');
