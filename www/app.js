// The calculator page: reads the form, asks the engine (WebAssembly, on the device), and
// renders what the engine returns. The page holds no rule figures of its own.
import init, * as engine from './pkg/bpjstk_calc.js';
import { T, fill } from './i18n.js';
import { jhtChart } from './chart.js';

const $ = (id) => document.getElementById(id);
const form = $('form');
let lang = 'id';
let rulesInfo = null;
let riskData = null;
let umpData = null;
let lastText = '';
let liveTimer = 0;
/** The last answer's headline and next steps, for "read aloud"; its upkeep, for the reminder. */
let lastSpeech = [];
let lastUpkeep = null;

// ---------- small helpers ----------

/** h('p', {class: 'x'}, 'text', child…): builds elements without innerHTML. */
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

const t = () => T[lang];
function tk(key) {
  let v = T[lang];
  for (const part of key.split('.')) v = v == null ? v : v[part];
  return v;
}

/** Money string from the engine ("1250000.5") → "Rp1.250.000,50", without floats. */
export function money(s) {
  const str = String(s);
  const neg = str.startsWith('-');
  const [i, f = ''] = (neg ? str.slice(1) : str).split('.');
  const nf = new Intl.NumberFormat(t().numFmt);
  const int = nf.format(BigInt(i || '0'));
  const dec = nf.formatToParts(1.5).find((p) => p.type === 'decimal')?.value || ',';
  return `${neg ? '−' : ''}Rp${int}${f && /[1-9]/.test(f) ? dec + f.padEnd(2, '0') : ''}`;
}
/** A short form for chart axis labels ("Rp27 jt"); exact amounts are in the table beside it. */
const short = (s) => 'Rp' + new Intl.NumberFormat(t().numFmt, { notation: 'compact' }).format(BigInt(String(s).split('.')[0]));

/** Rate string ("0.0024") → "0,24%", by moving the decimal point, no floats. */
export function pct(s) {
  const [i, f = ''] = String(s).split('.');
  const g = f.padEnd(2, '0');
  const whole = (i + g.slice(0, 2)).replace(/^0+(?=\d)/, '');
  const rest = g.slice(2).replace(/0+$/, '');
  const dec = lang === 'id' ? ',' : '.';
  return `${whole}${rest ? dec + rest : ''}%`;
}

/** Sum of engine money strings in sen (BigInt), and back. */
const toSen = (s) => {
  const [i, f = ''] = String(s).split('.');
  return BigInt(i || '0') * 100n + BigInt((f + '00').slice(0, 2));
};
const fromSen = (n) => (n % 100n === 0n ? String(n / 100n) : `${n / 100n}.${String(n % 100n).padStart(2, '0')}`);

function fmtDate(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(t().dateFmt, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}
function isoDay(date) {
  return date.toISOString().slice(0, 10);
}
function today() {
  const n = new Date();
  return isoDay(new Date(Date.UTC(n.getFullYear(), n.getMonth(), n.getDate())));
}
function nextDay(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return isoDay(new Date(Date.UTC(y, m - 1, d + 1)));
}
/** What the user typed as an amount → the engine's whole-rupiah string ("" when empty). */
const digits = (v) => String(v || '').replace(/\D/g, '').replace(/^0+(?=\d)/, '');
function groupDigits(v) {
  const d = digits(v);
  return d ? new Intl.NumberFormat(t().numFmt).format(BigInt(d)) : '';
}

// ---------- state: the form ⇄ the URL fragment (never sent to a server) ----------

const KEYS = ['seg', 'occ', 'inc', 'per', 'jht', 'pub', 'emp', 'wage', 'risk', 'size', 'li', 'basis', 'cv', 'months', 'ext', 'mjht', 'mjhta', 'birth', 'date', 'mem', 'ev', 'im', 'jhtbal', 'mc', 'ms', 'l24', 'prov'];
const MONEY_INPUTS = ['inc', 'wage', 'cv', 'mjhta', 'jhtbal'];

function readForm() {
  const s = { lang };
  for (const k of KEYS) {
    const f = form.elements[k];
    if (!f) continue;
    if (f instanceof RadioNodeList) s[k] = f.value || '';
    else if (f.type === 'checkbox') s[k] = f.checked ? '1' : '';
    else s[k] = MONEY_INPUTS.includes(k) ? digits(f.value) : f.value;
  }
  return s;
}

function writeForm(s) {
  for (const k of KEYS) {
    const f = form.elements[k];
    if (!f || s[k] == null) continue;
    if (f instanceof RadioNodeList) f.value = s[k];
    else if (f.type === 'checkbox') f.checked = s[k] === '1';
    else f.value = MONEY_INPUTS.includes(k) ? groupDigits(s[k]) : s[k];
  }
}

function stateToHash(s) {
  const p = new URLSearchParams();
  const seg = s.seg;
  const used = {
    selfEmployed: ['occ', 'inc', 'per', 'jht', 'pub', 'emp', 'birth', 'jhtbal', 'mem'],
    wageEarner: ['wage', 'prov', 'risk', 'size', 'li', 'birth', 'jhtbal', 'mem'],
    construction: ['basis', 'cv'],
    migrant: ['months', 'ext', 'mjht', 'mjhta', 'birth', 'jhtbal', 'mem'],
  }[seg] || [];
  used.push('ev', 'mc', 'ms');
  if (s.ev === 'jobLoss') used.push('l24');
  if (s.ev === 'workAccident') used.push('im');
  p.set('seg', seg);
  for (const k of used) if (s[k] && !(k === 'mjhta' && !s.mjht)) p.set(k, s[k]);
  p.set('date', s.date);
  if (s.lang !== 'id') p.set('lang', s.lang);
  return '#' + p.toString();
}

function hashToState() {
  const p = new URLSearchParams(location.hash.slice(1));
  const s = {};
  for (const [k, v] of p) if (KEYS.includes(k) || k === 'lang') s[k] = v.slice(0, 40);
  return s;
}

// ---------- embed mode: this page, framed on a partner's site by www/embed.js ----------

const Q = new URLSearchParams(location.search);
const EMBED = Q.get('embed') === '1';
const SEGMENTS = ['selfEmployed', 'wageEarner', 'construction', 'migrant'];
// `programs=JKK,JKM`: an embed shows only these programs' cards; the total stays the whole bill.
const SHOW = (Q.get('programs') || '').split(',').filter((p) => /^(JKK|JKM|JHT|JP|JKP|JKK\+JKM)$/.test(p));
const shown = (l) => !SHOW.length || SHOW.includes(l.program);
// Theme values from the frame's URL, each checked against a strict pattern: never raw CSS.
const THEME = {
  accent: [/^#(?:[0-9a-f]{3}){1,2}$/i, '--brand'],
  radius: [/^(?:[12]?\d|3[0-2])px$/, '--radius'],
  font: [/^(?:system-ui|sans-serif|serif|monospace)$/, '--font'],
};
/** The origin of the page that framed this one: named in the URL and confirmed by the browser. */
let parentOrigin = null;

function setupEmbed() {
  const root = document.documentElement;
  root.classList.add('embed');
  if (Q.get('compact') === '1') root.classList.add('compact');
  for (const [k, [re, prop]] of Object.entries(THEME)) {
    const v = Q.get(k);
    if (v && re.test(v)) root.style.setProperty(prop, v);
  }
  let named = null;
  try { named = new URL(Q.get('parent')).origin; } catch { named = null; }
  let seen = location.ancestorOrigins?.[0] || '';
  if (!seen && document.referrer) seen = new URL(document.referrer).origin;
  if (!named || named === 'null' || window.parent === window || (seen && seen !== named)) return;
  parentOrigin = named;
  // The frame's height, for the element to size its iframe (no inner scroll bar). Chromium runs
  // neither ResizeObserver nor animation frames in a cross-origin frame that is off screen, so
  // the height is also measured (a synchronous layout) at start, after each change to the
  // content and when a fold opens: a widget below the fold is the right height before anyone
  // scrolls to it.
  new ResizeObserver(sendSize).observe(document.body);
  // Any change to the page's content (an answer, a status line, a fold) is measured soon after:
  // mutation observers run whether or not the frame is painted.
  let pending = 0;
  new MutationObserver(() => {
    if (!pending) pending = setTimeout(() => { pending = 0; sendSize(); }, 50);
  }).observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
  sendSize();
  document.addEventListener('toggle', sendSize, true);
  window.addEventListener('load', sendSize);
}

let lastSize = 0;
function sendSize() {
  if (!parentOrigin) return;
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  if (height !== lastSize) post({ type: 'bpjstk:size', height: (lastSize = height) });
}

function post(msg) {
  if (parentOrigin) window.parent.postMessage(msg, parentOrigin);
}

/** `bpjstk:result` once per answer: typing and then leaving the field is one answer. */
let lastResult = '';
function postResult(detail) {
  const text = JSON.stringify(detail);
  if (text === lastResult) return;
  lastResult = text;
  post({ type: 'bpjstk:result', detail });
}

/** What the host page gets with `bpjstk:result`: computed figures only, not the form. */
function resultSummary(resp) {
  const c = resp.contributions;
  return {
    segment: resp.segment, asOf: resp.asOf, lang, total: c.total,
    lines: c.lines.map((l) => ({ program: l.program, period: l.period, total: l.total, worker: l.worker, employer: l.employer, government: l.government })),
    rules: { version: rulesInfo?.version, dataHash: rulesInfo?.dataHash },
  };
}

// ---------- the request for the engine ----------

function buildRequest(s) {
  const r = { asOf: s.date, segment: s.seg, lang };
  const need = [];
  if (s.birth && s.seg !== 'construction') r.birthDate = s.birth;
  if (s.seg === 'selfEmployed') {
    if (!s.inc) need.push('inc');
    r[{ day: 'dailyIncome', week: 'weeklyIncome' }[s.per] || 'monthlyIncome'] = s.inc;
    if (s.occ) r.occupation = s.occ;
    if (s.jht) r.includeJht = true;
    if (s.pub) r.publicBudget = true;
    if (s.emp) r.employsOthers = true;
  } else if (s.seg === 'wageEarner') {
    if (!s.wage) need.push('wage');
    if (!s.risk) need.push('risk');
    r.monthlyWage = s.wage;
    r.riskGroup = Number(s.risk);
    r.enterpriseSize = s.size || 'large';
    if (s.li) r.laborIntensive = true;
  } else if (s.seg === 'construction') {
    if (!s.cv) need.push('cv');
    r[s.basis === 'wage' ? 'monthlyWage' : 'contractValue'] = s.cv;
  } else if (s.seg === 'migrant') {
    r.contractMonths = Number(s.months || 24);
    r.extensionMonths = Math.max(0, Math.floor(Number(s.ext || 0)) || 0);
    if (s.mjht) {
      r.includeJht = true;
      if (!s.mjhta) need.push('mjhta');
      r.jhtMonthlyAmount = s.mjhta;
    }
  }
  // Benefits: an event, the contribution record, the JHT balance (all optional).
  if (s.jhtbal && s.seg !== 'construction') r.jhtBalance = s.jhtbal;
  // Already a member, or about to join (unanswered: the engine says "unknown").
  if (s.mem && s.seg !== 'construction') r.member = s.mem === 'yes';
  if (s.ev) r.event = s.ev === 'jobLoss' ? { kind: 'jobLoss', jobLossCause: 'layoff' } : { kind: s.ev };
  if (s.ev === 'workAccident' && /^\d+$/.test(s.im || '') && Number(s.im) > 0) r.event.incapacityMonths = Number(s.im);
  const history = {};
  if (s.mc !== '' && s.mc != null && /^\d+$/.test(s.mc)) history.monthsContributed = Number(s.mc);
  if (s.ms) history.membershipStart = s.ms;
  if (s.ev === 'jobLoss' && s.l24) history.last24 = Array(24).fill(true);
  if (Object.keys(history).length) r.history = history;
  if (!s.date) need.push('date');
  return { request: r, need };
}

const FIELD_INPUT = {
  monthlyIncome: 'inc', weeklyIncome: 'inc', dailyIncome: 'inc', occupation: 'occ',
  contractValue: 'cv', extensionMonths: 'ext', jhtMonthlyAmount: 'mjhta', birthDate: 'birth', asOf: 'date',
  jhtBalance: 'jhtbal', 'event.kind': 'ev', 'event.date': 'ev', 'event.incapacityMonths': 'im', 'history.monthsContributed': 'mc',
  employsOthers: 'emp', includeJht: 'jht', publicBudget: 'pub',
  'history.membershipStart': 'ms', 'history.last24': 'l24',
};

function calc(request) {
  try {
    return { ok: engine.calculate(request) };
  } catch (e) {
    return { err: { code: e?.code || 'error', field: e?.field || null, message: e?.message || String(e) } };
  }
}

// ---------- rendering ----------

function srcList(sources) {
  if (!sources || !sources.length) return null;
  return h('ul', { class: 'sources' }, sources.map((s) => {
    const inst = rulesInfo?.instruments?.find((i) => i.id === s.instrument);
    return h('li', {},
      h('span', { class: 'inst' }, s.instrument), s.article ? `, ${s.article}` : '',
      s.verified === false ? h('span', { class: 'unverified' }, ` ⚠ ${t().unverified}`) : null,
      inst ? h('small', { class: 'inst-title' }, lang === 'id' ? inst.titleId : inst.titleEn) : null);
  }));
}

function sharesDl(x, skipZero) {
  const rows = [];
  for (const who of ['worker', 'employer', 'government']) {
    if (skipZero && toSen(x[who]) === 0n) continue;
    rows.push(h('dt', { text: t()[who] }), h('dd', { text: money(x[who]) }));
  }
  return h('dl', { class: 'pairs' }, rows);
}

function periodWord(p) {
  return p === 'once' ? t().onceShort : t().perMonthShort;
}

/** Totals by period: the engine's total when all lines share one period, else sums. */
function byPeriod(c) {
  const periods = [...new Set(c.lines.map((l) => l.period))];
  if (periods.length <= 1) return [[periods[0] || 'month', c.total]];
  return periods.map((p) => {
    const sum = { employer: 0n, worker: 0n, government: 0n, total: 0n };
    for (const l of c.lines.filter((x) => x.period === p)) for (const k in sum) sum[k] += toSen(l[k]);
    return [p, Object.fromEntries(Object.entries(sum).map(([k, v]) => [k, fromSen(v)]))];
  });
}

function lineCard(l) {
  const name = t().program[l.program] || '';
  const rows = [];
  if (l.base != null) rows.push(h('dt', { text: t().base }), h('dd', { text: money(l.base) }));
  if (l.rate != null) rows.push(h('dt', { text: t().rate }), h('dd', { text: pct(l.rate) }));
  return h('details', { class: 'line', 'data-program': l.program },
    h('summary', {},
      h('span', { class: 'prog' }, h('strong', { text: l.program }), ' ', h('span', { class: 'pname', text: name })),
      h('span', { class: 'amt' }, money(l.total), ' ', h('small', { text: periodWord(l.period) }))),
    h('div', { class: 'body' },
      rows.length ? h('dl', { class: 'pairs' }, rows) : null,
      sharesDl(l, true),
      h('p', { class: 'expl' }, h('span', { class: 'k', text: t().howComputed + ': ' }), plain(l.explanation)),
      (l.redirected || []).map((r) => h('p', { class: 'hint' }, fill(t().redirected, { from: r.from, amount: money(r.amount) }), srcList(r.sources))),
      notesList(l.notes),
      h('p', { class: 'k', text: t().sources }),
      srcList(l.sources)));
}

const sourcesOf = (x) => srcList(x.sources);
const unverifiedMark = (x) => (x.verified === false ? h('span', { class: 'unverified', text: ` ⚠ ${t().unverified}` }) : null);

/** Engine messages may name request fields in backticks (`includeJht`) or bare (asOf); a
 * person reads the field's name in words instead. */
function plain(msg) {
  const names = t().names;
  return String(msg ?? '')
    .replace(/`([^`]+)`/g, (_, code) => names[code] || t().thisEntry)
    .replace(/\b[a-z][a-zA-Z0-9]*(?:\.[a-z][a-zA-Z0-9]*)*\b/g, (w) => (/[A-Z.]/.test(w) && names[w]) || w);
}
const notesList = (notes) => (notes?.length ? h('ul', { class: 'notes' }, notes.map((n) => h('li', { text: plain(n) }))) : null);

/** A large amount in words, rounded down ("Rp98,8 juta"); the exact amount is in the details. */
function juta(s) {
  const n = BigInt(String(s).split('.')[0]);
  try {
    return 'Rp' + new Intl.NumberFormat(t().numFmt, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1, roundingMode: 'trunc' }).format(n);
  } catch {
    return money(s);
  }
}
function shortDate(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(t().dateFmt, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}
/** The day `months` months after an ISO day (clamped to the month's end). */
function addMonths(iso, months) {
  const [y, m, d] = iso.split('-').map(Number);
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return isoDay(new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))));
}
/** fill() whose values may be elements: returns the pieces to append. */
function fillNodes(s, vars) {
  return s.split(/(\{\w+\})/).filter(Boolean).map((p) => {
    const k = /^\{(\w+)\}$/.exec(p)?.[1];
    return k && k in vars ? vars[k] : p;
  });
}
const textOf = (pieces) => pieces.map((p) => (typeof p === 'string' ? p : p.textContent)).join('');

/** Payouts first, ceilings (period "max") last, in the engine's order otherwise. */
const payoutsFirst = (items) => [...items].sort((a, b) => (a.period === 'max') - (b.period === 'max'));
/** The sum of the amounts paid once or over a schedule, or null when there are none. */
function sumPaid(items) {
  const paid = items.filter((b) => b.amount != null && (b.period === 'once' || b.period === 'total'));
  return paid.length ? fromSen(paid.reduce((a, b) => a + toSen(b.amount), 0n)) : null;
}
/** A benefit's name; the periodic benefit paid as one sum says so. */
function kindName(b) {
  if (b.kind === 'periodic' && b.period === 'once') return t().kind.periodicOnce;
  return t().kind[b.kind] || t().kind.other;
}
/** "Rp1.600.000 sebulan, bulan ke-1 sampai ke-12", "paling banyak Rp5.000.000", … */
function amountWords(b) {
  const per = t().bPeriod[b.period];
  if (b.amount == null) return b.period === 'asNeeded' ? [t().asNeeded] : [];
  const amt = h('strong', { class: 'amt', text: money(b.amount) });
  if (b.period === 'max') return [`${per} `, amt];
  const out = [amt];
  if (b.period === 'month' || (b.period === 'once' && b.kind !== 'periodic')) out.push(` ${per}`);
  if (b.fromMonth != null) out.push(', ' + fill(b.toMonth != null ? t().monthsRange : t().monthsFrom, { from: b.fromMonth, to: b.toMonth }));
  else if (b.months && b.period === 'total') out.push(` (${fill(t().months, { n: b.months })})`);
  return out;
}

/** What the worker or the family would get after the chosen event (the engine's `benefits`):
 * the total first, then the payouts, then the ceilings, with the JHT chart. */
function benefitsList(items, notComputed) {
  if (!Array.isArray(items) || !items.length) return null;
  const charts = [];
  const total = sumPaid(items);
  // Medical care after a work accident has no amount: named first, in words.
  const care = (notComputed || []).find((x) => x.code === 'medicalCareUnlimited' && items.some((b) => b.program === x.program));
  const list = h('ul', { class: 'outcome benefits' }, care ? h('li', { 'data-kind': 'medicalCare' },
    h('p', {}, h('strong', { text: `${care.program} · ${t().kind.medicalCare}` }), ': ', t().asNeeded),
    h('details', {}, h('summary', { text: t().howComputed }), h('p', { class: 'expl', text: plain(care.message) }), sourcesOf(care))) : null,
  payoutsFirst(items).map((b) => {
    if (Array.isArray(b.projection) && b.projection.length > 1) charts.push(b.projection);
    return h('li', { 'data-kind': b.kind },
      h('p', {}, h('strong', { text: `${b.program} · ${kindName(b)}` }), ': ', amountWords(b),
        b.estimate ? h('span', { class: 'tag', text: ` (${t().estimate})` }) : null, unverifiedMark(b)),
      h('details', {}, h('summary', { text: t().howComputed }),
        h('p', { class: 'expl', text: plain(b.explanation) }),
        notesList(b.notes),
        sourcesOf(b)));
  }));
  return h('section', { class: 'sub', 'data-testid': 'benefits' }, h('h3', { text: t().benefits }),
    total ? h('p', { class: 'risk-total', 'data-testid': 'benefits-total' }, `${t().benefitsTotal}: `, h('strong', { text: money(total) })) : null,
    list, charts.map(chartFigure));
}

function reasonItem(r) {
  const met = r.met === undefined ? '' : `${t().met[String(r.met)]}: `;
  return h('li', {}, met, plain(r.message), sourcesOf(r));
}

/** Who takes part in which program, and the benefit questions (the engine's `eligibility`). */
function eligibilityList(items) {
  if (!Array.isArray(items) || !items.length) return null;
  const part = items.filter((e) => e.topic === 'participation');
  const rest = items.filter((e) => e.topic !== 'participation');
  const row = (e) => h('li', { 'data-status': e.status },
    h('details', {}, h('summary', {},
      h('strong', { text: e.topic === 'participation' ? e.program : `${e.program} · ${t().topic[e.topic] || t().kind.other}` }), ': ',
      h('span', { class: 'status', text: t().status[e.status] || t().status.undecided })),
    h('ul', { class: 'reasons' }, (e.reasons || []).map(reasonItem)),
    e.decidedBy?.length ? h('p', { class: 'hint', text: fill(t().decidedBy, { fields: e.decidedBy.map((f) => t().names[f] || t().thisEntry).join(', ') }) }) : null));
  return [
    rest.length ? h('section', { class: 'sub', 'data-testid': 'eligibility' }, h('h3', { text: t().eligibility }), h('ul', { class: 'outcome' }, rest.map(row))) : null,
    part.length ? h('section', { class: 'sub', 'data-testid': 'participation' }, h('h3', { text: t().participation }), h('ul', { class: 'outcome' }, part.map(row))) : null,
  ];
}

function plainList(items, title, id) {
  if (!Array.isArray(items) || !items.length) return null;
  return h('section', { class: 'sub', 'data-testid': id }, h('h3', { text: title }),
    h('ul', { class: 'outcome' }, items.map((x) => h('li', {}, x.program ? h('strong', { text: x.program + ': ' }) : null, plain(x.message), sourcesOf(x)))));
}

function chartFigure(points) {
  const first = points[0], last = points[points.length - 1];
  const svg = jhtChart(points, {
    money, short, title: t().jhtChart,
    desc: fill(t().jhtChartDesc, { first: money(first.balance), y1: first.year, last: money(last.balance), y2: last.year }),
  });
  if (!svg) return null;
  return h('figure', { class: 'chart-fig' }, h('figcaption', { text: t().jhtChart }), svg,
    h('details', {}, h('summary', { text: t().jhtChart }),
      h('table', {}, h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: t().year }), h('th', { scope: 'col', text: t().balance }))),
        h('tbody', {}, points.map((p) => h('tr', {}, h('td', { text: String(p.year) }), h('td', { text: money(p.balance) })))))));
}

/** The cost once the relief(s) in the response end, asked of the engine for that date. */
function afterRelief(request, resp) {
  const out = [];
  let cur = resp;
  for (let i = 0; i < 3; i++) {
    const until = cur.contributions.lines.map((l) => l.relief?.until).filter(Boolean).sort().pop();
    if (!until) break;
    const date = nextDay(until);
    if (rulesInfo && date > rulesInfo.computesUntil) break;
    const r = calc({ ...request, asOf: date });
    if (!r.ok) break;
    out.push({ date, until, resp: r.ok });
    cur = r.ok;
  }
  return out;
}

function payerOf(resp) {
  return resp.segment === 'selfEmployed' || resp.segment === 'migrant' ? 'worker' : 'total';
}

// ---------- protection: what the worker or the family gets (the engine's `protection`) ----------

/** "Keluarga mendapat Rp42 juta bila Anda meninggal, Rp98,8 juta bila karena kecelakaan kerja."
 * (pieces, the amounts in bold) */
function familyLine(p) {
  const risks = p?.risks || [];
  const d = risks.find((r) => r.risk === 'death' && r.total);
  const w = risks.find((r) => r.risk === 'workAccidentDeath' && r.total);
  if (!d && !w) return [];
  const amt = (r) => (r ? h('strong', { text: juta(r.total) }) : '');
  const msg = fillNodes(t()[d && w ? 'famBoth' : d ? 'famDeath' : 'famWork'], { death: amt(d), work: amt(w) });
  if (p.member !== 'no') return msg;
  // "Sesudah terdaftar, keluarga mendapat …"
  return [`${t().fromJoining} ${msg[0].charAt(0).toLowerCase()}${msg[0].slice(1)}`, ...msg.slice(1)];
}

/** "Bayar paling lambat tanggal 15 tiap bulan. Lebih dari 3 bulan …" (figures from the engine). */
function keepLine(u) {
  if (!u || u.dueDay == null || u.lapseMonths == null) return '';
  return fill(t().keep, { day: u.dueDay, when: u.dueMonth === 'following' ? t().dueFollowingShort : t().dueSameShort, n: u.lapseMonths });
}

const condKey = (c) => `${c.code}|${c.message}`;

function riskBlock(r, common) {
  const own = (r.conditions || []).filter((c) => !common.has(condKey(c)));
  return h('section', { class: 'risk', 'data-risk': r.risk, 'data-program': r.program },
    h('h4', {}, `${t().risk[r.risk] || t().kind.other} `, h('span', { class: 'tag', text: `(${r.program})` })),
    r.total ? h('p', { class: 'risk-total', 'data-testid': 'risk-total' }, `${t().total}: `, h('strong', { text: money(r.total) }), r.estimate ? h('span', { class: 'tag', text: ` (${t().estimate})` }) : null, unverifiedMark(r)) : null,
    r.availableFrom ? h('p', { class: 'avail', 'data-testid': 'available-from', text: fill(t().availableFrom, { date: fmtDate(r.availableFrom) }) }) : null,
    h('ul', { class: 'items' }, payoutsFirst(r.items || []).map((it) => {
      const amt = amountWords(it);
      return h('li', { 'data-kind': it.kind }, kindName(it), amt.length ? ': ' : '', amt);
    })),
    own.length ? [h('p', { class: 'k', text: t().conditions }), h('ul', { class: 'reasons' }, own.map(reasonItem))] : null,
    notesList(r.notComputed),
    h('details', { class: 'src' }, h('summary', { text: t().sources }), srcList(r.sources)));
}

function protectionFold(p) {
  const risks = p?.risks || [];
  if (!risks.length) return null;
  // Conditions every risk shares (membership, paying on time) are said once, above.
  const common = new Set((risks[0].conditions || []).map(condKey).filter((k) => risks.every((r) => (r.conditions || []).some((c) => condKey(c) === k))));
  const shared = (risks[0].conditions || []).filter((c) => common.has(condKey(c)));
  return [
    p.member === 'no' ? h('p', { class: 'hint', text: t().memberNoIntro }) : p.member === 'unknown' ? h('p', { class: 'hint', text: t().memberUnknownIntro }) : null,
    shared.length ? h('div', { class: 'shared' }, h('p', { class: 'k', text: t().forAll }), h('ul', { class: 'reasons' }, shared.map(reasonItem))) : null,
    risks.map((r) => riskBlock(r, common)),
  ];
}

/** Join, pay, keep it alive: the sourced steps, with the engine's figures. */
function upkeepFold(u, s) {
  if (!u) return null;
  const U = t().upkeep;
  const n = u.lapseMonths;
  const days = u.registrationDays != null ? fill(U.days, { n: u.registrationDays, s: u.registrationDays === 1 ? '' : 's' }) : '';
  const pay = [fill(u.dueMonth === 'following' ? U.dueFollowing : U.dueSame, { day: u.dueDay }), U.holiday, U.howPay, U.noFine];
  if (s.jht && u.dueMonth !== 'following') pay.splice(2, 0, U.jhtLater);
  const list = (items) => h('ul', {}, items.map((x) => h('li', { text: x })));
  return [
    h('h4', { text: U.joinH }), list(U.join.map((x) => fill(x, { days }))),
    h('h4', { text: U.payH }), list(pay),
    h('h4', { text: U.missH }),
    h('p', { class: 'keep-key', 'data-testid': 'lapse' }, h('strong', { text: fill(U.lapse, { n }) })),
    list([fill(U.arrears, { n }), U.active, U.restart]),
    h('p', { class: 'k', text: t().sources }), srcList(u.sources),
  ];
}

/** Warnings about a fact the page asks itself (beside its field), said with the assumptions. */
const ASKED = { ownAccountAssumed: 'emp' };

function fold(id, title, body) {
  const kids = [body].flat(2).filter(Boolean);
  if (!kids.length) return null;
  return h('details', { class: 'fold', id: `fold-${id}`, 'data-testid': `fold-${id}`, open: openFolds.has(id) },
    h('summary', {}, h('h3', { text: title })), h('div', { class: 'fold-body' }, kids));
}
/** Folds the person opened stay open when the answer is recomputed. */
let openFolds = new Set();

function render(s, request, resp) {
  const out = $('out');
  const c = resp.contributions;
  const seg = resp.segment;
  const p = resp.protection;
  const periods = byPeriod(c);
  const text = [t().textHeader, inputsSummary(s), fill(t().textRules, { date: fmtDate(resp.asOf) })];
  const speech = [];
  const peek = [];
  openFolds = new Set([...document.querySelectorAll('#folds details.fold[open]')].map((d) => d.id.slice(5)));

  // The headline: what you pay (a month, a day), until when and then, and what it buys.
  const head = h('div', { class: 'headline', 'data-testid': 'headline' });
  for (const [per, tot] of periods) {
    const mine = toSen(tot.worker) > 0n || seg === 'selfEmployed';
    if (mine) {
      head.append(h('p', { class: 'big' }, h('span', { class: 'lead', text: t().youPay }), h('strong', { 'data-testid': 'you-pay', text: money(tot.worker) }), h('span', { text: ' ' + periodWord(per) })));
      text.push(fill(t().textYouPay, { amount: money(tot.worker), period: periodWord(per) }));
      peek.push(`${money(tot.worker)} ${periodWord(per)}`);
    }
    if (!mine || toSen(tot.total) !== toSen(tot.worker)) {
      head.append(h('p', { class: mine ? 'mid' : 'big' }, h('span', { class: 'lead', text: per === 'once' ? t().totalOnce : t().totalMonthly }), h('strong', { 'data-testid': 'total', text: money(tot.total) })));
      text.push(fill(t().textTotal, { amount: money(tot.total), period: periodWord(per) }));
      if (!mine) peek.push(`${money(tot.total)} ${periodWord(per)}`);
    }
  }
  speech.push(...text.slice(3));
  if (c.perDay) {
    const day = fill(t().perDayApprox, { amount: money(c.perDay.worker) });
    head.append(h('p', { class: 'perday', 'data-testid': 'per-day', text: day }));
    if (text.length > 3) text[3] += ` (${day})`;
    speech.push(day);
    if (peek.length) peek[0] += ` (${fill(t().peekDay, { amount: money(c.perDay.worker) })})`;
  }

  // The relief in force: until when, and the price after it when that is within a year.
  const reliefs = new Map();
  for (const l of c.lines) if (l.relief) {
    const r = reliefs.get(l.relief.id) || { ...l.relief, programs: [] };
    r.programs.push(l.program);
    reliefs.set(l.relief.id, r);
  }
  const after = reliefs.size ? afterRelief(request, resp) : [];
  if (reliefs.size) {
    const [[per0, tot0]] = periods;
    const until = after[0]?.until || [...reliefs.values()].map((r) => r.until).sort().pop();
    const soon = after.length && after[0].date <= addMonths(resp.asOf, 12);
    const vars = { now: money(tot0[payerOf(resp)]), until: fmtDate(until), instrument: [...new Set([...reliefs.values()].map((r) => r.instrument))].join(', '), period: periodWord(per0) };
    let pieces;
    if (soon) {
      const [[, tot1]] = byPeriod(after[0].resp.contributions);
      vars.later = h('strong', { 'data-testid': 'after-relief', text: money(tot1[payerOf(after[0].resp)]) });
      pieces = fillNodes(t().reliefNow, vars);
      peek.push(fill(t().peekLater, { until: shortDate(until), later: vars.later.textContent }));
    } else {
      pieces = fillNodes(t().reliefNowLong, vars);
    }
    head.append(h('p', { class: 'relief-line', 'data-testid': 'until' }, h('span', { 'aria-hidden': 'true', text: '★ ' }), ...pieces,
      [...reliefs.values()].some((r) => r.verified === false) ? h('span', { class: 'unverified', text: ` ⚠ ${t().unverified}` }) : null));
    text.push(textOf(pieces));
    speech.push(textOf(pieces));
  }

  const famPieces = familyLine(p);
  const fam = textOf(famPieces);
  if (fam) {
    head.append(h('p', { class: 'family', 'data-testid': 'protection' }, ...famPieces));
    text.push(fam);
    speech.push(fam);
  }
  const keep = keepLine(p?.upkeep);
  const parts = [head];
  if (keep) parts.push(h('p', { class: 'keep', 'data-testid': 'keep' }, h('span', { 'aria-hidden': 'true', text: '⚠ ' }), keep));

  const warnings = (resp.warnings || []).filter((w) => !ASKED[w.code]);
  const asked = (resp.warnings || []).filter((w) => ASKED[w.code]);
  if (warnings.length) {
    parts.push(h('div', { class: 'warn', role: 'note' }, h('h3', { text: '⚠ ' + t().warnings }), h('ul', {}, warnings.map((w) => h('li', { text: plain(w.message) })))));
  }
  out.replaceChildren(...parts);

  // Next steps, read aloud after the headline: join (unless a member), pay on time.
  speech.push(t().nextSteps);
  if (p && p.member !== 'yes' && p.upkeep) speech.push(t().registerStep);
  if (keep) speech.push(keep);

  // Everything else, folded.
  const folds = [];
  folds.push(fold('protection', t().protection, protectionFold(p)));
  folds.push(fold('upkeep', t().upkeep.title, upkeepFold(p?.upkeep, s)));

  // Who pays what, the relief and what it costs after it, how the income was read.
  const price = [];
  for (const [per, tot] of periods) {
    const rows = ['worker', 'employer', 'government'].filter((w) => toSen(tot[w]) !== 0n || w === 'worker');
    price.push(h('table', { class: 'who' },
      h('caption', { text: `${t().whoPays} (${periodWord(per)})` }),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: t().payer }), h('th', { scope: 'col', text: t().amount }))),
      h('tbody', {}, rows.map((w) => h('tr', {}, h('th', { scope: 'row', text: t()[w] }), h('td', { text: money(tot[w]) })))),
      h('tfoot', {}, h('tr', {}, h('th', { scope: 'row', text: t().total }), h('td', { text: money(tot.total) })))));
  }
  if (reliefs.size) {
    const box = h('div', { class: 'relief', 'data-testid': 'relief' });
    let fullSum = 0n;
    for (const l of c.lines) fullSum += toSen(l.relief ? l.relief.fullAmount : l.total);
    for (const r of reliefs.values()) {
      box.append(h('p', {}, h('strong', { text: '★ ', 'aria-hidden': 'true' }), fill(t().relief, { instrument: r.instrument, programs: r.programs.join(', '), until: fmtDate(r.until) }),
        r.verified === false ? h('span', { class: 'unverified', text: ` ⚠ ${t().unverified}` }) : null));
    }
    for (const a of after) {
      const [[per, tot]] = byPeriod(a.resp.contributions);
      box.append(h('p', { text: fill(t().afterRelief, { date: fmtDate(a.date), amount: money(tot[payerOf(a.resp)]), period: periodWord(per) }) }));
    }
    if (!after.length) box.append(h('p', { text: fill(t().withoutRelief, { amount: money(fromSen(fullSum)) }) }));
    price.push(box);
  }
  if (c.income || c.bracket) {
    price.push(h('div', { class: 'explain' },
      c.income ? h('p', {}, h('span', { class: 'k', text: t().incomeConv + ': ' }), plain(c.income.explanation)) : null,
      c.bracket ? h('p', {}, h('span', { class: 'k', text: t().bracket + ': ' }), plain(c.bracket.explanation),
        c.bracket.verified === false ? h('span', { class: 'unverified', text: ` ⚠ ${t().unverified}` }) : null) : null));
  }
  folds.push(fold('price', t().foldPrice, price));

  // Each program, opening to its arithmetic and sources; the programs not counted.
  const cards = c.lines.filter(shown);
  folds.push(fold('programs', t().programs, [cards.map(lineCard),
    cards.length < c.lines.length ? h('p', { class: 'hint', 'data-testid': 'some-programs', text: t().somePrograms }) : null,
    c.notIncluded?.length ? h('section', { class: 'sub' }, h('h4', { text: t().notIncluded }),
      h('ul', { class: 'excluded' }, c.notIncluded.map((x) => h('li', {}, h('strong', { text: x.program }), ' — ', plain(x.message), srcList(x.sources))))) : null]));
  text.push(c.lines.map((l) => `${l.program} ${money(l.total)}`).join(' · '));

  folds.push(fold('eligibility', t().eligibility, eligibilityList(resp.eligibility)));
  folds.push(fold('notes', t().foldNotes, [
    plainList(resp.notComputed, t().notComputed, 'not-computed'),
    plainList([...asked, ...(resp.assumptions || [])], t().assumptions, 'assumptions'),
    resp.rules.notes?.length ? h('p', { class: 'notice small' }, ...resp.rules.notes.map((n) => plain(n) + ' ')) : null,
  ]));
  $('folds').replaceChildren(...folds.filter(Boolean));

  // The "what if" event: its benefits beside the question.
  $('whatif-out').replaceChildren(...[benefitsList(resp.benefits, resp.notComputed)].filter(Boolean));
  for (const b of resp.benefits || []) text.push(`${b.program} ${kindName(b)}: ${b.period === 'max' ? t().bPeriod.max + ' ' : ''}${money(b.amount ?? '0')}`);

  text.push(location.href);
  lastText = text.join('\n');
  lastSpeech = speech;
  lastUpkeep = p?.upkeep || null;
  $('text-out').textContent = lastText;
  $('share').hidden = false;
  $('after-head').hidden = false;
  $('mem-set').hidden = seg === 'construction';
  $('remind').hidden = !lastUpkeep?.dueDay;
  $('quick-status').textContent = '';
  updateSpeak();
  setBanner(resp.asOf, resp.rules.verifiedUntil);
  $('slip-head').replaceChildren(h('p', { class: 'slip-title', text: t().slipTitle }), h('p', { text: inputsSummary(s) }),
    h('p', {}, t().slipLink + ': ', h('span', { class: 'url', text: location.href })));

  // The headline in brief, kept in view at the bottom of the screen while the form is filled.
  if (fam) peek.push(fam);
  showPeek(peek);

  clearTimeout(liveTimer);
  const live = speech.slice(0, 2).join('. ');
  liveTimer = setTimeout(() => { $('live').textContent = live; }, 800);
  postResult(resultSummary(resp));
  sendSize();
}

function inputsSummary(s) {
  const bits = [t().seg[s.seg]?.[0]];
  if (s.seg === 'selfEmployed') {
    const occ = rulesInfo?.occupations?.find((o) => o.code === s.occ);
    if (occ) bits.push(lang === 'id' ? occ.nameId : occ.nameEn);
    if (s.inc) bits.push(`${money(s.inc)} / ${t()[{ day: 'perDay', week: 'perWeek' }[s.per] || 'perMonth']}`);
    if (s.jht) bits.push('JHT');
  } else if (s.seg === 'wageEarner') {
    if (s.wage) bits.push(`${t().wage} ${money(s.wage)}`);
    if (s.risk) bits.push(`${t().riskNames[s.risk]} (${fill(t().riskGroupN, { n: s.risk })})`);
    bits.push(t().sizes[s.size || 'large']);
  } else if (s.seg === 'construction') {
    if (s.cv) bits.push(`${s.basis === 'wage' ? t().basisWage : t().contractValue} ${money(s.cv)}`);
  } else if (s.seg === 'migrant') {
    bits.push(fill(t().months, { n: s.months || 24 }));
    if (Number(s.ext) > 0) bits.push(`+${fill(t().months, { n: s.ext })}`);
    if (s.mjht && s.mjhta) bits.push(`JHT ${money(s.mjhta)}`);
  }
  if (s.ev) bits.push(`${t().event} ${t().events[s.ev]}`);
  if (s.jhtbal && s.seg !== 'construction') bits.push(`${t().jhtBalance.replace(/ \(.*\)$/, '')} ${money(s.jhtbal)}`);
  return bits.filter(Boolean).join(' · ');
}

function setBanner(asOf, verifiedUntil) {
  const b = $('rules-banner');
  b.hidden = false;
  const msg = [fill(t().rulesBanner, { date: fmtDate(asOf), verified: fmtDate(verifiedUntil) })];
  if (asOf > verifiedUntil) msg.push(fill(t().rulesAfter, { verified: fmtDate(verifiedUntil) }));
  b.textContent = msg.join(' ');
}

/** No answer to show (facts missing, or refused): nothing to fold, share or read. */
function noResult() {
  for (const id of ['folds', 'whatif-out']) $(id).replaceChildren();
  for (const id of ['share', 'after-head', 'rules-banner']) $(id).hidden = true;
  $('peek').dataset.has = '';
  lastSpeech = [];
  lastUpkeep = null;
  placePeek();
  updateSpeak();
}

function clearErrors() {
  for (const e of document.querySelectorAll('.err')) { e.hidden = true; e.textContent = ''; }
  for (const e of form.querySelectorAll('[aria-invalid]')) e.removeAttribute('aria-invalid');
}

function showError(err, s) {
  let id = FIELD_INPUT[err.field];
  if (err.field === 'monthlyWage') id = s.seg === 'construction' ? 'cv' : 'wage';
  const box = id && $(id + '-err');
  if (box) {
    const fold = box.closest('details:not([open])');
    if (fold) fold.open = true;
    box.textContent = plain(err.message);
    box.hidden = false;
    $(id).setAttribute('aria-invalid', 'true');
  }
  $('out').replaceChildren(h('p', { class: 'error', role: 'alert' }, box ? `${t().fieldError}: ${plain(err.message)}` : plain(err.message)));
  noResult();
}

// ---------- the loop: form → state → URL → engine → page ----------

function showSegment(seg) {
  for (const f of document.querySelectorAll('.seg-fields')) f.hidden = f.dataset.seg !== seg;
  $('birth-field').hidden = seg === 'construction';
  $('jhtbal-field').hidden = seg === 'construction';
  $('l24-field').hidden = form.elements.ev.value !== 'jobLoss';
  $('im-field').hidden = form.elements.ev.value !== 'workAccident';
  $('mjht-amount').hidden = !form.elements.mjht.checked;
  $('cv-label').textContent = form.elements.basis.value === 'wage' ? t().wage : t().contractValue;
}

/** The provincial minimum wage of the chosen province for the year of the date (page data,
 * not a rule of the engine), and a note when the wage is below it. */
function showUmp(s) {
  const box = $('ump');
  const btn = $('use-ump');
  const p = umpData?.provinces?.find((x) => x.name === s.prov);
  btn.hidden = true;
  if (!p) { box.textContent = ''; return; }
  const year = (s.date || '').slice(0, 4);
  const u = p[year];
  if (!u) { box.textContent = fill(t().umpNone, { prov: p.name, year }); return; }
  const parts = [fill(t().umpLine, { prov: p.name, year, amount: money(u.amount) })];
  if (u.decree) parts.push(fill(t().umpSource, { decree: u.decree }));
  parts.push(t().umpUmk);
  const kids = [parts.join(' ')];
  if (!u.verified) kids.push(h('span', { class: 'unverified', text: ` ⚠ ${t().unverified}` }));
  if (s.wage && toSen(s.wage) < toSen(u.amount)) kids.push(h('strong', { class: 'below', text: t().belowUmp }));
  box.replaceChildren(...kids);
  // Whole rupiah at or above the minimum (some decrees carry sen).
  const sen = toSen(u.amount);
  btn.dataset.amount = String(sen % 100n === 0n ? sen / 100n : sen / 100n + 1n);
  btn.hidden = false;
}

let lastKey = '';
function update() {
  const s = readForm();
  showSegment(s.seg);
  if (s.seg === 'wageEarner') showUmp(s);
  const hash = stateToHash(s);
  if (location.hash !== hash) history.replaceState(null, '', hash);
  const { request, need } = buildRequest(s);
  // The same facts as the answer on screen (a field's "change" after its "input"): nothing to
  // redo, and a tap on a fold that blurred the field still opens it.
  const key = need.length ? '' : JSON.stringify(request) + hash;
  if (key && key === lastKey) return;
  lastKey = key;
  clearErrors();
  if (need.length) {
    $('out').replaceChildren(h('p', { text: t().needInput }));
    noResult();
    $('live').textContent = '';
    return;
  }
  const r = calc(request);
  if (r.err) return showError(r.err, s);
  render(s, request, r.ok);
}

// ---------- texts and pickers in the chosen language ----------

function applyTexts() {
  document.documentElement.lang = lang;
  document.title = t().title;
  // Only changed texts are written: rewriting equal text repaints it (and delays the page's
  // largest paint for nothing).
  for (const e of document.querySelectorAll('[data-t]')) {
    const v = tk(e.dataset.t);
    if (typeof v === 'string' && e.textContent !== v) e.textContent = v;
  }
  const other = lang === 'id' ? 'en' : 'id';
  const b = $('lang');
  if (b.textContent !== t().switchLang) b.textContent = t().switchLang;
  b.setAttribute('lang', other);
  b.setAttribute('aria-label', t().switchLangLabel);
  fillPickers();
  $('gloss').replaceChildren(...t().gloss.flatMap(([k, v]) => [h('dt', {}, h('abbr', { text: k })), h('dd', { text: v })]));
  if (rulesInfo) {
    $('foot').textContent = fill(t().footer, { version: rulesInfo.version, hash: rulesInfo.dataHash });
    let v = '';
    try { v = engine.version?.() || ''; } catch { v = ''; }
    if (typeof v === 'object' && v) v = v.engine || v.version || JSON.stringify(v);
    $('foot-engine').textContent = v ? fill(t().engine, { version: v }) : '';
  }
  for (const id of MONEY_INPUTS) { const f = $(id); if (f.value) f.value = groupDigits(f.value); }
  setStatus();
}

function fillPickers() {
  const occ = $('occ');
  const keep = occ.value;
  const opts = [h('option', { value: '', text: t().occupationNone })];
  for (const o of rulesInfo?.occupations || []) opts.push(h('option', { value: o.code, text: lang === 'id' ? o.nameId : o.nameEn }));
  occ.replaceChildren(...opts);
  occ.value = keep;

  const risk = $('risk');
  const keepR = form.elements.risk?.value || '';
  risk.replaceChildren(...(riskData?.groups || [1, 2, 3, 4, 5].map((g) => ({ group: g }))).map((g) =>
    h('label', { class: 'choice' },
      h('input', { type: 'radio', name: 'risk', value: String(g.group), checked: keepR === String(g.group) }), ' ',
      h('span', {},
        h('strong', { text: `${t().riskNames[g.group]} (${fill(t().riskGroupN, { n: g.group })})` }),
        g[lang] ? h('small', { text: g[lang] + (g.verified ? '' : ` (${t().examplesUnverified})`) }) : null))));

  const prov = $('prov');
  const keepP = prov.value;
  prov.replaceChildren(h('option', { value: '', text: t().provinceNone }),
    ...(umpData?.provinces || []).map((p) => h('option', { value: p.name, text: p.name })));
  prov.value = keepP;

  const months = $('months');
  const keepM = form.elements.months?.value || '24';
  months.replaceChildren(...[6, 12, 24].map((m) =>
    h('label', { class: 'choice' }, h('input', { type: 'radio', name: 'months', value: String(m), checked: keepM === String(m) }), ' ', h('span', { text: fill(t().months, { n: m }) }))));
}

// ---------- offline, install and updates ----------

const sw = { ready: false, waiting: null, loaded: false, failed: false };
function setStatus() {
  const st = $('status-text');
  let msg = '';
  if (sw.failed) msg = t().loadFailed;
  else if (!sw.loaded) msg = t().loading;
  else if (!navigator.onLine) msg = t().offline;
  else if (sw.waiting) msg = t().update;
  else if (sw.ready) msg = t().ready;
  st.textContent = msg;
  $('status').dataset.state = sw.failed ? 'failed' : !navigator.onLine ? 'offline' : sw.waiting ? 'update' : sw.ready ? 'ready' : 'loading';
  $('update').hidden = !sw.waiting;
}

function registerWorker() {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('sw.js').then((reg) => {
    const watch = (w) => w && w.addEventListener('statechange', () => {
      if (w.state === 'installed' && navigator.serviceWorker.controller) { sw.waiting = w; setStatus(); }
      if (w.state === 'activated') { sw.ready = true; setStatus(); }
    });
    if (reg.waiting && navigator.serviceWorker.controller) sw.waiting = reg.waiting;
    if (reg.active) sw.ready = true;
    watch(reg.installing);
    reg.addEventListener('updatefound', () => watch(reg.installing));
    setStatus();
  }).catch(() => {});
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (sw.waiting && !reloading) { reloading = true; location.reload(); }
  });
  $('update').addEventListener('click', () => sw.waiting?.postMessage('skipWaiting'));
}

// ---------- share, copy, print ----------

async function copy(textValue, status = $('copy-status')) {
  try {
    await navigator.clipboard.writeText(textValue);
    status.textContent = t().copied;
  } catch {
    status.textContent = t().copyFailed;
    $('share').open = true;
    $('text-out').closest('details').open = true;
  }
}

/** The phone's share sheet for the WhatsApp text when it has one; else the text is copied. */
async function shareText() {
  if (navigator.share) {
    try {
      await navigator.share({ title: t().textHeader, text: lastText });
      return;
    } catch (e) {
      if (e?.name === 'AbortError') return;
    }
  }
  copy(lastText, $('quick-status'));
}

// ---------- the answer in brief at the bottom of a phone screen ----------

/** The headline in brief, fixed at the bottom of the screen while the answer itself is further
 * down (as while the form is filled); gone once the answer is on screen. */
const peekWatch = 'IntersectionObserver' in window ? new IntersectionObserver(() => placePeek(), { threshold: [0, 1] }) : null;
function showPeek(lines) {
  const el = $('peek');
  el.replaceChildren(...lines.map((l) => h('span', { class: 'pk', text: l })), h('span', { class: 'pk-go', 'aria-hidden': 'true', text: '↓' }));
  el.dataset.has = lines.length ? '1' : '';
  placePeek(true);
}
let peekSeen = null;
function placePeek(nudge = false) {
  const el = $('peek');
  // Shown while the headline is not wholly on screen, unless it has been scrolled past.
  const head = $('out').querySelector('.headline');
  const r = head?.getBoundingClientRect();
  const show = !!el.dataset.has && !!r && r.top > 0 && r.bottom > window.innerHeight;
  if (head && head !== peekSeen && peekWatch) {
    peekWatch.disconnect();
    peekWatch.observe(head);
    peekSeen = head;
  }
  el.hidden = !show;
  const height = show ? el.offsetHeight : 0;
  document.documentElement.style.setProperty('--peek-h', `${height}px`);
  // The field being typed in stays above the bar.
  const a = document.activeElement;
  if (nudge && height && a && a !== document.body && a.closest('#main')) {
    const r = a.getBoundingClientRect();
    const over = r.bottom + 8 - (window.innerHeight - height);
    if (over > 0 && r.top - over > 0) window.scrollBy(0, over);
  }
}

// ---------- read aloud (the browser's own speech, only where the phone has the voice) ----------

const synth = typeof speechSynthesis === 'undefined' ? null : speechSynthesis;
function voiceFor(l) {
  const want = l === 'id' ? ['id-id', 'in-id', 'id', 'in'] : ['en-us', 'en'];
  const voices = synth?.getVoices?.() || [];
  const tag = (v) => String(v.lang || '').toLowerCase().replace('_', '-');
  for (const w of want) {
    const v = voices.find((x) => tag(x) === w || (w.length === 2 && tag(x).startsWith(w + '-')));
    if (v) return v;
  }
  return null;
}
function updateSpeak() {
  const b = $('speak');
  b.hidden = !lastSpeech.length || !voiceFor(lang);
  b.textContent = synth?.speaking ? t().speakStop : t().speak;
}
/** Amounts as they are said: "Rp11.400" → "11.400 rupiah". */
const spoken = (s) => s.replace(/Rp\s?([\d.,]+(?:\s(?:ribu|juta|miliar|triliun|thousand|million|billion|trillion))?)/g, '$1 rupiah').replace(/[★⚠↓]/g, '');
function speak() {
  if (!synth) return;
  if (synth.speaking) { synth.cancel(); updateSpeak(); return; }
  const u = new SpeechSynthesisUtterance(spoken(lastSpeech.join(' ')));
  u.lang = lang === 'id' ? 'id-ID' : 'en-US';
  u.voice = voiceFor(lang);
  u.onend = u.onerror = () => updateSpeak();
  synth.speak(u);
  updateSpeak();
}

// ---------- a monthly reminder for the phone's calendar (an .ics file made on the device) ----------

/** Days of notice before the due day: the page's choice, not a rule of the law. */
const REMIND_BEFORE = 3;
const icsEscape = (v) => String(v).replace(/\\/g, '\\\\').replace(/([;,])/g, '\\$1').replace(/\r?\n/g, '\\n');
/** Lines of at most 75 bytes, continued with a space (RFC 5545 §3.1). */
function icsFold(line) {
  const enc = new TextEncoder();
  const out = [];
  let cur = '', bytes = 0;
  for (const ch of line) {
    const n = enc.encode(ch).length;
    if (bytes + n > (out.length ? 74 : 75)) { out.push(cur); cur = ''; bytes = 0; }
    cur += ch;
    bytes += n;
  }
  out.push(cur);
  return out.join('\r\n ');
}
export function reminderIcs(u, details, now = new Date()) {
  const day = Math.max(1, u.dueDay - REMIND_BEFORE);
  const m = now.getMonth() + (now.getDate() > day ? 1 : 0);
  const first = new Date(now.getFullYear(), m, day);
  const ymd = `${first.getFullYear()}${String(first.getMonth() + 1).padStart(2, '0')}${String(day).padStart(2, '0')}`;
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
  const summary = fill(u.dueMonth === 'following' ? t().icsSummaryFollowing : t().icsSummary, { day: u.dueDay });
  const uid = `${globalThis.crypto?.randomUUID?.() || stamp}@bpjstk-calc`;
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//bpjstk-calc//reminder//' + lang.toUpperCase(), 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH',
    'BEGIN:VEVENT', `UID:${uid}`, `DTSTAMP:${stamp}`, `DTSTART:${ymd}T080000`, 'DURATION:PT30M', 'RRULE:FREQ=MONTHLY',
    `SUMMARY:${icsEscape(summary)}`, `DESCRIPTION:${icsEscape(details.join('\n'))}`,
    'BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${icsEscape(summary)}`, 'TRIGGER:PT0M', 'END:VALARM',
    'END:VEVENT', 'END:VCALENDAR'].map(icsFold).join('\r\n') + '\r\n';
}
function downloadReminder() {
  if (!lastUpkeep?.dueDay) return;
  const ics = reminderIcs(lastUpkeep, [...lastSpeech.filter((x) => x !== t().nextSteps), t().icsNote]);
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  const a = h('a', { href: url, download: t().icsFile, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
  $('quick-status').textContent = t().remindDone;
}

// ---------- start ----------

async function start() {
  const s = hashToState();
  if (EMBED) {
    setupEmbed();
    if (!s.lang && Q.get('lang') === 'en') s.lang = 'en';
    if (!s.seg && SEGMENTS.includes(Q.get('segment'))) s.seg = Q.get('segment');
  }
  lang = s.lang === 'en' ? 'en' : 'id';
  if (lang !== 'id') applyTexts();
  // Let the page paint its texts first; the engine (the largest file) is fetched right after.
  // (A frame out of view gets no animation frames: an embed must not wait for one.)
  await new Promise((r) => (EMBED ? setTimeout(r, 0) : requestAnimationFrame(() => setTimeout(r, 0))));
  const data = (url) => fetch(url).then((r) => (r.ok ? r.json() : null)).catch(() => null);
  const [, risk, ump] = await Promise.all([
    init({ module_or_path: new URL('pkg/bpjstk_calc_bg.wasm', import.meta.url) }),
    data(new URL('data/risk-groups.json', import.meta.url)),
    data(new URL('data/ump.json', import.meta.url)),
  ]);
  // Start-up in short tasks, so that a slow phone stays responsive to a tap meanwhile.
  const pause = () => new Promise((r) => setTimeout(r, 0));
  riskData = risk;
  umpData = ump;
  await pause();
  rulesInfo = engine.rules();
  sw.loaded = true;
  await pause();
  applyTexts();
  writeForm({ seg: 'selfEmployed', per: 'month', size: 'large', basis: 'value', months: '24', ext: '0', date: today(), ...s });
  if (s.ev) $('ben-set').open = true;
  // Rules of another day than today: the date is shown, not folded away.
  if (s.date && s.date !== today()) $('more-fold').open = true;
  await pause();
  update();

  // The form's fields include some placed after the answer (form="form"): listen on the page.
  const ours = (e) => e.target.form === form && update();
  $('main').addEventListener('input', ours);
  $('main').addEventListener('change', ours);
  form.addEventListener('submit', (e) => e.preventDefault());
  $('remind').addEventListener('click', downloadReminder);
  $('share-btn').addEventListener('click', shareText);
  $('speak').addEventListener('click', speak);
  synth?.addEventListener?.('voiceschanged', updateSpeak);
  window.addEventListener('resize', placePeek);
  for (const id of MONEY_INPUTS) $(id).addEventListener('blur', (e) => { e.target.value = groupDigits(e.target.value); });
  $('lang').addEventListener('click', () => {
    lang = lang === 'id' ? 'en' : 'id';
    synth?.cancel();
    applyTexts();
    update();
  });
  $('use-ump').addEventListener('click', (e) => {
    $('wage').value = groupDigits(e.target.dataset.amount);
    update();
  });
  $('copy-link').addEventListener('click', () => copy(location.href));
  $('copy-text').addEventListener('click', () => copy(lastText));
  $('print').addEventListener('click', () => window.print());
  window.addEventListener('online', setStatus);
  window.addEventListener('offline', setStatus);
  window.addEventListener('hashchange', () => {
    const n = hashToState();
    if (n.lang && n.lang !== lang) { lang = n.lang === 'en' ? 'en' : 'id'; applyTexts(); }
    writeForm(n);
    update();
  });
  // The offline copy is stored once the page is up, so it never competes with the first answer.
  // A framed page stores none: its storage belongs to the partner's site's partition.
  if (EMBED) return;
  if (document.readyState === 'complete') setTimeout(registerWorker, 500);
  else window.addEventListener('load', () => setTimeout(registerWorker, 500));
}

start().catch((e) => {
  sw.failed = true;
  setStatus();
  console.warn(e);
});
