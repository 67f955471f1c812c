// The lab's reducer: guided first, free after; skipping dead time; markers; Korean errors for bad fields.
import { describe, expect, it } from 'vitest';
import {
  SCENARIOS,
  chartMarkers,
  clockLabel,
  initialLab,
  markerReadout,
  parseSettings,
  parseWholeNumber,
  reduce,
  type LabState,
  type SettingsInput,
} from '../../src/lib/scaling/index.ts';

const SETTINGS: SettingsInput = {
  instanceType: 't2.nano', zones: '3', min: '1', desired: '1', max: '10', healthCheckType: 'ELB',
  gracePeriodSeconds: '300', warmupSeconds: '300', appBootSeconds: '60', policy: 'target-tracking', targetCpu: '50',
  schedule: false, curve: 'lunch', baseRps: '5', peakRps: '200', seed: '7', custom: Array.from({ length: 24 }, () => '10'),
};

describe('initial lab', () => {
  it('opens on the first guided scenario; the free lab is an explicit choice', () => {
    expect(initialLab('').scenarioId).toBe('');
    expect(initialLab('unknown').scenarioId).toBe(SCENARIOS[0]?.id);
    expect(initialLab('elb-health-replace').scenarioId).toBe('elb-health-replace');
  });
});

describe('reduce', () => {
  it('plays with real time at the chosen speed and stops at the scenario end once', () => {
    let s: LabState = reduce(initialLab('elb-health-replace'), { type: 'play' }).state;
    s = reduce(s, { type: 'set-speed', speed: 600 }).state;
    const t0 = s.sim.t;
    s = reduce(s, { type: 'tick', realSeconds: 0.1 }).state;
    expect(s.sim.t - t0).toBe(60);
    let effects: readonly { type: string }[] = [];
    for (let k = 0; k < 200 && s.playing; k++) ({ state: s, effects } = reduce(s, { type: 'tick', realSeconds: 0.25 }));
    expect(s.playing).toBe(false);
    expect(s.ended).toBe(true);
    expect(s.sim.t).toBe(40 * 60);
    expect(effects).toContainEqual({ type: 'announce', text: expect.stringContaining('시나리오가 끝났습니다') });
  });

  it('"다음 사건까지" jumps over dead time to the next activity, and says when on the lab clock', () => {
    const s0 = initialLab('lunch-peak');
    const seq = s0.sim.activitySeq;
    const { state, effects } = reduce(s0, { type: 'skip-to-next-event' });
    expect(state.sim.t).toBeGreaterThan(3600);
    expect(state.sim.activitySeq).toBeGreaterThan(seq);
    const said = effects.find((e) => e.type === 'announce');
    expect(said && 'text' in said ? said.text : '').toMatch(/^[월화수목금토일] \d\d:\d\d:\d\d KST까지 건너뛰었습니다/);
  });

  it('never reads an empty capacity field as 0', () => {
    const s0 = initialLab('');
    const { state } = reduce(s0, { type: 'set-capacity', min: '', desired: '', max: '' });
    expect(state.actionError).toBe('최소 용량을 입력하세요. 0 이상 1000 이하의 정수입니다.');
    expect([state.sim.min, state.sim.desired, state.sim.max]).toEqual([s0.config.min, s0.config.desired, s0.config.max]);
    const ok = reduce(state, { type: 'set-capacity', min: '2', desired: '3', max: '5' }).state;
    expect(ok.actionError).toBeNull();
    expect(ok.sim.desired).toBe(3);
  });

  it('refuses settings with an empty or invalid field, in Korean, and keeps the running lab', () => {
    const s0 = initialLab('');
    const { state } = reduce(s0, { type: 'apply-settings', input: { ...SETTINGS, warmupSeconds: '' } });
    expect(state.settingsError).toBe('워밍업을 입력하세요. 0 이상 3600 이하의 정수입니다.');
    expect(state.sim).toBe(s0.sim);
    const bad = reduce(s0, { type: 'apply-settings', input: { ...SETTINGS, targetCpu: 'abc' } }).state;
    expect(bad.settingsError).toBe('대상 CPU는 1 이상 99 이하의 정수여야 합니다(입력: abc).');
    const good = reduce(s0, { type: 'apply-settings', input: { ...SETTINGS, max: '4' } });
    expect(good.state.sim).not.toBe(s0.sim);
    expect(good.state.sim.max).toBe(4);
    expect(good.effects).toContainEqual({ type: 'restarted' });
  });

  it('applies faults to the selected instance and reports bad ones', () => {
    let s = initialLab('elb-health-replace');
    const id = s.sim.instances[0]?.id ?? '';
    s = reduce(s, { type: 'select', instanceId: id }).state;
    expect(s.selected).toBe(id);
    s = reduce(s, { type: 'fault', kind: 'kill' }).state;
    expect(s.sim.instances.find((i) => i.id === id)?.ec2State).toBe('terminated');
    s = reduce(s, { type: 'fault', kind: 'restoreZone', zone: 'ap-northeast-2a' }).state;
    expect(s.actionError).toBe('가용 영역 ap-northeast-2a에는 장애가 나 있지 않습니다.');
    expect(reduce(s, { type: 'select', instanceId: '__proto__' }).state.selected).toBeNull();
  });
});

describe('markers and the lab clock', () => {
  it('marks injected faults and scaling activities, with a readout on the lab clock', () => {
    let s = initialLab('elb-health-replace');
    for (let k = 0; k < 6; k++) s = reduce(s, { type: 'skip-to-next-event' }).state;
    const markers = chartMarkers(s.sim);
    const fault = markers.find((m) => m.kind === 'fault');
    const scaling = markers.find((m) => m.kind === 'scaling');
    expect(fault?.t).toBe(600);
    expect(scaling?.title).toMatch(/조정 활동: (시작|종료) \d대/);
    const readout = markerReadout(s.sim, scaling?.t ?? -1);
    expect(readout.startsWith(clockLabel(s.sim, scaling?.t ?? 0))).toBe(true);
    // The Korean gloss uses the lab clock (KST), not the console's UTC stamp.
    expect(readout).toContain('KST에');
    expect(readout).not.toMatch(/\d{4}-\d\d-\d\dT/);
    expect(readout).not.toMatch(/\(으\)로|을\(를\)|이\(가\)/);
  });
});

describe('parseWholeNumber / parseSettings', () => {
  it('names the field and never turns text into 0', () => {
    expect(parseWholeNumber('', '유예 기간', 0, 10)).toEqual({ ok: false, error: '유예 기간을 입력하세요. 0 이상 10 이하의 정수입니다.' });
    expect(parseWholeNumber('1.5', '워밍업', 0, 10).ok).toBe(false);
    expect(parseWholeNumber(' 7 ', '워밍업', 0, 10)).toEqual({ ok: true, value: 7 });
    const custom = parseSettings({ ...SETTINGS, curve: 'custom', custom: [...SETTINGS.custom.slice(0, 23), ''] }, initialLab('').config);
    expect(custom).toEqual({ ok: false, error: '23시 요청/s를 입력하세요. 0 이상 100000 이하의 정수입니다.' });
  });
});
