// Prints the mutation score per src/lib module as a Markdown table (the README's 신뢰성 section), from Stryker's
// JSON reports: `npm run mutation:summary` reads reports/mutation/mutation.json and the per-module incremental
// files under reports/stryker/ (each run with --incrementalFile writes one). Where a source file appears in several
// reports, the newest report wins. Pass report paths to read only those; `--files` adds one row per source file.
// Score = (killed + timed out) / (killed + timed out + survived + no coverage), as Stryker counts it.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const perFile = args.includes('--files');
const given = args.filter((a) => !a.startsWith('--'));
const defaults = [
  'reports/mutation/mutation.json',
  ...(existsSync('reports/stryker') ? readdirSync('reports/stryker').filter((f) => f.endsWith('.json')).map((f) => join('reports/stryker', f)) : []),
].filter((f) => existsSync(f));
const reports = (given.length ? given : defaults)
  .map((path) => ({ path, mtime: statSync(path).mtimeMs }))
  .sort((a, b) => a.mtime - b.mtime);
if (reports.length === 0) {
  console.error('No Stryker report found: run `npm run mutation` first.');
  process.exit(1);
}

/** @type {Map<string, { mutants: { status: string }[], date: string }>} */
const files = new Map();
for (const { path, mtime } of reports) {
  const report = JSON.parse(readFileSync(path, 'utf8'));
  for (const [name, file] of Object.entries(report.files ?? {})) {
    const rel = name.replace(/\\/g, '/').replace(/^.*?(src\/lib\/)/, '$1');
    files.set(rel, { mutants: file.mutants ?? [], date: new Date(mtime).toISOString().slice(0, 10) });
  }
}

/** A directory of src/lib, or a file directly in it. */
const moduleOf = (file) => {
  const rest = file.replace(/^src\/lib\//, '');
  return rest.includes('/') ? rest.slice(0, rest.indexOf('/')) : rest;
};

/** How many source files the module has, to show when only some were measured. */
const filesInModule = (key) => {
  const dir = join('src/lib', key);
  if (key.endsWith('.ts') || !existsSync(dir)) return 1;
  return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.ts')).length;
};

const COUNTED = ['Killed', 'Timeout', 'Survived', 'NoCoverage'];
const empty = () => ({ Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, date: '', files: 0 });
const rows = new Map();
const add = (key, file) => {
  const row = rows.get(key) ?? empty();
  for (const m of file.mutants) if (COUNTED.includes(m.status)) row[m.status]++;
  if (file.date > row.date) row.date = file.date;
  row.files++;
  rows.set(key, row);
};
for (const [name, file] of [...files].sort(([a], [b]) => a.localeCompare(b))) add(perFile ? name : moduleOf(name), file);

const score = (r) => {
  const valid = r.Killed + r.Timeout + r.Survived + r.NoCoverage;
  return valid === 0 ? null : ((r.Killed + r.Timeout) / valid) * 100;
};
console.log('| 모듈 | 측정한 파일 | 변이체 | 죽임(시간 초과) | 살아남음 | 테스트 없음 | 점수 | 측정일 |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
for (const [key, r] of rows) {
  const s = score(r);
  const label = s === null ? '–' : `${s.toFixed(1)} %${s < 80 ? ' (80 % 미만)' : ''}`;
  const name = perFile ? key : `src/lib/${key}${key.endsWith('.ts') ? '' : '/'}`;
  const valid = r.Killed + r.Timeout + r.Survived + r.NoCoverage;
  const measured = perFile ? '–' : `${r.files}/${filesInModule(key)}`;
  console.log(`| \`${name}\` | ${measured} | ${valid} | ${r.Killed + r.Timeout} (${r.Timeout}) | ${r.Survived} | ${r.NoCoverage} | ${label} | ${r.date} |`);
}
