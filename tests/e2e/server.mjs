// A small static server for the tests and the measurements: serves one directory on
// 127.0.0.1 with the right types (.wasm as application/wasm), optionally gzip-compressed as a
// real host would, and can be stopped to take the page "offline".
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json', '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml', '.png': 'image/png',
};

export async function serve(dir, { gzip = false, port = 0 } = {}) {
  const log = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const rel = normalize(path.endsWith('/') ? path + 'index.html' : path).replace(/^(\.\.[/\\])+/, '');
    log.push(path);
    try {
      let body = await readFile(join(dir, rel));
      // Content-hashed names never change: cache them for good; revalidate the rest.
      const immutable = /\.[0-9a-f]{10}\.\w+$/.test(rel);
      const headers = {
        'content-type': TYPES[extname(rel)] || 'application/octet-stream',
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      };
      // The embed loader is fetched by partners' pages with crossorigin="anonymous" (for SRI).
      if (/(^|[/\\])embed\.js$/.test(rel)) headers['access-control-allow-origin'] = '*';
      if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
        body = gzipSync(body, { level: 9 });
        headers['content-encoding'] = 'gzip';
      }
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}/`;
  const sockets = new Set();
  server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
  return {
    url, log,
    close: () => new Promise((ok) => { server.close(ok); for (const s of sockets) s.destroy(); }),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const s = await serve(process.argv[2] || 'www/dist', { gzip: true, port: Number(process.env.PORT || 8080) });
  console.log(`serving ${s.url}`);
}
