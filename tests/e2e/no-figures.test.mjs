// The page holds no rule figure of its own: every amount, rate and date of the law comes from
// the engine's response or rules(). This scans the page's sources (comments aside) for rupiah
// amounts, percentages and rate-like decimals.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.mjs';

const WWW = join(ROOT, 'www');
const FIGURE = /Rp\s?\d|\d\s?%|\b0[.,]\d{2,}\b/;

test('the page sources contain no rupiah amount, percentage or rate of their own', () => {
  const files = [
    ...readdirSync(WWW).filter((f) => /\.(js|html|webmanifest)$/.test(f)),
    ...readdirSync(join(WWW, 'data')).map((f) => join('data', f)),
  ];
  assert.ok(files.includes('app.js') && files.includes('index.html'));
  const found = [];
  for (const f of files) {
    readFileSync(join(WWW, f), 'utf8').split('\n').forEach((line, i) => {
      // A full width in layout code (the embed's iframe) is not a figure of the law.
      const code = line.replace(/^\s*(\/\/|\/?\*).*$/, '').replace(/<!--.*?-->/g, '').replace(/\bwidth(="|: ')100%/g, '');
      if (FIGURE.test(code)) found.push(`${f}:${i + 1}: ${line.trim()}`);
    });
  }
  assert.deepEqual(found, []);
});
