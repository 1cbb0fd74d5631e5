// What the browser-side benches share: a static host on 127.0.0.1 that
// serves a built site the way hosts do (HTML, CSS, JS, JSON and SVG
// gzip-compressed at level 6, binary files as they are) and logs the bytes
// it sends, and the flags Chromium runs with on this closed network.

import { existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Extension → [content type, compressed by the host]. */
export const TYPES = {
  '.html': ['text/html; charset=utf-8', true],
  '.css': ['text/css; charset=utf-8', true],
  '.js': ['text/javascript; charset=utf-8', true],
  '.json': ['application/json; charset=utf-8', true],
  '.svg': ['image/svg+xml', true],
  '.bin': ['application/octet-stream', false],
  '.wasm': ['application/wasm', false],
};

const gzCache = new Map();

/** What a static host sends for a file: [body, raw length, compressed]. */
export function wire(file) {
  const raw = readFileSync(file);
  const [, compress] = TYPES[path.extname(file)] || ['', false];
  if (!compress) return [raw, raw.length, false];
  if (!gzCache.has(file)) gzCache.set(file, gzipSync(raw, { level: 6 }));
  return [gzCache.get(file), raw.length, true];
}

/**
 * Serves `root` on 127.0.0.1 (a free port), pushing `{url, bytes, raw}` to
 * `log` for every file sent. `pages` maps extra paths to HTML bodies.
 */
export function serveStatic(root, log, pages = {}) {
  const server = http.createServer((req, res) => {
    let rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (Object.hasOwn(pages, rel)) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(pages[rel]);
      return;
    }
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.join(root, rel);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404);
      res.end();
      return;
    }
    const [type] = TYPES[path.extname(file)] || ['application/octet-stream'];
    const [body, raw, gz] = wire(file);
    log.push({ url: rel, bytes: body.length, raw });
    res.writeHead(200, { 'content-type': type, ...(gz ? { 'content-encoding': 'gzip' } : {}), 'cache-control': 'max-age=3600' });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Bytes on the wire, raw bytes and files in `log` from index `from`. */
export const sum = (log, from = 0) => log.slice(from).reduce(
  (a, x) => ({ bytes: a.bytes + x.bytes, raw: a.raw + x.raw, files: a.files + 1 }),
  { bytes: 0, raw: 0, files: 0 },
);
