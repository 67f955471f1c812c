// `npm run bench`: runs every module in scripts/bench/ (each feature owns one) and prints its figures.
// Timings live here, never in tests. Modules export `run(): Promise<void> | void`.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

const dir = fileURLToPath(new URL('./bench/', import.meta.url));
const only = process.argv[2];
const files = readdirSync(dir).filter((f) => f.endsWith('.ts')).sort();
// `npm run bench -- search` runs search.ts alone when it exists (not also search-peer.ts); otherwise every match.
const exact = only !== undefined && files.includes(`${only}.ts`);
for (const file of files) {
  if (only && (exact ? file !== `${only}.ts` : !file.includes(only))) continue;
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { run: () => Promise<void> | void };
  console.log(`\n## ${file.replace(/\.ts$/, '')}`);
  await mod.run();
}
