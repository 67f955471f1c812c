// Which characters differed in a typed answer accepted with a typo, for the line under the verdict.
import { diffAnswer } from '../quiz/grading.ts';

export interface TypoDetail {
  /** What the learner typed where it differs ('' when a character was left out). */
  typed: string;
  /** What the answer has there ('' when a character was added). */
  expected: string;
}

export function typoDetail(typed: string, expected: string): TypoDetail | null {
  const parts = diffAnswer(typed, expected).filter((p) => p.op !== 'same' && p.text.trim() !== '');
  if (parts.length === 0) return null;
  return {
    typed: parts.filter((p) => p.op === 'extra').map((p) => p.text.trim()).join(' '),
    expected: parts.filter((p) => p.op === 'missing').map((p) => p.text.trim()).join(' '),
  };
}

/** Korean sentence for the feedback: "다른 글자: 입력 ‘릅’ → 정답 ‘룹’". */
export function typoSentence(d: TypoDetail): string {
  const show = (s: string) => (s ? `‘${s}’` : '(없음)');
  return `다른 글자: 입력 ${show(d.typed)} → 정답 ${show(d.expected)}. 오타를 허용했으므로 ‘어려움’을 추천합니다.`;
}
