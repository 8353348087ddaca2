// The npm package as a user gets it: pkg/ packed with `npm pack`, installed into an empty
// project, imported by name, and the README's Node example run there (taken from README.md, so
// the documented example cannot rot).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url);
let project;

before(() => {
  project = mkdtempSync(join(tmpdir(), 'bpjstk-calc-user-'));
  execFileSync('npm', ['pack', '--silent', '--pack-destination', project, fileURLToPath(new URL('pkg', root))], { stdio: 'pipe' });
  const tarball = readdirSync(project).find((f) => f.endsWith('.tgz'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'user', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--silent', join(project, tarball)], { cwd: project, stdio: 'pipe' });
});

after(() => project && rmSync(project, { recursive: true, force: true }));

/** The ```js blocks of the README's "Use it from JavaScript" section. */
function readmeExamples() {
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  const section = readme.split(/^## /m).find((s) => s.startsWith('Use it from JavaScript'));
  assert.ok(section, 'README.md has a "Use it from JavaScript" section');
  return [...section.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]);
}

test('the published files are the ones the package needs, with its metadata', () => {
  const pkg = JSON.parse(readFileSync(join(project, 'node_modules/bpjstk-calc/package.json'), 'utf8'));
  assert.equal(pkg.name, 'bpjstk-calc');
  assert.match(pkg.version, /^\d+\.\d+\.\d+/);
  assert.equal(pkg.license, 'MIT OR Apache-2.0');
  assert.ok(pkg.repository?.url);
  assert.ok(pkg.keywords.includes('bpjs'));
  for (const f of ['bpjstk_calc.js', 'bpjstk_calc_bg.wasm', 'bpjstk_calc.d.ts']) {
    assert.ok(readdirSync(join(project, 'node_modules/bpjstk-calc')).includes(f), f);
  }
  assert.equal(pkg.types, 'bpjstk_calc.d.ts');
  // The embed loader rides along, as the page serves it.
  const embed = readFileSync(join(project, 'node_modules/bpjstk-calc/embed.js'), 'utf8');
  assert.equal(embed, readFileSync(new URL('www/embed.js', root), 'utf8'));
  assert.equal(pkg.exports['./embed.js'], './embed.js');
});

test("the README's Node example runs against the installed package", () => {
  const [example] = readmeExamples().filter((code) => code.includes("from 'bpjstk-calc'") && code.includes('node:'));
  assert.ok(example, 'a Node example importing bpjstk-calc');
  writeFileSync(join(project, 'example.mjs'), example);
  const out = execFileSync(process.execPath, ['example.mjs'], { cwd: project, encoding: 'utf8' });
  // The figures the README shows in its comments are what it prints.
  const shown = [...example.matchAll(/^\s*\/\/ → (.*)$/gm)].map((m) => m[1].trim());
  assert.ok(shown.length >= 3, 'the example shows its output in "// → " comments');
  assert.deepEqual(out.trim().split('\n').map((l) => l.trim()), shown);
});

test('a bad request throws an Error with code and field; the instance keeps answering', async () => {
  writeFileSync(
    join(project, 'errors.mjs'),
    `import { readFileSync } from 'node:fs';
     import { fileURLToPath } from 'node:url';
     import { initSync, calculate, calculateMany } from 'bpjstk-calc';
     initSync({ module: readFileSync(fileURLToPath(import.meta.resolve('bpjstk-calc/bpjstk_calc_bg.wasm'))) });
     const w = { asOf: '2026-06-01', segment: 'wageEarner', monthlyWage: '5000000', riskGroup: 1, enterpriseSize: 'large' };
     const seen = new Set();
     for (let i = 0; i < 1000; i++) {
       try { calculate({ ...w, riskGroup: i + 6 }); } catch (e) { seen.add([e instanceof Error, e.code, e.field].join(' ')); }
     }
     console.log([...seen].join('|'));
     console.log(calculate(w).contributions.total.total);
     console.log(calculateMany([w, {}]).map((r) => r.error?.code ?? r.contributions.total.total).join(' '));`,
  );
  const out = execFileSync(process.execPath, ['errors.mjs'], { cwd: project, encoding: 'utf8' }).trim().split('\n');
  assert.deepEqual(out, ['true invalidInput riskGroup', '473000', '473000 invalidInput']);
});

test('the types compile under strict TypeScript and refuse what the engine refuses', () => {
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022', 'dom'], skipLibCheck: false },
      files: ['use.ts'],
    }),
  );
  writeFileSync(
    join(project, 'use.ts'),
    `import init, { calculate, calculateMany, calculateLines, rules, type CalculationRequest, type CalculationResponse, type CalculationError } from 'bpjstk-calc';
     export async function main(): Promise<string> {
       await init(fetch('bpjstk_calc_bg.wasm'));
       const req: CalculationRequest = { asOf: '2026-06-01', segment: 'wageEarner', monthlyWage: '5000000', riskGroup: 1, enterpriseSize: 'large' };
       const r: CalculationResponse = calculate(req);
       // @ts-expect-error 9 is not a risk group
       calculate({ ...req, riskGroup: 9 });
       // @ts-expect-error contractMonths is not a wage earner's field
       calculate({ ...req, contractMonths: 6 });
       // @ts-expect-error money is a string or a whole number, not a boolean
       calculate({ ...req, monthlyWage: true });
       const many = calculateMany([req, { asOf: '2026-06-01', segment: 'migrant', contractMonths: 12, event: { kind: 'death' } }]);
       const first = many[0];
       const total: string = 'error' in first ? first.error.code : first.contributions.total.total;
       try { calculate(req); } catch (e) { const code: 'invalidInput' | 'unknownField' | 'outOfCoverage' | 'notApplicable' = (e as CalculationError).code; void code; }
       const budget = calculate({ asOf: '2026-11-01', segment: 'selfEmployed', sponsor: { months: 12, groups: [{ count: 120, monthlyIncome: '1000000', occupation: 'fisher' }] } }).sponsor;
       // @ts-expect-error a sponsor budget is for self-employed workers only
       calculate({ ...req, sponsor: { months: 12, groups: [] } });
       return total + calculateLines('') + rules().coverageFrom + r.asOf + (budget?.total ?? '');
     }`,
  );
  const tsc = fileURLToPath(new URL('node_modules/.bin/tsc', root));
  try {
    execFileSync(tsc, ['-p', project], { encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    assert.fail(`tsc: ${e.stdout}${e.stderr}`);
  }
});
