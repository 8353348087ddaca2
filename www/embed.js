// The embed loader. One tag on a partner's page:
//   <script src="https://CALCULATOR/v1/embed.js" data-lang="id" data-segment="selfEmployed" async></script>
// defines <bpjstk-calculator> and puts one right after the tag (unless data-mount="manual").
// The element holds, in a closed shadow root, an iframe of the calculator page in embed mode
// (index.html?embed=1) on the calculator's own origin: the engine, the form and anything typed
// stay in that frame; nothing is stored on the host's origin. The frame tells the element its
// height and its result by postMessage; the element accepts messages only from its own iframe
// and the calculator's origin, and the frame posts only to the origin that framed it.
// Scripts: window.BPJSTKCalculator.mount(element, options) → { update(options), dispose() }.
(() => {
  'use strict';
  const me = document.currentScript;
  if (!me || !me.src || window.customElements?.get('bpjstk-calculator')) return;
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
      root.append(f);
      this._frame = f;
      this._onMessage = (e) => {
        if (e.source !== f.contentWindow || e.origin !== PAGE.origin) return;
        const d = e.data;
        if (!d || typeof d !== 'object') return;
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
  customElements.define('bpjstk-calculator', Calculator);

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
    if (el.isConnected) el._load();
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
  window.BPJSTKCalculator = Object.freeze({ mount, version: 1 });

  if (me.dataset.mount !== 'manual') {
    const el = document.createElement('bpjstk-calculator');
    const d = me.dataset;
    apply(el, { lang: d.lang, segment: d.segment, programs: d.programs, compact: d.compact != null ? true : undefined,
      theme: Object.fromEntries(Object.keys(THEME).filter((k) => d[k]).map((k) => [k, d[k]])) });
    me.after(el);
  }
})();
