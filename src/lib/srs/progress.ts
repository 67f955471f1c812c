// Stored progress: a hand-rolled schema check (no zod in client bundles), migrations from each older
// version, a canonical serialization, merge by review/modification time, and export/import files.
import { CURRENT_VERSION, DEFAULT_SETTINGS, emptyProgress, type CardRecord, type LogEntry, type Progress, type Result, type Settings } from './types.ts';

export const EXPORT_FORMAT = 'ec2-study-lab-progress';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isInt = (v: unknown, min: number, max: number): v is number => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;

function fail(code: string, message: string): { ok: false; error: { code: string; message: string } } {
  return { ok: false, error: { code, message } };
}

export function checkCard(v: unknown): v is CardRecord {
  if (!isObj(v)) return false;
  return (
    isNum(v.due) && isNum(v.stability) && v.stability >= 0 && isNum(v.difficulty) && isNum(v.scheduled_days) &&
    isInt(v.learning_steps, 0, 1000) && isInt(v.reps, 0, 1e9) && isInt(v.lapses, 0, 1e9) && isInt(v.state, 0, 3) &&
    (v.last_review === null || isNum(v.last_review)) && isInt(v.wrong, 0, 1e9) && typeof v.leech === 'boolean' &&
    typeof v.suspended === 'boolean' && isNum(v.mod)
  );
}

export function checkLogEntry(v: unknown): v is LogEntry {
  return Array.isArray(v) && v.length === 4 && typeof v[0] === 'string' && isNum(v[1]) && isInt(v[2], 1, 4) && isInt(v[3], 0, 3);
}

export function checkSettings(v: unknown): v is Settings {
  return (
    isObj(v) && isInt(v.newPerDay, 0, 9999) && isInt(v.reviewsPerDay, 0, 99999) && isNum(v.retention) &&
    v.retention >= 0.7 && v.retention <= 0.99 && isNum(v.mod)
  );
}

/** Full schema check of the current version. Returns a Korean message naming the first bad part. */
export function checkProgress(v: unknown): Result<Progress> {
  if (!isObj(v)) return fail('shape', '진도 데이터가 객체가 아닙니다.');
  if (v.version !== CURRENT_VERSION) return fail('version', `진도 데이터 버전 ${String(v.version)}은(는) 지원하지 않습니다.`);
  if (!checkSettings(v.settings)) return fail('settings', '설정 값이 올바르지 않습니다.');
  if (!isObj(v.cards)) return fail('cards', '카드 목록이 없습니다.');
  for (const [id, c] of Object.entries(v.cards)) if (!checkCard(c)) return fail('card', `문항 ${id}의 카드 기록이 올바르지 않습니다.`);
  if (!Array.isArray(v.log)) return fail('log', '복습 기록이 없습니다.');
  for (let i = 0; i < v.log.length; i++) if (!checkLogEntry(v.log[i])) return fail('log', `복습 기록 ${i + 1}번째 줄이 올바르지 않습니다.`);
  if (!Array.isArray(v.undone) || !v.undone.every((k) => typeof k === 'string')) return fail('undone', '되돌리기 기록이 올바르지 않습니다.');
  if (!(v.lastBackup === null || isNum(v.lastBackup))) return fail('lastBackup', '마지막 백업 시각이 올바르지 않습니다.');
  const log = (v.log as LogEntry[]).slice().sort((a, b) => a[1] - b[1]);
  return { ok: true, value: { ...(v as unknown as Progress), log } };
}

/**
 * Migrations, one per older version, each to the next. Version 1 was the pre-release format:
 * ISO date strings, log rows as objects, no review limit, no suspend/leech flags.
 */
const migrations: Record<number, (old: Record<string, unknown>) => Result<Record<string, unknown>>> = {
  1: (old) => {
    const iso = (s: unknown): number | null => (typeof s === 'string' && !Number.isNaN(Date.parse(s)) ? Date.parse(s) : null);
    const cardsIn = isObj(old.cards) ? old.cards : null;
    if (!cardsIn || !Array.isArray(old.log)) return fail('v1', '버전 1 데이터에 cards 또는 log가 없습니다.');
    const cards: Record<string, CardRecord> = {};
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
  },
};

/** Parses and checks stored text, migrating older versions. Never throws. */
export function parseProgress(text: string): Result<Progress> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('json', '저장된 진도 데이터를 읽을 수 없습니다 (JSON 형식이 아닙니다).');
  }
  return upgrade(data);
}

export function upgrade(data: unknown): Result<Progress> {
  if (!isObj(data)) return fail('shape', '진도 데이터가 객체가 아닙니다.');
  let cur: Record<string, unknown> = data;
  if (!isInt(cur.version, 1, 1000)) return fail('version', '진도 데이터에 버전 정보가 없습니다.');
  let version: number = cur.version;
  if (version > CURRENT_VERSION) return fail('future', `이 진도 데이터(버전 ${version})는 더 새 버전의 사이트에서 만들어졌습니다.`);
  while (version < CURRENT_VERSION) {
    const step = migrations[version];
    if (!step) return fail('migration', `버전 ${version}에서 옮기는 방법이 없습니다.`);
    const r = step(cur);
    if (!r.ok) return r;
    cur = r.value;
    version = cur.version as number;
  }
  return checkProgress(cur);
}

/** Canonical JSON: card ids sorted, so equal states give equal text (cross-tab sync compares text). */
export function serializeProgress(p: Progress): string {
  const cards: Record<string, CardRecord> = {};
  for (const id of Object.keys(p.cards).sort()) cards[id] = p.cards[id] as CardRecord;
  return JSON.stringify({ version: p.version, settings: p.settings, cards, log: p.log, undone: [...p.undone].sort(), lastBackup: p.lastBackup });
}

export const logKey = (e: LogEntry): string => `${e[0]}|${e[1]}`;

/**
 * Merges two progress states without losing reviews: the review logs are united (minus rows undone on
 * either side), each card keeps the record changed last, settings keep the newer change.
 */
export function mergeProgress(a: Progress, b: Progress): Progress {
  const undone = new Set([...a.undone, ...b.undone]);
  const seen = new Set<string>();
  const log: LogEntry[] = [];
  for (const e of [...a.log, ...b.log]) {
    const k = logKey(e);
    if (seen.has(k) || undone.has(k)) continue;
    seen.add(k);
    log.push(e);
  }
  log.sort((x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  const cards: Record<string, CardRecord> = { ...a.cards };
  for (const [id, cb] of Object.entries(b.cards)) {
    const ca = cards[id];
    if (!ca || cb.mod > ca.mod || (cb.mod === ca.mod && cb.reps > ca.reps)) cards[id] = cb;
  }
  const settings = b.settings.mod > a.settings.mod ? b.settings : a.settings;
  const lastBackup = Math.max(a.lastBackup ?? 0, b.lastBackup ?? 0) || null;
  return { version: 2, settings, cards, log, undone: [...undone].sort(), lastBackup };
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

/** Validates a backup file whole; on any problem nothing is applied and the message says what is wrong. */
export function parseExport(text: string): Result<Progress> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('json', '백업 파일이 JSON 형식이 아닙니다.');
  }
  if (!isObj(data) || data.format !== EXPORT_FORMAT) return fail('format', 'EC2 스터디랩 진도 백업 파일이 아닙니다.');
  const r = upgrade(data.progress);
  if (!r.ok) return fail(r.error.code, `백업 파일을 적용하지 않았습니다: ${r.error.message}`);
  return r;
}

export { emptyProgress };
