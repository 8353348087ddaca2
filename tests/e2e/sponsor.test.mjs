// The sponsor budget of the bulk page (issue 17, "village and other sponsors") in Debian's
// Chromium at 360 px: reachable at bulk.html#sponsor, the village secretary's budget against the
// engine's answer (total, programs, periods, what the families get), the village-fund question,
// dates and amounts as people write them, no sideways scrolling at 320 and 360 px, the print
// for the budget meeting (one A4 page) and the CSV download against the engine's totals.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, withPage, ready, serve, parseCsv, DIST } from './helpers.mjs';
import { loadEngine, rp } from './engine.mjs';

const SLOW = { timeout: 120_000 };
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

async function open(page, hash = '#sponsor') {
  await page.goto(srv.url + 'bulk.html' + hash);
  await ready(page);
  await page.locator('#status[data-state=ready]').waitFor();
}

/** Fills the budget form: payer, first month ("2027-01"), months, groups; then computes. */
async function budget(page, { payer, month, months, groups }) {
  if (payer) await page.check(`input[name=sp-payer][value=${payer}]`);
  const [y, m] = month.split('-');
  await page.selectOption('#sp-year', y);
  await page.selectOption('#sp-month', m);
  await page.fill('#sp-months', String(months));
  for (let i = 0; i < groups.length; i++) {
    if (i >= (await page.locator('#sp-groups > fieldset').count())) await page.click('#sp-add');
    const g = groups[i];
    const fs = page.locator('#sp-groups > fieldset').nth(i);
    await fs.locator('[data-k=count]').fill(String(g.count));
    await fs.locator('[data-k=income]').fill(g.income);
    await fs.locator('[data-k=per]').selectOption(g.per || 'month');
    await fs.locator('[data-k=occupation]').selectOption(g.occupation);
    await fs.locator('[data-k=includeJht]').setChecked(!!g.includeJht);
  }
  await page.click('#sp-go');
}

/** The engine's request for the same budget. */
function request({ payer, month, months, groups }, lang = 'id', publicBudget = payer !== 'other') {
  return {
    asOf: `${month}-01`, segment: 'selfEmployed', lang, publicBudget,
    sponsor: {
      months,
      groups: groups.map((g) => ({
        count: g.count, [{ day: 'dailyIncome', week: 'weeklyIncome', month: 'monthlyIncome' }[g.per || 'month']]: g.income.replace(/\./g, ''),
        occupation: g.occupation, includeJht: !!g.includeJht,
      })),
    },
  };
}

/** "Rp42 juta", as the page writes a large amount in words (rounded down). */
const juta = (s, locale = 'id-ID') => 'Rp' + new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1, roundingMode: 'trunc' }).format(BigInt(s));
const monthWords = (ym, locale = 'id-ID') => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${ym}-01T00:00:00Z`));

/** The page's table with this caption, as [row header, cells…] rows (tbody, then tfoot). */
const tableRows = (page, caption) => page.evaluate((c) => {
  const t = [...document.querySelectorAll('#sp-out table')].find((x) => x.caption?.textContent === c);
  return t ? [...t.tBodies[0].rows, ...(t.tFoot?.rows || [])].map((r) => [...r.cells].map((x) => x.textContent)) : null;
}, caption);

/** Nothing scrolls sideways, and no amount is broken over two lines. */
async function readable(page, width) {
  await page.setViewportSize({ width, height: 780 });
  const r = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    split: [...document.querySelectorAll('#sp-out .amt')].filter((e) => e.getClientRects().length > 1).map((e) => e.textContent),
    amounts: document.querySelectorAll('#sp-out .amt').length,
  }));
  assert.ok(r.scroll <= width, `the page scrolls sideways at ${width} px (${r.scroll})`);
  assert.deepEqual(r.split, [], `amounts split over two lines at ${width} px`);
  assert.ok(r.amounts > 10, `${r.amounts} amounts`);
}


// The village secretary of issue 17: 200 farmers for 12 months from January 2027, paid from the
// village fund, and a second group of fishers who give their income per day.
const VILLAGE = {
  payer: 'village', month: '2027-01', months: 12,
  groups: [{ count: 200, income: '1.000.000', occupation: 'farmer' }, { count: 30, income: '60.000', per: 'day', occupation: 'fisher', includeJht: true }],
};

test('bulk.html#sponsor opens at the budget, its heading focused, on the first screen at 360 px', SLOW, async (t) => {
  await withPage(t, browser, srv.url, async ({ page }) => {
    await open(page);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'sp-h');
    const box = await page.locator('#sp-h').boundingBox();
    assert.ok(box.y >= 0 && box.y < 100, `the heading is at ${box.y} px`);
    assert.ok(await page.locator('input[name=sp-payer]').first().isVisible());
    // And in English, from the same link with lang=en.
    await open(page, '#sponsor&lang=en');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'sp-h');
    // From the page's own links too.
    await page.click('.jump a[href="#agent"]');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'ag-h');
  });
});

test('a village budget: the engine total, lines per program and period, what the families get, in words and months', SLOW, async (t) => {
  await withPage(t, browser, srv.url, async ({ page }) => {
    await open(page);
    // Who pays is asked, never guessed: without it, no budget.
    await page.click('#sp-go');
    assert.match(await page.locator('#sp-payer-err').innerText(), /Pilih siapa yang membayar/);
    assert.equal(await page.locator('#sp-total').count(), 0);

    await budget(page, VILLAGE);
    const want = engine.calculate(request(VILLAGE));
    const s = want.sponsor;
    assert.equal(await page.locator('#sp-total').innerText(), rp(s.total));
    // Dates as people write them: "Januari 2027 – Desember 2027", never 2027-01.
    const out = await page.locator('#sp-out').innerText();
    assert.ok(!/\d{4}-\d{2}/.test(out), 'an ISO date on the page');
    assert.ok((await page.locator('#sp-period').innerText()).includes(`${monthWords(s.firstMonth)} – ${monthWords(s.lastMonth)}`));
    // By program, over all the months: the engine's programs and total.
    assert.deepEqual(await tableRows(page, 'Per program, seluruh masa'), [...s.programs.map((p) => [p.program, rp(p.total)]), ['Total', rp(s.total)]]);
    // Each group: its periods with their lines, and its programs with the group's subtotal.
    for (const [i, g] of s.groups.entries()) {
      assert.deepEqual(await tableRows(page, `Kelompok ${i + 1} per program`),
        [...g.lines.map((l) => [`${l.program}${rp(l.perWorker)} per pekerja`, rp(l.subtotal)]), [`Jumlah${rp(g.perWorker)} per pekerja`, rp(g.subtotal)]]);
      const periods = await page.locator(`.sp-group[data-group="${i + 1}"] .periods li`).allInnerTexts();
      assert.equal(periods.length, g.periods.length);
      g.periods.forEach((p, k) => {
        assert.ok(periods[k].startsWith(`${monthWords(p.from)} – ${monthWords(p.until)}`), periods[k]);
        assert.ok(periods[k].includes(`${rp(p.monthly)} per pekerja sebulan`), periods[k]);
        for (const l of p.lines) assert.ok(periods[k].includes(`${l.program} ${rp(l.monthly)}`), periods[k]);
      });
    }
    // A daily income is priced as a day: the engine converted it the same way.
    const fishers = await page.locator('.sp-group[data-group="2"] > p').first().innerText();
    assert.ok(fishers.includes(`Rp60.000 sehari, dihitung ${rp(s.groups[1].monthlyIncome)} sebulan`), fishers);
    // What the covered families get, from each group's protection summary.
    const fam = await page.locator('#sp-families li').allInnerTexts();
    s.groups.forEach((g, i) => {
      const total = (risk) => g.protection.risks.find((r) => r.risk === risk).total;
      assert.ok(fam[i].includes(`${g.count} keluarga terlindungi: masing-masing ${juta(total('death'))} bila pekerja meninggal, ${juta(total('workAccidentDeath'))} bila karena kecelakaan kerja`), fam[i]);
    });
    assert.match(await page.locator('#sp-out').innerText(), new RegExp(`terakhir diperiksa ${new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(want.rules.verifiedUntil))}`));

    await readable(page, 360);
    await readable(page, 320);
    // In English the same budget speaks English months.
    await page.click('#lang');
    await page.locator('#sp-period').filter({ hasText: monthWords(s.firstMonth, 'en-GB') }).waitFor();
    assert.equal(await page.locator('#sp-total').innerText(), rp(engine.calculate(request(VILLAGE, 'en')).sponsor.total, 'en'));
    await readable(page, 320);
  });
});

test('the village fund, an open question: full price budgeted, what the relief would save, the reference', SLOW, async (t) => {
  // A budget that starts while a relief is in force for some of the months.
  const first = engine.rules().reliefs.filter((r) => r.id.startsWith('pp50_2025')).map((r) => r.until).sort()[0].slice(0, 7);
  const B = { payer: 'village', month: first, months: 6, groups: [{ count: 120, income: '1.000.000', occupation: 'fisher' }] };
  const full = engine.calculate(request(B));
  const relief = engine.calculate(request(B, 'id', false));
  assert.ok(full.warnings.some((w) => w.code === 'villageBudgetUnsettled'), 'the engine flags the question');
  assert.ok(relief.sponsor.groups[0].reliefMonths > 0);
  await withPage(t, browser, srv.url, async ({ page }) => {
    await open(page);
    await budget(page, B);
    assert.equal(await page.locator('#sp-total').innerText(), rp(full.sponsor.total));
    const q = await page.locator('#sp-village').innerText();
    assert.match(q, /Pertanyaan terbuka/);
    assert.ok(q.includes(full.warnings.find((w) => w.code === 'villageBudgetUnsettled').message), q);
    assert.match(q, /PP 50\/2025 Pasal 3 ayat \(5\)/);
    const diff = BigInt(full.sponsor.total) - BigInt(relief.sponsor.total);
    assert.ok(q.includes(`anggarannya ${rp(relief.sponsor.total)}: ${rp(diff)} lebih sedikit`), q);

    // Another sponsor gets the relief where it applies, period by period; no village question.
    await page.check('input[name=sp-payer][value=other]');
    await page.click('#sp-go');
    await page.locator('#sp-total').filter({ hasText: rp(relief.sponsor.total) }).waitFor();
    assert.equal(await page.locator('#sp-village').count(), 0);
    const periods = await page.locator('.periods li').allInnerTexts();
    assert.equal(periods.length, relief.sponsor.groups[0].periods.length);
    assert.match(periods[0], /dengan keringanan PP 50\/2025/);
    assert.match(periods.at(-1), /harga penuh/);
  });
});

test('print for the budget meeting: one A4 page with the budget, without the form or the other sections', SLOW, async (t) => {
  const B = { ...VILLAGE, groups: [...VILLAGE.groups, { count: 45, income: '2.500.000', occupation: 'driver' }] };
  await withPage(t, browser, srv.url, async ({ page }) => {
    await open(page);
    await budget(page, B);
    await page.locator('#sp-total').waitFor();
    await page.evaluate(() => { window.printed = 0; window.print = () => { window.printed++; }; });
    await page.click('#sp-print');
    assert.equal(await page.evaluate(() => window.printed), 1);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['#sp-form', '#csv', '#agent', '.top', '#sp-print']) assert.equal(await page.locator(hidden).isVisible(), false, hidden);
    for (const shown of ['#sp-total', '#sp-families', '#sp-village', '.sp-print-head']) assert.ok(await page.locator(shown).isVisible(), shown);
    assert.match(await page.locator('.sp-print-head').innerText(), /Anggaran iuran BPJS Ketenagakerjaan/);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert.equal(pages, 1, `the budget takes ${pages} pages`);
    // After printing, the page prints as a whole again.
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    assert.ok(await page.locator('#csv').isVisible());
  });
});

test('CSV download: made on the device, the engine figures, months in words, formula cells neutralised', SLOW, async (t) => {
  await withPage(t, browser, srv.url, async ({ page, rec }) => {
    await open(page);
    await budget(page, VILLAGE);
    const want = engine.calculate(request(VILLAGE)).sponsor;
    const before = rec.requests.length;
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#sp-csv')]);
    assert.equal(download.suggestedFilename(), `anggaran-iuran-bpjstk-${want.firstMonth}.csv`);
    assert.ok(download.url().startsWith('blob:'), download.url());
    assert.deepEqual(rec.requests.slice(before).filter((u) => !u.startsWith('blob:')), [], 'nothing fetched for the download');
    const text = readFileSync(await download.path(), 'utf8');
    const rows = parseCsv(text);
    const head = rows[0];
    const col = (name) => head.indexOf(name);
    assert.deepEqual(head.slice(0, 3), ['Bagian', 'Kelompok', 'Pekerjaan']);
    assert.ok(rows.every((r) => r.length === head.length), 'every row has every column');
    const part = (p) => rows.filter((r) => r[0] === p);
    // The total, the programs and each group's subtotal are the engine's, as it wrote them.
    assert.deepEqual(part('Total').map((r) => r[col('Jumlah')]), [want.total]);
    assert.deepEqual(part('Program').map((r) => [r[col('Program')], r[col('Jumlah')]]), want.programs.map((p) => [p.program, p.total]));
    assert.deepEqual(part('Kelompok').map((r) => [r[col('Kelompok')], r[col('Pekerja')], r[col('Jumlah')]]), want.groups.map((g, i) => [String(i + 1), String(g.count), g.subtotal]));
    assert.deepEqual(part('Program kelompok').map((r) => [r[col('Program')], r[col('Per pekerja seluruh masa')], r[col('Jumlah')]]),
      want.groups.flatMap((g) => g.lines.map((l) => [l.program, l.perWorker, l.subtotal])));
    // Lines per period, with the months in words and the occupation's name.
    const periods = part('Masa');
    assert.equal(periods.length, want.groups.reduce((a, g) => a + g.periods.reduce((b, p) => b + p.lines.length, 0), 0));
    assert.equal(periods[0][col('Dari')], monthWords(want.groups[0].periods[0].from));
    assert.equal(periods[0][col('Pekerjaan')], engine.rules().occupations.find((o) => o.code === 'farmer').nameId);
    assert.ok(!rows.flat().some((c) => /^\d{4}-\d{2}(-\d{2})?$/.test(c)), 'an ISO date in the CSV');
    // The notes: the village question and the date the rules were last checked.
    const notes = part('Catatan').map((r) => r.at(-1)).join('\n');
    assert.match(notes, /terakhir diperiksa/);
    assert.match(notes, /keluarga terlindungi/);
    // No cell a spreadsheet would run: any cell starting with = + - @ is quoted behind an apostrophe.
    for (const line of text.slice(1).split('\r\n')) assert.ok(!/(^|,)[=+\-@\t]/.test(line), line);
  });
});

test('the engine refuses a group: its message with the group and field in words, the field marked', SLOW, async (t) => {
  await withPage(t, browser, srv.url, async ({ page }) => {
    await open(page);
    await budget(page, { ...VILLAGE, groups: [VILLAGE.groups[0], { ...VILLAGE.groups[1], count: 0 }] });
    const msg = await page.locator('#sp-error').innerText();
    assert.match(msg, /\(Kelompok 2, Jumlah pekerja\)$/);
    assert.equal(await page.locator('#sp-groups > fieldset').nth(1).locator('[data-k=count]').getAttribute('aria-invalid'), 'true');
  });
});
