// The card browser (/quiz/cards/, 문항 목록) as pure logic: one row per question of the bank with its schedule,
// filters, Korean-aware search, sorting, and a reducer whose card actions (flag, suspend, reset with undo,
// practise now) come out as effects for the element to run against the progress store. Nothing here touches
// the DOM or storage; time comes in as arguments.
import { findAtBoundary, findChoseong, isChoseongQuery, keyed, type Keyed } from '../search/keys.ts';
import { withJosa } from '../korean.ts';
import { nextDayStart, studyDay } from '../srs/day.ts';
import {
  CardState, getCard, nextMod, withCard, type CardRecord, type Clock, type GradeValue, type Progress, type Result,
} from '../srs/types.ts';
import { blankCard } from './notebook.ts';
import type { ResumeState } from './review-machine.ts';

// ---------- the bank as the browser sees it ----------

export interface BrowserQuestion {
  id: string;
  lesson: string;
  section: string;
  kind: string;
  prompt: string;
}

export interface BrowserLesson {
  id: string;
  title: string;
  /** Section anchor → heading text. */
  sections: Record<string, string>;
}

export interface BrowserBank {
  lessons: BrowserLesson[];
  questions: BrowserQuestion[];
}

/** FSRS phase of a card; a question never studied is `new`. */
export type CardPhase = 'new' | 'learning' | 'review' | 'relearning';

export const PHASE_LABELS: Readonly<Record<CardPhase, string>> = { new: '새 문항', learning: '학습 중', review: '복습', relearning: '재학습' };

const PHASE_OF: Readonly<Record<number, CardPhase>> = {
  [CardState.New]: 'new', [CardState.Learning]: 'learning', [CardState.Review]: 'review', [CardState.Relearning]: 'relearning',
};

export const GRADE_LABELS: Readonly<Record<GradeValue, string>> = { 1: '다시', 2: '어려움', 3: '알맞음', 4: '쉬움' };

/** How many of a card's latest answers a row shows. */
export const RECENT_ANSWERS = 3;

export interface RecentAnswer {
  at: number;
  grade: GradeValue;
}

export interface CardRow {
  id: string;
  lesson: string;
  lessonTitle: string;
  /** Lesson's place in the course, then the question's place in its file: the "lesson order". */
  lessonIndex: number;
  position: number;
  section: string;
  sectionTitle: string;
  kind: string;
  /** The prompt as written (backtick code spans included). */
  prompt: string;
  phase: CardPhase;
  suspended: boolean;
  leech: boolean;
  flagged: boolean;
  /** Next review time; null for a card not studied yet. */
  due: number | null;
  /** Studied, not suspended, due before the next study day: answering it now counts as its review. */
  dueToday: boolean;
  /** Days; null for a card not studied yet. */
  stability: number | null;
  /** 1–10; null for a card not studied yet. */
  difficulty: number | null;
  /** Latest first. */
  recent: RecentAnswer[];
  /** Has anything to forget (studied, or answered wrong, or a leech). */
  resettable: boolean;
}

/** Anything that can be forgotten: a card that was studied, or carries wrong answers or the leech mark. */
export function isResettable(c: CardRecord | undefined): boolean {
  return !!c && (c.state !== CardState.New || c.reps > 0 || c.wrong > 0 || c.leech);
}

/** One row per question, in bank order. Reads the log once (from the end) for the recent answers. */
export function deriveRows(bank: BrowserBank, p: Progress, clock: Pick<Clock, 'utcOffsetMinutes'>, now: number): CardRow[] {
  const lessons = new Map(bank.lessons.map((l, i) => [l.id, { lesson: l, index: i }]));
  const wanted = new Set(bank.questions.map((q) => q.id));
  const recent = new Map<string, RecentAnswer[]>();
  for (let i = p.log.length - 1; i >= 0; i--) {
    const e = p.log[i];
    if (!e || !wanted.has(e[0])) continue;
    const list = recent.get(e[0]) ?? [];
    if (list.length >= RECENT_ANSWERS) continue;
    list.push({ at: e[1], grade: e[2] });
    recent.set(e[0], list);
  }
  const dayEnd = nextDayStart(clock, now);
  return bank.questions.map((q, position) => {
    const l = lessons.get(q.lesson);
    const c = getCard(p, q.id);
    const studied = !!c && c.state !== CardState.New;
    const sections = l?.lesson.sections;
    return {
      id: q.id,
      lesson: q.lesson,
      lessonTitle: l?.lesson.title ?? q.lesson,
      lessonIndex: l?.index ?? bank.lessons.length,
      position,
      section: q.section,
      sectionTitle: sections && Object.hasOwn(sections, q.section) ? (sections[q.section] as string) : q.section,
      kind: q.kind,
      prompt: q.prompt,
      phase: c ? (PHASE_OF[c.state] ?? 'new') : 'new',
      suspended: c?.suspended === true,
      leech: c?.leech === true,
      flagged: c?.flagged === true,
      due: studied ? c.due : null,
      dueToday: studied && !c.suspended && c.due < dayEnd,
      stability: studied ? c.stability : null,
      difficulty: studied ? c.difficulty : null,
      recent: recent.get(q.id) ?? [],
      resettable: isResettable(c),
    };
  });
}

// ---------- search ----------

/** Match keys of every prompt, built once per page (`keyed` decomposes Hangul into jamo). */
export function searchIndex(bank: BrowserBank): Map<string, Keyed> {
  return new Map(bank.questions.map((q) => [q.id, keyed(q.prompt.replace(/`/g, ''))]));
}

/**
 * The query's terms as match keys: spacing and punctuation do not matter (`로드밸런서` finds `로드 밸런서`),
 * a syllable still being typed matches (`인스턴` finds `인스턴스`), and a term of bare consonants matches
 * initials (`ㅇㅅㅌㅅ` finds `인스턴스`). Every term must match.
 */
export function queryTerms(query: string): string[] {
  return query.split(/\s+/).map((t) => keyed(t).jamo).filter((t) => t.length > 0);
}

export function matchesQuery(key: Keyed | undefined, terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  if (!key) return false;
  return terms.every((t) => (isChoseongQuery(t) ? findChoseong(key, t) >= 0 || findAtBoundary(key, t) >= 0 : findAtBoundary(key, t) >= 0));
}

// ---------- filters and sorting ----------

export const STATE_FILTERS = ['all', 'new', 'learning', 'review', 'relearning', 'due', 'suspended', 'leech'] as const;
export type StateFilter = (typeof STATE_FILTERS)[number];

export const STATE_FILTER_LABELS: Readonly<Record<StateFilter, string>> = {
  all: '모든 상태', new: '새 문항', learning: '학습 중', review: '복습', relearning: '재학습', due: '오늘 복습할 차례', suspended: '보류', leech: '거머리',
};

export const SORT_KEYS = ['due', 'lesson'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const SORT_LABELS: Readonly<Record<SortKey, string>> = { due: '다음 복습 순', lesson: '레슨 순서' };

export interface Filters {
  query: string;
  /** Lesson id, or '' for every lesson. */
  lesson: string;
  state: StateFilter;
  /** Question kind, or '' for every kind. */
  kind: string;
  flaggedOnly: boolean;
}

export function matchesState(row: CardRow, state: StateFilter): boolean {
  switch (state) {
    case 'all': return true;
    case 'due': return row.dueToday;
    case 'suspended': return row.suspended;
    case 'leech': return row.leech;
    default: return row.phase === state;
  }
}

export function matchesFilters(row: CardRow, f: Filters, key: Keyed | undefined, terms: readonly string[] = queryTerms(f.query)): boolean {
  return (f.lesson === '' || row.lesson === f.lesson) &&
    (f.kind === '' || row.kind === f.kind) &&
    (!f.flaggedOnly || row.flagged) &&
    matchesState(row, f.state) &&
    matchesQuery(key, terms);
}

const byLesson = (a: CardRow, b: CardRow) => a.lessonIndex - b.lessonIndex || a.position - b.position;

/** `due`: the earliest next review first, cards not studied yet last (in lesson order); `lesson`: course order. */
export function sortRows(rows: readonly CardRow[], by: SortKey): CardRow[] {
  const out = [...rows];
  if (by === 'lesson') return out.sort(byLesson);
  return out.sort((a, b) => (a.due ?? Infinity) - (b.due ?? Infinity) || byLesson(a, b));
}

// ---------- the reducer ----------

/** Rows shown at first and added by each "더 보기". */
export const PAGE_SIZE = 30;

/** What a reset changed, so 되돌리기 can put the card back exactly. */
export interface ResetUndo {
  id: string;
  before: CardRecord;
  after: CardRecord;
}

export type CardChange =
  | { kind: 'flag'; id: string; on: boolean }
  | { kind: 'suspend'; id: string; on: boolean }
  | { kind: 'reset'; id: string }
  | { kind: 'undo-reset'; undo: ResetUndo };

export type Notice =
  | { kind: 'flag' | 'suspend'; id: string; on: boolean }
  | { kind: 'reset' | 'undone'; id: string }
  | { kind: 'error'; message: string };

export interface BrowserState extends Filters {
  sort: SortKey;
  /** Rows shown (a page at a time). */
  shown: number;
  /** Cards acted on since the filters last changed: they stay in view even when they no longer match. */
  kept: string[];
  /** The last reset, while it can be undone. */
  undo: ResetUndo | null;
  /** The status line: what the last action did, or why it did nothing. */
  notice: Notice | null;
  /** Lesson ids a lesson filter may take (others are refused). */
  lessonIds: string[];
  /** Kinds a kind filter may take. */
  kinds: string[];
}

export type BrowserAction =
  | { type: 'query'; text: string }
  | { type: 'lesson'; lesson: string }
  | { type: 'state'; state: string }
  | { type: 'kind'; kind: string }
  | { type: 'flagged-only'; on: boolean }
  | { type: 'sort'; by: string }
  | { type: 'clear-filters' }
  | { type: 'more' }
  | { type: 'flag'; id: string; on: boolean }
  | { type: 'suspend'; id: string; on: boolean }
  | { type: 'reset'; id: string }
  | { type: 'undo' }
  | { type: 'practise'; id: string }
  /** Outcome of a save effect: `undo` is set after a reset. */
  | { type: 'saved'; change: CardChange; undo: ResetUndo | null }
  | { type: 'save-failed'; change: CardChange; message: string }
  /** The hand-over to the quiz could not be written (storage off or full). */
  | { type: 'practise-failed'; message: string };

export type FocusTarget = { kind: 'undo' } | { kind: 'action'; id: string; action: 'flag' | 'suspend' | 'reset' };

export type BrowserEffect =
  | { type: 'save'; change: CardChange }
  | { type: 'practise'; id: string }
  | { type: 'focus'; target: FocusTarget };

export interface BrowserStep {
  state: BrowserState;
  effects: BrowserEffect[];
}

export function initialBrowserState(lessonIds: readonly string[], kinds: readonly string[]): BrowserState {
  return {
    query: '', lesson: '', state: 'all', kind: '', flaggedOnly: false, sort: 'due', shown: PAGE_SIZE, kept: [], undo: null, notice: null,
    lessonIds: [...lessonIds], kinds: [...kinds],
  };
}

const isOneOf = <T extends string>(list: readonly T[], v: string): v is T => list.includes(v as T);

/** A filter change: the page starts over and kept rows are let go. */
const refilter = (state: BrowserState, patch: Partial<Filters & { sort: SortKey }>): BrowserStep => ({
  state: { ...state, ...patch, shown: PAGE_SIZE, kept: [] },
  effects: [],
});

const keep = (kept: readonly string[], id: string) => (kept.includes(id) ? [...kept] : [...kept, id]);

export function reduceBrowser(state: BrowserState, action: BrowserAction): BrowserStep {
  const same: BrowserStep = { state, effects: [] };
  switch (action.type) {
    case 'query':
      return action.text === state.query ? same : refilter(state, { query: action.text });
    case 'lesson':
      return action.lesson === state.lesson || (action.lesson !== '' && !state.lessonIds.includes(action.lesson)) ? same : refilter(state, { lesson: action.lesson });
    case 'state':
      return action.state === state.state || !isOneOf(STATE_FILTERS, action.state) ? same : refilter(state, { state: action.state });
    case 'kind':
      return action.kind === state.kind || (action.kind !== '' && !state.kinds.includes(action.kind)) ? same : refilter(state, { kind: action.kind });
    case 'flagged-only':
      return action.on === state.flaggedOnly ? same : refilter(state, { flaggedOnly: action.on });
    case 'sort':
      return action.by === state.sort || !isOneOf(SORT_KEYS, action.by) ? same : refilter(state, { sort: action.by });
    case 'clear-filters':
      return refilter(state, { query: '', lesson: '', state: 'all', kind: '', flaggedOnly: false });
    case 'more':
      return { state: { ...state, shown: state.shown + PAGE_SIZE }, effects: [] };
    case 'flag':
      return { state, effects: [{ type: 'save', change: { kind: 'flag', id: action.id, on: action.on } }] };
    case 'suspend':
      return { state, effects: [{ type: 'save', change: { kind: 'suspend', id: action.id, on: action.on } }] };
    case 'reset':
      return { state, effects: [{ type: 'save', change: { kind: 'reset', id: action.id } }] };
    case 'undo':
      return state.undo ? { state, effects: [{ type: 'save', change: { kind: 'undo-reset', undo: state.undo } }] } : same;
    case 'practise':
      return { state, effects: [{ type: 'practise', id: action.id }] };
    case 'saved':
      return savedStep(state, action.change, action.undo);
    case 'save-failed':
    case 'practise-failed':
      // Nothing was saved, so nothing changed: only the status line says why.
      return { state: { ...state, notice: { kind: 'error', message: action.message } }, effects: [] };
    default: {
      const unreachable: never = action;
      return unreachable;
    }
  }
}

/** After a successful save: the status line says what changed, the row stays in view, focus stays near it. */
function savedStep(state: BrowserState, c: CardChange, undo: ResetUndo | null): BrowserStep {
  const id = c.kind === 'undo-reset' ? c.undo.id : c.id;
  const kept = keep(state.kept, id);
  switch (c.kind) {
    case 'flag':
    case 'suspend':
      // Any other change ends the reset's undo: 되돌리기 must never write over a later change.
      return { state: { ...state, kept, undo: null, notice: { kind: c.kind, id, on: c.on } }, effects: [{ type: 'focus', target: { kind: 'action', id, action: c.kind } }] };
    case 'reset':
      return { state: { ...state, kept, undo, notice: { kind: 'reset', id } }, effects: [{ type: 'focus', target: { kind: 'undo' } }] };
    case 'undo-reset':
      return { state: { ...state, kept, undo: null, notice: { kind: 'undone', id } }, effects: [{ type: 'focus', target: { kind: 'action', id, action: 'reset' } }] };
  }
}

/**
 * The rows on screen: filtered and searched (kept rows stay), sorted, then paged; `total` counts every match and
 * `order` lists them all. While rows are kept, `frozen` (the previous `order`) holds the order, so a card reset or
 * unsuspended does not jump away from under the learner's hand; a filter or sort change sorts afresh.
 */
export function visibleRows(
  rows: readonly CardRow[], state: BrowserState, index: ReadonlyMap<string, Keyed>, frozen: readonly string[] = [],
): { rows: CardRow[]; total: number; order: string[] } {
  const terms = queryTerms(state.query);
  const kept = new Set(state.kept);
  const matching = rows.filter((r) => kept.has(r.id) || matchesFilters(r, state, index.get(r.id), terms));
  const sorted = sortRows(matching, state.sort);
  if (kept.size > 0 && frozen.length > 0) {
    const at = new Map(frozen.map((id, i) => [id, i]));
    sorted.sort((a, b) => (at.get(a.id) ?? frozen.length) - (at.get(b.id) ?? frozen.length)); // stable: new ones keep their order
  }
  return { rows: sorted.slice(0, state.shown), total: matching.length, order: sorted.map((r) => r.id) };
}

export function filtersActive(f: Filters): boolean {
  return f.query.trim() !== '' || f.lesson !== '' || f.state !== 'all' || f.kind !== '' || f.flaggedOnly;
}

// ---------- applying a change to progress ----------

export const RESET_CHANGED_MESSAGE = '초기화한 뒤 이 문항이 다른 탭이나 화면에서 바뀌어 되돌리지 않았습니다. 지금 기록을 그대로 둡니다.';
const NOTHING_TO_RESET = '아직 공부하지 않은 문항이라 초기화할 기록이 없습니다.';

/** Same record, field by field (key order aside). */
export function sameCard(a: CardRecord, b: CardRecord): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if ((a as unknown as Record<string, unknown>)[k] !== (b as unknown as Record<string, unknown>)[k]) return false;
  return true;
}

/**
 * The progress after a change, with the undo record of a reset. Stamps (`mod`) only increase, so another tab's
 * merge takes the change. Reset ("forget") makes the card new again and keeps its flag, its suspension and the
 * review log, as Anki's Forget does; its undo puts the earlier record back (only `mod` moves on) unless the card
 * changed in between.
 */
export function applyChange(p: Progress, change: CardChange, now: number): Result<{ progress: Progress; undo: ResetUndo | null }> {
  const ok = (progress: Progress, undo: ResetUndo | null = null) => ({ ok: true as const, value: { progress, undo } });
  switch (change.kind) {
    case 'flag':
    case 'suspend': {
      const prev = getCard(p, change.id);
      const base = prev ?? blankCard(now);
      const next: CardRecord = change.kind === 'flag' ? { ...base, flagged: change.on } : { ...base, suspended: change.on };
      return ok(withCard(p, change.id, { ...next, mod: nextMod(prev?.mod, now) }));
    }
    case 'reset': {
      const before = getCard(p, change.id);
      if (!before || !isResettable(before)) return { ok: false, error: { code: 'nothing', message: NOTHING_TO_RESET } };
      const after: CardRecord = { ...blankCard(now), suspended: before.suspended, mod: nextMod(before.mod, now) };
      if (before.flagged !== undefined) after.flagged = before.flagged;
      return ok(withCard(p, change.id, after), { id: change.id, before, after });
    }
    case 'undo-reset': {
      const { id, before, after } = change.undo;
      const current = getCard(p, id);
      if (!current || !sameCard(current, after)) return { ok: false, error: { code: 'changed', message: RESET_CHANGED_MESSAGE } };
      return ok(withCard(p, id, { ...before, mod: nextMod(current.mod, now) }));
    }
  }
}

// ---------- text ----------

/** The start of a prompt, for messages: code spans unwrapped, at most `max` characters. */
export function shortPrompt(prompt: string, max = 30): string {
  const text = prompt.replace(/`/g, '').replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The status line's text for a notice; `prompt` is the card's prompt. */
export function noticeText(n: Notice, prompt: string): string {
  if (n.kind === 'error') return `저장하지 못해 아무것도 바꾸지 않았습니다. ${n.message}`;
  // The particle goes on the noun 문항, not on the quoted prompt (which may end in "?" or "…").
  const q = `‘${shortPrompt(prompt)}’ 문항`;
  switch (n.kind) {
    case 'flag': return n.on ? `${q}을 오답 노트에 표시했습니다.` : `${q}의 오답 노트 표시를 해제했습니다.`;
    case 'suspend': return n.on ? `${q}을 보류했습니다. 복습 일정에 나오지 않습니다.` : `${q}의 보류를 해제했습니다. 다시 복습 일정에 나옵니다.`;
    case 'reset': return `${q}을 새 문항으로 초기화했습니다. 복습 기록은 그대로 남습니다.`;
    case 'undone': return `${q}의 초기화를 되돌렸습니다. 다음 복습 시각과 안정도가 초기화 전으로 돌아왔습니다.`;
  }
}

/** The line above the list: how many rows match, or why none do. */
export function countText(total: number, shown: number, all: number, f: Filters): string {
  if (total === 0) {
    const q = f.query.trim();
    return q ? `${withJosa(`‘${q}’`, '이/가')} 들어간 문항이 조건에 없습니다.` : '조건에 맞는 문항이 없습니다.';
  }
  const head = filtersActive(f) ? `전체 ${all}문항 중 ${total}문항이 조건에 맞습니다.` : `전체 ${all}문항입니다.`;
  return shown < total ? `${head} 그중 ${shown}문항을 보여 줍니다.` : head;
}

/** "지남", "오늘 15:30", "내일", "3일 뒤 (12월 6일)": the next review relative to the study day. */
export function dueText(due: number | null, now: number, clock: Pick<Clock, 'utcOffsetMinutes'>): string {
  if (due === null) return '–';
  const days = studyDay(clock, due) - studyDay(clock, now);
  if (due <= now) return days < 0 ? `${-days}일 지남` : '지금';
  const local = new Date(due + clock.utcOffsetMinutes(due) * 60_000);
  const hm = `${local.getUTCHours()}:${String(local.getUTCMinutes()).padStart(2, '0')}`;
  if (days === 0) return `오늘 ${hm}`;
  if (days === 1) return `내일 ${hm}`;
  return `${days}일 뒤 (${dateText(due, clock)})`;
}

/** "12월 3일" in the learner's time zone. */
export function dateText(at: number, clock: Pick<Clock, 'utcOffsetMinutes'>): string {
  const local = new Date(at + clock.utcOffsetMinutes(at) * 60_000);
  return `${local.getUTCMonth() + 1}월 ${local.getUTCDate()}일`;
}

/** Stability in days, one decimal ("3.2일"); "–" for a card not studied yet. */
export function stabilityText(s: number | null): string {
  return s === null ? '–' : `${s < 10 ? Math.round(s * 10) / 10 : Math.round(s)}일`;
}

export function difficultyText(d: number | null): string {
  return d === null ? '–' : (Math.round(d * 10) / 10).toFixed(1);
}

// ---------- practise now ----------

export const PRACTICE_TITLE = '문항 바로 풀기';

/**
 * The session the quiz opens for "바로 풀기": the quiz resumes sessions from this record on load, so the browser
 * hands one card over the same way (the quiz page plans it with the `cards` mode: rescheduled only when due).
 */
export function practiceResume(id: string, day: number, seed: number): ResumeState {
  return { v: 1, mode: { kind: 'cards', ids: [id] }, title: PRACTICE_TITLE, seed, current: id, tally: { answered: 0, right: 0, wrong: 0, unsure: 0 }, seen: [], day };
}
