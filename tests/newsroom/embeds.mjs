// Two embeds on one host page, in headless Chromium: the site is served on
// 127.0.0.1:PORT (its base_url), the host page on another port (another
// origin). Each iframe starts 60 px high; embed-host.js must grow both to
// their card's height from the cards' postMessage. Each card also passes
// axe-core on its own.
//
// Usage: node embeds.mjs SITE_DIR PORT EMBED_PATH EMBED_PATH
// Needs tests/browser/node_modules (playwright-core) and Chromium.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS } from '../browser/chromium.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(HERE, '../browser/package.json'));
const { chromium } = require('playwright-core');
const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml' };

function die(msg) {
  console.error(msg);
  process.exit(1);
}

function listen(server, port) {
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

function siteServer(root) {
  return createServer((req, res) => {
    let file = path.join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (!file.startsWith(root)) file = root;
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const headers = { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' };
    // What docs/embedding.md asks a web server to send.
    headers['content-security-policy'] = req.url.startsWith('/embed/') ? 'frame-ancestors *' : "frame-ancestors 'self'";
    res.writeHead(200, headers).end(readFileSync(file));
  });
}

async function main() {
  const [siteArg, portArg, ...embeds] = process.argv.slice(2);
  const site = path.resolve(siteArg);
  if (embeds.length !== 2) die('two embed paths expected');
  const snippets = embeds.map((p) => {
    const o = JSON.parse(readFileSync(path.join(site, p.replace(/\.html$/, '.json')), 'utf8'));
    return o.html.replace(/height="\d+"/, 'height="60"');
  });
  const host = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Báo</title></head>
<body><h1>Bài báo</h1><p>Đoạn mở.</p>${snippets[0]}<p>Đoạn giữa.</p>${snippets[1]}<p>Hết.</p></body></html>`;
  const a = await listen(siteServer(site), Number(portArg));
  const b = await listen(createServer((req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(host)), 0);
  const exe = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  const browser = await chromium.launch({
    executablePath: exe,
    args: CHROMIUM_ARGS,
  });
  let failed = false;
  try {
    const page = await browser.newPage({ viewport: { width: 900, height: 800 } });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`http://127.0.0.1:${b.address().port}/`, { waitUntil: 'load' });
    const measure = async () => {
      const outer = await page.$$eval('iframe[data-thidua-embed]', (fs) => fs.map((f) => f.getBoundingClientRect().height));
      const inner = [];
      for (const p of embeds) {
        const f = page.frames().find((f) => f !== page.mainFrame() && new URL(f.url(), 'http://x').pathname === p);
        if (f) inner.push(await f.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height)));
      }
      return { outer, inner };
    };
    let m;
    for (let i = 0; i < 100; i++) {
      m = await measure();
      if (m.inner.length === 2 && m.outer.every((h, k) => h > 60 && Math.abs(h - m.inner[k]) <= 2)) break;
      await page.waitForTimeout(100);
    }
    const ok = m.inner.length === 2 && m.outer.every((h, k) => h > 60 && Math.abs(h - m.inner[k]) <= 2);
    console.log(`iframes ${JSON.stringify(m.outer)}, cards ${JSON.stringify(m.inner)}`);
    if (!ok) {
      console.error('the iframes did not grow to their cards’ height');
      failed = true;
    }
    // Each card alone passes axe-core (WCAG 2.1 A/AA), as the site's pages do.
    for (const p of embeds) {
      const card = await browser.newPage({ viewport: { width: 390, height: 800 } });
      await card.goto(`http://127.0.0.1:${a.address().port}${p}`, { waitUntil: 'load' });
      await card.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
      const violations = await card.evaluate(async () => {
        const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
        const res = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        return res.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      if (violations.length) {
        console.error(`axe on ${p}: ${violations.join('; ')}`);
        failed = true;
      }
      await card.close();
    }
    if (errors.length) {
      console.error(`page errors: ${errors.join('; ')}`);
      failed = true;
    }
  } finally {
    await browser.close();
    a.close();
    b.close();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((e) => die(String(e && e.stack ? e.stack : e)));
