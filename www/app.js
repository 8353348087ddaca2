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

const KEYS = ['seg', 'occ', 'inc', 'per', 'jht', 'pub', 'wage', 'risk', 'size', 'li', 'basis', 'cv', 'months', 'ext', 'mjht', 'mjhta', 'birth', 'date', 'ev', 'jhtbal', 'mc', 'ms', 'l24', 'prov'];
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
    selfEmployed: ['occ', 'inc', 'per', 'jht', 'pub', 'birth', 'jhtbal'],
    wageEarner: ['wage', 'prov', 'risk', 'size', 'li', 'birth', 'jhtbal'],
    construction: ['basis', 'cv'],
    migrant: ['months', 'ext', 'mjht', 'mjhta', 'birth', 'jhtbal'],
  }[seg] || [];
  used.push('ev', 'mc', 'ms');
  if (s.ev === 'jobLoss') used.push('l24');
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
  // The frame's height, for the element to size its iframe (no inner scroll bar).
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height !== last) post({ type: 'bpjstk:size', height: (last = height) });
  }).observe(document.body);
}

function post(msg) {
  if (parentOrigin) window.parent.postMessage(msg, parentOrigin);
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
  if (s.ev) r.event = s.ev === 'jobLoss' ? { kind: 'jobLoss', jobLossCause: 'layoff' } : { kind: s.ev };
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
  jhtBalance: 'jhtbal', 'event.kind': 'ev', 'event.date': 'ev', 'history.monthsContributed': 'mc',
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
      h('p', { class: 'expl' }, h('span', { class: 'k', text: t().howComputed + ': ' }), l.explanation),
      (l.redirected || []).map((r) => h('p', { class: 'hint' }, fill(t().redirected, { from: r.from, amount: money(r.amount) }), srcList(r.sources))),
      l.notes?.length ? h('ul', { class: 'notes' }, l.notes.map((n) => h('li', { text: n }))) : null,
      h('p', { class: 'k', text: t().sources }),
      srcList(l.sources)));
}

const sourcesOf = (x) => srcList(x.sources);
const unverifiedMark = (x) => (x.verified === false ? h('span', { class: 'unverified', text: ` ⚠ ${t().unverified}` }) : null);

/** What the worker or the family would get (the engine's `benefits`), with the JHT chart. */
function benefitsList(items) {
  if (!Array.isArray(items) || !items.length) return null;
  const charts = [];
  const list = h('ul', { class: 'outcome benefits' }, items.map((b) => {
    if (Array.isArray(b.projection) && b.projection.length > 1) charts.push(b.projection);
    const kind = t().kind[b.kind] || b.kind;
    const per = t().bPeriod[b.period];
    return h('li', { 'data-kind': b.kind },
      h('p', {}, h('strong', { text: `${b.program} · ${kind}` }), ': ',
        b.period === 'max' ? `${per} ` : '', h('strong', { class: 'amt', text: money(b.amount) }),
        b.period === 'month' || b.period === 'once' ? ` ${per}` : '', b.months && b.period === 'total' ? ` (${fill(t().months, { n: b.months })})` : '',
        b.estimate ? h('span', { class: 'tag', text: ` (${t().estimate})` }) : null, unverifiedMark(b)),
      h('details', {}, h('summary', { text: t().howComputed }),
        h('p', { class: 'expl', text: b.explanation }),
        b.notes?.length ? h('ul', { class: 'notes' }, b.notes.map((n) => h('li', { text: n }))) : null,
        sourcesOf(b)));
  }));
  return h('section', { class: 'sub', 'data-testid': 'benefits' }, h('h3', { text: t().benefits }), list, charts.map(chartFigure));
}

function reasonItem(r) {
  const met = r.met === undefined ? '' : `${t().met[String(r.met)]}: `;
  return h('li', {}, met, r.message, sourcesOf(r));
}

/** Who takes part in which program, and the benefit questions (the engine's `eligibility`). */
function eligibilityList(items) {
  if (!Array.isArray(items) || !items.length) return null;
  const part = items.filter((e) => e.topic === 'participation');
  const rest = items.filter((e) => e.topic !== 'participation');
  const row = (e) => h('li', { 'data-status': e.status },
    h('details', {}, h('summary', {},
      h('strong', { text: e.topic === 'participation' ? e.program : `${e.program} · ${t().topic[e.topic] || e.topic}` }), ': ',
      h('span', { class: 'status', text: t().status[e.status] || e.status })),
    h('ul', { class: 'reasons' }, (e.reasons || []).map(reasonItem)),
    e.decidedBy?.length ? h('p', { class: 'hint', text: fill(t().decidedBy, { fields: e.decidedBy.map((f) => t().fieldNames[f] || f).join(', ') }) }) : null));
  return [
    rest.length ? h('section', { class: 'sub', 'data-testid': 'eligibility' }, h('h3', { text: t().eligibility }), h('ul', { class: 'outcome' }, rest.map(row))) : null,
    part.length ? h('section', { class: 'sub', 'data-testid': 'participation' }, h('h3', { text: t().participation }), h('ul', { class: 'outcome' }, part.map(row))) : null,
  ];
}

function plainList(items, title, id) {
  if (!Array.isArray(items) || !items.length) return null;
  return h('section', { class: 'sub', 'data-testid': id }, h('h3', { text: title }),
    h('ul', { class: 'outcome' }, items.map((x) => h('li', {}, x.program ? h('strong', { text: x.program + ': ' }) : null, x.message, sourcesOf(x)))));
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
    out.push({ date, resp: r.ok });
    cur = r.ok;
  }
  return out;
}

function payerOf(resp) {
  return resp.segment === 'selfEmployed' || resp.segment === 'migrant' ? 'worker' : 'total';
}

function render(s, request, resp) {
  const out = $('out');
  const c = resp.contributions;
  const seg = resp.segment;
  const parts = [];
  const periods = byPeriod(c);
  const text = [t().textHeader, inputsSummary(s), fill(t().textRules, { date: fmtDate(resp.asOf) })];

  // Headline: what you pay, and the total, per period.
  const head = h('div', { class: 'headline' });
  for (const [p, tot] of periods) {
    const mine = toSen(tot.worker) > 0n || seg === 'selfEmployed';
    if (mine) {
      head.append(h('p', { class: 'big' }, h('span', { class: 'lead', text: t().youPay }), h('strong', { 'data-testid': 'you-pay', text: money(tot.worker) }), h('span', { text: ' ' + periodWord(p) })));
      text.push(fill(t().textYouPay, { amount: money(tot.worker), period: periodWord(p) }));
    }
    if (!mine || toSen(tot.total) !== toSen(tot.worker)) {
      head.append(h('p', { class: mine ? 'mid' : 'big' }, h('span', { class: 'lead', text: p === 'once' ? t().totalOnce : t().totalMonthly }), h('strong', { 'data-testid': 'total', text: money(tot.total) })));
      text.push(fill(t().textTotal, { amount: money(tot.total), period: periodWord(p) }));
    }
  }
  if (c.perDay) {
    head.append(h('p', { class: 'perday', 'data-testid': 'per-day', text: fill(t().perDayApprox, { amount: money(c.perDay.worker) }) }));
  }
  parts.push(head);

  if (resp.warnings?.length) {
    parts.push(h('div', { class: 'warn', role: 'note' }, h('h3', { text: '⚠ ' + t().warnings }), h('ul', {}, resp.warnings.map((w) => h('li', { text: w.message })))));
  }

  // Relief, its end date, and the cost after it.
  const reliefs = new Map();
  for (const l of c.lines) if (l.relief) {
    const r = reliefs.get(l.relief.id) || { ...l.relief, programs: [] };
    r.programs.push(l.program);
    reliefs.set(l.relief.id, r);
  }
  if (reliefs.size) {
    const box = h('div', { class: 'relief', 'data-testid': 'relief' });
    let fullSum = 0n;
    for (const l of c.lines) fullSum += toSen(l.relief ? l.relief.fullAmount : l.total);
    for (const r of reliefs.values()) {
      const msg = fill(t().relief, { instrument: r.instrument, programs: r.programs.join(', '), until: fmtDate(r.until) });
      box.append(h('p', {}, h('strong', { text: '★ ', 'aria-hidden': 'true' }), msg, r.verified === false ? h('span', { class: 'unverified', text: ` ⚠ ${t().unverified}` }) : null));
      text.push(msg);
    }
    const after = afterRelief(request, resp);
    if (after.length) {
      for (const a of after) {
        const [[p, tot]] = byPeriod(a.resp.contributions);
        const amt = money(tot[payerOf(a.resp)]);
        const msg = fill(t().afterRelief, { date: fmtDate(a.date), amount: amt, period: periodWord(p) });
        box.append(h('p', { 'data-testid': 'after-relief', text: msg }));
        text.push(msg);
      }
    } else {
      box.append(h('p', { text: fill(t().withoutRelief, { amount: money(fromSen(fullSum)) }) }));
    }
    parts.push(box);
  }

  // Who pays what.
  for (const [p, tot] of periods) {
    const rows = ['worker', 'employer', 'government'].filter((w) => toSen(tot[w]) !== 0n || w === 'worker');
    parts.push(h('table', { class: 'who' },
      h('caption', { text: `${t().whoPays} (${periodWord(p)})` }),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: t().payer }), h('th', { scope: 'col', text: t().amount }))),
      h('tbody', {}, rows.map((w) => h('tr', {}, h('th', { scope: 'row', text: t()[w] }), h('td', { text: money(tot[w]) })))),
      h('tfoot', {}, h('tr', {}, h('th', { scope: 'row', text: t().total }), h('td', { text: money(tot.total) })))));
  }

  // How the income was read (self-employed): conversion and bracket.
  if (c.income || c.bracket) {
    parts.push(h('div', { class: 'explain' },
      c.income ? h('p', {}, h('span', { class: 'k', text: t().incomeConv + ': ' }), c.income.explanation) : null,
      c.bracket ? h('p', {}, h('span', { class: 'k', text: t().bracket + ': ' }), c.bracket.explanation,
        c.bracket.verified === false ? h('span', { class: 'unverified', text: ` ⚠ ${t().unverified}` }) : null) : null));
  }

  // Each program, opening to its arithmetic and sources.
  const cards = c.lines.filter(shown);
  parts.push(h('section', { class: 'sub' }, h('h3', { text: t().programs }), cards.map(lineCard),
    cards.length < c.lines.length ? h('p', { class: 'hint', 'data-testid': 'some-programs', text: t().somePrograms }) : null));
  text.push(c.lines.map((l) => `${l.program} ${money(l.total)}`).join(' · '));

  parts.push(benefitsList(resp.benefits));
  for (const b of resp.benefits || []) text.push(`${b.program} ${t().kind[b.kind] || b.kind}: ${b.period === 'max' ? t().bPeriod.max + ' ' : ''}${money(b.amount)}`);
  parts.push(...eligibilityList(resp.eligibility) || []);

  if (c.notIncluded?.length) {
    parts.push(h('section', { class: 'sub' }, h('h3', { text: t().notIncluded }),
      h('ul', { class: 'excluded' }, c.notIncluded.map((x) => h('li', {}, h('strong', { text: x.program }), ' — ', x.message, srcList(x.sources))))));
  }
  parts.push(plainList(resp.notComputed, t().notComputed, 'not-computed'));
  parts.push(plainList(resp.assumptions, t().assumptions, 'assumptions'));

  parts.push(h('p', { class: 'notice small' }, ...(resp.rules.notes || []).map((n) => n + ' ')));
  out.replaceChildren(...parts.filter(Boolean));

  text.push(location.href);
  lastText = text.join('\n');
  $('text-out').textContent = lastText;
  $('share').hidden = false;
  setBanner(resp.asOf, resp.rules.verifiedUntil);
  $('slip-head').replaceChildren(h('p', { class: 'slip-title', text: t().slipTitle }), h('p', { text: inputsSummary(s) }),
    h('p', {}, t().slipLink + ': ', h('span', { class: 'url', text: location.href })));

  // The headline, kept in view at the bottom of the screen while the form is being filled.
  const peek = $('peek');
  peek.textContent = `${text[3]} ↓`;
  peek.hidden = false;

  clearTimeout(liveTimer);
  const live = text.slice(3, 5).join('. ');
  liveTimer = setTimeout(() => { $('live').textContent = live; }, 800);
  post({ type: 'bpjstk:result', detail: resultSummary(resp) });
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

function clearErrors() {
  for (const e of document.querySelectorAll('.err')) { e.hidden = true; e.textContent = ''; }
  for (const e of form.querySelectorAll('[aria-invalid]')) e.removeAttribute('aria-invalid');
}

function showError(err, s) {
  let id = FIELD_INPUT[err.field];
  if (err.field === 'monthlyWage') id = s.seg === 'construction' ? 'cv' : 'wage';
  const box = id && $(id + '-err');
  if (box) {
    box.textContent = err.message;
    box.hidden = false;
    $(id).setAttribute('aria-invalid', 'true');
  }
  $('out').replaceChildren(h('p', { class: 'error', role: 'alert' }, box ? `${t().fieldError}: ${err.message}` : err.message));
  $('share').hidden = true;
  $('peek').hidden = true;
}

// ---------- the loop: form → state → URL → engine → page ----------

function showSegment(seg) {
  for (const f of document.querySelectorAll('.seg-fields')) f.hidden = f.dataset.seg !== seg;
  $('birth-field').hidden = seg === 'construction';
  $('jhtbal-field').hidden = seg === 'construction';
  $('l24-field').hidden = form.elements.ev.value !== 'jobLoss';
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

function update() {
  const s = readForm();
  showSegment(s.seg);
  if (s.seg === 'wageEarner') showUmp(s);
  const hash = stateToHash(s);
  if (location.hash !== hash) history.replaceState(null, '', hash);
  clearErrors();
  const { request, need } = buildRequest(s);
  if (need.length) {
    $('out').replaceChildren(h('p', { text: t().needInput }));
    $('share').hidden = true;
  $('peek').hidden = true;
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

async function copy(textValue) {
  const status = $('copy-status');
  try {
    await navigator.clipboard.writeText(textValue);
    status.textContent = t().copied;
  } catch {
    status.textContent = t().copyFailed;
    const d = $('text-out').closest('details');
    d.open = true;
  }
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
  await pause();
  update();

  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (e) => e.preventDefault());
  for (const id of MONEY_INPUTS) $(id).addEventListener('blur', (e) => { e.target.value = groupDigits(e.target.value); });
  $('lang').addEventListener('click', () => {
    lang = lang === 'id' ? 'en' : 'id';
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
