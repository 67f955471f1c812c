import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  classReport,
  createRoom,
  MAX_STUDENTS,
  csvCell,
  distribution,
  newRoomCode,
  normalizeNickname,
  parseClientMessage,
  parseRoom,
  projectorView,
  reduceRoom,
  reportCsv,
  serializeRoom,
  standings,
  studentView,
  type Actor,
  type LiveQuestion,
  type RoomCommand,
  type RoomState,
} from '../../src/lib/classroom/index.ts';

const instructor: Actor = { role: 'instructor' };
const system: Actor = { role: 'system' };
const student = (id: string): Actor => ({ role: 'student', studentId: id });

const text = (id: string, options: string[], answerText: string | null = null) => ({ lesson: 'ami', prompt: `${id}?`, options, explanation: `${id} 해설`, answerText });
const questions: LiveQuestion[] = [
  { id: 'q-single', kind: 'single', choices: 4, key: [2], ...text('q-single', ['가', '나', '다', '라']) },
  { id: 'q-multi', kind: 'multiple', choices: 4, key: [0, 3], ...text('q-multi', ['가', '나', '다', '라']) },
  { id: 'q-tf', kind: 'true-false', choices: 2, key: [1], ...text('q-tf', ['참', '거짓']) },
  { id: 'q-typed', kind: 'discuss', choices: 0, key: [], ...text('q-typed', [], '169.254.169.254') },
];

function run(room: RoomState, steps: [RoomCommand, Actor, number][]): RoomState {
  return steps.reduce((r, [command, actor, now]) => {
    const result = reduceRoom(r, command, actor, now);
    if (!result.ok) throw new Error(`${command.type}: ${result.error.message}`);
    return result.value;
  }, room);
}

const base = () => createRoom({ code: 'ABC234', review: 'lessons=all&n=4&seed=7', questions, now: 1_000 });
const withTwo = () =>
  run(base(), [
    [{ type: 'join', studentId: 's1', nickname: '민수' }, system, 1_100],
    [{ type: 'join', studentId: 's2', nickname: '지아' }, system, 1_200],
  ]);

describe('room reducer', () => {
  it('starts in the lobby with nobody in it', () => {
    const room = base();
    expect(room.phase).toBe('lobby');
    expect(room.index).toBe(-1);
    expect(room.students).toEqual([]);
    expect(room.settings).toEqual({ seconds: 30, leaderboard: true, speedBonus: false });
  });

  it('joins students with normalised, unique nicknames', () => {
    const room = withTwo();
    expect(room.students.map((s) => s.nickname)).toEqual(['민수', '지아']);
    const taken = reduceRoom(room, { type: 'join', studentId: 's3', nickname: ' 민수 ' }, system, 1_300);
    expect(taken).toMatchObject({ ok: false, error: { code: 'nickname-taken' } });
    const again = reduceRoom(room, { type: 'join', studentId: 's1', nickname: '다른이름' }, system, 1_300);
    expect(again).toMatchObject({ ok: false, error: { code: 'duplicate-id' } });
    const byStudent = reduceRoom(room, { type: 'join', studentId: 's9', nickname: '몰래' }, student('s1'), 1_300);
    expect(byStudent).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses joins once full or ended', () => {
    let room = base();
    for (let i = 0; i < MAX_STUDENTS; i++) room = run(room, [[{ type: 'join', studentId: `s${i}`, nickname: `학생${i}` }, system, 2_000 + i]]);
    expect(reduceRoom(room, { type: 'join', studentId: 'late', nickname: '늦음' }, system, 3_000)).toMatchObject({ ok: false, error: { code: 'full' } });
    const ended = run(withTwo(), [[{ type: 'end' }, instructor, 4_000]]);
    expect(reduceRoom(ended, { type: 'join', studentId: 's3', nickname: '새로' }, system, 4_100)).toMatchObject({ ok: false, error: { code: 'ended' } });
  });

  it('only the instructor drives the room', () => {
    const room = withTwo();
    for (const type of ['open', 'lock', 'reveal', 'next', 'end'] as const) {
      expect(reduceRoom(room, { type }, student('s1'), 2_000)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(reduceRoom(room, { type }, system, 2_000)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(reduceRoom(room, { type: 'settings', leaderboard: false }, student('s1'), 2_000)).toMatchObject({ ok: false });
  });

  it('opens the first question with a countdown and counts each student once', () => {
    let room = run(withTwo(), [[{ type: 'open' }, instructor, 10_000]]);
    expect(room.phase).toBe('open');
    expect(room.index).toBe(0);
    expect(room.deadline).toBe(40_000);
    room = run(room, [
      [{ type: 'answer', question: 0, choice: [1] }, student('s1'), 11_000],
      [{ type: 'answer', question: 0, choice: [2] }, student('s1'), 12_000],
      [{ type: 'answer', question: 0, choice: [2] }, student('s2'), 13_000],
    ]);
    expect(distribution(room, 0)).toEqual({ counts: [0, 0, 2, 0], answered: 2 });
    expect(room.answers.get('q-single')?.get('s1')).toEqual({ choice: [2], at: 12_000 });
  });

  it('refuses answers that are stale, late, malformed or from strangers', () => {
    const room = run(withTwo(), [[{ type: 'open' }, instructor, 10_000]]);
    const cases: [RoomCommand, Actor, number, string][] = [
      [{ type: 'answer', question: 1, choice: [0] }, student('s1'), 11_000, 'stale'],
      [{ type: 'answer', question: 0, choice: [0] }, student('s1'), 40_000, 'locked'],
      [{ type: 'answer', question: 0, choice: [4] }, student('s1'), 11_000, 'choice'],
      [{ type: 'answer', question: 0, choice: [-1] }, student('s1'), 11_000, 'choice'],
      [{ type: 'answer', question: 0, choice: [0, 1] }, student('s1'), 11_000, 'choice'],
      [{ type: 'answer', question: 0, choice: [] }, student('s1'), 11_000, 'empty'],
      [{ type: 'answer', question: 0, choice: [0] }, student('nobody'), 11_000, 'not-joined'],
      [{ type: 'answer', question: 0, choice: [0] }, instructor, 11_000, 'forbidden'],
    ];
    for (const [command, actor, now, code] of cases) {
      const result = reduceRoom(room, command, actor, now);
      expect(result, code).toMatchObject({ ok: false, error: { code } });
      if (!result.ok) expect(result.error.message).toMatch(/[가-힣]/u);
    }
  });

  it('locks by the clock, and answers after the lock are refused', () => {
    let room = run(withTwo(), [[{ type: 'open' }, instructor, 10_000]]);
    expect(run(room, [[{ type: 'tick' }, system, 39_999]]).phase).toBe('open');
    room = run(room, [[{ type: 'tick' }, system, 40_000]]);
    expect(room.phase).toBe('locked');
    expect(room.deadline).toBeNull();
    expect(reduceRoom(room, { type: 'answer', question: 0, choice: [2] }, student('s1'), 40_001)).toMatchObject({ ok: false, error: { code: 'locked' } });
  });

  it('reveals, scores right answers only, and moves on to the end', () => {
    let room = run(withTwo(), [
      [{ type: 'open' }, instructor, 10_000],
      [{ type: 'answer', question: 0, choice: [2] }, student('s1'), 11_000],
      [{ type: 'answer', question: 0, choice: [0] }, student('s2'), 11_000],
    ]);
    // Before the reveal nobody has points and students see no key.
    expect(standings(room).map((s) => s.score)).toEqual([0, 0]);
    expect(studentView(room, 's1')?.result).toBeNull();
    room = run(room, [[{ type: 'reveal' }, instructor, 12_000]]);
    expect(room.phase).toBe('revealed');
    expect(studentView(room, 's1')?.result).toEqual({ key: [2], right: true });
    expect(studentView(room, 's2')?.result).toEqual({ key: [2], right: false });
    expect(standings(room).map((s) => [s.nickname, s.score, s.rank])).toEqual([['민수', 1000, 1], ['지아', 0, 2]]);
    expect(reduceRoom(room, { type: 'open' }, instructor, 12_500)).toMatchObject({ ok: false, error: { code: 'phase' } });

    room = run(room, [
      [{ type: 'next' }, instructor, 13_000],
      [{ type: 'answer', question: 1, choice: [3, 0, 3] }, student('s2'), 14_000],
      [{ type: 'lock' }, instructor, 15_000],
      [{ type: 'reveal' }, instructor, 15_500],
    ]);
    expect(room.answers.get('q-multi')?.get('s2')?.choice).toEqual([0, 3]);
    expect(standings(room).map((s) => s.score)).toEqual([1000, 1000]);
    room = run(room, [[{ type: 'next' }, instructor, 16_000], [{ type: 'next' }, instructor, 17_000]]);
    // A discussion question opens locked: nothing to answer on phones.
    expect(room.phase).toBe('locked');
    expect(room.questions[room.index]?.kind).toBe('discuss');
    expect(reduceRoom(room, { type: 'answer', question: 3, choice: [0] }, student('s1'), 17_500)).toMatchObject({ ok: false, error: { code: 'not-answerable' } });
    room = run(room, [[{ type: 'next' }, instructor, 18_000]]);
    expect(room.phase).toBe('ended');
    expect(room.deadline).toBeNull();
    expect(reduceRoom(room, { type: 'next' }, instructor, 19_000)).toMatchObject({ ok: false, error: { code: 'ended' } });
  });

  it('gives a speed bonus only when switched on, falling with time', () => {
    const start = run(withTwo(), [
      [{ type: 'settings', speedBonus: true }, instructor, 5_000],
      [{ type: 'open' }, instructor, 10_000],
      [{ type: 'answer', question: 0, choice: [2] }, student('s1'), 10_000],
      [{ type: 'answer', question: 0, choice: [2] }, student('s2'), 25_000],
      [{ type: 'reveal' }, instructor, 41_000],
    ]);
    expect(standings(start).map((s) => s.score)).toEqual([1500, 1250]);
    const off = run(start, [[{ type: 'settings', speedBonus: false }, instructor, 42_000]]);
    expect(standings(off).map((s) => s.score)).toEqual([1000, 1000]);
    expect(reduceRoom(off, { type: 'settings', seconds: 601 }, instructor, 43_000)).toMatchObject({ ok: false, error: { code: 'settings' } });
    expect(reduceRoom(off, { type: 'settings', seconds: 1.5 }, instructor, 43_000)).toMatchObject({ ok: false });
  });

  it('shares ranks between equal scores', () => {
    const room = run(withTwo(), [
      [{ type: 'open' }, instructor, 10_000],
      [{ type: 'answer', question: 0, choice: [2] }, student('s1'), 11_000],
      [{ type: 'answer', question: 0, choice: [2] }, student('s2'), 12_000],
      [{ type: 'reveal' }, instructor, 13_000],
    ]);
    expect(standings(room).map((s) => s.rank)).toEqual([1, 1]);
  });

  it('never lets a refused command change the room', () => {
    const commands = fc.oneof(
      fc.record({ type: fc.constant('answer' as const), question: fc.integer({ min: -2, max: 5 }), choice: fc.array(fc.integer({ min: -1, max: 5 }), { maxLength: 5 }) }),
      fc.constantFrom<RoomCommand>({ type: 'open' }, { type: 'lock' }, { type: 'reveal' }, { type: 'next' }, { type: 'end' }, { type: 'tick' }),
      fc.record({ type: fc.constant('join' as const), studentId: fc.constantFrom('s1', 's2', 's3'), nickname: fc.string({ maxLength: 15 }) }),
    );
    const actors = fc.constantFrom<Actor>(instructor, system, student('s1'), student('s2'), student('s3'));
    fc.assert(
      fc.property(fc.array(fc.tuple(commands, actors), { maxLength: 40 }), (steps) => {
        let room = withTwo();
        let now = 2_000;
        for (const [command, actor] of steps) {
          now += 1_000;
          const result = reduceRoom(room, command, actor, now);
          if (result.ok) room = result.value;
          else expect(result.error.message.length).toBeGreaterThan(0);
          // Invariants: one answer per student per question, within the question's choices.
          for (const [qid, byStudent] of room.answers) {
            const q = room.questions.find((x) => x.id === qid);
            expect(q).toBeDefined();
            for (const a of byStudent.values()) expect(a.choice.every((c) => c >= 0 && c < (q?.choices ?? 0))).toBe(true);
          }
          expect(new Set(room.students.map((s) => s.nickname.toLowerCase())).size).toBe(room.students.length);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('views', () => {
  it('keeps the key and the distribution from everyone until the reveal', () => {
    const room = run(withTwo(), [
      [{ type: 'open' }, instructor, 10_000],
      [{ type: 'answer', question: 0, choice: [2] }, student('s1'), 11_000],
    ]);
    const projector = projectorView(room);
    expect(projector.reveal).toBeNull();
    expect(projector.answered).toBe(1);
    expect(JSON.stringify(studentView(room, 's2'))).not.toContain('"key"');
    expect(studentView(room, 's1')?.myChoice).toEqual([2]);
    expect(studentView(room, 'stranger')).toBeNull();
    const revealed = run(room, [[{ type: 'reveal' }, instructor, 12_000]]);
    expect(projectorView(revealed).reveal).toEqual({ counts: [0, 0, 1, 0], key: [2] });
  });

  it('hides the leaderboard when it is off, until the end', () => {
    const off = run(withTwo(), [[{ type: 'settings', leaderboard: false }, instructor, 2_000]]);
    expect(projectorView(off).leaderboard).toBeNull();
    expect(studentView(off, 's1')?.rank).toBeNull();
    const ended = run(off, [[{ type: 'end' }, instructor, 3_000]]);
    expect(projectorView(ended).leaderboard?.length).toBe(2);
  });
});

describe('report', () => {
  it('gives right-answer rates, the hardest questions and a CSV safe for spreadsheets', () => {
    const room = run(withTwo(), [
      [{ type: 'open' }, instructor, 10_000],
      [{ type: 'answer', question: 0, choice: [2] }, student('s1'), 11_000],
      [{ type: 'answer', question: 0, choice: [1] }, student('s2'), 11_000],
      [{ type: 'reveal' }, instructor, 12_000],
      [{ type: 'next' }, instructor, 13_000],
      [{ type: 'answer', question: 1, choice: [1] }, student('s1'), 14_000],
      [{ type: 'reveal' }, instructor, 15_000],
    ]);
    const report = classReport(room);
    expect(report.questions.map((q) => q.rate)).toEqual([0.5, 0, null, null]);
    expect(report.hardest.map((q) => q.id)).toEqual(['q-multi', 'q-single']);
    const csv = reportCsv(report, new Map([['q-single', '첫 문제, "따옴표"']]));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('문제,1,"첫 문제, ""따옴표""",2,1,50');
    expect(csv).toContain('학생,1,민수,1000,1,2');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1')).toBe("'-1");
  });
});

describe('nicknames', () => {
  it('normalises and refuses what a projector should not show', () => {
    expect(normalizeNickname('  김  민수 ')).toEqual({ ok: true, value: '김 민수' });
    expect(normalizeNickname('a\u202Eb\u200Bc')).toEqual({ ok: true, value: 'abc' });
    expect(normalizeNickname('   ')).toMatchObject({ ok: false, error: { code: 'nickname-empty' } });
    expect(normalizeNickname('가'.repeat(13))).toMatchObject({ ok: false, error: { code: 'nickname-long' } });
    expect(normalizeNickname('가'.repeat(12))).toMatchObject({ ok: true });
    expect(normalizeNickname('F.u.c.k')).toMatchObject({ ok: false, error: { code: 'nickname-blocked' } });
    expect(normalizeNickname('<img src=x>')).toEqual({ ok: true, value: '<img src=x>' });
  });
});

describe('messages', () => {
  it('accepts the protocol and refuses anything else with a Korean reason', () => {
    expect(parseClientMessage('{"t":"join","code":"ABC234","nickname":"민수"}')).toMatchObject({ ok: true });
    expect(parseClientMessage('{"t":"answer","question":0,"choice":[1]}')).toMatchObject({ ok: true });
    expect(parseClientMessage('{"t":"control","command":"reveal"}')).toMatchObject({ ok: true });
    const bad = [
      'not json',
      '{"t":"nuke"}',
      '{"t":"join","code":"abc","nickname":"x"}',
      '{"t":"join","code":"ABC234","nickname":"x","extra":1}',
      '{"t":"answer","question":-1,"choice":[1]}',
      '{"t":"answer","question":0,"choice":[]}',
      '{"t":"control","command":"delete"}',
      '{"t":"host","code":"ABC234","secret":"short"}',
      '[]',
      'null',
      '{"__proto__":{"t":"ping"}}',
      JSON.stringify({ t: 'join', code: 'ABC234', nickname: 'x'.repeat(3000) }),
    ];
    for (const raw of bad) {
      const result = parseClientMessage(raw);
      expect(result.ok, raw.slice(0, 40)).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(/[가-힣]/u);
    }
  });

  it('makes six-character codes without look-alike characters', () => {
    let i = 0;
    const values = [0, 0.99, 0.5, 0.25, 0.75, 0.1];
    const code = newRoomCode(() => values[i++ % values.length] ?? 0);
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/u);
    expect(code).toHaveLength(6);
  });
});

describe('persistence', () => {
  it('round-trips a room and refuses a damaged row', () => {
    const room = run(withTwo(), [
      [{ type: 'open' }, instructor, 10_000],
      [{ type: 'answer', question: 0, choice: [2] }, student('s1'), 11_000],
      [{ type: 'reveal' }, instructor, 12_000],
    ]);
    const back = parseRoom(serializeRoom(room));
    expect(back.ok).toBe(true);
    if (back.ok) {
      expect(back.value).toEqual(room);
      expect(standings(back.value)).toEqual(standings(room));
    }
    expect(parseRoom('{')).toMatchObject({ ok: false });
    expect(parseRoom(JSON.stringify({ ...JSON.parse(serializeRoom(room)), students: [{ id: 1 }] }))).toMatchObject({ ok: false });
    expect(parseRoom(JSON.stringify({ ...JSON.parse(serializeRoom(room)), phase: 'party' }))).toMatchObject({ ok: false });
  });
});

describe('questions from a review link', () => {
  it('uses the review session’s letters, so the room agrees with the printed key', async () => {
    const { liveQuestionsFor } = await import('../../src/lib/classroom/questions.ts');
    const { buildSession, parseReviewParams, correctChoices, choiceLabels } = await import('../../src/lib/review/session.ts');
    const option = (t: string) => ({ text: t, why: `${t} 이유` });
    const base = { section: 's', explanation: '해설', difficulty: 1 as const, tags: [], lesson: 'l1' };
    const bank = [
      { ...base, id: 'a', kind: 'single' as const, prompt: 'A', options: ['가', '나', '다', '라'].map(option), answer: 1 },
      { ...base, id: 'b', kind: 'multiple' as const, prompt: 'B', options: ['가', '나', '다', '라', '마'].map(option), answers: [0, 4] },
      { ...base, id: 'c', kind: 'true-false' as const, prompt: 'C', answer: false },
      { ...base, id: 'd', kind: 'typed' as const, prompt: 'D', accepted: ['169.254.169.254'], exact: true, wrong: ['169.254.169.253'] },
    ];
    const lessons = [{ id: 'l1', title: 'L', order: 1, keyPoints: [] }];
    for (const seed of [1, 7, 12345]) {
      const query = `lessons=all&n=4&seed=${seed}&keypoints=0`;
      const built = liveQuestionsFor(query, lessons, bank);
      expect(built.ok).toBe(true);
      if (!built.ok) continue;
      const session = buildSession(parseReviewParams(new URLSearchParams(query), ['l1']), lessons, bank);
      const slides = session.slides.filter((s) => s.kind === 'question');
      expect(built.value.questions.map((q) => q.id)).toEqual(slides.map((s) => s.question.id));
      slides.forEach((slide, i) => {
        const live = built.value.questions[i];
        if (slide.question.kind === 'typed') {
          expect(live).toMatchObject({ kind: 'discuss', answerText: '169.254.169.254', choices: 0 });
        } else {
          expect(live?.key).toEqual(correctChoices(slide));
          expect(live?.options).toEqual(choiceLabels(slide));
        }
      });
    }
    expect(liveQuestionsFor('lessons=none', lessons, [])).toMatchObject({ ok: false, error: { code: 'no-questions' } });
  });
});
