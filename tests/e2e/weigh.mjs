// Weighs files of the built page: raw and gzip -9 bytes, by type.
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const KIND = { '.html': 'html', '.css': 'css', '.js': 'js', '.wasm': 'wasm', '.json': 'data', '.webmanifest': 'manifest', '.svg': 'icon' };

export function weigh(dir, files) {
  const out = { files: [], raw: 0, gzip: 0, byType: {} };
  for (const f of files) {
    const body = readFileSync(join(dir, f));
    const gz = gzipSync(body, { level: 9, memLevel: 9 }).length;
    const kind = KIND[extname(f)] || 'other';
    out.files.push({ file: f, raw: body.length, gzip: gz, kind });
    out.raw += body.length;
    out.gzip += gz;
    out.byType[kind] = (out.byType[kind] || 0) + gz;
  }
  return out;
}
