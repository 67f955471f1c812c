// A minimal static server for dist/, used by the browser tests and scripts: `node scripts/serve.ts [port]`.
// (`astro preview` allows one server per project at a time, which parallel test runs and tools trip over.)
// Serves folder/index.html for folder URLs, redirects /folder to /folder/, and answers 404 with dist/404.html.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const root = join(process.cwd(), 'dist');
const port = Number(process.argv[2] ?? 4321);
// --test-hooks (tests only): POST /__test/new-deployment makes /sw.js differ from the deployed one, the way a new
// release would, so the update prompt can be tested without touching dist/.
const testHooks = process.argv.includes('--test-hooks');
let deployments = 0;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8', '.webmanifest': 'application/manifest+json', '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (testHooks && req.method === 'POST' && url.pathname === '/__test/new-deployment') {
    deployments += 1;
    res.writeHead(204).end();
    return;
  }
  if (testHooks && deployments > 0 && url.pathname === '/sw.js') {
    const script = readFileSync(join(root, 'sw.js'), 'utf8');
    res.writeHead(200, { 'Content-Type': TYPES['.js'] ?? 'text/javascript', 'Cache-Control': 'no-cache' });
    res.end(`${script}\n// deployment ${deployments}\n`);
    return;
  }
  const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, path);
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!url.pathname.endsWith('/')) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    file = join(file, 'index.html');
  }
  const found = file.startsWith(root) && existsSync(file) && statSync(file).isFile();
  const target = found ? file : join(root, '404.html');
  res.writeHead(found ? 200 : 404, { 'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
  createReadStream(target).pipe(res);
}).listen(port, '127.0.0.1', () => console.log(`dist/ at http://localhost:${port}/`));
