// Embed mode: this page framed on a partner's site by www/embed.js (?embed=1). Loaded only
// then (app.js imports it before the engine), so the page's own first visit does not carry it.
// It lays the page out answer first, applies the partner's theme, and tells the partner's page
// the frame's height and each answer.
import { $, S, h } from './base.js';

const Q = new URLSearchParams(location.search);
// Theme values from the frame's URL, each checked against a strict pattern: never raw CSS.
const THEME = {
  accent: [/^#(?:[0-9a-f]{3}){1,2}$/i, '--brand'],
  radius: [/^(?:[12]?\d|3[0-2])px$/, '--radius'],
  font: [/^(?:system-ui|sans-serif|serif|monospace)$/, '--font'],
};
/** The origin of the page that framed this one: named in the URL and confirmed by the browser. */
let parentOrigin = null;

function setup() {
  const root = document.documentElement;
  // (The classes embed and compact are set by app.js, before the first paint.)
  for (const [k, [re, prop]] of Object.entries(THEME)) {
    const v = Q.get(k);
    if (v && re.test(v)) root.style.setProperty(prop, v);
  }
  answerFirst();
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

// ---------- the answer on the frame's first screen ----------

/** The frame's own word (its other texts are the page's). */
const CHANGE = { id: 'Ganti', en: 'Change' };
/** The fields each kind of worker can leave as they are for a first answer (a wage earner's first
 * answer is for one worker), and the risk group's hint: they move below it. */
const LATER = {
  selfEmployed: ['emp', 'jht'],
  wageEarner: ['n', 'many', 'wl', 'prov', 'li', 'risk-hint'],
  construction: [],
  migrant: ['ext', 'mjht', 'mjht-amount'],
};
/** Styles of this layout only, so that the page's own stylesheet does not carry them. A
 * constructed sheet is not inline style: the page's policy (style-src 'self') allows it. */
const CSS = '#seg-set{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem}#seg-set>.choices{flex:1 1 12rem}'
  + '#seg-set:not(.seg-open) .choice:not(:has(input:checked)),#seg-set:not(.seg-open) .choice small,#risk:has(:checked) .choice:not(:has(:checked)) small{display:none}'
  + '#risk-set:not(.risk-open) #risk:has(:checked) .choice:not(:has(:checked)),#risk-set:not(.risk-open) #risk:has(:checked) small,#risk-set:not(:has(:checked)) #risk-change{display:none}'
  + '#seg-change,#risk-change{flex:none;color:var(--brand)}#seg-change::after,#risk-change::after{content:" ▾"/""}.seg-open #seg-change::after,.risk-open #risk-change::after{content:" ▴"/""}'
  + '.card{margin:.6rem 0;padding:.6rem .75rem}.field{margin:.6rem 0}'
  + '@media (min-width:64rem){main.wrap{grid-template-rows:auto auto auto 1fr}#form{grid-row:1}#result{grid-row:1/span 4;margin-top:.6rem}'
  + '#embed-more{grid-column:1;grid-row:2}#ben-set{grid-column:1;grid-row:3}main>#privacy{grid-column:1;grid-row:4}}';

/**
 * On a partner's page the frame is read from its top, and a phone's first screen holds about
 * 640 px of it: the answer has to be there, with no bar at the bottom of the frame to point to
 * it. So the form keeps, above the answer, only the questions a first answer needs (who, and the
 * income, wage, contract value or contract length); the kind of worker the partner chose shows
 * alone, the others one button away; the rest of the questions, the rules' date among them, come
 * right after the answer, and the unofficial-estimate notice after them. Nodes move (not just
 * their looks), so that reading and keyboard order follow.
 */
function answerFirst() {
  const seg = $('seg-set');
  const choices = seg?.querySelector('.choices');
  const step2 = $('step2')?.closest('section');
  const result = $('result');
  if (!choices || !step2 || !result || $('embed-more')) return;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch { return; /* an older browser: the page's own layout, unchanged */ }

  // The steps' headings stay for screen readers; on screen the fields say enough.
  for (const e of [seg.querySelector('legend'), $('step2'), $('result-h')]) e?.classList.add('sr-only');
  choices.id = 'seg-choices';
  // The chosen kind of worker, and the chosen risk group, show alone; a button shows the others.
  const changers = [];
  const changer = (box, id, controls, open) => {
    const b = h('button', { type: 'button', class: 'linkish', id, 'aria-expanded': 'false', 'aria-controls': controls });
    b.addEventListener('click', () => {
      const on = b.getAttribute('aria-expanded') !== 'true';
      b.setAttribute('aria-expanded', String(on));
      box.classList.toggle(open, on);
    });
    changers.push(b);
    return b;
  };
  seg.append(changer(seg, 'seg-change', 'seg-choices', 'seg-open'));
  if ($('risk') && $('risk-set')) $('risk').after(changer($('risk-set'), 'risk-change', 'risk', 'risk-open'));

  const more = h('div', { class: 'card', id: 'embed-more' });
  for (const box of step2.querySelectorAll(':scope > .seg-fields')) {
    // Each kind's later fields in a box of their own, shown and hidden with the kind's box.
    const later = h('div', { 'data-seg': box.dataset.seg });
    for (const id of LATER[box.dataset.seg] || []) {
      // A field, or a hint on its own (the risk group's, whose field stays above).
      const f = $(id)?.matches('.hint') ? $(id) : $(id)?.closest('.field');
      if (f) later.append(f);
    }
    if (!later.children.length) continue;
    later.hidden = box.hidden;
    new MutationObserver(() => { later.hidden = box.hidden; }).observe(box, { attributes: true, attributeFilter: ['hidden'] });
    more.append(later);
  }
  if ($('more-fold')) more.append($('more-fold'));
  // Fields outside the form's element still belong to it.
  for (const f of more.querySelectorAll('input, select, textarea')) f.setAttribute('form', 'form');
  result.after(more);
  if ($('privacy')) more.after($('privacy'));

  // In the page's language, which app.js sets after this module has loaded.
  const word = () => { for (const b of changers) b.textContent = CHANGE[document.documentElement.lang] || CHANGE.id; };
  word();
  new MutationObserver(word).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

let lastSize = 0;
export function sendSize() {
  if (!parentOrigin) return;
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  if (height !== lastSize) post({ type: 'bpjstk:size', height: (lastSize = height) });
}

function post(msg) {
  if (parentOrigin) window.parent.postMessage(msg, parentOrigin);
}

/** `bpjstk:result` once per answer: typing and then leaving the field is one answer, and so is
 * the price answered again by the full module. Computed figures only, not the form. */
let lastResult = '';
export function result(resp, extra) {
  const c = resp.contributions;
  // `extra`: an employer's several workers (`workers`, `allWorkers`), from app.js.
  const detail = {
    ...extra, segment: resp.segment, asOf: resp.asOf, lang: S.lang, total: c.total,
    lines: c.lines.map((l) => ({ program: l.program, period: l.period, total: l.total, worker: l.worker, employer: l.employer, government: l.government })),
    rules: { version: S.rules?.version, dataHash: S.rules?.dataHash },
  };
  const text = JSON.stringify(detail);
  if (text === lastResult) return;
  lastResult = text;
  post({ type: 'bpjstk:result', detail });
  sendSize();
}

setup();
