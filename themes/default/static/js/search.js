// The search page (/tim-kiem/): reads ?q= and the filters from the link,
// searches as the reader types, keeps the link in step so a search can be
// shared. All matching and ranking is in search-core.js.

import { SearchIndex, highlight } from './search-core.js';

const PAGE = 10;
const form = document.getElementById('tim-kiem');
const input = document.getElementById('q');
const facetsBox = document.getElementById('bo-loc');
const facetsPanel = document.getElementById('loc');
const status = document.getElementById('trang-thai');
const hints = document.getElementById('goi-y');
const list = document.getElementById('ket-qua');
const more = document.getElementById('xem-them');
const index = new SearchIndex(form.dataset.index || '/tim-kiem/index/');
let seq = 0;
let shown = 0;
let timer = 0;

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'text') e.textContent = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c) e.append(c);
  return e;
}

function marked(text, terms, approximate) {
  const frag = document.createDocumentFragment();
  for (const s of highlight(text || '', { terms }, approximate)) {
    frag.append(s.mark ? el('mark', { text: s.text }) : s.text);
  }
  return frag;
}

function filters() {
  const out = {};
  for (const sel of facetsBox.querySelectorAll('select')) if (sel.value) out[sel.name] = sel.value;
  return out;
}

function syncLink(q, f) {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const [k, v] of Object.entries(f)) params.set(k, v);
  const query = params.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

function buildFacets(meta, params) {
  facetsBox.replaceChildren();
  meta.facets.forEach((f, k) => {
    if (!f.values.length) return;
    const id = `loc-${k}`;
    const sel = el('select', { id, name: f.param, form: form.id }, el('option', { value: '', text: 'Tất cả' }));
    for (const [slug, name, count] of f.values) sel.append(el('option', { value: slug, text: `${name} (${count})` }));
    sel.value = params.get(f.param) || '';
    sel.addEventListener('change', () => run(false));
    facetsBox.append(el('div', {}, el('label', { for: id, text: f.title }), sel));
  });
  facetsPanel.hidden = false;
  facetsPanel.open = meta.facets.some((f) => params.get(f.param));
}

function resultItem(r, terms) {
  const item = card(r, terms);
  if (terms.length && !r.partial && !item.querySelector('mark')) {
    item.querySelector('article').append(el('p', { class: 'search-note muted', text: 'Từ khóa có trong nội dung bài.' }));
  }
  return item;
}

function card(r, terms) {
  const badges = [];
  if (r.partial) badges.push(el('span', { class: 'badge badge-partial', text: partialNote(r) }));
  else if (r.approximate) badges.push(el('span', { class: 'badge badge-approx', text: 'Gần đúng (khác dấu)' }));
  const meta = [r.meta, r.date].filter(Boolean).join(' · ');
  return el(
    'li',
    {},
    el(
      'article',
      { class: `card card-${r.section}` },
      el('p', { class: 'kicker', text: r.sectionTitle }),
      el('h2', { class: 'card-title' }, el('a', { href: r.url }, marked(r.title, terms, r.approximate))),
      meta ? el('p', { class: 'card-meta' }, marked(meta, terms, r.approximate)) : null,
      r.excerpt ? el('p', { class: 'card-sum' }, marked(r.excerpt, terms, r.approximate)) : null,
      badges.length ? el('p', { class: 'search-note' }, ...badges) : null,
    ),
  );
}

// Near matches (search-core's `partial`: pages holding only some of the
// words, or a name's syllables apart), shown after the full matches only
// when those are few, under their own heading, and not counted.
let nearBox = null;

function partialNote(r) {
  if (r.retoned) return 'Gần đúng (khác dấu)';
  return r.scattered ? 'Các chữ không đứng liền nhau' : `Thiếu: ${r.missing.join(', ')}`;
}

function showNear(res) {
  if (!nearBox) {
    nearBox = el('section', { id: 'gan-dung', class: 'search-near', 'aria-labelledby': 'gan-dung-tieu-de' });
    list.after(nearBox);
  }
  const near = (res && res.partial) || [];
  nearBox.replaceChildren();
  nearBox.hidden = !near.length;
  if (!near.length) return;
  const ol = el('ol', { class: 'search-results' });
  for (const r of near) ol.append(card(r, res.terms));
  nearBox.append(el('h2', { id: 'gan-dung-tieu-de', text: 'Kết quả gần đúng' }), ol);
}

function describe(res) {
  if (!res.total) return `Không tìm thấy kết quả nào cho “${res.query}”.`;
  const parts = [`Tìm thấy ${res.total} kết quả cho “${res.query}”`];
  const partial = res.total - res.full;
  const notes = [];
  if (res.approximate) notes.push(`${res.approximate} kết quả gần đúng (khác dấu)`);
  if (partial) notes.push(`${partial} kết quả chỉ khớp một phần từ khóa`);
  if (notes.length) parts.push(`, trong đó ${notes.join(' và ')}`);
  return `${parts.join('')}.`;
}

function showHints(res) {
  hints.replaceChildren();
  if (!res.suggestions.length) return;
  const p = el('p', {}, 'Có phải bạn muốn tìm: ');
  res.suggestions.forEach((s, i) => {
    if (i) p.append(', ');
    const params = new URLSearchParams(location.search);
    params.set('q', s.query);
    p.append(el('a', { href: `?${params}` }, el('strong', { text: s.query })));
  });
  p.append('?');
  hints.append(p);
}

async function run(live, append = false) {
  const q = input.value.trim();
  const f = filters();
  const mine = ++seq;
  if (!append) syncLink(q, f);
  if (!q && !Object.keys(f).length) {
    list.replaceChildren();
    hints.replaceChildren();
    showNear(null);
    status.textContent = '';
    more.hidden = true;
    return;
  }
  const offset = append ? shown : 0;
  try {
    const res = await index.search(q, { live, filters: f, limit: PAGE, offset });
    if (mine !== seq) return;
    if (!append) list.replaceChildren();
    for (const r of res.results) list.append(resultItem(r, res.terms));
    shown = offset + res.results.length;
    more.hidden = shown >= res.total;
    status.textContent = q ? describe(res) : `Có ${res.total} mục phù hợp bộ lọc.`;
    showHints(res);
    showNear(res);
    // After "Xem thêm kết quả" the reader carries on from the first new
    // result (the button may just have been hidden under the focus).
    if (append) list.children[offset]?.querySelector('a')?.focus();
  } catch (e) {
    if (mine === seq) status.textContent = 'Không tải được dữ liệu tìm kiếm. Vui lòng thử lại sau.';
  }
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  clearTimeout(timer);
  run(false);
});
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => run(true), 150);
});
more.addEventListener('click', () => run(false, true));

const params = new URLSearchParams(location.search);
input.value = params.get('q') || '';
index
  .meta()
  .then((meta) => {
    buildFacets(meta, params);
    if (input.value || [...params.keys()].some((k) => k !== 'q')) run(false);
  })
  .catch(() => {
    facetsPanel.hidden = true;
    status.textContent = 'Không tải được dữ liệu tìm kiếm. Vui lòng thử lại sau.';
  });
