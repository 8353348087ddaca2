// Embed mode: this page framed on a partner's site by www/embed.js (?embed=1). Loaded only
// then (app.js imports it before the engine), so the page's own first visit does not carry it.
import { S } from './base.js';

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
export function result(resp) {
  const c = resp.contributions;
  const detail = {
    segment: resp.segment, asOf: resp.asOf, lang: S.lang, total: c.total,
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
