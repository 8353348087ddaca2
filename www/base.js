// What the page's first answer (app.js) and its lazily loaded parts (details.js, embed-mode.js)
// share: the state, element building, texts, and formatting of the engine's strings.
export const $ = (id) => document.getElementById(id);

/** The state both halves read: the language, its texts, the engine in use and its rules(). */
export const S = {
  lang: 'id',
  /** Texts by language; English is loaded only when chosen. */
  T: {},
  /** The engine module in use: the price-only core first, then the full module. */
  engine: null,
  /** 'core' or 'full' (null before either has loaded). */
  kind: null,
  rules: null,
};

/** h('p', {class: 'x'}, 'text', child…): builds elements without innerHTML. */
export function h(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k === 'text') e.textContent = v;
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const k of kids.flat()) if (k != null && k !== false) e.append(k);
  return e;
}

/** Makes `el`'s children look like `kids` while keeping the nodes that stay the same: a new
 * answer of the same shape changes only the text that changed (a keystroke restyles, lays out
 * and repaints a few words, not a new headline). */
export function morph(el, kids) {
  const old = el.childNodes;
  if (old.length !== kids.length) return el.replaceChildren(...kids);
  kids.forEach((k, i) => {
    const o = old[i];
    if (typeof k === 'string') k = document.createTextNode(k);
    if (o.nodeType !== k.nodeType || o.nodeName !== k.nodeName || (o.nodeType === 1 && !sameAttributes(o, k))) return o.replaceWith(k);
    if (o.nodeType === 3) { if (o.nodeValue !== k.nodeValue) o.nodeValue = k.nodeValue; } else morph(o, [...k.childNodes]);
  });
}
function sameAttributes(a, b) {
  if (a.attributes.length !== b.attributes.length) return false;
  for (const { name, value } of b.attributes) if (a.getAttribute(name) !== value) return false;
  return true;
}

export const t = () => S.T[S.lang];

export function fill(s, vars) {
  return s.replace(/\{(\w+)\}/g, (_, k) => (k in vars ? String(vars[k]) : `{${k}}`));
}
/** fill() whose values may be elements: returns the pieces to append. */
export function fillNodes(s, vars) {
  return s.split(/(\{\w+\})/).filter(Boolean).map((p) => {
    const k = /^\{(\w+)\}$/.exec(p)?.[1];
    return k && k in vars ? vars[k] : p;
  });
}
export const textOf = (pieces) => pieces.map((p) => (typeof p === 'string' ? p : p.textContent)).join('');

/** The page's number and date formats: amounts, amounts in words ("Rp98,8 juta"), chart labels
 * ("Rp27 jt"), dates and short dates. */
const FORMATS = {
  number: {},
  juta: { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1, roundingMode: 'trunc' },
  short: { notation: 'compact' },
  date: { dateStyle: 'long', timeZone: 'UTC' },
  shortDate: { dateStyle: 'medium', timeZone: 'UTC' },
};
/** An Intl formatter in the language's locale, made once (making one costs more than using it,
 * and a keystroke formats a dozen amounts and dates). */
const made = {};
export function intl(name) {
  const key = name + S.lang;
  if (!made[key]) {
    const dated = FORMATS[name].dateStyle;
    made[key] = dated ? new Intl.DateTimeFormat(t().dateFmt, FORMATS[name]) : new Intl.NumberFormat(t().numFmt, FORMATS[name]);
  }
  return made[key];
}

/** Money string from the engine ("1250000.5") → "Rp1.250.000,50", without floats. */
export function money(s) {
  const str = String(s);
  const neg = str.startsWith('-');
  const [i, f = ''] = (neg ? str.slice(1) : str).split('.');
  const nf = intl('number');
  const int = nf.format(BigInt(i || '0'));
  const dec = f && /[1-9]/.test(f) ? (nf.formatToParts(1.5).find((p) => p.type === 'decimal')?.value || ',') + f.padEnd(2, '0') : '';
  return `${neg ? '−' : ''}Rp${int}${dec}`;
}

/** A large amount in words, rounded down ("Rp98,8 juta"); the exact amount is in the details. */
export function juta(s) {
  const n = BigInt(String(s).split('.')[0]);
  try {
    return 'Rp' + intl('juta').format(n);
  } catch {
    return money(s);
  }
}

/** Sum of engine money strings in sen (BigInt), and back. */
export const toSen = (s) => {
  const [i, f = ''] = String(s).split('.');
  return BigInt(i || '0') * 100n + BigInt((f + '00').slice(0, 2));
};
export const fromSen = (n) => (n % 100n === 0n ? String(n / 100n) : `${n / 100n}.${String(n % 100n).padStart(2, '0')}`);

export function fmtDate(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return intl('date').format(new Date(Date.UTC(y, m - 1, d)));
}
export function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

export function periodWord(p) {
  return p === 'once' ? t().onceShort : t().perMonthShort;
}

/** Totals by period: the engine's total when all lines share one period, else sums. */
export function byPeriod(c) {
  const periods = [...new Set(c.lines.map((l) => l.period))];
  if (periods.length <= 1) return [[periods[0] || 'month', c.total]];
  return periods.map((p) => {
    const sum = { employer: 0n, worker: 0n, government: 0n, total: 0n };
    for (const l of c.lines.filter((x) => x.period === p)) for (const k in sum) sum[k] += toSen(l[k]);
    return [p, Object.fromEntries(Object.entries(sum).map(([k, v]) => [k, fromSen(v)]))];
  });
}

export function payerOf(resp) {
  return resp.segment === 'selfEmployed' || resp.segment === 'migrant' ? 'worker' : 'total';
}

/** Engine messages may name request fields in backticks (`includeJht`) or bare (asOf); a
 * person reads the field's name in words instead. */
export function plain(msg) {
  const names = t().names;
  return String(msg ?? '')
    .replace(/`([^`]+)`/g, (_, code) => names[code] || t().thisEntry)
    .replace(/\b[a-z][a-zA-Z0-9]*(?:\.[a-z][a-zA-Z0-9]*)*\b/g, (w) => (/[A-Z.]/.test(w) && names[w]) || w);
}

/** The engine's answer, or its refusal as {code, field, message}. */
export function calc(request) {
  try {
    return { ok: S.engine.calculate(request) };
  } catch (e) {
    return { err: { code: e?.code || 'error', field: e?.field || null, message: e?.message || String(e) } };
  }
}
