// The size budget of the WebAssembly module (README, "Size and speed"): at most 90 KB gzipped
// (gzip -9), measured on the module that ships in pkg/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = 90 * 1024;

test('the wasm is at most 90 KB gzipped', () => {
  const wasm = readFileSync(new URL('../../pkg/bpjstk_calc_bg.wasm', import.meta.url));
  const gz = gzipSync(wasm, { level: 9 }).length;
  console.log(`module size: ${wasm.length} bytes, ${gz} gzipped (budget ${BUDGET})`);
  assert.ok(gz <= BUDGET, `${gz} bytes gzipped is over the budget of ${BUDGET}`);
});
