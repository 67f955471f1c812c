// Client side: the question bank (/question-bank.json), fetched once per page and shared by whoever asks.
import type { ClientBank } from './quiz/bank-data.ts';

let pending: Promise<ClientBank> | null = null;

export function fetchQuestionBank(): Promise<ClientBank> {
  pending ??= fetch('/question-bank.json').then(async (response) => {
    if (!response.ok) throw new Error(`문제 은행을 불러오지 못했습니다 (HTTP ${response.status}). 새로고침해 보세요.`);
    return (await response.json()) as ClientBank;
  });
  pending.catch(() => { pending = null; }); // a failed fetch may be retried
  return pending;
}
