// Serves the built site (dist/) for the test server and the classroom server: folder/index.html for folder URLs,
// /folder → /folder/ redirects, and dist/404.html for anything else. Paths never leave the root.
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';

export const CONTENT_TYPES: ReadonlyMap<string, string> = new Map([
  ['.html', 'text/html; charset=utf-8'], ['.js', 'text/javascript; charset=utf-8'], ['.css', 'text/css; charset=utf-8'],
  ['.json', 'application/json; charset=utf-8'], ['.svg', 'image/svg+xml'], ['.png', 'image/png'], ['.xml', 'application/xml'],
  ['.txt', 'text/plain; charset=utf-8'], ['.webmanifest', 'application/manifest+json'], ['.ico', 'image/x-icon'],
  ['.woff2', 'font/woff2'],
]);

export function serveStatic(root: string, req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('잘못된 주소입니다.');
    return;
  }
  const path = normalize(decoded).replace(/^(\.\.[/\\])+/, '');
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
  res.writeHead(found ? 200 : 404, { 'Content-Type': CONTENT_TYPES.get(extname(target)) ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
  createReadStream(target).pipe(res);
}
