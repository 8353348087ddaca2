#!/usr/bin/env node
// Measures the built page (www/dist, from scripts/build-www.sh): the bytes of a first visit,
// gzip-compressed, by file and by type, and Lighthouse's mobile performance and accessibility
// scores with time to interactive. Slow (about a minute), so not part of the test command.
//   node scripts/measure-page.mjs [--runs N] [--no-lighthouse]
// The page is served gzip-compressed on 127.0.0.1 as a real host would serve it. Lighthouse
// (npm, pinned) is installed on first use into tests/e2e/.tools/ (ignored by git).
import { execFileSync, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openPage, ready, serve, DIST, ROOT, ARTIFACTS, CHROMIUM_ARGS } from '../tests/e2e/helpers.mjs';
import { weigh } from '../tests/e2e/weigh.mjs';

const LIGHTHOUSE = '12.2.3';
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;

if (!existsSync(join(DIST, 'index.html'))) {
  console.error('measure-page: www/dist is missing; run scripts/build-www.sh first');
  process.exit(1);
}

// 1. Weight: what a first visit in Chromium fetches, as the server saw it.
const srv = await serve(DIST, { gzip: true });
const browser = await launch();
const { page } = await openPage(browser, srv.url);
await page.goto(srv.url);
await ready(page);
await page.locator('#status[data-state=ready]').waitFor();
await browser.close();
const files = [...new Set(srv.log.map((p) => (p === '/' ? 'index.html' : p.slice(1))))];
const w = weigh(DIST, files);
console.log('first visit (gzip -9, Brotli 11, raw):');
const row = (f, name) => console.log(`  ${String(f.gzip).padStart(7)}  ${String(f.brotli).padStart(7)} br  ${String(f.raw).padStart(7)} raw  ${name}`);
for (const f of w.files.sort((a, b) => b.gzip - a.gzip)) row(f, f.file);
row(w, 'total');
console.log('  by type: ' + Object.entries(w.byType).map(([k, v]) => `${k} ${v}`).join(', '));
const result = { date: new Date().toISOString(), weight: { gzip: w.gzip, brotli: w.brotli, raw: w.raw, byType: w.byType, files: w.files } };

// 2. Lighthouse, mobile (its default: a mid-range phone on a slow 4G connection, simulated).
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
  for (let i = 0; i < runs; i++) {
    const out = join(ARTIFACTS, `lighthouse-${i + 1}.json`);
    // Asynchronously: the server answering Lighthouse runs in this process.
    await promisify(execFile)(process.execPath, [cli, srv.url, '--quiet', '--output=json', `--output-path=${out}`,
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
    console.log(`lighthouse run ${i + 1}: performance ${s.performance}, accessibility ${s.accessibility}, best practices ${s.bestPractices}; ` +
      `FCP ${s.fcpMs} ms, LCP ${s.lcpMs} ms, TTI ${s.ttiMs} ms, TBT ${s.tbtMs} ms, CLS ${s.cls}`);
  }
  const median = (k) => scores.map((s) => s[k]).sort((a, b) => a - b)[Math.floor(scores.length / 2)];
  result.lighthouse = { version: LIGHTHOUSE, runs: scores, median: Object.fromEntries(Object.keys(scores[0]).map((k) => [k, median(k)])) };
  console.log('lighthouse median: ' + JSON.stringify(result.lighthouse.median));
}
await srv.close();
writeFileSync(join(ARTIFACTS, 'measure.json'), JSON.stringify(result, null, 2));
console.log(`written tests/e2e/artifacts/measure.json`);
