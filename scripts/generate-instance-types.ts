// `npm run data:instance-types`: writes src/data/instance-types.json, every EC2 instance type name the API
// accepts, taken from the `_InstanceType` enum of @aws-sdk/client-ec2 at a pinned version.
// The SDK is fetched with `npm pack` into a temp dir (no dependency; the site never loads it).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const PACKAGE = '@aws-sdk/client-ec2';
const VERSION = '3.1169.0';
const ENUMS = 'package/dist-es/models/enums.js';
const OUT = fileURLToPath(new URL('../src/data/instance-types.json', import.meta.url));

const dir = mkdtempSync(join(tmpdir(), 'client-ec2-'));
try {
  execFileSync('npm', ['pack', `${PACKAGE}@${VERSION}`, '--silent'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack produced no tarball in ${dir}`);
  execFileSync('tar', ['xzf', tarball, ENUMS], { cwd: dir });
  // enums.js has no imports, so it can be imported straight from the unpacked tarball.
  const mod = (await import(pathToFileURL(join(dir, ENUMS)).href)) as { _InstanceType?: Record<string, string> };
  if (!mod._InstanceType) throw new Error(`${ENUMS} does not export _InstanceType`);
  const names = [...new Set(Object.values(mod._InstanceType))].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const data = {
    source: `npm ${PACKAGE}@${VERSION}, ${ENUMS}, export _InstanceType`,
    package: PACKAGE,
    version: VERSION,
    count: names.length,
    names,
  };
  writeFileSync(OUT, `${JSON.stringify(data, null, 2)}\n`);
  console.log(`wrote ${names.length} instance types from ${PACKAGE}@${VERSION} to ${OUT}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
