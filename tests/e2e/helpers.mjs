// Shared set-up for the page tests: Debian's Chromium driven by playwright-core, a server for
// www/dist (serve() in Node, or serveHost(): Caddy with deploy/Caddyfile), and a recorder that
// fails a test on any request to another origin, any console error or uncaught exception.
// Screenshots of failed tests go to tests/e2e/artifacts/.
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, serveHost } from './server.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(ROOT, 'www', 'dist');
export const ARTIFACTS = join(ROOT, 'tests', 'e2e', 'artifacts');

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

/** Chromium with a fresh profile (Playwright makes one per launch) and the quiet flags. */
export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** A page with the recorder attached. `rec.problems` lists what should fail the test. */
export async function openPage(browser, origin, { viewport = { width: 360, height: 780 }, context } = {}) {
  const ctx = context || (await browser.newContext({ viewport, locale: 'id-ID', serviceWorkers: 'allow' }));
  const page = await ctx.newPage();
  const rec = { problems: [], requests: [] };
  const own = new URL(origin).origin;
  // On the context, so that the service worker's requests are seen too.
  ctx.on('request', (r) => {
    rec.requests.push(r.url());
    const u = new URL(r.url());
    if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== own) rec.problems.push(`request to another origin: ${r.url()}`);
  });
  page.on('console', (m) => { if (m.type() === 'error') rec.problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => rec.problems.push(`uncaught: ${e.message}`));
  return { page, ctx, rec };
}

/** Waits until the engine has loaded and rendered its rules (footer shows the data hash). */
export async function ready(page) {
  await page.waitForFunction(() => document.getElementById('foot').textContent.length > 0, null, { timeout: 15000 });
}

/** Waits until the answer on screen is the full module's, the code of its details has loaded,
 * and every open part of them (a fold, "what if", the text to share) is built. A keystroke
 * redraws the headline and the open parts; a closed part is built when it is opened (data-stale
 * until then), which a script that sets `open` triggers a moment later. */
export async function settled(page) {
  await page.waitForFunction(() => {
    const root = document.documentElement.dataset;
    return root.engine === 'full' && root.details === 'loaded' && !document.querySelector('details[open][data-stale]');
  }, null, { timeout: 15000 });
}

export async function shot(page, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name.replace(/[^\w.-]+/g, '_')}.png`), fullPage: true }).catch(() => {});
}

/** Runs body(page…); on failure keeps a screenshot; always checks the recorder. */
export async function withPage(t, browser, origin, body, opts) {
  const { page, ctx, rec } = await openPage(browser, origin, opts);
  try {
    await body({ page, ctx, rec });
    if (rec.problems.length) throw new Error(rec.problems.join('\n'));
  } catch (e) {
    await shot(page, t.name);
    throw e;
  } finally {
    if (!opts?.context) await ctx.close();
  }
}

export { serve, serveHost };

/** RFC 4180 records of a downloaded CSV (without its byte-order mark). */
export function parseCsv(text) {
  assert.equal(text.charCodeAt(0), 0xfeff, 'a byte-order mark for spreadsheets');
  text = text.slice(1);
  const rows = [];
  let row = [], cell = '', q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"') { if (text[i + 1] === '"') { cell += '"'; i++; } else q = false; } else cell += c;
    } else if (c === '"' && cell === '') q = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; }
    else if (c !== '\r') cell += c;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows;
}
