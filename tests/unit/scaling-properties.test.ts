// The scaling model refuses what it cannot simulate (non-finite numbers, dates out of range, endless
// advances, empty capacity fields) and never throws or hangs on a configuration it accepts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  activeCount, advance, advanceBy, applyAction, createSimulation, DEFAULT_CONFIG, DEFAULT_SIMPLE_POLICY, DEFAULT_STEP_POLICY, liveCost,
  MAX_ADVANCE_SECONDS, parseCapacityField, parseCapacityForm, validateConfig, type ScalingConfig, type SimState,
} from '../../src/lib/scaling/index.ts';

const BAD_NUMBERS = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];

function sim(cfg: ScalingConfig = DEFAULT_CONFIG): SimState {
  const r = createSimulation(cfg);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('validateConfig refuses what cannot be simulated', () => {
  const edits: [string, (n: number) => ScalingConfig][] = [
    ['baseRps', (n) => ({ ...DEFAULT_CONFIG, traffic: { ...DEFAULT_CONFIG.traffic, baseRps: n } })],
    ['peakRps', (n) => ({ ...DEFAULT_CONFIG, traffic: { ...DEFAULT_CONFIG.traffic, peakRps: n } })],
    ['weekendFactor', (n) => ({ ...DEFAULT_CONFIG, traffic: { ...DEFAULT_CONFIG.traffic, weekendFactor: n } })],
    ['noise', (n) => ({ ...DEFAULT_CONFIG, traffic: { ...DEFAULT_CONFIG.traffic, noise: n } })],
    ['custom level', (n) => ({ ...DEFAULT_CONFIG, traffic: { ...DEFAULT_CONFIG.traffic, curve: 'custom', custom: DEFAULT_CONFIG.traffic.custom.map((v, i) => (i === 5 ? n : v)) } })],
    ['seed', (n) => ({ ...DEFAULT_CONFIG, seed: n })],
    ['utcOffsetHours', (n) => ({ ...DEFAULT_CONFIG, utcOffsetHours: n })],
    ['min', (n) => ({ ...DEFAULT_CONFIG, min: n })],
    ['warmupSeconds', (n) => ({ ...DEFAULT_CONFIG, warmupSeconds: n })],
    ['elb interval', (n) => ({ ...DEFAULT_CONFIG, elb: { ...DEFAULT_CONFIG.elb, intervalSeconds: n } })],
    ['targetCpu', (n) => ({ ...DEFAULT_CONFIG, policy: { ...(DEFAULT_CONFIG.policy as Extract<ScalingConfig['policy'], { kind: 'target-tracking' }>), targetCpu: n } })],
    ['step lowThreshold', (n) => ({ ...DEFAULT_CONFIG, policy: { ...DEFAULT_STEP_POLICY, lowThreshold: n } })],
    ['step bound', (n) => ({ ...DEFAULT_CONFIG, policy: { ...DEFAULT_STEP_POLICY, steps: [{ from: 0, to: n, change: 1 }] } })],
    ['step change', (n) => ({ ...DEFAULT_CONFIG, policy: { ...DEFAULT_STEP_POLICY, steps: [{ from: 0, to: null, change: n }] } })],
    ['scaleInBy', (n) => ({ ...DEFAULT_CONFIG, policy: { ...DEFAULT_STEP_POLICY, scaleInBy: n } })],
    ['simple highThreshold', (n) => ({ ...DEFAULT_CONFIG, policy: { ...DEFAULT_SIMPLE_POLICY, highThreshold: n } })],
    ['simple change', (n) => ({ ...DEFAULT_CONFIG, policy: { ...DEFAULT_SIMPLE_POLICY, change: n } })],
    ['cooldown', (n) => ({ ...DEFAULT_CONFIG, policy: { ...DEFAULT_SIMPLE_POLICY, cooldownSeconds: n } })],
    ['scheduled hour', (n) => ({ ...DEFAULT_CONFIG, scheduledActions: [{ name: 'x', days: [1], hour: n, minute: 0, desired: 2 }] })],
    ['scheduled desired', (n) => ({ ...DEFAULT_CONFIG, scheduledActions: [{ name: 'x', days: [1], hour: 0, minute: 0, desired: n }] })],
    ['scheduled day', (n) => ({ ...DEFAULT_CONFIG, scheduledActions: [{ name: 'x', days: [n], hour: 0, minute: 0, desired: 2 }] })],
  ];
  it.each(edits)('refuses a non-finite %s with a Korean message', (_name, edit) => {
    for (const n of BAD_NUMBERS) {
      const r = validateConfig(edit(n));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.message).toMatch(/[가-힣]/);
      expect(createSimulation(edit(n)).ok).toBe(false);
    }
  });
  it('accepts the defaults and each policy', () => {
    for (const policy of [DEFAULT_CONFIG.policy, DEFAULT_STEP_POLICY, DEFAULT_SIMPLE_POLICY, { kind: 'none' } as const]) {
      expect(validateConfig({ ...DEFAULT_CONFIG, policy }).ok).toBe(true);
    }
    expect(validateConfig({ ...DEFAULT_CONFIG, scheduledActions: [{ name: 'x', days: [0, 6], hour: 23, minute: 59, min: 0, max: 5, desired: 1 }] }).ok).toBe(true);
  });
  it('refuses a start out of range or not a date', () => {
    for (const startAt of ['+275760-09-13T00:00:00.000Z', '1969-12-31T00:00:00Z', '2100-01-01T00:00:00Z', 'tomorrow', '']) {
      const r = validateConfig({ ...DEFAULT_CONFIG, startAt });
      expect(r.ok, startAt).toBe(false);
    }
    expect(validateConfig({ ...DEFAULT_CONFIG, startAt: '2099-12-31T23:00:00Z' }).ok).toBe(true);
    expect(validateConfig({ ...DEFAULT_CONFIG, startAt: '2000-01-01T00:00:00Z' }).ok).toBe(true);
    const far = validateConfig({ ...DEFAULT_CONFIG, startAt: '2150-01-01T00:00:00Z' });
    expect(!far.ok && far.error.code).toBe('start-range');
  });
  it('refuses traffic beyond a million requests per second', () => {
    expect(validateConfig({ ...DEFAULT_CONFIG, traffic: { ...DEFAULT_CONFIG.traffic, peakRps: 1_000_001 } }).ok).toBe(false);
    expect(validateConfig({ ...DEFAULT_CONFIG, traffic: { ...DEFAULT_CONFIG.traffic, peakRps: 1_000_000 } }).ok).toBe(true);
  });
  it('refuses planned events at non-finite times', () => {
    const r = createSimulation(DEFAULT_CONFIG, [{ at: Number.NaN, action: { type: 'kill' } }]);
    expect(!r.ok && r.error.code).toBe('planned-time');
  });
});

describe('advance and actions refuse what never ends', () => {
  it('advance(Infinity), NaN and negative durations return at once without moving time', () => {
    const s = sim();
    for (const d of [...BAD_NUMBERS, -10]) {
      expect(advance(s, d)).toBe(0);
      const r = advanceBy(s, d);
      expect(!r.ok && r.error.code).toBe('bad-duration');
      expect(!r.ok && r.error.message).toMatch(/유한한/);
    }
    expect(s.t).toBe(0);
    const long = advanceBy(s, MAX_ADVANCE_SECONDS + 1);
    expect(!long.ok && long.error.code).toBe('duration-too-long');
    expect(advanceBy(s, 60)).toEqual({ ok: true, value: 6 });
    expect(s.t).toBe(60);
  });
  it('a spike with a non-finite multiplier or duration is refused', () => {
    const s = sim();
    for (const n of [...BAD_NUMBERS, 0, 101]) {
      expect(applyAction(s, { type: 'spike', multiplier: n, durationSeconds: 600 }).ok).toBe(false);
      expect(applyAction(s, { type: 'spike', multiplier: 2, durationSeconds: n === 101 ? 86_401 : n }).ok).toBe(false);
    }
    expect(applyAction(s, { type: 'spike', multiplier: 100, durationSeconds: 86_400 }).ok).toBe(true);
    for (const n of BAD_NUMBERS) expect(applyAction(s, { type: 'setCapacity', min: n, desired: 1, max: 3 }).ok).toBe(false);
  });
});

describe('capacity fields as typed', () => {
  it('an empty field is an error naming the field, not 0', () => {
    for (const field of ['min', 'desired', 'max'] as const) {
      const r = parseCapacityField(field, '  ');
      expect(!r.ok && r.error.code).toBe('capacity-empty');
    }
    expect(parseCapacityField('min', '')).toEqual({ ok: false, error: { code: 'capacity-empty', message: '최소 용량을 입력하세요. 0 이상 1000 이하의 정수입니다.' } });
    const r = parseCapacityForm({ min: '', desired: '', max: '' });
    expect(!r.ok && r.error.message).toBe('최소 용량을 입력하세요. 0 이상 1000 이하의 정수입니다.');
    const d = parseCapacityForm({ min: '1', desired: '', max: '3' });
    expect(!d.ok && d.error.message).toMatch(/^원하는 용량을 입력하세요/);
    const m = parseCapacityForm({ min: '1', desired: '2', max: '' });
    expect(!m.ok && m.error.message).toMatch(/^최대 용량을 입력하세요/);
  });
  it('reads integers 0–1000 and refuses the rest', () => {
    expect(parseCapacityForm({ min: ' 1 ', desired: '2', max: '10' })).toEqual({ ok: true, value: { min: 1, desired: 2, max: 10 } });
    expect(parseCapacityField('max', '1000')).toEqual({ ok: true, value: 1000 });
    expect(parseCapacityField('max', '0')).toEqual({ ok: true, value: 0 });
    for (const text of ['1.5', '-1', '1e3', '1001', '10000', 'abc', '0x10', 'Infinity']) {
      const r = parseCapacityField('max', text);
      expect(!r.ok && r.error.code, text).toBe('capacity-not-integer');
      expect(!r.ok && r.error.message, text).toMatch(/^최대 용량은 0 이상 1000 이하의 정수여야 합니다/);
    }
    const order = parseCapacityForm({ min: '5', desired: '2', max: '10' });
    expect(!order.ok && order.error.code).toBe('desired-below-min');
  });
});

describe('random configurations', () => {
  const hostile = fc.oneof(fc.constantFrom(...BAD_NUMBERS, -1, 1e308, 0.5), fc.double());
  /** Mostly valid values, so that many runs simulate; any field may instead be hostile. */
  const or = <T,>(valid: fc.Arbitrary<T>) => fc.oneof({ arbitrary: valid, weight: 30 }, { arbitrary: hostile as fc.Arbitrary<unknown>, weight: 1 }) as fc.Arbitrary<T>;
  const capacity = fc
    .tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }))
    .map(([a, b, c]) => [a, a + b, a + b + c] as const);
  const configArb: fc.Arbitrary<ScalingConfig> = fc
    .record({
      seed: or(fc.integer()), capacity, stepSeconds: or(fc.constantFrom(5, 10, 15, 30, 60)), utcOffsetHours: or(fc.integer({ min: -12, max: 14 })),
      warmupSeconds: or(fc.integer({ min: 0, max: 600 })), gracePeriodSeconds: or(fc.integer({ min: 0, max: 600 })), launchSeconds: or(fc.integer({ min: 0, max: 300 })),
      appBootSeconds: or(fc.integer({ min: 0, max: 300 })),
      startAt: fc.constantFrom(DEFAULT_CONFIG.startAt, '2026-02-28T15:00:00Z', '2099-12-31T20:00:00Z', '+275760-09-13T00:00:00.000Z', 'nope'),
      policy: fc.oneof(
        fc.record({ kind: fc.constant('target-tracking' as const), name: fc.constant('t'), targetCpu: or(fc.integer({ min: 1, max: 99 })), disableScaleIn: fc.boolean() }),
        fc.record({
          kind: fc.constant('step' as const), name: fc.constant('s'), highThreshold: or(fc.integer({ min: 50, max: 90 })), lowThreshold: or(fc.integer({ min: 0, max: 49 })),
          scaleInBy: or(fc.integer({ min: 1, max: 3 })), evaluationMinutes: or(fc.integer({ min: 1, max: 5 })),
          steps: fc.constant(DEFAULT_STEP_POLICY.steps),
        }),
        fc.record({
          kind: fc.constant('simple' as const), name: fc.constant('p'), highThreshold: or(fc.integer({ min: 50, max: 90 })), lowThreshold: or(fc.integer({ min: 0, max: 49 })),
          change: or(fc.integer({ min: 1, max: 3 })), cooldownSeconds: or(fc.integer({ min: 0, max: 600 })), evaluationMinutes: or(fc.integer({ min: 1, max: 5 })),
        }),
        fc.constant({ kind: 'none' as const }),
      ),
      traffic: fc.record({
        curve: fc.constantFrom('flat', 'lunch', 'spike', 'custom'), baseRps: or(fc.integer({ min: 0, max: 100 })), peakRps: or(fc.integer({ min: 0, max: 2000 })),
        weekendFactor: or(fc.double({ min: 0, max: 2, noNaN: true })), noise: or(fc.double({ min: 0, max: 0.5, noNaN: true })),
        custom: fc.array(or(fc.integer({ min: 0, max: 500 })), { minLength: 24, maxLength: 24 }),
      }),
    })
    .map(({ capacity: [min, desired, max], ...r }) => ({ ...DEFAULT_CONFIG, ...r, min, desired, max }) as ScalingConfig);

  it('never throw; an accepted one runs hours of simulated time with finite figures and capacity within limits', () => {
    let accepted = 0;
    fc.assert(
      fc.property(configArb, fc.integer({ min: 0, max: 4 * 3600 }), (cfg, seconds) => {
        const r = createSimulation(cfg);
        if (!r.ok) {
          expect(r.error.message).toMatch(/[가-힣]/);
          return;
        }
        accepted++;
        const s = r.value;
        expect(advance(s, seconds)).toBe(Math.floor(seconds / cfg.stepSeconds));
        expect(Number.isFinite(s.current.rps)).toBe(true);
        expect(Number.isFinite(liveCost(s))).toBe(true);
        expect(activeCount(s)).toBeLessThanOrEqual(s.max + 1); // one launch may precede a termination while rebalancing
        expect(s.desired).toBeGreaterThanOrEqual(s.min);
        expect(s.desired).toBeLessThanOrEqual(s.max);
      }),
      { numRuns: 80 },
    );
    // About a third of the runs are accepted and simulate; the rest check the refusals.
    expect(accepted).toBeGreaterThan(5);
  }, 60_000);
});
