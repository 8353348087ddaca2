// The bad-input catalogue (tests/bad-inputs.jsonl, shared with the Rust API and command-line
// tests) through the WebAssembly API: each request throws an Error carrying the documented code
// and field, and the same instance answers a good request correctly afterwards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const { initSync, calculate, calculateLines } = await import(new URL('pkg/bpjstk_calc.js', root));
initSync({ module: readFileSync(new URL('pkg/bpjstk_calc_bg.wasm', root)) });

const catalogue = readFileSync(new URL('tests/bad-inputs.jsonl', root), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

const good = { asOf: '2024-06-01', segment: 'wageEarner', monthlyWage: '5000000', riskGroup: 1, enterpriseSize: 'large' };

test('every catalogued bad input throws its documented error, and the next request is right', () => {
  assert.ok(catalogue.length >= 50);
  for (const entry of catalogue) {
    let error;
    try {
      calculate(entry.request);
    } catch (e) {
      error = e;
    }
    assert.ok(error instanceof Error, `${entry.name}: no Error thrown`);
    assert.equal(error.code, entry.code, `${entry.name}: ${error.message}`);
    assert.equal(error.field ?? null, entry.field, `${entry.name}: ${error.message}`);
    assert.ok(error.message.length > 10, entry.name);
    assert.equal(calculate(good).contributions.total.total, '473000', `after ${entry.name}`);
  }
});

test('the catalogue gives the same codes through the bulk form', () => {
  const text = catalogue.map((e) => JSON.stringify(e.request)).join('\n');
  const answers = calculateLines(text).trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(answers.length, catalogue.length);
  answers.forEach((a, i) => assert.equal(a.error?.code, catalogue[i].code, catalogue[i].name));
});
