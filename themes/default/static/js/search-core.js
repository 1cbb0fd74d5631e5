// thidua search client core: Vietnamese text rules, the index reader and
// ranking. An ES module without dependencies, used by the search page
// (search.js) and by the Node tests (tests/search/queries.mjs).
//
// The text rules are twins of src/search/text.rs: change both together.

const TONES = '\u0300\u0301\u0303\u0309\u0323';
const MAY_MOVE = /[òóỏõọùúủũụ\u0300\u0301\u0303\u0309\u0323]/;
const MARK = /\p{M}/u;
const TOKEN_CHAR = /[\p{Alphabetic}\p{Nd}\p{Nl}\p{No}\p{M}]/u;
const JOINER = /[\p{White_Space}\-/_'\u2019\u2011]/u;
const SPACE = /\p{White_Space}/u;
const ASCII = /^[\x00-\x7f]*$/;
const MAX_TOKEN_BYTES = 40;
const ZONE_WEIGHT = [1, 1.6, 2.4, 4];
const COMPLETIONS = 3;
const FORMAT = 2;
/** Fewer full matches than this: pages holding only some of the words
 *  (or a name's syllables apart) are shown after them, as near matches. */
const FEW = 3;
const NEAR_LIMIT = 5;
// Completions of a word being typed whose adjacency is looked up.
const TYPED_PAIRS = 3;
// Pages read for a title holding a rare word being typed.
const TITLE_CHECKS = 5;
/** Family names common enough that a lower-case query starting with one
 *  is read as a person's name (syllables must stand together). */
const SURNAMES = new Set(
  'nguyen tran pham huynh hoang phan vo vu dang bui duong truong trinh thach dinh doan luong quach ngo lam ta le ly ho mai cao do'.split(' '),
);
/** Surnames that are also common words: a name only with 3–4 syllables. */
const AMBIGUOUS_SURNAMES = new Set(['ta', 'le', 'ly', 'ho', 'mai', 'cao', 'do', 'lam']);
const utf8 = new TextEncoder();
const decoder = new TextDecoder();

/** Lowercase NFC, with Ð/ð read as đ. */
export function normalizeText(s) {
  return String(s).normalize('NFC').toLowerCase().replace(/ð/g, 'đ').normalize('NFC');
}

/** Folds to a key without marks, case or đ (src/vietnamese/fold.rs). */
export function fold(s) {
  return String(s)
    .normalize('NFD')
    .replace(/[đĐÐ]/g, 'd')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC');
}

function clusters(token) {
  const out = [];
  for (const c of token.normalize('NFD')) {
    if (out.length && MARK.test(c)) out[out.length - 1].marks.push(c);
    else out.push({ base: c, marks: [] });
  }
  return out;
}

const isVowel = (c) => 'aeiouy'.includes(c);
const plain = (cl) => cl.marks.every((m) => TONES.includes(m));

function toneTarget(cl, at) {
  const here = cl[at];
  const next = cl[at + 1];
  if (!here || !next || !plain(here)) return -1;
  let moves = false;
  if (here.base === 'o') moves = next.base === 'a' || next.base === 'e';
  else if (here.base === 'u') {
    moves = next.base === 'y' || (at > 0 && cl[at - 1].base === 'q' && isVowel(next.base));
  }
  return moves ? at + 1 : -1;
}

/** Moves a lowercase syllable's tone mark to the modern place (hòa → hoà). */
export function normalizeTones(token) {
  if (ASCII.test(token)) return token;
  if (!MAY_MOVE.test(token)) return token.normalize('NFC');
  const cl = clusters(token);
  const toned = [];
  cl.forEach((c, i) => {
    if (c.marks.some((m) => TONES.includes(m))) toned.push(i);
  });
  if (toned.length !== 1) return token.normalize('NFC');
  const at = toned[0];
  const target = toneTarget(cl, at);
  if (target < 0) return token.normalize('NFC');
  const pos = cl[at].marks.findIndex((m) => TONES.includes(m));
  const [tone] = cl[at].marks.splice(pos, 1);
  cl[target].marks.push(tone);
  return cl.map((c) => c.base + c.marks.join('')).join('').normalize('NFC');
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const toneOf = (s) => (s.normalize('NFD').match(TONE_MARKS) || [''])[0];
const untoned = (s) => s.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC');

/** Whether a word being typed (`typed`, tones normalised) is the start of
 *  `word` with the same tone: the tone mark may stand on another vowel
 *  once the word is complete ("hò" → "hoà"), so letters and tone are
 *  compared apart. */
export function startsToned(word, typed) {
  const tone = toneOf(typed);
  return untoned(word).startsWith(untoned(typed)) && (!tone || tone === toneOf(word));
}

/** Tokens of text: [{text, start, end, follows, glued}], UTF-16 offsets.
 *  follows: only spaces/joiners since the previous token; glued: joiners
 *  but no space (parts of one number such as 33/KH-UBND). */
export function tokens(text) {
  const out = [];
  let start = -1;
  let adjacent = false;
  let spaced = false;
  const chars = Array.from(text);
  let offset = 0;
  for (let i = 0; i <= chars.length; i++) {
    const c = i < chars.length ? chars[i] : ' ';
    if (i < chars.length && TOKEN_CHAR.test(c)) {
      if (start < 0) start = offset;
      offset += c.length;
      continue;
    }
    if (start >= 0) {
      const t = text.slice(start, offset);
      const ok = utf8.encode(t).length <= MAX_TOKEN_BYTES;
      if (ok) out.push({ text: t, start, end: offset, follows: adjacent, glued: adjacent && !spaced });
      adjacent = ok;
      spaced = false;
      start = -1;
    }
    if (!JOINER.test(c)) adjacent = false;
    if (SPACE.test(c)) spaced = true;
    offset += c.length;
  }
  return out;
}

/** A syllable as the index stores it: exact (normalised) and folded. */
export function term(raw) {
  const exact = normalizeTones(normalizeText(raw));
  return { exact, folded: fold(exact) };
}

// ------------------------------------------------------------------ hashes

export function hashBucket(s) {
  let h = 0x811c9dc5;
  for (const b of utf8.encode(s)) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h >>> 0;
}

export function hashCheck(s) {
  let h = 0x9747b28c;
  for (const b of utf8.encode(s)) {
    h = Math.imul(h ^ b, 0x5bd1e995) >>> 0;
    h = (h ^ (h >>> 15)) >>> 0;
  }
  return h >>> 0;
}

// ------------------------------------------------------------------ query

/** Parses a query into syllables with phrase groups and a prefix flag. */
export function parseQuery(q, live = false) {
  const text = normalizeText(q);
  const quoted = [];
  const re = /["“”„«»]/g;
  let m;
  let open = -1;
  while ((m = re.exec(text))) {
    if (open < 0) open = m.index;
    else {
      quoted.push([open, m.index]);
      open = -1;
    }
  }
  if (open >= 0) quoted.push([open, text.length]);
  const inQuote = (pos) => quoted.findIndex(([a, b]) => pos > a && pos < b);
  const terms = tokens(text).map((t) => {
    const { exact, folded } = term(t.text);
    return { raw: t.text, exact, folded, marked: exact !== folded, quote: inQuote(t.start), start: t.start, end: t.end, glued: t.glued };
  });
  const groups = phraseGroups(terms);
  const last = terms[terms.length - 1];
  const tail = last ? text.slice(last.end) : '';
  const prefix = !!last && tail === '' && (live || last.quote < 0) && !/^\d+$/.test(last.folded);
  return { text, terms, groups, prefix, live };
}

/** Runs of term indices that must stand together: quoted phrases and
 *  glued parts of a number. */
function phraseGroups(terms) {
  const groups = [];
  let cur = null;
  terms.forEach((t, i) => {
    const prev = terms[i - 1];
    const joined = prev && ((t.quote >= 0 && t.quote === prev.quote) || t.glued);
    if (joined) {
      if (!cur) cur = [i - 1];
      cur.push(i);
    } else {
      if (cur) groups.push(cur);
      cur = null;
    }
  });
  if (cur) groups.push(cur);
  return groups;
}

// ------------------------------------------------------------------ binary

class Reader {
  constructor(bytes, at = 0) {
    this.b = bytes;
    this.i = at;
  }
  varint() {
    let v = 0;
    let scale = 1;
    for (;;) {
      const byte = this.b[this.i++];
      if (byte === undefined) throw new Error('truncated index file');
      v += (byte & 0x7f) * scale;
      if (byte < 0x80) return v;
      scale *= 128;
    }
  }
  str() {
    const n = this.varint();
    const s = decoder.decode(this.b.subarray(this.i, this.i + n));
    this.i += n;
    return s;
  }
}

/** Syllable postings at `at` (header included), out of n documents:
 *  calls visit(doc, flags) in document order. Returns the end offset. */
export function decodePostings(bytes, at, n, visit) {
  const r = new Reader(bytes, at);
  const header = r.varint();
  const count = Math.floor(header / 2);
  if (header % 2 === 1) {
    const zones = r.i + ((n + 7) >> 3);
    let k = 0;
    for (let d = 0; d < n && k < count; d++) {
      if (bytes[r.i + (d >> 3)] & (1 << (d & 7))) {
        const z = (bytes[zones + (k >> 2)] >> (2 * (k & 3))) & 3;
        visit(d, z << 2);
        k++;
      }
    }
    return zones + ((count + 3) >> 2);
  }
  let doc = -1;
  for (let k = 0; k < count; k++) {
    const v = r.varint();
    doc += Math.floor(v / 16);
    visit(doc, v % 16);
  }
  return r.i;
}

/** A document set at `at` out of n: calls visit(doc). Returns the end. */
export function decodeDocSet(bytes, at, n, visit) {
  const r = new Reader(bytes, at);
  const header = r.varint();
  const count = Math.floor(header / 2);
  if (header % 2 === 1) {
    let k = 0;
    for (let d = 0; d < n && k < count; d++) {
      if (bytes[r.i + (d >> 3)] & (1 << (d & 7))) {
        visit(d);
        k++;
      }
    }
    return r.i + ((n + 7) >> 3);
  }
  let doc = -1;
  for (let k = 0; k < count; k++) {
    doc += r.varint();
    visit(doc);
  }
  return r.i;
}

/** A document set as a Uint8Array of n flags. */
function docFlags(bytes, at, n) {
  const out = new Uint8Array(n);
  decodeDocSet(bytes, at, n, (d) => {
    if (d < n) out[d] = 1;
  });
  return out;
}

function parseSyllableFile(bytes) {
  const groups = new Map();
  const r = new Reader(bytes);
  while (r.i < bytes.length) {
    const folded = r.str();
    const count = r.varint();
    const variants = [];
    for (let k = 0; k < count; k++) {
      const exact = r.str() || folded;
      const len = r.varint();
      const header = new Reader(bytes, r.i).varint();
      variants.push({ exact, count: Math.floor(header / 2), at: r.i });
      r.i += len;
    }
    groups.set(folded, variants);
  }
  return { bytes, groups };
}

function parsePairFile(bytes, n) {
  const entries = new Map();
  let i = 0;
  while (i + 3 <= bytes.length) {
    const check = bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16);
    entries.set(check, i + 3);
    i = decodeDocSet(bytes, i + 3, n, () => {});
  }
  return { bytes, entries };
}

function fileFor(starts, bucket) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= bucket) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}


// ------------------------------------------------------------------ index

async function defaultBytes(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${res.status} ${url}`);
  return new Uint8Array(await res.arrayBuffer());
}

async function defaultJson(url, fresh) {
  const res = await fetch(url, fresh ? { cache: 'no-cache' } : {});
  if (!res.ok) throw new Error(`${res.status} ${url}`);
  return res.json();
}

const SPELLING = [
  [/^d(?!i)/, 'gi'], [/^gi/, 'd'], [/^d/, 'r'], [/^r/, 'd'], [/^s/, 'x'], [/^x/, 's'],
  [/^ch/, 'tr'], [/^tr/, 'ch'], [/^l/, 'n'], [/^n(?!g)/, 'l'], [/ng$/, 'n'], [/n$/, 'ng'],
  [/nh$/, 'n'], [/c$/, 't'], [/t$/, 'c'], [/ch$/, 't'], [/i$/, 'y'], [/y$/, 'i'], [/^v/, 'd'],
];

/** One-edit neighbours of a folded word (deletion, swap, change, insertion). */
export function edits(w) {
  const out = new Set();
  const abc = 'abcdefghijklmnopqrstuvwxyz';
  for (let i = 0; i <= w.length; i++) {
    if (i < w.length) out.add(w.slice(0, i) + w.slice(i + 1));
    if (i + 1 < w.length) out.add(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
    for (const c of abc) {
      if (i < w.length) out.add(w.slice(0, i) + c + w.slice(i + 1));
      out.add(w.slice(0, i) + c + w.slice(i));
    }
  }
  out.delete(w);
  return out;
}

export class SearchIndex {
  /** base: URL of the index folder (…/tim-kiem/index/). io: {bytes(url),
   *  json(url, fresh)} to read files (defaults to fetch). */
  constructor(base, io = {}) {
    this.base = base.endsWith('/') ? base : `${base}/`;
    this.io = { bytes: io.bytes || defaultBytes, json: io.json || defaultJson };
    this.cache = new Map();
    this.metaP = null;
  }

  meta(fresh = false) {
    if (!this.metaP || fresh) {
      this.metaP = this.io.json(`${this.base}meta.json`, true).then((m) => {
        if (m.format !== FORMAT) throw new Error(`search index format ${m.format}, expected ${FORMAT}`);
        const words = m.vocab.words ? m.vocab.words.split(' ') : [];
        const index = new Map(words.map((w, i) => [w, i]));
        return { ...m, words, index, dfClass: (i) => parseInt(m.vocab.df[i] || '0', 32) };
      });
    }
    return this.metaP;
  }

  /** A file of the index (parsed, cached). When it cannot be read, the
   *  meta may be from an older build: reload it once and retry. */
  async load(path, parse, json = false, retry = true) {
    const meta = await this.meta();
    const url = `${this.base}${meta.dir}${path}`;
    if (!this.cache.has(url)) {
      const p = (json ? this.io.json(url, false) : this.io.bytes(url)).then(parse).catch(async (e) => {
        this.cache.delete(url);
        if (!retry) throw e;
        this.reload = this.reload || this.meta(true);
        const fresh = await this.reload;
        if (fresh.dir === meta.dir) throw e;
        return this.load(path, parse, json, false);
      });
      this.cache.set(url, p);
    }
    return this.cache.get(url);
  }

  async group(folded) {
    const meta = await this.meta();
    const { buckets, starts } = meta.syllables;
    const file = fileFor(starts, hashBucket(folded) % buckets);
    const f = await this.load(`s/${file}.bin`, parseSyllableFile);
    const variants = f.groups.get(folded);
    return variants ? { bytes: f.bytes, variants } : null;
  }

  /** Documents where folded syllables a, b stand together, in this
   *  order; with `spelt` ([exact a, exact b]), only where they are written
   *  with exactly these tones (the toned entry sits in the same file). */
  async pair(a, b, spelt = null) {
    const meta = await this.meta();
    const key = `${a} ${b}`;
    const { buckets, starts } = meta.pairs;
    const file = fileFor(starts, hashBucket(key) % buckets);
    const f = await this.load(`p/${file}.bin`, (b) => parsePairFile(b, meta.docs));
    const check = spelt ? `${spelt[0]} ${spelt[1]}` : key;
    const at = f.entries.get(hashCheck(check) & 0xffffff);
    return at === undefined ? new Uint8Array(meta.docs) : docFlags(f.bytes, at, meta.docs);
  }

  async facet(k, v) {
    const meta = await this.meta();
    return this.load(`f/${k}-${v}.bin`, (bytes) => docFlags(bytes, 0, meta.docs));
  }

  async record(id) {
    const meta = await this.meta();
    const rows = await this.load(`d/${Math.floor(id / meta.group)}.json`, (x) => x, true);
    const row = rows[id % meta.group] || ['', '#', 0, '', '', ''];
    const [title, url, section, line, date, excerpt] = row;
    const sec = meta.sections[section] || ['', '', ''];
    const href = url.startsWith('/') || !sec[2] ? url : `/${sec[2]}/${url}`;
    return { id, title, url: href, section: sec[0], sectionTitle: sec[1], meta: line, date, excerpt };
  }

  /** Words of the vocabulary starting with `prefix`, most frequent first. */
  completions(meta, prefix, limit = COMPLETIONS) {
    const w = meta.words;
    let lo = 0;
    let hi = w.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (w[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found = [];
    for (let i = lo; i < w.length && w[i].startsWith(prefix); i++) {
      if (w[i] !== prefix) found.push(i);
    }
    found.sort((a, b) => meta.dfClass(b) - meta.dfClass(a) || a - b);
    const out = found.slice(0, limit).map((i) => w[i]);
    out.truncated = found.length > limit;
    return out;
  }

  /** Which folded syllables each query term looks up. */
  plan(meta, query) {
    const last = query.terms.length - 1;
    return query.terms.map((t, i) => {
      const checkable = /^[a-z]+$/.test(t.folded);
      const known = !checkable || meta.index.has(t.folded);
      const keys = known ? [{ folded: t.folded, prefix: false }] : [];
      const expand = query.prefix && i === last && checkable && (query.live || !known);
      const more = expand ? this.completions(meta, t.folded, t.marked ? COMPLETIONS + 2 : COMPLETIONS) : [];
      for (const w of more) keys.push({ folded: w, prefix: true });
      return { ...t, keys, known, completions: more, truncated: !!more.truncated };
    });
  }

  /** Hits of one term: weight per document (0: absent) and whether the
   *  best match is exact. */
  async hits(t, n) {
    const groups = await Promise.all(t.keys.map((k) => this.group(k.folded)));
    const w = new Float32Array(n);
    const ex = new Uint8Array(n);
    const zone = new Uint8Array(n);
    // Which of the term's keys (the word, its completions) each document
    // holds, as bits: adjacency of a word being typed is judged per key.
    const keysOf = t.keys.length > 1 || t.completions.length ? new Uint16Array(n) : null;
    groups.forEach((g, gi) => {
      if (!g) return;
      const prefix = t.keys[gi].prefix;
      for (const v of g.variants) {
        const exact = !t.marked || (prefix ? startsToned(v.exact, t.exact) : v.exact === t.exact);
        const scale = (prefix ? 0.6 : 1) * (exact ? 1 : 0.75);
        decodePostings(g.bytes, v.at, n, (doc, flags) => {
          if (doc >= n) return;
          const x = ZONE_WEIGHT[flags >> 2] * (1 + 0.15 * (flags & 3)) * scale;
          if (x > w[doc]) w[doc] = x;
          if (exact) ex[doc] = 1;
          if (keysOf) keysOf[doc] |= 1 << gi;
          if (flags >> 2 > zone[doc]) zone[doc] = flags >> 2;
        });
      }
    });
    let df = 0;
    let exactDf = 0;
    for (let d = 0; d < n; d++) {
      if (w[d] > 0) df++;
      if (ex[d]) exactDf++;
    }
    return { w, ex, zone, df, exactDf, keysOf };
  }

  /** Pairs of neighbouring terms: Map i → flags (per document) of term i
   *  standing right before term i+1, and `toned.get(i)`: the same written
   *  with the query's tones (looked up when the query has tones and one of
   *  the two is marked). Pairs with the word being typed are left to
   *  `typedPair`, which needs the hits first. */
  async pairs(plan) {
    const out = new Map();
    out.toned = new Map();
    const jobs = [];
    const typedTones = plan.some((t) => t.marked);
    for (let i = 0; i + 1 < plan.length; i++) {
      const a = plan[i];
      const b = plan[i + 1];
      if (!a.keys.some((k) => !k.prefix) || !b.keys.some((k) => !k.prefix) || b.completions.length) continue;
      jobs.push(this.pair(a.folded, b.folded).then((flags) => out.set(i, flags)));
      if (typedTones && (a.marked || b.marked)) {
        jobs.push(this.pair(a.folded, b.folded, [a.exact, b.exact]).then((flags) => out.toned.set(i, flags)));
      }
    }
    await Promise.all(jobs);
    return out;
  }

  /** Adjacency of the word being typed (the last term, looked up as
   *  itself and as its completions) to the word before it. Only the
   *  keys found on pages that hold every other word are looked up, the
   *  TYPED_PAIRS most frequent there, so a half-typed name reads a few
   *  more small files; a page holding only keys not looked up counts as
   *  not adjacent. Sets pairs.get(last - 1). */
  async typedPair(plan, hits, pairs) {
    const last = plan.length - 1;
    const b = plan[last];
    if (last < 1 || !b.completions.length || !plan[last - 1].keys.some((k) => !k.prefix)) return;
    const { keysOf } = hits[last];
    const n = keysOf.length;
    const count = new Uint32Array(b.keys.length);
    for (let d = 0; d < n; d++) {
      if (!keysOf[d] || !hits.every((h, i) => i === last || h.w[d] > 0)) continue;
      for (let k = 0; k < b.keys.length; k++) if (keysOf[d] & (1 << k)) count[k]++;
    }
    const chosen = b.keys
      .map((k, i) => i)
      .filter((i) => count[i] > 0)
      .sort((x, y) => count[y] - count[x] || x - y)
      .slice(0, TYPED_PAIRS);
    const a = plan[last - 1].folded;
    const found = await Promise.all(chosen.map((k) => this.pair(a, b.keys[k].folded)));
    const flags = new Uint8Array(n);
    chosen.forEach((k, j) => {
      for (let d = 0; d < n; d++) if (found[j][d] && keysOf[d] & (1 << k)) flags[d] = 1;
    });
    pairs.set(last - 1, flags);
  }

  /** A word being typed may be the start of a rarer word than the
   *  completions looked up ("Bích Tr" → "Bích Trâm"). The pages holding
   *  every other word, together, are read best first (TITLE_CHECKS of them,
   *  whose records the page shows anyway) for a title where the words
   *  typed stand together and the last one starts a word; such a page
   *  holds the word being typed, next to the word before it. */
  async typedInTitles(plan, hits, pairs, allowed) {
    const last = plan.length - 1;
    if (last < 1 || !plan[last].truncated) return;
    const h = hits[last];
    const n = h.w.length;
    const adjacent = pairs.get(last - 1);
    // The other words' weights (the plan's idf is set once matching is done).
    const idf = hits.map((x) => Math.log(1 + n / Math.max(1, x.df)));
    const candidates = [];
    for (let d = 0; d < n; d++) {
      if ((h.w[d] > 0 && (!adjacent || adjacent[d])) || (allowed && !allowed[d])) continue;
      let score = 0;
      let ok = true;
      for (let i = 0; i < last && ok; i++) {
        ok = hits[i].w[d] > 0 && (i === 0 || !pairs.has(i - 1) || !!pairs.get(i - 1)[d]);
        score += idf[i] * hits[i].w[d];
      }
      if (ok) candidates.push({ d, score });
    }
    candidates.sort((a, b) => b.score - a.score || a.d - b.d);
    const chosen = candidates.slice(0, TITLE_CHECKS);
    const records = await Promise.all(chosen.map((c) => this.record(c.d)));
    records.forEach((r, j) => {
      const found = typedRun(r.title, plan);
      if (!found) return;
      const d = chosen[j].d;
      if (h.w[d] === 0) h.df++;
      if (found.exact && !h.ex[d]) h.exactDf++;
      h.w[d] = Math.max(h.w[d], ZONE_WEIGHT[3] * 0.6 * (found.exact ? 1 : 0.75));
      h.zone[d] = 3;
      if (found.exact) h.ex[d] = 1;
      if (adjacent) adjacent[d] = 1;
    });
  }

  /** Documents allowed by the filters ({param: slug}) as flags, or null
   *  when nothing is filtered. */
  async filter(meta, filters) {
    let allowed = null;
    for (const [param, slug] of Object.entries(filters || {})) {
      if (!slug) continue;
      const k = meta.facets.findIndex((f) => f.param === param);
      const v = k < 0 ? -1 : meta.facets[k].values.findIndex((x) => x[0] === slug);
      const set = v < 0 ? new Uint8Array(meta.docs) : await this.facet(k, v);
      if (!allowed) allowed = Uint8Array.from(set);
      else for (let d = 0; d < meta.docs; d++) allowed[d] &= set[d];
    }
    return allowed;
  }

  /** Runs a query. opts: {live, filters, limit, offset}. Returns the
   *  full matches (`results`, counted in `total`: pages holding every
   *  word, a name's syllables together) and, when they are fewer than
   *  FEW, the near matches after them (`partial`, each with `missing`
   *  words or `scattered` syllables), and suggestions that exist in the
   *  index when nothing matches fully. */
  async search(q, opts = {}) {
    const started = now();
    const meta = await this.meta();
    const { query, plan, ranked } = await this.match(meta, q, opts);
    const full = ranked.filter((d) => !d.partial);
    const limit = opts.limit ?? 10;
    const offset = opts.offset ?? 0;
    const page = full.slice(offset, offset + limit);
    const lastPage = offset + limit >= full.length;
    const near =
      full.length < FEW && lastPage && plan.length
        ? ranked.filter((d) => d.partial && nearEnough(d, plan)).slice(0, NEAR_LIMIT)
        : [];
    const [records, nearRecords] = await Promise.all([
      Promise.all(page.map((d) => this.record(d.id))),
      Promise.all(near.map((d) => this.record(d.id))),
    ]);
    const shape = (r, d) => ({ ...r, ...d, missing: d.missing.map((k) => plan[k].raw) });
    const partial = nearRecords.map((r, i) => shape(r, near[i]));
    const suggestions = opts.noSuggest ? [] : await this.suggestAll(meta, query, plan, full.length, partial, opts);
    return {
      query: q,
      terms: plan.map(({ raw, exact, folded, marked, df, completions }) => ({ raw, exact, folded, marked, df, completions })),
      name: !!plan.name,
      total: full.length,
      full: full.length,
      approximate: full.filter((d) => d.approximate).length,
      results: records.map((r, i) => shape(r, page[i])),
      partial,
      suggestions,
      ms: now() - started,
    };
  }

  /** Every candidate document of a query, ranked (full matches first). */
  async match(meta, q, opts = {}) {
    const query = parseQuery(q, !!opts.live);
    const plan = this.plan(meta, query);
    const [hits, pairs, allowed] = await Promise.all([
      Promise.all(plan.map((t) => this.hits(t, meta.docs))),
      this.pairs(plan),
      this.filter(meta, opts.filters),
    ]);
    await this.typedPair(plan, hits, pairs);
    await this.typedInTitles(plan, hits, pairs, allowed);
    plan.forEach((t, i) => {
      t.df = hits[i].df;
      t.exactDf = hits[i].exactDf;
      t.idf = Math.log(1 + meta.docs / Math.max(1, t.df));
    });
    plan.name = !!opts.asName || looksLikeName(q, query, plan, hits, pairs, meta.docs);
    const ranked = plan.length
      ? rank(plan, hits, pairs, query.groups, allowed, meta.docs)
      : browse(allowed);
    return { query, plan, ranked };
  }

  /** Whether a query has at least one full match (for suggestions). */
  async matches(meta, q, opts, asName) {
    const { ranked } = await this.match(meta, q, { filters: opts.filters, asName });
    const full = ranked.filter((d) => !d.partial);
    if (!asName) return full.length > 0;
    // A name is offered only as some page's title writes it: capitalised.
    const want = tokens(normalizeText(q)).map((t) => fold(t.text));
    const records = await Promise.all(full.slice(0, 3).map((d) => this.record(d.id)));
    return records.some((r) => properRuns(r.title, want.length).some((run) => run.folded.join(' ') === want.join(' ')));
  }

  /** Suggestions when something did not match: a known word for each
   *  unknown one, and for a name without a full match the closest names
   *  on the near matches' titles. Each suggested query is checked to
   *  match fully, so no made-up phrase is offered. */
  async suggestAll(meta, query, plan, fullCount, partial, opts) {
    const out = [];
    const seen = new Set();
    const offer = async (s) => {
      const spelt = (x) => tokens(normalizeText(x)).map((t) => normalizeTones(t.text)).join(' ');
      const key = spelt(s.query);
      if (seen.has(key) || key === spelt(query.text)) return;
      seen.add(key);
      if (await this.matches(meta, s.query, opts, !!plan.name)) out.push(s);
    };
    for (const [i, t] of plan.entries()) {
      const unmatched = !t.known || t.df === 0 || (t.marked && t.exactDf === 0);
      if (!unmatched || !/^[a-z]+$/.test(t.folded)) continue;
      for (const word of suggestWords(meta, t.folded, plan.name ? 1 : 2)) {
        const g = await this.group(word);
        const best = g ? g.variants.reduce((a, b) => (b.count > a.count ? b : a)) : null;
        const to = best ? best.exact : word;
        const text = query.text.slice(0, t.start) + to + query.text.slice(t.end);
        const before = out.length;
        await offer({ term: i, from: t.raw, to, query: text });
        if (out.length > before) break;
      }
    }
    if (!fullCount && plan.name) {
      for (const phrase of closestNames(plan, partial).slice(0, 2)) {
        if (out.length >= 3) break;
        await offer({ term: -1, from: query.text, to: phrase, query: phrase });
      }
    }
    return out.slice(0, 3);
  }
}

/** A near match worth showing: half the words or more; for a name, all
 *  but one syllable (all of a two-syllable name, standing apart). */
function nearEnough(d, plan) {
  if (!plan.name) return 2 * d.matched >= plan.length;
  return d.matched >= plan.length - (plan.length > 2 ? 1 : 0);
}

/** Whether a query reads as a name or place (its syllables must stand
 *  together): 2–4 syllables of letters, and capitalised, or starting with
 *  a family name, or standing together in a title or key field of a page. */
function looksLikeName(q, query, plan, hits, pairs, n) {
  if (plan.length < 2 || plan.length > 4 || query.groups.length) return false;
  if (!plan.every((t) => /^[a-z]+$/.test(t.folded))) return false;
  const typed = tokens(String(q).normalize('NFC'));
  const capital = (s) => {
    const c = Array.from(s)[0] || '';
    return c !== c.toLowerCase();
  };
  if (typed.length === plan.length && typed.every((t) => capital(t.text))) return true;
  const first = plan[0].folded;
  if (SURNAMES.has(first) && (plan.length > 2 || !AMBIGUOUS_SURNAMES.has(first))) return true;
  if (plan.some((t) => t.completions.length)) return false;
  for (let doc = 0; doc < n; doc++) {
    if (!plan.every((_, i) => hits[i].zone[doc] >= 2 && hits[i].w[doc] > 0)) continue;
    let together = true;
    for (let i = 0; i + 1 < plan.length; i++) together = together && !!pairs.get(i)?.[doc];
    if (together) return true;
  }
  return false;
}

/** Whether a title holds the words typed together, the last one as the
 *  start of a word: null, or {exact} (the word being typed with its tone). */
function typedRun(title, plan) {
  const toks = tokens(normalizeText(String(title || '')));
  const last = plan.length - 1;
  const t = plan[last];
  let best = null;
  for (let s = 0; s + last < toks.length; s++) {
    const run = toks.slice(s, s + last + 1);
    if (run.some((x, k) => k > 0 && !x.follows)) continue;
    if (!run.slice(0, last).every((x, k) => fold(x.text) === plan[k].folded)) continue;
    const word = normalizeTones(run[last].text);
    if (!fold(word).startsWith(t.folded)) continue;
    const exact = !t.marked || startsToned(word, t.exact);
    if (!best || exact) best = { exact };
    if (exact) break;
  }
  return best;
}

/** Runs of `len` capitalised words standing together in a title (names
 *  and places as written): [{text, folded: [syllable]}]. */
function properRuns(title, len) {
  const toks = tokens(String(title || '').normalize('NFC'));
  const out = [];
  for (let s = 0; s + len <= toks.length; s++) {
    const run = toks.slice(s, s + len);
    if (run.some((t, k) => k > 0 && !t.follows)) continue;
    if (!run.every((t) => /^\p{Lu}/u.test(t.text))) continue;
    const exact = run.map((t) => normalizeTones(normalizeText(t.text)));
    out.push({ text: run.map((t) => t.text).join(' '), exact: exact.join(' '), folded: exact.map(fold) });
  }
  return out;
}

/** Edit distance between two short strings. */
function distance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

/** Phrases of the near matches' titles closest to the query, syllable by
 *  syllable (same number of syllables, standing together; the letters
 *  changed, over all syllables, at most a quarter of the query's, and at
 *  least 2 allowed; other tones only count as closest), closest first. */
function closestNames(plan, partial) {
  const want = plan.map((t) => t.folded);
  const typed = plan.map((t) => t.exact).join(' ');
  const budget = Math.max(2, Math.floor(want.join('').length / 4));
  const found = [];
  for (const r of partial) {
    for (const run of properRuns(r.title, want.length)) {
      const dist = run.folded.reduce((d, f, k) => d + distance(f, want[k]), 0);
      if (dist > budget || run.exact === typed) continue;
      found.push({ dist, text: run.text });
    }
  }
  found.sort((a, b) => a.dist - b.dist);
  return [...new Set(found.map((f) => f.text))];
}

const now = () => (globalThis.performance ? performance.now() : Date.now());

/** Orders candidate documents: full matches first; among them exact
 *  before approximate (tones differ), syllables together before apart,
 *  higher score, then newer (lower number); near matches after, more
 *  words matched first, then together (a name with other tones) before
 *  apart. */
function rank(plan, hits, pairs, groups, allowed, n) {
  const out = [];
  const ok = new Array(plan.length);
  for (let doc = 0; doc < n; doc++) {
    if (allowed && !allowed[doc]) continue;
    let any = false;
    for (let i = 0; i < plan.length; i++) {
      ok[i] = hits[i].w[doc] > 0;
      any = any || ok[i];
    }
    if (!any) continue;
    const d = scoreDoc(doc, ok, plan, hits, pairs, groups);
    if (d) out.push(d);
  }
  const full = (a, b) => a.approximate - b.approximate || b.together - a.together;
  const near = (a, b) => b.together - a.together || a.approximate - b.approximate;
  out.sort(
    (a, b) =>
      a.partial - b.partial ||
      b.matched - a.matched ||
      (a.partial ? near(a, b) : full(a, b)) ||
      b.score - a.score ||
      a.id - b.id,
  );
  return out;
}

/** Whether term i is written with the query's tones on this page: on the
 *  occurrence where it stands next to its neighbour when it does (the
 *  toned pair), else anywhere on the page. */
function exactAt(i, doc, plan, hits, pairs) {
  if (!plan[i].marked) return true;
  let judged = false;
  let exact = true;
  for (const p of [i - 1, i]) {
    const toned = pairs.toned?.get(p);
    if (!toned || !pairs.get(p)?.[doc]) continue;
    judged = true;
    exact = exact && !!toned[doc];
  }
  return judged ? exact : !!hits[i].ex[doc];
}

function scoreDoc(doc, ok, plan, hits, pairs, groups) {
  for (const g of groups) {
    let together = true;
    for (let k = 1; k < g.length; k++) {
      const flags = pairs.get(g[k] - 1);
      together = together && (!flags || !!flags[doc]);
    }
    if (!together) for (const i of g) ok[i] = false;
  }
  let score = 0;
  let matched = 0;
  let approximate = false;
  let adjacent = 0;
  let apart = 0;
  const missing = [];
  for (let i = 0; i < plan.length; i++) {
    if (!ok[i]) {
      missing.push(i);
      continue;
    }
    matched += 1;
    score += plan[i].idf * hits[i].w[doc];
    if (!exactAt(i, doc, plan, hits, pairs)) approximate = true;
    if (i > 0 && ok[i - 1] && pairs.has(i - 1)) {
      if (pairs.get(i - 1)[doc]) {
        adjacent += 1;
        score += 1.5 * (plan[i].idf + plan[i - 1].idf);
      } else apart += 1;
    }
  }
  if (!matched) return null;
  const scattered = !missing.length && !!plan.name && apart > 0;
  // A name typed with tones (on half its syllables or more) is another
  // person's or place's with other tones.
  const toned = plan.filter((t) => t.marked).length;
  const retoned = !missing.length && !!plan.name && approximate && 2 * toned >= plan.length;
  const partial = matched < plan.length || scattered || retoned;
  return { id: doc, matched, score, approximate, together: apart ? 0 : 1, adjacent, partial, scattered, retoned, missing };
}

function browse(allowed) {
  const out = [];
  if (!allowed) return out;
  allowed.forEach((on, id) => {
    if (on) out.push({ id, matched: 0, score: 0, approximate: false, together: 1, adjacent: 0, partial: false, scattered: false, retoned: false, missing: [] });
  });
  return out;
}

/** Known words close to `w`, best first: spelling variants, then one
 *  edit; more frequent first. */
export function suggestWords(meta, w, limit = 4) {
  const ranked = (cands) =>
    [...new Set(cands)]
      .map((c) => [c, meta.index.get(c)])
      .filter(([, i]) => i !== undefined)
      .sort((a, b) => meta.dfClass(b[1]) - meta.dfClass(a[1]) || (a[0] < b[0] ? -1 : 1))
      .map(([c]) => c);
  const variants = ranked(SPELLING.map(([re, to]) => w.replace(re, to)).filter((v) => v !== w));
  const near = ranked(edits(w)).filter((c) => !variants.includes(c));
  return [...variants, ...near].slice(0, limit);
}

/** The best known word close to `w`, or null. */
export function suggestWord(meta, w) {
  return suggestWords(meta, w, 1)[0] || null;
}

// ------------------------------------------------------------------ display

/** Splits text into [{text, mark}] with the query's syllables marked. A
 *  syllable typed with diacritics marks only its exact form, unless
 *  `approximate` (the result matched without them). */
export function highlight(text, query, approximate = false) {
  const terms = query.terms || [];
  const last = terms[terms.length - 1];
  const hit = (exact, f) =>
    terms.some((t) => {
      const prefix = t === last && t.completions && t.completions.length > 0;
      const folded = f === t.folded || (prefix && f.startsWith(t.folded));
      if (!folded) return false;
      if (!t.marked || approximate) return true;
      return prefix ? startsToned(exact, t.exact) : exact === t.exact;
    });
  const out = [];
  let at = 0;
  for (const tok of tokens(String(text))) {
    const exact = normalizeTones(normalizeText(tok.text));
    if (!hit(exact, fold(exact))) continue;
    if (tok.start > at) out.push({ text: text.slice(at, tok.start), mark: false });
    out.push({ text: text.slice(tok.start, tok.end), mark: true });
    at = tok.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}
