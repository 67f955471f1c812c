// The static server behind the browser tests, Lighthouse and the classroom: folder URLs, redirects, 404s, paths that
// try to leave the root, and gzip for text (as a static host sends it).
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptsGzip, serveStatic } from '../../server/static-files.ts';

describe('acceptsGzip', () => {
  it.each([
    ['gzip, deflate, br', true],
    ['br;q=1.0, gzip;q=0.8', true],
    ['GZIP', true],
    ['*', true],
    ['gzip;q=0', false],
    ['gzip; q=0.0', false],
    ['br', false],
    ['identity', false],
    ['', false],
    [undefined, false],
  ])('%j → %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
  it('reads a header given as several lines', () => {
    expect(acceptsGzip(['br', 'gzip'])).toBe(true);
  });
});

describe('serveStatic', () => {
  const root = mkdtempSync(join(tmpdir(), 'static-'));
  mkdirSync(join(root, 'quiz'));
  const page = `<!doctype html><title>퀴즈</title>${'<p>간격 반복</p>'.repeat(200)}`;
  writeFileSync(join(root, 'quiz', 'index.html'), page);
  writeFileSync(join(root, '404.html'), '<title>없음</title>');
  writeFileSync(join(root, 'icon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer((req, res) => serveStatic(root, req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** A raw request: fetch would decode gzip itself and hide the header. */
  async function get(path: string, encoding?: string) {
    const { request } = await import('node:http');
    return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
      const req = request(`${base}${path}`, { headers: encoding ? { 'accept-encoding': encoding } : {} }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end();
    });
  }

  it('sends a folder’s index.html gzip-compressed when accepted, smaller than the file', async () => {
    const res = await get('/quiz/', 'gzip, br');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(res.body.length).toBeLessThan(Buffer.byteLength(page) / 4);
    expect(gunzipSync(res.body).toString('utf8')).toBe(page);
  });
  it('sends the file as it is when gzip is not accepted', async () => {
    const res = await get('/quiz/');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.toString('utf8')).toBe(page);
  });
  it('does not compress images', async () => {
    const res = await get('/icon.png', 'gzip');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.body).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  });
  it('redirects a folder without its slash and answers unknown paths with 404.html', async () => {
    const redirect = await get('/quiz?x=1');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('/quiz/?x=1');
    const missing = await get('/nothing/', 'gzip');
    expect(missing.status).toBe(404);
    expect(gunzipSync(missing.body).toString('utf8')).toBe('<title>없음</title>');
  });
  it('never serves a file outside the root', async () => {
    const res = await get('/%2e%2e/%2e%2e/etc/passwd');
    expect(res.status).toBe(404);
    expect(res.body.toString('utf8')).toBe('<title>없음</title>');
  });
  it('answers a malformed path with 400 and a Korean message', async () => {
    const res = await get('/%E0%A4%A');
    expect(res.status).toBe(400);
    expect(res.body.toString('utf8')).toBe('잘못된 주소입니다.');
  });
});
