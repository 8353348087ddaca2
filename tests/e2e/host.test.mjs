// The site through its production host: Caddy with deploy/Caddyfile, as scripts/serve.sh and a
// deployment run it, serving www/dist. Over raw HTTP (node:http, which decodes nothing): every
// precompressed file is sent Brotli- or gzip-encoded as asked, with the bytes of the file once
// decoded; the types (.wasm as application/wasm); the cache headers by kind of file; the embed
// loader's CORS header. In Chromium: a first visit through the host (its weight on the wire
// printed) and an offline reload after it, and the embed on a partner's page on another port,
// loaded with its SRI hash and crossorigin="anonymous" as the published snippet says.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, request } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { launch, openPage, ready, serveHost, shot, DIST, ROOT } from './helpers.mjs';
import { loadEngine, rp } from './engine.mjs';

const LONG = { timeout: 300000 };
const HASHED = /\.[0-9a-f]{10}\.[A-Za-z0-9]+$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';
let host, browser;

before(async () => {
  host = await serveHost(DIST);
});
after(async () => {
  await browser?.close();
  await host?.close();
});

/** GET (or another method) without any decoding: status, headers and the bytes as sent. */
function get(url, headers = {}, method = 'GET') {
  return new Promise((ok, fail) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end();
  });
}

/** Every file of the built site, relative to www/dist, without the precompressed siblings. */
function siteFiles() {
  return readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath ?? d.path, d.name).slice(DIST.length + 1))
    .filter((f) => !/\.(br|gz)$/.test(f))
    .sort();
}

test('the build writes a Brotli and a gzip copy beside every text file and the .wasm', () => {
  const files = siteFiles();
  const compressible = files.filter((f) => /\.(html|js|css|json|webmanifest|svg|csv|txt|wasm)$/.test(f));
  for (const f of ['index.html', 'bulk.html', 'sw.js', 'v1/embed.js', 'embed.js']) assert.ok(compressible.includes(f), f);
  assert.ok(compressible.some((f) => f.endsWith('.wasm')), 'no .wasm in www/dist');
  for (const f of compressible) {
    const size = readFileSync(join(DIST, f)).length;
    // A copy is left out only when it would not be smaller (a file of a few bytes).
    for (const ext of ['br', 'gz']) assert.ok(existsSync(join(DIST, `${f}.${ext}`)) || size < 100, `${f}.${ext} is missing`);
  }
});

test('each precompressed file is sent as asked: Brotli, gzip or as it is, the same bytes once decoded', LONG, async () => {
  const files = siteFiles().filter((f) => existsSync(join(DIST, `${f}.br`)) || existsSync(join(DIST, `${f}.gz`)));
  assert.ok(files.length >= 20, files.join(' '));
  const decode = { br: brotliDecompressSync, gzip: gunzipSync };
  for (const f of files) {
    const file = readFileSync(join(DIST, f));
    const url = host.url + f;
    for (const [ask, enc, sibling] of [['br', 'br', 'br'], ['gzip', 'gzip', 'gz'], ['gzip, deflate, br', 'br', 'br'], ['gzip, deflate', 'gzip', 'gz']]) {
      if (!existsSync(join(DIST, `${f}.${sibling}`))) continue;
      const r = await get(url, { 'accept-encoding': ask });
      assert.equal(r.status, 200, `${f} (${ask})`);
      assert.equal(r.headers['content-encoding'], enc, `${f} asked with ${ask}`);
      assert.ok(r.body.equals(readFileSync(join(DIST, `${f}.${sibling}`))), `${f}: the ${enc} body is not the build's .${sibling}`);
      assert.ok(decode[enc](r.body).equals(file), `${f}: the ${enc} body does not decode to the file`);
      assert.match(r.headers.vary || '', /accept-encoding/i, `${f}: no Vary: Accept-Encoding`);
    }
    const plain = await get(url, {});
    assert.equal(plain.headers['content-encoding'], undefined, f);
    assert.ok(plain.body.equals(file), `${f}: sent as it is, not the same bytes`);
    assert.match(plain.headers.vary || '', /accept-encoding/i, `${f}: no Vary on the uncompressed answer`);
  }
});

test('types: .wasm as application/wasm, and each kind of file as what it is', LONG, async () => {
  const files = siteFiles();
  const want = {
    '.html': /^text\/html/, '.js': /^text\/javascript/, '.css': /^text\/css/, '.wasm': /^application\/wasm$/,
    '.json': /^application\/json/, '.webmanifest': /^application\/manifest\+json/, '.svg': /^image\/svg\+xml/, '.csv': /^text\/csv/,
  };
  const seen = new Set();
  for (const f of files) {
    const ext = f.match(/\.[a-z]+$/)?.[0];
    if (!want[ext]) continue;
    seen.add(ext);
    for (const enc of ['br', 'gzip', 'identity']) {
      const r = await get(host.url + f, { 'accept-encoding': enc });
      assert.match(r.headers['content-type'] || '', want[ext], `${f} (${enc}): ${r.headers['content-type']}`);
      assert.equal(r.headers['x-content-type-options'], 'nosniff', f);
    }
  }
  assert.deepEqual([...seen].sort(), Object.keys(want).sort());
});

test('cache headers: content-hashed files immutable for a year; the pages, sw.js and the embed loader revalidated', LONG, async () => {
  const files = siteFiles();
  for (const f of files) {
    const r = await get(host.url + f, { 'accept-encoding': 'gzip' });
    assert.equal(r.headers['cache-control'], HASHED.test(f) ? IMMUTABLE : 'no-cache', f);
  }
  // The files that must never be cached stale, by name, and the engine that must be cached for good.
  for (const p of ['', 'index.html', 'index.html?embed=1', 'bulk.html', 'sw.js', 'v1/embed.js', 'embed.js', 'embed-code.html']) {
    const r = await get(host.url + p, { 'accept-encoding': 'br' });
    assert.equal(r.status, 200, p);
    assert.equal(r.headers['cache-control'], 'no-cache', p || '/');
    // Revalidation is cheap: the validator answers 304 with no body.
    assert.ok(r.headers.etag, `${p || '/'}: no ETag`);
    const again = await get(host.url + p, { 'accept-encoding': 'br', 'if-none-match': r.headers.etag });
    assert.equal(again.status, 304, `${p || '/'} revalidated`);
    assert.equal(again.body.length, 0);
  }
  const hashed = files.filter((f) => HASHED.test(f));
  assert.ok(hashed.some((f) => f.endsWith('.wasm')) && hashed.some((f) => f.endsWith('.js')) && hashed.some((f) => f.endsWith('.css')), hashed.join(' '));
  // Everything the service worker precaches but the page itself has a hashed name, or lives
  // under snippets/ (wasm-bindgen's names), which is revalidated.
  const list = readFileSync(join(DIST, 'sw.js'), 'utf8').match(/^const ASSETS = \[(.*)\];$/m)[1];
  for (const [, a] of list.matchAll(/'([^']+)'/g)) {
    if (a !== './') assert.ok(HASHED.test(a) || a.startsWith('snippets/'), `precached ${a} has no content hash`);
  }
});

test('the embed loader has the CORS header its crossorigin tag needs, and the calculator can be framed', LONG, async () => {
  for (const p of ['v1/embed.js', 'embed.js']) {
    for (const enc of ['br', 'gzip', 'identity']) {
      const r = await get(host.url + p, { origin: 'https://koperasi.example', 'accept-encoding': enc });
      assert.equal(r.status, 200, p);
      assert.equal(r.headers['access-control-allow-origin'], '*', `${p} (${enc})`);
    }
  }
  const page = await get(host.url + 'index.html?embed=1', { 'accept-encoding': 'gzip' });
  assert.equal(page.headers['x-frame-options'], undefined, 'X-Frame-Options would stop the widget');
  assert.doesNotMatch(page.headers['content-security-policy'] || '', /frame-ancestors/);
  // The page's own policy is its meta tag, served as built.
  assert.match(gunzipSync(page.body).toString(), /<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
});

test('a first visit through the host: every file arrives compressed, its weight on the wire, then offline', LONG, async (t) => {
  browser ??= await launch();
  // A host of its own, which this test stops (and to count only this visit's requests).
  const own = await serveHost(DIST);
  const { page, ctx, rec } = await openPage(browser, own.url);
  try {
    const responses = [];
    ctx.on('response', (r) => responses.push(r));
    await page.goto(own.url);
    await ready(page);
    await page.locator('#status[data-state=ready]').waitFor({ timeout: 120000 });
    assert.deepEqual(rec.problems, []);
    // The engine arrives compressed, in the best encoding Chromium offers (Brotli, where it asks
    // for it: this Chromium does on http://127.0.0.1; some only over HTTPS), as application/wasm.
    const wasm = responses.find((r) => r.url().endsWith('.wasm'));
    assert.ok(wasm, 'no .wasm fetched');
    const wh = await wasm.allHeaders();
    const asked = (await wasm.request().allHeaders())['accept-encoding'] || '';
    assert.equal(wh['content-type'], 'application/wasm');
    assert.equal(wh['content-encoding'], /\bbr\b/.test(asked) ? 'br' : 'gzip', `asked: ${asked}`);
    console.log(`host: Chromium asked for "${asked}" and got ${wh['content-encoding']}`);
    const fetched = [...new Set(own.log)].map((p) => (p === '/' ? 'index.html' : p.slice(1)));
    let gzip = 0;
    let br = 0;
    let raw = 0;
    for (const f of fetched) {
      const g = await get(own.url + f, { 'accept-encoding': 'gzip' });
      const b = await get(own.url + f, { 'accept-encoding': 'br' });
      if (readFileSync(join(DIST, f)).length > 1000) {
        assert.equal(g.headers['content-encoding'], 'gzip', f);
        assert.equal(b.headers['content-encoding'], 'br', f);
      }
      gzip += g.body.length;
      br += b.body.length;
      raw += readFileSync(join(DIST, f)).length;
    }
    console.log(`host (Caddy, deploy/Caddyfile): first visit ${fetched.length} files, ${gzip} bytes gzip, ${br} bytes Brotli, ${raw} uncompressed (bodies)`);
    assert.ok(br < gzip && gzip < raw / 2, `${br} / ${gzip} / ${raw}`);

    // What the service worker stored from these responses (compressed, with Vary and immutable
    // caching) serves the page with the host gone and the network off.
    await own.close();
    await ctx.setOffline(true);
    await page.goto(own.url + '#seg=selfEmployed&occ=fisher&inc=50000&per=day&date=2026-06-01');
    await page.reload();
    await ready(page);
    assert.match(await page.locator('[data-testid=you-pay]').innerText(), /^Rp\d/);
    await page.locator('#status[data-state=offline]').waitFor();
    assert.deepEqual(rec.problems, []);
  } catch (e) {
    await shot(page, t.name);
    throw e;
  } finally {
    await ctx.close();
    await own.close();
  }
});

/** The partner's site on another port: tests/e2e/partner/index.html with the host's URL and the
 * SRI hash filled in, under a strict CSP (scripts and frames from the calculator's origin). */
async function servePartner(calcUrl) {
  const dir = join(ROOT, 'tests', 'e2e', 'partner');
  const sri = readFileSync(join(DIST, 'embed.sri'), 'utf8').trim();
  const origin = new URL(calcUrl).origin;
  const csp = `default-src 'none'; script-src ${origin}; frame-src ${origin}; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'`;
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/') {
      const html = readFileSync(join(dir, 'index.html'), 'utf8').replaceAll('{{CALC}}', calcUrl).replaceAll('{{SRI}}', sri);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp }).end(html);
    } else if (path === '/partner.css') {
      res.writeHead(200, { 'content-type': 'text/css; charset=utf-8' }).end(readFileSync(join(dir, 'partner.css')));
    } else {
      res.writeHead(path === '/favicon.ico' ? 204 : 404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

test("the embed from another origin through the host: the partner's tag loads the loader with SRI and CORS, the widget computes", LONG, async (t) => {
  browser ??= await launch();
  const engine = await loadEngine();
  const partner = await servePartner(host.url);
  const ctx = await browser.newContext({ viewport: { width: 800, height: 900 }, locale: 'id-ID' });
  const page = await ctx.newPage();
  const problems = [];
  const allowed = [new URL(host.url).origin, new URL(partner.url).origin];
  ctx.on('request', (r) => {
    const u = new URL(r.url());
    if (!['data:', 'blob:'].includes(u.protocol) && !allowed.includes(u.origin)) problems.push(`request to another origin: ${r.url()}`);
  });
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  try {
    assert.notEqual(new URL(partner.url).origin, new URL(host.url).origin);
    const loader = page.waitForResponse((r) => r.url() === `${host.url}v1/embed.js`);
    await page.goto(partner.url);
    const lr = await loader;
    assert.equal(lr.status(), 200);
    const lh = await lr.allHeaders();
    assert.equal(lh['access-control-allow-origin'], '*');
    assert.match(lh['content-encoding'] || '', /^(br|gzip)$/);
    assert.equal(lh['cache-control'], 'no-cache');

    let frame;
    for (let i = 0; i < 600 && !frame; i++) {
      frame = page.frames().find((f) => f.url().startsWith(host.url) && f.url().includes('embed=1'));
      if (!frame) await page.waitForTimeout(100);
    }
    assert.ok(frame, `no calculator frame: ${page.frames().map((f) => f.url()).join(', ')}\n${problems.join('\n')}`);
    await frame.waitForFunction(() => document.getElementById('foot')?.textContent.length > 0, null, { timeout: 60000, polling: 100 });
    await frame.click('#more-fold > summary'); // the date of the rules is folded under the form
    await frame.fill('#date', '2026-06-01');
    await frame.fill('#inc', '3000000');
    const want = engine.calculate({ asOf: '2026-06-01', segment: 'selfEmployed', lang: 'id', monthlyIncome: '3000000' });
    assert.equal(await frame.locator('[data-testid=you-pay]').innerText(), rp(want.contributions.total.worker));
    if (problems.length) throw new Error(problems.join('\n'));
  } catch (e) {
    await shot(page, t.name);
    if (problems.length && !e.message.includes(problems[0])) e.message += `\n${problems.join('\n')}`;
    throw e;
  } finally {
    await ctx.close();
    await partner.close();
  }
});
