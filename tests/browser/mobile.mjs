// Phone, print and embedding checks of a built thidua site (issue 15), run
// by check.mjs after its per-page checks, in the same Chromium. No
// screenshots: each check measures the rendered page (computed styles,
// bounding boxes, the print media's styles) so that a layout regression
// fails the test. Every check has a name; a problem is reported as
// `mobile:<name>`.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const PHONE_375 = { width: 375, height: 667 };
export const DESKTOP_1280 = { width: 1280, height: 800 };

/** The smallest tap target the portal allows (WCAG 2.5.5 AAA). */
const TARGET_PX = 44;
/** The compact header's height on a 375 × 667 phone, at most. */
const HEADER_PX = 120;
/** The embed width the snippet announces. */
const EMBED_WIDTH = 640;

/** Every oEmbed file (a `.json` card file) under the site's `embed/` folder. */
function oembedFiles(site) {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.json')) out.push(p);
    }
  };
  const root = path.join(site, 'embed');
  try {
    walk(root);
  } catch {}
  return out.sort();
}

/**
 * Runs the checks. `pages` maps a page type (exemplar, campaign, backdrop,
 * document, documents-by-type, …) to one path of that type; `entries` lists
 * the path of every entry page.
 * Returns [{ name, problems: [text] }].
 */
export async function mobileChecks({ browser, origin, site, pages, entries }) {
  const results = [];
  const at = async (viewport, fn, opts = {}) => {
    const context = await browser.newContext({ viewport, locale: 'vi-VN', serviceWorkers: 'block', ...opts });
    try {
      const page = await context.newPage();
      return await fn(page, context);
    } finally {
      await context.close();
    }
  };
  const check = async (name, fn) => {
    const problems = [];
    try {
      await fn((what) => problems.push(what));
    } catch (e) {
      problems.push(`could not run: ${e.message.split('\n')[0]}`);
    }
    results.push({ name, problems });
  };
  const need = (type) => {
    if (!pages[type]) throw new Error(`no ${type} page found`);
    return origin + pages[type];
  };

  // ---- 2. The card shows whole in a frame of its declared height, with no
  // host script, at 640 px and on a 360 px phone.
  await check('embed-no-script-height', async (problem) => {
    const files = oembedFiles(site);
    if (files.length === 0) return problem('no embed/**/*.json in the site');
    const cards = files.map((f) => {
      const o = JSON.parse(readFileSync(f, 'utf8'));
      const src = /<iframe\s[^>]*src="([^"]+)"/.exec(o.html)?.[1];
      const snippetHeight = Number(/\sheight="(\d+)"/.exec(o.html)?.[1]);
      if (snippetHeight !== o.height) problem(`${path.relative(site, f)}: the snippet says height ${snippetHeight}, the JSON ${o.height}`);
      return { file: path.relative(site, f), path: new URL(src.replace(/&amp;/g, '&')).pathname, height: o.height };
    });
    for (const width of [EMBED_WIDTH, 360]) {
      await at({ width: width + 40, height: 900 }, async (page) => {
        for (const card of cards) {
          // The host page as a CMS that strips <script> leaves it: the iframe alone.
          await page.setContent(
            `<!doctype html><body style="margin:20px"><iframe src="${origin}${card.path}" title="t" width="${EMBED_WIDTH}" height="${card.height}" style="width:100%;max-width:${EMBED_WIDTH}px;border:0"></iframe>`,
            { waitUntil: 'load' },
          );
          const frame = page.frames().find((f) => f.url().startsWith(origin));
          if (!frame) {
            problem(`${card.path}: the card did not load in its frame`);
            continue;
          }
          const m = await frame.evaluate(() => ({
            scroll: document.documentElement.scrollHeight,
            card: Math.ceil(document.querySelector('.embed-card').getBoundingClientRect().bottom),
            width: document.documentElement.clientWidth,
          }));
          if (m.scroll > card.height || m.card > card.height) {
            problem(`${card.path} at ${m.width}px: the card needs ${Math.max(m.scroll, m.card)}px, the snippet declares ${card.height}px`);
          }
        }
      });
    }
  });

  // ---- 3. Chart text is never below 12 CSS px on a phone, and no label is
  // cut on a wide screen.
  await check('chart-text-size', async (problem) => {
    const url = need('statistics');
    for (const viewport of [PHONE_375, DESKTOP_1280]) {
      await at(viewport, async (page) => {
        await page.goto(url, { waitUntil: 'load' });
        const m = await page.evaluate(() => {
          const charts = [...document.querySelectorAll('.chart')];
          const small = [];
          const cut = [];
          let texts = 0;
          for (const chart of charts) {
            const box = chart.getBoundingClientRect();
            const walker = document.createTreeWalker(chart, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              if (!n.textContent.trim()) continue;
              texts += 1;
              const el = n.parentElement;
              // The size the text is drawn at: its font size times any
              // scaling of an SVG it sits in.
              let size = parseFloat(getComputedStyle(el).fontSize);
              const svg = el.closest('svg');
              if (svg && svg.viewBox && svg.viewBox.baseVal && svg.viewBox.baseVal.width) {
                size *= svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
              }
              if (size < 12) small.push(`${n.textContent.trim().slice(0, 30)} (${size.toFixed(1)}px)`);
              const r = document.createRange();
              r.selectNodeContents(n);
              const t = r.getBoundingClientRect();
              if (t.left < box.left - 1 || t.right > box.right + 1 || el.scrollWidth > el.clientWidth + 1) cut.push(n.textContent.trim().slice(0, 30));
            }
          }
          return { charts: charts.length, texts, small, cut };
        });
        if (m.charts === 0 || m.texts === 0) problem(`at ${viewport.width}px: no chart text found on the statistics page`);
        for (const s of m.small.slice(0, 5)) problem(`at ${viewport.width}px: chart text below 12px: ${s}`);
        for (const c of m.cut.slice(0, 5)) problem(`at ${viewport.width}px: chart label cut: ${c}`);
      });
    }
  });

  // ---- 4. "Chia sẻ / Nhúng": closed by default, the code inside it, copy
  // buttons only with JavaScript, feedback in a live status.
  await check('share-disclosure', async (problem) => {
    const url = need('exemplar');
    await at(
      PHONE_375,
      async (page, context) => {
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
        await page.goto(url, { waitUntil: 'load' });
        const m = await page.evaluate(() => {
          const d = document.querySelector('details.share');
          if (!d) return null;
          const s = d.querySelector(':scope > summary');
          return {
            open: d.open,
            summary: s ? s.textContent.trim() : '',
            summaryHeight: s ? s.getBoundingClientRect().height : 0,
            closedHeight: d.getBoundingClientRect().height,
            codeInside: !!d.querySelector('pre') && !document.querySelector('pre:not(details.share pre)'),
            status: !!d.querySelector('[role="status"][aria-live="polite"]'),
          };
        });
        if (!m) return problem('the exemplar page has no <details class="share">');
        if (m.open) problem('the share block is open by default');
        if (m.summary !== 'Chia sẻ / Nhúng') problem(`the share summary reads "${m.summary}"`);
        if (m.summaryHeight < TARGET_PX) problem(`the share summary is ${m.summaryHeight}px high (< ${TARGET_PX})`);
        if (m.closedHeight > 80) problem(`the closed share block takes ${m.closedHeight}px on a phone`);
        if (!m.codeInside) problem('the embed code is not inside the disclosure');
        if (!m.status) problem('no aria-live status for the copy feedback');
        await page.locator('details.share > summary').click();
        const button = page.locator('details.share button[data-copy]');
        if (!(await button.isVisible())) return problem('the "Chép mã nhúng" button is not shown with JavaScript');
        await button.click();
        await page.waitForFunction(() => document.querySelector('details.share .copy-status').textContent.trim() !== '', null, { timeout: 5000 });
        const status = await page.locator('details.share .copy-status').textContent();
        if (!/^Đã sao chép/.test(status.trim())) problem(`copy feedback reads "${status.trim()}"`);
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        if (!copied.startsWith('<iframe ') || !copied.includes('data-thidua-embed')) problem(`the clipboard holds ${JSON.stringify(copied.slice(0, 60))}`);
      },
    );
    await at(
      PHONE_375,
      async (page) => {
        await page.goto(url, { waitUntil: 'load' });
        const shown = await page.evaluate(() => [...document.querySelectorAll('.copy-btn')].filter((b) => b.getClientRects().length > 0).length);
        if (shown > 0) problem(`${shown} copy button(s) shown without JavaScript (they cannot work)`);
      },
      { javaScriptEnabled: false },
    );
  });

  // ---- 5. Print: no embed block, the footer kept together, only external
  // links followed by their address, buttons legible without backgrounds.
  await check('print', async (problem) => {
    for (const type of ['exemplar', 'document', 'campaign']) {
      await at(PHONE_375, async (page) => {
        await page.goto(need(type), { waitUntil: 'load' });
        await page.emulateMedia({ media: 'print' });
        const m = await page.evaluate(() => {
          const after = (a) => getComputedStyle(a, '::after').content;
          const links = [...document.querySelectorAll('main a[href]')];
          const internal = links.filter((a) => a.getAttribute('href').startsWith('/') || a.getAttribute('href').startsWith('#'));
          const external = links.filter((a) => /^https?:\/\//.test(a.getAttribute('href')) && a.closest('.prose, .facts'));
          const foot = document.querySelector('.site-foot');
          return {
            share: [...document.querySelectorAll('.share, .embed-code, .copy-btn')].filter((e) => e.getClientRects().length > 0).length,
            shareExists: document.querySelectorAll('.share').length,
            footBreak: foot ? getComputedStyle(foot).breakInside : 'none',
            internalWithUrl: internal.filter((a) => /\(/.test(after(a)) || after(a).includes('/')).map((a) => a.getAttribute('href')),
            externalWithoutUrl: external.filter((a) => !after(a).includes(a.getAttribute('href'))).map((a) => a.getAttribute('href')),
            buttons: [...document.querySelectorAll('.btn, .badge')]
              .filter((b) => b.getClientRects().length > 0)
              .map((b) => {
                const s = getComputedStyle(b);
                return { text: b.textContent.trim().slice(0, 30), color: s.color, border: s.borderTopStyle !== 'none' && parseFloat(s.borderTopWidth) > 0 };
              }),
          };
        });
        if (type === 'exemplar' && m.shareExists === 0) problem('the exemplar page has no share block to hide');
        if (m.share > 0) problem(`${type}: the share/embed block prints`);
        if (m.footBreak !== 'avoid') problem(`${type}: the footer may break across pages (break-inside: ${m.footBreak})`);
        for (const h of m.internalWithUrl.slice(0, 3)) problem(`${type}: internal link ${h} prints its address`);
        for (const h of m.externalWithoutUrl.slice(0, 3)) problem(`${type}: external link ${h} prints without its address`);
        for (const b of m.buttons) {
          // Printers drop backgrounds: the text must be dark and the shape drawn by a border.
          const [r, g, bl] = b.color.match(/\d+/g).map(Number);
          if (r + g + bl > 3 * 96 || !b.border) problem(`${type}: "${b.text}" prints as ${b.color}${b.border ? '' : ' without a border'}`);
        }
      });
    }
  });

  // ---- 6. Compact header on a phone; one row of sections at 1280 px; tap
  // targets of 44 px; the whole card a link target.
  await check('header-compact', async (problem) => {
    for (const type of ['home', 'exemplar']) {
      await at(PHONE_375, async (page) => {
        await page.goto(need(type), { waitUntil: 'load' });
        const m = await page.evaluate(() => ({
          header: document.querySelector('.masthead').getBoundingClientRect().bottom,
          navRows: new Set([...document.querySelectorAll('.mainnav li')].map((li) => Math.round(li.getBoundingClientRect().top))).size,
        }));
        if (m.header > HEADER_PX) problem(`${type} at 375×667: the header ends at ${m.header}px (> ${HEADER_PX})`);
        if (m.navRows !== 1) problem(`${type} at 375×667: the menu takes ${m.navRows} rows`);
      });
    }
    await at(DESKTOP_1280, async (page) => {
      await page.goto(need('home'), { waitUntil: 'load' });
      const rows = await page.evaluate(() => {
        const byTop = new Map();
        for (const li of document.querySelectorAll('.mainnav li')) {
          const top = Math.round(li.getBoundingClientRect().top);
          byTop.set(top, [...(byTop.get(top) || []), li.textContent.trim()]);
        }
        return [...byTop.values()];
      });
      // A row may not hold a single item alone (the "Tìm kiếm" orphan).
      for (const row of rows) if (rows.length > 1 && row.length === 1) problem(`at 1280px "${row[0]}" wraps alone onto a menu row`);
    });
  });

  await check('tap-targets', async (problem) => {
    const selectors = [
      '.mainnav a',
      '.crumbs a',
      '.site-foot a',
      '.chips a',
      '.pager a',
      '.more',
      '.card',
      'details.share > summary',
      '.share-link:not([hidden])',
      '.btn',
    ].join(', ');
    for (const type of ['home', 'section', 'exemplar', 'document', 'documents-by-type']) {
      await at(PHONE_375, async (page) => {
        await page.goto(need(type), { waitUntil: 'load' });
        await page.evaluate(() => document.querySelectorAll('details.share').forEach((d) => (d.open = true)));
        const small = await page.evaluate(
          ({ selectors, min }) =>
            [...document.querySelectorAll(selectors)]
              .filter((el) => el.getClientRects().length > 0)
              .map((el) => ({ el, r: el.getBoundingClientRect() }))
              .filter(({ r }) => r.height < min - 0.5 || r.width < min - 0.5)
              .map(({ el, r }) => `${el.tagName.toLowerCase()}.${el.className || ''} "${el.textContent.trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`),
          { selectors, min: TARGET_PX },
        );
        for (const s of small.slice(0, 6)) problem(`${type} at 375px: target below ${TARGET_PX}px: ${s}`);
        if (small.length > 6) problem(`${type}: and ${small.length - 6} more small targets`);
        // The whole card follows its title link: a click anywhere on it
        // (here: its bottom-left corner) lands on that one link.
        const cards = await page.evaluate(() =>
          [...document.querySelectorAll('.card')].slice(0, 4).map((card) => {
            const r = card.getBoundingClientRect();
            card.scrollIntoView({ block: 'center' });
            const r2 = card.getBoundingClientRect();
            const hit = document.elementFromPoint(r2.left + 6, r2.bottom - 6);
            const links = card.querySelectorAll('a').length;
            return { title: card.textContent.trim().slice(0, 30), hit: hit && hit.closest('a') === card.querySelector('.card-title a'), links, h: r.height };
          }),
        );
        for (const c of cards) {
          if (!c.hit) problem(`${type}: the corner of card "${c.title}" is not its link`);
          if (c.links !== 1) problem(`${type}: card "${c.title}" has ${c.links} links (one per card)`);
        }
      });
    }
  });

  // ---- 7. Polish.
  await check('summary-word-boundary', async (problem) => {
    await at(DESKTOP_1280, async (page) => {
      let seen = 0;
      for (const type of ['home', 'section', 'documents-by-type']) {
        await page.goto(need(type), { waitUntil: 'load' });
        const cut = await page.evaluate(() =>
          [...document.querySelectorAll('.card')]
            .map((c) => ({ sum: c.querySelector('.card-sum')?.textContent.trim() || '', url: c.querySelector('.card-title a').href }))
            .filter((c) => c.sum.endsWith('…')),
        );
        for (const c of cut) {
          seen += 1;
          const html = await (await fetch(c.url.replace(/^https?:\/\/[^/]+/, origin))).text();
          const desc = /<meta name="description" content="([^"]*)"/.exec(html)?.[1].replace(/&quot;/g, '"').replace(/&amp;/g, '&') || '';
          const kept = c.sum.slice(0, -1);
          const next = desc.slice(kept.length, kept.length + 1);
          if (!desc.startsWith(kept)) continue; // the description is cut shorter: nothing to compare
          if (next && !/[\s,.;:!?)–-]/.test(next)) problem(`"…${kept.slice(-20)}…" cuts the word "${kept.split(/\s/).pop()}${desc.slice(kept.length).split(/\s/)[0]}"`);
        }
      }
      if (seen === 0) problem('no card summary is cut on these pages: nothing checked');
    });
  });

  // Every entry page: the line under the title does not say the title again
  // (a collective's unit is often its own name).
  await check('no-subtitle-repeating-title', async (problem) => {
    const text = (html) => html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim().toLowerCase();
    let checked = 0;
    for (const p of entries) {
      const html = await (await fetch(origin + p)).text();
      const head = /<header class="entry-head">([\s\S]*?)<\/header>/.exec(html)?.[1];
      if (!head) continue;
      const h1 = text(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(head)?.[1] || '');
      for (const m of head.matchAll(/<p class="lede">([\s\S]*?)<\/p>/g)) {
        checked += 1;
        const lede = text(m[1]);
        if (lede && h1.includes(lede)) problem(`${p}: the subtitle "${lede}" repeats the title`);
      }
    }
    if (checked === 0) problem('no entry page with a subtitle found');
  });

  await check('document-number-nowrap', async (problem) => {
    let marked = 0;
    for (const type of ['documents-oldest', 'document', 'decision']) {
      if (!pages[type]) continue;
      await at({ width: 320, height: 640 }, async (page) => {
        await page.goto(origin + pages[type], { waitUntil: 'load' });
        const m = await page.evaluate(() =>
          [...document.querySelectorAll('.doc-no')].map((e) => ({ text: e.textContent, lines: e.getClientRects().length })),
        );
        marked += m.length;
        for (const n of m) if (n.lines !== 1) problem(`${type}: "${n.text}" breaks over ${n.lines} lines at 320px`);
      });
    }
    if (marked === 0) problem('no document number marked (.doc-no) on the documents list, a document or a decision');
  });

  await check('backdrop-breadcrumb', async (problem) => {
    await at(PHONE_375, async (page) => {
      await page.goto(need('backdrop'), { waitUntil: 'load' });
      const crumbs = await page.evaluate(() => [...document.querySelectorAll('.crumbs li')].map((li) => li.textContent.trim()));
      if (crumbs[1] !== 'Sự kiện' || crumbs.length !== 4) problem(`the backdrop's breadcrumb is ${JSON.stringify(crumbs)}, expected Trang chủ › Sự kiện › <event> › Phông nền`);
    });
  });

  await check('backdrop-title-no-widow', async (problem) => {
    for (const viewport of [PHONE_375, DESKTOP_1280, { width: 1600, height: 900 }]) {
      await at(viewport, async (page) => {
        await page.goto(need('backdrop'), { waitUntil: 'load' });
        const lines = await page.evaluate(() => {
          const el = document.querySelector('.stage .bd-title');
          const words = [];
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            for (const m of n.textContent.matchAll(/\S+/g)) {
              const r = document.createRange();
              r.setStart(n, m.index);
              r.setEnd(n, m.index + m[0].length);
              words.push(Math.round(r.getBoundingClientRect().top));
            }
          }
          const rows = [];
          for (const top of words) {
            if (rows.length && Math.abs(rows[rows.length - 1].top - top) < 4) rows[rows.length - 1].n += 1;
            else rows.push({ top, n: 1 });
          }
          return rows.map((r) => r.n);
        });
        if (lines.length > 1 && lines[lines.length - 1] < 2) problem(`at ${viewport.width}px the backdrop title ends with a one-word line (${JSON.stringify(lines)} words per line)`);
      });
    }
  });

  await check('campaign-documents-once', async (problem) => {
    await at(DESKTOP_1280, async (page) => {
      await page.goto(need('campaign'), { waitUntil: 'load' });
      const twice = await page.evaluate(() => {
        const seen = new Map();
        for (const a of document.querySelectorAll('main .facts a[href], main .related a[href]')) {
          const u = new URL(a.href).pathname;
          seen.set(u, (seen.get(u) || 0) + 1);
        }
        return [...seen].filter(([, n]) => n > 1).map(([u, n]) => `${u} (${n}×)`);
      });
      for (const t of twice) problem(`the campaign page lists ${t}`);
    });
  });

  await check('document-filters-combine', async (problem) => {
    await at(DESKTOP_1280, async (page) => {
      await page.goto(need('documents-by-type'), { waitUntil: 'load' });
      const here = new URL(page.url()).pathname;
      // From a type's page, each issuer link keeps the type.
      const issuerLinks = await page.evaluate(() => {
        const groups = [...document.querySelectorAll('.doc-nav-group')];
        const g = groups.find((x) => x.textContent.includes('Cơ quan ban hành'));
        return g ? [...g.querySelectorAll('a')].map((a) => ({ name: a.textContent.trim(), href: new URL(a.href).pathname })) : [];
      });
      const combined = issuerLinks.filter((l) => l.href.startsWith(here) && l.href.includes('/co-quan/'));
      if (combined.length === 0) return problem(`${here}: no issuer link keeps the type (${JSON.stringify(issuerLinks.slice(0, 3))})`);
      const target = combined[0];
      await page.goto(origin + target.href, { waitUntil: 'load' });
      const m = await page.evaluate(() => ({
        cards: document.querySelectorAll('.card').length,
        sortsKeep: [...document.querySelectorAll('.doc-nav-group')][0]?.querySelectorAll('a').length || 0,
        oldest: [...document.querySelectorAll('.doc-nav a')].map((a) => new URL(a.href).pathname).filter((p) => p.endsWith('/cu-nhat/')),
        current: [...document.querySelectorAll('.doc-nav a[aria-current]')].map((a) => a.textContent.trim()),
      }));
      if (m.cards === 0) problem(`${target.href} lists no document`);
      const count = Number(/\((\d+)\)/.exec(target.name)?.[1]);
      if (count && count !== m.cards && m.cards < 10) problem(`${target.href}: the link said ${count}, the page lists ${m.cards}`);
      if (!m.oldest.some((p) => p === `${target.href}cu-nhat/`)) problem(`${target.href}: the "Cũ nhất trước" link does not keep both filters`);
      if (m.current.length < 3) problem(`${target.href}: ${m.current.length} current choices marked, expected order, type and issuer`);
      const oldest = await fetch(`${origin}${target.href}cu-nhat/`);
      if (oldest.status !== 200) problem(`${target.href}cu-nhat/ answers ${oldest.status}`);
    });
  });

  await check('no-authoring-notes', async (problem) => {
    await at(DESKTOP_1280, async (page) => {
      for (const [type, p] of Object.entries(pages)) {
        if (!p || type === '404') continue;
        await page.goto(origin + p, { waitUntil: 'load' });
        const text = await page.evaluate(() => document.body.innerText);
        // Notes to the editors of the example, as they were once written in its pages.
        for (const re of [/trang mẫu (này|gắn)/i, /để minh họa cách/i, /\bTODO\b/, /<!--/]) {
          if (re.test(text)) problem(`${type} (${p}) shows an authoring note matching ${re}`);
        }
      }
    });
  });

  return results;
}
