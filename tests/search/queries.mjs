#!/usr/bin/env node
// Table-driven checks of the search index of tests/fixtures/search, read
// through the real client module (themes/default/static/js/search-core.js)
// from the real index files. Run by tests/it/search.rs:
//
//   node tests/search/queries.mjs DIR
//   node tests/search/queries.mjs DIR example
//
// DIR holds the built `tim-kiem/index/` and `tone-samples.json`, the Rust
// normaliser's output for sample words, which the client's twin must match.
// With `example`, DIR is the bundled example portal (the repository's own
// content/) and the judged EXAMPLE cases run instead, with limits on the
// bytes each query reads. Exit status 0 when every check passes, 1
// otherwise.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  SearchIndex,
  fold,
  highlight,
  normalizeText,
  normalizeTones,
  parseQuery,
  tokens,
} from '../../themes/default/static/js/search-core.js';

const dir = process.argv[2];
const example = process.argv[3] === 'example';
if (!dir) {
  process.stderr.write('usage: node tests/search/queries.mjs DIR\n');
  process.exit(2);
}

const local = (url) => path.join(dir, decodeURIComponent(url));
let bytesRead = 0;
let wireRead = 0;
const count = (b) => {
  bytesRead += b.length;
  wireRead += gzipSync(b).length;
};
const io = {
  bytes: async (url) => {
    const b = new Uint8Array(await readFile(local(url)));
    count(b);
    return b;
  },
  json: async (url) => {
    const b = await readFile(local(url));
    count(b);
    return JSON.parse(b.toString('utf8'));
  },
};
const index = new SearchIndex('/tim-kiem/index/', io);

const nfd = (s) => s.normalize('NFD');
const slug = (r) => r.url.split('/').filter(Boolean).pop();
/** What the page shows, in order: full matches, then near matches. */
const shown = (res) => [...res.results, ...(res.partial || [])];
const slugs = (res) => shown(res).map(slug);

// Each case: q, opts (live, filters), and what must hold:
//   first: slug of the first result      top: the first results, any order
//   has / not: slugs among / absent from all results (limit 50)
//   total, full: counts                  approx / exact: slugs so labelled
//   partial: slugs labelled partial      missing: words reported missing
//   full: slugs matching every word
//   suggest: suggested replacement word  before: [a, b] a ranks above b
//   nosuggest: no suggestion at all       near: slugs shown as near matches
//   scattered: slugs near because a name's syllables stand apart
const FIXTURE = [
  // đ, diacritics, case, normalisation form
  { q: 'dong thap', first: 'hop-tac-xa-dong-thap-muoi' },
  { q: 'Đồng Tháp', first: 'hop-tac-xa-dong-thap-muoi', exact: ['hop-tac-xa-dong-thap-muoi'] },
  { q: 'ĐỒNG THÁP', first: 'hop-tac-xa-dong-thap-muoi' },
  { q: nfd('Đồng Tháp'), first: 'hop-tac-xa-dong-thap-muoi' },
  { q: 'Ðồng Tháp', first: 'hop-tac-xa-dong-thap-muoi', note: 'eth look-alike' },
  { q: 'nong thon moi', top: ['nong-thon-moi-2025', 'ban-tin-thang-2', 'ban-tin-thang-1'], has: ['ke-hoach-33', 'hop-tac-xa-dong-thap-muoi'] },
  { q: 'nông thôn mới', top: ['nong-thon-moi-2025', 'ban-tin-thang-2', 'ban-tin-thang-1'], approx: [] },
  { q: nfd('nông thôn mới'), top: ['nong-thon-moi-2025', 'ban-tin-thang-2', 'ban-tin-thang-1'] },
  { q: 'NGUYỄN VĂN ĐÔNG', first: 'nguyen-van-dong' },
  { q: 'nguyen van dong', first: 'nguyen-van-dong' },
  { q: 'cai khe', first: 'tran-van-khoe' },
  // old and new tone placement
  { q: 'hòa', has: ['nguyen-thi-hoa', 'hoa-giai-co-so'] },
  { q: 'hoà', has: ['nguyen-thi-hoa', 'hoa-giai-co-so'], approx: [] },
  { q: 'thuỷ lợi', first: 'to-thuy-loi-thanh-loi', has: ['dong-kenh-xanh'], approx: [] },
  { q: 'thủy lợi', first: 'to-thuy-loi-thanh-loi', has: ['dong-kenh-xanh'], approx: [] },
  { q: 'khoẻ', has: ['tran-van-khoe', 'giai-the-thao-suc-khoe'], approx: [] },
  { q: 'khỏe', has: ['tran-van-khoe', 'giai-the-thao-suc-khoe'], approx: [] },
  { q: 'Uỷ ban nhân dân', has: ['ke-hoach-33', 'nguyen-thi-hoa'], approx: [] },
  { q: 'Ủy ban nhân dân', has: ['ke-hoach-33', 'nguyen-thi-hoa'], approx: [] },
  { q: nfd('thủy sản'), first: 'pham-thi-thuy', note: 'page written in NFD' },
  { q: 'Phạm Thị Thủy', first: 'pham-thi-thuy' },
  // exact before approximate
  { q: 'đồng', exact: ['hop-tac-xa-dong-thap-muoi', 'to-thuy-loi-thanh-loi'], approx: ['nguyen-van-dong', 'dong-kenh-xanh'], before: ['to-thuy-loi-thanh-loi', 'nguyen-van-dong'] },
  { q: 'dong', has: ['hop-tac-xa-dong-thap-muoi', 'nguyen-van-dong', 'dong-kenh-xanh'], approx: [] },
  { q: 'Đông', first: 'nguyen-van-dong', approx: ['hop-tac-xa-dong-thap-muoi'] },
  // phrases and adjacency
  { q: '"thi đua yêu nước"', has: ['thi-dua-yeu-nuoc-2026', 'nguyen-van-dong'], not: ['ra-quan-dau-nam', 'loi-keu-goi-thi-dua-ai-quoc'] },
  { q: 'thi đua yêu nước', has: ['ra-quan-dau-nam'], before: ['nguyen-van-dong', 'ra-quan-dau-nam'] },
  { q: '“nước yêu”', total: 0 },
  { q: '"thi dua yeu nuoc"', has: ['thi-dua-yeu-nuoc-2026'], not: ['ra-quan-dau-nam'] },
  // document and decision numbers
  { q: '33/KH-UBND', first: 'ke-hoach-33', not: ['cong-van-330'] },
  { q: '33/kh-ubnd', first: 'ke-hoach-33', total: 1 },
  { q: '1234/QĐ-UBND', first: 'quyet-dinh-1234', has: ['nguyen-thi-hoa'] },
  { q: '1234/QD-UBND', first: 'quyet-dinh-1234', has: ['nguyen-thi-hoa'] },
  { q: '88/QĐ-UBND', first: 'tran-van-khoe', total: 1 },
  { q: 'số 330/SNV-TĐKT', first: 'cong-van-330' },
  // prefixes while typing
  { q: 'nông thôn m', full: ['nong-thon-moi-2025', 'ke-hoach-33'] },
  { q: 'chuyển đổi s', opts: { live: true }, full: ['mo-hinh-cho-4-0', 'hoi-thao-chuyen-doi-so'] },
  { q: 'hội thả', opts: { live: true }, first: 'hoi-thao-chuyen-doi-so' },
  { q: 'Hợp tác x', opts: { live: true }, first: 'hop-tac-xa-dong-thap-muoi' },
  { q: 'nông thôn mớ', opts: { live: true }, full: ['nong-thon-moi-2025', 'ban-tin-thang-2'] },
  { q: '33/KH-UB', opts: { live: true }, first: 'ke-hoach-33' },
  // suggestions and partial matches
  { q: 'nong thon moy', suggest: 'mới', missing: ['moy'], partial: ['nong-thon-moi-2025'] },
  { q: 'khen thuongg', suggest: 'thưởng' },
  { q: 'ông Lí', suggest: 'lý' },
  { q: 'hoà dải', suggest: 'giải' },
  { q: 'hoà giải xyzw', missing: ['xyzw'], partial: ['hoa-giai-co-so'] },
  { q: 'qwertyzx', total: 0 },
  { q: '', total: 0 },
  { q: '!!! ...', total: 0 },
  // ranking: title and names first, rarer words weigh more, newer first
  { q: 'kênh', first: 'dong-kenh-xanh', has: ['to-thuy-loi-thanh-loi'] },
  { q: 'mương làm', first: 'to-thuy-loi-thanh-loi', partial: ['to-thuy-loi-thanh-loi', 'tran-van-khoe'], note: 'rarer word first' },
  { q: 'bản tin nông thôn mới', first: 'ban-tin-thang-2', before: ['ban-tin-thang-2', 'ban-tin-thang-1'] },
  { q: 'chợ 4.0', first: 'mo-hinh-cho-4-0' },
  // facets
  { q: 'nông thôn', opts: { filters: { 'chuyen-muc': 'van-ban' } }, first: 'ke-hoach-33', total: 1 },
  { q: '', opts: { filters: { 'doi-tuong': 'tap-the' } }, top: ['hop-tac-xa-dong-thap-muoi', 'to-thuy-loi-thanh-loi'], total: 2 },
  { q: '', opts: { filters: { 'linh-vuc': 'chuyen-doi-so' } }, top: ['mo-hinh-cho-4-0', 'hoi-thao-chuyen-doi-so'], total: 2 },
  { q: '', opts: { filters: { 'dia-phuong': 'phuong-cai-khe' } }, first: 'tran-van-khoe', total: 1 },
  { q: '', opts: { filters: { nam: '2023' } }, top: ['nguyen-thi-hoa', 'quyet-dinh-1234'], total: 2 },
  { q: 'khen', opts: { filters: { 'hinh-thuc-khen-thuong': 'bang-khen' } }, first: 'nguyen-thi-hoa', total: 1 },
  { q: '', opts: { filters: { 'chuyen-muc': 'guong-dien-hinh', nam: '2022' } }, first: 'tran-van-khoe', total: 1 },
];

// The bundled example portal (Cần Thơ, the repository's content/): judged
// queries of issue 11. Names absent from it must give no full match and
// suggest only names written on its pages; full names, however typed, find
// their page first; a name's syllables standing apart are not a match;
// tones are judged where the name stands, not anywhere on the page.
const vo = 'vo-thi-kim-loan';
const EXAMPLE = [
  // absent names and places: the honest empty state
  { q: 'Đồng Tháp', total: 0, nosuggest: true, note: 'never “đồng tập”' },
  { q: nfd('Đồng Tháp'), total: 0, nosuggest: true },
  { q: 'Long An', total: 0, nosuggest: true, scattered: ['doi-hinh-thanh-nien-tinh-nguyen-so-doan-phuong-long-hoa'] },
  { q: 'LONG AN', total: 0 },
  { q: 'Lê Văn Tám', total: 0, suggest: 'Lê Văn Tư', scattered: ['ho-gia-dinh-ong-le-van-tu'] },
  { q: 'le van tam', total: 0 },
  { q: 'nguyen thi minh khai', total: 0, nosuggest: true },
  { q: 'Nguyễn Thị Minh Khai', total: 0, nosuggest: true },
  { q: 'Vĩnh Long', total: 0, nosuggest: true },
  { q: 'Phan Thanh Giản', total: 0 },
  { q: 'Nguyễn Văn Cừ', total: 0 },
  // full names: toned, untoned, lower-case, capitals, NFD
  { q: 'Võ Thị Kim Loan', first: vo, total: 1, exact: [vo] },
  { q: 'vo thi kim loan', first: vo, total: 1 },
  { q: 'VÕ THỊ KIM LOAN', first: vo, total: 1 },
  { q: nfd('Võ Thị Kim Loan'), first: vo, total: 1, exact: [vo] },
  { q: 'võ thị kim loan', first: vo, total: 1 },
  { q: 'Trần Quốc Bảo', first: 'tran-quoc-bao', exact: ['tran-quoc-bao'] },
  { q: 'tran quoc bao', first: 'tran-quoc-bao' },
  { q: 'Huỳnh Ngọc Bích Trâm', first: 'huynh-ngoc-bich-tram', exact: ['huynh-ngoc-bich-tram'] },
  { q: 'huynh ngoc bich tram', first: 'huynh-ngoc-bich-tram' },
  { q: 'Đặng Văn Lực', first: 'dang-van-luc', total: 1 },
  { q: 'dang van luc', first: 'dang-van-luc', total: 1 },
  { q: 'Nguyễn Thị Hồng Nhung', first: 'nguyen-thi-hong-nhung' },
  { q: 'nguyen thi hong nhung', first: 'nguyen-thi-hong-nhung' },
  { q: 'Lê Văn Tư', first: 'ho-gia-dinh-ong-le-van-tu', total: 1 },
  { q: 'Hồ Văn Rô', first: 'ho-van-ro', total: 1 },
  { q: 'Thạch Thị Sà Rênh', first: 'thach-thi-sa-renh' },
  // places: the syllables together, not apart
  { q: 'Long Hòa', first: 'doi-hinh-thanh-nien-tinh-nguyen-so-doan-phuong-long-hoa', total: 1 },
  { q: 'Ninh Kiều', first: 'bo-phan-mot-cua-phuong-ninh-kieu' },
  { q: 'Hưng Lợi', first: 'to-bao-ve-an-ninh-trat-tu-khu-vuc-5-phuong-hung-loi' },
  { q: 'An Thới', first: 'mo-hinh-camera-an-ninh-ket-noi-phuong-an-thoi', total: 1 },
  { q: 'Thới Bình', first: 'mo-hinh-dan-van-kheo-ho-tro-dinh-danh-dien-tu-phuong-thoi-binh' },
  // tones judged on the occurrence that matches (the page holds “thành”
  // and “tám”, “báo” elsewhere, not in the name)
  // a name typed with other tones is not counted: near, badged, suggested
  { q: 'Mai Thành Hải', first: 'mai-thanh-hai', approx: ['mai-thanh-hai'], near: ['mai-thanh-hai'], total: 0, suggest: 'Mai Thanh Hải' },
  { q: 'Mai Thanh Hải', first: 'mai-thanh-hai', exact: ['mai-thanh-hai'] },
  { q: 'mai thanh hai', first: 'mai-thanh-hai', approx: [] },
  { q: 'Lê Minh Tám', first: 'le-minh-tam', approx: ['le-minh-tam'], total: 0, suggest: 'Lê Minh Tâm' },
  { q: 'Lê Minh Tâm', first: 'le-minh-tam', exact: ['le-minh-tam'] },
  { q: 'Trần Quốc Báo', first: 'tran-quoc-bao', approx: ['tran-quoc-bao'], total: 0, suggest: 'Trần Quốc Bảo' },
  { q: 'Huỳnh Ngọc Bích Tram', first: 'huynh-ngoc-bich-tram', near: ['huynh-ngoc-bich-tram'], total: 0, suggest: 'Huỳnh Ngọc Bích Trâm' },
  // typing: the last word read as the start of a word while one types, a
  // name still together (“Hò” is the start of “Hòa”, written “hoà”)
  { q: 'Huỳnh Ngọc Bích Tr', opts: { live: true }, first: 'huynh-ngoc-bich-tram', total: 1, exact: ['huynh-ngoc-bich-tram'] },
  { q: 'huynh ngoc bich tr', opts: { live: true }, first: 'huynh-ngoc-bich-tram', total: 1 },
  { q: 'Lê Minh Tâ', opts: { live: true }, first: 'le-minh-tam', total: 1, exact: ['le-minh-tam'] },
  { q: 'Mai Thanh Hả', opts: { live: true }, first: 'mai-thanh-hai', total: 1, exact: ['mai-thanh-hai'] },
  { q: 'Thạch Thị Sà Rê', opts: { live: true }, first: 'thach-thi-sa-renh', full: ['ghi-dia-danh-trong-ho-so-khen-thuong-sau-sap-xep-don-vi-hanh-chinh'] },
  { q: 'Long Hò', opts: { live: true }, first: 'doi-hinh-thanh-nien-tinh-nguyen-so-doan-phuong-long-hoa', total: 1, exact: ['doi-hinh-thanh-nien-tinh-nguyen-so-doan-phuong-long-hoa'] },
  { q: 'Lê Văn Tá', opts: { live: true }, total: 0 },
  // every word must match; near matches apart, with what is missing
  { q: 'Cần Thơ xyzw', total: 0, missing: ['xyzw'] },
  { q: 'Võ Thị Kim Loan xyzw', total: 0, near: [vo], missing: ['xyzw'] },
  { q: 'thi đua yêu nước', top: ['hoi-nghi-so-ket-phong-trao-thi-dua-yeu-nuoc-giai-doan-2021-2023', 'so-ket-03-nam-phong-trao-thi-dua-yeu-nuoc-giai-doan-2021-2023', 'phong-trao-thi-dua-yeu-nuoc-toan-quoc-2021-2025'] },
  // phrase before scattered (a longer query: scattered words still count)
  { q: 'dot thi dua cao diem', top: ['dot-thi-dua-cao-diem-nam-2024', 'hoi-nghi-tong-ket-dot-thi-dua-cao-diem-nam-2024', 'can-tho-phat-dong-dot-thi-dua-cao-diem-nam-2024', 'ke-hoach-33-kh-ubnd-dot-cao-diem-2024', 'nhac-han-gui-van-ban-phat-dong-dot-thi-dua-cao-diem'], full: ['dang-bo-thanh-pho-thi-dua-thuc-hien-nghi-quyet-dai-hoi-lan-thu-i'], before: ['dot-thi-dua-cao-diem-nam-2024', 'dang-bo-thanh-pho-thi-dua-thuc-hien-nghi-quyet-dai-hoi-lan-thu-i'] },
  // … and with tones, the page that has “đột”, not “đợt”, is badged
  { q: 'đợt thi đua cao điểm', approx: ['dang-bo-thanh-pho-thi-dua-thuc-hien-nghi-quyet-dai-hoi-lan-thu-i'], exact: ['dot-thi-dua-cao-diem-nam-2024'], before: ['dot-thi-dua-cao-diem-nam-2024', 'dang-bo-thanh-pho-thi-dua-thuc-hien-nghi-quyet-dai-hoi-lan-thu-i'] },
];
const CASES = example ? EXAMPLE : FIXTURE;

function check(c, res) {
  const problems = [];
  const all = slugs(res);
  const by = new Map(shown(res).map((r) => [slug(r), r]));
  const need = (ok, msg) => ok || problems.push(msg);
  if (c.first) need(all[0] === c.first, `first is ${all[0]}, want ${c.first}`);
  if (c.top) {
    const head = all.slice(0, c.top.length);
    need(c.top.every((s) => head.includes(s)), `top ${head.join(', ')}, want ${c.top.join(', ')}`);
  }
  for (const s of c.has || []) need(all.includes(s), `missing ${s}`);
  for (const s of c.not || []) need(!all.includes(s), `unexpected ${s}`);
  if (c.total !== undefined) need(res.total === c.total, `total ${res.total}, want ${c.total}`);
  const approx = res.results.filter((r) => r.approximate && !r.partial).map(slug);
  if (c.approx) {
    if (c.approx.length === 0) need(approx.length === 0, `approximate: ${approx.join(', ')}`);
    for (const s of c.approx) need(by.get(s)?.approximate, `${s} not labelled approximate`);
  }
  for (const s of c.exact || []) need(by.has(s) && !by.get(s).approximate, `${s} not exact`);
  if (c.partial) {
    const partial = shown(res).filter((r) => r.partial).map(slug);
    if (c.partial.length === 0) need(partial.length === 0, `partial: ${partial.join(', ')}`);
    for (const s of c.partial) need(partial.includes(s), `${s} not labelled partial`);
  }
  for (const s of c.full || []) need(by.has(s) && !by.get(s).partial, `${s} not a full match`);
  for (const w of c.missing || []) {
    need(shown(res).some((r) => r.missing.includes(w)), `no result reports "${w}" missing`);
  }
  if (c.nosuggest) need(res.suggestions.length === 0, `suggestions ${JSON.stringify(res.suggestions.map((s) => s.query))}`);
  const near = (res.partial || []).map(slug);
  for (const s of c.near || []) need(near.includes(s), `${s} not shown as a near match`);
  for (const s of c.scattered || []) need(by.get(s)?.scattered && near.includes(s), `${s} not shown as scattered`);
  // a name's syllables apart are never a full match; elsewhere together
  // ranks first among exact (or among approximate) matches
  if (res.name) need(res.results.every((r) => r.together), 'a name with its syllables apart among full matches');
  res.results.forEach((r, i) => {
    const later = res.results.slice(i + 1).find((x) => x.together && !r.together && x.approximate === r.approximate);
    if (later) need(false, `${slug(later)} (together) ranks below ${slug(r)} (apart)`);
  });
  // the count is the full matches: never a near match in `results`
  need(res.results.every((r) => !r.partial), 'a near match among the counted results');
  need(res.total === res.full, `total ${res.total} ≠ full ${res.full}`);
  if (c.suggest) {
    const to = res.suggestions.map((s) => s.to);
    need(to.includes(c.suggest), `suggestions ${JSON.stringify(to)}, want ${c.suggest}`);
  }
  if (c.before) {
    const [a, b] = c.before.map((s) => all.indexOf(s));
    need(a >= 0 && b >= 0 && a < b, `${c.before[0]} (#${a}) should rank above ${c.before[1]} (#${b})`);
  }
  return problems;
}

async function toneParity() {
  const samples = JSON.parse(await readFile(path.join(dir, 'tone-samples.json'), 'utf8'));
  const problems = [];
  for (const [input, normalised, folded] of samples) {
    const toks = tokens(normalizeText(input)).map((t) => normalizeTones(t.text));
    const mine = toks.join(' ');
    const myFold = toks.map(fold).join(' ');
    if (mine !== normalised) problems.push(`${input}: JS ${mine} / Rust ${normalised}`);
    if (myFold !== folded) problems.push(`${input}: JS fold ${myFold} / Rust ${folded}`);
  }
  return { count: samples.length, problems };
}

function highlightWorks() {
  const segs = highlight('Tổ thuỷ lợi ấp Thạnh Lợi', parseQuery('thủy LOI'));
  const marked = segs.filter((s) => s.mark).map((s) => s.text);
  return JSON.stringify(marked) === JSON.stringify(['thuỷ', 'lợi', 'Lợi']) ? [] : [`highlight: ${JSON.stringify(marked)}`];
}

/** A page holding meta.json from an older build finds its files gone,
 *  reloads the meta once and answers. */
async function staleMetaRecovers() {
  let stale = true;
  const io = {
    bytes: async (url) => new Uint8Array(await readFile(local(url))),
    json: async (url) => {
      const value = JSON.parse(await readFile(local(url), 'utf8'));
      if (url.endsWith('meta.json') && stale) {
        stale = false;
        value.dir = 'an-older-build/';
      }
      return value;
    },
  };
  const res = await new SearchIndex('/tim-kiem/index/', io).search('dong thap');
  const first = res.results[0] && slug(res.results[0]);
  return first === 'hop-tac-xa-dong-thap-muoi' ? [] : [`stale meta: first result ${first}`];
}

/** Bytes read per query, cold (a fresh client) and warm (after the meta);
 *  `wire`: the warm bytes as a phone downloads them (gzip, as any static
 *  host serves JSON and the index files). The issue's budget for a
 *  one-syllable query, 25 KB, is on the wire (the 1,000-entry bench: 19.9 KB
 *  on the wire, 34.4 KB uncompressed); the uncompressed figure is held too,
 *  at the bench's 35 KB, so a regression shows either way. */
const COLD_LIMIT = 70 * 1024;
const WARM_ONE_SYLLABLE = 25 * 1024;
const WARM_ONE_SYLLABLE_RAW = 35 * 1024;
async function bytesOf(q, opts = {}) {
  bytesRead = 0;
  wireRead = 0;
  const fresh = new SearchIndex('/tim-kiem/index/', io);
  await fresh.meta();
  const meta = bytesRead;
  const metaWire = wireRead;
  await fresh.search(q, { limit: 10, ...opts });
  return { cold: bytesRead, warm: bytesRead - meta, wire: wireRead - metaWire };
}

let failed = 0;
for (const c of CASES) {
  const res = await index.search(c.q, { limit: 50, ...(c.opts || {}) });
  const problems = check(c, res);
  if (example) {
    const { cold, warm, wire } = await bytesOf(c.q, c.opts);
    if (cold > COLD_LIMIT) problems.push(`${cold} bytes read, limit ${COLD_LIMIT}`);
    if (res.terms.length === 1 && wire > WARM_ONE_SYLLABLE) problems.push(`${wire} bytes warm on the wire, limit ${WARM_ONE_SYLLABLE}`);
    if (res.terms.length === 1 && warm > WARM_ONE_SYLLABLE_RAW) problems.push(`${warm} bytes warm uncompressed, limit ${WARM_ONE_SYLLABLE_RAW}`);
  }
  const label = `${JSON.stringify(c.q)}${c.opts ? ` ${JSON.stringify(c.opts)}` : ''}`;
  if (problems.length) {
    failed++;
    console.log(`FAIL ${label}: ${problems.join('; ')}`);
    console.log(`     got: ${slugs(res).slice(0, 8).join(', ')}`);
  } else {
    console.log(`ok   ${label} (${res.total} results, ${res.ms.toFixed(1)} ms)`);
  }
}
if (example) {
  for (const q of ['khen', 'Cần', 'nông']) {
    const { warm, wire } = await bytesOf(q);
    if (wire > WARM_ONE_SYLLABLE || warm > WARM_ONE_SYLLABLE_RAW) {
      failed++;
      console.log(`FAIL ${q}: ${wire} bytes warm on the wire (limit ${WARM_ONE_SYLLABLE}), ${warm} uncompressed (limit ${WARM_ONE_SYLLABLE_RAW})`);
    } else {
      console.log(`ok   ${q}: ${wire} bytes warm on the wire, ${warm} uncompressed`);
    }
  }
  console.log(`\n${CASES.length} example queries, ${CASES.length - failed} passed`);
  process.exit(failed ? 1 : 0);
}
const parity = await toneParity();
for (const p of parity.problems) console.log(`FAIL tone parity: ${p}`);
const hl = [...highlightWorks(), ...(await staleMetaRecovers())];
for (const p of hl) console.log(`FAIL ${p}`);
const bad = failed + parity.problems.length + hl.length;
console.log(`\n${CASES.length} queries, ${CASES.length - failed} passed; ${parity.count} tone samples, ${parity.problems.length} mismatches; highlight and stale meta ${hl.length ? 'FAIL' : 'ok'}`);
process.exit(bad ? 1 : 0);
