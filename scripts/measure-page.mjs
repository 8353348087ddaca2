#!/usr/bin/env node
// The measurements of issue 16, in one run, through the production host (Caddy with
// deploy/Caddyfile and the Brotli and gzip files the build writes), in Debian's Chromium:
//
//  1. time to the fisher's first answer on a first visit (new profile, empty cache) on a slow
//     phone: CPU 4× slower, a slow link (400 ms latency, 50 KB/s each way), 360×800. He fills the
//     form as soon as each field lets him (informal worker, the default segment; occupation
//     "fisher"; income 60000 per day), and the time runs from navigation start to the paint of his
//     monthly price, the engine's figure for that request (computed in Node from the same build),
//     and to the paint of the protection line. Median of --runs (3);
//  2. the bytes before that first answer (response bodies as on the wire, compressed) and the whole
//     offline set (everything the service worker precaches, as served);
//  3. keystroke to painted answer at 4× CPU once loaded: --keys (30) digits typed one at a time,
//     from the key event to the paint after the answer changed; median and p95, beside a trivial
//     page (an input echoed into a paragraph) measured the same way;
//  4. the peer, on the same profile in the same run: indonesia-afk/bpjs-simulator, built by hand
//     (never part of this repository) and given as PEER_DIR or --peer DIR; skipped without it;
//  5. Lighthouse 12.2.3, mobile (performance, accessibility, best practices; FCP, LCP, TTI, TBT).
// Plus one visit where the fisher types his income and "per day" before the occupation list is
// filled, to see whether the page keeps what was typed while it loads.
//
//   node scripts/measure-page.mjs [--runs N] [--keys N] [--no-lighthouse] [--no-peer] [--peer DIR]
//   PEER_DIR=/tmp/peer/dist node scripts/measure-page.mjs
//
// Timings are reported, never asserted. Slow (a few minutes). Nothing is fetched from any host but
// 127.0.0.1 (Chromium's host resolver refuses every other name). Lighthouse (npm, pinned) is
// installed on first use into tests/e2e/.tools/ (ignored by git). Results also go to
// tests/e2e/artifacts/measure.json. The site is copied first, so a rebuild of www/dist meanwhile
// does not disturb the run.
import { chromium } from 'playwright-core';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants as Z, gzipSync } from 'node:zlib';
import { serveHost, DIST, ROOT, ARTIFACTS, CHROMIUM_ARGS } from '../tests/e2e/helpers.mjs';
import { rp } from '../tests/e2e/engine.mjs';

const LIGHTHOUSE = '12.2.3';
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const RUNS = Number(opt('--runs', 3)) || 3;
const KEYS = Number(opt('--keys', 30)) || 30;
const PEER_DIR = args.includes('--no-peer') ? null : opt('--peer', process.env.PEER_DIR || null);

/** The slow phone of issue 16. */
const PROFILE = { cpu: 4, latencyMs: 400, bytesPerSecond: 51200, viewport: { width: 360, height: 800 } };
/** The page's stable hooks (the page is being reshaped; these stay). */
const SEL = {
  occ: '#occ', inc: '#inc', per: '#per',
  answer: '[data-testid="you-pay"]',
  // The headline's family line ("Keluarga mendapat …"); "n/a" when the page has none.
  protection: '[data-testid="protection"]',
  // Where an answer is rendered: watched for changes after each keystroke.
  region: '#result',
  ready: '#status[data-state=ready]',
};
/** The fisher of the README: informal worker (default), fisher, Rp60.000 a day. */
const FISHER = { segment: 'selfEmployed', occupation: 'fisher', income: '60000', per: 'day' };
const HOW_TO_BUILD_PEER = `to measure the peer too, build it (not part of this repository) and name its built directory:
    git clone https://github.com/indonesia-afk/bpjs-simulator /tmp/peer   # or: git --git-dir=<mirror> archive HEAD | tar -x -C /tmp/peer
    (cd /tmp/peer && npm ci && npx vite build)
    PEER_DIR=/tmp/peer/dist node scripts/measure-page.mjs`;

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
const median = (xs) => { const s = xs.filter((x) => x != null).sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)] : null; };
/** Nearest-rank percentile. */
const pctl = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : null; };
const sec = (ms) => (ms == null ? 'n/a' : `${(ms / 1000).toFixed(2)} s`);
const num = (n) => (n == null ? 'n/a' : n.toLocaleString('en-US'));

// ---------- the site, copied so that a rebuild meanwhile cannot pull it away ----------

const WORK = mkdtempSync(join(tmpdir(), 'measure-page-'));
// A package.json beside (not inside) the site, so that Node loads the engine's glue as a module.
writeFileSync(join(WORK, 'package.json'), '{"type":"module"}');
const SITE = join(WORK, 'site');
for (let attempt = 0; ; attempt++) {
  const complete = ['index.html', 'sw.js', 'VERSION'].every((f) => existsSync(join(DIST, f))) && readdirSync(DIST).some((f) => f.endsWith('.wasm.br'));
  if (complete) {
    rmSync(SITE, { recursive: true, force: true });
    try {
      cpSync(DIST, SITE, { recursive: true });
      if (readFileSync(join(SITE, 'VERSION'), 'utf8') === readFileSync(join(DIST, 'VERSION'), 'utf8')) break;
    } catch { /* being rebuilt: try again */ }
  }
  if (attempt === 0 && !existsSync(DIST)) { console.error('measure-page: www/dist is missing; run scripts/build-wasm.sh && scripts/build-www.sh'); process.exit(1); }
  if (attempt >= 60) { console.error('measure-page: www/dist stayed incomplete for 5 minutes (a build under way?)'); process.exit(1); }
  await sleep(5000);
}
const VERSION = readFileSync(join(SITE, 'VERSION'), 'utf8').trim();

/** The page's engine, loaded in Node from the copied site (as tests/e2e/engine.mjs does). */
async function loadEngine(dir) {
  const files = readdirSync(dir);
  const glue = files.find((f) => /^bpjstk_calc\.[0-9a-f]+\.js$/.test(f));
  const wasm = files.find((f) => /^bpjstk_calc_bg\.[0-9a-f]+\.wasm$/.test(f));
  const mod = await import(pathToFileURL(join(dir, glue)).href);
  mod.initSync({ module: readFileSync(join(dir, wasm)) });
  return mod;
}
/** The page's default date: today, where the browser is (the same machine). */
const n = new Date();
const TODAY = new Date(Date.UTC(n.getFullYear(), n.getMonth(), n.getDate())).toISOString().slice(0, 10);
const engine = await loadEngine(SITE);
const fisherAnswer = engine.calculate({ asOf: TODAY, segment: FISHER.segment, lang: 'id', occupation: FISHER.occupation, dailyIncome: FISHER.income });
const EXPECT = rp(fisherAnswer.contributions.total.worker);
const MONTHLY = fisherAnswer.contributions.income?.monthly;

/** Writes FILE.br and FILE.gz beside each text file and .wasm, as scripts/build-www.sh does. */
function precompress(dir) {
  for (const f of readdirSync(dir, { recursive: true })) {
    if (!/\.(html|js|css|json|webmanifest|svg|csv|txt|wasm)$/.test(f)) continue;
    const body = readFileSync(join(dir, f));
    const g = gzipSync(body, { level: 9, memLevel: 9 });
    const b = brotliCompressSync(body, { params: { [Z.BROTLI_PARAM_QUALITY]: 11, [Z.BROTLI_PARAM_SIZE_HINT]: body.length } });
    if (g.length < body.length) writeFileSync(join(dir, f + '.gz'), g);
    if (b.length < body.length) writeFileSync(join(dir, f + '.br'), b);
  }
}

/** The body of `url` as the host sends it for `accept-encoding` (bytes on the wire, undecoded). */
function wire(url, acceptEncoding) {
  return new Promise((ok, fail) => {
    const req = request(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      let bytes = 0;
      res.on('data', (c) => { bytes += c.length; });
      res.on('end', () => ok({ status: res.statusCode, bytes, encoding: res.headers['content-encoding'] || 'identity' }));
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end();
  });
}
/** Chromium's Accept-Encoding on http://127.0.0.1 (it asks for Brotli there too). */
const CHROMIUM_AE = 'gzip, deflate, br, zstd';

// ---------- in the page: when the answer shows ----------

/**
 * Runs in the page before its own scripts (addInitScript): notes, in the page's clock
 * (performance.now(), 0 at navigation start), every text the answer shows, when it first shows
 * `expect` and when the protection line first holds a figure, each with the time of the paint
 * that follows (the next animation frame, then a message: after style, layout and paint). Also
 * every input and change event (what the visitor did, and when).
 */
function watchAnswer({ answer, expect, protection }) {
  const m = (window.__measure = { seen: [], inputs: [], answer: null, protection: null });
  const find = (sel) => (sel.startsWith('xpath=')
    ? document.evaluate(sel.slice(6), document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue
    : document.querySelector(sel));
  const norm = (s) => (s || '').replace(/\s+/g, '');
  const afterPaint = (o) => requestAnimationFrame(() => {
    const c = new MessageChannel();
    c.port1.onmessage = () => { o.paint = performance.now(); };
    c.port2.postMessage(0);
  });
  let last = '';
  const check = () => {
    const a = find(answer);
    const text = a ? norm(a.textContent) : '';
    if (text !== last) {
      last = text;
      if (text) m.seen.push({ text, at: Math.round(performance.now()) });
    }
    if (!m.answer && text && text === norm(expect)) {
      m.answer = { dom: performance.now() };
      afterPaint(m.answer);
    }
    // The protection line of this request: from the moment the price is the expected one (a
    // line shown earlier belonged to a form still being filled).
    if (protection && m.answer && !m.protection) {
      const p = find(protection);
      if (p && /\d/.test(p.textContent)) {
        m.protection = { dom: performance.now(), text: p.textContent.replace(/\s+/g, ' ').trim().slice(0, 160) };
        afterPaint(m.protection);
      }
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
  for (const type of ['input', 'change']) {
    document.addEventListener(type, (e) => {
      const t = e.target;
      m.inputs.push({ type, field: t.id || t.name || t.type, value: t.type === 'checkbox' ? t.checked : t.value, at: Math.round(performance.now()) });
    }, true);
  }
}

// ---------- a first visit on the slow phone ----------

/** Chromium with a new profile; any host name but localhost fails to resolve. */
const launchChromium = () => chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'],
});

async function throttle(cdp, on) {
  await cdp.send('Network.emulateNetworkConditions', on
    ? { offline: false, latency: PROFILE.latencyMs, downloadThroughput: PROFILE.bytesPerSecond, uploadThroughput: PROFILE.bytesPerSecond }
    : { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
}

/**
 * One first visit to `url` in a new browser: the fisher does `fill(page)`, and the answer the page
 * shows is watched (`watch`: selectors and the expected text). Returns the times, what the answer
 * showed, the form as it ended, and the bytes received before the first answer. With `then`, it
 * is called with the page once the answer is in (still throttled on the CPU), before closing.
 */
async function firstVisit(url, { fill, watch, formState, waitReady, then }) {
  const browser = await launchChromium();
  const origin = new URL(url).origin;
  const out = { foreign: [], errors: [] };
  try {
    const ctx = await browser.newContext({ viewport: PROFILE.viewport, locale: 'id-ID', serviceWorkers: 'allow' });
    const page = await ctx.newPage();
    ctx.on('request', (r) => {
      const u = new URL(r.url());
      if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== origin) out.foreign.push(r.url());
    });
    page.on('pageerror', (e) => out.errors.push(`uncaught: ${e.message}`));
    page.on('console', (msg) => { if (msg.type() === 'error') out.errors.push(`console: ${msg.text()}`); });
    await page.addInitScript(watchAnswer, watch);
    const cdp = await ctx.newCDPSession(page);
    // Every chunk received, in Chromium's monotonic clock (seconds), to count what had arrived
    // of a response still under way when the answer showed.
    const net = { chunks: [], urls: new Map(), doc: null };
    cdp.on('Network.requestWillBeSent', (p) => net.urls.set(p.requestId, p.request.url));
    cdp.on('Network.responseReceived', (p) => { if (p.type === 'Document' && !net.doc) net.doc = p.response.timing; });
    cdp.on('Network.dataReceived', (p) => net.chunks.push({ id: p.requestId, ts: p.timestamp, bytes: p.encodedDataLength }));
    await cdp.send('Network.enable');
    await throttle(cdp, true);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpu });

    await page.goto(url, { waitUntil: 'commit' });
    const filled = await fill(page).then(() => null, (e) => e);
    out.fillError = filled ? String(filled.message).split('\n')[0] : null;
    // Until the expected answer is painted, or the answer has stood still for 15 s on another figure
    // (what was typed was lost), or 90 s.
    await page.waitForFunction(() => {
      const m = window.__measure;
      return m?.answer?.paint || (m?.seen.length && performance.now() - m.seen.at(-1).at > 15000);
    }, null, { timeout: 90000, polling: 100 }).catch(() => {});
    if (watch.protection) await page.waitForFunction(() => window.__measure?.protection?.paint, null, { timeout: 20000, polling: 100 }).catch(() => {});
    const m = await page.evaluate(() => window.__measure);
    out.answerMs = m.answer?.paint ?? null;
    out.answerDomMs = m.answer?.dom ?? null;
    out.protectionMs = m.protection?.paint ?? null;
    out.protectionText = m.protection?.text ?? null;
    out.seen = m.seen;
    out.inputs = m.inputs;
    out.form = formState ? await page.evaluate(formState) : null;

    // Bytes before the first answer: the bodies (encoded, as received) of the document and of
    // every resource finished by then (Resource Timing, exact), and what had arrived of any
    // still under way (Chromium's chunks, which include the chunked framing: close enough).
    const entries = await page.evaluate(() => [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
      .map((e) => ({ url: e.name, bytes: e.encodedBodySize, start: e.startTime, end: e.responseEnd, requestStart: e.requestStart })));
    const cut = out.answerDomMs;
    if (cut != null) {
      const nav = entries[0];
      const zero = net.doc ? net.doc.requestTime + net.doc.sendStart / 1000 - nav.requestStart / 1000 : null;
      out.before = [];
      for (const e of entries) {
        if (!/^https?:/.test(e.url)) continue;
        if (e.end > 0 && e.end <= cut) out.before.push({ url: e.url, bytes: e.bytes, endMs: Math.round(e.end) });
        else if (e.start < cut && zero != null) {
          const ids = [...net.urls].filter(([, u]) => u === e.url).map(([id]) => id);
          const part = net.chunks.filter((c) => ids.includes(c.id) && (c.ts - zero) * 1000 <= cut).reduce((s, c) => s + c.bytes, 0);
          if (part) out.before.push({ url: e.url, bytes: part, partial: true });
        }
      }
      out.bytesBefore = out.before.reduce((s, f) => s + f.bytes, 0);
    }
    if (waitReady) {
      await throttle(cdp, false);
      await page.locator(waitReady).waitFor({ timeout: 120000 }).catch(() => { out.errors.push(`never ${waitReady}`); });
    }
    if (then) out.then = await then(page, cdp);
    await ctx.close();
  } finally {
    await browser.close();
  }
  return out;
}

// ---------- keystroke to painted answer ----------

/** In the page: for each key, its event time and the paint after the answer region changed. */
function watchKeys(region) {
  const k = (window.__keys = { list: [], cur: null });
  const afterPaint = (o, key) => requestAnimationFrame(() => {
    const c = new MessageChannel();
    c.port1.onmessage = () => { o[key] = performance.now(); };
    c.port2.postMessage(0);
  });
  document.addEventListener('keydown', (e) => {
    k.cur = { key: e.key, t0: e.timeStamp };
    k.list.push(k.cur);
  }, true);
  // The paint after the key's own task (for keys that change nothing in the answer).
  document.addEventListener('input', () => { const c = k.cur; if (c && !c.input) { c.input = performance.now(); afterPaint(c, 'inputPaint'); } }, true);
  new MutationObserver(() => {
    const c = k.cur;
    if (c && !c.changed) { c.changed = performance.now(); afterPaint(c, 'paint'); }
  }).observe(document.querySelector(region) || document.body, { subtree: true, childList: true, characterData: true, attributes: true });
}

/** Types `count` digits into `field`, "60000" over and over (cleared between), one key at a time. */
async function typeDigits(page, field, region, count) {
  await page.evaluate(watchKeys, region);
  const settled = () => page.waitForFunction(() => {
    const c = window.__keys.cur;
    return c && ((c.paint && c.inputPaint) || (c.inputPaint && performance.now() - c.inputPaint > 400));
  }, null, { timeout: 10000, polling: 50 });
  await page.click(field);
  const keys = [];
  while (keys.length < count) {
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await settled().catch(() => {});
    for (const d of '60000') {
      if (keys.length >= count) break;
      await page.keyboard.press(d);
      await settled().catch(() => {});
      const c = await page.evaluate(() => window.__keys.cur);
      const end = c.paint ?? c.inputPaint;
      keys.push({ key: d, ms: end == null ? null : end - c.t0, changed: c.paint != null });
    }
  }
  const ms = keys.map((k) => k.ms).filter((x) => x != null);
  return { n: ms.length, changed: keys.filter((k) => k.changed).length, medianMs: Math.round(median(ms)), p95Ms: Math.round(pctl(ms, 95)), keys };
}

/** The same on a trivial page (an input echoed into a paragraph): what the harness and Chromium add. */
async function trivialKeys() {
  const browser = await launchChromium();
  try {
    const ctx = await browser.newContext({ viewport: PROFILE.viewport });
    const page = await ctx.newPage();
    await page.setContent('<input id="inc" inputmode="numeric"><p id="result"></p>');
    await page.evaluate(() => { const i = document.getElementById('inc'); i.addEventListener('input', () => { document.getElementById('result').textContent = `Rp${i.value}`; }); });
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpu });
    return await typeDigits(page, '#inc', '#result', KEYS);
  } finally {
    await browser.close();
  }
}

// ---------- the two pages' fishers ----------

const OUR_WATCH = { answer: SEL.answer, expect: EXPECT, protection: SEL.protection };
const ourForm = () => ({ occ: document.querySelector('#occ')?.value, inc: document.querySelector('#inc')?.value, per: document.querySelector('#per')?.value });
const T = { timeout: 90000 };
/** In the form's order, each field as soon as it takes the input (the occupation once listed). */
const fillInOrder = async (page) => {
  await page.selectOption(SEL.occ, FISHER.occupation, T);
  await page.fill(SEL.inc, FISHER.income, T);
  await page.selectOption(SEL.per, FISHER.per, T);
};
/** Income and "per day" first, while the page may still be loading; the occupation last. */
const fillEarly = async (page) => {
  await page.fill(SEL.inc, FISHER.income, T);
  await page.selectOption(SEL.per, FISHER.per, T);
  await page.selectOption(SEL.occ, FISHER.occupation, T);
};

// The peer (indonesia-afk/bpjs-simulator, React): "Bukan Penerima Upah/Mandiri" (its informal
// worker), its "Penghasilan Dilaporkan" asks a monthly income: our engine's monthly equivalent of
// Rp60.000 a day. JHT is on there by default and off on our page: he unticks it, for the same
// programs (JKK, JKM). Its figure, by its own formula (App.jsx, BPU): max(1% × income, 10.000) +
// 6.800, with no relief. It has no protection line on the first screen.
const PEER_INCOME = String(MONTHLY ?? '1500000').split('.')[0];
const PEER_EXPECT = rp(String(Math.max(Math.round(Number(PEER_INCOME) / 100), 10000) + 6800));
const PEER_WATCH = { answer: "xpath=//p[normalize-space()='Dibayar Pekerja']/following-sibling::span[1]", expect: PEER_EXPECT, protection: null };
const peerFill = async (page) => {
  await page.click('button:has-text("Bukan Penerima Upah")', T);
  const income = page.locator('xpath=//label[normalize-space()="Penghasilan Dilaporkan"]/following-sibling::div//input');
  await income.fill(PEER_INCOME, T);
  await page.uncheck('#bpuJht', T);
};
const peerForm = () => ({ income: document.evaluate('//label[normalize-space()="Penghasilan Dilaporkan"]/following-sibling::div//input', document, null, 9, null).singleNodeValue?.value, jht: document.getElementById('bpuJht')?.checked });

// ---------- the run ----------

const result = {
  date: new Date().toISOString(), version: VERSION, asOf: TODAY, profile: PROFILE, fisher: FISHER, expect: EXPECT,
  machine: { cores: cpus().length, loadavgStart: loadavg().map((x) => +x.toFixed(2)) },
};
console.log(`measure-page: www/dist version ${VERSION}, ${cpus().length} cores, load ${result.machine.loadavgStart.join(' ')}`);
console.log(`the fisher: ${FISHER.occupation}, Rp${FISHER.income} per ${FISHER.per}, rules of ${TODAY}; the engine says ${EXPECT} a month`);

const host = await serveHost(SITE);
try {
  // 1–3. Our first visits, then the keystrokes on the last one's page.
  const visits = [];
  for (let i = 0; i < RUNS; i++) {
    const from = host.log.length;
    const last = i === RUNS - 1;
    const v = await firstVisit(host.url, {
      fill: fillInOrder, watch: OUR_WATCH, formState: ourForm, waitReady: SEL.ready,
      then: last ? async (page) => typeDigits(page, SEL.inc, SEL.region, KEYS) : null,
    });
    v.fetched = [...new Set(host.log.slice(from))];
    visits.push(v);
    console.log(`  ours, run ${i + 1}: answer ${sec(v.answerMs)}, protection ${sec(v.protectionMs)}, ${num(v.bytesBefore)} bytes before the answer` +
      `${v.answerMs == null ? `; never showed ${EXPECT} (showed: ${v.seen.map((s) => s.text).join(' → ') || 'nothing'}; form ${JSON.stringify(v.form)}; ${v.fillError || ''})` : ''}`);
    for (const p of [...v.errors, ...v.foreign.map((u) => `request to another origin: ${u}`)]) console.log(`    ! ${p}`);
  }
  const early = await firstVisit(host.url, { fill: fillEarly, watch: OUR_WATCH, formState: ourForm });
  const kept = early.form && early.form.occ === FISHER.occupation && early.form.inc.replace(/\D/g, '') === FISHER.income && early.form.per === FISHER.per;
  console.log(`  ours, income typed while loading: answer ${sec(early.answerMs)}; the form ended ${JSON.stringify(early.form)} (${kept ? 'kept' : 'NOT kept'}); the answer showed ${early.seen.map((s) => `${s.text} at ${sec(s.at)}`).join(', ') || 'nothing'}`);

  const keys = visits.at(-1).then;
  console.log(`  ours, keystroke to painted answer: median ${keys.medianMs} ms, p95 ${keys.p95Ms} ms (${keys.n} keys, ${keys.changed} changed the answer)`);
  const trivial = await trivialKeys();
  console.log(`  a trivial page, same harness: median ${trivial.medianMs} ms, p95 ${trivial.p95Ms} ms`);

  // Weights, as the host sends them to Chromium (Brotli here).
  const firstFiles = visits[0].fetched.map((p) => (p === '/' ? '' : p.slice(1)));
  const weigh = async (files) => {
    const rows = [];
    for (const f of files) {
      const br = await wire(host.url + f, CHROMIUM_AE);
      const gz = await wire(host.url + f, 'gzip');
      const raw = await wire(host.url + f, 'identity');
      rows.push({ file: f || 'index.html', wire: br.bytes, encoding: br.encoding, gzip: gz.bytes, raw: raw.bytes });
    }
    const sum = (k) => rows.reduce((s, r) => s + r[k], 0);
    return { files: rows, wire: sum('wire'), gzip: sum('gzip'), raw: sum('raw') };
  };
  const sw = readFileSync(join(SITE, 'sw.js'), 'utf8');
  const precached = [...sw.match(/^const ASSETS = \[(.*)\];$/m)[1].matchAll(/'([^']+)'/g)].map((x) => (x[1] === './' ? '' : x[1]));
  const offline = await weigh(['sw.js', ...precached]);
  const firstVisitWeight = await weigh(firstFiles);
  const before = visits[0].before || [];

  result.ours = {
    runs: visits.map((v) => ({ answerMs: v.answerMs && Math.round(v.answerMs), protectionMs: v.protectionMs && Math.round(v.protectionMs), bytesBefore: v.bytesBefore, seen: v.seen, form: v.form, errors: v.errors, foreign: v.foreign })),
    answerMs: Math.round(median(visits.map((v) => v.answerMs))),
    protectionMs: median(visits.map((v) => v.protectionMs)) && Math.round(median(visits.map((v) => v.protectionMs))),
    protectionText: visits[0].protectionText,
    bytesBefore: median(visits.map((v) => v.bytesBefore)),
    filesBefore: before.map((f) => ({ ...f, url: new URL(f.url).pathname })),
    offline: { files: offline.files.length, wire: offline.wire, gzip: offline.gzip, raw: offline.raw, list: offline.files },
    firstVisit: firstVisitWeight,
    typedWhileLoading: { kept, form: early.form, answerMs: early.answerMs && Math.round(early.answerMs), seen: early.seen, inputs: early.inputs },
    keystroke: { medianMs: keys.medianMs, p95Ms: keys.p95Ms, n: keys.n, changed: keys.changed, keys: keys.keys },
    trivialKeystroke: { medianMs: trivial.medianMs, p95Ms: trivial.p95Ms },
  };

  // 4. The peer, on the same profile.
  if (PEER_DIR && existsSync(join(PEER_DIR, 'index.html'))) {
    const peerSite = join(WORK, 'peer');
    cpSync(PEER_DIR, peerSite, { recursive: true });
    precompress(peerSite);
    const peerHost = await serveHost(peerSite);
    try {
      console.log(`the peer (${PEER_DIR}): BPU, income Rp${PEER_INCOME} a month, JHT off; its figure ${PEER_EXPECT}`);
      const pv = [];
      for (let i = 0; i < RUNS; i++) {
        const from = peerHost.log.length;
        const v = await firstVisit(peerHost.url, { fill: peerFill, watch: PEER_WATCH, formState: peerForm });
        v.fetched = [...new Set(peerHost.log.slice(from))];
        pv.push(v);
        console.log(`  peer, run ${i + 1}: answer ${sec(v.answerMs)}, ${num(v.bytesBefore)} bytes before the answer` +
          `${v.answerMs == null ? `; never showed ${PEER_EXPECT} (showed: ${v.seen.map((s) => s.text).join(' → ')}; ${v.fillError || ''})` : ''}`);
        for (const p of [...v.errors, ...v.foreign.map((u) => `request to another origin: ${u}`)]) console.log(`    ! ${p}`);
      }
      result.peer = {
        dir: PEER_DIR, income: PEER_INCOME, expect: PEER_EXPECT,
        runs: pv.map((v) => ({ answerMs: v.answerMs && Math.round(v.answerMs), bytesBefore: v.bytesBefore, seen: v.seen, form: v.form, errors: v.errors, foreign: v.foreign })),
        answerMs: median(pv.map((v) => v.answerMs)) && Math.round(median(pv.map((v) => v.answerMs))),
        bytesBefore: median(pv.map((v) => v.bytesBefore)),
        filesBefore: (pv[0].before || []).map((f) => ({ ...f, url: new URL(f.url).pathname })),
      };
    } finally {
      await peerHost.close();
    }
  } else {
    console.log(`the peer: skipped (${PEER_DIR ? `${PEER_DIR}/index.html not found` : 'no PEER_DIR'}); ${HOW_TO_BUILD_PEER}`);
  }

  // 5. Lighthouse, mobile (its default: a mid-range phone on a slow 4G link, simulated), through
  // the same host.
  if (!args.includes('--no-lighthouse')) {
    const tools = join(ROOT, 'tests', 'e2e', '.tools');
    const cli = join(tools, 'node_modules', 'lighthouse', 'cli', 'index.js');
    const have = existsSync(cli) && JSON.parse(readFileSync(join(tools, 'node_modules', 'lighthouse', 'package.json'), 'utf8')).version;
    if (have !== LIGHTHOUSE) {
      console.log(`installing lighthouse ${LIGHTHOUSE} into tests/e2e/.tools …`);
      mkdirSync(tools, { recursive: true });
      execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefix', tools, `lighthouse@${LIGHTHOUSE}`], { stdio: 'inherit' });
    }
    mkdirSync(ARTIFACTS, { recursive: true });
    const scores = [];
    for (let i = 0; i < RUNS; i++) {
      const out = join(ARTIFACTS, `lighthouse-${i + 1}.json`);
      await promisify(execFile)(process.execPath, [cli, host.url, '--quiet', '--output=json', `--output-path=${out}`,
        '--only-categories=performance,accessibility,best-practices',
        `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`], { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium' }, maxBuffer: 64 << 20 });
      const r = JSON.parse(readFileSync(out, 'utf8'));
      const ms = (id) => Math.round(r.audits[id]?.numericValue ?? NaN);
      const s = {
        performance: r.categories.performance.score, accessibility: r.categories.accessibility.score,
        bestPractices: r.categories['best-practices'].score,
        fcpMs: ms('first-contentful-paint'), lcpMs: ms('largest-contentful-paint'), ttiMs: ms('interactive'),
        tbtMs: ms('total-blocking-time'), cls: r.audits['cumulative-layout-shift']?.numericValue,
      };
      scores.push(s);
      console.log(`  lighthouse run ${i + 1}: performance ${s.performance}, accessibility ${s.accessibility}, best practices ${s.bestPractices}; ` +
        `FCP ${s.fcpMs} ms, LCP ${s.lcpMs} ms, TTI ${s.ttiMs} ms, TBT ${s.tbtMs} ms, CLS ${s.cls}`);
    }
    result.lighthouse = { version: LIGHTHOUSE, runs: scores, median: Object.fromEntries(Object.keys(scores[0]).map((k) => [k, median(scores.map((s) => s[k]))])) };
  }
} finally {
  await host.close();
  rmSync(WORK, { recursive: true, force: true });
}
result.machine.loadavgEnd = loadavg().map((x) => +x.toFixed(2));

// ---------- the table ----------

const o = result.ours;
const p = result.peer;
const rows = [
  [`time to the fisher's first answer (${EXPECT}), median of ${RUNS}`, sec(o.answerMs), p ? sec(p.answerMs) : 'not measured'],
  ['  each run', o.runs.map((r) => sec(r.answerMs)).join(', '), p ? p.runs.map((r) => sec(r.answerMs)).join(', ') : ''],
  ['time to the protection line, median', o.protectionMs == null ? 'n/a' : `${sec(o.protectionMs)} (price +${sec(o.protectionMs - o.answerMs)})`, p ? 'n/a (none on its first screen)' : ''],
  ['bytes before the first answer (bodies, compressed)', `${num(o.bytesBefore)} (${o.filesBefore.length} files)`, p ? `${num(p.bytesBefore)} (${p.filesBefore.length} files)` : ''],
  ['whole offline set (sw.js + precache, as served)', `${num(o.offline.wire)} (${o.offline.files} files; gzip ${num(o.offline.gzip)})`, p ? 'n/a (no offline copy)' : ''],
  ['first visit, every file fetched (as served)', `${num(o.firstVisit.wire)} (${o.firstVisit.files.length} files)`, ''],
  ['income typed while the page loads', o.typedWhileLoading.kept && o.typedWhileLoading.answerMs ? `kept, answer ${sec(o.typedWhileLoading.answerMs)}` : `LOST: form ${JSON.stringify(o.typedWhileLoading.form)}, answer ${sec(o.typedWhileLoading.answerMs)}`, ''],
  [`keystroke to painted answer at ${PROFILE.cpu}× CPU, median / p95 (${o.keystroke.n} keys)`, `${o.keystroke.medianMs} / ${o.keystroke.p95Ms} ms`, ''],
  ['  a trivial page, same harness', `${o.trivialKeystroke.medianMs} / ${o.trivialKeystroke.p95Ms} ms`, ''],
];
if (result.lighthouse) {
  const l = result.lighthouse.median;
  rows.push([`Lighthouse ${LIGHTHOUSE} mobile, median of ${RUNS}: perf / a11y / best practices`, `${l.performance} / ${l.accessibility} / ${l.bestPractices}`, '']);
  rows.push(['  FCP / LCP / TTI / TBT', `${l.fcpMs} / ${l.lcpMs} / ${l.ttiMs} / ${l.tbtMs} ms`, '']);
}
const w0 = Math.max(...rows.map((r) => r[0].length));
const w1 = Math.max(...rows.map((r) => r[1].length), 4);
console.log(`\n${'profile: 360×800, CPU 4× slower, 400 ms latency, 50 KB/s; first visit, new profile; Caddy, deploy/Caddyfile'.padEnd(w0)}`);
console.log(`${''.padEnd(w0)}  ${'ours'.padEnd(w1)}  peer`);
for (const r of rows) console.log(`${r[0].padEnd(w0)}  ${r[1].padEnd(w1)}  ${r[2]}`);
console.log('\nbefore the first answer (ours):');
for (const f of o.filesBefore) console.log(`  ${String(f.bytes).padStart(8)}  ${f.url}${f.partial ? ' (part, under way)' : ''}`);
if (p) {
  console.log('before the first answer (peer):');
  for (const f of p.filesBefore) console.log(`  ${String(f.bytes).padStart(8)}  ${f.url}${f.partial ? ' (part, under way)' : ''}`);
}
console.log(`machine load: ${result.machine.loadavgStart.join(' ')} at the start, ${result.machine.loadavgEnd.join(' ')} at the end (${result.machine.cores} cores)`);
mkdirSync(ARTIFACTS, { recursive: true });
writeFileSync(join(ARTIFACTS, 'measure.json'), JSON.stringify(result, null, 2));
console.log('written tests/e2e/artifacts/measure.json');
