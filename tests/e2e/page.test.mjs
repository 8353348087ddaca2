// The calculator page in Debian's Chromium: each segment from form to result, the language
// switch, the share link, the print slip, keyboard use, narrow screens and large text, and an
// axe-core scan. Every test also fails on a request to another origin or a console error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, withPage, ready, settled, serve, DIST, ROOT } from './helpers.mjs';
import { loadEngine, rp } from './engine.mjs';

const DATE = '2026-06-01';
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
  await page.goto(srv.url + hash);
  await ready(page);
}
const text = (page, sel) => page.locator(sel).first().innerText();
const content = (page, sel) => page.locator(sel).first().textContent();
/** The date of the rules sits in a fold under the form ("Tanggal aturan dan lainnya"). */
async function setDate(page, date) {
  if ((await page.locator('#more-fold').getAttribute('open')) == null) await page.click('#more-fold > summary');
  await page.fill('#date', date);
}
/** Opens every fold of the answer (the details under the headline), as a reader would. */
async function openFolds(page) {
  await settled(page);
  await page.locator('#folds > details.fold').first().waitFor();
  const closed = page.locator('#folds > details.fold:not([open]) > summary');
  while (await closed.count()) await closed.first().click();
}

test('informal worker: occupation, daily income, JHT → monthly and daily cost, relief end and cost after it', async (t) => {
  await withPage(t, browser, srv.url, async ({ page, rec }) => {
    await open(page);
    // The informal worker comes first and is preselected.
    assert.equal(await page.locator('input[name=seg]').first().getAttribute('value'), 'selfEmployed');
    assert.ok(await page.locator('input[name=seg][value=selfEmployed]').isChecked());
    // Once loaded (and the offline copy stored), nothing more is fetched.
    await page.locator('#status[data-state=ready]').waitFor({ timeout: 120000 });
    const before = rec.requests.length;
    await setDate(page, DATE);
    await page.selectOption('#occ', 'fisher');
    await page.selectOption('#per', 'day');
    await page.fill('#inc', '100000');
    await page.check('#jht');
    const want = engine.calculate({ asOf: DATE, segment: 'selfEmployed', lang: 'id', occupation: 'fisher', dailyIncome: '100000', includeJht: true });
    assert.equal(await text(page, '[data-testid=you-pay]'), rp(want.contributions.total.worker));
    // On a phone the headline stays in sight at the bottom while the form is filled.
    assert.ok((await text(page, '#peek')).includes(rp(want.contributions.total.worker)));
    assert.match(await text(page, '[data-testid=per-day]'), new RegExp(rp(want.contributions.perDay.worker).replace('.', '\\.')));
    // The engine's own explanation of the daily → monthly assumption is on the page.
    await openFolds(page);
    assert.ok((await text(page, '#result')).includes(want.contributions.income.explanation));
    // The relief and its end date, and the cost after it as the engine computes it for then.
    await openFolds(page);
    const relief = want.contributions.lines.find((l) => l.relief).relief;
    const end = new Date(relief.until + 'T00:00:00Z');
    const endText = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone: 'UTC' }).format(end);
    const box = await text(page, '[data-testid=relief]');
    assert.ok(box.includes(relief.instrument) && box.includes(endText), box);
    const next = new Date(end.getTime() + 86400000).toISOString().slice(0, 10);
    const later = engine.calculate({ asOf: next, segment: 'selfEmployed', lang: 'id', occupation: 'fisher', dailyIncome: '100000', includeJht: true });
    assert.ok((await text(page, '[data-testid=after-relief]')).includes(rp(later.contributions.total.worker)));
    // Programs that do not apply, with the engine's reason.
    for (const x of want.contributions.notIncluded) assert.ok((await text(page, '#result')).includes(x.message));
    // Unverified sources are marked as such beside the figure.
    assert.ok((await text(page, '#result')).includes('belum terverifikasi'));
    // Each line opens to its arithmetic.
    const jkk = page.locator('details.line[data-program=JKK]');
    await jkk.locator('summary').click();
    assert.ok((await jkk.innerText()).includes(want.contributions.lines.find((l) => l.program === 'JKK').explanation));
    // Computing sends nothing anywhere: no request at all while typing.
    assert.deepEqual(rec.requests.slice(before), []);
  });
});

test('wage earner: wage, risk group by example, enterprise size → shares of worker, employer, government', async (t) => {
  await withPage(t, browser, srv.url, async ({ page }) => {
    await open(page);
    await page.check('input[name=seg][value=wageEarner]');
    await setDate(page, DATE);
    await page.fill('#wage', '5.000.000');
    // Risk groups come with example businesses, not only a number.
    const risk2 = page.locator('#risk label').nth(1);
    assert.match(await risk2.innerText(), /rumah makan/);
    await risk2.click();
    await page.selectOption('#size', 'micro');
    const want = engine.calculate({ asOf: DATE, segment: 'wageEarner', lang: 'id', monthlyWage: '5000000', riskGroup: 2, enterpriseSize: 'micro' });
    assert.equal(await text(page, '[data-testid=you-pay]'), rp(want.contributions.total.worker));
    // The bill is the employer's and the workers' shares; the government's is shown apart.
    const t = want.contributions.total;
    assert.equal(await text(page, '[data-testid=total]'), rp(String(BigInt(t.employer) + BigInt(t.worker))));
    assert.equal(await text(page, '[data-testid=government]'), `Ditambah ${rp(t.government)} dari pemerintah (JKP), bukan bagian tagihan.`);
    await openFolds(page);
    const who = await text(page, 'table.who');
    assert.ok(who.includes('Pemberi kerja') && who.includes(rp(want.contributions.total.employer)), who);
    const jp = want.contributions.notIncluded.find((x) => x.program === 'JP');
    assert.ok((await text(page, '#result')).includes(jp.message));
    assert.equal(await page.locator('details.line').count(), want.contributions.lines.length);
  });
});

test('wage earner: the provincial minimum wage from the page data, a note below it, one tap to use it', async (t) => {
  const ump = JSON.parse(readFileSync(join(ROOT, 'www', 'data', 'ump.json'), 'utf8'));
  const banten = ump.provinces.find((p) => p.name === 'Banten')['2026'];
  await withPage(t, browser, srv.url, async ({ page }) => {
    await open(page, `#seg=wageEarner&wage=2500000&risk=1&size=small&date=${DATE}`);
    await page.selectOption('#prov', 'Banten');
    const note = await text(page, '#ump');
    assert.ok(note.includes(rp(banten.amount)) && note.includes(banten.decree), note);
    assert.match(note, /di bawah UMP/);
    await page.click('#use-ump');
    // Banten's decree has sen (Rp3.100.881,40): the wage becomes the next whole rupiah.
    const whole = String(BigInt(banten.amount.split('.')[0]) + (/\.\d*[1-9]/.test(banten.amount) ? 1n : 0n));
    assert.equal(await page.inputValue('#wage'), new Intl.NumberFormat('id-ID').format(BigInt(whole)));
    assert.doesNotMatch(await text(page, '#ump'), /di bawah UMP/);
    const want = engine.calculate({ asOf: DATE, segment: 'wageEarner', lang: 'id', monthlyWage: whole, riskGroup: 1, enterpriseSize: 'small' });
    const t = want.contributions.total;
    assert.equal(await text(page, '[data-testid=total]'), rp(String(BigInt(t.employer) + BigInt(t.worker))));
  });
});

test('construction project: contract value → one-off contributions by tier', async (t) => {
  await withPage(t, browser, srv.url, async ({ page }) => {
    await open(page);
    await page.check('input[name=seg][value=construction]');
    await setDate(page, DATE);
    await page.fill('#cv', '250000000');
    const want = engine.calculate({ asOf: DATE, segment: 'construction', lang: 'id', contractValue: '250000000' });
    assert.equal(await text(page, '[data-testid=total]'), rp(want.contributions.total.total));
    assert.match(await text(page, '.headline'), /sekali/);
    // Each program's arithmetic, in its fold.
    await openFolds(page);
    assert.ok((await content(page, '#result')).includes(want.contributions.lines[0].explanation));
    // The birth date does not apply to a project and is not asked.
    assert.equal(await page.locator('#birth').isVisible(), false);
  });
});

test('migrant worker: contract length and extra months → packages paid once', async (t) => {
  await withPage(t, browser, srv.url, async ({ page }) => {
    await open(page);
    await page.check('input[name=seg][value=migrant]');
    await setDate(page, DATE);
    await page.check('input[name=months][value="12"]');
    await page.fill('#ext', '3');
    const want = engine.calculate({ asOf: DATE, segment: 'migrant', lang: 'id', contractMonths: 12, extensionMonths: 3 });
    assert.equal(await text(page, '[data-testid=you-pay]'), rp(want.contributions.total.worker));
    await openFolds(page);
    assert.equal(await page.locator('details.line').count(), want.contributions.lines.length);
  });
});

test('an answer the engine refuses is shown beside the field it concerns', async (t) => {
  await withPage(t, browser, srv.url, async ({ page }) => {
    await open(page, `#seg=selfEmployed&inc=2000000&date=2010-01-01`);
    const err = page.locator('#date-err');
    await err.waitFor();
    assert.match(await err.innerText(), /2015/);
    assert.equal(await page.getAttribute('#date', 'aria-invalid'), 'true');
    await setDate(page, DATE);
    assert.equal(await err.isVisible(), false);
    assert.equal(await page.getAttribute('#date', 'aria-invalid'), null);
  });
});

test('language switch: every text and the engine explanations in English, and back', async (t) => {
  await withPage(t, browser, srv.url, async ({ page }) => {
    await open(page, `#seg=wageEarner&wage=5000000&risk=1&size=large&date=${DATE}`);
    assert.equal(await page.getAttribute('html', 'lang'), 'id');
    await page.click('#lang');
    // The English texts may still be loading: the switch is done once the page says it is.
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.match(await text(page, 'h1'), /Contribution Calculator/);
    assert.match(page.url(), /lang=en/);
    const want = engine.calculate({ asOf: DATE, segment: 'wageEarner', lang: 'en', monthlyWage: '5000000', riskGroup: 1, enterpriseSize: 'large' });
    await openFolds(page);
    const out = await content(page, '#result');
    assert.ok(out.includes(want.contributions.lines[0].explanation), 'the engine speaks English too');
    assert.ok(out.includes(rp(want.contributions.total.total, 'en')));
    // No Indonesian UI string is left behind in the English page.
    const ui = await page.evaluate(() => [...document.querySelectorAll('[data-t]')].map((e) => e.textContent).join('\n'));
    for (const word of ['Siapa Anda', 'Hasil', 'Salin', 'Pemberi kerja', 'sebulan']) assert.ok(!ui.includes(word), word);
    await page.click('#lang');
    await page.waitForFunction(() => document.documentElement.lang === 'id');
    assert.match(await text(page, 'h1'), /Kalkulator Iuran/);
  });
});

test('share link round trip: the fragment reopens the same estimate in a new tab', async (t) => {
  await withPage(t, browser, srv.url, async ({ page, ctx }) => {
    await open(page);
    await setDate(page, DATE);
    await page.selectOption('#occ', 'driver');
    await page.selectOption('#per', 'week');
    await page.fill('#inc', '750000');
    await page.click('#lang');
    const url = page.url();
    assert.ok(url.includes('#') && url.includes('inc=750000') && url.includes('occ=driver'), url);
    const first = await text(page, '#out');
    const other = await ctx.newPage();
    await other.goto(url);
    await ready(other);
    assert.equal(await other.inputValue('#occ'), 'driver');
    assert.equal(await other.inputValue('#per'), 'week');
    assert.equal(await other.getAttribute('html', 'lang'), 'en');
    assert.equal(await text(other, '#out'), first);
    // "Copy as text" is short enough for a chat message and carries the link.
    await page.click('#share > summary');
    await page.click('#copy-text');
    const msg = await page.locator('#text-out').textContent();
    assert.ok(msg.length < 700 && msg.includes(url), msg);
  });
});

test('print slip: one A4 page with the entries, the result and the link, without the form', async (t) => {
  await withPage(t, browser, srv.url, async ({ page }) => {
    // The longest slip: a wage earner in all five programs.
    await open(page, `#seg=wageEarner&wage=1500000&risk=3&size=large&birth=1980-01-01&date=${DATE}`);
    // What printing does first (window.print(), Ctrl+P): the slip and the folded details are built.
    await settled(page);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('#form').isVisible(), false);
    assert.equal(await page.locator('#share').isVisible(), false);
    const slip = await text(page, '#slip-head');
    assert.match(slip, /Slip perkiraan/);
    assert.ok(slip.includes('Rp1.500.000') && slip.includes('#seg=wageEarner'), slip);
    // The arithmetic of each program is printed, though the lines are folded on screen.
    assert.ok(await page.locator('details.line[data-program=JP] .expl').isVisible());
    assert.ok(await page.locator('[data-testid=you-pay]').isVisible());
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert.equal(pages, 1, `the slip takes ${pages} pages`);
  });
});

test('axe-core finds no WCAG 2.1 A/AA violation, in both languages, with a result open', async (t) => {
  await withPage(t, browser, srv.url, async ({ page }) => {
    for (const hash of ['', `#seg=selfEmployed&occ=fisher&inc=100000&per=day&jht=1&date=${DATE}`, `#seg=wageEarner&wage=5000000&risk=3&size=medium&date=${DATE}&lang=en`]) {
      await open(page, hash);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      await settled(page);
      const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      assert.deepEqual(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), [], hash);
    }
  });
});

test('keyboard only: choose a segment and fill the form without a mouse', async (t) => {
  await withPage(t, browser, srv.url, async ({ page }) => {
    await open(page, `#date=${DATE}`);
    await page.focus('input[name=seg][value=selfEmployed]');
    await page.keyboard.press('ArrowDown');
    assert.ok(await page.locator('input[name=seg][value=wageEarner]').isChecked());
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'wage');
    await page.keyboard.type('4000000');
    // The number of workers (one), the choice of different wages, the province: passed by.
    for (const id of ['n', 'many', 'prov']) {
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.id), id);
    }
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    // The size of the business is asked, never assumed: no figure until it is chosen.
    assert.equal(await page.locator('[data-testid=total]').count(), 0);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'size');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.inputValue('#size'), 'micro');
    assert.ok(await page.locator('[data-testid=total]').isVisible());
  });
});

test('usable at 320 px wide and with text at 200%: nothing scrolls sideways', async (t) => {
  await withPage(t, browser, srv.url, async ({ page }) => {
    await open(page, `#seg=wageEarner&wage=123456789&risk=5&size=large&birth=1990-01-01&date=${DATE}`);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    await settled(page);
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 320);
    await page.evaluate(() => new Promise((ok) => { document.documentElement.style.fontSize = '200%'; requestAnimationFrame(() => ok()); }));
    const [w, wide] = await page.evaluate(() => [document.documentElement.scrollWidth,
      [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > 321).slice(0, 5).map((e) => `${e.tagName}#${e.id}.${e.className}`)]);
    assert.ok(w <= 320, `page is ${w}px wide at 200% text: ${wide.join(', ')}`);
  }, { viewport: { width: 320, height: 640 } });
});

test('embed option programs=JKK,JKM: only those programs are detailed, the total is still the whole bill', async (t) => {
  await withPage(t, browser, srv.url, async ({ page }) => {
    await page.goto(srv.url + '?embed=1&segment=wageEarner&programs=JKK,JKM,nonsense');
    await ready(page);
    await setDate(page, DATE);
    await page.fill('#wage', '5.000.000');
    await page.locator('#risk label').first().click();
    await page.selectOption('#size', 'large');
    const want = engine.calculate({ asOf: DATE, segment: 'wageEarner', lang: 'id', monthlyWage: '5000000', riskGroup: 1, enterpriseSize: 'large' });
    await page.locator('#fold-programs').waitFor({ timeout: 60000 });
    await openFolds(page);
    await page.locator('[data-testid=some-programs]').waitFor();
    const cards = await page.locator('details.line').evaluateAll((els) => els.map((e) => e.dataset.program));
    assert.deepEqual(cards, ['JKK', 'JKM']);
    // The whole bill (employer and worker, every program); the government's share apart.
    const tot = want.contributions.total;
    assert.equal(await text(page, '[data-testid=total]'), rp(String(BigInt(tot.employer) + BigInt(tot.worker))));
  });
});
