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
    jump: 'Langsung ke:', navCsv: 'berkas CSV', navSponsor: 'anggaran desa atau pemberi bantuan', navAgent: 'mode petugas lapangan',
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
    // the sponsor budget
    spTitle: '2. Anggaran iuran untuk desa dan pemberi bantuan',
    spIntro: 'Untuk desa, pemerintah daerah, koperasi, atau lembaga yang membayar iuran pekerja informal (BPU): berapa yang dianggarkan, per program dan per masa, dan apa yang didapat keluarga mereka.',
    spPayer: 'Siapa yang membayar iuran?',
    payerVillage: 'Desa (dana desa, APBDes)', payerState: 'Pemerintah pusat atau daerah (APBN, APBD)', payerOther: 'Pihak lain: koperasi, lembaga, perusahaan, perorangan',
    payerName: { village: 'desa (dana desa)', state: 'pemerintah (APBN atau APBD)', other: 'pihak lain' },
    spPayerNeeded: 'Pilih siapa yang membayar: itu menentukan apakah keringanan iuran berlaku.',
    spStart: 'Bulan pertama', spMonth: 'Bulan', spYear: 'Tahun', spMonths: 'Berapa bulan',
    spAdd: 'Tambah kelompok', spGo: 'Hitung anggaran',
    group: 'Kelompok {n}', count: 'Jumlah pekerja', income: 'Penghasilan (Rp)', per: 'Per',
    perDay: 'hari', perWeek: 'minggu', perMonth: 'bulan',
    perWord: { day: 'sehari', week: 'seminggu', month: 'sebulan' },
    occupation: 'Pekerjaan', jht: 'Ikut JHT', remove: 'Hapus kelompok {n}',
    monthsN: '{n} bulan',
    spTotal: 'Total anggaran, {from} – {until} ({months})',
    spWho: '{workers} pekerja dalam {groups} kelompok; dibayar oleh {payer}.',
    spByProgram: 'Per program, seluruh masa', spAll: 'Semua program',
    spFamilies: 'Yang didapat keluarga pekerja',
    famBoth: '{n} keluarga terlindungi: masing-masing {death} bila pekerja meninggal, {work} bila karena kecelakaan kerja.',
    famDeath: '{n} keluarga terlindungi: masing-masing {death} bila pekerja meninggal.',
    famCare: 'Bila celaka saat bekerja: perawatan sesuai kebutuhan medis.', famCareWage: 'Bila celaka saat bekerja: perawatan sesuai kebutuhan medis, dan upah selama tidak mampu bekerja.',
    famKeep: 'Selama iuran dibayar paling lambat tanggal {day} {when}. Lebih dari {n} bulan berturut-turut tidak dibayar: hak JKK dan JKM hilang, juga untuk keluarga.',
    dueSame: 'tiap bulan', dueFollowing: 'bulan berikutnya',
    groupHead: 'Kelompok {n}: {count} pekerja, {occ}',
    groupIncome: 'Penghasilan {amount} {per}', groupConv: ', dihitung {amount} sebulan', withJht: 'dengan JHT', noJht: 'tanpa JHT',
    priceFull: 'harga penuh', priceRelief: 'dengan keringanan {instrument}',
    perWorkerMonth: '{amount} per pekerja sebulan', fullWas: 'tanpa keringanan {amount}',
    groupTable: 'Kelompok {n} per program', perWorkerAll: '{amount} per pekerja', groupCol: 'Seluruh kelompok', sum: 'Jumlah',
    villageQ: 'Pertanyaan terbuka: apakah keringanan berlaku untuk dana desa?',
    villageQText: 'PP 50/2025 Pasal 3 ayat (5): keringanan tidak berlaku bila iuran dibayar dari APBN atau APBD. Dana desa (APBDes) tidak disebut, dan belum ada jawaban resmi. Anggaran di atas memakai harga penuh agar tidak kurang.',
    villageAlt: 'Bila ternyata keringanan berlaku untuk dana desa, anggarannya {alt}: {diff} lebih sedikit. Tanyakan ke kantor cabang BPJS Ketenagakerjaan sebelum anggaran disahkan.',
    villageNone: 'Dana desa: PP 50/2025 Pasal 3 ayat (5) hanya menyebut APBN dan APBD, jadi belum jelas apakah keringanan berlaku untuk dana desa. Untuk bulan-bulan ini tidak ada keringanan, jadi anggarannya tetap sama.',
    stateNote: 'Dibayar dari APBN atau APBD: keringanan iuran tidak berlaku (PP 50/2025 Pasal 3 ayat (5)), semua bulan dihitung harga penuh.',
    rulesChecked: 'Aturan per {date}; data aturan terakhir diperiksa {verified}.',
    rulesAfter: 'Sebagian bulan sesudah pemeriksaan terakhir ({verified}); aturan bisa sudah berubah.',
    spPrint: 'Cetak untuk rapat anggaran', spCsv: 'Unduh CSV anggaran',
    spPrintTitle: 'Anggaran iuran BPJS Ketenagakerjaan',
    spMade: 'Dibuat {date} dengan kalkulator iuran BPJS Ketenagakerjaan (perkiraan tidak resmi; tagihan BPJS Ketenagakerjaan yang menentukan). Aturan versi {version}.',
    spCsvFile: 'anggaran-iuran-bpjstk-{from}.csv',
    spCsvHead: ['Bagian', 'Kelompok', 'Pekerjaan', 'Pekerja', 'Penghasilan sebulan', 'Ikut JHT', 'Program', 'Dari', 'Sampai', 'Bulan', 'Per pekerja sebulan', 'Tanpa keringanan', 'Keringanan', 'Per pekerja seluruh masa', 'Jumlah', 'Keterangan'],
    spCsvPart: { period: 'Masa', line: 'Program kelompok', group: 'Kelompok', program: 'Program', total: 'Total', note: 'Catatan' },
    yes: 'ya', no: 'tidak',
    back: 'Kembali ke kalkulator satu pekerja',
    // agent mode
    agTitle: '3. Mode petugas lapangan: satu orang demi satu orang',
    agIntro: 'Untuk petugas lapangan: hitung perkiraan pekerja informal (BPU) satu per satu, tanpa sinyal.',
    agHow: 'Slip hanya disimpan di perangkat ini, dan hanya bila Anda menekan Simpan pada slip itu atau Simpan semua; tidak ada yang dikirim. Hapus pada sebuah slip menghapusnya dari perangkat ini; Hapus semua, di bawah daftar slip, menghapus semuanya. Orang berikutnya mulai dari isian kosong.',
    agName: 'Nama panggilan (tidak wajib)', agOcc: 'Pekerjaan', occNone: '— pilih pekerjaan —', occHint: 'Pekerjaan menentukan keringanan iuran.',
    agIncome: 'Penghasilan', agIncHint: 'Angka saja, misalnya 60.000 per hari. Kira-kira pun boleh.',
    agJht: 'Ikut juga JHT (tabungan hari tua, tidak wajib)', agAdd: 'Hitung dan tambah slip',
    agNeedOcc: 'Pilih pekerjaan orang ini.', agNeedInc: 'Isi penghasilannya, angka saja.',
    agKeepAll: 'Simpan semua di perangkat ini', agCsv: 'Unduh CSV', agWa: 'Salin teks untuk WhatsApp', agClear: 'Hapus semua', agText: 'Teks untuk WhatsApp',
    agKeepOne: 'Simpan slip {n}', agDelete: 'Hapus slip {n}',
    agKeptYes: '✓ Disimpan di perangkat ini', agKeptNo: '○ Belum disimpan: hilang bila halaman ditutup',
    agAdded: 'Slip {n} ditambahkan, belum disimpan. Isian kosong lagi untuk orang berikutnya.',
    agKept: '{n} slip disimpan di perangkat ini.', agDeleted: 'Slip dihapus, juga dari perangkat ini.', agCleared: 'Semua slip dihapus dari perangkat ini.',
    agCopied: 'Teks disalin.', agCopyFailed: 'Tidak dapat menyalin; salin teks di bawah.',
    agPerson: 'Orang {n}', agMonthly: '{total} sebulan', agDay: 'kira-kira {amount} per hari',
    agLater: 'sampai {until}, lalu {later} sebulan',
    agFamBoth: 'Keluarga mendapat {death} bila meninggal, {work} bila karena kecelakaan kerja.',
    agFamDeath: 'Keluarga mendapat {death} bila meninggal.',
    agSlipHead: 'Perkiraan iuran BPJS Ketenagakerjaan (tidak resmi):',
    agTotal: 'Jumlah semua: {total} sebulan',
    agCsvHead: ['Nama', 'Tanggal', 'Pekerjaan', 'Penghasilan', 'Per', 'Penghasilan sebulan', 'Ikut JHT', 'Iuran sebulan', 'JKK', 'JKM', 'JHT', 'Keringanan sampai', 'Iuran sesudahnya', 'Disimpan di perangkat', 'Aturan terakhir diperiksa', 'Catatan'],
    agCsvFile: 'slip-iuran-bpjstk.csv',
    footer: 'Aturan versi {version}, sidik data {hash}. Hasilnya perkiraan; tagihan BPJS Ketenagakerjaan yang menentukan.',
    numFmt: 'id-ID', dateFmt: 'id-ID',
  },
  en: {
    title: 'Many workers at once',
    tagline: 'A payroll, a village’s workers or a sponsor’s budget: computed on this device.',
    switchLang: 'Bahasa Indonesia', switchLangLabel: 'Ganti ke Bahasa Indonesia',
    jump: 'Go to:', navCsv: 'CSV file', navSponsor: 'budget for a village or sponsor', navAgent: 'field agent mode',
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
    spTitle: '2. Contribution budget for a village or sponsor',
    spIntro: 'For a village, a regional government, a cooperative or an organisation paying the contributions of informal (BPU) workers: what to budget, by program and by period, and what their families get.',
    spPayer: 'Who pays the contributions?',
    payerVillage: 'A village (village funds, APBDes)', payerState: 'The central or regional government (APBN, APBD)', payerOther: 'Someone else: a cooperative, an organisation, a company, a person',
    payerName: { village: 'a village (village funds)', state: 'the government (APBN or APBD)', other: 'another sponsor' },
    spPayerNeeded: 'Choose who pays: it decides whether the contribution relief applies.',
    spStart: 'First month', spMonth: 'Month', spYear: 'Year', spMonths: 'How many months',
    spAdd: 'Add a group', spGo: 'Compute the budget',
    group: 'Group {n}', count: 'Number of workers', income: 'Income (Rp)', per: 'Per',
    perDay: 'day', perWeek: 'week', perMonth: 'month',
    perWord: { day: 'a day', week: 'a week', month: 'a month' },
    occupation: 'Occupation', jht: 'With JHT', remove: 'Remove group {n}',
    monthsN: '{n} months',
    spTotal: 'Budget total, {from} – {until} ({months})',
    spWho: '{workers} workers in {groups} groups; paid by {payer}.',
    spByProgram: 'By program, all months', spAll: 'All programs',
    spFamilies: 'What the workers’ families get',
    famBoth: '{n} families covered: each gets {death} if the worker dies, {work} if it is from a work accident.',
    famDeath: '{n} families covered: each gets {death} if the worker dies.',
    famCare: 'After an accident at work: treatment as medically needed.', famCareWage: 'After an accident at work: treatment as medically needed, and wages while unable to work.',
    famKeep: 'As long as contributions are paid by day {day} {when}. More than {n} months in a row unpaid: no right to JKK or JKM, for the family either.',
    dueSame: 'of each month', dueFollowing: 'of the following month',
    groupHead: 'Group {n}: {count} workers, {occ}',
    groupIncome: 'Income {amount} {per}', groupConv: ', counted as {amount} a month', withJht: 'with JHT', noJht: 'without JHT',
    priceFull: 'full price', priceRelief: 'with the {instrument} relief',
    perWorkerMonth: '{amount} per worker a month', fullWas: 'without the relief {amount}',
    groupTable: 'Group {n} by program', perWorkerAll: '{amount} per worker', groupCol: 'Whole group', sum: 'Total',
    villageQ: 'An open question: does the relief apply to village funds?',
    villageQText: 'PP 50/2025 Pasal 3(5): the relief does not apply when contributions are paid from APBN or APBD. Village funds (APBDes) are not named, and there is no official answer yet. The budget above uses the full price so that it is not short.',
    villageAlt: 'If the relief turns out to apply to village funds, the budget is {alt}: {diff} less. Ask a BPJS Ketenagakerjaan branch office before the budget is approved.',
    villageNone: 'Village funds: PP 50/2025 Pasal 3(5) names only APBN and APBD, so whether the relief applies to village funds is not settled. There is no relief in these months, so the budget is the same either way.',
    stateNote: 'Paid from APBN or APBD: the contribution relief does not apply (PP 50/2025 Pasal 3(5)); every month is at full price.',
    rulesChecked: 'Rules as of {date}; the rules data was last checked on {verified}.',
    rulesAfter: 'Some months are after the last check ({verified}); the rules may have changed.',
    spPrint: 'Print for the budget meeting', spCsv: 'Download the budget (CSV)',
    spPrintTitle: 'BPJS Ketenagakerjaan contribution budget',
    spMade: 'Made on {date} with the BPJS Ketenagakerjaan contribution calculator (an unofficial estimate; the BPJS Ketenagakerjaan bill is what counts). Rules version {version}.',
    spCsvFile: 'bpjstk-contribution-budget-{from}.csv',
    spCsvHead: ['Part', 'Group', 'Occupation', 'Workers', 'Monthly income', 'With JHT', 'Program', 'From', 'Until', 'Months', 'Per worker a month', 'Without relief', 'Relief', 'Per worker, all months', 'Amount', 'Note'],
    spCsvPart: { period: 'Period', line: 'Group program', group: 'Group', program: 'Program', total: 'Total', note: 'Note' },
    yes: 'yes', no: 'no',
    back: 'Back to the one-worker calculator',
    agTitle: '3. Field agent mode: one person after another',
    agIntro: 'For field agents: estimate informal (BPU) workers one after another, with no signal.',
    agHow: 'Slips are kept only on this device, and only when you press Keep on a slip or Keep all; nothing is sent. Delete on a slip deletes it from this device; Delete all, under the list of slips, deletes everything. The next person starts from a blank form.',
    agName: 'Short name (optional)', agOcc: 'Occupation', occNone: '— choose the work —', occHint: 'The work decides the contribution relief.',
    agIncome: 'Income', agIncHint: 'Numbers only, e.g. 60,000 a day. A rough figure is fine.',
    agJht: 'Also join JHT (old-age savings, optional)', agAdd: 'Compute and add a slip',
    agNeedOcc: 'Choose this person’s work.', agNeedInc: 'Enter the income, numbers only.',
    agKeepAll: 'Keep all on this device', agCsv: 'Download CSV', agWa: 'Copy text for WhatsApp', agClear: 'Delete all', agText: 'Text for WhatsApp',
    agKeepOne: 'Keep slip {n}', agDelete: 'Delete slip {n}',
    agKeptYes: '✓ Kept on this device', agKeptNo: '○ Not kept: gone when the page is closed',
    agAdded: 'Slip {n} added, not kept. The form is blank again for the next person.',
    agKept: '{n} slips kept on this device.', agDeleted: 'Slip deleted, from this device too.', agCleared: 'All slips deleted from this device.',
    agCopied: 'Text copied.', agCopyFailed: 'Could not copy; copy the text below.',
    agPerson: 'Person {n}', agMonthly: '{total} a month', agDay: 'about {amount} a day',
    agLater: 'until {until}, then {later} a month',
    agFamBoth: 'The family gets {death} on a death, {work} if it is from a work accident.',
    agFamDeath: 'The family gets {death} on a death.',
    agSlipHead: 'BPJS Ketenagakerjaan contribution estimates (unofficial):',
    agTotal: 'All together: {total} a month',
    agCsvHead: ['Name', 'Date', 'Occupation', 'Income', 'Per', 'Monthly income', 'With JHT', 'Monthly contribution', 'JKK', 'JKM', 'JHT', 'Relief until', 'Contribution after', 'Kept on the device', 'Rules last checked', 'Note'],
    agCsvFile: 'bpjstk-contribution-slips.csv',
    footer: 'Rules version {version}, data hash {hash}. Results are estimates; the BPJS Ketenagakerjaan bill is what counts.',
    numFmt: 'en', dateFmt: 'en-GB',
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
  // The header is the first record whose cells are not all blank (the engine skips the others,
  // such as a spreadsheet's empty row of commas), lines h to hEnd - 1: a quoted cell may hold
  // a line break. Every chunk starts with it.
  let h = 0;
  let hEnd = 0;
  while (hEnd < lines.length) {
    h = hEnd;
    let open = false;
    do open = openAfter(lines[hEnd++], open); while (open && hEnd < lines.length);
    if (parseCsv(lines.slice(h, hEnd).join('\n')).some((row) => row.some((c) => c.trim()))) break;
  }
  const header = lines.slice(h, hEnd).join('\n');
  const headerLines = hEnd - h;
  const chunks = []; // [index in `lines` of the chunk's first line, the chunk's text]
  for (let i = hEnd; i < lines.length;) {
    // Cut only between records: never inside a quoted cell that holds a line break.
    let open = false;
    let j = i;
    while (j < lines.length && (j - i < CHUNK || open)) open = openAfter(lines[j++], open);
    chunks.push([i, header + '\n' + lines.slice(i, j).join('\n')]);
    i = j;
  }
  // A file of a header only still has its header checked.
  if (!chunks.length) chunks.push([hEnd, header + '\n']);
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
      const line = chunkLine === 1 ? h + 1 : from + chunkLine - headerLines;
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

// ---------- shared: dates and amounts as people write them, CSV cells ----------

/** "8 Desember 2026" from an ISO day. */
function fmtDate(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(t().dateFmt, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}
/** "Januari 2027" from "2027-01". */
function fmtMonth(ym) {
  const [y, m] = ym.split('-').map(Number);
  return new Intl.DateTimeFormat(t().dateFmt, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
}
const isoDay = (d) => d.toISOString().slice(0, 10);
function today() {
  const d = new Date();
  return isoDay(new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate())));
}
const dayAfter = (iso) => { const d = new Date(iso + 'T00:00:00Z'); d.setUTCDate(d.getUTCDate() + 1); return isoDay(d); };
const monthsN = (n) => fill(t().monthsN, { n: num(n) }).replace(/^1 months$/, '1 month');
/** A large amount in words, rounded down ("Rp98,8 juta"), as the main page writes it. */
function juta(s) {
  const n = BigInt(String(s).split('.')[0]);
  try {
    return 'Rp' + new Intl.NumberFormat(t().numFmt, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1, roundingMode: 'trunc' }).format(n);
  } catch {
    return money(s);
  }
}
/** An amount that never wraps inside itself. */
const amt = (s, words) => h('span', { class: 'amt', text: words ? juta(s) : money(s) });
/** fill() whose values may be elements: the pieces to append. */
function fillNodes(s, vars) {
  return s.split(/(\{\w+\})/).filter(Boolean).map((p) => {
    const k = /^\{(\w+)\}$/.exec(p)?.[1];
    return k && k in vars ? vars[k] : p;
  });
}
const occName = (c) => { const o = rulesInfo?.occupations.find((x) => x.code === c); return o ? (lang === 'id' ? o.nameId : o.nameEn) : c; };
const instrumentOf = (id) => rulesInfo?.reliefs?.find((r) => r.id === id)?.instrument || '';
/** The rules notice: "Aturan per …; data aturan terakhir diperiksa …", and the warning past it. */
function rulesNotice(asOf, verifiedUntil, lastDay = asOf) {
  const s = [fill(t().rulesChecked, { date: fmtDate(asOf), verified: fmtDate(verifiedUntil) })];
  if (lastDay > verifiedUntil) s.push(fill(t().rulesAfter, { verified: fmtDate(verifiedUntil) }));
  return s.join(' ');
}

/**
 * One CSV cell: quoted when it holds a comma, quote or line break; a cell a spreadsheet would run
 * as a formula (starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe
 * inside quotes, so it is shown as text (as the engine's own CSV does, src/bulk.rs).
 */
export function csvCell(v) {
  const s = v == null ? '' : String(v);
  const formula = /^[=+\-@\t\r]/.test(s);
  if (formula || /[",\n\r]/.test(s)) return `"${formula ? "'" : ''}${s.replace(/"/g, '""')}"`;
  return s;
}
const csvText = (rows) => rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

/** Downloads text made on the device. `bom`: a byte-order mark first, so that a spreadsheet
 * reads the page's own CSV files as UTF-8 (names, "–", "×"); the engine's output goes as it is. */
function download(text, name, bom = false) {
  const url = URL.createObjectURL(new Blob(bom ? ['\ufeff', text] : [text], { type: 'text/csv;charset=utf-8' }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

// ---------- the sponsor budget ----------

let groupSeq = 0;
function occOptions(sel, blank) {
  const keep = sel.value || (blank ? '' : 'other');
  sel.replaceChildren(...(blank ? [h('option', { value: '', text: t().occNone })] : []),
    ...(rulesInfo?.occupations || []).map((o) => h('option', { value: o.code, text: lang === 'id' ? o.nameId : o.nameEn })));
  sel.value = keep;
  if (!sel.value && sel.options.length) sel.selectedIndex = 0;
}
function perOptions(sel) {
  const keep = sel.value || 'month';
  sel.replaceChildren(...['day', 'week', 'month'].map((p) => h('option', { value: p, text: t()[{ day: 'perDay', week: 'perWeek', month: 'perMonth' }[p]] })));
  sel.value = keep;
}

function addGroup(v = {}) {
  const n = ++groupSeq;
  const id = (k) => `sp-${k}-${n}`;
  const occ = h('select', { id: id('occ'), 'data-k': 'occupation' });
  const per = h('select', { id: id('per'), 'data-k': 'per' });
  const fs = h('fieldset', { class: 'field group' },
    h('legend', { 'data-group': '' }),
    h('div', { class: 'group-row' },
      h('div', {}, h('label', { for: id('count'), 'data-t': 'count', text: t().count }),
        h('input', { id: id('count'), 'data-k': 'count', type: 'number', inputmode: 'numeric', min: '1', max: '1000000', step: '1', value: v.count || '10' })),
      h('div', {}, h('label', { for: id('inc'), 'data-t': 'income', text: t().income }),
        h('div', { class: 'row nowrap' },
          h('input', { id: id('inc'), 'data-k': 'income', type: 'text', inputmode: 'numeric', autocomplete: 'off', value: v.income || '1000000' }),
          h('label', { for: id('per'), class: 'sr-only', 'data-t': 'per', text: t().per }), per)),
      h('div', {}, h('label', { for: id('occ'), 'data-t': 'occupation', text: t().occupation }), occ)),
    h('div', { class: 'check' }, h('input', { type: 'checkbox', id: id('jht'), 'data-k': 'includeJht' }),
      h('label', { for: id('jht'), 'data-t': 'jht', text: t().jht })),
    h('button', { type: 'button', class: 'btn remove' }));
  occOptions(occ);
  perOptions(per);
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

const INCOME_KEY = { day: 'dailyIncome', week: 'weeklyIncome', month: 'monthlyIncome' };
/**
 * An amount as typed, in either language's way ("1.000.000,50", "1,000,000.50", "60.000",
 * "60,000"), so that switching the language does not change what was typed: with both marks
 * the last is the decimal one; with one mark, it groups thousands when it is repeated or
 * followed by three digits, else it is the decimal one.
 */
function cleanMoney(s) {
  const v = s.replace(/\s/g, '');
  const dot = v.lastIndexOf('.');
  const comma = v.lastIndexOf(',');
  if (dot >= 0 && comma >= 0) return dot > comma ? v.replace(/,/g, '') : v.replace(/\./g, '').replace(',', '.');
  const mark = dot >= 0 ? '.' : comma >= 0 ? ',' : '';
  if (!mark) return v;
  const parts = v.split(mark);
  if (parts.length > 2 || parts[1].length === 3) return parts.join('');
  return parts.join('.');
}

/** The form's groups as the page read them (with the income as given), and the request. */
function sponsorForm() {
  const given = [];
  const groups = [...$('sp-groups').children].map((fs) => {
    const g = {};
    const el = (k) => fs.querySelector(`[data-k=${k}]`);
    const c = el('count').value.trim();
    g.count = /^\d+$/.test(c) ? Number(c) : c;
    const per = el('per').value;
    g[INCOME_KEY[per]] = cleanMoney(el('income').value);
    g.occupation = el('occupation').value;
    g.includeJht = el('includeJht').checked;
    given.push({ income: g[INCOME_KEY[per]], per });
    return g;
  });
  const m = $('sp-months').value.trim();
  const payer = document.querySelector('input[name=sp-payer]:checked')?.value || '';
  const request = {
    asOf: `${$('sp-year').value}-${$('sp-month').value}-01`,
    segment: 'selfEmployed',
    lang,
    publicBudget: payer === 'village' || payer === 'state',
    sponsor: { months: /^\d+$/.test(m) ? Number(m) : m, groups },
  };
  return { request, given, payer };
}

/** An engine error's field in words: "Kelompok 2, Jumlah pekerja", and the input it names. */
function fieldOf(field) {
  const g = /^sponsor\.groups\[(\d+)\](?:\.(\w+))?/.exec(field || '');
  if (g) {
    const fs = $('sp-groups').children[Number(g[1])];
    const key = { count: 'count', monthlyIncome: 'income', weeklyIncome: 'income', dailyIncome: 'income', occupation: 'occupation', includeJht: 'includeJht' }[g[2]];
    const label = { count: t().count, income: t().income, occupation: t().occupation, includeJht: t().jht }[key];
    return { words: [fill(t().group, { n: Number(g[1]) + 1 }), label].filter(Boolean).join(', '), input: key && fs?.querySelector(`[data-k=${key}]`) };
  }
  if (/^sponsor\.months/.test(field || '')) return { words: t().spMonths, input: $('sp-months') };
  if (field === 'asOf') return { words: t().spStart, input: $('sp-month') };
  return { words: '', input: null };
}

function computeSponsor() {
  for (const e of document.querySelectorAll('#sp-form [aria-invalid]')) e.removeAttribute('aria-invalid');
  const { request, given, payer } = sponsorForm();
  $('sp-payer-err').hidden = !!payer;
  $('sp-payer-err').textContent = payer ? '' : t().spPayerNeeded;
  if (!payer) {
    lastSponsor = null;
    renderSponsor();
    document.querySelector('input[name=sp-payer]').focus();
    return;
  }
  try {
    const response = engine.calculate(request);
    // A village budget at full price, when the relief would have applied: the same budget
    // without publicBudget says what the open question is worth.
    let alt = null;
    if (payer === 'village' && response.warnings.some((w) => w.code === 'villageBudgetUnsettled')) {
      alt = engine.calculate({ ...request, publicBudget: false });
    }
    lastSponsor = { response, alt, given, payer, made: today() };
  } catch (e) {
    const f = fieldOf(e.field);
    f.input?.setAttribute('aria-invalid', 'true');
    lastSponsor = { error: `${e.message}${f.words ? ` (${f.words})` : ''}` };
  }
  renderSponsor();
}

/** "200 keluarga terlindungi: masing-masing Rp42 juta bila pekerja meninggal, …" */
function familyPieces(g) {
  const risks = g.protection?.risks || [];
  const d = risks.find((r) => r.risk === 'death' && r.total);
  const w = risks.find((r) => r.risk === 'workAccidentDeath' && r.total);
  if (!d) return null;
  return fillNodes(t()[w ? 'famBoth' : 'famDeath'], { n: num(g.count), death: amt(d.total, true), work: w ? amt(w.total, true) : '' });
}
function keepSentence(p) {
  const u = p?.upkeep;
  if (!u || u.dueDay == null || u.lapseMonths == null) return '';
  return fill(t().famKeep, { day: u.dueDay, when: u.dueMonth === 'following' ? t().dueFollowing : t().dueSame, n: u.lapseMonths });
}
const textOf = (pieces) => pieces.map((p) => (typeof p === 'string' ? p : p.textContent)).join('');

/**
 * Two columns, so that it fits 320 px with whole amounts: the program (with, under it, one
 * worker's amount over all months when given) and the amount.
 * rows: [[program, amount, perWorker?]…], foot: the same for the total.
 */
function programTable(caption, head, rows, foot) {
  const row = (r) => h('tr', {},
    h('th', { scope: 'row' }, r[0], r[2] ? h('small', { class: 'perw' }, ...fillNodes(t().perWorkerAll, { amount: amt(r[2]) })) : null),
    h('td', {}, amt(r[1])));
  return h('table', { class: 'bt' },
    h('caption', { text: caption }),
    h('thead', {}, h('tr', {}, head.map((x, k) => h('th', { scope: 'col', class: k ? 'num' : null, text: x })))),
    h('tbody', {}, rows.map(row)),
    foot ? h('tfoot', {}, row(foot)) : null);
}

function renderSponsor() {
  const box = $('sp-out');
  if (!lastSponsor) { box.replaceChildren(); return; }
  if (lastSponsor.error) { box.replaceChildren(h('p', { class: 'error', id: 'sp-error', text: lastSponsor.error })); return; }
  const { response: r, alt, given, payer, made } = lastSponsor;
  const s = r.sponsor;
  const kids = [
    h('div', { class: 'print-only sp-print-head' },
      h('p', { class: 'slip-title', text: t().spPrintTitle }),
      h('p', { text: fill(t().spMade, { date: fmtDate(made), version: r.rules.version }) })),
    h('div', { class: 'headline' },
      h('p', { class: 'lead', id: 'sp-period', text: fill(t().spTotal, { from: fmtMonth(s.firstMonth), until: fmtMonth(s.lastMonth), months: monthsN(s.months) }) }),
      h('p', { class: 'big' }, h('strong', { id: 'sp-total', class: 'amt', text: money(s.total) })),
      h('p', { text: fill(t().spWho, { workers: num(s.workers), groups: num(s.groups.length), payer: t().payerName[payer] }) })),
  ];
  // The engine's warnings; the village fund as the open question it is.
  const village = h('div', { class: 'village', id: 'sp-village' });
  const others = [];
  for (const w of r.warnings || []) {
    if (w.code === 'villageBudgetUnsettled') {
      if (payer !== 'village') continue;
      village.append(h('h3', { text: t().villageQ }), h('p', { 'data-code': w.code, class: 'warn', text: w.message }), h('p', { text: t().villageQText }));
      if (alt) {
        const diff = fromSen(sen(s.total) - sen(alt.sponsor.total));
        village.append(h('p', { id: 'sp-alt' }, ...fillNodes(t().villageAlt, { alt: amt(alt.sponsor.total), diff: amt(diff) })));
      }
    } else {
      others.push(h('p', { class: 'warn', 'data-code': w.code, text: w.message }));
    }
  }
  if (payer === 'village' && !village.childNodes.length) village.append(h('p', { class: 'hint', text: t().villageNone }));
  if (payer === 'state' && s.groups.some((g) => g.fullPriceMonths) && (r.warnings || []).some((w) => w.code === 'villageBudgetUnsettled')) {
    village.append(h('p', { class: 'hint', text: t().stateNote }));
  }
  if (village.childNodes.length) kids.push(village);
  // What the families get, group by group.
  const fam = s.groups.map((g, i) => {
    const pieces = familyPieces(g);
    if (!pieces) return null;
    return h('li', { 'data-group': String(i + 1) }, s.groups.length > 1 ? h('strong', { text: `${fill(t().group, { n: i + 1 })}: ` }) : null, ...pieces);
  }).filter(Boolean);
  if (fam.length) {
    // Care after a work accident, and the condition of it all, said once for every group.
    const care = (s.groups[0].protection?.risks || []).find((x) => x.risk === 'workAccident')?.items || [];
    const after = [care.some((it) => it.kind === 'medicalCare') ? t()[care.some((it) => it.kind === 'stmb' && it.amount) ? 'famCareWage' : 'famCare'] : '',
      keepSentence(s.groups[0].protection)].filter(Boolean).join(' ');
    kids.push(h('section', { class: 'sp-fam', id: 'sp-families', 'aria-labelledby': 'sp-fam-h' },
      h('h3', { id: 'sp-fam-h', text: t().spFamilies }),
      h('ul', {}, fam),
      after ? h('p', { class: 'fam-after', text: after }) : null));
  }
  kids.push(programTable(t().spByProgram, [t().program, t().amount], s.programs.map((p) => [p.program, p.total]), [t().total, s.total]));


  // Each group: its periods (with their lines), then its programs over all months.
  const groupBox = h('div', { class: 'sp-groups' });
  kids.push(groupBox);
  s.groups.forEach((g, i) => {
    const gv = given[i] || { income: g.monthlyIncome, per: 'month' };
    const income = [...fillNodes(t().groupIncome, { amount: amt(gv.income), per: t().perWord[gv.per] }),
      gv.per !== 'month' ? fillNodes(t().groupConv, { amount: amt(g.monthlyIncome) }) : [], ` · ${g.includeJht ? t().withJht : t().noJht}`].flat();
    groupBox.append(h('section', { class: 'sp-group', 'data-group': String(i + 1) },
      h('h3', { text: fill(t().groupHead, { n: i + 1, count: num(g.count), occ: occName(g.occupation) }) }),
      h('p', {}, ...income),
      h('ul', { class: 'periods' }, g.periods.map((p) => {
        const inst = [...new Set(p.lines.filter((l) => l.relief).map((l) => instrumentOf(l.relief)).filter(Boolean))].join(', ');
        return h('li', { class: p.relief ? 'relief-period' : null },
          h('strong', { text: `${fmtMonth(p.from)} – ${fmtMonth(p.until)}` }), ` (${monthsN(p.months)}), `,
          p.relief ? fill(t().priceRelief, { instrument: inst }) : t().priceFull, ': ',
          ...fillNodes(t().perWorkerMonth, { amount: amt(p.monthly) }),
          h('span', { class: 'plines' }, p.lines.map((l, k) => [k ? ' · ' : '', `${l.program} `, amt(l.monthly),
            l.fullAmount ? [' (', ...fillNodes(t().fullWas, { amount: amt(l.fullAmount) }), ')'] : null]).flat(2)));
      })),
      programTable(fill(t().groupTable, { n: i + 1 }), [t().program, t().groupCol], g.lines.map((l) => [l.program, l.subtotal, l.perWorker]),
        [t().sum, g.subtotal, g.perWorker]),
      g.explanation ? h('p', { class: 'hint', text: g.explanation }) : null));
  });
  if (s.explanation) kids.push(h('p', { id: 'sp-explanation', class: 'sp-sum', text: s.explanation }));
  if (s.notes?.length) kids.push(h('ul', { class: 'notes' }, s.notes.map((n) => h('li', { text: n }))));
  kids.push(...others);
  // The date the rules were last checked; the engine's own warning already says when months run past it.
  const past = (r.warnings || []).some((w) => w.code === 'afterVerifiedUntil') ? r.rules.verifiedUntil : `${s.lastMonth}-01`;
  kids.push(h('p', { class: 'hint', id: 'sp-rules', text: rulesNotice(r.asOf, r.rules.verifiedUntil, past) }));
  kids.push(h('div', { class: 'actions sp-actions' },
    h('button', { type: 'button', class: 'btn', id: 'sp-print', text: t().spPrint }),
    h('button', { type: 'button', class: 'btn', id: 'sp-csv', text: t().spCsv })));
  box.replaceChildren(...kids);
  $('sp-print').addEventListener('click', () => {
    document.body.dataset.print = 'sponsor';
    window.print();
  });
  $('sp-csv').addEventListener('click', () => download(sponsorCsv(), fill(t().spCsvFile, { from: s.firstMonth }), true));
}

/** The budget as a spreadsheet: every figure from the engine's answer, as it gave it. */
function sponsorCsv() {
  const { response: r, alt, payer } = lastSponsor;
  const s = r.sponsor;
  const P = t().spCsvPart;
  const yn = (b) => (b ? t().yes : t().no);
  const rows = [t().spCsvHead];
  s.groups.forEach((g, i) => {
    const base = [String(i + 1), occName(g.occupation), String(g.count), g.monthlyIncome, yn(g.includeJht)];
    for (const p of g.periods) {
      for (const l of p.lines) {
        rows.push([P.period, ...base, l.program, fmtMonth(p.from), fmtMonth(p.until), String(p.months), l.monthly, l.fullAmount || '', l.relief ? instrumentOf(l.relief) : '', '', '', '']);
      }
    }
    for (const l of g.lines) rows.push([P.line, ...base, l.program, fmtMonth(s.firstMonth), fmtMonth(s.lastMonth), String(s.months), '', '', '', l.perWorker, l.subtotal, l.explanation || '']);
    rows.push([P.group, ...base, t().spAll, fmtMonth(s.firstMonth), fmtMonth(s.lastMonth), String(s.months), '', '', '', g.perWorker, g.subtotal, g.explanation || '']);
  });
  const blank = ['', '', '', '', ''];
  for (const p of s.programs) rows.push([P.program, ...blank, p.program, fmtMonth(s.firstMonth), fmtMonth(s.lastMonth), String(s.months), '', '', '', '', p.total, '']);
  rows.push([P.total, '', '', String(s.workers), '', '', t().spAll, fmtMonth(s.firstMonth), fmtMonth(s.lastMonth), String(s.months), '', '', '', '', s.total, s.explanation || '']);
  const note = (text) => rows.push([P.note, ...blank, '', '', '', '', '', '', '', '', '', text]);
  note(fill(t().spWho, { workers: num(s.workers), groups: num(s.groups.length), payer: t().payerName[payer] }));
  for (const w of r.warnings || []) if (w.code !== 'villageBudgetUnsettled' || payer === 'village') note(w.message);
  if (payer === 'village') {
    note(t().villageQText);
    if (alt) note(textOf(fillNodes(t().villageAlt, { alt: money(alt.sponsor.total), diff: money(fromSen(sen(s.total) - sen(alt.sponsor.total))) })));
  }
  s.groups.forEach((g, i) => {
    const pieces = familyPieces(g);
    if (pieces) note(`${fill(t().group, { n: i + 1 })}: ${textOf(pieces)}`);
  });
  for (const n of s.notes || []) note(n);
  note(rulesNotice(r.asOf, r.rules.verifiedUntil, (r.warnings || []).some((w) => w.code === 'afterVerifiedUntil') ? r.rules.verifiedUntil : `${s.lastMonth}-01`));
  note(fill(t().spMade, { date: fmtDate(lastSponsor.made), version: r.rules.version }));
  return csvText(rows);
}

function startSponsor() {
  const months = $('sp-month');
  const years = $('sp-year');
  const from = Number(rulesInfo.coverageFrom.slice(0, 4));
  const until = Number(rulesInfo.computesUntil.slice(0, 4));
  const now = new Date();
  years.replaceChildren(...Array.from({ length: until - from + 1 }, (_, k) => h('option', { value: String(until - k), text: String(until - k) })));
  monthOptions();
  months.value = String(now.getMonth() + 1).padStart(2, '0');
  years.value = String(Math.min(until, Math.max(from, now.getFullYear())));
  addGroup({ occupation: 'fisher' });
  $('sp-add').addEventListener('click', () => addGroup());
  $('sp-form').addEventListener('submit', (e) => { e.preventDefault(); computeSponsor(); });
  for (const r of document.querySelectorAll('input[name=sp-payer]')) r.addEventListener('change', () => { $('sp-payer-err').hidden = true; });
  addEventListener('afterprint', () => { delete document.body.dataset.print; });
}
function monthOptions() {
  const sel = $('sp-month');
  const keep = sel.value;
  const f = new Intl.DateTimeFormat(t().dateFmt, { month: 'long', timeZone: 'UTC' });
  sel.replaceChildren(...Array.from({ length: 12 }, (_, k) => h('option', { value: String(k + 1).padStart(2, '0'), text: f.format(new Date(Date.UTC(2000, k, 1))) })));
  if (keep) sel.value = keep;
}

// ---------- agent mode: slips in memory, each kept on the device only when asked ----------

const KEEP = 'bpjstk-calc-agent';
let slips = [];
let slipSeq = 0;

/** Writes the kept slips to the device (or removes the key when none is kept). */
function saveKept() {
  const kept = slips.filter((s) => s.kept);
  try {
    if (kept.length) localStorage.setItem(KEEP, JSON.stringify(kept));
    else localStorage.removeItem(KEEP);
  } catch { /* storage refused: the slips stay on screen */ }
}

function fieldError(msg, input) {
  const err = $('ag-error');
  err.textContent = msg;
  err.hidden = false;
  if (input) { input.setAttribute('aria-invalid', 'true'); input.focus(); }
}

function addSlip() {
  for (const e of document.querySelectorAll('#ag-form [aria-invalid]')) e.removeAttribute('aria-invalid');
  $('ag-error').hidden = true;
  const occupation = $('ag-occ').value;
  const income = cleanMoney($('ag-inc').value);
  const per = $('ag-per').value;
  if (!occupation) { fieldError(t().agNeedOcc, $('ag-occ')); return; }
  if (!income) { fieldError(t().agNeedInc, $('ag-inc')); return; }
  const req = { asOf: today(), segment: 'selfEmployed', lang, occupation, includeJht: $('ag-jht').checked, [INCOME_KEY[per]]: income };
  let r;
  try {
    r = engine.calculate(req);
  } catch (e) {
    fieldError(e.message, /Income$/.test(e.field || '') ? $('ag-inc') : null);
    return;
  }
  const c = r.contributions;
  // The relief in force and the price after it, asked of the engine for the day after.
  const untils = c.lines.filter((l) => l.relief).map((l) => l.relief.until).sort();
  let later = null;
  if (untils.length) {
    const until = untils[untils.length - 1];
    try {
      const next = engine.calculate({ ...req, asOf: dayAfter(until) });
      later = { until, total: next.contributions.total.total };
    } catch { later = { until, total: null }; }
  }
  const risks = r.protection?.risks || [];
  slips.push({
    id: `${Date.now().toString(36)}-${++slipSeq}`, kept: false,
    name: $('ag-name').value.trim().slice(0, 40), asOf: req.asOf, verifiedUntil: r.rules.verifiedUntil,
    occupation, income, per, monthlyIncome: c.income?.monthly || income, includeJht: req.includeJht,
    total: c.total.total, perDay: c.perDay?.worker || null, lines: c.lines.map((l) => [l.program, l.total]), later,
    death: risks.find((x) => x.risk === 'death')?.total || null, work: risks.find((x) => x.risk === 'workAccidentDeath')?.total || null,
  });
  // The next person starts blank (the income's unit stays: it is how the agent works).
  $('ag-form').reset();
  $('ag-per').value = per;
  renderSlips();
  $('ag-status').textContent = fill(t().agAdded, { n: slips.length });
  $('ag-name').focus();
}

const slipName = (s, i) => s.name || fill(t().agPerson, { n: i + 1 });
const perWord = (p) => t().perWord[p || 'month'];

/** The slip's sentences (pieces with amounts as elements): price, income, lines, family, rules. */
function slipParts(s) {
  // "Rp11.400 sebulan (kira-kira Rp380 per hari), sampai 31 Desember 2026, lalu Rp22.800 sebulan"
  const price = fillNodes(t().agMonthly, { total: amt(s.total) });
  if (s.perDay) price.push(` (${fill(t().agDay, { amount: money(s.perDay) })})`);
  if (s.later?.total) price.push(', ', ...fillNodes(t().agLater, { until: fmtDate(s.later.until), later: amt(s.later.total) }));
  const income = [occName(s.occupation), ' · ', amt(s.income), ` ${perWord(s.per)}`];
  if (s.per && s.per !== 'month') income.push(' (', amt(s.monthlyIncome), ` ${perWord('month')})`);
  income.push(` · ${s.includeJht ? t().withJht : t().noJht}`);
  const lines = s.lines.map(([p, v], k) => [k ? ' · ' : '', `${p} `, amt(v)]).flat();
  const fam = s.death ? fillNodes(t()[s.work ? 'agFamBoth' : 'agFamDeath'], { death: amt(s.death, true), work: s.work ? amt(s.work, true) : '' }) : null;
  const rules = rulesNotice(s.asOf, s.verifiedUntil || s.asOf);
  return { price, income, lines, fam, rules };
}

function renderSlips() {
  $('ag-list').replaceChildren(...slips.map((s, i) => {
    const p = slipParts(s);
    return h('li', { class: 'slip', 'data-id': s.id, 'data-kept': String(!!s.kept) },
      h('p', { class: 'slip-name' }, h('strong', { text: `${slipName(s, i)}: ` }), ...p.price),
      h('p', {}, ...p.income),
      h('p', {}, ...p.lines),
      p.fam ? h('p', {}, ...p.fam) : null,
      h('p', { class: 'hint slip-rules', text: p.rules }),
      h('p', { class: 'kept', text: s.kept ? t().agKeptYes : t().agKeptNo }),
      h('div', { class: 'actions' },
        s.kept ? null : h('button', { type: 'button', class: 'btn', 'data-keep': s.id, text: fill(t().agKeepOne, { n: i + 1 }) }),
        h('button', { type: 'button', class: 'btn danger', 'data-delete': s.id, text: fill(t().agDelete, { n: i + 1 }) })));
  }));
  $('ag-actions').hidden = slips.length === 0;
  $('ag-keep').hidden = slips.every((s) => s.kept);
}

function slipsText() {
  const sum = slips.reduce((a, s) => a + sen(s.total), 0n);
  const notices = [...new Set(slips.map((s) => rulesNotice(s.asOf, s.verifiedUntil || s.asOf)))];
  return [t().agSlipHead,
    ...slips.map((s, i) => {
      const p = slipParts(s);
      return [`${i + 1}. ${slipName(s, i)}: ${textOf(p.price)}`, `   ${textOf(p.income)}`, `   ${textOf(p.lines)}`, p.fam ? `   ${textOf(p.fam)}` : null].filter(Boolean).join('\n');
    }),
    fill(t().agTotal, { total: money(fromSen(sum)) }),
    ...notices].join('\n');
}

function slipsCsv() {
  const progs = ['JKK', 'JKM', 'JHT'];
  const rows = [t().agCsvHead];
  for (const s of slips) {
    const by = Object.fromEntries(s.lines);
    rows.push([s.name, s.asOf, occName(s.occupation), s.income, t()[{ day: 'perDay', week: 'perWeek', month: 'perMonth' }[s.per || 'month']], s.monthlyIncome,
      s.includeJht ? t().yes : t().no, s.total, ...progs.map((p) => by[p] || ''), s.later?.until || '', s.later?.total || '',
      s.kept ? t().yes : t().no, s.verifiedUntil || '', rulesNotice(s.asOf, s.verifiedUntil || s.asOf)]);
  }
  return csvText(rows);
}

function startAgent() {
  try { slips = JSON.parse(localStorage.getItem(KEEP) || '[]'); } catch { slips = []; }
  if (!Array.isArray(slips)) slips = [];
  slips = slips.filter((s) => s && typeof s === 'object' && s.total).map((s, i) => ({ ...s, id: s.id || `kept-${i}`, kept: true }));
  occOptions($('ag-occ'), true);
  renderSlips();
  $('ag-form').addEventListener('submit', (e) => { e.preventDefault(); addSlip(); });
  $('ag-list').addEventListener('click', (e) => {
    const b = e.target.closest('button');
    if (!b) return;
    const i = slips.findIndex((s) => s.id === (b.dataset.keep || b.dataset.delete));
    if (i < 0) return;
    if (b.dataset.keep) {
      slips[i].kept = true;
      saveKept();
      $('ag-status').textContent = fill(t().agKept, { n: slips.filter((s) => s.kept).length });
    } else {
      const was = slips[i].kept;
      slips.splice(i, 1);
      if (was) saveKept();
      $('ag-status').textContent = t().agDeleted;
    }
    renderSlips();
    // Focus stays in the list: on the same slip's next button, or the form when none is left.
    const li = $('ag-list').children[Math.min(i, slips.length - 1)];
    (li?.querySelector('button') || $('ag-name')).focus();
  });
  $('ag-keep').addEventListener('click', () => {
    for (const s of slips) s.kept = true;
    saveKept();
    renderSlips();
    $('ag-status').textContent = fill(t().agKept, { n: slips.length });
  });
  $('ag-clear').addEventListener('click', () => {
    slips = [];
    saveKept();
    renderSlips();
    $('ag-text').hidden = true;
    $('ag-status').textContent = t().agCleared;
    $('ag-name').focus();
  });
  $('ag-csv').addEventListener('click', () => download(slipsCsv(), t().agCsvFile, true));
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
    for (const s of document.querySelectorAll('#sp-groups select[data-k=occupation]')) occOptions(s);
    for (const s of document.querySelectorAll('#sp-groups select[data-k=per]')) perOptions(s);
    occOptions($('ag-occ'), true);
    monthOptions();
    numberGroups();
    renderSlips();
  }
  renderCsv();
  if (!$('sp-payer-err').hidden) $('sp-payer-err').textContent = t().spPayerNeeded;
  if (lastSponsor?.response) computeSponsor();
  else renderSponsor();
}

/** The fragment: "lang=en", and a section to open at ("sponsor", "agent", "csv"). */
function readHash() {
  const parts = location.hash.slice(1).split('&').filter(Boolean);
  if (parts.includes('lang=en') && lang !== 'en') { lang = 'en'; applyTexts(); }
  return ['sponsor', 'agent', 'csv'].find((p) => parts.includes(p)) || null;
}
function goTo(section) {
  if (!section) return;
  const head = $({ sponsor: 'sp-h', agent: 'ag-h', csv: 'csv-h' }[section]);
  head.closest('section').scrollIntoView({ block: 'start' });
  head.focus({ preventScroll: true });
}

async function start() {
  const section = readHash();
  await init({ module_or_path: new URL('pkg/bpjstk_calc_bg.wasm', import.meta.url) });
  rulesInfo = engine.rules();
  startSponsor();
  startAgent();
  applyTexts();
  $('status').dataset.state = 'ready';
  goTo(section);
  addEventListener('hashchange', () => goTo(readHash()));

  $('file').addEventListener('change', (e) => openFile(e.target.files[0]));
  const drop = $('drop');
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => { e.preventDefault(); drop.classList.remove('over'); openFile(e.dataTransfer.files[0]); });
  $('lang').addEventListener('click', () => { lang = lang === 'id' ? 'en' : 'id'; applyTexts(); });
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
