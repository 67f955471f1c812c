// Rooms and students' session tokens in SQLite (node:sqlite, built into Node 22), so a restart loses no joined
// student, answer or score. Secrets and tokens are stored only as SHA-256 hashes.
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { parseRoom, serializeRoom, type RoomState } from '../../src/lib/classroom/index.ts';

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
    `);
  }

  /** Every stored room; a row that does not parse is reported and left in the table for inspection. */
  loadAll(report: (code: string, message: string) => void): StoredRoom[] {
    const rows = this.#db.prepare('SELECT code, secret_hash, data FROM rooms').all() as { code: string; secret_hash: string; data: string }[];
    const rooms: StoredRoom[] = [];
    for (const row of rows) {
      const parsed = parseRoom(row.data);
      if (parsed.ok) rooms.push({ room: parsed.value, secretHash: row.secret_hash });
      else report(row.code, parsed.error.message);
    }
    return rooms;
  }

  save(room: RoomState, secretHash: string): void {
    this.#db
      .prepare('INSERT INTO rooms (code, secret_hash, data, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(code) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at')
      .run(room.code, secretHash, serializeRoom(room), room.updatedAt);
  }

  addMember(tokenHash: string, member: Member): void {
    this.#db.prepare('INSERT INTO members (token_hash, code, student_id) VALUES (?, ?, ?)').run(tokenHash, member.code, member.studentId);
  }

  member(tokenHash: string): Member | null {
    const row = this.#db.prepare('SELECT code, student_id FROM members WHERE token_hash = ?').get(tokenHash) as { code: string; student_id: string } | undefined;
    return row ? { code: row.code, studentId: row.student_id } : null;
  }

  /** Deletes rooms idle for longer than ROOM_IDLE_MS; returns their codes. */
  expire(now: number): string[] {
    const cutoff = now - ROOM_IDLE_MS;
    const codes = (this.#db.prepare('SELECT code FROM rooms WHERE updated_at < ?').all(cutoff) as { code: string }[]).map((r) => r.code);
    for (const code of codes) {
      this.#db.prepare('DELETE FROM members WHERE code = ?').run(code);
      this.#db.prepare('DELETE FROM rooms WHERE code = ?').run(code);
    }
    return codes;
  }

  close(): void {
    this.#db.close();
  }
}
