// Rooms and students' session tokens in SQLite (node:sqlite, built into Node 22), so a restart loses no joined
// student, answer or score. Secrets and tokens are stored only as SHA-256 hashes.
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { parseRoom, serializeRoom, type Answer, type RoomState } from '../../src/lib/classroom/index.ts';

export const ROOM_IDLE_MS = 12 * 60 * 60 * 1000;

export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

export interface StoredRoom {
  readonly room: RoomState;
  readonly secretHash: string;
}

export interface Member {
  readonly code: string;
  readonly studentId: string;
}

export class RoomStore {
  readonly #db: DatabaseSync;
  readonly #statements = new Map<string, StatementSync>();

  /** Prepared once, reused: an answer is two small statements, not two compilations. */
  #sql(text: string): StatementSync {
    let statement = this.#statements.get(text);
    if (!statement) {
      statement = this.#db.prepare(text);
      this.#statements.set(text, statement);
    }
    return statement;
  }

  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.#db = new DatabaseSync(path);
    this.#db.exec(`
      PRAGMA journal_mode = WAL;
      PRAGMA synchronous = NORMAL;
      CREATE TABLE IF NOT EXISTS rooms (
        code TEXT PRIMARY KEY,
        secret_hash TEXT NOT NULL,
        data TEXT NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE TABLE IF NOT EXISTS members (
        token_hash TEXT PRIMARY KEY,
        code TEXT NOT NULL REFERENCES rooms(code) ON DELETE CASCADE,
        student_id TEXT NOT NULL
      );
      CREATE INDEX IF NOT EXISTS members_code ON members(code);
      CREATE TABLE IF NOT EXISTS answers (
        code TEXT NOT NULL,
        question_id TEXT NOT NULL,
        student_id TEXT NOT NULL,
        choice TEXT NOT NULL,
        at INTEGER NOT NULL,
        PRIMARY KEY (code, question_id, student_id)
      );
    `);
  }

  /** Every stored room; a row that does not parse is reported and left in the table for inspection. */
  loadAll(report: (code: string, message: string) => void): StoredRoom[] {
    const rows = this.#sql('SELECT code, secret_hash, data FROM rooms').all() as { code: string; secret_hash: string; data: string }[];
    const rooms: StoredRoom[] = [];
    const answerRows = this.#sql('SELECT question_id, student_id, choice, at FROM answers WHERE code = ?');
    for (const row of rows) {
      const parsed = parseRoom(row.data);
      if (!parsed.ok) {
        report(row.code, parsed.error.message);
        continue;
      }
      const answers = new Map<string, Map<string, Answer>>();
      for (const a of answerRows.all(row.code) as { question_id: string; student_id: string; choice: string; at: number }[]) {
        const choice: unknown = JSON.parse(a.choice);
        if (!Array.isArray(choice) || !choice.every(Number.isInteger)) {
          report(row.code, `답안 ${a.question_id}/${a.student_id}의 형식이 잘못되어 건너뜁니다.`);
          continue;
        }
        const byStudent = answers.get(a.question_id) ?? new Map<string, Answer>();
        byStudent.set(a.student_id, { choice: choice as number[], at: a.at });
        answers.set(a.question_id, byStudent);
      }
      rooms.push({ room: { ...parsed.value, answers }, secretHash: row.secret_hash });
    }
    return rooms;
  }

  /** The room without its answers (those are rows of their own: saveAnswer). */
  save(room: RoomState, secretHash: string): void {
    this.#sql('INSERT INTO rooms (code, secret_hash, data, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(code) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at')
      .run(room.code, secretHash, serializeRoom(room, false), room.updatedAt);
  }

  /** One student's answer to one question (a changed answer replaces the row), and the room's idle clock. */
  saveAnswer(code: string, questionId: string, studentId: string, answer: Answer): void {
    this.#sql('INSERT INTO answers (code, question_id, student_id, choice, at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(code, question_id, student_id) DO UPDATE SET choice = excluded.choice, at = excluded.at')
      .run(code, questionId, studentId, JSON.stringify(answer.choice), answer.at);
    this.#sql('UPDATE rooms SET updated_at = ? WHERE code = ?').run(answer.at, code);
  }

  addMember(tokenHash: string, member: Member): void {
    this.#sql('INSERT INTO members (token_hash, code, student_id) VALUES (?, ?, ?)').run(tokenHash, member.code, member.studentId);
  }

  member(tokenHash: string): Member | null {
    const row = this.#sql('SELECT code, student_id FROM members WHERE token_hash = ?').get(tokenHash) as { code: string; student_id: string } | undefined;
    return row ? { code: row.code, studentId: row.student_id } : null;
  }

  /** Deletes rooms idle for longer than ROOM_IDLE_MS; returns their codes. */
  expire(now: number): string[] {
    const cutoff = now - ROOM_IDLE_MS;
    const codes = (this.#sql('SELECT code FROM rooms WHERE updated_at < ?').all(cutoff) as { code: string }[]).map((r) => r.code);
    for (const code of codes) {
      this.#sql('DELETE FROM members WHERE code = ?').run(code);
      this.#sql('DELETE FROM answers WHERE code = ?').run(code);
      this.#sql('DELETE FROM rooms WHERE code = ?').run(code);
    }
    return codes;
  }

  close(): void {
    this.#db.close();
  }
}
