// Client side of the quiz's split bank: the index the page carries in data-index, and JSON fetches with a Korean
// message when they fail (the shard cache itself is pure: questionSource in src/lib/quiz/bank-index.ts).
import { unpackIndex, type BankIndex } from '~/lib/quiz/bank-index.ts';

/** The index from the element's data-index attribute (packed, see packIndex), or null when it is missing or malformed. */
export function readIndex(el: HTMLElement): BankIndex | null {
  let value: unknown;
  try {
    value = JSON.parse(el.dataset.index ?? '');
  } catch {
    return null;
  }
  const r = unpackIndex(value);
  return r.ok ? r.value : null;
}

export async function fetchJson(url: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new Error('문항 파일을 불러오지 못했습니다. 인터넷 연결을 확인하고 다시 시도하세요.');
  }
  if (!response.ok) throw new Error(`문항 파일을 불러오지 못했습니다 (HTTP ${response.status}). 페이지를 새로 고쳐 보세요.`);
  return response.json();
}
