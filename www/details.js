// The answer's details, loaded after the first answer (app.js draws the headline): the folds
// under it (what you get, join-pay-keep, who pays what, each program, who may join, notes),
// the "what if" benefits, the WhatsApp text, the print slip, read aloud and the calendar
// reminder. A keystroke redraws only the headline (app.js) and the parts in sight; a closed part
// is built when it is opened (or printed), and carries data-stale while older than the answer.
import { $, S, h, t, intl, fill, money, toSen, fromSen, fmtDate, periodWord, byPeriod, payerOf, plain } from './base.js';
import { jhtChart } from './chart.js';
import more from './i18n-id-more.js';

// The details' words in Bahasa, added to those that came with the page.
Object.assign(S.T.id, more);

/** The answer on screen (from app.js): the form's state, the request, the engine's response,
 * and what the headline computed (periods, reliefs, the price after them, its sentences). */
let view = null;
/** Parts older than the answer on screen, by name: fold ids, 'whatif', 'share', 'slip'. */
const stale = new Set();
/** How to build each fold of the answer on screen. */
let builders = new Map();

// ---------- small formatters of the details ----------

/** Rate string ("0.0024") → "0,24%", by moving the decimal point, no floats. */
export function pct(s) {
  const [i, f = ''] = String(s).split('.');
  const g = f.padEnd(2, '0');
  const whole = (i + g.slice(0, 2)).replace(/^0+(?=\d)/, '');
  const rest = g.slice(2).replace(/0+$/, '');
  const dec = S.lang === 'id' ? ',' : '.';
  return `${whole}${rest ? dec + rest : ''}%`;
}
/** A short form for chart axis labels ("Rp27 jt"); exact amounts are in the table beside it. */
const short = (s) => 'Rp' + intl('short').format(BigInt(String(s).split('.')[0]));

function srcList(sources) {
  if (!sources || !sources.length) return null;
  return h('ul', { class: 'sources' }, sources.map((s) => {
    const inst = S.rules?.instruments?.find((i) => i.id === s.instrument);
    return h('li', {},
      h('span', { class: 'inst' }, s.instrument), s.article ? `, ${s.article}` : '',
      s.verified === false ? h('span', { class: 'unverified' }, ` ⚠ ${t().unverified}`) : null,
      inst ? h('small', { class: 'inst-title' }, S.lang === 'id' ? inst.titleId : inst.titleEn) : null);
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

const sourcesOf = (x) => srcList(x.sources);
const unverifiedMark = (x) => (x.verified === false ? h('span', { class: 'unverified', text: ` ⚠ ${t().unverified}` }) : null);
const notesList = (notes) => (notes?.length ? h('ul', { class: 'notes' }, notes.map((n) => h('li', { text: plain(n) }))) : null);

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

// ---------- protection: what the worker or the family gets (the engine's `protection`) ----------

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
  const risks = p.risks;
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

// ---------- the folds of one answer ----------

/** `programs=JKK,JKM` (an embed): only these programs' cards; the total stays the whole bill. */
const SHOW = (new URLSearchParams(location.search).get('programs') || '').split(',').filter((p) => /^(JKK|JKM|JHT|JP|JKP|JKK\+JKM)$/.test(p));
const shown = (l) => !SHOW.length || SHOW.includes(l.program);

/** The folds this answer has, each with its title and how to build its body (not yet built). */
function foldSpecs(v) {
  const { s, resp, periods, reliefs, after } = v;
  const c = resp.contributions;
  const p = resp.protection;
  const specs = [];
  if (p?.risks?.length) specs.push(['protection', t().protection, () => protectionFold(p)]);
  if (p?.upkeep) specs.push(['upkeep', t().upkeep.title, () => upkeepFold(p.upkeep, s)]);

  // Who pays what, the relief and what it costs after it, how the income was read.
  specs.push(['price', t().foldPrice, () => {
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
    return price;
  }]);

  // Each program, opening to its arithmetic and sources; the programs not counted.
  const cards = c.lines.filter(shown);
  if (c.lines.length || c.notIncluded?.length) {
    specs.push(['programs', t().programs, () => [cards.map(lineCard),
      cards.length < c.lines.length ? h('p', { class: 'hint', 'data-testid': 'some-programs', text: t().somePrograms }) : null,
      c.notIncluded?.length ? h('section', { class: 'sub' }, h('h4', { text: t().notIncluded }),
        h('ul', { class: 'excluded' }, c.notIncluded.map((x) => h('li', {}, h('strong', { text: x.program }), ' — ', plain(x.message), srcList(x.sources))))) : null]]);
  }
  if (resp.eligibility?.length) specs.push(['eligibility', t().eligibility, () => eligibilityList(resp.eligibility)]);
  const assumed = [...v.asked, ...(resp.assumptions || [])];
  if (resp.notComputed?.length || assumed.length || resp.rules.notes?.length) {
    specs.push(['notes', t().foldNotes, () => [
      plainList(resp.notComputed, t().notComputed, 'not-computed'),
      plainList(assumed, t().assumptions, 'assumptions'),
      resp.rules.notes?.length ? h('p', { class: 'notice small' }, ...resp.rules.notes.map((n) => plain(n) + ' ')) : null,
    ]]);
  }
  return specs;
}

/** The element that shows a part. */
function partEl(id) {
  return id === 'whatif' ? $('ben-set') : id === 'share' ? $('share') : id === 'slip' ? null : $(`fold-${id}`);
}
function partOf(el) {
  if (!el || el.tagName !== 'DETAILS') return null;
  if (el.id === 'ben-set') return 'whatif';
  if (el.id === 'share') return 'share';
  return el.id.startsWith('fold-') ? el.id.slice(5) : null;
}
/** A closed part older than the answer says so (data-stale), touched only when that changes. */
function markStale(id, on) {
  const el = partEl(id);
  if (el && el.hasAttribute('data-stale') !== on) el.toggleAttribute('data-stale', on);
}

/** The folds this answer has, with their titles; their bodies are built when opened. The DOM
 * changes only when the list or a title does (not on a keystroke). */
function buildFolds() {
  const specs = foldSpecs(view);
  builders = new Map(specs.map(([id, , body]) => [id, body]));
  const els = specs.map(([id, title]) => {
    let d = $(`fold-${id}`);
    if (!d) {
      d = h('details', { class: 'fold', id: `fold-${id}`, 'data-testid': `fold-${id}` },
        h('summary', {}, h('h3', { text: title })), h('div', { class: 'fold-body' }));
    } else {
      const h3 = d.querySelector('summary h3');
      if (h3.textContent !== title) h3.textContent = title;
    }
    return d;
  });
  const box = $('folds');
  if (els.length !== box.children.length || els.some((d, i) => box.children[i] !== d)) box.replaceChildren(...els);
}

function build(id) {
  if (later) sync();
  if (!view || !stale.delete(id)) return;
  markStale(id, false);
  if (id === 'whatif') {
    $('whatif-out').replaceChildren(...[benefitsList(view.resp.benefits, view.resp.notComputed)].filter(Boolean));
  } else if (id === 'share') {
    $('text-out').textContent = shareText();
  } else if (id === 'slip') {
    $('slip-head').replaceChildren(h('p', { class: 'slip-title', text: t().slipTitle }), h('p', { text: inputsSummary(view.s) }),
      h('p', {}, t().slipLink + ': ', h('span', { class: 'url', text: location.href })));
  } else {
    const body = builders.get(id)?.();
    $(`fold-${id}`)?.querySelector('.fold-body').replaceChildren(...[body].flat(2).filter(Boolean));
  }
}
function buildAll() {
  for (const id of [...stale]) build(id);
}

/** A new answer: the parts in sight (an open fold, "what if", the text to share) are built
 * now, the others when opened or printed; null when there is none. `same`: only if it is not
 * already the one shown. */
export function render(v, same = false) {
  if (same && v === view) return;
  view = v;
  updateSpeak(!!v);
  clearTimeout(later);
  later = 0;
  // The price-only module's answer has no details; the full module's follows.
  if (!v || S.kind !== 'full') return clear();
  stale.clear();
  for (const id of ['whatif', 'share', 'slip', ...builders.keys()]) stale.add(id);
  // With nothing of them in sight, the list of folds is brought up to date after the headline
  // has been painted (a keystroke waits for the headline only).
  if ($('ben-set').open || $('share').open || document.querySelector('#folds > details[open]')) sync();
  else later = setTimeout(sync, 0);
}
let later = 0;
/** The list of folds of the answer on screen, and the open parts built. */
function sync() {
  clearTimeout(later);
  later = 0;
  if (!view || S.kind !== 'full') return;
  buildFolds();
  for (const id of builders.keys()) stale.add(id);
  for (const id of [...stale]) {
    if (partEl(id)?.open) build(id);
    else markStale(id, true);
  }
}

/** No details: no answer (facts missing, refused), or only the price so far. */
function clear() {
  stale.clear();
  builders = new Map();
  for (const id of ['folds', 'whatif-out']) if ($(id).firstChild) $(id).replaceChildren();
}

// A part opened (by a tap, the keyboard or a script) is built before it shows; printing builds
// what the slip shows.
document.addEventListener('click', (e) => {
  const d = e.target.closest?.('summary')?.parentElement;
  const id = partOf(d);
  if (id && !d.open && stale.has(id)) build(id);
}, true);
document.addEventListener('toggle', (e) => {
  const id = partOf(e.target);
  if (id && e.target.open && stale.has(id)) build(id);
}, true);
window.addEventListener('beforeprint', buildAll);

/** The glossary at the foot of the page, in the page's language. */
export function gloss() {
  $('gloss').replaceChildren(...t().gloss.flatMap(([k, v]) => [h('dt', {}, h('abbr', { text: k })), h('dd', { text: v })]));
}
gloss();

// ---------- the text to share, the slip, read aloud, the reminder ----------

function inputsSummary(s) {
  const bits = [t().seg[s.seg]?.[0]];
  if (s.seg === 'selfEmployed') {
    const occ = S.rules?.occupations?.find((o) => o.code === s.occ);
    if (occ) bits.push(S.lang === 'id' ? occ.nameId : occ.nameEn);
    if (s.inc) bits.push(`${money(s.inc)} / ${t()[{ day: 'perDay', week: 'perWeek' }[s.per] || 'perMonth']}`);
    if (s.jht) bits.push('JHT');
  } else if (s.seg === 'wageEarner') {
    if (s.many) bits.push(`${t().wage} ${s.wages.map(money).join(', ')}`);
    else if (s.wage) bits.push(`${t().wage} ${money(s.wage)}${Number(s.n) > 1 ? ` × ${fill(t().nWorkers, { n: s.n })}` : ''}`);
    if (s.risk) bits.push(`${t().riskNames[s.risk]} (${fill(t().riskGroupN, { n: s.risk })})`);
    bits.push(t().sizes[s.size]);
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

/** The WhatsApp text: the facts, the headline's sentences, each program, the benefits, the link. */
function shareText() {
  const { s, resp, share } = view;
  const c = resp.contributions;
  const text = [t().textHeader, inputsSummary(s), fill(t().textRules, { date: fmtDate(resp.asOf) }), ...share];
  text.push(c.lines.map((l) => `${l.program} ${money(l.total)}`).join(' · '));
  for (const b of resp.benefits || []) text.push(`${b.program} ${kindName(b)}: ${b.period === 'max' ? t().bPeriod.max + ' ' : ''}${money(b.amount ?? '0')}`);
  text.push(location.href);
  return text.join('\n');
}

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
export function copyLink() {
  copy(location.href);
}
export function copyText() {
  if (stale.has('share')) build('share');
  copy($('text-out').textContent);
}

/** The phone's share sheet for the WhatsApp text when it has one; else the text is copied. */
export async function shareSheet() {
  if (!view) return;
  const text = shareText();
  if (navigator.share) {
    try {
      await navigator.share({ title: t().textHeader, text });
      return;
    } catch (e) {
      if (e?.name === 'AbortError') return;
    }
  }
  copy(text, $('quick-status'));
}

// Read aloud: the browser's own speech, only where the phone has the language's voice.
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
/** Whether the phone can read the language (asked again when its voices change). */
let voiceOf = null;
const hasVoice = () => (voiceOf?.lang === S.lang ? voiceOf.ok : (voiceOf = { lang: S.lang, ok: !!voiceFor(S.lang) }).ok);
/** The button, shown while there is an answer to read and a voice to read it. */
export function updateSpeak(hasAnswer) {
  const b = $('speak');
  const hide = !hasAnswer || !hasVoice();
  if (b.hidden !== hide) b.hidden = hide;
  const label = synth?.speaking ? t().speakStop : t().speak;
  if (b.textContent !== label) b.textContent = label;
}
synth?.addEventListener?.('voiceschanged', () => { voiceOf = null; updateSpeak(!!view); });

/** Amounts as they are said: "Rp11.400" → "11.400 rupiah". */
const spoken = (s) => s.replace(/Rp\s?([\d.,]+(?:\s(?:ribu|juta|miliar|triliun|thousand|million|billion|trillion))?)/g, '$1 rupiah').replace(/[★⚠↓]/g, '');
export function speak() {
  if (!synth || !view) return;
  if (synth.speaking) { synth.cancel(); updateSpeak(true); return; }
  const u = new SpeechSynthesisUtterance(spoken(view.speech.join(' ')));
  u.lang = S.lang === 'id' ? 'id-ID' : 'en-US';
  u.voice = voiceFor(S.lang);
  u.onend = u.onerror = () => updateSpeak(!!view);
  synth.speak(u);
  updateSpeak(true);
}
export function stopSpeaking() {
  synth?.cancel();
}

// A monthly reminder for the phone's calendar: an .ics file made on the device.
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
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//bpjstk-calc//reminder//' + S.lang.toUpperCase(), 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH',
    'BEGIN:VEVENT', `UID:${uid}`, `DTSTAMP:${stamp}`, `DTSTART:${ymd}T080000`, 'DURATION:PT30M', 'RRULE:FREQ=MONTHLY',
    `SUMMARY:${icsEscape(summary)}`, `DESCRIPTION:${icsEscape(details.join('\n'))}`,
    'BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${icsEscape(summary)}`, 'TRIGGER:PT0M', 'END:VALARM',
    'END:VEVENT', 'END:VCALENDAR'].map(icsFold).join('\r\n') + '\r\n';
}
export function downloadReminder() {
  const u = view?.resp.protection?.upkeep;
  if (!u?.dueDay) return;
  const ics = reminderIcs(u, [...view.speech.filter((x) => x !== t().nextSteps), t().icsNote]);
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  const a = h('a', { href: url, download: t().icsFile, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
  $('quick-status').textContent = t().remindDone;
}
