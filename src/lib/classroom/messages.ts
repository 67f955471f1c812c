// Every message a browser sends to the classroom server, as one schema. A message that does not fit is refused
// with a Korean reason; nothing unchecked reaches the room reducer.
import { z } from 'zod';

export const ROOM_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** Largest message the server reads, in bytes; anything longer is refused before parsing. */
export const MAX_MESSAGE_BYTES = 2048;

const roomCode = z.string().regex(/^[A-HJ-NP-Z2-9]{6}$/u, { error: '방 코드는 영문 대문자와 숫자 6자입니다.' });
const token = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/u, { error: '세션 토큰 형식이 아닙니다.' });

export const clientMessage = z.discriminatedUnion('t', [
  /** A student joins with a nickname. */
  z.strictObject({ t: z.literal('join'), code: roomCode, nickname: z.string().max(64, { error: '닉네임이 너무 깁니다.' }) }),
  /** A student or the projector comes back after a dropped connection. */
  z.strictObject({ t: z.literal('resume'), code: roomCode, token }),
  /** The instructor's windows authenticate with the room secret. */
  z.strictObject({ t: z.literal('host'), code: roomCode, secret: token }),
  z.strictObject({
    t: z.literal('answer'),
    question: z.number().int().min(0).max(999),
    choice: z.array(z.number().int().min(0).max(15)).min(1, { error: '보기를 하나 이상 고르세요.' }).max(16),
  }),
  z.strictObject({ t: z.literal('control'), command: z.enum(['open', 'lock', 'reveal', 'next', 'end']) }),
  z.strictObject({
    t: z.literal('settings'),
    leaderboard: z.boolean().optional(),
    speedBonus: z.boolean().optional(),
    seconds: z.number().int().min(0).max(600).optional(),
  }),
  z.strictObject({ t: z.literal('ping') }),
]);

export type ClientMessage = z.infer<typeof clientMessage>;
export type ParseResult = { ok: true; value: ClientMessage } | { ok: false; error: { code: string; message: string } };

/** Parses raw text from a socket. Never throws. */
export function parseClientMessage(raw: string): ParseResult {
  if (new TextEncoder().encode(raw).length > MAX_MESSAGE_BYTES) {
    return { ok: false, error: { code: 'too-large', message: `메시지가 너무 큽니다 (최대 ${MAX_MESSAGE_BYTES}바이트).` } };
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, error: { code: 'not-json', message: 'JSON 형식이 아닌 메시지입니다.' } };
  }
  const parsed = clientMessage.safeParse(data, { error: koreanIssue });
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
  const message = issue?.code === 'invalid_union' || issue?.path[0] === 't' ? '알 수 없는 메시지 종류입니다.' : `${issue?.message ?? '잘못된 메시지입니다.'}${where}`;
  return { ok: false, error: { code: 'invalid', message } };
}

/** Korean reasons for zod's generic issues; messages written in the schema above take precedence. */
function koreanIssue(issue: { code?: string; keys?: readonly string[] }): string | undefined {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `알 수 없는 필드입니다: ${(issue.keys ?? []).join(', ')}`;
    case 'invalid_type':
      return '값의 형식이 잘못되었습니다.';
    case 'too_small':
    case 'too_big':
      return '값이 허용 범위를 벗어났습니다.';
    case 'invalid_value':
    case 'invalid_union':
      return '허용되지 않는 값입니다.';
    default:
      return '잘못된 메시지입니다.';
  }
}

/** A six-character room code from an injected random source (no 0/O, 1/I: read aloud and typed on phones). */
export function newRoomCode(random: () => number): string {
  let code = '';
  for (let i = 0; i < 6; i++) code += ROOM_CODE_ALPHABET[Math.floor(random() * ROOM_CODE_ALPHABET.length)] ?? 'A';
  return code;
}
