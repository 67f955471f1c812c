// What a page really transfers before interaction, measured in Chromium from network events: the document, its
// scripts and styles, dynamic imports, workers and fetched JSON, everything that arrives until the network goes
// quiet (or until a condition, e.g. the quiz's first question, holds). Text is counted gzip-compressed (as a
// static host serves it); images and fonts as they are. Used by the budget test and `npm run bench`.
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page, Response } from '@playwright/test';

export type TransferKind = 'document' | 'script' | 'stylesheet' | 'json' | 'image' | 'font' | 'other';

export interface TransferEntry {
  path: string;
  kind: TransferKind;
  /** Bytes on the wire, gzip for text. */
  bytes: number;
  /** Fetched by the service worker (precache), not by the page itself. */
  serviceWorker: boolean;
  /** When the request started (epoch ms). */
  startedAt: number;
}

export interface Transfer {
  total: number;
  byKind: Record<TransferKind, number>;
  entries: TransferEntry[];
}

function kindOf(path: string, contentType: string): TransferKind {
  if (/text\/html/.test(contentType)) return 'document';
  if (/javascript/.test(contentType) || path.endsWith('.js')) return 'script';
  if (/text\/css/.test(contentType) || path.endsWith('.css')) return 'stylesheet';
  if (/json/.test(contentType) || path.endsWith('.json') || path.endsWith('.webmanifest')) return 'json';
  if (/^image\//.test(contentType)) return 'image';
  if (/font/.test(contentType)) return 'font';
  return 'other';
}

const TEXT: ReadonlySet<TransferKind> = new Set(['document', 'script', 'stylesheet', 'json', 'other']);

/** Starts recording every response of the context (pages, their workers and the service worker). */
export function recordTransfer(context: BrowserContext): { stop(requestedBefore?: number): Promise<Transfer> } {
  const pending: Promise<TransferEntry | null>[] = [];
  const onResponse = (response: Response) => {
    pending.push(
      (async () => {
        const url = new URL(response.url());
        if (!/^https?:$/.test(url.protocol) || response.status() === 204 || response.status() >= 300) return null;
        let body: Buffer;
        try {
          body = await response.body();
        } catch {
          return null; // aborted, or a redirect
        }
        const kind = kindOf(url.pathname, (await response.allHeaders())['content-type'] ?? '');
        const bytes = TEXT.has(kind) ? gzipSync(body, { level: 6 }).length : body.length;
        const startedAt = response.request().timing().startTime;
        return { path: url.pathname + url.search, kind, bytes, serviceWorker: !!response.request().serviceWorker(), startedAt };
      })(),
    );
  };
  context.on('response', onResponse);
  return {
    /** `requestedBefore` (epoch ms): count only requests started by then. */
    async stop(requestedBefore = Infinity) {
      context.off('response', onResponse);
      const entries = (await Promise.all(pending)).filter((e): e is TransferEntry => e !== null && e.startedAt <= requestedBefore);
      const byKind: Record<TransferKind, number> = { document: 0, script: 0, stylesheet: 0, json: 0, image: 0, font: 0, other: 0 };
      for (const e of entries) byKind[e.kind] += e.bytes;
      return { total: entries.reduce((n, e) => n + e.bytes, 0), byKind, entries };
    },
  };
}

/**
 * Loads `path` and records until the network has been quiet for a moment (and `ready`, when given, holds).
 * Use a context with `serviceWorkers: 'block'` for a page's own weight, or with the worker allowed for a first visit.
 */
export async function pageTransfer(page: Page, path: string, ready?: (page: Page) => Promise<void>): Promise<Transfer> {
  const recorder = recordTransfer(page.context());
  await page.goto(path, { waitUntil: 'load' });
  if (ready) await ready(page);
  await page.waitForLoadState('networkidle');
  return recorder.stop();
}

/** The User Timing mark the quiz sets when its first question is on screen (src/components/quiz/app.ts). */
export const FIRST_QUESTION_MARK = 'quiz:first-question';

/**
 * The quiz on a first visit: the page, then 전체 복습 시작, until the first question is on screen. Counted: every
 * request started before the page's FIRST_QUESTION_MARK; not what the page fetches after it (the session's other
 * lessons load in the background once a card is up).
 */
export async function quizFirstQuestion(page: Page, path = '/quiz/'): Promise<Transfer> {
  const recorder = recordTransfer(page.context());
  await page.goto(path, { waitUntil: 'load' });
  const start = page.locator('[data-start-all]:enabled');
  await start.waitFor({ timeout: 30_000 });
  await start.click();
  const shownAt = await page.waitForFunction((name) => {
    const mark = performance.getEntriesByName(name)[0];
    return mark ? performance.timeOrigin + mark.startTime : null;
  }, FIRST_QUESTION_MARK, { timeout: 30_000 });
  const before = (await shownAt.jsonValue()) as number;
  await page.waitForLoadState('networkidle');
  return recorder.stop(before);
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
