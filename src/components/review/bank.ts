// Client side: builds the review session the page's URL describes from the shared question bank.
import { buildSession, parseReviewParams, type ReviewSession } from '~/lib/review/session';
import type { ClientBank } from '../quiz/bank-data';
import { fetchQuestionBank } from '../question-bank';

export async function loadSession(search: string): Promise<{ bank: ClientBank; session: ReviewSession }> {
  const bank = await fetchQuestionBank();
  const config = parseReviewParams(new URLSearchParams(search), bank.lessons.map((l) => l.id));
  return { bank, session: buildSession(config, bank.lessons, bank.questions) };
}
