// The bulk page (www/bulk.html) in Debian's Chromium: the template's round trip, a file with bad
// rows mixed in, a generated 100,000-row file (time printed, not asserted), the language switch,
// offline use, and an axe-core scan. The sponsor budget and agent mode have their own files
// (sponsor.test.mjs, agent.test.mjs). Every test also fails on a request to
// another origin or a console error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, writeFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, withPage, ready, serve, DIST, ROOT } from './helpers.mjs';
import { loadEngine, rp } from './engine.mjs';

const TEMPLATE = readFileSync(join(ROOT, 'docs', 'bulk-template.csv'), 'utf8');
const SLOW = { timeout: 300_000 };
let srv, browser, engine;

before(async () => {
  engine = await loadEngine('bulk');
  srv = await serve(DIST);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await srv?.close();
});

async function open(page, hash = '') {
  await page.goto(srv.url + 'bulk.html' + hash);
  await ready(page);
  await page.locator('#status[data-state=ready]').waitFor();
}
async function upload(page, name, text) {
  await page.setInputFiles('#file', { name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  await page.locator('#bulk-summary').waitFor({ timeout: 240_000 });
}
/** The page's table with this caption, as [row header, cells…] rows. */
const tableRows = (page, caption) => page.evaluate((c) => {
  const t = [...document.querySelectorAll('table')].find((x) => x.caption?.textContent === c);
  return t ? [...t.tBodies[0].rows].map((r) => [...r.cells].map((x) => x.textContent)) : null;
}, caption);

/** The template's rows as request objects, typed as src/bulk.rs types them. */
function templateRequests() {
  const [head, ...rows] = TEMPLATE.trim().split('\n').map((l) => l.split(','));
  return rows.map((cells) => {
    const r = {};
    head.forEach((k, i) => {
      const v = cells[i]?.trim();
      if (!v) return;
      if (['riskGroup', 'contractMonths', 'extensionMonths'].includes(k)) r[k] = Number(v);
      else if (['includeJht', 'laborIntensive', 'publicBudget'].includes(k)) r[k] = v === 'true';
      else r[k] = v;
    });
    return r;
  });
}

test('the template: a link to download it, every row computed, totals equal the engine row by row, results downloaded', SLOW, async (t) => {
  await withPage(t, browser, srv.url, async ({ page }) => {
    await open(page);
    const href = await page.getAttribute('#template', 'href');
    const served = await page.evaluate((u) => fetch(u).then((r) => r.text()), href);
    assert.equal(served, TEMPLATE);

    await upload(page, 'template.csv', TEMPLATE);
    const n = TEMPLATE.trim().split('\n').length - 1;
    assert.match(await page.locator('#bulk-summary').innerText(), new RegExp(`^${n} baris dihitung, 0 baris salah`));
    assert.equal(await page.locator('#bad-rows').count(), 0);

    const answers = templateRequests().map((r) => engine.calculate(r).contributions.total);
    const sum = (k) => answers.reduce((a, x) => a + BigInt(x[k].split('.')[0]), 0n);
    const payers = Object.fromEntries(await tableRows(page, 'Jumlah per bulan menurut pembayar'));
    assert.equal(payers['Pemberi kerja'], rp(sum('employer')));
    assert.equal(payers['Pekerja'], rp(sum('worker')));
    assert.equal(payers['Pemerintah'], rp(sum('government')));
    assert.equal(payers['Total'], rp(sum('total')));
    const programs = Object.fromEntries(await tableRows(page, 'Jumlah per bulan menurut program'));
    assert.ok(programs.JKK && programs.JKM && programs.JHT, JSON.stringify(programs));
    const preview = await tableRows(page, 'Contoh hasil (baris pertama)');
    assert.equal(preview.length, n);
    preview.forEach((row, i) => {
      assert.equal(row[0], String(i + 2));
      assert.equal(row[5], rp(answers[i].total), `line ${i + 2}`);
    });

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    const got = readFileSync(await download.path(), 'utf8');
    assert.equal(got, engine.calculateCsv(TEMPLATE));
  });
});

test('bad rows mixed in: listed with their line, field and message; the other rows computed', SLOW, async (t) => {
  await withPage(t, browser, srv.url, async ({ page }) => {
    await open(page);
    const [head, good1, good2] = TEMPLATE.split('\n');
    const bad = [
      head,
      good1,
      good1.replace('5000000', 'lima juta'),
      good2,
      good2.replace(',3,small', ',9,small'),
      '',
      good1.replace('wageEarner', 'pensioner'),
      good2,
    ].join('\n') + '\n';
    await upload(page, 'bad.csv', bad);
    assert.match(await page.locator('#bulk-summary').innerText(), /^3 baris dihitung, 3 baris salah/);
    const rows = await tableRows(page, 'Baris yang salah');
    assert.deepEqual(rows.map((r) => [r[0], r[1]]), [['3', 'monthlyWage'], ['5', 'riskGroup'], ['7', 'segment']]);
    for (const r of rows) assert.ok(r[2].length > 10, r[2]);
    // The page's rows are the engine's rows, line for line.
    const want = engine.calculateCsv(bad).trim().split('\n').slice(1).map((l) => l.split(',').slice(0, 2).join(','));
    const preview = await tableRows(page, 'Contoh hasil (baris pertama)');
    assert.deepEqual(preview.map((r) => `${r[0]},${r[1] === 'ok' ? 'ok' : 'error'}`), want);

    // A header the engine refuses: one error at line 1 naming the column, nothing else read.
    await upload(page, 'wrong.csv', "asOf,gaji\n2026-06-01,5000000\n");
    assert.match(await page.locator('#bulk-summary').innerText(), /^0 baris dihitung, 1 baris salah/);
    assert.deepEqual((await tableRows(page, 'Baris yang salah')).map((r) => [r[0], r[1]]), [['1', 'gaji']]);
  });
});

test('a file large enough for the workers: the same download with them, and with workers that fail', SLOW, async (t) => {
  const rows = TEMPLATE.trim().split('\n');
  const body = [];
  for (let i = 0; i < 9_000; i++) body.push(rows[1 + (i % (rows.length - 1))]);
  body[7_777] = body[7_777].replace(/^2026-06-01/, '2026-02-30');
  const text = ['', rows[0], ...body].join('\n') + '\n'; // a blank line before the header
  // The engine's own output for the file, with the file's line numbers (the header is line 2).
  const want = engine.calculateCsv(rows[0] + '\n' + body.join('\n') + '\n').trim().split('\n')
    .map((r, i) => (i === 0 ? r : r.replace(/^\d+/, (n) => String(Number(n) + 1)))).join('\n') + '\n';
  const run = async (breakWorkers) => {
    let got;
    await withPage(t, browser, srv.url, async ({ page }) => {
      if (breakWorkers) {
        // A worker whose script fails to run: the page must compute every chunk itself.
        await page.route(/bulk-worker\.[0-9a-f]+\.js$/, (r) => r.fulfill({ contentType: 'text/javascript', body: "throw new Error('no worker');" }));
      }
      await open(page);
      await upload(page, 'workers.csv', text);
      assert.match(await page.locator('#bulk-summary').innerText(), /^8\.999 baris dihitung, 1 baris salah/);
      assert.deepEqual((await tableRows(page, 'Baris yang salah')).map((r) => r[0]), ['7780']);
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
      got = readFileSync(await download.path(), 'utf8');
    });
    return got;
  };
  assert.equal(await run(false), want);
  assert.equal(await run(true), want);
});

test('a quote inside an unquoted cell does not move where the file is cut into chunks', SLOW, async (t) => {
  // 4,100 rows: two chunks of 4,000 lines. A stray quote in an unquoted cell (a plain character
  // to the engine) just before the cut, then a quoted cell holding a line break just after it:
  // counting quotes would cut that record in two.
  const rows = TEMPLATE.trim().split('\n');
  const body = [];
  for (let i = 0; i < 4_100; i++) body.push(rows[1 + (i % (rows.length - 1))]);
  body[3_990] = body[3_990].replace(',id,', ',i"d,');
  body[3_999] = body[3_999].replace(',id,', ',"i\nd",');
  const text = [rows[0], ...body].join('\n') + '\n';
  const want = engine.calculateCsv(text);
  assert.equal(want.trim().split('\n').filter((r) => /^\d+,error,/.test(r)).length, 2);
  await withPage(t, browser, srv.url, async ({ page }) => {
    await open(page);
    await upload(page, 'quotes.csv', text);
    assert.match(await page.locator('#bulk-summary').innerText(), /^4\.098 baris dihitung, 2 baris salah/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    assert.equal(readFileSync(await download.path(), 'utf8'), want);
  });
});

test('stray and odd quotes, CRLF and cells holding line breaks around every cut: the page gives the engine\'s rows for the whole file', SLOW, async (t) => {
  // 12,400 records in CRLF lines: four chunks of 4,000 lines. Around each cut, the cases a
  // spreadsheet or a hand-edited file brings: a quote inside an unquoted cell (a plain
  // character), a quoted cell followed by characters before its comma, a doubled quote, a quoted
  // cell holding a comma, quoted cells holding a line break (LF, and CRLF) that span the cut.
  // A line of empty cells before the header (a spreadsheet's blank row), and near the end a
  // quote never closed: the rest of the file is that one record, an error at its first line.
  const rows = TEMPLATE.trim().split('\n');
  const odd = [
    (r) => r.replace(',id,', ',Toko "Maju" Jaya,'),
    (r) => r.replace(',id,', ',"id"x,'),
    (r) => r.replace(',id,', ',"i""d",'),
    (r) => r.replace(',id,', ',"i,d",'),
    (r) => r.replace(',id,', ',"i\nd",'),
    (r) => r.replace(',id,', ',"i\r\nd",'),
    (r) => r.replace(',id,', ',"id",'),
  ];
  const body = [];
  for (let i = 0; i < 12_400; i++) body.push(rows[1 + (i % (rows.length - 1))]);
  for (const cut of [4_000, 8_000, 12_000]) {
    odd.forEach((f, k) => { body[cut - 16 + 2 * k] = f(body[cut - 16 + 2 * k]); });
    body[cut - 1] = body[cut - 1].replace(',id,', ',"i\r\n\r\nd",');
    body[cut] = body[cut].replace(',id,', ',"\r\nid\r\n",');
  }
  body[12_300] = body[12_300].replace(',id,', ',"id,');
  const text = [',,,', rows[0], ...body].join('\r\n') + '\r\n';
  const want = engine.calculateCsv(text);
  // What the engine reads: every odd cell but the plain quoted "id" and the line breaks around
  // "id" (taken off as spaces are) is a language that is not id or en, an error of its own row;
  // the open quote is one error at its line, nothing after it is read.
  const records = want.trim().split('\n').filter((r) => /^\d+,/.test(r));
  const errors = records.filter((r) => /^\d+,error,/.test(r));
  assert.equal(errors.length, 3 * 7 + 1, want.slice(0, 2000));
  assert.ok(records.length > 12_000 && records.length < 12_400, String(records.length));
  await withPage(t, browser, srv.url, async ({ page }) => {
    await open(page);
    await upload(page, 'odd.csv', text);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    assert.equal(readFileSync(await download.path(), 'utf8'), want);
  });
});

test('a generated file of 100,000 rows is computed in the browser (time printed), a bad row found at its line', SLOW, async (t) => {
  await withPage(t, browser, srv.url, async ({ page }) => {
    await open(page);
    const rows = TEMPLATE.trim().split('\n');
    const body = [];
    for (let i = 0; i < 100_000; i++) body.push(rows[1 + (i % (rows.length - 1))]);
    const badAt = 54_321; // index in body; its line is badAt + 2
    body[badAt] = body[badAt].replace(/^2026-06-01/, '2026-13-01');
    const text = [rows[0], ...body].join('\n') + '\n';
    const started = Date.now();
    await upload(page, 'big.csv', text);
    const wall = Date.now() - started;
    const summary = await page.locator('#bulk-summary').innerText();
    console.log(`bulk page, 100,000 rows (${(text.length / 1e6).toFixed(1)} MB): ${summary} (${wall} ms from upload to totals)`);
    assert.match(summary, /^99\.999 baris dihitung, 1 baris salah/);
    const bad = await tableRows(page, 'Baris yang salah');
    assert.deepEqual(bad.map((r) => [r[0], r[1]]), [[String(badAt + 2), 'asOf']]);
  });
});

test('English switch: texts and totals in English; nothing scrolls sideways at 320 px', SLOW, async (t) => {
  await withPage(t, browser, srv.url, async ({ page }) => {
    await open(page);
    await upload(page, 'template.csv', TEMPLATE);
    await page.click('#lang');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await page.locator('h1').innerText(), 'Many workers at once');
    assert.match(await page.locator('#bulk-summary').innerText(), /rows computed, 0 bad rows/);
    assert.ok(await tableRows(page, 'Monthly totals by payer'));
    // At 320 px nothing scrolls sideways (wide tables scroll in their own box).
    await page.setViewportSize({ width: 320, height: 700 });
    await page.check('input[name=sp-payer][value=village]');
    await page.click('#sp-go');
    await page.selectOption('#ag-occ', 'fisher');
    await page.fill('#ag-inc', '60,000');
    await page.selectOption('#ag-per', 'day');
    await page.click('#ag-add');
    await page.locator('#sp-total').waitFor();
    await page.locator('#ag-list > li').waitFor();
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 320);
  });
});

test('the main page links to the bulk page, and the bulk page is not fetched on its first visit', SLOW, async (t) => {
  await withPage(t, browser, srv.url, async ({ page, rec }) => {
    await page.goto(srv.url);
    await ready(page);
    await page.locator('#status[data-state=ready]').waitFor();
    assert.ok(!rec.requests.some((u) => /bulk/.test(u)), rec.requests.filter((u) => /bulk/.test(u)).join(' '));
    await page.click('a[href="bulk.html"]');
    await page.locator('#status[data-state=ready]').waitFor();
    assert.equal(await page.locator('h1').innerText(), 'Banyak pekerja sekaligus');
  });
});

/**
 * Runs fn(page, { dir, own, ctx }) on a copy of the built page that fn may change (dir), served
 * by its own server (own, which fn may stop), in a browser context with service workers.
 */
async function onOwnCopy(t, fn) {
  const dir = mkdtempSync(join(tmpdir(), 'e2e-bulk-'));
  cpSync(DIST, dir, { recursive: true });
  const own = await serve(dir);
  const ctx = await browser.newContext({ viewport: { width: 360, height: 780 }, serviceWorkers: 'allow' });
  try {
    await withPage(t, browser, own.url, ({ page }) => fn(page, { dir, own, ctx }), { context: ctx });
  } finally {
    await ctx.close();
    await own.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The name of the cache that holds bulk.html, or null. */
const bulkCache = (page) => page.evaluate(async () => {
  for (const k of await caches.keys()) if (await (await caches.open(k)).match('bulk.html')) return k;
  return null;
});

/** Opens the bulk page and waits until the service worker controls it and has stored it. */
async function openStored(page, url) {
  await page.goto(url + 'bulk.html');
  await ready(page);
  for (let i = 0; !(await page.evaluate(() => !!navigator.serviceWorker.controller)) || !(await bulkCache(page)); i++) {
    assert.ok(i < 240, 'the bulk page was not stored for offline use');
    await page.waitForTimeout(250);
  }
}

/** With the server gone and no network: the bulk page loads and computes the template. */
async function computesOffline(page, { own, ctx }) {
  await own.close();
  await ctx.setOffline(true);
  await page.goto(own.url + 'bulk.html');
  await ready(page);
  await page.setInputFiles('#file', { name: 't.csv', mimeType: 'text/csv', buffer: Buffer.from(TEMPLATE) });
  await page.locator('#bulk-summary').waitFor();
  assert.match(await page.locator('#bulk-summary').innerText(), /baris dihitung, 0 baris salah/);
}

test('offline: once opened, the bulk page reloads and computes with the server gone', SLOW, (t) => onOwnCopy(t, async (page, copy) => {
  await openStored(page, copy.own.url);
  await computesOffline(page, copy);
}));

test('after an update, the bulk page still works offline', SLOW, (t) => onOwnCopy(t, async (page, copy) => {
  // The bulk page opened once, so stored for offline use by this version.
  await openStored(page, copy.own.url);
  const before = await bulkCache(page);
  // A new version is deployed; the main page offers it and the user takes it.
  const sw = readFileSync(join(copy.dir, 'sw.js'), 'utf8').replace(/const VERSION = '[^']*';/, "const VERSION = 'next';");
  writeFileSync(join(copy.dir, 'sw.js'), sw);
  await page.goto(copy.own.url);
  await ready(page);
  await page.locator('#update').waitFor({ state: 'visible', timeout: 120000 });
  await Promise.all([page.waitForEvent('load'), page.click('#update')]);
  await ready(page);
  // The old version's caches are gone; the new one holds the bulk page.
  const after = await bulkCache(page);
  assert.ok(after && after !== before && after.startsWith('bpjstk-calc-next-'), `bulk.html is in ${after} (was ${before})`);
  await computesOffline(page, copy);
}));

test('axe-core finds no WCAG 2.1 A/AA violation, with results and a budget open, in both languages', SLOW, async (t) => {
  await withPage(t, browser, srv.url, async ({ page }) => {
    await open(page);
    const bad = TEMPLATE.replace('5000000', 'x');
    await upload(page, 'bad.csv', bad);
    await page.click('#sp-add');
    await page.check('input[name=sp-payer][value=village]');
    await page.click('#sp-go');
    await page.locator('#sp-total').waitFor();
    for (const occ of ['fisher', 'driver']) {
      await page.selectOption('#ag-occ', occ);
      await page.fill('#ag-inc', '1500000');
      await page.click('#ag-add');
    }
    await page.click('#ag-list > li:first-child [data-keep]');
    for (const l of ['id', 'en']) {
      if (l === 'en') await page.click('#lang');
      const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      assert.deepEqual(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], l);
    }
  });
});
