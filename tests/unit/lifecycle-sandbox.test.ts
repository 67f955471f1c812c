// What the sandbox tells the learner around the model: advice from transitional states, the instance
// store after a restart, the diagram's labels and the missions kept across visits.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CONFIG,
  MISSIONS,
  MISSIONS_KEY,
  actionsPossibleIn,
  check,
  describeField,
  diagramEdges,
  launch,
  loadCompletedMissions,
  parseCompletedMissions,
  perform,
  saveCompletedMissions,
  settle,
  settleWithEffects,
  type Instance,
  type LifecycleAction,
  type MissionStore,
} from '../../src/lib/lifecycle/index.ts';

function must(instance: Instance, action: LifecycleAction): Instance {
  const r = perform(instance, action);
  if (!r.ok) throw new Error(`${action} refused: ${r.error.code}`);
  return r.instance;
}

function refusal(instance: Instance, action: LifecycleAction): string {
  const r = check(instance, action);
  if (r.ok) throw new Error(`${action} was allowed`);
  return r.error.message;
}

const running = (): Instance => settle(launch(DEFAULT_CONFIG, 3));

describe('advice from transitional states', () => {
  it('names what becomes possible once stopping settles', () => {
    const stopping = must(running(), 'stop');
    expect(refusal(stopping, 'start')).toContain('stopped가 되면 시작할 수 있습니다.');
    expect(refusal(stopping, 'terminate')).toContain('stopped가 되면 종료할 수 있습니다.');
  });

  it('says the action is already under way instead of "try it later"', () => {
    const stopping = must(running(), 'stop');
    const text = refusal(stopping, 'stop');
    expect(text).toContain('이미 중지하는 중입니다.');
    expect(text).toContain('stopped가 되면 시작·종료를 할 수 있습니다.');
    expect(text).not.toMatch(/\(를\)|\(가\)|을\(를\)|시도하세요/);
  });

  it('lists what running will allow while pending, with the right particle', () => {
    const pending = launch(DEFAULT_CONFIG, 3);
    expect(refusal(pending, 'stop')).toContain('running이 되면 중지할 수 있습니다.');
    expect(refusal(pending, 'start')).toContain('running이 되면 중지·재부팅·종료·OS에서 종료를 할 수 있습니다.');
  });

  it('says nothing more is possible once shutting-down settles', () => {
    const shuttingDown = must(running(), 'terminate');
    expect(refusal(shuttingDown, 'start')).toContain('terminated 상태에서는 더 할 수 있는 작업이 없습니다.');
  });

  it('checks guards on the instance: a Spot-stopped instance will only be terminable', () => {
    const spot = settle(launch({ ...DEFAULT_CONFIG, market: 'spot', spotInterruptionBehavior: 'stop' }, 3));
    const stopping = must(spot, 'spot-interruption');
    expect(actionsPossibleIn('stopped', stopping)).toEqual(['terminate']);
    expect(refusal(stopping, 'start')).toContain('stopped가 되면 종료를 할 수 있습니다.');
    expect(actionsPossibleIn('stopped')).toEqual(['start', 'terminate']);
  });
});

describe('the instance store across a restart', () => {
  it('reads as erased while stopped and as a new empty volume after a start, with an effect saying so', () => {
    const first = running();
    expect(describeField(first, 'instanceStore')).toBe('데이터 유지');
    const stopped = settle(must(first, 'stop'));
    expect(describeField(stopped, 'instanceStore')).toBe('데이터 지워짐');
    const r = perform(stopped, 'start');
    if (!r.ok) throw new Error('start refused');
    expect(describeField(r.instance, 'instanceStore')).toBe('새 빈 볼륨');
    const effect = r.effects.find((e) => e.field === 'instanceStore');
    expect(effect).toMatchObject({ kind: 'changed', before: '데이터 지워짐', after: '새 빈 볼륨' });
    expect(effect?.message).toContain('빈 볼륨');
    expect(describeField(settleWithEffects(r.instance).instance, 'instanceStore')).toBe('새 빈 볼륨');
  });

  it('a reboot keeps the data', () => {
    const rebooted = must(running(), 'reboot');
    expect(describeField(rebooted, 'instanceStore')).toBe('데이터 유지');
  });
});

describe('diagram labels', () => {
  const edges = new Map(diagramEdges().map((e) => [e.id, e]));
  it('labels each arrow with the actions that take it', () => {
    expect(edges.get('running->stopping')?.labels).toEqual(['중지', '최대 절전', 'OS에서 종료', '스팟 중단']);
    expect(edges.get('stopped->pending')?.labels).toEqual(['시작']);
    expect(edges.get('running->running')?.labels).toEqual(['재부팅']);
  });
  it('tells launch (RunInstances) from start and marks automatic transitions', () => {
    expect(edges.get('launch->pending')?.labels).toEqual(['새 인스턴스(RunInstances)']);
    const settles = [...edges.values()].filter((e) => e.kind === 'settle').map((e) => e.id).sort();
    expect(settles).toEqual(['pending->running', 'shutting-down->terminated', 'stopping->stopped']);
    for (const id of settles) expect(edges.get(id)?.labels).toEqual(['자동']);
  });
});

describe('completed missions in storage', () => {
  function memory(initial: Record<string, string> = {}): MissionStore & { data: Map<string, string> } {
    const data = new Map(Object.entries(initial));
    return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
  }
  const [a, b] = MISSIONS.map((m) => m.id);

  it('round-trips known ids in mission order', () => {
    const store = memory();
    expect(saveCompletedMissions(store, new Set([b ?? '', a ?? '']))).toBe(true);
    expect(JSON.parse(store.data.get(MISSIONS_KEY) ?? '')).toEqual([a, b]);
    expect([...loadCompletedMissions(store)]).toEqual([a, b]);
  });

  it('ignores unknown ids, prototype names, wrong shapes and broken JSON', () => {
    expect([...parseCompletedMissions(JSON.stringify(['__proto__', 'constructor', 7, a]))]).toEqual([a]);
    expect(parseCompletedMissions('{"0":"x"}').size).toBe(0);
    expect(parseCompletedMissions('not json').size).toBe(0);
    expect(parseCompletedMissions(null).size).toBe(0);
  });

  it('works without storage and when storage throws', () => {
    const throwing: MissionStore = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    };
    expect(loadCompletedMissions(throwing).size).toBe(0);
    expect(saveCompletedMissions(throwing, new Set([a ?? '']))).toBe(false);
    expect(loadCompletedMissions(null).size).toBe(0);
    expect(saveCompletedMissions(null, new Set())).toBe(false);
  });
});
