// The "get the code" page: the options in the form → the script tag (with its Subresource
// Integrity hash from embed.sri) and the iframe fallback, for this calculator's own address.
(() => {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  let sri = '';

  function render() {
    const f = $('cfg').elements;
    const attrs = [['lang', f.lang.value], ['segment', f.segment.value]];
    if (f.compact.checked) attrs.push(['compact', '']);
    if (/^#[0-9a-f]{6}$/i.test(f.accent.value) && f.accent.value.toLowerCase() !== '#0b5d3b') attrs.push(['accent', f.accent.value]);
    if (f.radius.value) attrs.push(['radius', f.radius.value]);
    if (f.font.value) attrs.push(['font', f.font.value]);
    const src = new URL('v1/embed.js', location.href).href;
    const data = attrs.map(([k, v]) => (v === '' ? ` data-${k}` : ` data-${k}="${esc(v)}"`)).join('');
    const integrity = sri ? ` integrity="${esc(sri)}" crossorigin="anonymous"` : '';
    $('out-script').value = `<script src="${esc(src)}"${integrity}${data} async></script>`;
    const page = new URL('index.html', location.href);
    page.searchParams.set('embed', '1');
    for (const [k, v] of attrs) page.searchParams.set(k, v === '' ? '1' : v);
    $('out-frame').value = `<iframe src="${esc(page.href)}" title="Kalkulator iuran BPJS Ketenagakerjaan" width="100%" height="900" frameborder="0" referrerpolicy="origin"></iframe>`;
  }

  $('cfg').addEventListener('input', render);
  $('cfg').addEventListener('change', render);
  render();
  fetch('embed.sri').then((r) => (r.ok ? r.text() : '')).then((t) => { sri = t.trim(); render(); }).catch(() => {});
})();
