// Weighs files of the built page: raw, gzip -9 and Brotli (quality 11) bytes, by type. The
// budget is counted in gzip, which every static host serves; Brotli is what a host that
// compresses with it would send instead.
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const KIND = { '.html': 'html', '.css': 'css', '.js': 'js', '.wasm': 'wasm', '.json': 'data', '.webmanifest': 'manifest', '.svg': 'icon' };

export function weigh(dir, files) {
  const out = { files: [], raw: 0, gzip: 0, brotli: 0, byType: {} };
  for (const f of files) {
    const body = readFileSync(join(dir, f));
    const gz = gzipSync(body, { level: 9, memLevel: 9 }).length;
    const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }).length;
    const kind = KIND[extname(f)] || 'other';
    out.files.push({ file: f, raw: body.length, gzip: gz, brotli: br, kind });
    out.raw += body.length;
    out.gzip += gz;
    out.brotli += br;
    out.byType[kind] = (out.byType[kind] || 0) + gz;
  }
  return out;
}
