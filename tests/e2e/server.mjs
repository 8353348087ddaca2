// Static servers for the tests and the measurements, each serving one directory on 127.0.0.1
// and able to stop (to take the page "offline"):
// - serve(): a small server in Node with the right types (.wasm as application/wasm),
//   optionally gzip-compressed on the fly;
// - serveHost(): Caddy with the repository's deploy/Caddyfile, the production host of
//   scripts/serve.sh and of the deployment (precompressed Brotli and gzip, cache headers, CORS).
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const CADDYFILE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'deploy', 'Caddyfile');

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

/** A free TCP port on 127.0.0.1 (Caddy cannot be asked for port 0 and tell which it took). */
async function freePort() {
  const probe = createNetServer();
  await new Promise((ok, fail) => probe.once('error', fail).listen(0, '127.0.0.1', ok));
  const { port } = probe.address();
  await new Promise((ok) => probe.close(ok));
  return port;
}

/**
 * Serves `dir` with Caddy and deploy/Caddyfile (Debian's `caddy`, installed by scripts/setup.sh),
 * as scripts/serve.sh does, on `port` (a free one if 0). `log` lists the paths requested (from
 * Caddy's access log, HEAD requests left out), as serve()'s does. Caddy's state goes to a temporary directory.
 */
export async function serveHost(dir, { port = 0 } = {}) {
  const state = mkdtempSync(join(tmpdir(), 'e2e-caddy-'));
  let lastError;
  // A port found free may be taken before Caddy binds it: then another one.
  for (let attempt = 0; attempt < 5; attempt++) {
    const p = port || (await freePort());
    const env = {
      ...process.env, XDG_CONFIG_HOME: join(state, 'config'), XDG_DATA_HOME: join(state, 'data'),
      SITE_ADDRESS: `http://:${p}`, BIND: '127.0.0.1', SITE_ROOT: resolve(dir), CADDY_ADMIN: 'off', ACCESS_LOG: 'stderr',
    };
    const child = spawn('caddy', ['run', '--config', CADDYFILE, '--adapter', 'caddyfile'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    const log = [];
    let stderr = '';
    let pending = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop();
      for (const line of lines) {
        try {
          const e = JSON.parse(line);
          if (e.logger?.startsWith('http.log.access') && e.request?.uri && e.request.method !== 'HEAD') log.push(decodeURIComponent(new URL(e.request.uri, 'http://x').pathname));
        } catch { /* not JSON: kept in stderr for the error message */ }
      }
    });
    const exited = new Promise((ok) => child.once('exit', (code, signal) => ok({ code, signal })));
    child.once('error', (e) => { stderr += `\n${e.message}`; });
    const url = `http://127.0.0.1:${p}/`;
    // Ready when it answers; gone if it exits first (a port taken, a bad configuration).
    let up = false;
    for (let i = 0; i < 100 && child.exitCode === null && child.signalCode === null; i++) {
      up = await fetch(url, { method: 'HEAD' }).then(() => true, () => false);
      if (up) break;
      await new Promise((ok) => setTimeout(ok, 50));
    }
    if (up) {
      let closing;
      return {
        url, log, port: p,
        close: () => (closing ??= (async () => {
          if (child.exitCode === null && child.signalCode === null) {
            child.kill('SIGTERM');
            const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
            await exited;
            clearTimeout(timer);
          }
          rmSync(state, { recursive: true, force: true });
        })()),
      };
    }
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
    lastError = new Error(`caddy did not start on ${url} (is it installed? scripts/setup.sh):\n${stderr.trim()}`);
    if (port || !/address already in use/.test(stderr)) break;
  }
  rmSync(state, { recursive: true, force: true });
  throw lastError;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const s = await serve(process.argv[2] || 'www/dist', { gzip: true, port: Number(process.env.PORT || 8080) });
  console.log(`serving ${s.url}`);
}
