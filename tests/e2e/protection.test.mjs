// What the price buys (issue 15), in Debian's Chromium at 360×800: the headline pairing price and
// protection right after the last input, a member and someone about to join, the work accident
// survived, the join-pay-keep section with the engine's figures, the calendar reminder, the share
// sheet, reading aloud, no code names in any text a person reads, and the page's height. Every
// figure is compared with the engine's own answer for the same facts (tests/e2e/engine.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, withPage, ready, settled, serve, DIST } from './helpers.mjs';
import { loadEngine, rp } from './engine.mjs';

// The day the fisher opens the page: the browser's clock is set to it, so the date of the rules
// is "today" and stays folded away, as for a real visitor.
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

/** Opens the page on DAY (the browser's clock), with an optional fragment. */
async function open(page, hash = '') {
  await page.clock.setFixedTime(new Date(`${DAY}T08:00:00`));
  await page.goto(srv.url + hash);
  await ready(page);
}
const fisher = (extra = {}) => engine.calculate({ asOf: DAY, segment: 'selfEmployed', lang: 'id', occupation: 'fisher', dailyIncome: '60000', ...extra });
/** The page's compact form of a large amount ("Rp98,8 juta"), from the engine's figure. */
const juta = (s, locale = 'id-ID') => 'Rp' + new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1, roundingMode: 'trunc' }).format(BigInt(s));
const risk = (resp, name, program) => resp.protection.risks.find((r) => r.risk === name && (!program || r.program === program));

/** The text of the page's elements that lie wholly inside the viewport (and are shown). */
async function onScreen(page, selector) {
  return page.evaluate((sel) => [...document.querySelectorAll(sel)].filter((e) => {
    const r = e.getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight && getComputedStyle(e).visibility !== 'hidden' && !e.closest('[hidden]');
  }).map((e) => e.innerText).join('\n'), selector);
}

test('the fisher at 360×800: price, day, the later price and what the family gets, on screen right after the last input', async (t) => {
  await withPage(t, browser, srv.url, async ({ page }) => {
    await open(page);
    // The informal worker is preselected; he picks his work and types what he earns a day.
    await page.selectOption('#occ', 'fisher');
    await page.selectOption('#per', 'day');
    await page.click('#inc');
    await page.keyboard.type('60000');
    await page.locator('#out .headline').waitFor();
    await page.waitForTimeout(300);

    const want = fisher();
    const later = engine.calculate({ asOf: '2027-01-01', segment: 'selfEmployed', lang: 'id', occupation: 'fisher', dailyIncome: '60000' });
    const death = risk(want, 'death').total, accident = risk(want, 'workAccidentDeath').total;
    // The issue's own figures (PP 50/2025 relief on PP 44/2015 bracket 4; PP 82/2019 Lampiran III).
    assert.deepEqual([want.contributions.total.worker, later.contributions.total.worker, death, accident], ['11400', '22800', '42000000', '98800000']);

    // Without scrolling: the input is still in sight and so is the answer, in the bar at the
    // bottom of the screen while the headline itself is further down.
    const typed = await page.locator('#inc').boundingBox();
    assert.ok(typed.y >= 0 && typed.y + typed.height <= 800, `the income field is off screen: ${JSON.stringify(typed)}`);
    const seen = await onScreen(page, '#peek, #out .headline');
    for (const part of [rp(want.contributions.total.worker), rp(want.contributions.perDay.worker), rp(later.contributions.total.worker), juta(death), juta(accident)]) {
      assert.ok(seen.includes(part), `${part} is not on the first screen: ${seen}`);
    }
    assert.match(seen, /Keluarga mendapat Rp42 juta bila Anda meninggal, Rp98,8 juta bila karena kecelakaan kerja/);
    // The bar does not hide the field being typed in.
    const bar = await page.locator('#peek').boundingBox();
    if (bar) assert.ok(typed.y + typed.height <= bar.y, 'the answer bar covers the income field');

    // The headline itself says the same, with the end of the relief.
    const head = await page.locator('#out .headline').innerText();
    assert.ok(head.includes(rp(want.contributions.total.worker)) && head.includes(rp(later.contributions.total.worker)), head);
    assert.match(head, /sampai 31 Desember 2026, lalu Rp22\.800 sebulan/);
    assert.ok(head.includes(`${juta(death)} bila Anda meninggal`) && head.includes(juta(accident)), head);
    // Scrolled to, the headline is wholly on screen and the bar is gone.
    await page.locator('#out .headline').scrollIntoViewIfNeeded();
    await page.waitForTimeout(200);
    assert.equal(await page.locator('#peek').isVisible(), false);

    // The one sentence a worker whose income comes and goes must read: from the engine's figures.
    const u = want.protection.upkeep;
    const keep = await page.locator('[data-testid=keep]').innerText();
    assert.ok(keep.includes(`tanggal ${u.dueDay} `) && keep.includes(`lebih dari ${u.lapseMonths} bulan`), keep);
  }, PHONE);
});

test("the fisher's page is at most 2,500 px tall at 360 px with nothing opened", async (t) => {
  await withPage(t, browser, srv.url, async ({ page }) => {
    await open(page, '#seg=selfEmployed&occ=fisher&inc=60000&per=day');
    await page.locator('#status[data-state=ready]').waitFor({ timeout: 120000 });
    assert.equal(await page.locator('details[open]').count(), 0, 'something is open');
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`the fisher's page: ${height} px at 360 px wide`);
    assert.ok(height <= 2500, `the page is ${height} px tall`);
  }, PHONE);
});

test('a member and someone about to join: the engine says what starts later, and no amount is shown for it', async (t) => {
  await withPage(t, browser, srv.url, async ({ page }) => {
    await open(page, '#seg=selfEmployed&occ=fisher&inc=60000&per=day');
    await page.check('input[name=mem][value=no]');
    assert.match(page.url(), /mem=no/);
    const soon = fisher({ member: false });
    assert.equal(soon.protection.member, 'no');
    assert.match(await page.locator('[data-testid=protection]').innerText(), /^Sesudah terdaftar, keluarga mendapat Rp42 juta/);
    await page.click('#fold-protection > summary');
    const block = (r) => page.locator(`#fold-protection .risk[data-risk=${r.risk}][data-program=${r.program}]`);
    for (const r of soon.protection.risks) {
      const shown = await block(r).innerText();
      if (r.availableFrom) {
        // Not yet to be had: when, and no amount at all.
        const from = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(r.availableFrom + 'T00:00:00Z'));
        assert.ok(shown.includes(from), shown);
        assert.doesNotMatch(shown, /Rp\d/, `an amount for a benefit not yet to be had: ${shown}`);
      }
      if (r.total) assert.ok(shown.includes(`Jumlah: ${rp(r.total)}`), shown);
      for (const it of r.items.filter((i) => i.amount)) assert.ok(shown.includes(rp(it.amount)), `${it.kind} ${it.amount}: ${shown}`);
    }
    assert.ok(soon.protection.risks.some((r) => r.availableFrom), 'the engine names no benefit that starts later');

    // A member of 40 months: the scholarship of JKM now with its ceiling.
    await page.check('input[name=mem][value=yes]');
    await page.click('#ben-set > summary');
    await page.fill('#mc', '40');
    const member = fisher({ member: true, history: { monthsContributed: 40 } });
    assert.equal(member.protection.member, 'yes');
    for (const r of member.protection.risks) {
      const shown = await block(r).innerText();
      assert.doesNotMatch(shown, /Paling cepat bisa didapat/);
      for (const it of r.items.filter((i) => i.amount)) assert.ok(shown.includes(rp(it.amount)), `${it.kind} ${it.amount}: ${shown}`);
    }
    assert.doesNotMatch(await page.locator('[data-testid=protection]').innerText(), /Sesudah terdaftar/);
  }, PHONE);
});

test('a work accident survived: the list opens with its total, care and wages before the transport caps', async (t) => {
  await withPage(t, browser, srv.url, async ({ page }) => {
    await open(page, '#seg=selfEmployed&occ=fisher&inc=60000&per=day');
    await page.click('#ben-set > summary');
    await page.selectOption('#ev', 'workAccident');
    await page.fill('#im', '3');
    const want = fisher({ event: { kind: 'workAccident', incapacityMonths: 3 } });
    const paid = want.benefits.filter((b) => b.period === 'once' || b.period === 'total');
    assert.ok(paid.length >= 1, 'the engine pays nothing for a work accident');
    const total = paid.reduce((a, b) => a + BigInt(b.amount), 0n);
    const list = page.locator('[data-testid=benefits]');
    await list.waitFor();
    assert.equal(await page.locator('[data-testid=benefits-total]').innerText(), `Jumlah yang dibayar: ${rp(total)}`);
    // Care (no amount, as the law gives it), then the payouts, then the ceilings.
    const kinds = await list.locator('li[data-kind]').evaluateAll((els) => els.map((e) => e.dataset.kind));
    assert.equal(kinds[0], 'medicalCare');
    const caps = want.benefits.filter((b) => b.period === 'max').map((b) => b.kind);
    assert.deepEqual(kinds.slice(-caps.length), caps);
    assert.ok(kinds.indexOf('stmb') < kinds.indexOf(caps[0]), kinds.join(' '));
    const stmb = want.benefits.find((b) => b.kind === 'stmb');
    assert.ok((await list.innerText()).includes(`${rp(stmb.amount)} (3 bulan)`));
    // The same survived accident is summed up, without an event, under "what you get".
    await page.click('#fold-protection > summary');
    const block = await page.locator('#fold-protection .risk[data-risk=workAccident]').innerText();
    for (const it of risk(fisher(), 'workAccident').items.filter((i) => i.amount)) assert.ok(block.includes(rp(it.amount)), block);
    assert.match(block, /sesuai kebutuhan medis/);
  }, PHONE);
});

test('join, pay, keep it alive: the articles, with the due day and the lapse from the engine', async (t) => {
  await withPage(t, browser, srv.url, async ({ page }) => {
    await open(page, '#seg=selfEmployed&occ=fisher&inc=60000&per=day&lang=en');
    await page.click('#fold-upkeep > summary');
    const u = fisher({ lang: 'en' }).protection.upkeep;
    const box = await page.locator('#fold-upkeep').innerText();
    for (const article of ['Pasal 11(4)', 'Pasal 11(5)', 'Pasal 24(3)', 'Pasal 39(2)', 'Pasal 42(2)']) assert.ok(box.includes(article), article);
    assert.ok(box.includes(`by day ${u.dueDay} of that same month`), box);
    assert.equal(await page.locator('[data-testid=lapse]').innerText(),
      `If contributions go unpaid for more than ${u.lapseMonths} months in a row, you and your family have no right at all to JKK or JKM benefits (PP 44/2015 Pasal 39(2), Pasal 42(2)).`);
    // Not for a wage earner, whose employer pays.
    await open(page, '#seg=wageEarner&wage=5000000&risk=1&size=large');
    assert.equal(await page.locator('#fold-upkeep').count(), 0);
    assert.equal(await page.locator('#remind').isVisible(), false);
  }, PHONE);
});

test('a monthly reminder: an .ics file made on the phone, a few days before the due day, nothing sent', async (t) => {
  await withPage(t, browser, srv.url, async ({ page, rec }) => {
    await open(page, '#seg=selfEmployed&occ=fisher&inc=60000&per=day');
    // Once the page is complete (its offline copy stored), the reminder fetches nothing.
    await page.locator('#status[data-state=ready]').waitFor({ timeout: 120000 });
    const before = rec.requests.length;
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#remind')]);
    const ics = readFileSync(await download.path(), 'utf8');
    const u = fisher().protection.upkeep;
    assert.match(download.suggestedFilename(), /\.ics$/);
    assert.match(ics, /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
    assert.match(ics, /\r\nRRULE:FREQ=MONTHLY\r\n/);
    const day = Number(/\r\nDTSTART:\d{6}(\d\d)T/.exec(ics)[1]);
    assert.ok(day >= 1 && day < u.dueDay, `reminder on day ${day}, due day ${u.dueDay}`);
    // The first one falls on or after today (the browser's clock: DAY).
    assert.ok(/\r\nDTSTART:(\d{8})/.exec(ics)[1] >= DAY.replace(/-/g, ''));
    const unfolded = ics.replace(/\r\n /g, '');
    assert.ok(unfolded.includes(`paling lambat tanggal ${u.dueDay}`), unfolded);
    assert.ok(unfolded.includes('Rp11.400') && unfolded.includes('Rp42 juta'), unfolded);
    for (const line of ics.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);
    assert.deepEqual(rec.requests.slice(before).filter((r) => !r.startsWith('blob:')), []);
  }, PHONE);
});

test("share: the phone's share sheet gets the WhatsApp text with price and protection; without one, it is copied", async (t) => {
  await withPage(t, browser, srv.url, async ({ page }) => {
    await page.addInitScript(() => {
      window.shared = [];
      navigator.share = async (data) => { window.shared.push(data); };
    });
    await open(page, '#seg=selfEmployed&occ=fisher&inc=60000&per=day');
    await page.click('#share-btn');
    // The sheet opens once the details' code is in (fetched on the tap if it is not yet).
    await page.waitForFunction(() => window.shared.length > 0, null, { timeout: 15000 }).catch(() => {});
    const [data] = await page.evaluate(() => window.shared);
    assert.ok(data?.text, 'nothing shared');
    const want = fisher();
    for (const part of [rp(want.contributions.total.worker), 'Rp22.800', 'Keluarga mendapat Rp42 juta bila Anda meninggal, Rp98,8 juta bila karena kecelakaan kerja', '#seg=selfEmployed']) {
      assert.ok(data.text.includes(part), `${part} not in: ${data.text}`);
    }
  }, PHONE);
  await withPage(t, browser, srv.url, async ({ page }) => {
    await open(page, '#seg=selfEmployed&occ=fisher&inc=60000&per=day');
    assert.equal(await page.evaluate(() => 'share' in navigator), false, 'this Chromium has a share sheet');
    await page.click('#share-btn');
    // Copied once the details' code is in, as above.
    await page.waitForFunction(() => /Tersalin|Tidak bisa menyalin/.test(document.getElementById('quick-status').innerText), null, { timeout: 15000 }).catch(() => {});
    assert.match(await page.locator('#quick-status').innerText(), /Tersalin|Tidak bisa menyalin/);
  }, PHONE);
});

test('read aloud: shown only where the phone has the language’s voice; reads the headline and next steps', async (t) => {
  // A phone whose Indonesian voice arrives after the page has loaded (voiceschanged).
  const fake = () => {
    const voices = [];
    const listeners = [];
    window.said = [];
    const synth = {
      speaking: false,
      getVoices: () => voices,
      addEventListener: (type, f) => { if (type === 'voiceschanged') listeners.push(f); },
      speak: (u) => { window.said.push({ text: u.text, lang: u.lang, voice: u.voice?.name }); },
      cancel: () => {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
    window.addVoice = (lang, name) => { voices.push({ lang, name }); listeners.forEach((f) => f()); };
  };
  await withPage(t, browser, srv.url, async ({ page }) => {
    await page.addInitScript(fake);
    await open(page, '#seg=selfEmployed&occ=fisher&inc=60000&per=day');
    assert.equal(await page.locator('#speak').isVisible(), false, 'no voice yet, no button');
    await page.evaluate(() => window.addVoice('en-US', 'English'));
    assert.equal(await page.locator('#speak').isVisible(), false, 'an English voice does not read Bahasa');
    await page.evaluate(() => window.addVoice('id-ID', 'Indonesia'));
    await page.click('#speak');
    const [said] = await page.evaluate(() => window.said);
    assert.equal(said.lang, 'id-ID');
    assert.equal(said.voice, 'Indonesia');
    const u = fisher().protection.upkeep;
    for (const part of ['11.400 rupiah', '22.800 rupiah', '42 juta rupiah', '98,8 juta rupiah', 'Langkah berikut', `tanggal ${u.dueDay}`]) {
      assert.ok(said.text.includes(part), `${part} not in: ${said.text}`);
    }
    assert.doesNotMatch(said.text, /Rp\d/);
    // In English, the English voice.
    await page.click('#lang');
    await page.click('#speak');
    const last = (await page.evaluate(() => window.said)).pop();
    assert.equal(last.lang, 'en-US');
    assert.ok(last.text.includes('11,400 rupiah'), last.text);
  }, PHONE);
  // A browser with no voice at all (this Chromium): no button.
  await withPage(t, browser, srv.url, async ({ page }) => {
    await open(page, '#seg=selfEmployed&occ=fisher&inc=60000&per=day');
    const voices = await page.evaluate(() => speechSynthesis.getVoices().filter((v) => /^(id|in)\b/i.test(v.lang)).length);
    if (!voices) assert.equal(await page.locator('#speak').isVisible(), false);
  }, PHONE);
});

// The rendered text of every segment, in both languages, with every fold and the events open,
// and of answers the engine refuses: no backticked code, no camelCase identifier (the share
// link's URL aside).
const CASES = [
  '#seg=selfEmployed&occ=fisher&inc=60000&per=day',
  '#seg=selfEmployed&occ=farmer&inc=2000000&jht=1&birth=1990-01-01&ev=death',
  '#seg=selfEmployed&inc=2000000&emp=1&mem=no&ev=workAccident&im=2',
  '#seg=selfEmployed&inc=2000000&jht=1&ev=retirement',
  '#seg=wageEarner&wage=5000000&risk=2&size=large&birth=1985-01-01&ev=jobLoss&l24=1',
  '#seg=wageEarner&wage=5000000&risk=2&size=micro&ev=resignation&mem=yes&mc=50',
  '#seg=construction&cv=250000000&ev=workAccidentDeath',
  '#seg=construction&basis=wage&cv=4000000',
  '#seg=migrant&months=12&ext=3&mjht=1&mjhta=50000&ev=death',
  // Refused by the engine, whose messages name request fields: shown beside the field, in words.
  '#seg=selfEmployed&inc=99999999999999',
  '#seg=migrant&months=12&mjht=1&mjhta=12345',
  '#seg=selfEmployed&inc=100000&ev=workAccident&im=500',
];
test('no code names in any text a person reads: every segment, both languages, everything open', async (t) => {
  await withPage(t, browser, srv.url, async ({ page }) => {
    const found = [];
    for (const lang of ['id', 'en']) {
      for (const hash of CASES) {
        await page.goto('about:blank');
        await open(page, hash + (lang === 'en' ? '&lang=en' : ''));
        await page.locator('#out .headline, #out .error').first().waitFor();
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
        await settled(page);
        const shown = (await page.locator('body').innerText()).replace(/\bhttps?:\/\/\S+/g, '');
        for (const m of shown.matchAll(/`[^`\n]*`|\b[a-z]+[A-Z][A-Za-z0-9]*\b/g)) found.push(`${lang} ${hash}: ${m[0]}`);
      }
    }
    assert.deepEqual([...new Set(found)], []);
  }, PHONE);
});
