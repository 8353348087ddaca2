// Completes pkg/package.json after wasm-pack, for what Cargo.toml cannot say: an exports map
// (so that Node users can resolve the .wasm file), the README and licences in `files`, and
// the engines the package is tested on. Run by scripts/build-wasm.sh; pkg/ is never edited by hand.
import { readFileSync, writeFileSync, existsSync, copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const file = process.argv[2] ?? 'pkg/package.json';
const dir = dirname(file);
const pkg = JSON.parse(readFileSync(file, 'utf8'));

const need = ['name', 'version', 'license', 'repository', 'files', 'types', 'keywords'];
const missing = need.filter((k) => !(k in pkg));
if (missing.length) {
  console.error(`pkg-json: wasm-pack left out ${missing.join(', ')}`);
  process.exit(1);
}

const wasm = pkg.files.find((f) => f.endsWith('.wasm'));
pkg.exports = {
  '.': { types: `./${pkg.types}`, default: `./${pkg.main ?? pkg.module}` },
  [`./${wasm}`]: `./${wasm}`,
  './package.json': './package.json',
};
// The embed loader (README, "Embed on your site"), for hosts that serve scripts only from their
// own origin: a copy names the calculator in data-calculator.
copyFileSync(fileURLToPath(new URL('../www/embed.js', import.meta.url)), join(dir, 'embed.js'));
pkg.exports['./embed.js'] = './embed.js';
for (const extra of ['embed.js', 'README.md', 'LICENSE-MIT', 'LICENSE-APACHE', 'LICENSE']) {
  if (existsSync(join(dir, extra)) && !pkg.files.includes(extra)) pkg.files.push(extra);
}
pkg.homepage = pkg.repository?.url?.replace(/\.git$/, '') ?? pkg.homepage;
pkg.engines = { node: '>=20' };

writeFileSync(file, JSON.stringify(pkg, null, 2) + '\n');
