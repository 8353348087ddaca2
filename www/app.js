// The calculator page: reads the form, asks the engine (WebAssembly, on the device), and draws
// the headline of its answer. The page holds no rule figures of its own.
//
// Core first: the form (with every choice, written into index.html by scripts/build-www.sh)
// works before any engine, and keeps what is typed. The price-only module (pkg-core/) answers
// first; the full module (benefits, eligibility, the protection line) follows from the same
// origin and answers from then on. The folded details, share, read-aloud and the reminder
// (details.js), English (i18n-en.js) and the embed's messages (embed-mode.js) load when needed.
import initCore, * as core from './pkg-core/bpjstk_calc.js';
import { $, S, h, morph, t, intl, fill, fillNodes, textOf, money, juta, toSen, fromSen, fmtDate, isoDay, periodWord, byPeriod, payerOf, plain, calc } from './base.js';
import id from './i18n-id.js';

S.T.id = id;
const form = $('form');
const root = document.documentElement;
let liveTimer = 0;
/** details.js once loaded (the folds, share, read aloud, reminder); embed-mode.js in a frame. */
let D = null;
let E = null;

// ---------- small helpers ----------

function today() {
  const n = new Date();
  return isoDay(new Date(Date.UTC(n.getFullYear(), n.getMonth(), n.getDate())));
}
function nextDay(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return isoDay(new Date(Date.UTC(y, m - 1, d + 1)));
}
function shortDate(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return intl('shortDate').format(new Date(Date.UTC(y, m - 1, d)));
}
/** The day `months` months after an ISO day (clamped to the month's end). */
function addMonths(iso, months) {
  const [y, m, d] = iso.split('-').map(Number);
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return isoDay(new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))));
}
/** What the user typed as an amount → the engine's decimal string ("" when empty, null when it
 * cannot be read for sure). "Rp" may lead; a dot, comma or space between groups of exactly three
 * digits (the same one throughout) groups thousands; one or two digits after the last dot or
 * comma are sen ("2.500.000,50", "2,500,000.00"). Anything else is not guessed at. */
function amount(v) {
  v = String(v ?? '').trim();
  const m = /^(?:Rp\.?\s*)?(\d{1,3}(?:([., ])\d{3}(?:\2\d{3})*)?|\d+)(?:[.,](\d\d?))?$/i.exec(v);
  if (!m) return v ? null : '';
  const i = m[1].replace(/\D/g, '').replace(/^0+(?=\d)/, '');
  const f = (m[3] || '').padEnd(2, '0');
  // Sen after fewer than four digits is shorthand ("2,5" for 2,5 juta), never a wage or income.
  return +f ? (i.length > 3 ? `${i}.${f}` : null) : i;
}
/** An amount as the page writes it ("2.500.000,50"); what cannot be read stays as typed. */
function groupDigits(v) {
  const a = amount(v);
  return a == null ? v : a && money(a).slice(2);
}
const num = (n) => intl('number').format(n);

// ---------- state: the form ⇄ the URL fragment (never sent to a server) ----------

const KEYS = ['seg', 'occ', 'inc', 'per', 'jht', 'pub', 'emp', 'wage', 'n', 'many', 'wl', 'risk', 'size', 'li', 'basis', 'cv', 'months', 'ext', 'mjht', 'mjhta', 'birth', 'date', 'mem', 'ev', 'im', 'jhtbal', 'mc', 'ms', 'l24', 'prov'];
const MONEY_INPUTS = ['inc', 'wage', 'cv', 'mjhta', 'jhtbal'];
/** The employer's list of wages, one per line (or between semicolons, spaces, or a comma and a
 * space), each read as one amount → [the amounts joined by "-" as the state and links keep them,
 * the amounts, the line of each, the first line that is not an amount, said]. */
function wageList(v) {
  const w = [];
  const lines = [];
  let err = '';
  v.split('\n').forEach((l, i) => {
    for (const x of l.replace(/Rp\.?\s*/gi, '').split(/[\s;]+|,(?=\s|$)/)) {
      const a = x && amount(x);
      if (a) { w.push(a); lines.push(i + 1); } else if (a == null) err ||= fill(t().badLine, { n: i + 1, x: x.slice(0, 20) });
    }
  });
  return [w.join('-'), w, lines, err];
}
/** At most this many wages in the list, and workers on one wage (the range of the bulk page's
 * reader); more: the bulk page (a CSV file). */
const MAX_WAGES = 50;
const MAX_WORKERS = 1_000_000n;

/** The form's fields by name, looked up once (a keystroke reads them all). */
const fields = {};
const field = (k) => (fields[k] ??= form.elements[k]);

function readForm() {
  // `bad`: the fields whose amount cannot be read, and why.
  const s = { lang: S.lang, bad: {} };
  for (const k of KEYS) {
    const f = field(k);
    if (!f) continue;
    if (f instanceof RadioNodeList) s[k] = f.value || '';
    else if (f.type === 'checkbox') s[k] = f.checked ? '1' : '';
    else if (k === 'wl') [s.wl, s.wages, s.lines, s.bad.wl] = wageList(f.value);
    else if (MONEY_INPUTS.includes(k)) {
      s[k] = amount(f.value) ?? '';
      if (s[k] === '' && f.value.trim()) s.bad[k] = t().badAmount;
    } else s[k] = f.value;
  }
  return s;
}

/** Whether a field still holds what the page came with (nothing chosen or typed in it yet). */
function pristine(f) {
  if (f instanceof RadioNodeList) return [...f].every((r) => r.checked === r.defaultChecked);
  if (f.type === 'checkbox') return f.checked === f.defaultChecked;
  if (f.tagName === 'SELECT') return f.value === ([...f.options].find((o) => o.defaultSelected) || f.options[0])?.value;
  return f.value === f.defaultValue;
}

/** Writes a state into the form; `keepTyped`: leaves alone the fields already changed by hand
 * (someone who starts typing before the page's code has arrived loses nothing). */
function writeForm(s, keepTyped = false) {
  for (const k of KEYS) {
    const f = field(k);
    if (!f || s[k] == null || (keepTyped && !pristine(f))) continue;
    if (f instanceof RadioNodeList) f.value = s[k];
    else if (f.type === 'checkbox') f.checked = s[k] === '1';
    else f.value = MONEY_INPUTS.includes(k) ? groupDigits(s[k]) : k === 'wl' ? s[k].split('-').map(groupDigits).join('\n') : s[k];
  }
}

function stateToHash(s) {
  const p = new URLSearchParams();
  const seg = s.seg;
  const used = {
    selfEmployed: ['occ', 'inc', 'per', 'jht', 'pub', 'emp', 'birth', 'jhtbal', 'mem'],
    wageEarner: [...(s.many ? ['many', 'wl'] : ['wage', 'n']), 'prov', 'risk', 'size', 'li', 'birth', 'jhtbal', 'mem'],
    construction: ['basis', 'cv'],
    migrant: ['months', 'ext', 'mjht', 'mjhta', 'birth', 'jhtbal', 'mem'],
  }[seg] || [];
  used.push('ev', 'mc', 'ms');
  if (s.ev === 'jobLoss') used.push('l24');
  if (s.ev === 'workAccident') used.push('im');
  p.set('seg', seg);
  for (const k of used) if (s[k] && !(k === 'mjhta' && !s.mjht) && !(k === 'n' && s.n === '1')) p.set(k, s[k]);
  p.set('date', s.date);
  if (s.lang !== 'id') p.set('lang', s.lang);
  return '#' + p.toString();
}

function hashToState() {
  const p = new URLSearchParams(location.hash.slice(1));
  const s = {};
  for (const [k, v] of p) if (KEYS.includes(k) || k === 'lang') s[k] = v.slice(0, k === 'wl' ? 999 : 40);
  return s;
}

const Q = new URLSearchParams(location.search);
const EMBED = Q.get('embed') === '1';
const SEGMENTS = ['selfEmployed', 'wageEarner', 'construction', 'migrant'];
// Framed on a partner's site (www/embed.js): without the page's own chrome from the first paint.
if (EMBED) {
  root.classList.add('embed');
  if (Q.get('compact') === '1') root.classList.add('compact');
}

// ---------- the request for the engine ----------

function buildRequest(s) {
  const r = { asOf: s.date, segment: s.seg, lang: S.lang };
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
    // The first wage's answer is the one detailed; the employer's other wages are priced apart.
    const wage = s.many ? s.wages[0] : s.wage;
    if (!wage) need.push(s.many ? 'wl' : 'wage');
    if (!s.risk) need.push('risk');
    // Asked, never assumed: the size decides which programs are mandatory.
    if (!s.size) need.push('size');
    r.monthlyWage = wage;
    r.riskGroup = Number(s.risk);
    if (s.size) r.enterpriseSize = s.size;
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

/** The request's keys about benefits, which the price-only module refuses: left out when it
 * answers (the price does not depend on them). */
const BENEFIT_KEYS = ['history', 'event', 'jhtBalance', 'assumptions', 'citizenship', 'family', 'member'];
function priceOnly(request) {
  const r = { ...request };
  for (const k of BENEFIT_KEYS) delete r[k];
  return r;
}

const FIELD_INPUT = {
  monthlyIncome: 'inc', weeklyIncome: 'inc', dailyIncome: 'inc', occupation: 'occ',
  contractValue: 'cv', extensionMonths: 'ext', jhtMonthlyAmount: 'mjhta', birthDate: 'birth', asOf: 'date',
  jhtBalance: 'jhtbal', 'event.kind': 'ev', 'event.date': 'ev', 'event.incapacityMonths': 'im', 'history.monthsContributed': 'mc',
  employsOthers: 'emp', includeJht: 'jht', publicBudget: 'pub', enterpriseSize: 'size',
  'history.membershipStart': 'ms', 'history.last24': 'l24',
};

// ---------- the headline: what you pay, until when and then, and what it buys ----------

/** The cost once the relief(s) in the response end, asked of the engine for that date. */
function afterRelief(request, resp) {
  const out = [];
  let cur = resp;
  for (let i = 0; i < 3; i++) {
    const until = cur.contributions.lines.map((l) => l.relief?.until).filter(Boolean).sort().pop();
    if (!until) break;
    const date = nextDay(until);
    if (S.rules && date > S.rules.computesUntil) break;
    const r = calc({ ...request, asOf: date });
    if (!r.ok) break;
    out.push({ date, until, resp: r.ok });
    cur = r.ok;
  }
  return out;
}

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

/** Warnings about a fact the page asks itself (beside its field), said with the assumptions. */
const ASKED = { ownAccountAssumed: 'emp' };

/** A wage earner's headline, for one worker or an employer's several: what the employer pays
 * and what each payslip deducts (the bill and the government's share follow as for everyone).
 * `group`: the engine's totals for each distinct wage and how many workers earn it; only sums
 * and products of the engine's amounts, in sen. Returns how many workers, and the sums. */
function wageHead(group, head, share, peek) {
  const T = t();
  let n = 0n;
  const sum = { employer: 0n, worker: 0n, government: 0n };
  for (const g of group) {
    n += g.count;
    for (const k in sum) sum[k] += toSen(g.c[k]) * g.count;
  }
  const m = (v) => money(fromSen(v));
  const per = periodWord('month');
  const line = (cls, lead, id, amount, rest = '') => {
    head.append(h('p', { class: cls }, h('span', { class: 'lead', text: lead }), h('strong', { 'data-testid': id, class: amount.length > 15 ? 'long' : null, text: amount }), rest && h('span', { text: rest })));
    share.push(`${lead}: ${amount}${rest}`);
    peek.push(`${lead}: ${amount}`);
  };
  const one = group.length === 1 && group[0].c;
  if (n === 1n) {
    line('big', T.deduct1, 'you-pay', money(one.worker), ' ' + per);
    line('mid', T.employer1, 'employer', money(one.employer));
  } else {
    line('big', T.empCost, 'employer', m(sum.employer), ' ' + fill(one ? T.empEach : T.empAll, { per, n: num(n), each: one && money(one.employer) }));
    if (one) line('mid', T.deductEach, 'deduction', money(one.worker));
    else {
      const b = (v) => h('b', { text: money(v) });
      head.append(h('ul', { class: 'wages', 'data-testid': 'wages' }, group.map((g) => {
        const li = h('li', { 'data-wage': g.wage }, fillNodes(T.wageRow, { n: g.count, wage: b(g.wage), employer: b(g.c.employer), worker: b(g.c.worker) }));
        share.push(li.textContent);
        return li;
      })));
      line('mid', T.deductAll, 'deduction', m(sum.worker));
    }
  }
  for (const k in sum) sum[k] = fromSen(sum[k]);
  return [n, sum];
}

/** Draws the headline of an answer (all a keystroke redraws); the details follow lazily. */
function renderHead(s, request, resp, group) {
  const c = resp.contributions;
  const seg = resp.segment;
  const full = S.kind === 'full';
  const p = resp.protection;
  const periods = byPeriod(c);
  // The headline's sentences, for the WhatsApp text (share) and read aloud (speech).
  const share = [];
  const speech = [];
  const peek = [];

  const head = h('div', { class: 'headline', 'data-testid': 'headline' });
  // An employer's several workers: no family line ("if you die") for them all.
  const [n, sum] = group ? wageHead(group, head, share, peek) : [];
  const many = n > 1n;
  for (const [per, tot] of group ? [['month', sum]] : periods) {
    const mine = !group && (toSen(tot.worker) > 0n || seg === 'selfEmployed');
    if (mine) {
      head.append(h('p', { class: 'big' }, h('span', { class: 'lead', text: t().youPay }), h('strong', { 'data-testid': 'you-pay', text: money(tot.worker) }), h('span', { text: ' ' + periodWord(per) })));
      share.push(fill(t().textYouPay, { amount: money(tot.worker), period: periodWord(per) }));
      peek.push(`${money(tot.worker)} ${periodWord(per)}`);
    }
    // The bill is what the employer and the workers pay; the government's share (JKP) is shown
    // apart, never added into it.
    const bill = money(fromSen(toSen(tot.employer) + toSen(tot.worker)));
    if (!mine || toSen(tot.employer) !== 0n) {
      head.append(h('p', { class: mine || group ? 'mid' : 'big' }, h('span', { class: 'lead', text: per === 'once' ? t().totalOnce : t().totalMonthly }), h('strong', { 'data-testid': 'total', text: bill })));
      share.push(fill(t().textTotal, { amount: bill, period: periodWord(per) }));
      if (!mine && !group) peek.push(`${bill} ${periodWord(per)}`);
    }
    if (toSen(tot.government) !== 0n) {
      const gov = fill(t().govShare, { amount: money(tot.government) });
      head.append(h('p', { class: 'perday', 'data-testid': 'government', text: gov }));
      share.push(gov);
    }
  }
  if (many) head.append(h('p', { class: 'hint', 'data-testid': 'detail-for', text: fill(t().detailFor, { wage: money(group[0].wage) }) }));
  speech.push(...share);
  if (c.perDay) {
    const day = fill(t().perDayApprox, { amount: money(c.perDay.worker) });
    head.append(h('p', { class: 'perday', 'data-testid': 'per-day', text: day }));
    if (share.length) share[0] += ` (${day})`;
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
  const after = reliefs.size ? afterRelief(S.kind === 'core' ? priceOnly(request) : request, resp) : [];
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
    share.push(textOf(pieces));
    speech.push(textOf(pieces));
  }

  // What it buys: from the full module; the price-only one leaves a place for it.
  const famPieces = many ? [] : familyLine(p);
  const fam = textOf(famPieces);
  if (fam) {
    head.append(h('p', { class: 'family', 'data-testid': 'protection' }, ...famPieces));
    share.push(fam);
    speech.push(fam);
  } else if (!full && seg !== 'construction' && !many) {
    head.append(h('p', { class: 'family pending', 'data-testid': 'protection-pending', text: t().protectionPending }));
  }
  const keep = keepLine(p?.upkeep);
  const parts = [head];
  if (keep) parts.push(h('p', { class: 'keep', 'data-testid': 'keep' }, h('span', { 'aria-hidden': 'true', text: '⚠ ' }), keep));

  const warnings = (resp.warnings || []).filter((w) => !ASKED[w.code]);
  const asked = (resp.warnings || []).filter((w) => ASKED[w.code]);
  if (warnings.length) {
    parts.push(h('div', { class: 'warn', role: 'note' }, h('h3', { text: '⚠ ' + t().warnings }), h('ul', {}, warnings.map((w) => h('li', { text: plain(w.message) })))));
  }
  morph($('out'), parts);

  // Next steps, read aloud after the headline: join (unless a member), pay on time.
  speech.push(t().nextSteps);
  if (p && p.member !== 'yes' && p.upkeep) speech.push(t().registerStep);
  if (keep) speech.push(keep);

  show($('share'), true);
  show($('after-head'), true);
  show($('mem-set'), seg !== 'construction');
  show($('remind'), !!p?.upkeep?.dueDay);
  if ($('quick-status').textContent) $('quick-status').textContent = '';
  setBanner(resp.asOf, resp.rules.verifiedUntil);
  if (fam) peek.push(fam);
  showPeek(peek);

  clearTimeout(liveTimer);
  const live = speech.slice(0, 2).join('. ');
  liveTimer = setTimeout(() => { $('live').textContent = live; }, 800);
  // An employer's workers: how many, and what all of them cost (the partner's page hears it).
  E?.result(resp, group && { workers: Number(n), allWorkers: sum });

  lastView = { s, request, resp, periods, reliefs, after, asked, share, speech };
  D?.render(lastView);
}
let lastView = null;

function setBanner(asOf, verifiedUntil) {
  const b = $('rules-banner');
  show(b, true);
  const msg = [fill(t().rulesBanner, { date: fmtDate(asOf), verified: fmtDate(verifiedUntil) })];
  if (asOf > verifiedUntil) msg.push(fill(t().rulesAfter, { verified: fmtDate(verifiedUntil) }));
  const text = msg.join(' ');
  if (b.textContent !== text) b.textContent = text;
}

/** No answer to show (facts missing, refused, or no engine yet): nothing to fold, share or read. */
function noResult() {
  lastView = null;
  D?.render(null);
  for (const id of ['share', 'after-head', 'rules-banner']) $(id).hidden = true;
  $('peek').dataset.has = '';
  placePeek();
}

/** Whether an error is shown beside a field (most keystrokes have none to clear). */
let errorShown = true;
function clearErrors() {
  if (!errorShown) return;
  errorShown = false;
  for (const e of document.querySelectorAll('.err')) if (!e.hidden || e.textContent) { e.hidden = true; e.textContent = ''; }
  for (const e of document.querySelectorAll('[aria-invalid]')) e.removeAttribute('aria-invalid');
}

function showError(err, s, fid = FIELD_INPUT[err.field]) {
  if (err.field === 'monthlyWage') fid = s.seg === 'construction' ? 'cv' : s.many ? 'wl' : 'wage';
  const box = fid && $(fid + '-err');
  errorShown = true;
  if (box) {
    const fold = box.closest('details:not([open])');
    if (fold) fold.open = true;
    box.textContent = plain(err.message);
    box.hidden = false;
    $(fid).setAttribute('aria-invalid', 'true');
  }
  $('out').replaceChildren(h('p', { class: 'error', role: 'alert' }, box ? `${t().fieldError}: ${plain(err.message)}` : plain(err.message)));
  noResult();
}

// ---------- the loop: form → state → URL → engine → page ----------

/** Shows or hides an element, touching it only if that changes. */
const show = (el, on) => { if (el.hidden === on) el.hidden = !on; };
const segFields = document.querySelectorAll('.seg-fields');
function showSegment(seg) {
  for (const f of segFields) show(f, f.dataset.seg === seg);
  show($('birth-field'), seg !== 'construction');
  show($('jhtbal-field'), seg !== 'construction');
  show($('l24-field'), field('ev').value === 'jobLoss');
  show($('im-field'), field('ev').value === 'workAccident');
  show($('mjht-amount'), field('mjht').checked);
  const many = field('many').checked;
  show($('wage-field'), !many);
  show($('n-field'), !many);
  show($('wl-field'), many);
  const cv = field('basis').value === 'wage' ? t().wage : t().contractValue;
  if ($('cv-label').textContent !== cv) $('cv-label').textContent = cv;
}

/** The provincial minimum wages (page data, not a rule of the engine), fetched when a wage
 * earner first picks a province. */
let umpData = null;
let umpLoading = null;
function loadUmp() {
  umpLoading ??= fetch(new URL('data/ump.json', import.meta.url)).then((r) => (r.ok ? r.json() : null)).catch(() => null)
    .then((d) => { umpData = d; if (d) showUmp(readForm()); });
  return umpLoading;
}

/** The provincial minimum wage of the chosen province for the year of the date, and a note
 * when the wage is below it. */
function showUmp(s) {
  const box = $('ump');
  const btn = $('use-ump');
  btn.hidden = true;
  const wages = s.many ? s.wages : [];
  if (!s.prov) { box.textContent = ''; return; }
  if (!umpData) { loadUmp(); return; }
  const p = umpData.provinces?.find((x) => x.name === s.prov);
  if (!p) { box.textContent = ''; return; }
  const year = (s.date || '').slice(0, 4);
  const u = p[year];
  if (!u) { box.textContent = fill(t().umpNone, { prov: p.name, year }); return; }
  const parts = [fill(t().umpLine, { prov: p.name, year, amount: money(u.amount) })];
  if (u.decree) parts.push(fill(t().umpSource, { decree: u.decree }));
  parts.push(t().umpUmk);
  const kids = [parts.join(' ')];
  if (!u.verified) kids.push(h('span', { class: 'unverified', text: ` ⚠ ${t().unverified}` }));
  // A list: how many of its wages are below the minimum; one wage: whether it is.
  const below = wages.filter((w) => toSen(w) < toSen(u.amount)).length;
  if (below || (!s.many && s.wage && toSen(s.wage) < toSen(u.amount))) kids.push(h('strong', { class: 'below', text: s.many ? fill(t().belowUmpN, { n: num(below) }) : t().belowUmp }));
  box.replaceChildren(...kids);
  if (s.many) return;
  // Whole rupiah at or above the minimum (some decrees carry sen).
  const sen = toSen(u.amount);
  btn.dataset.amount = String(sen % 100n === 0n ? sen / 100n : sen / 100n + 1n);
  btn.hidden = false;
}

/** The URL fragment follows the form; while a number is being typed, once typing pauses (a
 * history entry replaced on every keystroke costs more than the answer). */
let hashTimer = 0;
let pendingState = null;
function syncHash(s, later = false) {
  clearTimeout(hashTimer);
  pendingState = null;
  if (later) {
    pendingState = s;
    hashTimer = setTimeout(flushHash, 300);
    return;
  }
  const hash = stateToHash(s);
  if (location.hash !== hash) history.replaceState(null, '', hash);
}
function flushHash() {
  if (pendingState) syncHash(pendingState);
}

let lastKey = '';
/** `typing`: a keystroke in a text or number field. */
function update(typing = false) {
  const s = readForm();
  showSegment(s.seg);
  if (s.seg === 'wageEarner') { loadUmp(); showUmp(s); }
  syncHash(s, typing);
  if (s.seg === 'wageEarner') $('wl-count').textContent = s.many && s.lines.length && !s.bad.wl ? fill(t().wagesRead, { n: num(s.lines.length) }) : '';
  // An amount that cannot be read, in a field in use: said beside it, and no figure.
  const bad = Object.keys(s.bad).find((k) => s.bad[k] && !$(k).closest('[hidden]'));
  if (bad) {
    lastKey = '';
    clearErrors();
    return showError({ message: s.bad[bad] }, s, bad);
  }
  const { request, need } = buildRequest(s);
  // The same facts as the answer on screen (a field's "change" after its "input"): nothing to
  // redo, and a tap on a fold that blurred the field still opens it.
  const key = need.length || !S.engine ? '' : `${JSON.stringify(request)}|${s.prov}|${S.kind}|${s.many ? s.wl : s.n}`;
  if (key && key === lastKey) return;
  lastKey = key;
  clearErrors();
  if (need.length || !S.engine) {
    // Facts missing; or all there before the engine has arrived: the answer comes with it.
    // The size is asked, never assumed: said in the answer, and beside its field once it is all
    // that is missing.
    const size = need.includes('size');
    const msg = !need.length ? t().computing : size ? t().needSize : t().needInput;
    $('out').replaceChildren(h('p', { class: need.length ? null : 'pending', text: msg }));
    if (size && need.length === 1) {
      $('size-err').textContent = t().sizeMissing;
      $('size-err').hidden = false;
      errorShown = true;
    }
    noResult();
    $('live').textContent = '';
    return;
  }
  // The employer's workers: how many earn each wage (a list, or one wage for n workers).
  let counts = null;
  // The list's first line with a wage, for the engine's refusal of it ("baris 2: …").
  const lineOf = new Map();
  const at = (e, w) => (s.many && e.field === 'monthlyWage' ? { ...e, message: `${fill(t().lineN, { n: lineOf.get(w) })}: ${e.message}` } : e);
  if (s.seg === 'wageEarner') {
    counts = new Map();
    const n = /^0*[1-9]\d*$/.test(s.n || '1') && BigInt(s.n || '1');
    if (s.many) s.wages.forEach((w, i) => { counts.set(w, (counts.get(w) || 0n) + 1n); if (!lineOf.has(w)) lineOf.set(w, s.lines[i]); });
    else if (n && n <= MAX_WORKERS) counts.set(s.wage, n);
    else return showError({ message: n ? fill(t().tooManyWorkers, { n: num(MAX_WORKERS) }) : t().badWorkers }, s, 'n');
    if (s.many && s.wages.length > MAX_WAGES) return showError({ message: fill(t().tooManyWages, { n: MAX_WAGES }) }, s, 'wl');
  }
  // The price-only module answers the price alone; the benefits wait for the full one.
  const r = calc(S.kind === 'core' ? priceOnly(request) : request);
  if (r.err) return showError(at(r.err, request.monthlyWage), s);
  // Each other wage priced by the engine too (the price alone: the details are the first's).
  let group = null;
  if (counts) {
    group = [];
    for (const [wage, count] of counts) {
      const x = wage === request.monthlyWage ? r : calc(priceOnly({ ...request, monthlyWage: wage }));
      if (x.err) return showError(at(x.err, wage), s);
      group.push({ wage, count, c: x.ok.contributions.total });
    }
  }
  renderHead(s, request, r.ok, group);
}

// ---------- texts in the chosen language ----------

/** The texts of a language, loaded once (Indonesian comes with the page). */
async function texts(l) {
  if (!S.T[l]) S.T[l] = (await import('./i18n-en.js')).default;
  return S.T[l];
}

function tk(key) {
  let v = t();
  for (const part of key.split('.')) v = v == null ? v : v[part];
  return v;
}
/** The page's Indonesian texts that live only in index.html (the form's choices, written by the
 * build from the engine's rules() and the page data): kept before another language replaces
 * them. */
let original = null;

function applyTexts() {
  root.lang = S.lang;
  document.title = t().title;
  const nodes = document.querySelectorAll('[data-t]');
  if (!original && S.lang !== 'id') original = new Map([...nodes].map((e) => [e, e.textContent]));
  // Only changed texts are written: rewriting equal text repaints it (and delays the page's
  // largest paint for nothing).
  for (const e of nodes) {
    let v = tk(e.dataset.t);
    if (typeof v !== 'string' && S.lang === 'id') v = original?.get(e);
    if (typeof v === 'string' && e.textContent !== v) e.textContent = v;
  }
  const other = S.lang === 'id' ? 'en' : 'id';
  const b = $('lang');
  if (b.textContent !== t().switchLang) b.textContent = t().switchLang;
  b.setAttribute('lang', other);
  b.setAttribute('aria-label', t().switchLangLabel);
  D?.gloss();
  footer();
  for (const fid of MONEY_INPUTS) { const f = $(fid); if (f.value) f.value = groupDigits(f.value); }
  setStatus();
}

/** The rules version and data hash, and the engine's version, once the full module is in use. */
function footer() {
  if (S.kind !== 'full') return;
  $('foot').textContent = fill(t().footer, { version: S.rules.version, hash: S.rules.dataHash });
  let v = '';
  try { v = S.engine.version?.() || ''; } catch { v = ''; }
  if (typeof v === 'object' && v) v = v.engine || v.version || JSON.stringify(v);
  $('foot-engine').textContent = v ? fill(t().engine, { version: v }) : '';
}

/** Another language: its texts first (loaded once), then the page in it. */
async function setLang(l) {
  if (!S.T[l]) await texts(l);
  S.lang = l;
  applyTexts();
}

async function switchLang() {
  D?.stopSpeaking();
  await setLang(S.lang === 'id' ? 'en' : 'id');
  lastKey = '';
  update();
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
  if (st.textContent !== msg) st.textContent = msg;
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

// ---------- the answer in brief at the bottom of a phone screen ----------

/** The headline in brief, fixed at the bottom of the screen while the answer itself is further
 * down (as while the form is filled); gone once the answer is on screen. */
const peekWatch = 'IntersectionObserver' in window ? new IntersectionObserver(() => placePeek(), { threshold: [0, 1] }) : null;
function showPeek(lines) {
  const el = $('peek');
  morph(el, [...lines.map((l) => h('span', { class: 'pk', text: l })), h('span', { class: 'pk-go', 'aria-hidden': 'true', text: '↓' })]);
  el.dataset.has = lines.length ? '1' : '';
  // Placed in the next frame, with the layout that frame makes anyway (not one more of its own).
  if (!peekFrame) peekFrame = requestAnimationFrame(() => { peekFrame = 0; placePeek(true); });
}
let peekFrame = 0;
let peekHeight = -1;
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
  if (el.hidden !== !show) el.hidden = !show;
  const height = show ? el.offsetHeight : 0;
  if (height !== peekHeight) root.style.setProperty('--peek-h', `${(peekHeight = height)}px`);
  // The field being typed in stays above the bar.
  const a = document.activeElement;
  if (nudge && height && a && a !== document.body && a.closest('#main')) {
    const ar = a.getBoundingClientRect();
    const over = ar.bottom + 8 - (window.innerHeight - height);
    if (over > 0 && ar.top - over > 0) window.scrollBy(0, over);
  }
}

// ---------- the engines and the lazy parts ----------

let detailsLoading = null;
function details() {
  detailsLoading ??= import('./details.js').then((m) => {
    D = m;
    root.dataset.details = 'loaded';
    D.render(lastView);
  }, (e) => {
    detailsLoading = null;
    throw e;
  });
  return detailsLoading;
}

/** An engine module ready: answer with it what is on the form. */
function use(mod, kind) {
  S.engine = mod;
  S.kind = kind;
  S.rules ??= mod.rules();
  root.dataset.engine = kind;
  sw.loaded = true;
  setStatus();
  footer();
  update();
}

/** The full module (benefits, eligibility, protection): its glue and wasm fetched together. */
async function loadFull() {
  const wasm = fetch(new URL('pkg/bpjstk_calc_bg.wasm', import.meta.url));
  const full = await import('./pkg/bpjstk_calc.js');
  await full.default({ module_or_path: wasm });
  use(full, 'full');
}

// ---------- start ----------

/** The page's own defaults that index.html cannot carry (today's date). */
function defaults() {
  return { date: today() };
}

function listen() {
  // The form's fields include some placed after the answer (form="form"): listen on the page.
  const ours = (e) => e.target.form === form && update(e.type === 'input' && /^(text|number)$/.test(e.target.type));
  $('main').addEventListener('input', ours);
  $('main').addEventListener('change', ours);
  form.addEventListener('submit', (e) => e.preventDefault());
  const later = (f) => () => details().then(() => { flushHash(); D.render(lastView, true); f(D); });
  $('remind').addEventListener('click', later((d) => d.downloadReminder()));
  $('share-btn').addEventListener('click', later((d) => d.shareSheet()));
  $('speak').addEventListener('click', later((d) => d.speak()));
  $('copy-link').addEventListener('click', later((d) => d.copyLink()));
  $('share').addEventListener('toggle', flushHash);
  window.addEventListener('beforeprint', flushHash, true);
  $('copy-text').addEventListener('click', later((d) => d.copyText()));
  $('print').addEventListener('click', () => window.print());
  window.addEventListener('resize', () => placePeek());
  for (const fid of MONEY_INPUTS) $(fid).addEventListener('blur', (e) => { e.target.value = groupDigits(e.target.value); });
  $('lang').addEventListener('click', switchLang);
  $('use-ump').addEventListener('click', (e) => {
    $('wage').value = groupDigits(e.target.dataset.amount);
    update();
  });
  window.addEventListener('online', setStatus);
  window.addEventListener('offline', setStatus);
  window.addEventListener('hashchange', async () => {
    // Another link in the same tab: every field from the page's defaults, then the link's values
    // (a link leaves out what is at its default, such as one worker).
    const n = hashToState();
    const l = n.lang === 'en' ? 'en' : 'id';
    if (l !== S.lang) await setLang(l);
    form.reset();
    writeForm({ ...defaults(), ...n });
    if (n.ev) $('ben-set').open = true;
    update();
  });
}

async function start() {
  const s = hashToState();
  if (EMBED) {
    // Not in the offline copy (a frame stores none): a framed page opened offline still computes.
    E = await import('./embed-mode.js').catch(() => null);
    if (!s.lang && Q.get('lang') === 'en') s.lang = 'en';
    if (!s.seg && SEGMENTS.includes(Q.get('segment'))) s.seg = Q.get('segment');
  }
  // The form works at once: the state of a shared link, today's date, and whatever was typed
  // before this code arrived, kept as it is.
  writeForm({ ...defaults(), ...s }, true);
  if (s.ev) $('ben-set').open = true;
  // Rules of another day than today: the date is shown, not folded away.
  if (s.date && s.date !== today()) $('more-fold').open = true;
  listen();
  if (s.lang === 'en') await setLang('en');
  update();
  // The price-only module (its wasm preloaded by index.html) answers first; the full module
  // follows right after it, and answers from then on.
  await initCore({ module_or_path: new URL('pkg-core/bpjstk_calc_bg.wasm', import.meta.url) });
  use(core, 'core');
  // The full module right after that answer (in the next task: its bytes arrive while the price
  // is read, and nothing else competes with them); again when the signal returns, should it
  // fail. Then the details' code and English.
  await new Promise((r) => setTimeout(r, 0));
  for (;;) {
    try {
      await loadFull();
      break;
    } catch (e) {
      console.warn(e);
      await new Promise((r) => window.addEventListener('online', r, { once: true }));
    }
  }
  await details().catch((e) => console.warn(e));
  // English, so that the switch is instant (the offline copy stores it anyway).
  texts('en').catch(() => {});
  // The offline copy is stored once the page is complete, so it never competes with an
  // answer. A framed page stores none: its storage belongs to the partner's site's partition.
  if (EMBED) return;
  if (document.readyState === 'complete') setTimeout(registerWorker, 500);
  else window.addEventListener('load', () => setTimeout(registerWorker, 500));
}

start().catch((e) => {
  // The price-only answer stays if the full module fails; only an engine-less page says so.
  if (!S.engine) sw.failed = true;
  setStatus();
  console.warn(e);
});
