// The employer's door, in Debian's Chromium at 360×800: a small shop owner with three workers on
// one wage, an employer whose workers earn different wages, the size of the business asked and
// never assumed, and the share link carrying all of it. Every figure is the engine's own answer
// for one worker (tests/e2e/engine.mjs), multiplied and added here as the page does, in whole
// rupiah with BigInt.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, withPage, ready, serve, DIST, ROOT } from './helpers.mjs';
import { loadEngine, rp } from './engine.mjs';

// The day the employer opens the page (the browser's clock): the rules of that day, folded away.
const DAY = '2026-06-01';
const PHONE = { viewport: { width: 360, height: 800 } };
let srv, browser, engine;

before(async () => {
  engine = await loadEngine();
  srv = await serve(DIST);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await srv?.close();
});

async function open(page, hash = '') {
  await page.clock.setFixedTime(new Date(`${DAY}T08:00:00`));
  await page.goto(srv.url + hash);
  await ready(page);
}
/** The engine's totals for one worker on `wage`. */
const one = (wage, riskGroup, enterpriseSize, lang = 'id') =>
  engine.calculate({ asOf: DAY, segment: 'wageEarner', lang, monthlyWage: wage, riskGroup, enterpriseSize }).contributions.total;
const times = (amount, n) => String(BigInt(amount) * BigInt(n));
const text = (page, sel) => page.locator(sel).first().innerText();

/** Nothing scrolls sideways, and no amount in the headline is split across two lines. */
async function fitsPhone(page) {
  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 360);
  const split = await page.evaluate(() => [...document.querySelectorAll('.headline strong, .headline b')]
    .filter((e) => e.getClientRects().length !== 1 || e.getBoundingClientRect().height > parseFloat(getComputedStyle(e).lineHeight) * 1.5)
    .map((e) => e.textContent));
  assert.deepEqual(split, [], 'amounts split across lines');
}

test('three workers on one wage, a small shop: the employer\'s cost in all and per worker, the payslip deduction, the government apart', async (t) => {
  await withPage(t, browser, srv.url, async ({ page }) => {
    await open(page);
    // The employer finds the door by its name, then types the wage and the number of workers.
    const door = page.locator('label.choice', { has: page.locator('input[value=wageEarner]') });
    assert.match(await door.innerText(), /pemberi kerja/);
    await door.click();
    await page.click('#wage');
    await page.keyboard.type('2500000');
    await page.fill('#n', '3');
    // The risk group by the kind of business: a shop.
    const shop = page.locator('#risk label', { hasText: 'warung kelontong' });
    await shop.click();
    const risk = Number(await shop.locator('input').getAttribute('value'));
    // The size is not chosen yet: no figure, and the page says what is missing in its own words.
    assert.equal(await page.inputValue('#size'), '');
    assert.doesNotMatch(await text(page, '#out'), /Rp\d/);
    assert.match(await text(page, '#out'), /Pilih juga besar usaha/);
    await page.selectOption('#size', 'small');

    const c = one('2500000', risk, 'small');
    // The worked example of the project's analysis (a small shop, Rp2.500.000 a month): the worker
    // pays Rp50.000 and the employer Rp106.000. The engine agrees.
    assert.deepEqual([c.worker, c.employer], ['50000', '106000']);
    await page.locator('[data-testid=deduction]').waitFor();
    assert.equal(await text(page, '[data-testid=employer]'), rp(times(c.employer, 3)));
    const big = await text(page, '.headline .big');
    assert.ok(big.includes(`untuk 3 pekerja (${rp(c.employer)} per pekerja)`), big);
    assert.equal(await text(page, '[data-testid=deduction]'), rp(c.worker));
    assert.match(await text(page, '.headline'), /Dipotong dari gaji tiap pekerja/);
    assert.equal(await text(page, '[data-testid=total]'), rp(times(BigInt(c.employer) + BigInt(c.worker), 3)));
    assert.equal(await text(page, '[data-testid=government]'), `Ditambah ${rp(times(c.government, 3))} dari pemerintah (JKP), bukan bagian tagihan.`);
    // The details below are one worker's, and say so; no "if you die" line for three workers.
    assert.ok((await text(page, '[data-testid=detail-for]')).includes(rp('2500000')));
    assert.equal(await page.locator('[data-testid=protection], [data-testid=protection-pending]').count(), 0);
    // While the form is being filled, the bar at the bottom carries the employer's cost.
    await page.focus('#size');
    await page.waitForTimeout(200);
    assert.ok((await text(page, '#peek')).includes(rp(times(c.employer, 3))));
    await fitsPhone(page);
    const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    assert.deepEqual(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
  }, PHONE);
});

test('a short list of different wages: a line per wage and the totals, each from the engine', async (t) => {
  await withPage(t, browser, srv.url, async ({ page }) => {
    await open(page, '#seg=wageEarner&wage=2500000&n=2&risk=2&size=micro');
    await page.check('#many');
    assert.equal(await page.locator('#wage').isVisible(), false);
    // Written with the Indonesian thousands dot, one per line, or between semicolons or commas.
    const wages = ['2500000', '4750000', '2500000'];
    for (const typed of ['2.500.000\n4.750.000\n2.500.000', '2.500.000; 4.750.000; 2.500.000', 'Rp2.500.000, Rp4.750.000, Rp2.500.000']) {
      await page.fill('#wl', typed);
      await page.locator('[data-testid=wages] li').nth(1).waitFor();
      const a = one('2500000', 2, 'micro');
      const b = one('4750000', 2, 'micro');
      const rows = await page.locator('[data-testid=wages] li').evaluateAll((els) => els.map((e) => [e.dataset.wage, e.innerText]));
      assert.deepEqual(rows.map((r) => r[0]), ['2500000', '4750000'], typed);
      assert.equal(rows[0][1], `2 × upah ${rp('2500000')}: biaya Anda ${rp(a.employer)}, potongan gaji ${rp(a.worker)}, per pekerja`);
      assert.equal(rows[1][1], `1 × upah ${rp('4750000')}: biaya Anda ${rp(b.employer)}, potongan gaji ${rp(b.worker)}, per pekerja`);
      const sum = (k) => wages.reduce((s, w) => s + BigInt(one(w, 2, 'micro')[k]), 0n);
      assert.equal(await text(page, '[data-testid=employer]'), rp(sum('employer')));
      assert.ok((await text(page, '.headline .big')).includes('untuk 3 pekerja'));
      assert.equal(await text(page, '[data-testid=deduction]'), rp(sum('worker')));
      assert.equal(await text(page, '[data-testid=total]'), rp(sum('employer') + sum('worker')));
      const gov = sum('government');
      assert.equal(await page.locator('[data-testid=government]').count(), gov ? 1 : 0);
    }
    assert.match(page.url(), /many=1&wl=2500000-4750000-2500000&/);
    await fitsPhone(page);
    // At 320 px with text at 200%, the lines of the list still reflow without sideways scrolling.
    await page.setViewportSize({ width: 320, height: 640 });
    await page.evaluate(() => new Promise((ok) => { document.documentElement.style.fontSize = '200%'; requestAnimationFrame(() => ok()); }));
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 320);
  }, PHONE);
});

test('the size of the business is asked: no figure and a clear prompt until it is chosen', async (t) => {
  await withPage(t, browser, srv.url, async ({ page }) => {
    await open(page, '#seg=wageEarner&wage=2500000&risk=1');
    assert.equal(await page.inputValue('#size'), '');
    assert.equal(await page.locator('#size option').first().innerText(), '— pilih besar usaha —');
    const out = await text(page, '#out');
    assert.equal(out, 'Pilih juga besar usaha pemberi kerja untuk melihat hasilnya.');
    assert.doesNotMatch(out, /Rp\d/);
    // Beside the field, in the page's words (not the engine's name for the field).
    const beside = await text(page, '#size-err');
    assert.equal(beside, 'Belum dipilih.');
    assert.doesNotMatch(beside + out, /enterpriseSize|`/);
    assert.equal(await page.locator('.headline').count(), 0);
    assert.equal(await page.locator('#share-btn').isVisible(), false);
    // Before the wage too, the answer names the size among what is missing.
    await page.fill('#wage', '');
    assert.equal(await text(page, '#out'), out);
    assert.equal(await page.locator('#size-err').isVisible(), false);
    await page.fill('#wage', '2500000');
    await page.selectOption('#size', 'micro');
    assert.equal(await page.locator('#size-err').isVisible(), false);
    const c = one('2500000', 1, 'micro');
    assert.equal(await text(page, '[data-testid=you-pay]'), rp(c.worker));
    assert.equal(await text(page, '[data-testid=employer]'), rp(c.employer));
    // In English too.
    await page.selectOption('#size', '');
    await page.click('#lang');
    assert.equal(await text(page, '#out'), 'Choose the size of the employer\'s business too, to see the result.');
    assert.equal(await page.locator('#size option').first().innerText(), '— choose the size —');
  }, PHONE);
});

test('share link round trip: the number of workers, the list of wages and the size come back', async (t) => {
  await withPage(t, browser, srv.url, async ({ page, ctx }) => {
    await open(page);
    await page.check('input[name=seg][value=wageEarner]');
    await page.fill('#wage', '3.200.000');
    await page.fill('#n', '4');
    await page.locator('#risk label').nth(2).click();
    await page.selectOption('#size', 'medium');
    await page.locator('[data-testid=deduction]').waitFor();
    await page.waitForTimeout(400);
    const url = page.url();
    assert.ok(/[#&]n=4(&|$)/.test(url) && url.includes('size=medium') && url.includes('wage=3200000'), url);
    const first = await text(page, '#out');
    const other = await ctx.newPage();
    await other.clock.setFixedTime(new Date(`${DAY}T08:00:00`));
    await other.goto(url);
    await ready(other);
    assert.equal(await other.inputValue('#n'), '4');
    assert.equal(await other.inputValue('#size'), 'medium');
    assert.equal(await text(other, '#out'), first);
    const c = one('3200000', 3, 'medium');
    assert.equal(await text(other, '[data-testid=employer]'), rp(times(c.employer, 4)));

    // The list of wages, in English.
    await page.check('#many');
    await page.fill('#wl', '3.200.000\n5.000.000');
    await page.click('#lang');
    await page.locator('[data-testid=wages] li').nth(1).waitFor();
    await page.waitForTimeout(400);
    const url2 = page.url();
    assert.ok(url2.includes('many=1') && url2.includes('wl=3200000-5000000') && url2.includes('lang=en'), url2);
    const list = await text(page, '#out');
    const third = await ctx.newPage();
    await third.clock.setFixedTime(new Date(`${DAY}T08:00:00`));
    await third.goto(url2);
    await ready(third);
    assert.ok(await third.locator('#many').isChecked());
    assert.equal(await third.inputValue('#wl'), '3.200.000\n5.000.000');
    assert.equal(await text(third, '#out'), list);
    const d = one('5000000', 3, 'medium', 'en');
    assert.ok(list.includes(`1 × wage ${rp('5000000', 'en')}: your cost ${rp(d.employer, 'en')}, pay deduction ${rp(d.worker, 'en')}, per worker`), list);
  }, PHONE);
});

test('a number of workers that is not a whole number of at least one is said beside its field', async (t) => {
  await withPage(t, browser, srv.url, async ({ page }) => {
    await open(page, '#seg=wageEarner&wage=2500000&risk=1&size=small');
    await page.fill('#n', '0');
    assert.equal(await text(page, '#n-err'), 'Isi angka bulat, paling sedikit 1.');
    assert.equal(await page.getAttribute('#n', 'aria-invalid'), 'true');
    assert.doesNotMatch(await text(page, '#out'), /Rp\d/);
    await page.fill('#n', '2');
    assert.equal(await page.locator('#n-err').isVisible(), false);
    assert.equal(await text(page, '[data-testid=employer]'), rp(times(one('2500000', 1, 'small').employer, 2)));
  }, PHONE);
});

/** Rupiah as the page writes it, with sen when there are any (the engine's decimal string). */
const money = (s, locale = 'id-ID') => {
  const [, f = ''] = String(s).split('.');
  return rp(s, locale) + (/[1-9]/.test(f) ? (locale === 'id-ID' ? ',' : '.') + f.padEnd(2, '0') : '');
};
const sumOf = (wages, k, risk, size) => wages.reduce((s, w) => s + BigInt(one(w, risk, size)[k]), 0n);

test('an amount with sen or thousands separators is read as written, never as more digits', async (t) => {
  await withPage(t, browser, srv.url, async ({ page }) => {
    await open(page, '#seg=wageEarner&risk=1&size=small');
    // A list: the sen after the comma are sen, not two more workers or more digits.
    await page.check('#many');
    await page.fill('#wl', '2.500.000,50\n3.000.000');
    await page.locator('[data-testid=wages] li').nth(1).waitFor();
    assert.equal(await text(page, '#wl-count'), '2 upah terbaca');
    const rows = await page.locator('[data-testid=wages] li').evaluateAll((els) => els.map((e) => e.dataset.wage));
    assert.deepEqual(rows, ['2500000.50', '3000000']);
    assert.ok((await text(page, '.headline .big')).includes('untuk 2 pekerja'));
    assert.ok((await text(page, '[data-testid=wages]')).includes('upah Rp2.500.000,50'));
    assert.equal(await text(page, '[data-testid=employer]'), money(sumOf(['2500000.50', '3000000'], 'employer', 1, 'small')));

    // One wage, in the ways people write it: the same wage as the engine reads it.
    await page.uncheck('#many');
    for (const [typed, wage, shown] of [['2.500.000,00', '2500000', '2.500.000'], ['2500000.50', '2500000.50', '2.500.000,50'], ['2,500,000.00', '2500000', '2.500.000'], ['Rp 3.000.000', '3000000', '3.000.000']]) {
      await page.fill('#wage', typed);
      const c = one(wage, 1, 'small');
      assert.equal(await text(page, '[data-testid=you-pay]'), money(c.worker), typed);
      assert.equal(await text(page, '[data-testid=employer]'), money(c.employer), typed);
      assert.equal(await page.locator('#wage-err').isVisible(), false, typed);
      await page.waitForTimeout(350);
      assert.ok(page.url().includes(`wage=${wage}&`), page.url());
      await page.focus('#n'); // leaving the field writes the amount the page's way
      assert.equal(await page.inputValue('#wage'), shown, typed);
    }
    // What cannot be read for sure is said beside the field, and no figure is shown.
    // "2,5" is 2,5 juta written short, not Rp2,50.
    for (const typed of ['2.500,000', '12.3456', '2,5 juta', '2,5', '150.5']) {
      await page.fill('#wage', typed);
      assert.equal(await text(page, '#wage-err'), 'Tidak terbaca sebagai jumlah rupiah. Tulis seperti 2.500.000 (dengan sen: 2.500.000,50).', typed);
      assert.equal(await page.getAttribute('#wage', 'aria-invalid'), 'true');
      assert.doesNotMatch(await text(page, '#out'), /Rp\d/, typed);
    }

    // The self-employed income field reads amounts the same way.
    await page.check('input[name=seg][value=selfEmployed]');
    await page.fill('#inc', '2.500.000,00');
    const want = engine.calculate({ asOf: DAY, segment: 'selfEmployed', lang: 'id', monthlyIncome: '2500000' }).contributions.total;
    assert.equal(await text(page, '[data-testid=you-pay]'), money(want.worker));
    // The wage field's error belongs to the door not in use: not said here.
    assert.equal(await page.locator('#wage-err').isVisible(), false);
  }, PHONE);
});

test('a list line that is not an amount is said with its line, and no figure stands while it does', async (t) => {
  await withPage(t, browser, srv.url, async ({ page }) => {
    await open(page, '#seg=wageEarner&risk=1&size=small&many=1&wl=2500000');
    // No numeric pad: the list needs a return key, semicolons and commas.
    assert.equal(await page.getAttribute('#wl', 'inputmode'), null);
    const bad = (n, x) => `baris ${n}: "${x}" bukan jumlah rupiah. Tulis seperti 2.500.000, satu upah per baris.`;
    for (const [typed, err, read] of [
      ['2,5 juta\n3 juta', bad(1, '2,5'), 1],
      ['2.500.000\n2,5', bad(2, '2,5'), 1],
      ['2500000\nabc\n3000000', bad(2, 'abc'), 2],
      ['2500000/3000000', bad(1, '2500000/3000000'), 0],
      ['2.500.000\n2500000 - 3000000', bad(2, '-'), 3],
      ['2.500.000\n3.000.000-4.000.000', bad(2, '3.000.000-4.000.000'), 1],
    ]) {
      await page.fill('#wl', typed);
      assert.equal(await text(page, '#wl-err'), err, typed);
      assert.equal(await page.getAttribute('#wl', 'aria-invalid'), 'true');
      assert.doesNotMatch(await text(page, '#out'), /Rp\d/, typed);
      assert.equal(await page.locator('[data-testid=wages]').count(), 0);
      // No count while a line cannot be read: "2 upah terbaca" beside an error would say the
      // list was understood.
      assert.equal(await text(page, '#wl-count'), '', `${typed} (${read} amounts among the tokens)`);
    }
    // Put right: the count of wages read, and the answer.
    await page.fill('#wl', '2500000\n3000000\n3000000');
    assert.equal(await page.locator('#wl-err').isVisible(), false);
    assert.equal(await text(page, '#wl-count'), '3 upah terbaca');
    assert.ok((await text(page, '.headline .big')).includes('untuk 3 pekerja'));
    assert.equal(await text(page, '[data-testid=employer]'), rp(sumOf(['2500000', '3000000', '3000000'], 'employer', 1, 'small')));
    // A wage the engine refuses names its line too.
    await page.fill('#wl', '2500000\n0');
    assert.match(await text(page, '#wl-err'), /^baris 2: /);
    assert.equal(await page.locator('.headline').count(), 0);
    await page.fill('#wl', '0\n2500000');
    assert.match(await text(page, '#wl-err'), /^baris 1: /);
    // In English.
    await page.click('#lang');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.fill('#wl', '2500000\nabc');
    assert.equal(await text(page, '#wl-err'), 'line 2: "abc" is not an amount in rupiah. Write it like 2,500,000, one wage per line.');
    assert.equal(await text(page, '#wl-count'), '');
    await page.fill('#wl', '2500000\n3000000');
    assert.equal(await text(page, '#wl-count'), 'Wages read: 2');
  }, PHONE);
});

test('a list of wages is checked against the province\'s minimum, not the hidden single wage', async (t) => {
  await withPage(t, browser, srv.url, async ({ page }) => {
    // The province's minimum from the page's data (not a rule of the engine).
    const ump = JSON.parse(readFileSync(join(ROOT, 'www', 'data', 'ump.json'), 'utf8'));
    const prov = ump.provinces.find((p) => p[DAY.slice(0, 4)]);
    const min = BigInt(prov[DAY.slice(0, 4)].amount.split('.')[0]);
    const wages = [min / 2n, min - 1n, min + 1000000n].map(String);
    const below = wages.filter((w) => BigInt(w) < min).length;
    await open(page, `#seg=wageEarner&risk=1&size=small&wage=${min + 1000000n}&prov=${encodeURIComponent(prov.name)}`);
    await page.locator('#use-ump').waitFor();
    await page.check('#many');
    await page.fill('#wl', wages.join('\n'));
    await page.locator('[data-testid=wages] li').nth(2).waitFor();
    assert.ok((await text(page, '#ump')).includes(`${below} upah di bawah UMP`), await text(page, '#ump'));
    assert.equal(await page.locator('#use-ump').isVisible(), false);
    // All at or above it: no warning.
    await page.fill('#wl', String(min + 1000000n));
    assert.doesNotMatch(await text(page, '#ump'), /di bawah UMP/);
    // No province: nothing said about the minimum.
    await page.fill('#wl', wages.join('\n'));
    await page.selectOption('#prov', '');
    assert.equal(await text(page, '#ump'), '');
    assert.equal(await page.locator('#use-ump').isVisible(), false);
  }, PHONE);
});

test('following another link in an open tab starts from the defaults, not the previous link', async (t) => {
  await withPage(t, browser, srv.url, async ({ page }) => {
    await open(page, '#seg=wageEarner&wage=2500000&n=7&risk=1&size=small');
    await page.locator('[data-testid=deduction]').waitFor();
    await page.evaluate(() => { location.hash = '#seg=wageEarner&wage=3000000&risk=1&size=small'; });
    await page.waitForFunction(() => document.getElementById('wage').value === '3.000.000');
    assert.equal(await page.inputValue('#n'), '1');
    const c = one('3000000', 1, 'small');
    assert.equal(await text(page, '[data-testid=you-pay]'), rp(c.worker));
    assert.equal(await text(page, '[data-testid=employer]'), rp(c.employer));
    assert.doesNotMatch(await text(page, '.headline .big'), /untuk \d/);
    await page.waitForTimeout(400);
    assert.doesNotMatch(page.url(), /[#&]n=7/);
    // A list, then a link with one wage: the list is gone.
    await page.evaluate(() => { location.hash = '#seg=wageEarner&many=1&wl=2500000-3000000&risk=1&size=small'; });
    await page.locator('[data-testid=wages] li').nth(1).waitFor();
    await page.evaluate(() => { location.hash = '#seg=wageEarner&wage=3000000&risk=1&size=small'; });
    await page.waitForFunction(() => !document.getElementById('many').checked);
    assert.equal(await page.inputValue('#wl'), '');
    assert.equal(await text(page, '[data-testid=employer]'), rp(c.employer));
  }, PHONE);
});

test('the number of workers: at most the bulk reader\'s range, and written with the page\'s number format', async (t) => {
  await withPage(t, browser, srv.url, async ({ page }) => {
    await open(page, '#seg=wageEarner&wage=2500000&risk=1&size=small');
    const c = one('2500000', 1, 'small');
    for (const n of ['99999999999999999999', '1000001']) {
      await page.fill('#n', n);
      assert.equal(await text(page, '#n-err'), 'Paling banyak 1.000.000 pekerja; untuk lebih, pakai halaman "Banyak pekerja sekaligus".');
      assert.equal(await page.getAttribute('#n', 'aria-invalid'), 'true');
      assert.doesNotMatch(await text(page, '#out'), /Rp\d/);
    }
    await page.fill('#n', '1000000');
    assert.equal(await page.locator('#n-err').isVisible(), false);
    assert.ok((await text(page, '.headline .big')).includes('untuk 1.000.000 pekerja'));
    assert.equal(await text(page, '[data-testid=employer]'), rp(times(c.employer, 1000000)));
    await fitsPhone(page);
    await page.click('#lang');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.ok((await text(page, '.headline .big')).includes('for 1,000,000 workers'));
    await fitsPhone(page);
  }, PHONE);
});

test('a partner hears how many workers and what all of them cost, again when the number changes', async (t) => {
    await withPage(t, browser, srv.url, async ({ page }) => {
      // A host page of the calculator's own origin, without the calculator's CSP (which frames nothing).
      await page.route(`${srv.url}host.html`, (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="en"><title>Host</title></html>' }));
      await page.goto(`${srv.url}host.html`);
      const origin = new URL(srv.url).origin;
      await page.evaluate(({ src }) => {
        window.results = [];
        window.addEventListener('message', (e) => { if (e.data?.type === 'bpjstk:result') window.results.push(e.data.detail); });
        const f = document.createElement('iframe');
        f.src = src;
        f.style.width = '360px';
        document.body.append(f);
      }, { src: `${srv.url}?embed=1&parent=${encodeURIComponent(origin)}#seg=wageEarner&wage=2500000&n=3&risk=1&size=small&date=${DAY}` });
      const frame = page.frameLocator('iframe');
      await frame.locator('[data-testid=deduction]').waitFor();
      const c = one('2500000', 1, 'small');
      const heard = (n) => page.waitForFunction((n) => window.results.find((r) => r.workers === n), n).then((h) => h.jsonValue());
      const three = await heard(3);
      assert.deepEqual([three.allWorkers.employer, three.allWorkers.worker], [times(c.employer, 3), times(c.worker, 3)]);
      await frame.locator('#n').fill('5');
      const five = await heard(5);
      assert.deepEqual([five.allWorkers.employer, five.allWorkers.worker], [times(c.employer, 5), times(c.worker, 5)]);
    }, PHONE);
  });
