// `npm run bench`: runs every module in scripts/bench/ (each feature owns one) and prints its figures.
// Timings live here, never in tests. Modules export `run(): Promise<void> | void`.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

const dir = fileURLToPath(new URL('./bench/', import.meta.url));
const only = process.argv[2];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
  if (only && !file.includes(only)) continue;
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { run: () => Promise<void> | void };
  console.log(`\n## ${file.replace(/\.ts$/, '')}`);
  await mod.run();
}
