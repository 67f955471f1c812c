// Nicknames are chosen by students and shown on a projector: normalised, length-limited, free of control and
// invisible characters, and checked against a short list of words a class should not see. Always rendered as text.

export const NICKNAME_MAX = 12;

// Lower-cased fragments; a nickname containing one is refused. Short on purpose: a teacher can still remove a student.
const BLOCKED = ['시발', '씨발', 'ㅅㅂ', '병신', 'ㅂㅅ', '좆', '개새', '니애미', 'fuck', 'shit', 'bitch', 'admin', '관리자', '강사'];

export type NicknameResult = { ok: true; value: string } | { ok: false; error: { code: string; message: string } };

export function normalizeNickname(raw: string): NicknameResult {
  const value = raw
    .normalize('NFC')
    // Control, format (zero-width, bidi overrides) and private-use characters have no place in a name on screen.
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
  const length = [...new Intl.Segmenter('ko', { granularity: 'grapheme' }).segment(value)].length;
  if (length === 0) return { ok: false, error: { code: 'nickname-empty', message: '닉네임을 입력하세요.' } };
  if (length > NICKNAME_MAX) return { ok: false, error: { code: 'nickname-long', message: `닉네임은 ${NICKNAME_MAX}자까지 쓸 수 있습니다.` } };
  const folded = value.toLocaleLowerCase('ko').replace(/[\s._-]/gu, '');
  if (BLOCKED.some((word) => folded.includes(word))) {
    return { ok: false, error: { code: 'nickname-blocked', message: '쓸 수 없는 닉네임입니다. 다른 닉네임을 고르세요.' } };
  }
  return { ok: true, value };
}
