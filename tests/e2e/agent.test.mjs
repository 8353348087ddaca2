// Agent mode of the bulk page (issue 17, "field agents") in Debian's Chromium at 360 px, offline:
// the bulk page opened once, then the server gone and the network off. Income per day priced as a
// day (compared with the engine's answer), each slip marked kept or not, one slip kept and one
// deleted across reloads, the next person starting blank, controls at least 44 px tall, the
// rules notice on every slip, in the CSV and in the WhatsApp text, occupation names not codes,
// and a name a spreadsheet would run as a formula written as text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, withPage, ready, serve, parseCsv, DIST } from './helpers.mjs';
import { loadEngine, rp } from './engine.mjs';

const SLOW = { timeout: 180_000 };
const KEY = 'bpjstk-calc-agent';
const HOSTILE = '=HYPERLINK("http://x","y")';
let browser, engine;

before(async () => {
  engine = await loadEngine('bulk');
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** A copy of the built site on its own server, opened once so that it is stored, then offline. */
async function offline(t, fn) {
  const dir = mkdtempSync(join(tmpdir(), 'e2e-agent-'));
  cpSync(DIST, dir, { recursive: true });
  const own = await serve(dir);
  const ctx = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'id-ID', serviceWorkers: 'allow' });
  try {
    await withPage(t, browser, own.url, async ({ page }) => {
      await page.goto(own.url + 'bulk.html#agent');
      await ready(page);
      const stored = () => page.evaluate(async () => {
        if (!navigator.serviceWorker.controller) return false;
        for (const k of await caches.keys()) if (await (await caches.open(k)).match('bulk.html')) return true;
        return false;
      });
      for (let i = 0; !(await stored()); i++) {
        assert.ok(i < 240, 'the bulk page was not stored for offline use');
        await page.waitForTimeout(250);
      }
      await own.close();
      await ctx.setOffline(true);
      // A real reload (a goto to the same address with its fragment would not load the page).
      const reload = async () => {
        await page.reload();
        await ready(page);
        await page.locator('#status[data-state=ready]').waitFor();
      };
      await reload();
      await fn(page, reload);
    }, { context: ctx });
  } finally {
    await ctx.close();
    await own.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}


async function addSlip(page, { name = '', occupation, income, per = 'month', jht = false }) {
  const n = await page.locator('#ag-list > li').count();
  await page.fill('#ag-name', name);
  await page.selectOption('#ag-occ', occupation);
  await page.fill('#ag-inc', income);
  await page.selectOption('#ag-per', per);
  await page.setChecked('#ag-jht', jht);
  await page.click('#ag-add');
  await page.locator('#ag-list > li').nth(n).waitFor();
}
const today = (page) => page.evaluate(() => { const d = new Date(); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`; });
const longDate = (iso) => new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
const stored = (page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) || 'null'), KEY);
const slipTexts = (page) => page.locator('#ag-list > li').allInnerTexts();

test('agent mode offline: per-day income, kept or not, keep, delete one, reload, export, a hostile name', SLOW, (t) => offline(t, async (page, reload) => {
  const date = await today(page);
  const { verifiedUntil } = engine.rules();
  const notice = `data aturan terakhir diperiksa ${longDate(verifiedUntil)}`;
  const occName = (code) => engine.rules().occupations.find((o) => o.code === code).nameId;

  // Before the first slip: how slips are kept and how to delete them all.
  assert.equal(await page.locator('#ag-list > li').count(), 0);
  const how = await page.locator('#ag-how').innerText();
  assert.match(how, /hanya bila Anda menekan Simpan/);
  assert.match(how, /Hapus semua/);
  // Every control of agent mode at least 44 px tall (a checkbox by its label's row).
  const small = await page.evaluate(() => [...document.querySelectorAll('#agent button, #agent input:not([type=checkbox]), #agent select, #agent .check')]
    .filter((e) => e.offsetParent && e.getBoundingClientRect().height < 44).map((e) => `${e.id || e.className} ${e.getBoundingClientRect().height}`));
  assert.deepEqual(small, []);

  // A fisher earning 60.000 a day: priced as a day, as the engine prices it, not as a month.
  await addSlip(page, { name: HOSTILE, occupation: 'fisher', income: '60.000', per: 'day' });
  const daily = engine.calculate({ asOf: date, segment: 'selfEmployed', occupation: 'fisher', dailyIncome: '60000' });
  const monthly = engine.calculate({ asOf: date, segment: 'selfEmployed', occupation: 'fisher', monthlyIncome: '60000' });
  assert.notEqual(daily.contributions.total.total, monthly.contributions.total.total);
  let slips = await slipTexts(page);
  assert.ok(slips[0].startsWith(`${HOSTILE}: ${rp(daily.contributions.total.total)} sebulan`), slips[0]);
  assert.ok(slips[0].includes(`Rp60.000 sehari (${rp(daily.contributions.income.monthly)} sebulan)`), slips[0]);
  for (const l of daily.contributions.lines) assert.ok(slips[0].includes(`${l.program} ${rp(l.total)}`), slips[0]);
  // Occupation by name, the rules notice, and "not kept".
  assert.ok(slips[0].includes(occName('fisher')) && !slips[0].includes('fisher'), slips[0]);
  assert.ok(slips[0].includes(notice), slips[0]);
  assert.match(slips[0], /Belum disimpan/);

  // The next person starts blank: name, occupation, income, JHT.
  await page.setChecked('#ag-jht', true);
  await page.selectOption('#ag-occ', 'driver');
  await addSlip(page, { name: 'Pak Budi', occupation: 'driver', income: '2.000.000', jht: true });
  assert.deepEqual(await page.evaluate(() => [document.getElementById('ag-name').value, document.getElementById('ag-occ').value,
    document.getElementById('ag-inc').value, document.getElementById('ag-jht').checked]), ['', '', '', false]);
  await addSlip(page, { name: '-1+1', occupation: 'streetVendor', income: '1.500.000' });
  const answers = [
    daily,
    engine.calculate({ asOf: date, segment: 'selfEmployed', occupation: 'driver', monthlyIncome: '2000000', includeJht: true }),
    engine.calculate({ asOf: date, segment: 'selfEmployed', occupation: 'streetVendor', monthlyIncome: '1500000' }),
  ];
  slips = await slipTexts(page);
  assert.equal(slips.length, 3);
  assert.ok(slips[1].startsWith(`Pak Budi: ${rp(answers[1].contributions.total.total)} sebulan`), slips[1]);
  assert.ok(slips.every((s) => s.includes(notice) && /Belum disimpan/.test(s)), slips.join('\n---\n'));
  // Nothing is on the device until a slip is kept.
  assert.equal(await stored(page), null);

  // Keep the first and the third; the second is not kept.
  await page.click('#ag-list > li:nth-child(1) [data-keep]');
  await page.click('#ag-list > li:nth-child(3) [data-keep]');
  assert.deepEqual(await page.locator('#ag-list > li').evaluateAll((ls) => ls.map((l) => l.dataset.kept)), ['true', 'false', 'true']);
  slips = await slipTexts(page);
  assert.match(slips[0], /✓ Disimpan di perangkat ini/);
  assert.match(slips[1], /Belum disimpan/);
  assert.deepEqual((await stored(page)).map((s) => s.name), [HOSTILE, '-1+1']);

  // The WhatsApp text carries every slip, the total and the rules notice.
  await page.click('#ag-wa');
  const wa = await page.inputValue('#ag-text');
  assert.match(wa, /^Perkiraan iuran BPJS Ketenagakerjaan/);
  assert.ok(wa.includes(`1. ${HOSTILE}: ${rp(daily.contributions.total.total)} sebulan`), wa);
  assert.ok(wa.includes(occName('streetVendor')) && !/streetVendor|fisher|driver/.test(wa), wa);
  const sum = answers.reduce((a, r) => a + BigInt(r.contributions.total.total), 0n);
  assert.ok(wa.includes(`Jumlah semua: ${rp(sum)} sebulan`), wa);
  assert.ok(wa.includes(notice), wa);

  // The CSV: made on the device, names not codes, the notice on every row, formulas as text.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#ag-csv')]);
  assert.ok(download.url().startsWith('blob:'));
  const text = readFileSync(await download.path(), 'utf8');
  const rows = parseCsv(text);
  const head = rows[0];
  const col = (n) => head.indexOf(n);
  assert.equal(rows.length, 4);
  // The hostile name is one cell, behind an apostrophe and quoted: a spreadsheet shows it as text.
  assert.ok(text.includes(`\r\n"'=HYPERLINK(""http://x"",""y"")",`), text);
  assert.equal(rows[1][col('Nama')], `'${HOSTILE}`);
  assert.equal(rows[3][col('Nama')], "'-1+1");
  assert.deepEqual(rows.slice(1).map((r) => r[col('Pekerjaan')]), ['fisher', 'driver', 'streetVendor'].map(occName));
  assert.deepEqual(rows.slice(1).map((r) => r[col('Iuran sebulan')]), answers.map((r) => r.contributions.total.total));
  assert.deepEqual(rows.slice(1).map((r) => [r[col('Penghasilan')], r[col('Per')], r[col('Penghasilan sebulan')]]),
    [['60000', 'hari', daily.contributions.income.monthly], ['2000000', 'bulan', '2000000'], ['1500000', 'bulan', '1500000']]);
  assert.deepEqual(rows.slice(1).map((r) => r[col('Disimpan di perangkat')]), ['ya', 'tidak', 'ya']);
  for (const r of rows.slice(1)) {
    assert.equal(r[col('Aturan terakhir diperiksa')], verifiedUntil);
    assert.ok(r[col('Catatan')].includes(notice), r.join('|'));
  }
  for (const line of text.slice(1).split('\r\n')) assert.ok(!/(^|,)[=+\-@\t]/.test(line), line);

  // Reload, still offline: the kept slips are back, marked kept; the other is gone.
  await reload();
  slips = await slipTexts(page);
  assert.equal(slips.length, 2);
  assert.ok(slips[0].startsWith(`${HOSTILE}: `) && slips[1].startsWith('-1+1: '), slips.join('\n---\n'));
  assert.ok(slips.every((s) => /✓ Disimpan di perangkat ini/.test(s) && s.includes(notice)));

  // Deleting one slip deletes it from the device: after a reload it is gone.
  await page.click('#ag-list > li:nth-child(2) [data-delete]');
  assert.equal(await page.locator('#ag-list > li').count(), 1);
  assert.deepEqual((await stored(page)).map((s) => s.name), [HOSTILE]);
  await reload();
  slips = await slipTexts(page);
  assert.equal(slips.length, 1);
  assert.ok(slips[0].startsWith(`${HOSTILE}: `), slips[0]);

  // Delete all: nothing left on the device.
  await page.click('#ag-clear');
  assert.equal(await page.locator('#ag-list > li').count(), 0);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), null);
  await reload();
  assert.equal(await page.locator('#ag-list > li').count(), 0);
}));

test('agent mode refuses a slip with no occupation or no income, saying which, with nothing added', SLOW, async (t) => {
  const srv = await serve(DIST);
  try {
    await withPage(t, browser, srv.url, async ({ page }) => {
      await page.goto(srv.url + 'bulk.html#agent');
      await ready(page);
      await page.fill('#ag-inc', '60.000');
      await page.click('#ag-add');
      assert.match(await page.locator('#ag-error').innerText(), /Pilih pekerjaan/);
      assert.equal(await page.getAttribute('#ag-occ', 'aria-invalid'), 'true');
      await page.selectOption('#ag-occ', 'fisher');
      await page.fill('#ag-inc', '');
      await page.click('#ag-add');
      assert.match(await page.locator('#ag-error').innerText(), /Isi penghasilan/);
      assert.equal(await page.locator('#ag-list > li').count(), 0);
      // English: the same slip in English words.
      await page.click('#lang');
      await page.fill('#ag-inc', '60,000');
      await page.selectOption('#ag-per', 'day');
      await page.click('#ag-add');
      const slip = await page.locator('#ag-list > li').innerText();
      assert.match(slip, /a month/);
      assert.match(slip, /Rp60,000 a day/);
      assert.match(slip, /rules data was last checked on/);
    });
  } finally {
    await srv.close();
  }
});
