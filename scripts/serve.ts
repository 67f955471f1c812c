// A minimal static server for dist/, used by the browser tests and scripts: `node scripts/serve.ts [port]`.
// (`astro preview` allows one server per project at a time, which parallel test runs and tools trip over.)
// Serves folder/index.html for folder URLs, redirects /folder to /folder/, and answers 404 with dist/404.html.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { serveStatic } from '../server/static-files.ts';

const root = join(process.cwd(), 'dist');
const port = Number(process.argv[2] ?? 4321);
// --test-hooks (tests only): POST /__test/new-deployment makes /sw.js differ from the deployed one, the way a new
// release would, so the update prompt can be tested without touching dist/.
const testHooks = process.argv.includes('--test-hooks');
let deployments = 0;

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (testHooks && req.method === 'POST' && url.pathname === '/__test/new-deployment') {
    deployments += 1;
    res.writeHead(204).end();
    return;
  }
  if (testHooks && deployments > 0 && url.pathname === '/sw.js') {
    const script = readFileSync(join(root, 'sw.js'), 'utf8');
    res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' });
    res.end(`${script}\n// deployment ${deployments}\n`);
    return;
  }
  serveStatic(root, req, res);
}).listen(port, '127.0.0.1', () => console.log(`dist/ at http://localhost:${port}/`));
