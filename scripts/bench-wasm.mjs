// Throughput of the npm package in Chromium (Debian's, through playwright-core) beside the
// native engine's, in the same run on the same machine, and the module's size. Prints a table
// and writes bench-out/wasm.json. Run scripts/build-wasm.sh first; `node scripts/bench-wasm.mjs
// [--seconds N]`. Nothing is fetched from any other origin: the page is served from 127.0.0.1.
import { createServer } from 'node:http';
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const root = new URL('../', import.meta.url);
const seconds = Number(process.argv[process.argv.indexOf('--seconds') + 1]) || 2;

const wasm = readFileSync(new URL('pkg/bpjstk_calc_bg.wasm', root));
const size = { bytes: wasm.length, gzipped: gzipSync(wasm, { level: 9 }).length };

// The bulk template's rows (every segment), repeated: the page's bulk CSV path.
const template = readFileSync(new URL('docs/bulk-template.csv', root), 'utf8').trim().split('\n');
const csvRows = 20000;
const csv = [template[0], ...Array.from({ length: csvRows }, (_, i) => template[1 + (i % (template.length - 1))])].join('\n') + '\n';

const page = `<!doctype html><meta charset="utf-8"><title>bench</title><script type="module">
import init, { calculate, calculateMany, calculateLines, calculateCsv } from './pkg/bpjstk_calc.js';
await init();
const w = { asOf: '2026-06-01', segment: 'wageEarner', monthlyWage: '5000000', riskGroup: 1, enterpriseSize: 'large' };
const a = { ...w, detail: 'amounts' };
// Best rate of rounds of about 200 ms over the budget, in calls a second.
function rate(f, perCall = 1) {
  let best = 0;
  const end = performance.now() + ${seconds * 1000};
  while (performance.now() < end) {
    const t = performance.now(); let n = 0;
    while (performance.now() - t < 200) { f(); n += perCall; }
    best = Math.max(best, n / ((performance.now() - t) / 1000));
  }
  return Math.round(best);
}
const fullText = calculateLines(JSON.stringify(w)).trim();
const amountsText = calculateLines(JSON.stringify(a)).trim();
const rows = 2000;
const many = Array.from({ length: rows }, (_, i) => ({ ...a, monthlyWage: String(3000000 + i * 1000) }));
const lines = many.map((r) => JSON.stringify(r)).join('\\n');
window.result = {
  calculate: rate(() => calculate(w)),
  calculateAmounts: rate(() => calculate(a)),
  calculateManyAmounts: rate(() => calculateMany(many), rows),
  calculateLinesAmounts: rate(() => calculateLines(lines), rows),
  calculateCsvTemplateRows: rate(() => calculateCsv(${JSON.stringify(csv)}), ${csvRows}),
  // The floor under calculate: turning the same response's JSON text into objects, alone.
  jsonParseOfFullResponse: rate(() => JSON.parse(fullText)),
  jsonParseOfAmountsResponse: rate(() => JSON.parse(amountsText)),
};
</script>`;

const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end(page);
  if (path === '/favicon.ico') return res.writeHead(204).end();
  const types = { '.js': 'text/javascript', '.wasm': 'application/wasm' };
  const ext = path.slice(path.lastIndexOf('.'));
  if (!path.startsWith('/pkg/') || !types[ext] || path.includes('..')) return res.writeHead(404).end();
  try {
    res.writeHead(200, { 'content-type': types[ext] }).end(readFileSync(new URL('.' + path, root)));
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
try {
  const tab = await browser.newPage();
  tab.on('console', (m) => m.type() === 'error' && console.error('page:', m.text()));
  await tab.goto(`http://127.0.0.1:${server.address().port}/`);
  await tab.waitForFunction(() => window.result, null, { timeout: (seconds * 6 + 60) * 1000 });
  browserRates = await tab.evaluate(() => window.result);
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
for (const [name, r] of Object.entries(browserRates)) console.log(`  ${name.padEnd(24)} ${k(r).padStart(10)}`);
console.log(`native: calculate(Raw) ${k(native.calculatePerSecond)}, JSON text in and out ${k(native.jsonDoorPerSecond)}, the same with detail "amounts" ${k(native.jsonDoorAmountsPerSecond)}`);
console.log(`ratio wasm / native: calculate / JSON door ${result.ratio.calculateToNativeJsonDoor}, calculateLines / JSON door (amounts) ${result.ratio.linesAmountsToNativeJsonDoorAmounts}`);
