import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  advance,
  applyAction,
  billedCost,
  createSimulation,
  DEFAULT_CONFIG,
  findScenario,
  INSTANCE_TYPES,
  isWarm,
  pickForTermination,
  SCENARIOS,
  validateCapacity,
  validateConfig,
  zoneCounts,
  type ScalingConfig,
  type SimState,
} from '../../src/lib/scaling/index.ts';

const HOUR = 3600;
const flat = (rps: number): ScalingConfig['traffic'] => ({ ...DEFAULT_CONFIG.traffic, curve: 'flat', baseRps: rps, noise: 0 });

function sim(cfg: ScalingConfig, events: Parameters<typeof createSimulation>[1] = []): SimState {
  const r = createSimulation(cfg, events);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const launches = (s: SimState) => s.activity.filter((a) => a.kind === 'launch');
const terminations = (s: SimState) => s.activity.filter((a) => a.kind === 'terminate');

describe('target tracking', () => {
  it('holds average CPU near the 50 % target on a steady load', () => {
    const s = sim({ ...DEFAULT_CONFIG, traffic: flat(120) });
    advance(s, 6 * HOUR);
    const last2h = s.series.filter((x) => x.t >= 4 * HOUR);
    const cpus = last2h.map((x) => x.cpu ?? 0);
    const mean = cpus.reduce((a, b) => a + b, 0) / cpus.length;
    expect(mean).toBeGreaterThan(35);
    expect(mean).toBeLessThanOrEqual(52);
    // Settled: no capacity change in the last two hours.
    expect(new Set(last2h.map((x) => x.desired)).size).toBe(1);
    // 120 rps at ≤ 50 % of 50 rps per t2.nano needs at least 5 instances.
    expect(s.desired).toBeGreaterThanOrEqual(5);
    expect(s.desired).toBeLessThanOrEqual(6);
  });

  it('scales out under a spike without passing max, and counts warming instances instead of overshooting', () => {
    const s = sim({ ...DEFAULT_CONFIG, max: 4, traffic: flat(20) }, [
      { at: 600, action: { type: 'spike', multiplier: 10, durationSeconds: 2 * HOUR } },
    ]);
    advance(s, 2 * HOUR);
    expect(Math.max(...s.series.map((x) => x.desired))).toBe(4);
    expect(s.series.every((x) => x.desired <= 4 && x.inService + x.pending <= 4)).toBe(true);

    // Same spike with room to grow: a new instance stays out of the metric until its warm-up ends,
    // and desired capacity settles near what the load needs (200 rps / 25 rps per instance at 50 %).
    const t = sim({ ...DEFAULT_CONFIG, traffic: flat(20) }, [
      { at: 600, action: { type: 'spike', multiplier: 10, durationSeconds: 3 * HOUR } },
    ]);
    advance(t, 660 + 180);
    const fresh = t.instances.filter((i) => i.launchedAt > 0);
    expect(fresh.length).toBeGreaterThan(0);
    expect(fresh.every((i) => !isWarm(t, i))).toBe(true);
    advance(t, 2 * HOUR);
    expect(t.desired).toBeGreaterThanOrEqual(8);
    expect(t.desired).toBeLessThanOrEqual(10);
  });

  it('scales in slowly: only after 15 minutes below 90 % of the target', () => {
    const s = sim({ ...DEFAULT_CONFIG, min: 1, desired: 6, traffic: flat(20) });
    advance(s, 14 * 60);
    expect(s.desired).toBe(6);
    advance(s, 2 * 60);
    expect(s.desired).toBeLessThan(6);
  });

  it('never scales in below min (any seed, any min)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 }), fc.integer({ min: 1, max: 5 }), (seed, min) => {
        const s = sim({ ...DEFAULT_CONFIG, seed, min, desired: Math.min(10, min + 4), traffic: flat(5) });
        advance(s, 3 * HOUR);
        return s.series.every((x) => x.desired >= min) && s.desired === min;
      }),
      { numRuns: 15 },
    );
  });
});

describe('step and simple scaling', () => {
  it('applies the larger step for a larger breach and then scales in one at a time', () => {
    const sc = findScenario('step-spike');
    expect(sc).toBeDefined();
    if (!sc) return;
    const s = sim(sc.config, sc.events);
    advance(s, sc.durationSeconds);
    const ups = launches(s).filter((a) => a.cause.en.includes('Step Scaling Policy'));
    expect(ups.some((a) => /from 1 to 4\./.test(a.cause.en))).toBe(true);
    const downs = terminations(s).filter((a) => a.cause.en.includes('AlarmLow') || a.cause.en.includes('cpu-low'));
    expect(downs.every((a) => /changing the desired capacity from (\d+) to (\d+)/.exec(a.cause.en)?.slice(1).map(Number).reduce((x, y) => x - y) === 1)).toBe(true);
    expect(s.desired).toBe(1);
  });

  it('simple scaling waits for its cooldown between activities', () => {
    const s = sim({ ...DEFAULT_CONFIG, policy: { kind: 'simple', name: 'Simple', highThreshold: 60, lowThreshold: 20, change: 1, cooldownSeconds: 300, evaluationMinutes: 1 }, traffic: flat(200) });
    advance(s, 20 * 60);
    const times = launches(s).map((a) => a.at);
    for (let k = 1; k < times.length; k++) expect((times[k] ?? 0) - (times[k - 1] ?? 0)).toBeGreaterThanOrEqual(300);
    expect(times.length).toBeGreaterThanOrEqual(3);
  });
});

describe('health checks', () => {
  const base: ScalingConfig = { ...DEFAULT_CONFIG, min: 2, desired: 2, traffic: flat(30) };

  it('replaces an instance failing the load balancer check when the group uses ELB health checks', () => {
    const s = sim(base, [{ at: 600, action: { type: 'failHealth' } }]);
    advance(s, 30 * 60);
    const term = terminations(s);
    expect(term).toHaveLength(1);
    expect(term[0]?.cause.en).toMatch(/in response to an ELB system health check failure\.$/);
    expect(launches(s)).toHaveLength(1);
    expect(s.instances.filter((i) => i.lifecycle === 'InService' && i.target === 'healthy')).toHaveLength(2);
  });

  it('leaves it in service, without traffic, with EC2 health checks only', () => {
    const s = sim({ ...base, healthCheckType: 'EC2' }, [{ at: 600, action: { type: 'failHealth' } }]);
    advance(s, 30 * 60);
    expect(terminations(s)).toHaveLength(0);
    const broken = s.instances.find((i) => i.appFault);
    expect(broken?.lifecycle).toBe('InService');
    expect(broken?.health).toBe('Healthy');
    expect(broken?.target).toBe('unhealthy');
    expect(broken?.rps).toBe(0);
  });

  it('replaces a killed instance whatever the health check type', () => {
    const s = sim({ ...base, healthCheckType: 'EC2' }, [{ at: 300, action: { type: 'kill' } }]);
    advance(s, 20 * 60);
    expect(terminations(s)[0]?.cause.en).toMatch(/EC2 health check indicating it has been terminated or stopped/);
    expect(launches(s)).toHaveLength(1);
  });

  it('honours the grace period: a slow-booting app churns with grace 0 but not with 300 s', () => {
    const slow = { ...base, min: 1, desired: 1, appBootSeconds: 120 };
    const bump = [{ at: 60, action: { type: 'setCapacity' as const, min: 1, desired: 2, max: 10 } }];
    const churn = sim({ ...slow, gracePeriodSeconds: 0 }, bump);
    advance(churn, 30 * 60);
    expect(terminations(churn).length).toBeGreaterThan(5);
    const calm = sim({ ...slow, gracePeriodSeconds: 300 }, bump);
    advance(calm, 30 * 60);
    expect(terminations(calm)).toHaveLength(0);
    expect(calm.instances.filter((i) => i.target === 'healthy')).toHaveLength(2);
  });
});

describe('Availability Zones', () => {
  it('replaces a failed zone elsewhere and rebalances when it recovers', () => {
    const cfg: ScalingConfig = { ...DEFAULT_CONFIG, min: 6, desired: 6, traffic: flat(60) };
    const s = sim(cfg, [
      { at: 600, action: { type: 'failZone', zone: 'ap-northeast-2a' } },
      { at: 3600, action: { type: 'restoreZone', zone: 'ap-northeast-2a' } },
    ]);
    advance(s, 3000);
    expect([...zoneCounts(s).values()]).toEqual([0, 3, 3]);
    advance(s, 1800);
    expect([...zoneCounts(s).values()]).toEqual([2, 2, 2]);
    expect(launches(s).some((a) => a.cause.en.includes('to balance instances in zones ap-northeast-2a'))).toBe(true);
    // Rebalancing launches first, so the group briefly runs above desired but within max + 10 %.
    expect(s.series.every((x) => x.inService + x.pending <= cfg.max + 1)).toBe(true);
  });

  it('with EC2 checks only, a dead zone is caught by the status check after its tolerance', () => {
    const s = sim({ ...DEFAULT_CONFIG, min: 3, desired: 3, healthCheckType: 'EC2', traffic: flat(30) }, [
      { at: 600, action: { type: 'failZone', zone: 'ap-northeast-2b' } },
    ]);
    advance(s, 600 + 120);
    expect(terminations(s)).toHaveLength(0);
    advance(s, 120);
    expect(terminations(s)[0]?.cause.en).toMatch(/EC2 instance status check failure/);
  });

  it('default termination policy: the fullest zone first, then outdated launch template', () => {
    const s = sim({ ...DEFAULT_CONFIG, policy: { kind: 'none' }, min: 1, desired: 4, traffic: flat(10) });
    expect([...zoneCounts(s).values()]).toEqual([2, 1, 1]);
    expect(pickForTermination(s)?.zone).toBe('ap-northeast-2a');
    applyAction(s, { type: 'setInstanceType', instanceType: 't3.micro' });
    applyAction(s, { type: 'setCapacity', min: 1, desired: 6, max: 10 });
    advance(s, 600);
    // Now 2·2·2 with a t3.micro in 2b and 2c: scale-in takes an outdated t2.nano.
    applyAction(s, { type: 'setCapacity', min: 1, desired: 5, max: 10 });
    const gone = s.instances.find((i) => i.lifecycle === 'Terminating');
    expect(gone?.instanceType).toBe('t2.nano');
  });
});

describe('scheduled actions', () => {
  it('weekday 3 / weekend 1 applies at local midnight', () => {
    const sc = findScenario('weekday-weekend');
    if (!sc) throw new Error('missing scenario');
    const s = sim(sc.config, sc.events);
    advance(s, 6 * HOUR + 60); // Friday 18:00 → Saturday 00:01 KST
    expect(s.min).toBe(1);
    expect(s.desired).toBe(1);
    expect(terminations(s).some((a) => a.cause.en.includes('a scheduled action update of AutoScalingGroup constraints to min: 1, max: 10, desired: 1 changing the desired capacity from 3 to 1.'))).toBe(true);
    advance(s, 48 * HOUR); // → Monday 00:01
    expect(s.min).toBe(3);
    expect(s.desired).toBe(3);
  }, 30_000); // two simulated days: slow on a shared machine
});

describe('activity history wording', () => {
  it('uses the console phrases with an instance id and a dated cause, plus a Korean gloss', () => {
    const s = sim({ ...DEFAULT_CONFIG, traffic: flat(10) });
    applyAction(s, { type: 'setCapacity', min: 1, desired: 2, max: 10 });
    const a = launches(s)[0];
    expect(a?.description.en).toMatch(/^Launching a new EC2 instance: i-0[0-9a-f]{16}$/);
    expect(a?.cause.en).toBe(
      'At 2026-11-22T21:00:00Z a user request update of AutoScalingGroup constraints to min: 1, max: 10, desired: 2 changing the desired capacity from 1 to 2. ' +
        'At 2026-11-22T21:00:00Z an instance was started in response to a difference between desired and actual capacity, increasing the capacity from 1 to 2.',
    );
    expect(a?.cause.ko).toContain('원하는 용량');
  });
});

describe('cost', () => {
  it('bills per second with a 60-second minimum at the table price', () => {
    expect(billedCost(10, 3600)).toBe(60);
    expect(billedCost(3600, INSTANCE_TYPES['t2.nano'].pricePerHour)).toBeCloseTo(0.0072, 10);
    const s = sim({ ...DEFAULT_CONFIG, policy: { kind: 'none' }, traffic: flat(10) });
    advance(s, HOUR);
    expect(s.series.at(-1)?.cost).toBeCloseTo(0.0072, 8);
  });
});

describe('determinism and totality', () => {
  it('replays exactly for a seed and differs for another seed', () => {
    const run = (seed: number) => {
      const s = sim({ ...DEFAULT_CONFIG, seed }, [{ at: 5 * HOUR, action: { type: 'kill' } }]);
      advance(s, 10 * HOUR);
      return { series: s.series, activity: s.activity };
    };
    expect(run(7)).toEqual(run(7));
    expect(run(7).activity.map((a) => a.instanceId)).not.toEqual(run(8).activity.map((a) => a.instanceId));
  });

  it('rejects bad settings and actions with Korean messages instead of throwing', () => {
    const bad = validateCapacity(3, 2, 10);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toEqual({ code: 'desired-below-min', message: '원하는 용량(2)은 최소 용량(3) 이상이어야 합니다.' });
    expect(validateConfig({ ...DEFAULT_CONFIG, zones: ['ap-northeast-2a'] }).ok).toBe(false);
    expect(createSimulation({ ...DEFAULT_CONFIG, max: 0 }).ok).toBe(false);
    const s = sim(DEFAULT_CONFIG);
    const r = applyAction(s, { type: 'failZone', zone: 'us-east-1a' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/가용 영역/);
    expect(applyAction(s, { type: 'kill', instanceId: 'i-nope' }).ok).toBe(false);
    expect(applyAction(s, { type: 'setInstanceType', instanceType: 'x9.huge' }).ok).toBe(false);
  });

  it('every guided scenario is valid and runs to its suggested end', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(4);
    for (const sc of SCENARIOS) {
      const s = sim(sc.config, sc.events);
      advance(s, sc.durationSeconds);
      expect(s.t).toBe(sc.durationSeconds);
      expect(sc.links.length).toBeGreaterThan(0);
    }
  });
});
