// The bulk page: a CSV of many workers computed in the browser (calculateCsv, in chunks, with a
// progress bar), and a sponsor budget (a selfEmployed request with a `sponsor` group). Nothing
// leaves the device: the file is read locally and the results are downloaded from a Blob.
import init, * as engine from './pkg/bpjstk_calc.js';

const $ = (id) => document.getElementById(id);
const CHUNK = 4000;
const PROGRAMS = ['JKK', 'JKM', 'JHT', 'JP', 'JKP', 'JKK+JKM'];
const PAYERS = ['employer', 'worker', 'government', 'total'];
const MAX_LISTED = 200;
const PREVIEW = 20;

const T = {
  id: {
    title: 'Banyak pekerja sekaligus',
    tagline: 'Daftar gaji, pekerja desa, atau anggaran pemberi bantuan: dihitung di perangkat ini.',
    switchLang: 'English', switchLangLabel: 'Switch to English',
    privacy: 'Perkiraan tidak resmi. Berkas Anda dibaca dan dihitung di perangkat ini; tidak ada yang diunggah.',
    loading: 'Memuat kalkulator…', ready: 'Siap.', loadFailed: 'Kalkulator gagal dimuat. Muat ulang halaman ini saat ada sinyal.',
    csvTitle: '1. Hitung dari berkas CSV',
    csvIntro: 'Satu baris per pekerja, kolom seperti pada contoh. Baris yang salah ditandai; baris lain tetap dihitung.',
    template: 'Unduh contoh CSV', file: 'Pilih berkas CSV', dropHint: 'Atau tarik dan lepaskan berkas di sini.',
    progress: 'Menghitung', rowsOf: '{done} dari {all} baris',
    summary: '{ok} baris dihitung, {bad} baris salah, dalam {ms} ms.',
    byPayer: 'Jumlah per bulan menurut pembayar', byProgram: 'Jumlah per bulan menurut program',
    payer: 'Pembayar', program: 'Program', amount: 'Jumlah',
    employer: 'Pemberi kerja', worker: 'Pekerja', government: 'Pemerintah', total: 'Total',
    bad: 'Baris yang salah', line: 'Baris', field: 'Kolom', message: 'Keterangan',
    moreBad: 'Dan {n} baris salah lainnya; semuanya ada di berkas hasil.',
    preview: 'Contoh hasil (baris pertama)', status: 'Status', ok: 'ok', error: 'salah',
    download: 'Unduh hasil (CSV)', fileError: 'Berkas tidak dapat dibaca: {msg}', notCsv: 'Pilih berkas CSV (teks).',
    spTitle: '2. Anggaran iuran untuk pemberi bantuan',
    spIntro: 'Untuk desa, pemerintah daerah, koperasi, atau lembaga yang membayar iuran pekerja informal (BPU).',
    spDate: 'Bulan pertama', spMonths: 'Berapa bulan', spAdd: 'Tambah kelompok', spPub: 'Dibayar dari APBN, APBD, atau dana desa',
    spGo: 'Hitung anggaran', group: 'Kelompok {n}', count: 'Jumlah pekerja', income: 'Penghasilan sebulan (Rp)',
    occupation: 'Pekerjaan', jht: 'Ikut JHT', remove: 'Hapus kelompok {n}',
    spTotal: 'Total anggaran', perWorker: 'Per pekerja', subtotal: 'Subtotal', period: 'Masa', monthly: 'Per bulan',
    price: 'Harga', months: 'Bulan', relief: 'dengan keringanan', full: 'harga penuh',
    reliefMonths: '{r} bulan dengan keringanan, {f} bulan harga penuh',
    back: 'Kembali ke kalkulator satu pekerja',
    agTitle: '3. Mode petugas: beberapa orang, satu per satu',
    agIntro: 'Untuk petugas lapangan: hitung perkiraan beberapa pekerja informal (BPU) satu per satu, tanpa sinyal. Slip hanya disimpan di perangkat ini, dan hanya bila Anda menekan Simpan.',
    agName: 'Nama panggilan (tidak wajib)', agAdd: 'Tambah slip', agKeep: 'Simpan di perangkat ini', agCsv: 'Unduh CSV',
    agWa: 'Salin teks untuk WhatsApp', agClear: 'Hapus semua', agText: 'Teks untuk WhatsApp',
    agKept: '{n} slip disimpan di perangkat ini.', agCleared: 'Semua slip dihapus dari perangkat ini.',
    agCopied: 'Teks disalin.', agCopyFailed: 'Tidak dapat menyalin; salin teks di bawah.',
    agPerson: 'Orang {n}', agMonthly: '{total} sebulan', agSlipHead: 'Perkiraan iuran BPJS Ketenagakerjaan ({date}):',
    agTotal: 'Jumlah semua: {total} sebulan', agDelete: 'Hapus slip {n}',
    footer: 'Aturan versi {version}, sidik data {hash}. Hasilnya perkiraan; tagihan BPJS Ketenagakerjaan yang menentukan.',
    numFmt: 'id-ID',
  },
  en: {
    title: 'Many workers at once',
    tagline: 'A payroll, a village’s workers or a sponsor’s budget: computed on this device.',
    switchLang: 'Bahasa Indonesia', switchLangLabel: 'Ganti ke Bahasa Indonesia',
    privacy: 'Unofficial estimate. Your file is read and computed on this device; nothing is uploaded.',
    loading: 'Loading the calculator…', ready: 'Ready.', loadFailed: 'The calculator could not load. Reload this page when you have signal.',
    csvTitle: '1. Compute a CSV file',
    csvIntro: 'One row per worker, columns as in the template. Bad rows are flagged; the other rows are still computed.',
    template: 'Download the CSV template', file: 'Choose a CSV file', dropHint: 'Or drag and drop a file here.',
    progress: 'Computing', rowsOf: '{done} of {all} lines',
    summary: '{ok} rows computed, {bad} bad rows, in {ms} ms.',
    byPayer: 'Monthly totals by payer', byProgram: 'Monthly totals by program',
    payer: 'Payer', program: 'Program', amount: 'Amount',
    employer: 'Employer', worker: 'Worker', government: 'Government', total: 'Total',
    bad: 'Bad rows', line: 'Line', field: 'Column', message: 'Message',
    moreBad: 'And {n} more bad rows; all of them are in the results file.',
    preview: 'Preview (first rows)', status: 'Status', ok: 'ok', error: 'error',
    download: 'Download the results (CSV)', fileError: 'The file could not be read: {msg}', notCsv: 'Choose a CSV (text) file.',
    spTitle: '2. Contribution budget for a sponsor',
    spIntro: 'For a village, a regional government, a cooperative or an organisation paying the contributions of informal (BPU) workers.',
    spDate: 'First month', spMonths: 'How many months', spAdd: 'Add a group', spPub: 'Paid from APBN, APBD or village funds',
    spGo: 'Compute the budget', group: 'Group {n}', count: 'Number of workers', income: 'Monthly income (Rp)',
    occupation: 'Occupation', jht: 'With JHT', remove: 'Remove group {n}',
    spTotal: 'Budget total', perWorker: 'Per worker', subtotal: 'Subtotal', period: 'Period', monthly: 'Monthly',
    price: 'Price', months: 'Months', relief: 'with relief', full: 'full price',
    reliefMonths: '{r} months with relief, {f} months at full price',
    back: 'Back to the one-worker calculator',
    agTitle: '3. Agent mode: several people, one after another',
    agIntro: 'For field agents: estimate several informal (BPU) workers one after another, with no signal. Slips are kept only on this device, and only when you press Keep.',
    agName: 'Short name (optional)', agAdd: 'Add a slip', agKeep: 'Keep on this device', agCsv: 'Download CSV',
    agWa: 'Copy text for WhatsApp', agClear: 'Delete all', agText: 'Text for WhatsApp',
    agKept: '{n} slips kept on this device.', agCleared: 'All slips deleted from this device.',
    agCopied: 'Text copied.', agCopyFailed: 'Could not copy; copy the text below.',
    agPerson: 'Person {n}', agMonthly: '{total} a month', agSlipHead: 'BPJS Ketenagakerjaan contribution estimates ({date}):',
    agTotal: 'All together: {total} a month', agDelete: 'Delete slip {n}',
    footer: 'Rules version {version}, data hash {hash}. Results are estimates; the BPJS Ketenagakerjaan bill is what counts.',
    numFmt: 'en',
  },
};
let lang = 'id';
const t = () => T[lang];
const fill = (s, vars) => s.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m));
let rulesInfo = null;
let last = null; // the last CSV result: { csv, ok, bad, sums, errors, preview, ms }
let lastSponsor = null;

function h(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k === 'text') e.textContent = v;
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const k of kids.flat()) if (k != null && k !== false) e.append(k);
  return e;
}

// ---------- money: engine strings ("1250000.5") summed in sen as BigInt, shown with Intl ----------

function sen(s) {
  if (!s) return 0n;
  const neg = s.startsWith('-');
  const [i, f = ''] = (neg ? s.slice(1) : s).split('.');
  const v = BigInt(i || '0') * 100n + BigInt((f + '00').slice(0, 2));
  return neg ? -v : v;
}
function fromSen(v) {
  const neg = v < 0n;
  const a = neg ? -v : v;
  const f = a % 100n;
  return `${neg ? '-' : ''}${a / 100n}${f ? '.' + String(f).padStart(2, '0') : ''}`;
}
function money(s) {
  const str = String(s);
  const neg = str.startsWith('-');
  const [i, f = ''] = (neg ? str.slice(1) : str).split('.');
  const nf = new Intl.NumberFormat(t().numFmt);
  const dec = nf.formatToParts(1.5).find((p) => p.type === 'decimal')?.value || ',';
  return `${neg ? '−' : ''}Rp${nf.format(BigInt(i || '0'))}${f && /[1-9]/.test(f) ? dec + f.padEnd(2, '0') : ''}`;
}
const num = (n) => new Intl.NumberFormat(t().numFmt).format(n);

// ---------- CSV ----------

/** Splits a CSV text into records (RFC 4180), for the engine's output. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"') {
        if (text[i + 1] === '"') { cell += '"'; i++; } else q = false;
      } else cell += c;
    } else if (c === '"' && cell === '') q = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; }
    else if (c !== '\r') cell += c;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

const quoteCount = (s) => { let n = 0; for (let i = s.indexOf('"'); i >= 0; i = s.indexOf('"', i + 1)) n++; return n; };

/**
 * Whether a quoted cell is still open at the end of `line` (`open`: it was at its start), read
 * as the engine reads CSV (src/bulk.rs): a quote opens a cell only as its first character, so
 * one inside an unquoted cell is a plain character; in a quoted cell "" is a quote.
 */
function openAfter(line, open) {
  if (!open && line.indexOf('"') < 0) return false;
  let start = !open;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (open) {
      if (c === 34) {
        if (line.charCodeAt(i + 1) === 34) i++;
        else open = false;
      }
    } else if (c === 34 && start) {
      open = true;
      start = false;
    } else {
      start = c === 44;
    }
  }
  return open;
}
const pause = () => new Promise((r) => setTimeout(r, 0));

/** The records of the engine's output text (a quoted cell may hold a line break). */
function records(text) {
  const lines = text.split('\n');
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    let rec = lines[i];
    while (quoteCount(rec) % 2 && i + 1 < lines.length) rec += '\n' + lines[++i];
    if (rec !== '') out.push(rec);
  }
  return out;
}

// Exact sums without a BigInt per cell: whole-rupiah cells of at most 12 characters are added
// as Numbers, and moved into the BigInt total before the Number could pass 2^53 (a sum below
// 2^52 plus a cell below 10^12 is still exact); any other cell goes straight to BigInt.
const FLUSH = 2 ** 52;

// Workers for large files (bulk-worker.js), made on first use and kept. If one fails (cannot
// load, its engine does not start, or it is silent for WORKER_SILENCE ms) they are all ended
// and not used again in this visit: the page computes the chunks itself.
const MAX_WORKERS = 4;
const WORKER_SILENCE = 30000;
let pool = null;
let poolBroken = false;
function workers() {
  if (pool || poolBroken) return pool || [];
  pool = [];
  const n = Math.min(MAX_WORKERS, Math.max(2, navigator.hardwareConcurrency || 2));
  try {
    for (let k = 0; k < n; k++) pool.push(new Worker(new URL('./bulk-worker.js', import.meta.url), { type: 'module' }));
  } catch {
    breakPool();
  }
  return pool || [];
}
function breakPool() {
  for (const w of pool || []) w.terminate();
  pool = null;
  poolBroken = true;
}

let runs = 0;
/**
 * Starts computing chunk texts on the workers. done(index, csv) is called once per chunk as
 * results come back, in any order, and failed(indexes) once if the workers fail, with the
 * chunks the page must compute itself. Returns a function that ends the run (later messages
 * are ignored), or null when there are no workers.
 */
function onWorkers(texts, done, failed) {
  const ws = texts.length > 2 ? workers() : [];
  if (!ws.length) return null;
  const run = ++runs;
  const pending = new Set(texts.keys());
  let next = 0;
  let over = false;
  let timer = 0;
  const end = () => { over = true; clearTimeout(timer); };
  const fail = () => {
    if (over) return;
    end();
    breakPool();
    failed([...pending].sort((a, b) => a - b));
  };
  const watch = () => { clearTimeout(timer); timer = setTimeout(fail, WORKER_SILENCE); };
  const give = (w) => {
    if (over || next >= texts.length) return;
    const id = next++;
    w.postMessage({ run, id, text: texts[id] });
  };
  for (const w of ws) {
    w.onmessage = (e) => {
      const { run: r, id, result, error } = e.data;
      if (r !== run || over) return;
      if (error !== undefined) { fail(); return; }
      pending.delete(id);
      watch();
      done(id, result);
      if (!pending.size) end();
      give(w);
    };
    w.onerror = (e) => { e.preventDefault(); fail(); };
    give(w);
  }
  watch();
  return end;
}

let queue = Promise.resolve();
export function runCsv(text, onProgress) {
  // One file at a time: the workers serve one run.
  const run = queue.then(() => compute(text, onProgress));
  queue = run.catch(() => {});
  return run;
}

async function compute(text, onProgress = () => {}) {
  const started = performance.now();
  const lines = text.split('\n');
  // The header is the first line that is not blank.
  let h = 0;
  while (h < lines.length - 1 && !lines[h].trim()) h++;
  const header = lines[h];
  const chunks = []; // [index in `lines` of the chunk's first line, the chunk's text]
  for (let i = h + 1; i < lines.length;) {
    // Cut only between records: never inside a quoted cell that holds a line break.
    let open = false;
    let j = i;
    while (j < lines.length && (j - i < CHUNK || open)) open = openAfter(lines[j++], open);
    chunks.push([i, header + '\n' + lines.slice(i, j).join('\n')]);
    i = j;
  }
  // A file of a header only still has its header checked.
  if (!chunks.length) chunks.push([h + 1, header + '\n']);
  const keys = [...PAYERS, ...PROGRAMS];
  const cols = [5, 6, 7, 8, 9, 10, 11, 12, 13, 14];
  const sums = Object.fromEntries(keys.map((k) => [k, 0n]));
  const part = new Array(keys.length).fill(0);
  const flush = (k) => { sums[keys[k]] += BigInt(part[k]) * 100n; part[k] = 0; };
  const out = [];
  const errors = [];
  const preview = [];
  let ok = 0;
  let bad = 0;
  let outHeader = '';
  let stopped = false;
  // One chunk's output, in file order: line numbers, sums, errors, preview.
  const take = (from, result) => {
    const recs = records(result);
    outHeader ||= recs[0];
    for (let n = 1; n < recs.length && !stopped; n++) {
      const rec = recs[n];
      const comma = rec.indexOf(',');
      const chunkLine = Number(rec.slice(0, comma));
      // The header's own line only when the header is refused: the whole file stops.
      const line = chunkLine === 1 ? h + 1 : from + chunkLine - 1;
      const fixed = line + rec.slice(comma);
      out.push(fixed);
      if (rec.startsWith(',ok,', comma)) {
        ok++;
        const c = fixed.split(',');
        for (let k = 0; k < cols.length; k++) {
          const v = c[cols[k]];
          if (!v) continue;
          if (v.length <= 12 && !v.includes('.')) {
            part[k] += +v;
            if (part[k] >= FLUSH || part[k] <= -FLUSH) flush(k);
          } else sums[keys[k]] += sen(v);
        }
        if (preview.length < PREVIEW) preview.push(c);
      } else {
        bad++;
        const r = parseCsv(fixed)[0];
        if (errors.length < MAX_LISTED) errors.push({ line, code: r[2], field: r[3], message: r[4] });
        if (preview.length < PREVIEW) preview.push(r);
      }
      if (chunkLine === 1) stopped = true;
    }
  };
  // results[k]: the chunk's output; null: the page computes it; undefined: not back yet.
  const results = new Array(chunks.length);
  let wake = () => {};
  const endWorkers = onWorkers(chunks.map((c) => c[1]),
    (k, result) => { results[k] = result; wake(); },
    (left) => { for (const k of left) results[k] = null; wake(); });
  if (!endWorkers) results.fill(null);
  try {
    for (let k = 0; k < chunks.length && !stopped; k++) {
      while (results[k] === undefined) await new Promise((r) => { wake = r; });
      const onPage = results[k] === null;
      take(chunks[k][0], onPage ? engine.calculateCsv(chunks[k][1]) : results[k]);
      results[k] = true; // the chunk's output is no longer needed
      onProgress(k + 1 < chunks.length ? chunks[k + 1][0] : lines.length, lines.length);
      if (onPage) await pause();
    }
  } finally {
    endWorkers?.();
  }
  for (let k = 0; k < keys.length; k++) flush(k);
  const csv = [outHeader, ...out].join('\n') + '\n';
  return { csv, ok, bad, sums, errors, preview, ms: Math.round(performance.now() - started) };
}

// ---------- the CSV section ----------

function table(caption, heads, rows, cls) {
  return h('table', { class: cls || 'who' },
    h('caption', { text: caption }),
    h('thead', {}, h('tr', {}, heads.map((x) => h('th', { scope: 'col', text: x })))),
    h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c, k) => (k === 0 ? h('th', { scope: 'row', text: c }) : h('td', { text: c })))))));
}

function renderCsv() {
  const box = $('bulk-out');
  if (!last) { box.replaceChildren(); return; }
  const r = last;
  if (r.failed) { box.replaceChildren(h('p', { class: 'error', text: r.failed })); return; }
  const payers = PAYERS.map((k) => [t()[k], money(fromSen(r.sums[k]))]);
  const programs = PROGRAMS.filter((k) => r.sums[k] !== 0n).map((k) => [k, money(fromSen(r.sums[k]))]);
  const kids = [
    h('p', { id: 'bulk-summary', text: fill(t().summary, { ok: num(r.ok), bad: num(r.bad), ms: num(r.ms) }) }),
    h('p', {}, h('button', { type: 'button', class: 'btn', id: 'download', text: t().download })),
    h('div', { class: 'scroll' }, table(t().byPayer, [t().payer, t().amount], payers)),
    h('div', { class: 'scroll' }, table(t().byProgram, [t().program, t().amount], programs)),
  ];
  if (r.errors.length) {
    kids.push(h('div', { class: 'scroll', id: 'bad-rows' }, table(t().bad, [t().line, t().field, t().message],
      r.errors.map((e) => [String(e.line), e.field || '—', e.message]), 'who bad')));
    if (r.bad > r.errors.length) kids.push(h('p', { class: 'hint', text: fill(t().moreBad, { n: num(r.bad - r.errors.length) }) }));
  }
  kids.push(h('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': t().preview, id: 'preview' },
    table(t().preview, [t().line, t().status, t().employer, t().worker, t().government, t().total],
      r.preview.map((p) => [p[0], p[1] === 'ok' ? t().ok : t().error, ...[5, 6, 7, 8].map((k) => (p[k] ? money(p[k]) : '—'))]), 'who preview')));
  box.replaceChildren(...kids);
  $('download').addEventListener('click', () => download(r.csv, 'bpjstk-hasil.csv'));
}

async function openFile(file) {
  if (!file) return;
  const box = $('progress-box');
  const bar = $('progress');
  const say = $('progress-text');
  last = null;
  renderCsv();
  let text;
  try {
    text = await file.text();
  } catch (e) {
    last = { failed: fill(t().fileError, { msg: e.message }) };
    renderCsv();
    return;
  }
  if (text.includes('\0')) { last = { failed: t().notCsv }; renderCsv(); return; }
  box.hidden = false;
  try {
    last = await runCsv(text, (done, all) => {
      bar.value = Math.round((done / all) * 100);
      say.textContent = fill(t().rowsOf, { done: num(done), all: num(all) });
    });
    console.log(`bulk: ${last.ok + last.bad} rows in ${last.ms} ms`);
  } catch (e) {
    last = { failed: fill(t().fileError, { msg: e.message }) };
  }
  renderCsv();
}

// ---------- the sponsor budget ----------

let groupSeq = 0;
function occOptions(sel) {
  const keep = sel.value || 'other';
  sel.replaceChildren(...(rulesInfo?.occupations || []).map((o) => h('option', { value: o.code, text: lang === 'id' ? o.nameId : o.nameEn })));
  sel.value = keep;
  if (!sel.value && sel.options.length) sel.selectedIndex = 0;
}

function addGroup(v = {}) {
  const n = ++groupSeq;
  const id = (k) => `sp-${k}-${n}`;
  const occ = h('select', { id: id('occ'), 'data-k': 'occupation' });
  const fs = h('fieldset', { class: 'field group' },
    h('legend', { 'data-group': '' }),
    h('div', { class: 'group-row' },
      h('div', {}, h('label', { for: id('count'), 'data-t': 'count', text: t().count }),
        h('input', { id: id('count'), 'data-k': 'count', type: 'number', inputmode: 'numeric', min: '1', max: '1000000', step: '1', value: v.count || '10' })),
      h('div', {}, h('label', { for: id('inc'), 'data-t': 'income', text: t().income }),
        h('input', { id: id('inc'), 'data-k': 'monthlyIncome', type: 'text', inputmode: 'numeric', autocomplete: 'off', value: v.monthlyIncome || '1000000' })),
      h('div', {}, h('label', { for: id('occ'), 'data-t': 'occupation', text: t().occupation }), occ)),
    h('div', { class: 'check' }, h('input', { type: 'checkbox', id: id('jht'), 'data-k': 'includeJht' }),
      h('label', { for: id('jht'), 'data-t': 'jht', text: t().jht })),
    h('button', { type: 'button', class: 'btn small remove' }));
  occOptions(occ);
  if (v.occupation) occ.value = v.occupation;
  fs.querySelector('.remove').addEventListener('click', () => {
    if ($('sp-groups').children.length > 1) { fs.remove(); numberGroups(); }
  });
  $('sp-groups').append(fs);
  numberGroups();
}

function numberGroups() {
  [...$('sp-groups').children].forEach((fs, i) => {
    fs.querySelector('legend').textContent = fill(t().group, { n: i + 1 });
    const b = fs.querySelector('.remove');
    b.textContent = fill(t().remove, { n: i + 1 });
    b.hidden = $('sp-groups').children.length < 2;
  });
}

function sponsorRequest() {
  const groups = [...$('sp-groups').children].map((fs) => {
    const g = {};
    for (const el of fs.querySelectorAll('[data-k]')) {
      const k = el.dataset.k;
      if (k === 'includeJht') g[k] = el.checked;
      else if (k === 'count') g[k] = /^\d+$/.test(el.value.trim()) ? Number(el.value.trim()) : el.value.trim();
      else if (k === 'monthlyIncome') g[k] = el.value.replace(/[.\s]/g, '').replace(',', '.');
      else g[k] = el.value;
    }
    return g;
  });
  const m = $('sp-months').value.trim();
  return {
    asOf: $('sp-date').value,
    segment: 'selfEmployed',
    lang,
    publicBudget: $('sp-pub').checked,
    sponsor: { months: /^\d+$/.test(m) ? Number(m) : m, groups },
  };
}

function computeSponsor() {
  try {
    lastSponsor = { response: engine.calculate(sponsorRequest()) };
  } catch (e) {
    lastSponsor = { error: `${e.message}${e.field ? ` (${e.field})` : ''}` };
  }
  renderSponsor();
}

function renderSponsor() {
  const box = $('sp-out');
  if (!lastSponsor) { box.replaceChildren(); return; }
  if (lastSponsor.error) { box.replaceChildren(h('p', { class: 'error', id: 'sp-error', text: lastSponsor.error })); return; }
  const r = lastSponsor.response;
  const s = r.sponsor;
  const occName = (c) => { const o = rulesInfo?.occupations.find((x) => x.code === c); return o ? (lang === 'id' ? o.nameId : o.nameEn) : c; };
  const kids = [
    h('p', { class: 'headline' }, h('span', { class: 'lead', text: `${t().spTotal} (${s.firstMonth} – ${s.lastMonth})` }),
      h('strong', { id: 'sp-total', text: money(s.total) })),
  ];
  for (const w of r.warnings || []) kids.push(h('p', { class: 'warn', 'data-code': w.code, text: w.message }));
  s.groups.forEach((g, i) => {
    kids.push(h('div', { class: 'sp-group' },
      h('h3', { text: `${fill(t().group, { n: i + 1 })}: ${num(g.count)} × ${occName(g.occupation)}, ${money(g.monthlyIncome)}` }),
      h('p', { text: fill(t().reliefMonths, { r: g.reliefMonths, f: g.fullPriceMonths }) }),
      h('div', { class: 'scroll' }, table(`${t().perWorker}: ${money(g.perWorker)} · ${t().subtotal}: ${money(g.subtotal)}`,
        [t().period, t().months, t().monthly, t().price],
        g.periods.map((p) => [`${p.from} – ${p.until}`, String(p.months), money(p.monthly), p.relief ? t().relief : t().full]))),
      g.explanation ? h('p', { class: 'hint', text: g.explanation }) : null));
  });
  if (s.explanation) kids.push(h('p', { id: 'sp-explanation', text: s.explanation }));
  if (s.notes?.length) kids.push(h('ul', { class: 'notes' }, s.notes.map((n) => h('li', { text: n }))));
  box.replaceChildren(...kids);
}

// ---------- agent mode: slips kept in memory, on the device only when asked ----------

const KEEP = 'bpjstk-calc-agent';
let slips = [];

function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
const occLabel = (c) => { const o = rulesInfo?.occupations.find((x) => x.code === c); return o ? (lang === 'id' ? o.nameId : o.nameEn) : c; };

function addSlip() {
  const err = $('ag-error');
  const req = {
    asOf: today(), segment: 'selfEmployed', lang, detail: 'amounts',
    monthlyIncome: $('ag-inc').value.replace(/[.\s]/g, '').replace(',', '.'),
    occupation: $('ag-occ').value, includeJht: $('ag-jht').checked,
  };
  let r;
  try {
    r = engine.calculate(req);
  } catch (e) {
    err.textContent = e.message;
    err.hidden = false;
    return;
  }
  err.hidden = true;
  slips.push({
    name: $('ag-name').value.trim().slice(0, 40), asOf: req.asOf, occupation: req.occupation,
    income: req.monthlyIncome, includeJht: req.includeJht, total: r.contributions.total.total,
    lines: r.contributions.lines.map((l) => [l.program, l.total]),
  });
  $('ag-name').value = '';
  renderSlips();
}

function slipName(s, i) { return s.name || fill(t().agPerson, { n: i + 1 }); }

function renderSlips() {
  $('ag-list').replaceChildren(...slips.map((s, i) => h('li', { class: 'slip' },
    h('strong', { text: `${slipName(s, i)}: ${fill(t().agMonthly, { total: money(s.total) })}` }),
    h('span', { class: 'hint', text: `${occLabel(s.occupation)}, ${money(s.income)} · ${s.lines.map(([p, v]) => `${p} ${money(v)}`).join(', ')}` }),
    h('button', { type: 'button', class: 'btn small', 'data-i': String(i), text: fill(t().agDelete, { n: i + 1 }) }))));
  $('ag-actions').hidden = slips.length === 0;
}

function slipsText() {
  const sum = slips.reduce((a, s) => a + sen(s.total), 0n);
  return [fill(t().agSlipHead, { date: slips[0]?.asOf || today() }),
    ...slips.map((s, i) => `${i + 1}. ${slipName(s, i)} (${occLabel(s.occupation)}): ${fill(t().agMonthly, { total: money(s.total) })} — ${s.lines.map(([p, v]) => `${p} ${money(v)}`).join(', ')}`),
    fill(t().agTotal, { total: money(fromSen(sum)) })].join('\n');
}

function slipsCsv() {
  const q = (c) => (/[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  const rows = [['name', 'asOf', 'occupation', 'monthlyIncome', 'includeJht', 'total', ...PROGRAMS].join(',')];
  for (const s of slips) {
    const by = Object.fromEntries(s.lines);
    rows.push([s.name, s.asOf, s.occupation, s.income, String(s.includeJht), s.total, ...PROGRAMS.map((p) => by[p] || '')].map(q).join(','));
  }
  return rows.join('\n') + '\n';
}

function download(text, name) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv' }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

function startAgent() {
  try { slips = JSON.parse(localStorage.getItem(KEEP) || '[]'); } catch { slips = []; }
  if (!Array.isArray(slips)) slips = [];
  const occ = $('ag-occ');
  occOptions(occ);
  renderSlips();
  $('ag-form').addEventListener('submit', (e) => { e.preventDefault(); addSlip(); });
  $('ag-list').addEventListener('click', (e) => {
    const i = e.target.dataset?.i;
    if (i != null) { slips.splice(Number(i), 1); renderSlips(); }
  });
  $('ag-keep').addEventListener('click', () => {
    localStorage.setItem(KEEP, JSON.stringify(slips));
    $('ag-status').textContent = fill(t().agKept, { n: slips.length });
  });
  $('ag-clear').addEventListener('click', () => {
    slips = [];
    localStorage.removeItem(KEEP);
    renderSlips();
    $('ag-text').hidden = true;
    $('ag-status').textContent = t().agCleared;
  });
  $('ag-csv').addEventListener('click', () => download(slipsCsv(), 'bpjstk-slip.csv'));
  $('ag-wa').addEventListener('click', async () => {
    const text = slipsText();
    const box = $('ag-text');
    box.value = text;
    try {
      await navigator.clipboard.writeText(text);
      $('ag-status').textContent = t().agCopied;
    } catch {
      box.hidden = false;
      box.select();
      $('ag-status').textContent = t().agCopyFailed;
    }
  });
}

// ---------- texts, start ----------

function applyTexts() {
  document.documentElement.lang = lang;
  document.title = `${t().title} — BPJS Ketenagakerjaan`;
  for (const el of document.querySelectorAll('[data-t]')) el.textContent = t()[el.dataset.t];
  const b = $('lang');
  b.textContent = t().switchLang;
  b.setAttribute('lang', lang === 'id' ? 'en' : 'id');
  b.setAttribute('aria-label', t().switchLangLabel);
  if (rulesInfo) {
    $('foot').textContent = fill(t().footer, { version: rulesInfo.version, hash: rulesInfo.dataHash });
    $('status-text').textContent = t().ready;
    for (const s of document.querySelectorAll('#sp-groups select, #ag-occ')) occOptions(s);
    numberGroups();
    renderSlips();
  }
  renderCsv();
  if (lastSponsor) computeSponsor();
}

async function start() {
  if (location.hash === '#lang=en') { lang = 'en'; applyTexts(); }
  await init({ module_or_path: new URL('pkg/bpjstk_calc_bg.wasm', import.meta.url) });
  rulesInfo = engine.rules();
  const d = new Date();
  $('sp-date').value = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-01`;
  addGroup({ occupation: 'fisher' });
  startAgent();
  applyTexts();
  $('status').dataset.state = 'ready';

  $('file').addEventListener('change', (e) => openFile(e.target.files[0]));
  const drop = $('drop');
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => { e.preventDefault(); drop.classList.remove('over'); openFile(e.dataTransfer.files[0]); });
  $('lang').addEventListener('click', () => { lang = lang === 'id' ? 'en' : 'id'; applyTexts(); });
  $('sp-add').addEventListener('click', () => addGroup());
  $('sp-form').addEventListener('submit', (e) => { e.preventDefault(); computeSponsor(); });
  // The offline copy: the service worker (shared with the main page) stores this page's files.
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('sw.js')
      .then(() => navigator.serviceWorker.ready)
      .then((reg) => reg.active?.postMessage('cacheLater'))
      .catch(() => {});
  }
}

start().catch((e) => {
  $('status').dataset.state = 'failed';
  $('status-text').textContent = t().loadFailed;
  console.warn(e);
});
