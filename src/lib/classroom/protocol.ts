// What the classroom server sends to browsers. The server builds these; the projector and student pages read them
// through their reducers, and render every string as text.
import type { ClassReport } from './report.ts';
import type { LiveQuestion } from './room.ts';
import type { ProjectorView, StudentView } from './view.ts';

/** The current question as a screen shows it; explanation and answer only after the reveal. */
export interface QuestionText {
  readonly number: number;
  readonly kind: LiveQuestion['kind'];
  /** Lesson title. */
  readonly lesson: string;
  readonly prompt: string;
  readonly options: readonly string[];
  readonly explanation: string | null;
  readonly answerText: string | null;
}

export type ServerMessage =
  | { readonly t: 'error'; readonly code: string; readonly message: string }
  | { readonly t: 'joined'; readonly code: string; readonly token: string; readonly nickname: string }
  | { readonly t: 'hosted'; readonly code: string }
  | { readonly t: 'answered'; readonly question: number }
  | { readonly t: 'pong' }
  | { readonly t: 'state'; readonly role: 'projector'; readonly view: ProjectorView; readonly question: QuestionText | null; readonly report: ClassReport | null }
  | { readonly t: 'state'; readonly role: 'student'; readonly view: StudentView | null; readonly question: QuestionText | null };

/** Reads a server message; anything unexpected (an old server, a proxy's page) becomes null, never a throw. */
export function readServerMessage(raw: string): ServerMessage | null {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || !('t' in data)) return null;
  const t = (data as { t: unknown }).t;
  return ['error', 'joined', 'hosted', 'answered', 'pong', 'state'].includes(String(t)) ? (data as ServerMessage) : null;
}

/** Shapes beside letters, so a choice is never told by colour alone (projector and phones agree). */
export const CHOICE_SHAPES = ['▲', '◆', '●', '■', '★', '✚', '⬟', '⬢'] as const;
export const choiceLetter = (index: number): string => String.fromCharCode(65 + index);

/** Set by the classroom server on every page it serves, so pages know a live server is behind them. */
export const CLASSROOM_COOKIE = 'ec2lab-classroom';
