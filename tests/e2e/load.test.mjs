// Issue 16, "nothing typed is lost" and "core first", in Debian's Chromium: the engine's modules
// are held back (their .wasm responses wait until the test lets them through), so the fisher
// fills the form while the page loads. The form works before any engine (the occupation list
// and every choice come with index.html), what he typed is kept as typed, the price-only module
// answers first with the engine's figure while the protection line says it is being computed,
// and the full module then adds the protection line, again the engine's figures.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, withPage, serve, DIST } from './helpers.mjs';
import { loadEngine, rp } from './engine.mjs';

const DAY = '2026-06-01';
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

/** Holds back the responses of the price-only module (core) and of the full module (full)
 * until `let(name)` is called; `asked(name)`: whether the page has asked for it yet. */
async function holdEngines(page) {
  const gates = {};
  const open = {};
  const seen = { core: false, full: false };
  for (const name of ['core', 'full']) gates[name] = new Promise((ok) => { open[name] = ok; });
  await page.route(/\/bpjstk_calc(_core)?_bg\.[0-9a-f]{10}\.wasm$/, async (route) => {
    const name = /_core_bg\./.test(route.request().url()) ? 'core' : 'full';
    seen[name] = true;
    await gates[name];
    await route.continue();
  });
  return { let: (name) => open[name](), asked: (name) => seen[name] };
}

const engineOf = (page) => page.evaluate(() => document.documentElement.dataset.engine || null);
const juta = (s, locale = 'id-ID') => 'Rp' + new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1, roundingMode: 'trunc' }).format(BigInt(s));

test('typed while the engine loads: kept as typed, answered by the price-only module, then the protection line by the full one', async (t) => {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 800 }, locale: 'id-ID', serviceWorkers: 'block' });
  try {
    await withPage(t, browser, srv.url, async ({ page }) => {
      await page.clock.setFixedTime(new Date(`${DAY}T08:00:00`));
      const hold = await holdEngines(page);
      await page.goto(srv.url, { waitUntil: 'domcontentloaded' });

      // No engine yet, and the form is complete: every occupation of the engine's rules() is
      // listed (from index.html), the contract lengths and risk groups are there.
      assert.equal(await engineOf(page), null);
      const occupations = await page.locator('#occ option').evaluateAll((os) => os.map((o) => [o.value, o.textContent]));
      assert.deepEqual(occupations.slice(1), engine.rules().occupations.map((o) => [o.code, o.nameId]));
      assert.equal(await page.locator('input[name=risk]').count(), 5);
      assert.deepEqual(await page.locator('input[name=months]').evaluateAll((r) => r.map((x) => x.value)), ['6', '12', '24']);

      // He types his income, picks "hari" and his work, while nothing has answered yet.
      await page.click('#inc');
      await page.keyboard.type('60000');
      await page.selectOption('#per', 'day');
      await page.selectOption('#occ', 'fisher');
      assert.equal(await engineOf(page), null);
      assert.equal(await page.locator('[data-testid=you-pay]').count(), 0);
      assert.match(await page.locator('#out').innerText(), /Menghitung/);

      // The price-only module arrives: the answer is the engine's for what he typed, and the
      // form is exactly as he left it.
      assert.equal(hold.asked('full'), false, 'the full module was asked for before the first answer');
      hold.let('core');
      await page.locator('[data-testid=you-pay]').waitFor({ timeout: 15000 });
      assert.equal(await engineOf(page), 'core');
      const want = engine.calculate({ asOf: DAY, segment: 'selfEmployed', lang: 'id', occupation: 'fisher', dailyIncome: '60000' });
      assert.equal(await page.locator('[data-testid=you-pay]').innerText(), rp(want.contributions.total.worker));
      assert.equal(await page.inputValue('#inc'), '60000');
      assert.equal(await page.inputValue('#per'), 'day');
      assert.equal(await page.inputValue('#occ'), 'fisher');
      assert.match(page.url(), /occ=fisher/);
      // The price after the relief is in the headline already; what it buys is on its way.
      assert.ok((await page.locator('#out .headline').innerText()).includes(rp(engine.calculate({ asOf: '2027-01-01', segment: 'selfEmployed', lang: 'id', occupation: 'fisher', dailyIncome: '60000' }).contributions.total.worker)));
      assert.equal(await page.locator('[data-testid=protection-pending]').innerText(), 'Menghitung perlindungan…');
      assert.equal(await page.locator('[data-testid=protection]').count(), 0);

      // The full module: the protection line, with the engine's figures; the price unchanged.
      await page.waitForFunction(() => document.documentElement.dataset.engine === 'core');
      for (let i = 0; i < 100 && !hold.asked('full'); i++) await page.waitForTimeout(50);
      assert.ok(hold.asked('full'), 'the full module was not asked for after the first answer');
      hold.let('full');
      await page.locator('[data-testid=protection]').waitFor({ timeout: 15000 });
      assert.equal(await engineOf(page), 'full');
      const death = want.protection.risks.find((r) => r.risk === 'death').total;
      const work = want.protection.risks.find((r) => r.risk === 'workAccidentDeath').total;
      assert.equal(await page.locator('[data-testid=protection]').innerText(),
        `Keluarga mendapat ${juta(death)} bila Anda meninggal, ${juta(work)} bila karena kecelakaan kerja.`);
      assert.equal(await page.locator('[data-testid=protection-pending]').count(), 0);
      assert.equal(await page.locator('[data-testid=you-pay]').innerText(), rp(want.contributions.total.worker));
      assert.equal(await page.inputValue('#per'), 'day');
    }, { context: ctx });
  } finally {
    await ctx.close();
  }
});

test('in English: the placeholder of the protection line, then the line; a "what if" waits for the full module', async (t) => {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 800 }, locale: 'en-GB', serviceWorkers: 'block' });
  try {
    await withPage(t, browser, srv.url, async ({ page }) => {
      await page.clock.setFixedTime(new Date(`${DAY}T08:00:00`));
      const hold = await holdEngines(page);
      hold.let('core');
      await page.goto(`${srv.url}#seg=selfEmployed&occ=fisher&inc=60000&per=day&ev=death&lang=en`);
      await page.locator('[data-testid=you-pay]').waitFor({ timeout: 15000 });
      // A benefit key (the event) is left out when the price-only module answers.
      const want = engine.calculate({ asOf: DAY, segment: 'selfEmployed', lang: 'en', occupation: 'fisher', dailyIncome: '60000', event: { kind: 'death' } });
      assert.equal(await page.locator('[data-testid=you-pay]').innerText(), rp(want.contributions.total.worker, 'en'));
      assert.equal(await page.locator('[data-testid=protection-pending]').innerText(), 'Calculating protection…');
      assert.equal(await page.locator('#out .error').count(), 0);
      assert.equal(await page.locator('[data-testid=benefits]').count(), 0);
      assert.equal(await page.inputValue('#ev'), 'death');
      hold.let('full');
      await page.locator('[data-testid=protection]').waitFor({ timeout: 15000 });
      assert.match(await page.locator('[data-testid=protection]').innerText(), /^Your family gets /);
      // The event, answered by the full module.
      await page.locator('[data-testid=benefits]').waitFor({ timeout: 15000 });
      const kinds = await page.locator('[data-testid=benefits] li[data-kind]').evaluateAll((els) => els.map((e) => e.dataset.kind));
      assert.deepEqual(kinds.sort(), want.benefits.map((b) => b.kind).sort());
    }, { context: ctx });
  } finally {
    await ctx.close();
  }
});

test("typed before the page's own code has arrived: the form as index.html gives it, kept, then answered", async (t) => {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 800 }, locale: 'id-ID', serviceWorkers: 'block' });
  try {
    await withPage(t, browser, srv.url, async ({ page }) => {
      await page.clock.setFixedTime(new Date(`${DAY}T08:00:00`));
      let release;
      const gate = new Promise((ok) => { release = ok; });
      await page.route(/\/app\.[0-9a-f]{10}\.js$/, async (route) => { await gate; await route.continue(); });
      // (DOMContentLoaded waits for the module script: the page is used before it.)
      await page.goto(srv.url, { waitUntil: 'commit' });
      await page.locator('#occ option[value=fisher]').waitFor({ state: 'attached' });
      await page.fill('#inc', '60000');
      await page.selectOption('#per', 'day');
      await page.selectOption('#occ', 'fisher');
      release();
      await page.locator('[data-testid=you-pay]').waitFor({ timeout: 15000 });
      const want = engine.calculate({ asOf: DAY, segment: 'selfEmployed', lang: 'id', occupation: 'fisher', dailyIncome: '60000' });
      assert.equal(await page.locator('[data-testid=you-pay]').innerText(), rp(want.contributions.total.worker));
      assert.deepEqual([await page.inputValue('#inc'), await page.inputValue('#per'), await page.inputValue('#occ'), await page.inputValue('#date')], ['60000', 'day', 'fisher', DAY]);
    }, { context: ctx });
  } finally {
    await ctx.close();
  }
});
