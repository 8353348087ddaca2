// The engine itself, loaded in Node from the built page, so that the tests compare what the
// page shows with what the engine computes for the same facts (the page must add nothing).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST } from './helpers.mjs';

// `page`: the calculator page's module (no bulk doors); `bulk`: the bulk page's, the npm package's.
export async function loadEngine(which = 'page') {
  const files = readdirSync(DIST);
  const stem = which === 'bulk' ? 'bpjstk_calc_bulk' : 'bpjstk_calc';
  const glue = files.find((f) => f.startsWith(`${stem}.`) && /^[a-z_]+\.[0-9a-f]+\.js$/.test(f));
  const wasm = files.find((f) => f.startsWith(`${stem}_bg.`) && /^[a-z_]+\.[0-9a-f]+\.wasm$/.test(f));
  if (!glue || !wasm) throw new Error(`www/dist has no engine; run scripts/build-www.sh`);
  const mod = await import(pathToFileURL(join(DIST, glue)).href);
  mod.initSync({ module: readFileSync(join(DIST, wasm)) });
  return mod;
}

/** Rupiah as the page writes it in Indonesian: Rp1.234.567 (whole rupiah). */
export const rp = (s, locale = 'id-ID') => `Rp${new Intl.NumberFormat(locale).format(BigInt(String(s).split('.')[0]))}`;
