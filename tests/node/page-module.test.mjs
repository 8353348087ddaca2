// The calculator page's module (pkg-page/, built without the "bulk" feature and with the small
// allocator): it has no bulk doors, refuses a sponsor budget with a structured error, answers
// every other request exactly as the npm package's module does (responses and errors, over every
// segment, many dates, both languages, both detail levels, the life events and the bad-input
// catalogue), and its memory does not grow over thousands of requests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const root = new URL('../../', import.meta.url);
const full = await import(new URL('pkg/bpjstk_calc.js', root));
full.initSync({ module: readFileSync(new URL('pkg/bpjstk_calc_bg.wasm', root)) });
const pageWasm = readFileSync(new URL('pkg-page/bpjstk_calc_bg.wasm', root));
const page = await import(new URL('pkg-page/bpjstk_calc.js', root));
const pageExports = page.initSync({ module: pageWasm });

/** The response as JSON text, or the error's code, field and message. */
function answer(calculate, request) {
  try {
    return JSON.stringify(calculate(request));
  } catch (e) {
    return JSON.stringify({ code: e.code, field: e.field, message: e.message });
  }
}

function requests() {
  const out = [];
  const dates = ['2015-07-01', '2017-08-01', '2020-09-01', '2021-03-01', '2023-06-01', '2025-02-07', '2025-08-01', '2026-04-01', '2027-02-01'];
  for (const asOf of dates) {
    for (const lang of ['id', 'en']) {
      for (const detail of [undefined, 'amounts']) {
        const d = detail ? { detail } : {};
        out.push({ asOf, lang, ...d, segment: 'wageEarner', monthlyWage: '9559600', riskGroup: 4, enterpriseSize: 'large', birthDate: '1970-05-05' });
        out.push({ asOf, lang, ...d, segment: 'wageEarner', monthlyWage: '3200000', riskGroup: 1, enterpriseSize: 'micro', laborIntensive: true });
        out.push({ asOf, lang, ...d, segment: 'selfEmployed', weeklyIncome: '304507', occupation: 'fisher', includeJht: true });
        out.push({ asOf, lang, ...d, segment: 'selfEmployed', dailyIncome: '80000', occupation: 'driver', publicBudget: true });
        out.push({ asOf, lang, ...d, segment: 'construction', contractValue: '2500000000' });
        out.push({ asOf, lang, ...d, segment: 'construction', monthlyWage: '4000000' });
        out.push({ asOf, lang, ...d, segment: 'migrant', contractMonths: 24, extensionMonths: 12, includeJht: true, jhtMonthlyAmount: '100000' });
      }
    }
  }
  const events = [
    { kind: 'death' }, { kind: 'workAccidentDeath' }, { kind: 'disability', disabilityKind: 'totalPermanent' },
    { kind: 'disability', disabilityKind: 'partialAnatomical', disabilityItem: 'oneEye' },
    { kind: 'temporaryIncapacity', incapacityMonths: 8 }, { kind: 'jobLoss', jobLossCause: 'layoff' },
    { kind: 'jobLoss', jobLossCause: 'resignation' }, { kind: 'retirement' }, { kind: 'resignation' },
  ];
  for (const asOf of ['2019-12-01', '2021-03-01', '2025-03-01', '2026-06-01']) {
    for (const e of events) {
      for (const lang of ['id', 'en']) {
        out.push({
          asOf, lang, segment: 'wageEarner', monthlyWage: '6000000', riskGroup: 2, enterpriseSize: 'large', birthDate: '1975-02-02',
          event: { ...e, date: asOf }, jhtBalance: '25000000',
          history: { monthsContributed: 48, last24: Array(24).fill(true), membershipStart: '2015-07-01' },
          family: { spouse: true, children: [{ level: 'sd', age: 9 }, { level: 'sma', age: 16 }], parents: false },
        });
        out.push({ asOf, lang, segment: 'selfEmployed', monthlyIncome: '2000000', occupation: 'fisher', includeJht: true, event: { ...e, date: asOf } });
      }
    }
  }
  for (const line of readFileSync(new URL('tests/bad-inputs.jsonl', root), 'utf8').split('\n')) {
    if (line.trim()) out.push(JSON.parse(line).request);
  }
  return out;
}

test('the page module answers every request as the package module does', () => {
  const all = requests();
  assert.ok(all.length > 400, `${all.length} requests`);
  let errors = 0;
  for (const r of all) {
    const want = answer(full.calculate, r);
    if (want.startsWith('{"code"')) errors++;
    assert.equal(answer(page.calculate, r), want, JSON.stringify(r));
  }
  // Both kinds were compared: responses (the grid) and errors (the catalogue).
  assert.ok(errors >= 50 && errors < all.length - 300, `${errors} errors of ${all.length}`);
  assert.equal(JSON.stringify(page.rules()), JSON.stringify(full.rules()));
});

test('the page module has no bulk doors', () => {
  for (const door of ['calculateMany', 'calculateLines', 'calculateCsv']) {
    assert.equal(typeof full[door], 'function', door);
    assert.equal(page[door], undefined, door);
  }
});

test('the page module refuses a sponsor budget, naming the field', () => {
  const request = { asOf: '2026-01-01', segment: 'selfEmployed', sponsor: { months: 12, groups: [{ count: 10, bracket: 1 }] } };
  assert.ok(full.calculate(request).sponsor);
  assert.throws(() => page.calculate(request), (e) => e instanceof Error && e.code === 'notApplicable' && e.field === 'sponsor' && /^Anggaran sponsor /.test(e.message));
  assert.throws(() => page.calculate({ ...request, lang: 'en' }), (e) => e.code === 'notApplicable' && e.field === 'sponsor' && /^The sponsor budget /.test(e.message));
});

// 1.3 KB above today's 113,878 bytes (zlib level 9; 104,014 before the protection summary that
// every response now carries, 111,314 before the refusal of repeated keys and the figures read
// from the law data instead of written in sentences): a growth of the page's module past that fails
// (tests/e2e/budget.test.mjs weighs the whole first visit).
const PAGE_CEILING = 115_200;

test(`the page module is smaller than the package module, and at most ${PAGE_CEILING} bytes gzipped`, () => {
  const gz = (b) => gzipSync(b, { level: 9 }).length;
  const fullWasm = readFileSync(new URL('pkg/bpjstk_calc_bg.wasm', root));
  console.log(`page module: ${pageWasm.length} bytes, ${gz(pageWasm)} gzipped; package module ${gz(fullWasm)} gzipped`);
  assert.ok(gz(pageWasm) < gz(fullWasm) * 0.95);
  assert.ok(gz(pageWasm) <= PAGE_CEILING, `${gz(pageWasm)} bytes gzipped is over the ceiling of ${PAGE_CEILING}`);
});

test('the page module frees what it allocates: its memory stays the same over 10 rounds', () => {
  const all = requests();
  const round = () => { for (const r of all) answer(page.calculate, r); };
  round();
  const warm = pageExports.memory.buffer.byteLength;
  for (let i = 0; i < 10; i++) round();
  const after = pageExports.memory.buffer.byteLength;
  console.log(`page module memory: ${warm} bytes after one round of ${all.length} requests, ${after} after eleven`);
  // One 64 KiB page of slack: a leak of 16 bytes a request (4,780 requests) would exceed it.
  assert.ok(after - warm <= 65536, `memory grew from ${warm} to ${after} bytes`);
});
