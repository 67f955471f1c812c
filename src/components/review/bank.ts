// Client side: loads the review bank and builds the session the page's URL describes.
import { buildSession, parseReviewParams, type BankQuestion, type LessonInfo, type ReviewSession } from '~/lib/review/session';

export interface ReviewBank {
  lessons: LessonInfo[];
  questions: BankQuestion[];
}

export async function loadSession(search: string): Promise<{ bank: ReviewBank; session: ReviewSession }> {
  const response = await fetch('/review/bank.json');
  if (!response.ok) throw new Error(`문제 은행을 불러오지 못했습니다 (HTTP ${response.status})`);
  const bank = (await response.json()) as ReviewBank;
  const config = parseReviewParams(new URLSearchParams(search), bank.lessons.map((l) => l.id));
  return { bank, session: buildSession(config, bank.lessons, bank.questions) };
}
