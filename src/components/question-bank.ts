// Client side: the question bank (/question-bank.json), fetched once per page and shared by whoever asks.
import type { ClientBank } from './quiz/bank-data.ts';
import type { LeakList } from '~/lib/quiz/leaks.ts';
import { loadOnce } from './load-once.ts';

/**
 * What /question-bank.json holds: lessons, questions (each with its lesson and section) and `leaks`, the reveal
 * relation `[revealer id, ids whose answer it prints]` (turn it into a Map with `leakMap` from ~/lib/quiz/leaks.ts
 * and pass it to buildQueue's options).
 */
export type QuestionBankJson = ClientBank & { leaks: LeakList };

export const fetchQuestionBank: () => Promise<QuestionBankJson> = loadOnce(async () => {
  const response = await fetch('/question-bank.json');
  if (!response.ok) throw new Error(`문제 은행을 불러오지 못했습니다 (HTTP ${response.status}). 새로고침해 보세요.`);
  const bank = (await response.json()) as QuestionBankJson;
  // An older cached copy (offline) may predate the relation: no leaks known is the safe reading.
  return Array.isArray(bank.leaks) ? bank : { ...bank, leaks: [] };
});
