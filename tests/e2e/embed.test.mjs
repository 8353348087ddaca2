// The embed on a partner's page, in Debian's Chromium: tests/e2e/partner/ is served from another
// origin than the calculator, with a strict CSP (scripts and frames from the calculator's origin
// only, no inline script), and loads v1/embed.js with its SRI hash. The widget mounts, computes,
// sizes its iframe to the content, takes the theme, emits bpjstk:result, and leaves the host's
// DOM, styles, storage and cookies alone. Every test fails on a request to a third origin, a
// console error (CSP violations are ones) or an uncaught exception, in the host or the frame.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serve, shot, withPage, DIST, ROOT } from './helpers.mjs';
import { loadEngine, rp } from './engine.mjs';
import AxeBuilder from '@axe-core/playwright';

const DATE = '2026-06-01';
const LONG = { timeout: 300000 };
let calc, partner, browser, engine;

/** The partner's site: its page (calculator URL and SRI filled in) and its CSS, strict CSP. */
async function servePartner(calcUrl) {
  const dir = join(ROOT, 'tests', 'e2e', 'partner');
  const sri = readFileSync(join(DIST, 'embed.sri'), 'utf8').trim();
  const origin = new URL(calcUrl).origin;
  const csp = (scripts) => `default-src 'none'; script-src ${scripts}; frame-src ${origin}; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'`;
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/' || path === '/index.html' || path === '/self.html' || path === '/two.html' || path === '/blocked.html' || path === '/noframe.html') {
      // index.html loads the calculator's loader; self.html a copy on its own origin; two.html
      // two tags (one below the fold) and a snippet with its fallback link; blocked.html and
      // noframe.html are two.html under a policy that blocks the loader, or the frame.
      const self = path === '/self.html';
      const file = { '/self.html': 'self.html', '/two.html': 'two.html', '/blocked.html': 'two.html', '/noframe.html': 'two.html' }[path] || 'index.html';
      const html = readFileSync(join(dir, file), 'utf8').replaceAll('{{CALC}}', calcUrl).replaceAll('{{SRI}}', sri);
      let policy = csp(self ? "'self'" : origin);
      if (path === '/blocked.html') policy = policy.replace(`script-src ${origin}`, "script-src 'none'");
      if (path === '/noframe.html') policy = policy.replace(`frame-src ${origin}`, "frame-src 'none'");
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': policy }).end(html);
    } else if (path === '/embed.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(readFileSync(join(ROOT, 'www', 'embed.js')));
    } else if (path === '/partner.css') {
      res.writeHead(200, { 'content-type': 'text/css; charset=utf-8' }).end(readFileSync(join(dir, 'partner.css')));
    } else if (path === '/favicon.ico') {
      res.writeHead(204).end();
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

before(async () => {
  engine = await loadEngine();
  calc = await serve(DIST);
  partner = await servePartner(calc.url);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await partner?.close();
  await calc?.close();
});

/** A fresh context on the partner's page, with a recorder for both origins and all frames. */
async function onPartner(t, body, path = '', viewport = { width: 800, height: 900 }) {
  const ctx = await browser.newContext({ viewport, locale: 'id-ID' });
  const page = await ctx.newPage();
  const problems = [];
  const allowed = [new URL(calc.url).origin, new URL(partner.url).origin];
  ctx.on('request', (r) => {
    const u = new URL(r.url());
    if (!['data:', 'blob:'].includes(u.protocol) && !allowed.includes(u.origin)) problems.push(`request to another origin: ${r.url()}`);
  });
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  try {
    await page.goto(partner.url + path);
    await body({ page, ctx });
    if (problems.length) throw new Error(problems.join('\n'));
  } catch (e) {
    await shot(page, t.name);
    if (problems.length && !e.message.includes(problems[0])) e.message += `\n${problems.join('\n')}`;
    throw e;
  } finally {
    await ctx.close();
  }
}

/** The calculator frame whose URL matches, once its engine has loaded. */
async function frameOf(page, match = () => true) {
  let f;
  for (let i = 0; i < 600 && !f; i++) {
    f = page.frames().find((x) => x.url().includes('embed=1') && match(new URL(x.url())));
    if (!f) await page.waitForTimeout(100);
  }
  assert.ok(f, `no calculator frame; frames: ${page.frames().map((x) => x.url()).join(', ')}`);
  // Polled by timer: a frame out of view gets no animation frames.
  await f.waitForFunction(() => document.getElementById('foot')?.textContent.length > 0, null, { timeout: 60000, polling: 100 }).catch(async (e) => {
    throw new Error(`${e.message}\nframe ${f.url()}: ${await f.evaluate(() => document.body?.innerText.slice(0, 300)).catch((x) => x.message)}`);
  });
  return f;
}

/** Polls until fn() is truthy (fn may be async), up to `ms`. */
async function until(fn, ms = 30000) {
  const end = Date.now() + ms;
  let v;
  while (!(v = await fn()) && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
  return v;
}

test('partner page: the tag mounts the widget, which computes, sizes itself, takes the theme and emits bpjstk:result', LONG, async (t) => {
  await onPartner(t, async ({ page, ctx }) => {
    const frame = await frameOf(page);
    const url = new URL(frame.url());
    assert.equal(url.origin, new URL(calc.url).origin);
    assert.equal(url.searchParams.get('parent'), new URL(partner.url).origin);
    // The host's custom properties reach the frame as checked values.
    assert.equal(url.searchParams.get('accent'), '#7a1f5c');
    assert.equal(url.searchParams.get('radius'), '2px');
    assert.equal(url.searchParams.get('font'), 'serif');
    await page.evaluate(() => {
      window.results = [];
      document.addEventListener('bpjstk:result', (e) => window.results.push(e.detail));
    });

    // No page chrome in the frame; the unofficial-estimate notice and the sources line stay.
    assert.ok(await frame.locator('header.top').isHidden());
    assert.ok(await frame.locator('#privacy').isVisible());
    assert.ok(await frame.locator('#foot').isVisible());

    await frame.click('#more-fold > summary'); // the date of the rules is folded under the form
    await frame.fill('#date', DATE);
    await frame.fill('#inc', '3000000');
    const want = engine.calculate({ asOf: DATE, segment: 'selfEmployed', lang: 'id', monthlyIncome: '3000000' });
    assert.equal(await frame.locator('[data-testid=you-pay]').innerText(), rp(want.contributions.total.worker));

    // The host hears the result, with the engine's totals.
    const got = await until(() => page.evaluate((w) => window.results.find((r) => r.total.worker === w) || null, want.contributions.total.worker));
    assert.ok(got, 'no bpjstk:result with the total on the host');
    assert.equal(got.segment, 'selfEmployed');
    assert.deepEqual(got.lines.map((l) => l.program), want.contributions.lines.map((l) => l.program));

    // The iframe is as tall as the frame's content (no inner scroll bar), whatever the host's CSS says about iframes.
    const fits = await until(async () => {
      const inner = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
      const outer = await page.evaluate(() => document.querySelector('bpjstk-calculator').getBoundingClientRect().height);
      return Math.abs(inner - outer) <= 2 && outer > 300 ? { inner, outer } : null;
    });
    assert.ok(fits, 'the iframe did not take its content height');
    assert.equal(await frame.evaluate(() => document.documentElement.scrollHeight <= innerHeight + 2), true);

    // A message from anyone but its own frame is ignored.
    await page.evaluate(() => window.postMessage({ type: 'bpjstk:size', height: 9999 }, '*'));
    await page.waitForTimeout(300);
    assert.ok(await page.evaluate(() => document.querySelector('bpjstk-calculator').getBoundingClientRect().height) < 9000);

    // The theme inside the frame.
    const theme = await frame.evaluate(() => ({
      brand: getComputedStyle(document.documentElement).getPropertyValue('--brand').trim(),
      radius: getComputedStyle(document.querySelector('.card')).borderTopLeftRadius,
      font: getComputedStyle(document.body).fontFamily,
    }));
    assert.deepEqual(theme, { brand: '#7a1f5c', radius: '2px', font: 'serif' });

    // The host is as it was: its DOM (plus the element after the tag), styles, storage, cookies.
    const host = await page.evaluate(() => ({
      body: [...document.body.children].map((e) => e.tagName.toLowerCase()),
      main: [...document.querySelector('main').children].map((e) => e.id || e.tagName.toLowerCase()),
      styleAttrs: document.querySelectorAll('[style]').length,
      sheets: document.styleSheets.length,
      font: getComputedStyle(document.body).fontFamily,
      bg: getComputedStyle(document.body).backgroundColor,
      p: getComputedStyle(document.getElementById('after')).color,
      storage: localStorage.length + sessionStorage.length,
      cookie: document.cookie,
      title: document.title,
    }));
    assert.deepEqual(host, {
      body: ['header', 'main'], main: ['before', 'script', 'bpjstk-calculator', 'after', 'slot'],
      styleAttrs: 0, sheets: 1, font: 'Georgia, serif', bg: 'rgb(253, 246, 227)', p: 'rgb(10, 20, 30)',
      storage: 0, cookie: '', title: 'Koperasi Maju Bersama',
    });
    assert.deepEqual(await ctx.cookies(), []);
  });
});

/** A phone: the partner's page 360 px wide, and the height of the frame's first screen on it. */
const PHONE = { width: 360, height: 780 };
const FIRST_SCREEN = 640;

test('partner page on a phone: the answer is on the frame\'s first screen, details folded, and the frame is as tall as its content', LONG, async (t) => {
  await onPartner(t, async ({ page }) => {
    const frame = await frameOf(page);
    const widget = page.locator('bpjstk-calculator');
    /** An element's top and bottom from the top of the frame, as the partner's visitor sees it. */
    const inFrame = async (sel) => {
      const [b, f] = await Promise.all([frame.locator(sel).boundingBox(), widget.boundingBox()]);
      return { top: Math.round(b.y - f.y), bottom: Math.round(b.y + b.height - f.y) };
    };
    // Before anything is typed: the kind of worker the partner chose, alone (the others one
    // button away), and the income question, on the first screen.
    assert.ok(await frame.locator('input[name=seg][value=selfEmployed]').isChecked());
    assert.ok(await frame.locator('input[name=seg][value=selfEmployed]').isVisible());
    assert.ok(await frame.locator('input[name=seg][value=wageEarner]').isHidden());
    assert.equal(await frame.getAttribute('#seg-change', 'aria-expanded'), 'false');
    const inc = await inFrame('#inc');
    assert.ok(inc.bottom <= FIRST_SCREEN, `the income field ends ${inc.bottom} px down the frame`);

    await frame.fill('#inc', '3000000');
    const asOf = await frame.inputValue('#date');
    const want = engine.calculate({ asOf, segment: 'selfEmployed', lang: 'id', monthlyIncome: '3000000' });
    // The full module's answer: the price and what the family gets.
    await frame.locator('[data-testid=protection]').waitFor({ timeout: 30000 });
    assert.equal(await frame.locator('[data-testid=you-pay]').innerText(), rp(want.contributions.total.worker));

    // The frame is its content's height (so nothing scrolls inside it) before anything is measured.
    const size = async () => {
      const inner = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
      const outer = (await widget.boundingBox()).height;
      return Math.abs(inner - outer) <= 2 ? { inner, outer } : null;
    };
    const fits = await until(size);
    assert.ok(fits, 'the frame did not take its content\'s height');
    assert.deepEqual(await frame.evaluate(() => ({ y: scrollY, inner: document.documentElement.scrollHeight <= innerHeight + 2 })), { y: 0, inner: true });

    // The headline, price to family line, within the first screen of the frame, right after the
    // income; the other questions and the notice after it.
    const head = await inFrame('[data-testid=headline]');
    const price = await inFrame('[data-testid=you-pay]');
    const family = await inFrame('[data-testid=protection]');
    t.diagnostic(`headline ${head.top}-${head.bottom} px down a ${Math.round(fits.outer)} px frame`);
    assert.ok(head.top > inc.bottom && family.bottom <= FIRST_SCREEN && price.bottom <= FIRST_SCREEN,
      `headline ${JSON.stringify({ head, price, family })}`);
    for (const sel of ['#emp', '#jht', '#more-fold', '#privacy']) {
      assert.ok((await inFrame(sel)).top > head.bottom, `${sel} is above the answer`);
    }
    // Reading and keyboard order are the order on screen: income, answer, the other questions.
    assert.ok(await frame.evaluate(() => {
      const [a, b, c] = ['inc', 'result', 'emp'].map((id) => document.getElementById(id));
      return !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) && !!(b.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING);
    }));

    // The details are there, folded: nothing open in the frame.
    assert.ok(await frame.locator('#folds details').count() >= 3);
    assert.deepEqual(await frame.evaluate(() => [...document.querySelectorAll('details[open]')].map((d) => d.id || d.className)), []);

    // The frame follows its content both ways: a fold opened grows it, closed shrinks it back.
    const before = fits.outer;
    await frame.click('#folds details > summary');
    const grown = await until(async () => { const s = await size(); return s && s.outer > before + 20 ? s : null; });
    assert.ok(grown, 'the frame did not grow with an open fold');
    await frame.click('#folds details > summary');
    const shrunk = await until(async () => { const s = await size(); return s && Math.abs(s.outer - before) <= 2 ? s : null; });
    assert.ok(shrunk, `the frame did not shrink back to ${before} px`);
  }, '', PHONE);
});

test('partner page on a phone: another kind of worker is one button away, and its other questions follow the answer', LONG, async (t) => {
  await onPartner(t, async ({ page }) => {
    const frame = await frameOf(page);
    await frame.click('#seg-change');
    assert.equal(await frame.getAttribute('#seg-change', 'aria-expanded'), 'true');
    await frame.check('input[name=seg][value=wageEarner]');
    // The self-employed questions are gone from above and below the answer; the wage earner's are shown.
    for (const id of ['inc', 'emp', 'jht']) assert.ok(await frame.locator(`#${id}`).isHidden(), id);
    for (const id of ['wage', 'size', 'li']) assert.ok(await frame.locator(`#${id}`).isVisible(), id);
    await frame.click('#seg-change');
    assert.ok(await frame.locator('input[name=seg][value=selfEmployed]').isHidden());
    assert.ok(await frame.locator('input[name=seg][value=wageEarner]').isVisible());

    await frame.fill('#wage', '5000000');
    await frame.check('input[name=risk][value="1"]');
    // The size of the business is asked above the answer (no first answer without it): a micro
    // business pays for fewer programs.
    const asOf = await frame.inputValue('#date');
    const want = engine.calculate({ asOf, segment: 'wageEarner', lang: 'id', monthlyWage: '5000000', riskGroup: 1, enterpriseSize: 'micro' });
    await frame.selectOption('#size', 'micro');
    await until(async () => (await frame.locator('[data-testid=you-pay]').innerText().catch(() => '')) === rp(want.contributions.total.worker));
    assert.equal(await frame.locator('[data-testid=you-pay]').innerText(), rp(want.contributions.total.worker));
    const order = await frame.evaluate(() => ['wage', 'risk-set', 'size', 'result', 'n', 'li', 'risk-hint'].map((id) => Math.round(document.getElementById(id).getBoundingClientRect().top)));
    assert.deepEqual([...order].sort((a, b) => a - b), order, `wage, risk, size, answer, workers, labour-intensive, risk hint: ${order}`);
    // The chosen risk group shows alone, and the answer starts on the frame's first screen.
    assert.ok(await frame.locator('input[name=risk][value="3"]').isHidden());
    const [head, box] = await Promise.all([frame.locator('[data-testid=headline]').boundingBox(), page.locator('bpjstk-calculator').boundingBox()]);
    assert.ok(head.y - box.y <= FIRST_SCREEN - 60, `the wage earner's answer starts ${Math.round(head.y - box.y)} px down the frame`);
    await frame.click('#risk-change');
    assert.equal(await frame.getAttribute('#risk-change', 'aria-expanded'), 'true');
    assert.ok(await frame.locator('input[name=risk][value="3"]').isVisible());
    // The number of workers, below the answer, still counts: the employer's cost for three.
    await frame.fill('#n', '3');
    const each = BigInt(want.contributions.total.employer);
    await until(async () => (await frame.locator('[data-testid=employer]').innerText().catch(() => '')) === rp(String(each * 3n)));
  }, '', PHONE);
});

test('partner page: the JS API mounts a second widget, updates its options and disposes of it', LONG, async (t) => {
  await onPartner(t, async ({ page }) => {
    await frameOf(page);
    await page.evaluate(() => {
      window.widget = window.BPJSTKCalculator.mount(document.getElementById('slot'), {
        lang: 'en', segment: 'wageEarner', compact: true, theme: { accent: '#123456', font: 'x;}body{color:red' },
      });
    });
    const second = await frameOf(page, (u) => u.searchParams.get('lang') === 'en');
    const u = new URL(second.url());
    assert.equal(u.searchParams.get('segment'), 'wageEarner');
    assert.equal(u.searchParams.get('compact'), '1');
    assert.equal(u.searchParams.get('accent'), '#123456');
    // A font outside the list is dropped: the host's stylesheet value (serif) applies.
    assert.equal(u.searchParams.get('font'), 'serif');
    assert.ok(await second.locator('input[name=seg][value=wageEarner]').isChecked());
    assert.equal(await second.evaluate(() => document.documentElement.lang), 'en');
    assert.ok(await second.locator('#ben-set').isHidden(), 'compact hides the benefits questions');

    await page.evaluate(() => window.widget.update({ lang: 'id', segment: 'construction' }));
    const third = await frameOf(page, (x) => x.searchParams.get('segment') === 'construction');
    assert.ok(await third.locator('input[name=seg][value=construction]').isChecked());
    assert.equal(await third.evaluate(() => document.documentElement.lang), 'id');

    await page.evaluate(() => window.widget.dispose());
    assert.equal(await page.evaluate(() => document.querySelectorAll('bpjstk-calculator').length), 1);
    assert.equal(await page.evaluate(() => document.getElementById('slot').children.length), 0);
  });
});

test('the SRI hash in the snippets is the hash of embed.js and v1/embed.js as served', LONG, async () => {
  const sri = readFileSync(join(DIST, 'embed.sri'), 'utf8').trim();
  assert.match(sri, /^sha384-[A-Za-z0-9+/]{64}$/);
  for (const p of ['embed.js', 'v1/embed.js']) {
    const res = await fetch(calc.url + p);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    const body = Buffer.from(await res.arrayBuffer());
    assert.equal(`sha384-${createHash('sha384').update(body).digest('base64')}`, sri, p);
  }
  const snippets = readFileSync(join(DIST, 'embed-snippets.txt'), 'utf8');
  assert.ok(snippets.includes(`integrity="${sri}" crossorigin="anonymous"`), snippets);
  // The loader stays small: it is on the partner's page, not ours.
  assert.ok(readFileSync(join(DIST, 'embed.js')).length < 6000);
});

test('the "get the code" page writes the script tag with its SRI hash and the iframe fallback', LONG, async (t) => {
  const sri = readFileSync(join(DIST, 'embed.sri'), 'utf8').trim();
  await withPage(t, browser, calc.url, async ({ page }) => {
    // After a visit to the calculator its service worker answers navigations: this page must still be itself.
    await page.goto(calc.url);
    await page.locator('#status[data-state=ready]').waitFor({ timeout: 60000 });
    await page.goto(calc.url + 'embed-code.html');
    assert.ok(await page.evaluate(() => !!navigator.serviceWorker.controller));
    await page.waitForFunction((s) => document.getElementById('out-script').value.includes(s), sri, { timeout: 30000, polling: 100 });
    await page.selectOption('#lang', 'en');
    await page.selectOption('#segment', 'wageEarner');
    await page.check('#compact');
    await page.selectOption('#radius', '4px');
    const script = await page.inputValue('#out-script');
    // The element first, with a link a reader sees if the script or the frame is blocked.
    assert.equal(script, `<bpjstk-calculator><a href="${calc.url}index.html">Work out BPJS Ketenagakerjaan contributions with this calculator</a></bpjstk-calculator>\n`
      + `<script src="${calc.url}v1/embed.js" integrity="${sri}" crossorigin="anonymous" data-lang="en" data-segment="wageEarner" data-compact data-radius="4px" async></script>`);
    const frame = await page.inputValue('#out-frame');
    assert.ok(frame.includes(`src="${calc.url}index.html?embed=1&amp;lang=en&amp;segment=wageEarner&amp;compact=1&amp;radius=4px"`), frame);

    // A live preview of the options chosen: the same loader, mounted on this page.
    const preview = await frameOf(page, (u) => u.searchParams.get('segment') === 'wageEarner' && u.searchParams.get('compact') === '1');
    assert.ok(await preview.locator('input[name=seg][value=wageEarner]').isChecked());
    assert.equal(await preview.evaluate(() => document.documentElement.lang), 'en');
    await page.selectOption('#segment', 'migrant');
    const migrant = await frameOf(page, (u) => u.searchParams.get('segment') === 'migrant');
    assert.ok(await migrant.locator('input[name=seg][value=migrant]').isChecked());
    assert.equal(await page.evaluate(() => document.querySelectorAll('#preview bpjstk-calculator').length), 1);

    // The build's embed-snippets.txt holds what this page writes for its default options, for
    // https://CALCULATOR/: the element with its link and the script tag, and the iframe alone.
    await page.goto(calc.url + 'embed-code.html');
    await page.waitForFunction((s) => document.getElementById('out-script').value.includes(s), sri, { timeout: 30000, polling: 100 });
    const generic = (s) => s.replaceAll(calc.url, 'https://CALCULATOR/');
    const snippets = readFileSync(join(DIST, 'embed-snippets.txt'), 'utf8');
    const written = [generic(await page.inputValue('#out-script')), generic(await page.inputValue('#out-frame'))];
    assert.match(written[0], /^<bpjstk-calculator><a href="https:\/\/CALCULATOR\/index\.html">[^<]+<\/a><\/bpjstk-calculator>\n<script /);
    for (const w of written) assert.ok(snippets.includes(w), `embed-snippets.txt lacks\n${w}\n---\n${snippets}`);

    // In Bahasa Indonesia by default, English with one button.
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'id');
    assert.equal(await page.locator('h1').innerText(), 'Pasang kalkulator di situs Anda');
    await page.click('#switch');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.equal(await page.locator('h1').innerText(), 'Embed the calculator on your site');
  });
});

test('partner page with two tags: each mounts its widget; the one below the fold is sized before anyone scrolls', LONG, async (t) => {
  await onPartner(t, async ({ page }) => {
    const id = await frameOf(page, (u) => u.searchParams.get('lang') === 'id');
    const en = await frameOf(page, (u) => u.searchParams.get('lang') === 'en');
    assert.ok(await en.locator('input[name=seg][value=wageEarner]').isChecked());
    assert.ok(await id.locator('input[name=seg][value=selfEmployed]').isChecked());
    // The snippet's own element was used (no third widget), its fallback link hidden.
    assert.equal(await page.evaluate(() => document.querySelectorAll('bpjstk-calculator').length), 2);
    assert.equal(await page.evaluate(() => document.querySelector('bpjstk-calculator').id), 'first');
    assert.ok(await page.locator('#first a').isHidden());
    // The English widget sits 3,000 px below, out of view, and still takes its content's height
    // (not the element's starting 640 px), though nobody scrolled.
    const sized = await until(async () => {
      const inner = await en.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
      const outer = await page.evaluate(() => document.querySelectorAll('bpjstk-calculator')[1].getBoundingClientRect().height);
      return Math.abs(inner - outer) <= 2 && Math.abs(outer - 640) > 2 ? outer : null;
    });
    assert.ok(sized, 'the widget below the fold kept its starting height');
    assert.equal(await page.evaluate(() => scrollY), 0);
  }, 'two.html');
});

test('partner page: when the policy blocks the loader or the frame, the snippet\'s link to the calculator shows', LONG, async () => {
  for (const path of ['blocked.html', 'noframe.html']) {
    const ctx = await browser.newContext({ viewport: { width: 800, height: 900 } });
    try {
      const page = await ctx.newPage();
      await page.goto(partner.url + path);
      const link = page.locator('#first a');
      await link.waitFor({ state: 'visible', timeout: 20000 });
      assert.equal(await link.getAttribute('href'), `${calc.url}index.html`, path);
    } finally {
      await ctx.close();
    }
  }
});

test('embed mode on its own: axe-core finds no WCAG 2.1 A/AA violation, with a result shown', LONG, async (t) => {
  await withPage(t, browser, calc.url, async ({ page }) => {
    await page.goto(`${calc.url}index.html?embed=1&compact=1&radius=4px#seg=selfEmployed&occ=fisher&inc=100000&per=day&date=${DATE}`);
    await page.waitForFunction(() => document.getElementById('foot').textContent.length > 0, null, { timeout: 60000, polling: 100 });
    await page.locator('[data-testid=you-pay]').waitFor({ timeout: 30000 });
    assert.ok(await page.locator('header.top').isHidden());
    // The framed page registers no service worker: its storage would be the partner's partition.
    await page.waitForTimeout(1500);
    assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    assert.deepEqual(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
  });
});

test("a copy of the loader on the host's own origin (script-src 'self') frames the calculator named in data-calculator", LONG, async (t) => {
  await onPartner(t, async ({ page }) => {
    const frame = await frameOf(page);
    const url = new URL(frame.url());
    assert.equal(url.origin, new URL(calc.url).origin);
    assert.equal(url.searchParams.get('lang'), 'en');
    await frame.click('#more-fold > summary'); // the date of the rules is folded under the form
    await frame.fill('#date', DATE);
    await frame.fill('#inc', '2000000');
    const want = engine.calculate({ asOf: DATE, segment: 'selfEmployed', lang: 'en', monthlyIncome: '2000000' });
    assert.equal(await frame.locator('[data-testid=you-pay]').innerText(), rp(want.contributions.total.worker, 'en-US'));
    const sized = await until(() => page.evaluate(() => Math.abs(document.querySelector('bpjstk-calculator').getBoundingClientRect().height - 640) > 2));
    assert.ok(sized, 'the frame never sized its element');
  }, 'self.html');
});
