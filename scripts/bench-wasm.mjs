// Throughput of the npm package in Chromium (Debian's, through playwright-core) beside the
// native engine's, in the same run on the same machine, and the module's size. Prints a table
// and writes bench-out/wasm.json. Run scripts/build-wasm.sh first; `node scripts/bench-wasm.mjs
// [--seconds N] [--against DIR]`. With --against, a second build of the package (DIR holds its
// bpjstk_calc.js and bpjstk_calc_bg.wasm, e.g. a copy of pkg/ from another commit) is measured
// on the same page in the same run, one round of each in turn, and printed beside pkg/'s.
// Nothing is fetched from any other origin: the page is served from 127.0.0.1.
import { createServer } from 'node:http';
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const root = new URL('../', import.meta.url);
const arg = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const seconds = Number(arg('--seconds')) || 2;
const against = arg('--against') && new URL(arg('--against').replace(/\/?$/, '/'), `file://${process.cwd()}/`);

const wasm = readFileSync(new URL('pkg/bpjstk_calc_bg.wasm', root));
const size = { bytes: wasm.length, gzipped: gzipSync(wasm, { level: 9 }).length };

// The bulk template's rows (every segment), repeated: the page's bulk CSV path.
const template = readFileSync(new URL('docs/bulk-template.csv', root), 'utf8').trim().split('\n');
const csvRows = 20000;
const csv = [template[0], ...Array.from({ length: csvRows }, (_, i) => template[1 + (i % (template.length - 1))])].join('\n') + '\n';

const page = `<!doctype html><meta charset="utf-8"><title>bench</title><script type="module">
const mods = [await import('./pkg/bpjstk_calc.js')${against ? ", await import('./against/bpjstk_calc.js')" : ''}];
for (const m of mods) await m.default();
const w = { asOf: '2026-06-01', segment: 'wageEarner', monthlyWage: '5000000', riskGroup: 1, enterpriseSize: 'large' };
const a = { ...w, detail: 'amounts' };
// Best rate of rounds of about 200 ms over the budget, in calls a second, for each module; the
// modules take turns round by round, so that both see the same state of the machine.
function rate(f, perCall = 1) {
  const best = mods.map(() => 0);
  const end = performance.now() + ${seconds * 1000} * mods.length;
  while (performance.now() < end) {
    mods.forEach((m, i) => {
      const t = performance.now(); let n = 0;
      while (performance.now() - t < 200) { f(m); n += perCall; }
      best[i] = Math.max(best[i], n / ((performance.now() - t) / 1000));
    });
  }
  return best.map(Math.round);
}
const fullText = mods[0].calculateLines(JSON.stringify(w)).trim();
const amountsText = mods[0].calculateLines(JSON.stringify(a)).trim();
const rows = 2000;
const many = Array.from({ length: rows }, (_, i) => ({ ...a, monthlyWage: String(3000000 + i * 1000) }));
const lines = many.map((r) => JSON.stringify(r)).join('\\n');
window.result = {
  calculate: rate((m) => m.calculate(w)),
  calculateAmounts: rate((m) => m.calculate(a)),
  calculateManyAmounts: rate((m) => m.calculateMany(many), rows),
  calculateLinesAmounts: rate((m) => m.calculateLines(lines), rows),
  calculateCsvTemplateRows: rate((m) => m.calculateCsv(${JSON.stringify(csv)}), ${csvRows}),
  rules: rate((m) => m.rules()),
  // The floor under calculate: turning the same response's JSON text into objects, alone.
  jsonParseOfFullResponse: rate(() => JSON.parse(fullText)).slice(0, 1),
  jsonParseOfAmountsResponse: rate(() => JSON.parse(amountsText)).slice(0, 1),
};
</script>`;

const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end(page);
  if (path === '/favicon.ico') return res.writeHead(204).end();
  const types = { '.js': 'text/javascript', '.wasm': 'application/wasm' };
  const ext = path.slice(path.lastIndexOf('.'));
  const file = path.startsWith('/pkg/') ? new URL('.' + path, root)
    : against && path.startsWith('/against/') ? new URL('.' + path.slice('/against'.length), against) : null;
  if (!file || !types[ext] || path.includes('..')) return res.writeHead(404).end();
  try {
    res.writeHead(200, { 'content-type': types[ext] }).end(readFileSync(file));
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
let browserRates;
let againstRates;
try {
  const tab = await browser.newPage();
  tab.on('console', (m) => m.type() === 'error' && console.error('page:', m.text()));
  await tab.goto(`http://127.0.0.1:${server.address().port}/`);
  await tab.waitForFunction(() => window.result, null, { timeout: (seconds * 6 + 60) * 1000 });
  const both = await tab.evaluate(() => window.result);
  browserRates = Object.fromEntries(Object.entries(both).map(([k, v]) => [k, v[0]]));
  if (against) againstRates = Object.fromEntries(Object.entries(both).filter(([, v]) => v.length > 1).map(([k, v]) => [k, v[1]]));
} finally {
  await browser.close();
  server.close();
}

const nativeOut = execFileSync('cargo', ['bench', '--quiet', '--bench', 'native', '--', '--seconds', String(seconds)], {
  cwd: new URL('.', root), encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
});
const native = JSON.parse(nativeOut.trim().split('\n').pop()).native;

const result = {
  date: new Date().toISOString().slice(0, 10),
  chromium: browser.version(),
  size,
  chromiumPerSecond: browserRates,
  ...(against && { against: { dir: against.pathname, chromiumPerSecond: againstRates } }),
  nativePerSecond: native,
  ratio: {
    calculateToNativeJsonDoor: +(browserRates.calculate / native.jsonDoorPerSecond).toFixed(2),
    calculateToNativeEngine: +(browserRates.calculate / native.calculatePerSecond).toFixed(2),
    linesAmountsToNativeJsonDoorAmounts: +(browserRates.calculateLinesAmounts / native.jsonDoorAmountsPerSecond).toFixed(2),
  },
};
mkdirSync(new URL('bench-out/', root), { recursive: true });
writeFileSync(new URL('bench-out/wasm.json', root), JSON.stringify(result, null, 2) + '\n');
const k = (n) => n.toLocaleString('en');
console.log(`wasm: ${k(size.bytes)} bytes, ${k(size.gzipped)} gzipped`);
console.log(`Chromium ${result.chromium}, wage earner, requests a second:`);
if (against) console.log(`  ${''.padEnd(26)} ${'pkg/'.padStart(10)} ${'against'.padStart(10)}   pkg/ ÷ against`);
for (const [name, r] of Object.entries(browserRates)) {
  const o = againstRates?.[name];
  console.log(`  ${name.padEnd(26)} ${k(r).padStart(10)}` + (o ? ` ${k(o).padStart(10)}   ${(r / o).toFixed(2)}` : ''));
}
console.log(`native: calculate(Raw) ${k(native.calculatePerSecond)}, JSON text in and out ${k(native.jsonDoorPerSecond)}, the same with detail "amounts" ${k(native.jsonDoorAmountsPerSecond)}`);
console.log(`ratio wasm / native: calculate / JSON door ${result.ratio.calculateToNativeJsonDoor}, calculateLines / JSON door (amounts) ${result.ratio.linesAmountsToNativeJsonDoorAmounts}`);
