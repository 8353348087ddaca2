# Sourced by scripts/build-www.sh (its helpers put, mini, sub, engine; $SRC, $OUT, $TMP, $PKG, $css):
# the bulk page, www/bulk.html, with the npm package's module (the bulk doors). Kept off the
# first visit of the main page: its files are not precached on install but listed in sw.js as
# LATER, stored when the bulk page is opened.
LATER=()
first_later=${#ASSETS[@]}
engine "$PKG" bpjstk_calc_bulk; bulkwasm=$WASM; bulkglue=$GLUE; LATER+=("$WASM" "$GLUE")
put docs/bulk-template.csv bulk-template csv; template=$REPLY; LATER+=("$REPLY")
cp "$SRC/bulk.css" "$TMP/bulk.css"; mini "$TMP/bulk.css"
put "$TMP/bulk.css" bulk css; bulkcss=$REPLY; LATER+=("$REPLY")
cp "$SRC/bulk-worker.js" "$TMP/bulk-worker.js"; mini "$TMP/bulk-worker.js"
sub "$TMP/bulk-worker.js" ./pkg/bpjstk_calc.js "./$bulkglue"
sub "$TMP/bulk-worker.js" pkg/bpjstk_calc_bg.wasm "$bulkwasm"
put "$TMP/bulk-worker.js" bulk-worker js; worker=$REPLY; LATER+=("$REPLY")
cp "$SRC/bulk.js" "$TMP/bulk.js"; mini "$TMP/bulk.js"
sub "$TMP/bulk.js" ./bulk-worker.js "./$worker"
sub "$TMP/bulk.js" ./pkg/bpjstk_calc.js "./$bulkglue"
sub "$TMP/bulk.js" pkg/bpjstk_calc_bg.wasm "$bulkwasm"
put "$TMP/bulk.js" bulk js; bulkjs=$REPLY; LATER+=("$REPLY")
# put added them to ASSETS (the install-time precache); they are LATER instead.
ASSETS=("${ASSETS[@]:0:$first_later}")
cp "$SRC/bulk.html" "$OUT/bulk.html"
sed -E -i -e 's/^\s+//' -e '/^$/d' "$OUT/bulk.html"
sub "$OUT/bulk.html" app.css "$css"
sub "$OUT/bulk.html" bulk.css "$bulkcss"
sub "$OUT/bulk.html" bulk.js "$bulkjs"
sub "$OUT/bulk.html" bulk-template.csv "$template"
sed -i -e "s#download=\"$template\"#download=\"bulk-template.csv\"#" "$OUT/bulk.html"
LATER+=(bulk.html)
later_version=$(cat "$OUT/bulk.html" | sha256sum | cut -c1-12)
later_list=""
for a in "${LATER[@]}"; do later_list="$later_list${later_list:+, }'$a'"; done
sed -i -e "s#^const LATER = \[\];#const LATER = [$later_list];#" \
       -e "s#^const LATER_VERSION = 'dev';#const LATER_VERSION = '$later_version';#" "$TMP/sw.js"
grep -q "LATER_VERSION = '$later_version'" "$TMP/sw.js" || { echo "build-www: could not list the bulk page in sw.js" >&2; exit 1; }
