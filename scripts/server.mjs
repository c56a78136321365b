// A small static server for www/ and pkg/, with the headers a real deployment
// should send (the Content-Security-Policy the pages are written for).
// Usage: node scripts/server.mjs [port] [root]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json', '.ico': 'image/x-icon',
  '.csv': 'text/csv; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.ts': 'text/plain; charset=utf-8',
};
// No frame-ancestors: the tools are made to be embedded in any bureau's site.
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";

// A static host sends files compressed ahead of time: each file is compressed once per
// version (path, size, modification time), not on every request, which would add the
// server's own compression time to a page's measured load (scripts/bench-first-visit.mjs).
const cache = new Map();
async function compressed(file, encoding) {
  const { size, mtimeMs } = await stat(file);
  const key = `${encoding}:${file}`;
  const hit = cache.get(key);
  if (hit && hit.size === size && hit.mtimeMs === mtimeMs) return hit.body;
  let body = await readFile(file);
  if (encoding === 'br') body = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
  else if (encoding === 'gzip') body = gzipSync(body, { level: 9 });
  cache.set(key, { size, mtimeMs, body });
  return body;
}

/** Serves www/ and pkg/ under `root` on 127.0.0.1:`port`; resolves to the server. */
export function start(port = 8080, root = new URL('..', import.meta.url).pathname) {
  root = resolve(root);
  const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname === '/') {
    res.writeHead(302, { location: '/www/' + url.search });
    return res.end();
  }
  let file = normalize(join(root, decodeURIComponent(url.pathname)));
  if (!file.startsWith(root) || !/^\/(www|pkg)(\/|$)/.test(url.pathname)) {
    res.writeHead(404).end('not found');
    return;
  }
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    // Compressed as a real host would send it: brotli when the browser takes it, else gzip.
    const accepts = req.headers['accept-encoding'] || '';
    const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
    const body = await compressed(file, encoding);
    res.writeHead(200, {
      ...(encoding ? { 'content-encoding': encoding, vary: 'accept-encoding' } : {}),
      'content-type': types[extname(file)] || 'application/octet-stream',
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
      // The loader is fetched cross-origin with Subresource Integrity (crossorigin="anonymous").
      ...(url.pathname.endsWith('/embed.js') ? { 'access-control-allow-origin': '*' } : {}),
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-cache',
    });
    res.end(body);
  } catch {
    res.writeHead(404).end('not found');
  }
});
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.argv[2] || 8080);
  start(port, process.argv[3]).then(() => console.log(`jianxi: http://127.0.0.1:${port}/  (Ctrl-C to stop)`));
}
