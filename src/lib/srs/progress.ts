// Stored progress: a hand-rolled schema check (no zod in client bundles), migrations from each older
// version, a canonical serialization, merge by review/modification time, and export/import files.
import {
  CLOCK_SKEW_MS, CURRENT_VERSION, DEFAULT_SETTINGS, LOG_FLAG_MASK, MAX_BACKUP_BYTES, cardTable, emptyProgress, getCard,
  type CardRecord, type LogEntry, type Progress, type ResetMark, type Result, type Settings,
} from './types.ts';

export const EXPORT_FORMAT = 'ec2-study-lab-progress';

/** The largest stability ts-fsrs produces (its S_MAX, days); anything larger cannot come from a review. */
export const STABILITY_MAX_DAYS = 36_500;

export const NEWER_VERSION_MESSAGE = '새 버전에서 저장된 진도입니다. 페이지를 새로 고치세요.';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isInt = (v: unknown, min: number, max: number): v is number => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
/** A value for a message: short, and never the whole of a hostile string. */
const shown = (v: unknown): string => {
  const text = typeof v === 'string' ? JSON.stringify(v) : String(v);
  return text.length > 24 ? `${text.slice(0, 23)}…` : text;
};

function fail(code: string, message: string): { ok: false; error: { code: string; message: string } } {
  return { ok: false, error: { code, message } };
}

/**
 * Checks one card's values, not only its shape: the values ts-fsrs would throw on (difficulty outside
 * 1–10, stability 0 on a reviewed card, a last review after now) are refused here instead.
 * Returns a Korean message naming the field, or null when the card is sound.
 */
export function cardProblem(v: unknown, id: string, now: number): string | null {
  const where = `문항 ${shown(id)}의 카드 기록`;
  if (!isObj(v)) return `${where}이 객체가 아닙니다.`;
  const latest = now + CLOCK_SKEW_MS;
  if (!isNum(v.due)) return `${where}: due(다음 복습 시각)가 숫자가 아닙니다.`;
  if (!isInt(v.state, 0, 3)) return `${where}: state(학습 단계)는 0~3이어야 합니다(지금 ${shown(v.state)}).`;
  const reviewed = v.state !== 0;
  if (!isNum(v.difficulty) || v.difficulty > 10 || v.difficulty < (reviewed ? 1 : 0)) {
    return `${where}: difficulty(난이도)는 ${reviewed ? 1 : 0}~10이어야 합니다(지금 ${shown(v.difficulty)}).`;
  }
  if (!isNum(v.stability) || v.stability < 0 || (reviewed && v.stability === 0)) {
    return `${where}: stability(안정도)는 ${reviewed ? '0보다 커야' : '0 이상이어야'} 합니다(지금 ${shown(v.stability)}).`;
  }
  if (v.stability > STABILITY_MAX_DAYS) return `${where}: stability(안정도)가 최대 간격 ${STABILITY_MAX_DAYS}일을 넘습니다(지금 ${shown(v.stability)}).`;
  if (!isNum(v.scheduled_days) || v.scheduled_days < 0 || v.scheduled_days > STABILITY_MAX_DAYS) {
    return `${where}: scheduled_days(복습 간격)는 0~${STABILITY_MAX_DAYS}일이어야 합니다(지금 ${shown(v.scheduled_days)}).`;
  }
  if (!isInt(v.learning_steps, 0, 1000)) return `${where}: learning_steps(학습 단계 번호)가 올바르지 않습니다(지금 ${shown(v.learning_steps)}).`;
  if (!isInt(v.reps, 0, 1e9)) return `${where}: reps(복습 횟수)는 0 이상의 정수여야 합니다(지금 ${shown(v.reps)}).`;
  if (!isInt(v.lapses, 0, 1e9)) return `${where}: lapses(잊은 횟수)는 0 이상의 정수여야 합니다(지금 ${shown(v.lapses)}).`;
  if (v.last_review !== null) {
    if (!isNum(v.last_review)) return `${where}: last_review(마지막 복습 시각)가 숫자가 아닙니다.`;
    if (v.last_review > latest) return `${where}: last_review(마지막 복습 시각)가 미래입니다.`;
    if (v.last_review > v.due) return `${where}: last_review(마지막 복습 시각)가 due(다음 복습 시각)보다 늦습니다.`;
  }
  if (!isInt(v.wrong, 0, 1e9)) return `${where}: wrong(틀린 횟수)은 0 이상의 정수여야 합니다(지금 ${shown(v.wrong)}).`;
  if (typeof v.leech !== 'boolean') return `${where}: leech(거머리 카드 표시)가 true/false가 아닙니다.`;
  if (typeof v.suspended !== 'boolean') return `${where}: suspended(보류 표시)가 true/false가 아닙니다.`;
  if (v.flagged !== undefined && typeof v.flagged !== 'boolean') return `${where}: flagged(오답 노트 표시)가 true/false가 아닙니다.`;
  if (!isNum(v.mod)) return `${where}: mod(수정 시각)가 숫자가 아닙니다.`;
  if (v.mod > latest) return `${where}: mod(수정 시각)가 미래입니다.`;
  return null;
}

export function checkCard(v: unknown, now: number = Date.now()): v is CardRecord {
  return cardProblem(v, '', now) === null;
}

/** Checks one review-log row; `index` is 0-based, the message counts from 1. */
export function logEntryProblem(v: unknown, index: number, now: number): string | null {
  const where = `복습 기록 ${index + 1}번째 줄`;
  if (!Array.isArray(v) || (v.length !== 4 && v.length !== 5)) return `${where}이 올바르지 않습니다(항목 4~5개의 배열이어야 합니다).`;
  if (typeof v[0] !== 'string') return `${where}이 올바르지 않습니다: 문항 id가 문자열이 아닙니다.`;
  if (!isNum(v[1])) return `${where}이 올바르지 않습니다: 복습 시각이 숫자가 아닙니다.`;
  if (v[1] > now + CLOCK_SKEW_MS) return `${where}이 올바르지 않습니다: 복습 시각이 미래입니다.`;
  if (!isInt(v[2], 1, 4)) return `${where}이 올바르지 않습니다: 평가는 1~4여야 합니다(지금 ${shown(v[2])}).`;
  if (!isInt(v[3], 0, 3)) return `${where}이 올바르지 않습니다: 복습 전 단계는 0~3이어야 합니다(지금 ${shown(v[3])}).`;
  if (v.length === 5 && (!isInt(v[4], 0, LOG_FLAG_MASK) || (v[4] & ~LOG_FLAG_MASK) !== 0)) {
    return `${where}이 올바르지 않습니다: 표시(flags)는 0~${LOG_FLAG_MASK}여야 합니다(지금 ${shown(v[4])}).`;
  }
  return null;
}

export function checkLogEntry(v: unknown, now: number = Date.now()): v is LogEntry {
  return logEntryProblem(v, 0, now) === null;
}

export function settingsProblem(v: unknown, now: number): string | null {
  if (!isObj(v)) return '설정 값이 올바르지 않습니다.';
  if (!isInt(v.newPerDay, 0, 9999)) return `설정: 하루 새 문항 수(newPerDay)는 0~9999의 정수여야 합니다(지금 ${shown(v.newPerDay)}).`;
  if (!isInt(v.reviewsPerDay, 0, 99999)) return `설정: 하루 복습 수(reviewsPerDay)는 0~99999의 정수여야 합니다(지금 ${shown(v.reviewsPerDay)}).`;
  if (!isNum(v.retention) || v.retention < 0.7 || v.retention > 0.99) return `설정: 목표 기억률(retention)은 0.7~0.99여야 합니다(지금 ${shown(v.retention)}).`;
  if (!isNum(v.mod) || v.mod > now + CLOCK_SKEW_MS) return `설정: 수정 시각(mod)이 숫자가 아니거나 미래입니다.`;
  return null;
}

export function checkSettings(v: unknown, now: number = Date.now()): v is Settings {
  return settingsProblem(v, now) === null;
}

/** Review time, then question id: the one order of the log, whatever order rows were written in. */
export const compareLog = (x: LogEntry, y: LogEntry): number => x[1] - y[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0);

/** Adds a row at its place in time, so a clock set back never leaves the log out of order. */
export function insertLogEntry(log: readonly LogEntry[], entry: LogEntry): LogEntry[] {
  let i = log.length;
  while (i > 0 && compareLog(log[i - 1] as LogEntry, entry) > 0) i--;
  return [...log.slice(0, i), entry, ...log.slice(i)];
}

/** Full check of the current version, values included. Returns a Korean message naming the first bad field. */
export function checkProgress(v: unknown, now: number = Date.now()): Result<Progress> {
  if (!isObj(v)) return fail('shape', '진도 데이터가 객체가 아닙니다.');
  if (v.version !== CURRENT_VERSION) return fail('version', `지원하지 않는 진도 데이터 버전입니다: ${shown(v.version)}`);
  const settings = settingsProblem(v.settings, now);
  if (settings) return fail('settings', settings);
  if (!isObj(v.cards)) return fail('cards', '카드 목록이 없습니다.');
  const cards = cardTable();
  for (const [id, c] of Object.entries(v.cards)) {
    const problem = cardProblem(c, id, now);
    if (problem) return fail('card', problem);
    cards[id] = c as CardRecord;
  }
  if (!Array.isArray(v.log)) return fail('log', '복습 기록이 없습니다.');
  for (let i = 0; i < v.log.length; i++) {
    const problem = logEntryProblem(v.log[i], i, now);
    if (problem) return fail('log', problem);
  }
  if (!Array.isArray(v.undone) || !v.undone.every((k) => typeof k === 'string')) return fail('undone', '되돌리기 기록이 올바르지 않습니다.');
  if (!(v.lastBackup === null || isNum(v.lastBackup))) return fail('lastBackup', '마지막 백업 시각이 올바르지 않습니다.');
  const reset = v.reset;
  if (reset !== undefined && !(isObj(reset) && isNum(reset.at) && isNum(reset.mod) && reset.at <= now + CLOCK_SKEW_MS && reset.mod <= now + CLOCK_SKEW_MS)) {
    return fail('reset', '진도 초기화 기록(reset)이 올바르지 않거나 미래입니다.');
  }
  const log = (v.log as LogEntry[]).slice().sort(compareLog);
  const value: Progress = { version: CURRENT_VERSION, settings: v.settings as Settings, cards, log, undone: v.undone as string[], lastBackup: v.lastBackup as number | null };
  if (reset !== undefined) value.reset = { at: reset.at as number, mod: reset.mod as number };
  return { ok: true, value };
}

/**
 * Migrations, one per older version, each to the next. Version 1 was the pre-release format:
 * ISO date strings, log rows as objects, no review limit, no suspend/leech flags.
 */
const migrations = new Map<number, (old: Record<string, unknown>) => Result<Record<string, unknown>>>([
  [
  1, (old) => {
    const iso = (s: unknown): number | null => (typeof s === 'string' && !Number.isNaN(Date.parse(s)) ? Date.parse(s) : null);
    const cardsIn = isObj(old.cards) ? old.cards : null;
    if (!cardsIn || !Array.isArray(old.log)) return fail('v1', '버전 1 데이터에 cards 또는 log가 없습니다.');
    const cards = cardTable();
    for (const [id, raw] of Object.entries(cardsIn)) {
      if (!isObj(raw)) return fail('v1', `버전 1 카드 ${id}가 올바르지 않습니다.`);
      const due = iso(raw.due);
      if (due === null) return fail('v1', `버전 1 카드 ${id}의 due가 날짜가 아닙니다.`);
      const last = raw.last_review == null ? null : iso(raw.last_review);
      cards[id] = {
        due, stability: Number(raw.stability), difficulty: Number(raw.difficulty), scheduled_days: Number(raw.scheduled_days),
        learning_steps: Number(raw.learning_steps ?? 0), reps: Number(raw.reps), lapses: Number(raw.lapses),
        state: Number(raw.state) as CardRecord['state'], last_review: last, wrong: Number(raw.lapses), leech: false,
        suspended: false, mod: last ?? due,
      };
    }
    const log: unknown[] = [];
    for (const row of old.log) {
      if (!isObj(row)) return fail('v1', '버전 1 복습 기록이 올바르지 않습니다.');
      log.push([row.id, iso(row.review), row.rating, row.state]);
    }
    const s = isObj(old.settings) ? old.settings : {};
    return {
      ok: true,
      value: {
        version: 2,
        settings: {
          newPerDay: s.newPerDay ?? DEFAULT_SETTINGS.newPerDay, reviewsPerDay: DEFAULT_SETTINGS.reviewsPerDay,
          retention: s.retention ?? DEFAULT_SETTINGS.retention, mod: 0,
        },
        cards, log, undone: [], lastBackup: null,
      },
    };
  }],
]);

/** Parses and checks stored text, migrating older versions. Never throws. */
export function parseProgress(text: string, now: number = Date.now()): Result<Progress> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('json', '저장된 진도 데이터를 읽을 수 없습니다 (JSON 형식이 아닙니다).');
  }
  return upgrade(data, now);
}

/** Version written in the data, when it is a plausible one. */
export function dataVersion(data: unknown): number | null {
  return isObj(data) && isInt(data.version, 1, 1_000_000) ? data.version : null;
}

export function upgrade(data: unknown, now: number = Date.now()): Result<Progress> {
  if (!isObj(data)) return fail('shape', '진도 데이터가 객체가 아닙니다.');
  let cur: Record<string, unknown> = data;
  const written = dataVersion(cur);
  if (written === null) return fail('version', '진도 데이터에 버전 정보가 없습니다.');
  // A newer site wrote this (an old service worker can still run old code): not corrupt, only unreadable here.
  if (written > CURRENT_VERSION) return fail('newer', NEWER_VERSION_MESSAGE);
  let version = written;
  while (version < CURRENT_VERSION) {
    const step = migrations.get(version);
    if (!step) return fail('migration', `버전 ${version}에서 옮기는 방법이 없습니다.`);
    const r = step(cur);
    if (!r.ok) return r;
    cur = r.value;
    version = cur.version as number;
  }
  return checkProgress(cur, now);
}

/**
 * Best-effort read of data from a newer version, for a read-only view: the fields this version knows,
 * checked as usual. Null when even those do not fit.
 */
export function readNewerProgress(text: string, now: number = Date.now()): Progress | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const version = dataVersion(data);
  if (version === null || version <= CURRENT_VERSION || !isObj(data)) return null;
  const r = checkProgress({ ...data, version: CURRENT_VERSION }, now);
  return r.ok ? r.value : null;
}

/** Canonical JSON: card ids sorted, so equal states give equal text (cross-tab sync compares text). */
export function serializeProgress(p: Progress): string {
  const cards = cardTable(Object.keys(p.cards).sort().map((id) => [id, getCard(p, id) as CardRecord]));
  const reset = p.reset ? { reset: { at: p.reset.at, mod: p.reset.mod } } : {};
  return JSON.stringify({ version: p.version, settings: p.settings, cards, log: p.log, undone: [...p.undone].sort(), lastBackup: p.lastBackup, ...reset });
}

export const logKey = (e: LogEntry): string => `${e[0]}|${e[1]}`;

/** Which of two records of one card a merge keeps: the later change; on a tie, a fixed order so merges commute. */
function newerCard(a: CardRecord, b: CardRecord): CardRecord {
  if (a.mod !== b.mod) return b.mod > a.mod ? b : a;
  if (a.reps !== b.reps) return b.reps > a.reps ? b : a;
  return JSON.stringify(b) > JSON.stringify(a) ? b : a;
}

/**
 * Merges two progress states without losing reviews: the review logs are united (minus rows undone on
 * either side), each card keeps the record changed last, settings keep the newer change.
 */
/** The later of two reset registers (by stamp; on a tie, the later reset). */
function newerReset(a: ResetMark | undefined, b: ResetMark | undefined): ResetMark | undefined {
  if (!a || !b) return a ?? b;
  if (a.mod !== b.mod) return b.mod > a.mod ? b : a;
  return b.at > a.at ? b : a;
}

export function mergeProgress(a: Progress, b: Progress): Progress {
  const reset = newerReset(a.reset, b.reset);
  const cutoff = reset?.at ?? -Infinity;
  const undone = new Set([...a.undone, ...b.undone]);
  const rows = new Map<string, LogEntry>();
  for (const e of [...a.log, ...b.log]) {
    const k = logKey(e);
    if (undone.has(k) || e[1] < cutoff) continue;
    const had = rows.get(k);
    // The same review seen by both sides: keep the row with more flags set, so the merge commutes.
    if (!had || (e[4] ?? 0) > (had[4] ?? 0)) rows.set(k, e);
  }
  const log = [...rows.values()].sort(compareLog);
  const cards = cardTable(Object.entries(a.cards).filter(([, c]) => c.mod >= cutoff));
  for (const [id, cb] of Object.entries(b.cards)) {
    if (cb.mod < cutoff) continue;
    const ca = getCard({ cards }, id);
    cards[id] = ca ? newerCard(ca, cb) : cb;
  }
  const settings =
    a.settings.mod !== b.settings.mod
      ? b.settings.mod > a.settings.mod ? b.settings : a.settings
      : JSON.stringify(b.settings) > JSON.stringify(a.settings) ? b.settings : a.settings;
  const lastBackup = Math.max(a.lastBackup ?? 0, b.lastBackup ?? 0) || null;
  const merged: Progress = { version: 2, settings, cards, log, undone: [...undone].sort(), lastBackup };
  if (reset) merged.reset = reset;
  return merged;
}

/**
 * "진도 초기화": every card and review goes, settings stay. The reset is a stamped mark, so another tab's
 * merge drops its copy of the old progress instead of bringing it back.
 */
export function resetProgress(p: Progress, now: number): Progress {
  // After every stamp it drops, even ones a clock set back left "in the future".
  let at = now;
  for (const c of Object.values(p.cards)) at = Math.max(at, c.mod + 1);
  for (const e of p.log) at = Math.max(at, e[1] + 1);
  return { ...emptyProgress(), settings: p.settings, lastBackup: p.lastBackup, reset: { at, mod: Math.max(at, (p.reset?.mod ?? -Infinity) + 1) } };
}

/** Undoes a reset: the progress from before comes back, and the mark moves back under a newer stamp. */
export function undoReset(before: Progress, current: Progress, now: number): Progress {
  const mod = Math.max(now, (current.reset?.mod ?? -Infinity) + 1);
  const back = { ...before, reset: { at: before.reset?.at ?? -1, mod } };
  const merged = mergeProgress(back, { ...current, reset: back.reset });
  if (!before.reset) merged.reset = { at: -1, mod };
  return merged;
}

/**
 * Cards whose question is not in the bank (removed or renamed since): kept in progress untouched, so
 * nothing is lost if the question comes back, never scheduled (the queue walks the bank), and reported.
 */
export function unknownCards(p: Pick<Progress, 'cards'>, bankIds: Iterable<string>): string[] {
  const known = new Set(bankIds);
  return Object.keys(p.cards).filter((id) => !known.has(id)).sort();
}

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  exportedAt: string;
  progress: Progress;
}

export function exportProgress(p: Progress, now: number): string {
  const progress = JSON.parse(serializeProgress(p)) as Progress;
  return JSON.stringify({ format: EXPORT_FORMAT, exportedAt: new Date(now).toISOString(), progress } satisfies ExportFile, null, 1);
}

const MB = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** Size check before a backup is read or parsed: the UI calls it with `file.size`. */
export function checkBackupSize(bytes: number): Result<null> {
  if (!(bytes <= MAX_BACKUP_BYTES)) {
    return fail('too-large', `백업 파일이 너무 큽니다(${MB(bytes)} MB). ${MB(MAX_BACKUP_BYTES)} MB 이하의 EC2 스터디랩 백업 파일만 가져올 수 있습니다.`);
  }
  return { ok: true, value: null };
}

/** UTF-8 size of a text, without encoding short texts (a character is at most 3 bytes in UTF-16 terms). */
function utf8Bytes(text: string): number {
  return text.length * 3 <= MAX_BACKUP_BYTES ? text.length : new TextEncoder().encode(text).length;
}

/** A backup's text as JSON, refused by size before parsing. */
function readBackupJson(text: string, notJson: string): Result<unknown> {
  const size = checkBackupSize(utf8Bytes(text));
  if (!size.ok) return size;
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return fail('json', notJson);
  }
}

/** The progress inside parsed export-file data. */
function fromExportData(data: unknown, now: number): Result<Progress> {
  if (!isObj(data) || data.format !== EXPORT_FORMAT) return fail('format', 'EC2 스터디랩 진도 백업 파일이 아닙니다.');
  const r = upgrade(data.progress, now);
  if (!r.ok) return fail(r.error.code, r.error.code === 'newer' ? `백업 파일을 적용하지 않았습니다: 새 버전의 사이트에서 만든 백업입니다. 페이지를 새로 고친 뒤 다시 가져오세요.` : `백업 파일을 적용하지 않았습니다: ${r.error.message}`);
  return r;
}

/** Validates a backup file whole; on any problem nothing is applied and the message says what is wrong. */
export function parseExport(text: string, now: number = Date.now()): Result<Progress> {
  const data = readBackupJson(text, '백업 파일이 JSON 형식이 아닙니다.');
  return data.ok ? fromExportData(data.value, now) : data;
}

/**
 * Reads a kept-aside copy (raw stored text) or a backup file: either form can be imported back. The text is
 * measured and parsed once.
 */
export function parseProgressOrExport(text: string, now: number = Date.now()): Result<Progress> {
  const data = readBackupJson(text, '보관한 데이터가 JSON 형식이 아니어서 가져올 수 없습니다.');
  if (!data.ok) return data;
  return isObj(data.value) && data.value.format === EXPORT_FORMAT ? fromExportData(data.value, now) : upgrade(data.value, now);
}

export { emptyProgress };
