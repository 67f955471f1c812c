import { describe, expect, it } from 'vitest';
import {
  applyChange, countText, deriveRows, dueText, initialBrowserState, isResettable, matchesQuery, noticeText, PAGE_SIZE, practiceResume,
  queryTerms, reduceBrowser, RESET_CHANGED_MESSAGE, sameCard, searchIndex, sortRows, stabilityText, visibleRows,
  type BrowserAction, type BrowserBank, type BrowserState, type CardRow,
} from '../../src/lib/study/card-browser.ts';
import { parseResume, reduceStudy, initialStudyState } from '../../src/lib/study/review-machine.ts';
import { planSegments } from '../../src/lib/study/plans.ts';
import { createScheduler, emptyProgress, serializeProgress, withCard, type CardRecord, type Progress } from '../../src/lib/srs/index.ts';
import { fixedClock, kst } from './srs-helpers.ts';

const now = kst(2026, 3, 10, 12);
const clock = fixedClock(now);
const DAY = 86_400_000;
const sched = createScheduler(clock, { retention: 0.9 });

const bank: BrowserBank = {
  lessons: [
    { id: 'ami', title: 'AMI', sections: { parts: 'AMI에 들어 있는 것' } },
    { id: 'elb', title: '로드 밸런싱', sections: { alb: 'Application Load Balancer' } },
  ],
  questions: [
    { id: 'ami-1', lesson: 'ami', section: 'parts', kind: 'single', prompt: 'AMI에 들어 있는 것을 고르십시오.' },
    { id: 'ami-2', lesson: 'ami', section: 'parts', kind: 'true-false', prompt: '사용자 데이터는 `AMI`에 들어갑니다.' },
    { id: 'elb-1', lesson: 'elb', section: 'alb', kind: 'single', prompt: '로드 밸런서가 인스턴스 상태를 확인하는 기능은 무엇입니까?' },
    { id: 'elb-2', lesson: 'elb', section: 'missing', kind: 'typed', prompt: 'EC2 인스턴스를 대상 그룹에 등록합니다.' },
  ],
};

/** A card reviewed `daysAgo` days ago, due `dueIn` ms from now. */
function reviewed(daysAgo: number, dueIn: number, over: Partial<CardRecord> = {}): CardRecord {
  const at = now - daysAgo * DAY;
  return { ...sched.rate('x', sched.newCard(at - 1000), 3, at), state: 2, due: now + dueIn, stability: 4.25, difficulty: 5.04, ...over };
}

function progressWith(cards: Record<string, CardRecord>, log: Progress['log'] = []): Progress {
  let p = emptyProgress();
  for (const [id, c] of Object.entries(cards)) p = withCard(p, id, c);
  return { ...p, log };
}

const lessons = bank.lessons.map((l) => l.id);
const kinds = ['single', 'true-false', 'typed'];
const start = () => initialBrowserState(lessons, kinds);
const run = (actions: BrowserAction[], from: BrowserState = start()) => {
  let state = from;
  const effects = [];
  for (const a of actions) {
    const step = reduceBrowser(state, a);
    state = step.state;
    effects.push(...step.effects);
  }
  return { state, effects };
};

describe('rows', () => {
  it('a question never studied is new, with no due date, stability or difficulty, and nothing to reset', () => {
    const [row] = deriveRows(bank, emptyProgress(), clock, now);
    expect(row).toMatchObject({ id: 'ami-1', lessonTitle: 'AMI', sectionTitle: 'AMI에 들어 있는 것', kind: 'single', phase: 'new', due: null, stability: null, difficulty: null, recent: [], resettable: false, flagged: false, suspended: false, leech: false, dueToday: false });
  });

  it('reads schedule, marks and the last three answers (latest first) of each card', () => {
    const log: Progress['log'] = [
      ['ami-1', now - 4 * DAY, 3, 0], ['elb-1', now - 3 * DAY, 1, 2], ['ami-1', now - 3 * DAY, 1, 2],
      ['ami-1', now - 2 * DAY, 2, 3], ['ami-1', now - DAY, 4, 2], ['gone', now - 1000, 3, 0],
    ];
    const p = progressWith({ 'ami-1': reviewed(1, -1000, { flagged: true }), 'elb-1': reviewed(3, 2 * DAY, { suspended: true, leech: true, wrong: 8, state: 3 }) }, log);
    const rows = deriveRows(bank, p, clock, now);
    const ami = rows.find((r) => r.id === 'ami-1') as CardRow;
    expect(ami).toMatchObject({ phase: 'review', due: now - 1000, dueToday: true, stability: 4.25, difficulty: 5.04, flagged: true, resettable: true });
    expect(ami.recent).toEqual([{ at: now - DAY, grade: 4 }, { at: now - 2 * DAY, grade: 2 }, { at: now - 3 * DAY, grade: 1 }]);
    const elb = rows.find((r) => r.id === 'elb-1') as CardRow;
    expect(elb).toMatchObject({ phase: 'relearning', suspended: true, leech: true, dueToday: false });
    expect(elb.recent).toEqual([{ at: now - 3 * DAY, grade: 1 }]);
    // A section the lesson does not know keeps its anchor as its name.
    expect(rows.find((r) => r.id === 'elb-2')?.sectionTitle).toBe('missing');
  });

  it('a card due later today is due today; one due tomorrow after 04:00 is not', () => {
    const p = progressWith({ 'ami-1': reviewed(1, 10 * 3600_000), 'ami-2': reviewed(1, 17 * 3600_000) });
    const rows = deriveRows(bank, p, clock, now);
    expect(rows[0]?.dueToday).toBe(true); // 22:00 the same day
    expect(rows[1]?.dueToday).toBe(false); // 05:00 the next morning
  });

  it('a new card with wrong answers or the leech mark can still be reset; an untouched one cannot', () => {
    expect(isResettable(undefined)).toBe(false);
    expect(isResettable(sched.newCard(now))).toBe(false);
    expect(isResettable({ ...sched.newCard(now), flagged: true, suspended: true })).toBe(false);
    expect(isResettable({ ...sched.newCard(now), wrong: 2 })).toBe(true);
    expect(isResettable(reviewed(1, DAY))).toBe(true);
  });
});

describe('search', () => {
  const index = searchIndex(bank);
  const hits = (q: string) => bank.questions.filter((x) => matchesQuery(index.get(x.id), queryTerms(q))).map((x) => x.id);

  it('matches Korean ignoring spacing, a syllable still being typed, initials, and Latin words at word starts', () => {
    expect(hits('로드밸런서')).toEqual(['elb-1']);
    expect(hits('로드 밸런')).toEqual(['elb-1']);
    expect(hits('인스턴')).toEqual(['elb-1', 'elb-2']);
    expect(hits('ㅇㅅㅌㅅ')).toEqual(['elb-1', 'elb-2']);
    expect(hits('ec2')).toEqual(['elb-2']);
    expect(hits('ami')).toEqual(['ami-1', 'ami-2']); // code spans are searched without their backticks
    expect(hits('mi')).toEqual([]); // not in the middle of a Latin word
  });

  it('every term must match; an empty query matches everything', () => {
    expect(hits('인스턴스 등록')).toEqual(['elb-2']);
    expect(hits('   ')).toEqual(bank.questions.map((q) => q.id));
  });

  it('prototype names are plain text; punctuation alone is no query (spacing and punctuation never matter)', () => {
    for (const q of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'a.*b', '(ami']) expect(hits(q)).toEqual(q === '(ami' ? ['ami-1', 'ami-2'] : []);
    for (const q of ['.*', '(', '[']) expect(hits(q)).toEqual(bank.questions.map((x) => x.id));
  });
});

describe('filters and sorting', () => {
  const p = progressWith({
    'ami-1': reviewed(1, 3 * DAY),
    'ami-2': reviewed(2, -DAY, { flagged: true }),
    'elb-1': reviewed(3, DAY, { suspended: true }),
  });
  const rows = deriveRows(bank, p, clock, now);
  const index = searchIndex(bank);
  const ids = (state: BrowserState) => visibleRows(rows, state, index).rows.map((r) => r.id);

  it('sorts by next review (cards not studied yet last) or by lesson order', () => {
    expect(ids(start())).toEqual(['ami-2', 'elb-1', 'ami-1', 'elb-2']);
    expect(ids(run([{ type: 'sort', by: 'lesson' }]).state)).toEqual(['ami-1', 'ami-2', 'elb-1', 'elb-2']);
    expect(sortRows(rows, 'lesson').map((r) => r.id)).toEqual(['ami-1', 'ami-2', 'elb-1', 'elb-2']);
  });

  it('filters by lesson, state, kind and flag, and they combine', () => {
    expect(ids(run([{ type: 'lesson', lesson: 'elb' }]).state)).toEqual(['elb-1', 'elb-2']);
    expect(ids(run([{ type: 'state', state: 'new' }]).state)).toEqual(['elb-2']);
    expect(ids(run([{ type: 'state', state: 'review' }]).state)).toEqual(['ami-2', 'elb-1', 'ami-1']);
    expect(ids(run([{ type: 'state', state: 'due' }]).state)).toEqual(['ami-2']);
    expect(ids(run([{ type: 'state', state: 'suspended' }]).state)).toEqual(['elb-1']);
    expect(ids(run([{ type: 'state', state: 'leech' }]).state)).toEqual([]);
    expect(ids(run([{ type: 'kind', kind: 'single' }]).state)).toEqual(['elb-1', 'ami-1']);
    expect(ids(run([{ type: 'flagged-only', on: true }]).state)).toEqual(['ami-2']);
    expect(ids(run([{ type: 'kind', kind: 'single' }, { type: 'lesson', lesson: 'ami' }]).state)).toEqual(['ami-1']);
    expect(ids(run([{ type: 'query', text: '로드' }, { type: 'state', state: 'suspended' }]).state)).toEqual(['elb-1']);
  });

  it('unknown or prototype-named filter values are refused and change nothing', () => {
    const s = start();
    for (const a of [
      { type: 'lesson', lesson: '__proto__' }, { type: 'lesson', lesson: 'constructor' }, { type: 'state', state: '__proto__' },
      { type: 'state', state: 'toString' }, { type: 'kind', kind: '__proto__' }, { type: 'sort', by: 'constructor' }, { type: 'sort', by: '__proto__' },
    ] as BrowserAction[]) {
      expect(reduceBrowser(s, a).state).toBe(s);
    }
    const searched = run([{ type: 'query', text: '__proto__' }]).state;
    expect(ids(searched)).toEqual([]);
    expect(countText(0, 0, 4, searched)).toBe('‘__proto__’가 들어간 문항이 조건에 없습니다.');
  });

  it('a filter change starts the page over and lets kept rows go; clear-filters resets every filter', () => {
    const more = run([{ type: 'more' }]).state;
    expect(more.shown).toBe(PAGE_SIZE * 2);
    const filtered = run([{ type: 'lesson', lesson: 'ami' }, { type: 'kind', kind: 'typed' }, { type: 'flagged-only', on: true }, { type: 'query', text: 'x' }, { type: 'state', state: 'new' }], more).state;
    expect(filtered.shown).toBe(PAGE_SIZE);
    const cleared = reduceBrowser(filtered, { type: 'clear-filters' }).state;
    expect(cleared).toMatchObject({ query: '', lesson: '', state: 'all', kind: '', flaggedOnly: false, shown: PAGE_SIZE, kept: [] });
    // The same value again is no change at all.
    expect(reduceBrowser(cleared, { type: 'lesson', lesson: '' }).state).toBe(cleared);
    expect(reduceBrowser(cleared, { type: 'query', text: '' }).state).toBe(cleared);
  });

  it('pages: the total counts every match, the rows stop at `shown`', () => {
    const many: BrowserBank = { lessons: bank.lessons, questions: Array.from({ length: 120 }, (_, i) => ({ id: `q${i}`, lesson: 'ami', section: 'parts', kind: 'single', prompt: `문항 ${i}` })) };
    const r = deriveRows(many, emptyProgress(), clock, now);
    const first = visibleRows(r, start(), searchIndex(many));
    expect([first.rows.length, first.total]).toEqual([PAGE_SIZE, 120]);
    expect(countText(120, 30, 120, start())).toBe('전체 120문항입니다. 그중 30문항을 보여 줍니다.');
    const more = Array.from({ length: Math.ceil(120 / PAGE_SIZE) - 1 }, () => ({ type: 'more' }) as const);
    expect(visibleRows(r, run(more.slice(1)).state, searchIndex(many)).rows.length).toBeLessThan(120);
    const all = visibleRows(r, run(more).state, searchIndex(many));
    expect(all.rows.length).toBe(120);
  });

  it('a row acted on stays in view although it no longer matches, until the filters change', () => {
    const suspendedOnly = run([{ type: 'state', state: 'suspended' }]).state;
    const after = run([{ type: 'saved', change: { kind: 'suspend', id: 'elb-1', on: false }, undo: null }], suspendedOnly).state;
    const unsuspended = deriveRows(bank, applyOk(p, { kind: 'suspend', id: 'elb-1', on: false }).progress, clock, now);
    expect(visibleRows(unsuspended, after, index).rows.map((r) => r.id)).toEqual(['elb-1']);
    const refiltered = reduceBrowser(after, { type: 'state', state: 'all' }).state;
    expect(refiltered.kept).toEqual([]);
  });

  it('while rows are kept the order holds (a reset card does not jump to the end); a filter change sorts afresh', () => {
    const before = visibleRows(rows, start(), index);
    expect(before.order).toEqual(['ami-2', 'elb-1', 'ami-1', 'elb-2']);
    const reset = applyOk(p, { kind: 'reset', id: 'ami-2' });
    const after = run([{ type: 'saved', change: { kind: 'reset', id: 'ami-2' }, undo: reset.undo }]).state;
    const fresh = deriveRows(bank, reset.progress, clock, now);
    expect(visibleRows(fresh, after, index, before.order).order).toEqual(['ami-2', 'elb-1', 'ami-1', 'elb-2']);
    expect(visibleRows(fresh, after, index).order).toEqual(['elb-1', 'ami-1', 'ami-2', 'elb-2']);
    const resorted = reduceBrowser(after, { type: 'sort', by: 'lesson' }).state;
    expect(visibleRows(fresh, resorted, index, before.order).order).toEqual(['ami-1', 'ami-2', 'elb-1', 'elb-2']);
  });
});

function applyOk(p: Progress, change: Parameters<typeof applyChange>[1], at = now) {
  const r = applyChange(p, change, at);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('card actions', () => {
  it('flag, suspend, reset and practise come out as effects; undo only while a reset is undoable', () => {
    const s = start();
    expect(reduceBrowser(s, { type: 'flag', id: 'a', on: true }).effects).toEqual([{ type: 'save', change: { kind: 'flag', id: 'a', on: true } }]);
    expect(reduceBrowser(s, { type: 'suspend', id: 'a', on: false }).effects).toEqual([{ type: 'save', change: { kind: 'suspend', id: 'a', on: false } }]);
    expect(reduceBrowser(s, { type: 'reset', id: 'a' }).effects).toEqual([{ type: 'save', change: { kind: 'reset', id: 'a' } }]);
    expect(reduceBrowser(s, { type: 'practise', id: 'a' }).effects).toEqual([{ type: 'practise', id: 'a' }]);
    const none = reduceBrowser(s, { type: 'undo' });
    expect(none.state).toBe(s);
    expect(none.effects).toEqual([]);
    // Asking for an action changes no state: only its outcome does.
    expect(reduceBrowser(s, { type: 'reset', id: 'a' }).state).toBe(s);
  });

  it('saved: the status line says what changed and focus stays with the row (or goes to 되돌리기 after a reset)', () => {
    const undo = { id: 'a', before: reviewed(1, DAY), after: sched.newCard(now) };
    const flagged = reduceBrowser(start(), { type: 'saved', change: { kind: 'flag', id: 'a', on: true }, undo: null });
    expect(flagged.state.notice).toEqual({ kind: 'flag', id: 'a', on: true });
    expect(flagged.state.kept).toEqual(['a']);
    expect(flagged.effects).toEqual([{ type: 'focus', target: { kind: 'action', id: 'a', action: 'flag' } }]);
    const reset = reduceBrowser(flagged.state, { type: 'saved', change: { kind: 'reset', id: 'a' }, undo });
    expect(reset.state).toMatchObject({ undo, notice: { kind: 'reset', id: 'a' }, kept: ['a'] });
    expect(reset.effects).toEqual([{ type: 'focus', target: { kind: 'undo' } }]);
    const undoing = reduceBrowser(reset.state, { type: 'undo' });
    expect(undoing.effects).toEqual([{ type: 'save', change: { kind: 'undo-reset', undo } }]);
    const undone = reduceBrowser(reset.state, { type: 'saved', change: { kind: 'undo-reset', undo }, undo: null });
    expect(undone.state).toMatchObject({ undo: null, notice: { kind: 'undone', id: 'a' } });
    expect(undone.effects).toEqual([{ type: 'focus', target: { kind: 'action', id: 'a', action: 'reset' } }]);
    // Another change after a reset ends its undo, so 되돌리기 never writes over it.
    const suspended = reduceBrowser(reset.state, { type: 'saved', change: { kind: 'suspend', id: 'b', on: true }, undo: null });
    expect(suspended.state.undo).toBeNull();
  });

  it('a failed save or hand-over changes nothing but the status line, and the undo survives it', () => {
    const undo = { id: 'a', before: reviewed(1, DAY), after: sched.newCard(now) };
    const reset = reduceBrowser(start(), { type: 'saved', change: { kind: 'reset', id: 'a' }, undo }).state;
    const failed = reduceBrowser(reset, { type: 'save-failed', change: { kind: 'undo-reset', undo }, message: '저장 공간이 가득 찼습니다.' });
    expect(failed.state).toEqual({ ...reset, notice: { kind: 'error', message: '저장 공간이 가득 찼습니다.' } });
    expect(failed.effects).toEqual([]);
    expect(reduceBrowser(reset, { type: 'practise-failed', message: 'm' }).state).toEqual({ ...reset, notice: { kind: 'error', message: 'm' } });
  });
});

describe('applying changes', () => {
  const log: Progress['log'] = [['ami-1', now - 2 * DAY, 1, 2], ['ami-1', now - DAY, 3, 3]];
  const before = reviewed(1, 2 * DAY, { flagged: true, wrong: 3, lapses: 1, reps: 4, mod: now - DAY });
  const p = progressWith({ 'ami-1': before }, log);

  it('flag and suspend set their mark with a newer stamp; a card never studied gets a blank new record', () => {
    const f = applyOk(p, { kind: 'flag', id: 'ami-1', on: false }).progress;
    expect(f.cards['ami-1']).toEqual({ ...before, flagged: false, mod: now });
    const s = applyOk(p, { kind: 'suspend', id: 'elb-1', on: true }).progress;
    expect(s.cards['elb-1']).toMatchObject({ state: 0, reps: 0, stability: 0, difficulty: 0, suspended: true, due: now, mod: now });
    // The stamp never goes back, whatever the clock says.
    expect(applyOk(p, { kind: 'flag', id: 'ami-1', on: true }, now - 10 * DAY).progress.cards['ami-1']?.mod).toBe(now - DAY + 1);
  });

  it('reset makes the card new (keeping flag and suspension and the log); undo restores the exact card and log', () => {
    const r = applyOk(p, { kind: 'reset', id: 'ami-1' });
    const fresh = r.progress.cards['ami-1'] as CardRecord;
    expect(fresh).toEqual({ ...sched.newCard(now), flagged: true, suspended: false, mod: now });
    expect(r.progress.log).toEqual(log);
    expect(r.undo).toEqual({ id: 'ami-1', before, after: fresh });
    const back = applyOk(r.progress, { kind: 'undo-reset', undo: r.undo as NonNullable<typeof r.undo> }, now + 5000).progress;
    const restored = back.cards['ami-1'] as CardRecord;
    // Everything as before; only the stamp moves on, so another tab's merge takes the undo over the reset.
    expect({ ...restored, mod: before.mod }).toEqual(before);
    expect(restored.mod).toBeGreaterThan(fresh.mod);
    expect(back.log).toEqual(log);
    expect(serializeProgress({ ...back, cards: { ...back.cards, 'ami-1': before } })).toBe(serializeProgress(p));
  });

  it('undo is refused when the card changed since the reset (another tab), and reset of a card never studied is refused', () => {
    const r = applyOk(p, { kind: 'reset', id: 'ami-1' });
    const changed = applyOk(r.progress, { kind: 'flag', id: 'ami-1', on: false }).progress;
    const refused = applyChange(changed, { kind: 'undo-reset', undo: r.undo as NonNullable<typeof r.undo> }, now);
    expect(refused).toEqual({ ok: false, error: { code: 'changed', message: RESET_CHANGED_MESSAGE } });
    expect(applyChange(p, { kind: 'reset', id: 'elb-1' }, now).ok).toBe(false);
  });

  it('prototype-named ids are ordinary keys', () => {
    const flagged = applyOk(emptyProgress(), { kind: 'flag', id: '__proto__', on: true }).progress;
    expect(Object.keys(flagged.cards)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(flagged.cards)).toBeNull();
    expect(({} as Record<string, unknown>).flagged).toBeUndefined();
    expect(applyChange(emptyProgress(), { kind: 'reset', id: 'constructor' }, now).ok).toBe(false);
  });

  it('sameCard compares field by field', () => {
    expect(sameCard(before, { ...before })).toBe(true);
    expect(sameCard(before, { ...before, mod: before.mod + 1 })).toBe(false);
    const { flagged: _, ...noFlag } = before;
    expect(sameCard(before, noFlag as CardRecord)).toBe(false);
  });
});

describe('text', () => {
  it('status lines in 합니다체 name the card by the start of its prompt', () => {
    const prompt = '로드 밸런서가 인스턴스 상태를 확인하는 기능은 무엇입니까? 아주 긴 문장입니다.';
    expect(noticeText({ kind: 'flag', id: 'x', on: true }, prompt)).toBe('‘로드 밸런서가 인스턴스 상태를 확인하는 기능은 무엇입…’ 문항을 오답 노트에 표시했습니다.');
    expect(noticeText({ kind: 'suspend', id: 'x', on: false }, '짧은 `code` 문항')).toBe('‘짧은 code 문항’ 문항의 보류를 해제했습니다. 다시 복습 일정에 나옵니다.');
    expect(noticeText({ kind: 'reset', id: 'x' }, 'A')).toContain('새 문항으로 초기화했습니다');
    expect(noticeText({ kind: 'undone', id: 'x' }, 'A')).toContain('초기화 전으로 돌아왔습니다');
    expect(noticeText({ kind: 'error', message: '저장 공간이 가득 찼습니다.' }, '')).toBe('저장하지 못해 아무것도 바꾸지 않았습니다. 저장 공간이 가득 찼습니다.');
  });

  it('count line: the particle after the query follows its last sound', () => {
    const f = { ...start(), query: '인스턴스' };
    expect(countText(0, 0, 4, f)).toBe('‘인스턴스’가 들어간 문항이 조건에 없습니다.');
    expect(countText(0, 0, 4, { ...f, query: '보안 그룹' })).toBe('‘보안 그룹’이 들어간 문항이 조건에 없습니다.');
    expect(countText(0, 0, 4, { ...f, query: 'EC2' })).toBe('‘EC2’가 들어간 문항이 조건에 없습니다.');
    expect(countText(0, 0, 4, start())).toBe('조건에 맞는 문항이 없습니다.');
    expect(countText(2, 2, 4, f)).toBe('전체 4문항 중 2문항이 조건에 맞습니다.');
  });

  it('due dates relative to the study day, stability in days', () => {
    expect(dueText(null, now, clock)).toBe('–');
    expect(dueText(now - 2 * DAY, now, clock)).toBe('2일 지남');
    expect(dueText(now - 1000, now, clock)).toBe('지금');
    expect(dueText(now + 3.5 * 3600_000, now, clock)).toBe('오늘 15:30');
    expect(dueText(kst(2026, 3, 11, 9, 5), now, clock)).toBe('내일 9:05');
    expect(dueText(kst(2026, 3, 15, 9), now, clock)).toBe('5일 뒤 (3월 15일)');
    expect([stabilityText(null), stabilityText(0.42), stabilityText(4.25), stabilityText(37.6)]).toEqual(['–', '0.4일', '4.3일', '38일']);
  });
});

describe('practise now', () => {
  it('hands the quiz a resume record it accepts, in the cards mode', () => {
    const r = practiceResume('elb-1', 500, 7);
    expect(parseResume(JSON.parse(JSON.stringify(r)), 500)).toEqual(r);
    expect(parseResume(r, 501)).toBeNull();
    expect(parseResume({ ...r, mode: { kind: 'cards', ids: [1] } }, 500)).toBeNull();
    const step = reduceStudy(initialStudyState(), { type: 'resume', saved: r }, 500);
    expect(step.state.message).toBe('문항 목록에서 고른 문항을 엽니다.');
    expect(step.effects[0]).toEqual({ type: 'open', mode: { kind: 'cards', ids: ['elb-1'] }, seed: 7, first: 'elb-1', seen: [] });
  });

  it('the cards mode reschedules a card only when it is due today; others are practice', () => {
    const items = bank.questions.map((q) => ({ id: q.id, lesson: q.lesson }));
    const p = progressWith({ 'ami-1': reviewed(1, -1000), 'ami-2': reviewed(1, 3 * DAY), 'elb-1': reviewed(1, -1000, { suspended: true }) });
    const ctx = { progress: p, bank: items, clock, now };
    expect(planSegments({ kind: 'cards', ids: ['ami-1'] }, 1, ctx)).toEqual([
      { practice: false, learning: [], review: ['ami-1'], new: [] },
      { practice: true, learning: [], review: [], new: [] },
    ]);
    for (const id of ['ami-2', 'elb-1', 'elb-2']) {
      expect(planSegments({ kind: 'cards', ids: [id] }, 1, ctx)).toEqual([
        { practice: false, learning: [], review: [], new: [] },
        { practice: true, learning: [], review: [], new: [id] },
      ]);
    }
    expect(planSegments({ kind: 'cards', ids: ['gone', '__proto__'] }, 1, ctx).flatMap((s) => [...s.review, ...s.new])).toEqual([]);
  });
});
