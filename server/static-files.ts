// Serves the built site (dist/) for the test server and the classroom server: folder/index.html for folder URLs,
// /folder → /folder/ redirects, and dist/404.html for anything else. Paths never leave the root. Text is sent
// gzip-compressed when the client accepts it, as every static host does, so Lighthouse and the browser tests see
// the transfer sizes a deployed site has (the budget test counts gzip too).
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

export const CONTENT_TYPES: ReadonlyMap<string, string> = new Map([
  ['.html', 'text/html; charset=utf-8'], ['.js', 'text/javascript; charset=utf-8'], ['.css', 'text/css; charset=utf-8'],
  ['.json', 'application/json; charset=utf-8'], ['.svg', 'image/svg+xml'], ['.png', 'image/png'], ['.xml', 'application/xml'],
  ['.txt', 'text/plain; charset=utf-8'], ['.webmanifest', 'application/manifest+json'], ['.ico', 'image/x-icon'],
  ['.woff2', 'font/woff2'],
]);

/** Types worth compressing: text; images (PNG) and fonts (WOFF2) are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

/** Whether an Accept-Encoding header allows gzip (a `gzip;q=0` refuses it). */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  return value.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding !== 'gzip' && coding !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

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
  const contentType = CONTENT_TYPES.get(extname(target)) ?? 'application/octet-stream';
  const gzip = COMPRESSIBLE.test(contentType) && acceptsGzip(req.headers['accept-encoding']);
  res.writeHead(found ? 200 : 404, {
    'Content-Type': contentType,
    'Cache-Control': 'no-cache',
    Vary: 'Accept-Encoding',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  const body = createReadStream(target);
  if (gzip) body.pipe(createGzip({ level: 6 })).pipe(res);
  else body.pipe(res);
}
