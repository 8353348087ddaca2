#!/usr/bin/env bash
# Builds the served page in www/dist/ from www/ and the wasm packages (pkg/, pkg-page/ and
# pkg-core/, from scripts/build-wasm.sh): every asset gets a content-hashed name, so a new version
# never mixes with an old cached one, and the service worker gets the list to precache and a
# version that changes whenever any asset does. No bundler: plain copies and name rewrites.
# The calculator page answers first with the price-only module (pkg-core/), then loads the page
# module (pkg-page/, without the bulk doors); the bulk page loads the npm package's (pkg/). The
# form's choices (occupations from the engine's rules(), risk groups, provinces, contract lengths
# the engine accepts) are written into index.html here, so that the form works before any engine.
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=www
PKG=pkg
PAGE=pkg-page
CORE=pkg-core
OUT=www/dist
for f in "$PKG/bpjstk_calc.js" "$PKG/bpjstk_calc_bg.wasm" "$PAGE/bpjstk_calc.js" "$PAGE/bpjstk_calc_bg.wasm" "$CORE/bpjstk_calc.js" "$CORE/bpjstk_calc_bg.wasm"; do
  [ -f "$f" ] || { echo "build-www: $f is missing; run scripts/build-wasm.sh first" >&2; exit 1; }
done
[ -x node_modules/.bin/esbuild ] || { echo "build-www: node_modules/.bin/esbuild is missing; run scripts/setup.sh" >&2; exit 1; }
rm -rf "$OUT"
mkdir -p "$OUT/data"

hash() { sha256sum "$1" | cut -c1-10; }
ASSETS=()
# put SRC DEST-STEM EXT: copies SRC to $OUT/DEST-STEM.<hash>.EXT; the new name is in $REPLY.
put() {
  REPLY="$2.$(hash "$1").$3"
  cp "$1" "$OUT/$REPLY"
  ASSETS+=("$REPLY")
}
# slim FILE: drops whole-line comments and indentation (sw.js, embed.js: no string, regex or
# template literal here spans lines or starts a line with // or /*), about 10% less gzipped.
slim() {
  sed -E -i -e '/^\s*\/\/.*$/d' -e '/^\s*\/\*.*\*\/\s*$/d' -e '/^\s*\/\*\*?$/,/^\s*\*\/$/d' -e 's/^\s+//' -e '/^$/d' "$1"
}
# mini FILE: minifies JS or CSS in place with esbuild (npm, pinned in package.json; no bundling,
# imports and strings as they are), about 15% less gzipped than slim. sw.js keeps slim: its
# VERSION and ASSETS lines are filled in by name below.
mini() {
  node_modules/.bin/esbuild "$1" --minify --charset=utf8 --log-level=warning --outfile="$1.min"
  mv "$1.min" "$1"
}
# sub FILE FROM TO: replaces a literal file name in FILE (names hold only [A-Za-z0-9._/-]).
sub() { sed -i "s#${2//./\\.}#$3#g" "$1"; }
# engine DIR STEM: DIR's module as STEM_bg.<hash>.wasm and its glue, pointed at that name and
# minified, as STEM.<hash>.js; their names in $WASM and $GLUE.
engine() {
  put "$1/bpjstk_calc_bg.wasm" "$2_bg" wasm; WASM=$REPLY
  cp "$1/bpjstk_calc.js" "$TMP/$2.js"
  sub "$TMP/$2.js" bpjstk_calc_bg.wasm "$WASM"
  mini "$TMP/$2.js"
  put "$TMP/$2.js" "$2" js; GLUE=$REPLY
}

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

engine "$CORE" bpjstk_calc_core; corewasm=$WASM; coreglue=$GLUE
engine "$PAGE" bpjstk_calc; wasm=$WASM; glue=$GLUE
# JS snippets wasm-bindgen writes beside the glue (inline_js), imported by relative path; the
# three builds write the same ones.
SNIPPETS=()
if [ -d "$PAGE/snippets" ]; then
  for other in "$PKG" "$CORE"; do
    if [ -d "$other/snippets" ] && ! diff -r "$PAGE/snippets" "$other/snippets" >/dev/null; then
      echo "build-www: $PAGE/snippets and $other/snippets differ" >&2; exit 1
    fi
  done
  cp -r "$PAGE/snippets" "$OUT/snippets"
  while IFS= read -r f; do mini "$f"; ASSETS+=("${f#"$OUT/"}"); SNIPPETS+=("${f#"$OUT/"}"); done < <(find "$OUT/snippets" -type f -name '*.js' | sort)
fi
put "$SRC/data/ump.json" data/ump json; ump=$REPLY
for f in base.js i18n-id.js i18n-id-more.js i18n-en.js details.js embed-mode.js chart.js app.css app.js; do cp "$SRC/$f" "$TMP/$f"; done
cp "$SRC/sw.js" "$TMP/sw.js"; slim "$TMP/sw.js"
cp "$SRC/index.html" "$OUT/index.html"
sed -E -i -e 's/^\s+//' -e '/^$/d' "$OUT/index.html"

# The form's choices, from the same data the engine uses: written into index.html in Bahasa
# Indonesia (the page reads them back from there), and into the English texts as `choices`.
cp "$SRC/i18n-id.js" "$TMP/texts-id.mjs"; cp "$SRC/i18n-id-more.js" "$TMP/texts-id-more.mjs"; cp "$SRC/i18n-en.js" "$TMP/texts-en.mjs"
node --input-type=module - "$CORE" "$SRC/data" "$TMP" "$OUT/index.html" <<'JS'
import { readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
const [core, data, tmp, html] = process.argv.slice(2);
const engine = await import(pathToFileURL(resolve(core, 'bpjstk_calc.js')).href);
engine.initSync({ module: readFileSync(join(core, 'bpjstk_calc_bg.wasm')) });
const rules = engine.rules();
const texts = async (f) => (await import(pathToFileURL(join(tmp, f)).href)).default;
const T = { id: { ...(await texts('texts-id.mjs')), ...(await texts('texts-id-more.mjs')) }, en: await texts('texts-en.mjs') };
const fill = (s, vars) => s.replace(/\{(\w+)\}/g, (_, k) => String(vars[k]));
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const risk = JSON.parse(readFileSync(join(data, 'risk-groups.json'), 'utf8')).groups;
const ump = JSON.parse(readFileSync(join(data, 'ump.json'), 'utf8')).provinces;
// The contract lengths the engine accepts for a migrant worker (it refuses any other).
const months = [];
for (let n = 1; n <= 120; n++) {
  try { engine.calculate({ asOf: rules.verifiedUntil, segment: 'migrant', contractMonths: n }); months.push(n); } catch { /* not a package */ }
}
if (!rules.occupations?.length || !risk.length || !ump.length || !months.length) throw new Error('build-www: a list of choices is empty');
const choices = (l) => ({
  occ: Object.fromEntries(rules.occupations.map((o) => [o.code, l === 'id' ? o.nameId : o.nameEn])),
  risk: Object.fromEntries(risk.map((g) => [g.group, `${T[l].riskNames[g.group]} (${fill(T[l].riskGroupN, { n: g.group })})`])),
  riskEx: Object.fromEntries(risk.filter((g) => g[l]).map((g) => [g.group, g[l] + (g.verified ? '' : ` (${T[l].examplesUnverified})`)])),
  months: Object.fromEntries(months.map((n) => [n, fill(T[l].months, { n })])),
});
const id = choices('id');
// The default contract length: the longest package (the page's default before, 24 months).
const longest = months[months.length - 1];
const parts = {
  occupations: rules.occupations.map((o) => `<option value="${esc(o.code)}" data-t="choices.occ.${esc(o.code)}">${esc(id.occ[o.code])}</option>`),
  provinces: ump.map((p) => `<option value="${esc(p.name)}">${esc(p.name)}</option>`),
  'risk groups': risk.map((g) => `<label class="choice"><input type="radio" name="risk" value="${g.group}"> <span><strong data-t="choices.risk.${g.group}">${esc(id.risk[g.group])}</strong>` +
    (id.riskEx[g.group] ? `<small data-t="choices.riskEx.${g.group}">${esc(id.riskEx[g.group])}</small>` : '') + '</span></label>'),
  'contract months': months.map((n) => `<label class="choice"><input type="radio" name="months" value="${n}"${n === longest ? ' checked' : ''}> <span data-t="choices.months.${n}">${esc(id.months[n])}</span></label>`),
};
let page = readFileSync(html, 'utf8');
for (const [name, lines] of Object.entries(parts)) {
  const marker = `<!-- build: ${name} -->`;
  if (!page.includes(marker)) throw new Error(`build-www: index.html has no ${marker}`);
  page = page.replace(marker, () => lines.join('\n'));
}
writeFileSync(html, page);
appendFileSync(join(tmp, 'i18n-en.js'), `\nen.choices = ${JSON.stringify(choices('en'))};\n`);
JS
for f in base.js i18n-id.js i18n-id-more.js i18n-en.js details.js embed-mode.js chart.js app.css app.js; do mini "$TMP/$f"; done
put "$TMP/base.js" base js; base=$REPLY
put "$TMP/i18n-id.js" i18n-id js; i18nid=$REPLY
put "$TMP/i18n-id-more.js" i18n-id-more js; i18nidmore=$REPLY
put "$TMP/i18n-en.js" i18n-en js; i18nen=$REPLY
put "$TMP/chart.js" chart js; chart=$REPLY
put "$TMP/app.css" app css; css=$REPLY
put "$SRC/icon.svg" icon svg; icon=$REPLY
sub "$TMP/details.js" ./base.js "./$base"
sub "$TMP/details.js" ./chart.js "./$chart"
sub "$TMP/details.js" ./i18n-id-more.js "./$i18nidmore"
put "$TMP/details.js" details js; details=$REPLY
sub "$TMP/embed-mode.js" ./base.js "./$base"
put "$TMP/embed-mode.js" embed-mode js; embedmode=$REPLY
# Only a framed page loads it, and a framed page registers no service worker (its storage is the
# partner site's partition), so the offline copy does not store it.
kept=()
for a in "${ASSETS[@]}"; do [ "$a" = "$embedmode" ] || kept+=("$a"); done
ASSETS=("${kept[@]}")

sub "$TMP/app.js" ./pkg-core/bpjstk_calc.js "./$coreglue"
sub "$TMP/app.js" pkg-core/bpjstk_calc_bg.wasm "$corewasm"
sub "$TMP/app.js" ./pkg/bpjstk_calc.js "./$glue"
sub "$TMP/app.js" pkg/bpjstk_calc_bg.wasm "$wasm"
sub "$TMP/app.js" ./base.js "./$base"
sub "$TMP/app.js" ./i18n-id.js "./$i18nid"
sub "$TMP/app.js" ./i18n-en.js "./$i18nen"
sub "$TMP/app.js" ./details.js "./$details"
sub "$TMP/app.js" ./embed-mode.js "./$embedmode"
sub "$TMP/app.js" data/ump.json "$ump"
put "$TMP/app.js" app js; app=$REPLY
for f in app.js details.js embed-mode.js; do
  if grep -qE "[\"'](\./)?(pkg|pkg-core)/bpjstk|[\"']\./(base|i18n-id|i18n-id-more|i18n-en|details|embed-mode|chart)\.js" "$TMP/$f"; then
    echo "build-www: $f still names an unhashed file" >&2; exit 1
  fi
done

cp "$SRC/manifest.webmanifest" "$TMP/manifest.webmanifest"
sub "$TMP/manifest.webmanifest" icon.svg "$icon"
put "$TMP/manifest.webmanifest" manifest webmanifest; manifest=$REPLY

sub "$OUT/index.html" app.css "$css"
sub "$OUT/index.html" manifest.webmanifest "$manifest"
sub "$OUT/index.html" icon.svg "$icon"
sub "$OUT/index.html" pkg-core/bpjstk_calc.js "$coreglue"
sub "$OUT/index.html" pkg-core/bpjstk_calc_bg.wasm "$corewasm"
sub "$OUT/index.html" base.js "$base"
sub "$OUT/index.html" i18n-id.js "$i18nid"
sub "$OUT/index.html" app.js "$app"
# The snippets the engine's glue imports: preloaded with it (one round trip less before the
# first answer).
for f in "${SNIPPETS[@]}"; do
  sed -i "s#^<script type=\"module\" src=\"$app\"></script>#<link rel=\"modulepreload\" href=\"$f\">\n&#" "$OUT/index.html"
done
grep -q "src=\"$app\"" "$OUT/index.html" || { echo "build-www: index.html does not load $app" >&2; exit 1; }

# The embed loader keeps stable names (partners paste them once): embed.js and v1/embed.js, the
# same file; v1 changes only in ways that keep old snippets working. Not precached: the page does
# not use it. Its Subresource Integrity hash goes into embed.sri and the snippets.
mkdir -p "$OUT/v1"
cp "$SRC/embed.js" "$OUT/embed.js"
slim "$OUT/embed.js"
cp "$OUT/embed.js" "$OUT/v1/embed.js"
sri="sha384-$(openssl dgst -sha384 -binary "$OUT/embed.js" | openssl base64 -A)"
printf '%s\n' "$sri" > "$OUT/embed.sri"
# The two snippets embed-code.html writes for its default options (Bahasa Indonesia, informal
# workers): the element with its link (what a reader sees if the script or the frame is blocked)
# and the script tag that fills it; and the iframe alone.
cat > "$OUT/embed-snippets.txt" <<SNIP
<!-- BPJS Ketenagakerjaan calculator: replace https://CALCULATOR/ with where it is served -->
<bpjstk-calculator><a href="https://CALCULATOR/index.html">Hitung iuran BPJS Ketenagakerjaan di kalkulator ini</a></bpjstk-calculator>
<script src="https://CALCULATOR/v1/embed.js" integrity="$sri" crossorigin="anonymous" data-lang="id" data-segment="selfEmployed" async></script>

<!-- Without scripts (fixed height; the script above sizes the frame to its content) -->
<iframe src="https://CALCULATOR/index.html?embed=1&amp;lang=id&amp;segment=selfEmployed" title="Kalkulator iuran BPJS Ketenagakerjaan" width="100%" height="900" frameborder="0" referrerpolicy="origin"></iframe>
SNIP
# The "get the code" page, which writes these snippets for this host (not precached either).
cp "$SRC/embed-code.html" "$SRC/embed-code.js" "$OUT/"
sub "$OUT/embed-code.html" app.css "$css"

# The bulk page (www/bulk.html), stored for offline use only once it is opened.
. scripts/build-www-bulk.sh

# The service worker keeps its own name (browsers look for updates at a fixed URL).
version=$(cat "$OUT/index.html" "${ASSETS[@]/#/$OUT/}" | sha256sum | cut -c1-12)
list="'./'"
for a in "${ASSETS[@]}"; do list="$list, '$a'"; done
sed -e "s#^const VERSION = 'dev';#const VERSION = '$version';#" \
    -e "s#^const ASSETS = \['./'\];#const ASSETS = [$list];#" "$TMP/sw.js" > "$OUT/sw.js"
grep -q "VERSION = '$version'" "$OUT/sw.js" || { echo "build-www: could not version sw.js" >&2; exit 1; }
printf '%s\n' "$version" > "$OUT/VERSION"

# Precompressed copies for the host (deploy/Caddyfile sends them as they are): FILE.br (Brotli,
# quality 11) and FILE.gz (gzip -9) beside every text file and .wasm, with Node's zlib (no
# install; the same settings tests/e2e/weigh.mjs measures with). A copy that is not smaller than
# its file is not written, and the file is sent as it is. Last step: nothing changes after it.
node --input-type=module - "$OUT" <<'JS'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants as Z, gzipSync } from 'node:zlib';
const dir = process.argv[2];
let raw = 0, gz = 0, br = 0;
for (const f of readdirSync(dir, { recursive: true })) {
  if (!/\.(html|js|css|json|webmanifest|svg|csv|txt|wasm)$/.test(f)) continue;
  const body = readFileSync(join(dir, f));
  const g = gzipSync(body, { level: 9, memLevel: 9 });
  const b = brotliCompressSync(body, { params: { [Z.BROTLI_PARAM_QUALITY]: 11, [Z.BROTLI_PARAM_SIZE_HINT]: body.length } });
  if (g.length < body.length) writeFileSync(join(dir, f + '.gz'), g);
  if (b.length < body.length) writeFileSync(join(dir, f + '.br'), b);
  raw += body.length; gz += Math.min(g.length, body.length); br += Math.min(b.length, body.length);
}
console.log(`build-www: precompressed ${raw} bytes to ${gz} gzip, ${br} Brotli`);
JS
echo "build-www: $OUT (version $version, ${#ASSETS[@]} assets)"
