// The "get the code" page, in Bahasa Indonesia (default) and English: the options in the form →
// the snippet (the element with a fallback link inside, then the script tag with its Subresource
// Integrity hash from embed.sri) and the iframe-only code, for this calculator's own address,
// and a live preview of those options (the same loader, mounted here).
(() => {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const T = {
    id: {
      title: 'Pasang kalkulator di situs Anda',
      pageTitle: 'Pasang kalkulator iuran BPJS Ketenagakerjaan di situs Anda',
      tagline: 'Untuk situs desa, koperasi, serikat pekerja dan aplikasi HR: satu potong kode, tanpa data yang dikirim ke mana pun.',
      switch: 'English', switchLabel: 'Switch to English',
      lang: 'Bahasa kalkulator', segment: 'Mulai dengan',
      'seg.selfEmployed': 'Pekerja informal atau mandiri (BPU)', 'seg.wageEarner': 'Pekerja penerima upah (PU) atau pemberi kerja',
      'seg.construction': 'Proyek jasa konstruksi', 'seg.migrant': 'Pekerja migran Indonesia (PMI)',
      compact: 'Ringkas (tanpa pertanyaan manfaat)', accent: 'Warna utama', radius: 'Sudut membulat', font: 'Huruf',
      default: 'bawaan', defaultFont: 'bawaan (system-ui)',
      hScript: 'Kode untuk ditempel (menyesuaikan tinggi)',
      scriptHint: 'Tempel di tempat kalkulator harus muncul. Kebijakan keamanan (CSP) situs Anda perlu alamat ini di script-src dan frame-src. Bila skrip atau bingkai diblokir, tautan di dalam elemen tetap terlihat.',
      hFrame: 'Hanya iframe (untuk situs yang melarang skrip lain)',
      frameHint: 'Tinggi tetap: tanpa skrip, bingkai tidak dapat memberi tahu halaman Anda setinggi apa.',
      hPreview: 'Pratinjau', previewHint: 'Seperti yang akan tampil di situs Anda, dengan pilihan di atas.',
      fallback: 'Hitung iuran BPJS Ketenagakerjaan di kalkulator ini',
    },
    en: {
      title: 'Embed the calculator on your site',
      pageTitle: 'Embed the BPJS Ketenagakerjaan calculator on your site',
      tagline: 'For village sites, cooperatives, unions and HR tools: one snippet, and nothing typed is sent anywhere.',
      switch: 'Bahasa Indonesia', switchLabel: 'Ganti ke Bahasa Indonesia',
      lang: 'Language of the calculator', segment: 'Start on',
      'seg.selfEmployed': 'Informal or self-employed worker (BPU)', 'seg.wageEarner': 'Wage earner (PU) or employer',
      'seg.construction': 'Construction project', 'seg.migrant': 'Migrant worker (PMI)',
      compact: 'Compact (no benefit questions)', accent: 'Accent colour', radius: 'Corner radius', font: 'Font',
      default: 'default', defaultFont: 'default (system-ui)',
      hScript: 'Code to paste (resizes to its content)',
      scriptHint: "Paste it where the calculator should appear. Your site's security policy (CSP) needs this address in script-src and frame-src. If the script or the frame is blocked, the link inside the element stays visible.",
      hFrame: 'Iframe only (for sites that forbid other scripts)',
      frameHint: 'A fixed height: without the script the frame cannot tell your page how tall it is.',
      hPreview: 'Preview', previewHint: 'As it will look on your site, with the options above.',
      fallback: 'Work out BPJS Ketenagakerjaan contributions with this calculator',
    },
  };
  let ui = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'id';
  let sri = '';
  let preview = null;

  function texts() {
    const t = T[ui];
    document.documentElement.lang = ui;
    document.title = t.pageTitle;
    for (const el of document.querySelectorAll('[data-t]')) el.textContent = t[el.dataset.t];
    const other = ui === 'id' ? 'en' : 'id';
    $('switch').textContent = t.switch;
    $('switch').lang = other;
    $('switch').setAttribute('aria-label', t.switchLabel);
  }

  function options() {
    const f = $('cfg').elements;
    // Every theme key is named, null when default, so that the preview drops an earlier choice.
    const accent = /^#[0-9a-f]{6}$/i.test(f.accent.value) && f.accent.value.toLowerCase() !== '#0b5d3b' ? f.accent.value : null;
    const theme = { accent, radius: f.radius.value || null, font: f.font.value || null };
    return { lang: f.lang.value, segment: f.segment.value, compact: f.compact.checked, theme };
  }

  function render() {
    const o = options();
    const attrs = [['lang', o.lang], ['segment', o.segment]];
    if (o.compact) attrs.push(['compact', '']);
    for (const [k, v] of Object.entries(o.theme)) if (v) attrs.push([k, v]);
    const src = new URL('v1/embed.js', location.href).href;
    const page = new URL('index.html', location.href);
    const data = attrs.map(([k, v]) => (v === '' ? ` data-${k}` : ` data-${k}="${esc(v)}"`)).join('');
    const integrity = sri ? ` integrity="${esc(sri)}" crossorigin="anonymous"` : '';
    // The link inside the element is what a reader sees when the script or the frame is blocked.
    $('out-script').value = `<bpjstk-calculator><a href="${esc(page.href)}">${esc(T[o.lang].fallback)}</a></bpjstk-calculator>\n`
      + `<script src="${esc(src)}"${integrity}${data} async></script>`;
    const framed = new URL(page);
    framed.searchParams.set('embed', '1');
    for (const [k, v] of attrs) framed.searchParams.set(k, v === '' ? '1' : v);
    $('out-frame').value = `<iframe src="${esc(framed.href)}" title="Kalkulator iuran BPJS Ketenagakerjaan" width="100%" height="900" frameborder="0" referrerpolicy="origin"></iframe>`;
    if (window.BPJSTKCalculator) {
      if (preview) preview.update(o);
      else preview = window.BPJSTKCalculator.mount($('preview'), o);
    }
  }

  $('switch').addEventListener('click', () => {
    ui = ui === 'id' ? 'en' : 'id';
    texts();
    render();
  });
  $('cfg').addEventListener('input', render);
  $('cfg').addEventListener('change', render);
  texts();
  render();
  fetch('embed.sri').then((r) => (r.ok ? r.text() : '')).then((t) => { sri = t.trim(); render(); }).catch(() => {});
})();
