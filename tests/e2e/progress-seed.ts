// Stored progress for browser tests that start from a known state: the bank as the site serves it, a stored card
// with defaults, the default settings, and the localStorage key the progress store uses.
import type { Page } from '@playwright/test';

export const PROGRESS_KEY = 'ec2lab.srs.progress';

export interface BankQuestion {
  id: string;
  lesson: string;
  kind: string;
  prompt: string;
  answer?: number | boolean;
}

export async function bank(page: Page): Promise<{ lessons: { id: string; title: string }[]; questions: BankQuestion[] }> {
  return (await page.request.get('/question-bank.json')).json();
}

/** A stored card: a new card unless `over` says otherwise. */
export const card = (over: Record<string, unknown> = {}) => ({
  due: 0, stability: 0, difficulty: 0, scheduled_days: 0, learning_steps: 0, reps: 0, lapses: 0, state: 0,
  last_review: null, wrong: 0, leech: false, suspended: false, mod: 1, ...over,
});

export const settings = { newPerDay: 20, reviewsPerDay: 200, retention: 0.9, mod: 1 };
