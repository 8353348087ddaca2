// The page's first module (pkg-core/, built without the "benefits" feature): the price alone,
// so that the first answer on a slow link needs as few bytes as possible. It answers the
// contributions of every request exactly as the package module does (lines, totals, reliefs,
// warnings, errors), carries no benefits, refuses a benefit group by name instead of ignoring
// it, and stays within its size ceiling.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const root = new URL('../../', import.meta.url);
const full = await import(new URL('pkg/bpjstk_calc.js', root));
full.initSync({ module: readFileSync(new URL('pkg/bpjstk_calc_bg.wasm', root)) });
const coreWasm = readFileSync(new URL('pkg-core/bpjstk_calc_bg.wasm', root));
const core = await import(new URL('pkg-core/bpjstk_calc.js', root));
core.initSync({ module: coreWasm });

function answer(calculate, request) {
  try {
    return calculate(request);
  } catch (e) {
    return { error: { code: e.code, field: e.field, message: e.message } };
  }
}

/** What the price answer shares with the full one. */
function price(r) {
  if (r.error) return r;
  const { eligibility, benefits, notComputed, assumptions, protection, ...rest } = r;
  return rest;
}

function requests() {
  const out = [];
  const dates = ['2015-07-01', '2020-09-01', '2025-02-07', '2025-08-01', '2026-01-15', '2026-04-01', '2026-12-08', '2027-02-01', '2027-06-01'];
  for (const asOf of dates) {
    for (const lang of ['id', 'en']) {
      out.push({ asOf, lang, segment: 'wageEarner', monthlyWage: '9559600', riskGroup: 4, enterpriseSize: 'large', birthDate: '1970-05-05' });
      out.push({ asOf, lang, segment: 'wageEarner', monthlyWage: '3200000', riskGroup: 1, enterpriseSize: 'micro', laborIntensive: true });
      out.push({ asOf, lang, segment: 'selfEmployed', dailyIncome: '60000', occupation: 'fisher' });
      out.push({ asOf, lang, segment: 'selfEmployed', dailyIncome: '60000', occupation: 'fisher', employsOthers: true });
      out.push({ asOf, lang, segment: 'selfEmployed', weeklyIncome: '304507', occupation: 'streetVendor', includeJht: true, employsOthers: false });
      out.push({ asOf, lang, segment: 'selfEmployed', dailyIncome: '80000', occupation: 'driver', publicBudget: true });
      out.push({ asOf, lang, segment: 'construction', contractValue: '2500000000' });
      out.push({ asOf, lang, segment: 'migrant', contractMonths: 24, extensionMonths: 12, includeJht: true, jhtMonthlyAmount: '100000' });
    }
  }
  for (const line of readFileSync(new URL('tests/bad-inputs.jsonl', root), 'utf8').split('\n')) {
    if (line.trim()) out.push(JSON.parse(line).request);
  }
  return out;
}

const BENEFIT_KEYS = ['history', 'event', 'jhtBalance', 'assumptions', 'citizenship', 'family', 'member'];

test('the core module prices every request as the package module does', () => {
  let compared = 0;
  let errors = 0;
  for (const r of requests()) {
    if (r && typeof r === 'object' && BENEFIT_KEYS.some((k) => k in r)) continue;
    const want = price(answer(full.calculate, r));
    const got = answer(core.calculate, r);
    if (want.error) errors++;
    assert.deepEqual(price(got), want, JSON.stringify(r));
    if (!got.error) assert.deepEqual(got.eligibility, [], 'no benefit questions answered');
    compared++;
  }
  assert.ok(compared > 140 && errors > 20, `${compared} compared, ${errors} errors`);
});

test('the core module refuses a benefit group by name, in the request language', () => {
  const base = { asOf: '2026-12-08', segment: 'selfEmployed', dailyIncome: '60000', occupation: 'fisher' };
  for (const k of BENEFIT_KEYS) {
    const value = { history: { monthsContributed: 3 }, event: { kind: 'death' }, jhtBalance: '1000', assumptions: {}, citizenship: 'WNI', family: {}, member: true }[k];
    const e = answer(core.calculate, { ...base, [k]: value }).error;
    assert.equal(e?.code, 'notApplicable', k);
    assert.equal(e.field, k);
    assert.match(e.message, /^Manfaat /);
    assert.match(answer(core.calculate, { ...base, lang: 'en', [k]: value }).error.message, /^Benefits /);
  }
});

// 1.3 KB above today's 64,594 bytes (zlib level 9; 55,407 with Brotli 11). It was 62,741 before
// the refusal of repeated keys and the dates and figures read from the law data.
const CORE_CEILING = 65_900;

test(`the core module is at most ${CORE_CEILING} bytes gzipped`, () => {
  const gz = gzipSync(coreWasm, { level: 9 }).length;
  const br = brotliCompressSync(coreWasm, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(`core module: ${coreWasm.length} bytes, ${gz} gzipped, ${br} with Brotli`);
  assert.ok(gz <= CORE_CEILING, `${gz} bytes gzipped is over the ceiling of ${CORE_CEILING}`);
});
