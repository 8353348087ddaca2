// Integrity of the pages as shipped (www/*.html): a strict Content-Security-Policy in each
// (no inline script or style, no eval, WebAssembly allowed), and nothing in the markup that
// would need a looser one: no inline script, no inline style, no handler attributes, no
// resource from another origin. The browser tests then fail on any CSP violation they see.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';

const www = new URL('../../www/', import.meta.url);
const pages = readdirSync(www).filter((f) => f.endsWith('.html'));

function policy(html) {
  const m = html.match(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i);
  if (!m) return null;
  return Object.fromEntries(m[1].split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
    const [name, ...values] = d.split(/\s+/);
    return [name, values];
  }));
}

test('there are pages to check', () => assert.ok(pages.includes('index.html') && pages.length >= 2, pages.join()));

for (const file of pages) {
  const html = readFileSync(new URL(file, www), 'utf8');
  test(`${file}: a strict Content-Security-Policy`, () => {
    const csp = policy(html);
    assert.ok(csp, 'a CSP meta tag');
    assert.deepEqual(csp['default-src'], ["'none'"]);
    for (const [name, values] of Object.entries(csp)) {
      for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:']) {
        if (name === 'img-src' && bad === 'data:') continue; // the inline icon
        assert.ok(!values.includes(bad), `${name} allows ${bad}`);
      }
      assert.ok(values.every((v) => v.startsWith("'") || v === 'data:'), `${name} names a host: ${values}`);
    }
    // The pages that run the engine allow WebAssembly, and only through 'wasm-unsafe-eval'.
    if (file === 'index.html' || file === 'bulk.html') {
      assert.ok(csp['script-src'].includes("'wasm-unsafe-eval'"), 'WebAssembly is allowed');
    }
  });
  test(`${file}: no inline script, style or handler, nothing from another origin`, () => {
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      assert.match(m[1], /\bsrc=/, 'a script without src');
      assert.equal(m[2].trim(), '', 'an inline script body');
    }
    assert.doesNotMatch(html, /<style\b/i, 'a <style> element');
    assert.doesNotMatch(html, /\sstyle\s*=/i, 'a style attribute');
    assert.doesNotMatch(html, /\son[a-z]+\s*=/i, 'an event-handler attribute');
    assert.doesNotMatch(html, /(src|href)\s*=\s*"(https?:)?\/\//i, 'a resource from another origin');
  });
}
