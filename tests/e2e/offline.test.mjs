// Offline: after one visit the service worker has every asset (both engine modules, the lazily
// loaded code, English), so the page reloads and computes with the server gone and the network
// off, every "what if" event included, and says it is offline. A new deployment is offered as an
// update, never swapped in under the user's feet.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, withPage, ready, settled, serve, DIST } from './helpers.mjs';
import { loadEngine } from './engine.mjs';

let browser;
const dirs = [];
function copyDist() {
  const d = mkdtempSync(join(tmpdir(), 'e2e-dist-'));
  cpSync(DIST, d, { recursive: true });
  dirs.push(d);
  return d;
}
before(async () => { browser = await launch(); });
after(async () => {
  await browser?.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

test('offline reload after the first visit: the page loads, computes and says it is offline', async (t) => {
  const srv = await serve(copyDist());
  const ctx = await browser.newContext({ viewport: { width: 360, height: 780 }, serviceWorkers: 'allow' });
  try {
    await withPage(t, browser, srv.url, async ({ page }) => {
      await page.goto(srv.url);
      await ready(page);
      await page.locator('#status[data-state=ready]').waitFor({ timeout: 120000 });
      assert.match(await page.locator('#status').innerText(), /tanpa internet/);
      // The server goes away and the phone loses its signal.
      await srv.close();
      await ctx.setOffline(true);
      await page.goto(srv.url + '#seg=selfEmployed&occ=fisher&inc=50000&per=day&date=2026-06-01');
      await page.reload();
      await ready(page);
      assert.match(await page.locator('[data-testid=you-pay]').innerText(), /^Rp\d/);
      await page.locator('#status[data-state=offline]').waitFor();
      assert.match(await page.locator('#status').innerText(), /offline/);
      // A shared link opened in a new tab works offline too.
      const other = await ctx.newPage();
      await other.goto(srv.url + '#seg=construction&cv=100000000&date=2026-06-01&lang=en');
      await ready(other);
      assert.match(await other.locator('[data-testid=total]').innerText(), /^Rp\d/);
      assert.equal(await other.getAttribute('html', 'lang'), 'en');

      // Every "what if" event, offline: the full module and the details' code come from the
      // offline copy, and each answer lists the engine's benefits.
      const engine = await loadEngine();
      const base = '#seg=wageEarner&wage=5000000&risk=1&size=large&birth=1966-01-01&jhtbal=10000000&mc=180&date=2026-06-01';
      await page.goto(srv.url + base);
      await ready(page);
      const events = await page.locator('#ev option').evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
      assert.equal(events.length, 6, events.join(' '));
      for (const ev of events) {
        await page.goto(srv.url + `${base}&ev=${ev}${ev === 'jobLoss' ? '&l24=1' : ''}`);
        await ready(page);
        await settled(page);
        const want = engine.calculate({
          asOf: '2026-06-01', segment: 'wageEarner', lang: 'id', monthlyWage: '5000000', riskGroup: 1, enterpriseSize: 'large',
          birthDate: '1966-01-01', jhtBalance: '10000000', history: { monthsContributed: 180, ...(ev === 'jobLoss' ? { last24: Array(24).fill(true) } : {}) },
          event: ev === 'jobLoss' ? { kind: 'jobLoss', jobLossCause: 'layoff' } : { kind: ev },
        });
        assert.ok(want.benefits?.length, `the engine pays nothing for ${ev}`);
        const kinds = await page.locator('[data-testid=benefits] li[data-kind]').evaluateAll((els) => els.map((e) => e.dataset.kind).filter((k) => k !== 'medicalCare'));
        assert.deepEqual([...kinds].sort(), want.benefits.map((b) => b.kind).sort(), ev);
      }
    }, { context: ctx });
  } finally {
    await ctx.close();
    await srv.close();
  }
});

test('a new deployment is offered as an update and used only when the user accepts', async (t) => {
  const dir = copyDist();
  const srv = await serve(dir);
  const ctx = await browser.newContext({ viewport: { width: 360, height: 780 }, serviceWorkers: 'allow' });
  try {
    await withPage(t, browser, srv.url, async ({ page }) => {
      await page.goto(srv.url);
      await ready(page);
      await page.locator('#status[data-state=ready]').waitFor({ timeout: 120000 });
      // Deploy a "new version": another service worker version and a changed page.
      const sw = readFileSync(join(dir, 'sw.js'), 'utf8').replace(/const VERSION = '[^']*';/, "const VERSION = 'next';");
      writeFileSync(join(dir, 'sw.js'), sw);
      writeFileSync(join(dir, 'index.html'), readFileSync(join(dir, 'index.html'), 'utf8').replace('<body>', '<body data-build="next">'));
      await page.reload();
      await ready(page);
      // The old version keeps running and offers the new one.
      assert.equal(await page.getAttribute('body', 'data-build'), null);
      await page.locator('#update').waitFor({ state: 'visible' });
      assert.match(await page.locator('#status').innerText(), /Versi baru/);
      await Promise.all([page.waitForEvent('load'), page.click('#update')]);
      await ready(page);
      assert.equal(await page.getAttribute('body', 'data-build'), 'next');
      assert.equal(await page.locator('#update').isVisible(), false);
    }, { context: ctx });
  } finally {
    await ctx.close();
    await srv.close();
  }
});

test('installable: Chromium finds the manifest valid and no reason not to install', async (t) => {
  const srv = await serve(DIST);
  try {
    await withPage(t, browser, srv.url, async ({ page, ctx }) => {
      await page.goto(srv.url);
      await ready(page);
      await page.locator('#status[data-state=ready]').waitFor({ timeout: 120000 });
      const cdp = await ctx.newCDPSession(page);
      const manifest = await cdp.send('Page.getAppManifest');
      assert.deepEqual(manifest.errors, []);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      // The test browser's profile is incognito-like; that is the only reason allowed.
      assert.deepEqual(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito'), []);
    });
  } finally {
    await srv.close();
  }
});
