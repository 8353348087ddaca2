// The embed loader. One tag on a partner's page:
//   <script src="https://CALCULATOR/v1/embed.js" data-lang="id" data-segment="selfEmployed" async></script>
// defines <bpjstk-calculator> and puts one right after the tag (unless data-mount="manual").
// The element holds, in a closed shadow root, an iframe of the calculator page in embed mode
// (index.html?embed=1) on the calculator's own origin: the engine, the form and anything typed
// stay in that frame; nothing is stored on the host's origin. The frame tells the element its
// height and its result by postMessage; the element accepts messages only from its own iframe
// and the calculator's origin, and the frame posts only to the origin that framed it.
// Scripts: window.BPJSTKCalculator.mount(element, options) → { update(options), dispose() }.
// Each tag puts its own widget after itself: a second tag on the same page (an English widget
// beside an Indonesian one) mounts one more, with the element already defined by the first.
// A snippet may hold fallback content inside the element (a link to the calculator): shown as
// it is while the script is blocked, hidden once the element is defined, and shown again if the
// calculator's frame does not answer (a host policy that blocks the frame).
(() => {
  'use strict';
  const me = document.currentScript;
  if (!me || !me.src || !window.customElements) return;
  const defined = !!window.customElements.get('bpjstk-calculator');
  const src = new URL(me.src);
  // v1/embed.js and embed.js both frame the page at the root beside them; a copy served from
  // the host's own origin (from the npm package) names the calculator in data-calculator.
  let PAGE = new URL(/\/v\d+\/embed\.js$/.test(src.pathname) ? '../index.html' : 'index.html', src);
  try {
    const named = me.dataset.calculator && new URL('index.html', new URL(me.dataset.calculator, src));
    if (named && /^https?:$/.test(named.protocol)) PAGE = named;
  } catch { /* not a URL: keep the script's own origin */ }
  const SEGMENTS = ['selfEmployed', 'wageEarner', 'construction', 'migrant'];
  // The theme: CSS custom properties on (or inherited by) the element, each checked against a
  // strict pattern before it goes into the frame's URL.
  const THEME = {
    accent: [/^#(?:[0-9a-f]{3}){1,2}$/i, '--bpjstk-accent'],
    radius: [/^(?:[12]?\d|3[0-2])px$/, '--bpjstk-radius'],
    font: [/^(?:system-ui|sans-serif|serif|monospace)$/, '--bpjstk-font'],
  };
  const ATTRS = ['lang', 'segment', 'compact', 'programs'];

  class Calculator extends HTMLElement {
    static get observedAttributes() { return ATTRS; }

    constructor() {
      super();
      const root = this.attachShadow({ mode: 'closed' });
      try {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(':host{display:block}');
        root.adoptedStyleSheets = [sheet];
      } catch { /* older browsers: the iframe still fills the width */ }
      const f = document.createElement('iframe');
      f.title = 'Kalkulator iuran BPJS Ketenagakerjaan';
      f.referrerPolicy = 'origin';
      Object.assign(f.style, { display: 'block', width: '100%', height: '640px', border: '0', overflow: 'hidden' });
      // The element's own content (the snippet's link), shown only if the frame never answers.
      const fallback = document.createElement('slot');
      fallback.hidden = true;
      root.append(f, fallback);
      this._frame = f;
      this._fallback = fallback;
      this._answered = false;
      f.addEventListener('load', () => {
        clearTimeout(this._watch);
        this._watch = setTimeout(() => {
          if (this._answered) return;
          f.hidden = true;
          fallback.hidden = false;
        }, 8000);
      });
      this._onMessage = (e) => {
        if (e.source !== f.contentWindow || e.origin !== PAGE.origin) return;
        const d = e.data;
        if (!d || typeof d !== 'object') return;
        if (!this._answered) {
          this._answered = true;
          f.hidden = false;
          fallback.hidden = true;
        }
        if (d.type === 'bpjstk:size' && Number.isFinite(d.height)) {
          f.style.height = `${Math.max(120, Math.min(20000, Math.ceil(d.height)))}px`;
        } else if (d.type === 'bpjstk:result') {
          this.dispatchEvent(new CustomEvent('bpjstk:result', { detail: d.detail, bubbles: true, composed: true }));
        }
      };
    }

    connectedCallback() {
      window.addEventListener('message', this._onMessage);
      this._load();
    }

    disconnectedCallback() {
      window.removeEventListener('message', this._onMessage);
      clearTimeout(this._watch);
    }

    attributeChangedCallback() {
      if (this.isConnected) this._load();
    }

    /** The frame's URL from the attributes and the theme; reloads only when it changes. */
    _load() {
      const u = new URL(PAGE);
      u.searchParams.set('embed', '1');
      const lang = this.getAttribute('lang');
      if (lang === 'id' || lang === 'en') u.searchParams.set('lang', lang);
      const seg = this.getAttribute('segment');
      if (SEGMENTS.includes(seg)) u.searchParams.set('segment', seg);
      const programs = (this.getAttribute('programs') || '').split(',').map((p) => p.trim())
        .filter((p) => /^(JKK|JKM|JHT|JP|JKP|JKK\+JKM)$/.test(p));
      if (programs.length) u.searchParams.set('programs', programs.join(','));
      const compact = this.getAttribute('compact');
      if (compact != null && compact !== 'false') u.searchParams.set('compact', '1');
      const css = getComputedStyle(this);
      for (const [k, [re, prop]] of Object.entries(THEME)) {
        const v = css.getPropertyValue(prop).trim();
        if (re.test(v)) u.searchParams.set(k, v);
      }
      u.searchParams.set('parent', location.origin);
      if (this._frame.src !== u.href) this._frame.src = u.href;
    }
  }
  // Before the element is defined (by this tag, the first), so that it upgrades with its
  // options set. A snippet that already has its element just before the tag (with fallback content inside)
  // uses that one; otherwise the tag puts a new one after itself. Either way the tag's data
  // attributes are the options (no inline style, so a strict host policy allows it).
  if (me.dataset.mount !== 'manual') {
    const prev = me.previousElementSibling;
    const own = prev && prev.localName === 'bpjstk-calculator' && !('mounted' in prev.dataset);
    const el = own ? prev : document.createElement('bpjstk-calculator');
    const d = me.dataset;
    el.dataset.mounted = '';
    // Options first, then into the page: the frame loads once, with them.
    apply(el, { lang: d.lang, segment: d.segment, programs: d.programs, compact: d.compact != null ? true : undefined,
      theme: Object.fromEntries(Object.keys(THEME).filter((k) => d[k]).map((k) => [k, d[k]])) });
    if (!own) me.after(el);
  }
  if (!defined) customElements.define('bpjstk-calculator', Calculator);

  /** Sets options on an element: lang, segment, compact, and theme { accent, radius, font }. */
  function apply(el, o) {
    for (const k of ATTRS) {
      if (!(k in o)) continue;
      const v = o[k];
      if (v == null || v === false) el.removeAttribute(k);
      else el.setAttribute(k, v === true ? '' : String(v));
    }
    for (const [k, [re, prop]] of Object.entries(THEME)) {
      if (o.theme && k in o.theme) {
        if (re.test(String(o.theme[k]))) el.style.setProperty(prop, o.theme[k]);
        else el.style.removeProperty(prop);
      }
    }
    if (el.isConnected && el._load) el._load();
  }

  /** Puts a calculator inside `target`; returns { element, update(options), dispose() }. */
  function mount(target, options = {}) {
    const el = document.createElement('bpjstk-calculator');
    apply(el, options);
    target.append(el);
    return {
      element: el,
      update: (o) => apply(el, o || {}),
      dispose: () => el.remove(),
    };
  }
  if (!defined) window.BPJSTKCalculator = Object.freeze({ mount, version: 1 });

})();
