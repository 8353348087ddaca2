// The TypeScript types that ship in pkg/ say exactly what the engine reads and writes: every
// request key of the FIELDS of the reader (src/read/case.rs, questions.rs, sponsor.rs) on the
// segments its bits name, and every field of every serialised struct of the response types
// (src/api.rs, src/api/*.rs) and src/rules.rs, optional exactly where serde skips it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const read = (p) => readFileSync(new URL(p, root), 'utf8');
const dts = read('pkg/bpjstk_calc.d.ts');

/** TS interfaces: name → { extends: [..], keys: Map(key → optional) }. */
function interfaces(text) {
  const out = new Map();
  const re = /^export interface (\w+)(?: extends ([\w, ]+))? \{\n([\s\S]*?)^\}/gm;
  for (const [, name, ext, body] of text.matchAll(re)) {
    const keys = new Map();
    for (const [, k, q] of body.matchAll(/^ +(\w+)(\?)?:/gm)) keys.set(k, q === '?');
    out.set(name, { ext: ext ? ext.split(',').map((s) => s.trim()) : [], keys });
  }
  return out;
}
const ts = interfaces(dts);

function allKeys(name) {
  const i = ts.get(name);
  assert.ok(i, `interface ${name} is in the .d.ts`);
  const keys = new Map(i.keys);
  for (const e of i.ext) for (const [k, q] of allKeys(e)) keys.set(k, q);
  return keys;
}

const camel = (s) => s.replace(/_([a-z])/g, (_, c) => c.toUpperCase());

/** Serialised Rust structs: name → Map(camelKey → optional); flattened fields left out. */
function rustStructs(text) {
  const out = new Map();
  const re = /#\[derive\(([^)]*)\)\][^]*?pub struct (\w+) \{\n([\s\S]*?)^\}/gm;
  for (const [, derives, name, body] of text.matchAll(re)) {
    if (!/\bSerialize\b/.test(derives)) continue;
    const fields = new Map();
    let attrs = '';
    for (const line of body.split('\n')) {
      const t = line.trim();
      if (t.startsWith('#[')) attrs += t;
      const m = t.match(/^pub (\w+):/);
      if (m) {
        if (!attrs.includes('flatten') && !attrs.includes('#[serde(skip)]')) fields.set(camel(m[1]), attrs.includes('skip_serializing_if'));
        attrs = '';
      }
    }
    out.set(name, fields);
  }
  return out;
}

for (const file of ['src/api.rs', 'src/api/outcome.rs', 'src/api/protection.rs', 'src/api/budget.rs', 'src/rules.rs']) {
  test(`every serialised struct of ${file} has its interface, key for key`, () => {
    const structs = rustStructs(read(file));
    assert.ok(structs.size > 0);
    for (const [name, fields] of structs) {
      const tsName = { Response: 'CalculationResponse' }[name] ?? name;
      assert.ok(ts.has(tsName), `${file}: struct ${name} has no TypeScript interface`);
      const own = ts.get(tsName).keys;
      assert.deepEqual([...own.keys()].sort(), [...fields.keys()].sort(), `${name}: keys`);
      for (const [k, optional] of fields) {
        assert.equal(own.get(k), optional, `${name}.${k}: ${optional ? 'optional (skipped when empty)' : 'always present'}`);
      }
    }
  });
}

/** FIELDS entries: [key, segment bits]. */
function fields(text) {
  const block = text.match(/pub const FIELDS: &\[\(&str, u8\)\] = &\[([\s\S]*?)\];/);
  assert.ok(block, 'FIELDS found');
  const bit = { W: 1, S: 2, C: 4, M: 8, ALL: 15 };
  return [...block[1].matchAll(/\("(\w+)",\s*([A-Z| ]+)\)/g)].map(([, k, bits]) => [
    k,
    bits.split('|').reduce((a, b) => a | bit[b.trim()], 0),
  ]);
}

test('each segment request type has exactly the keys FIELDS gives that segment', () => {
  const all = ['src/read/case.rs', 'src/read/questions.rs', 'src/read/sponsor.rs'].flatMap((f) => fields(read(f)));
  const segments = { WageEarnerRequest: 1, SelfEmployedRequest: 2, ConstructionRequest: 4, MigrantRequest: 8 };
  for (const [iface, bit] of Object.entries(segments)) {
    const want = all.filter(([, b]) => b & bit).map(([k]) => k).sort();
    assert.deepEqual([...allKeys(iface).keys()].sort(), want, iface);
  }
  assert.match(dts, /export type CalculationRequest = WageEarnerRequest \| SelfEmployedRequest \| ConstructionRequest \| MigrantRequest;/);
});

test('the exported functions carry the contract types', () => {
  assert.match(dts, /export function calculate\(request: CalculationRequest\): CalculationResponse;/);
  assert.match(dts, /export function calculateMany\(requests: CalculationRequest\[\]\): Array<CalculationResponse \| ErrorEnvelope>;/);
  assert.match(dts, /export function calculateLines\(text: string\): string;/);
  assert.match(dts, /export function calculateCsv\(text: string\): string;/);
  assert.match(dts, /export function rules\(\): Rules;/);
  assert.match(dts, /export function version\(\): string;/);
});
