// The lifecycle model against expectations written by hand from the AWS EC2 User Guide tables
// ("Instance states", "Differences between instance states", stop/termination protection,
// Spot interruption behavior). Nothing here is generated from src/lib/lifecycle/table.ts.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CONFIG,
  LESSON_ANCHORS,
  billedSeconds,
  check,
  launch,
  perform,
  settle,
  settleWithEffects,
  validateConfig,
  type Instance,
  type InstanceConfig,
  type InstanceState,
  type LifecycleAction,
} from '../../src/lib/lifecycle/index.ts';

const ACTIONS: LifecycleAction[] = ['start', 'stop', 'hibernate', 'reboot', 'terminate', 'os-shutdown', 'spot-interruption'];
const STATE_NAMES: InstanceState[] = ['pending', 'running', 'stopping', 'stopped', 'shutting-down', 'terminated'];

function cfg(over: Partial<InstanceConfig>): InstanceConfig {
  return { ...DEFAULT_CONFIG, ...over };
}

function must(instance: Instance, action: LifecycleAction, now?: number): Instance {
  const r = perform(instance, action, now);
  if (!r.ok) throw new Error(`${action} refused: ${r.error.code}`);
  return r.instance;
}

/** Drives a fresh instance into `state` (by the ordinary user path). */
function reach(config: InstanceConfig, state: InstanceState, seed = 1): Instance {
  const pending = launch(config, seed);
  if (state === 'pending') return pending;
  const running = settle(pending);
  if (state === 'running') return running;
  if (state === 'stopping') return must(running, 'stop');
  if (state === 'stopped') return settle(must(running, 'stop'));
  if (state === 'shutting-down') return must(running, 'terminate');
  return settle(must(running, 'terminate'));
}

/** Expected outcome: the state right after the action, or the refusal code. */
type Row = Record<LifecycleAction, string>;
const TRANSITIONAL: Row = {
  start: 'transitional',
  stop: 'transitional',
  hibernate: 'transitional',
  reboot: 'transitional',
  terminate: 'transitional',
  'os-shutdown': 'transitional',
  'spot-interruption': 'transitional',
};
const TERMINATED: Row = {
  start: 'terminated',
  stop: 'terminated',
  hibernate: 'terminated',
  reboot: 'terminated',
  terminate: 'terminated',
  'os-shutdown': 'terminated',
  'spot-interruption': 'terminated',
};
const STOPPED_ON_DEMAND: Row = {
  start: 'pending',
  stop: 'already-stopped',
  hibernate: 'not-running',
  reboot: 'not-running',
  terminate: 'shutting-down',
  'os-shutdown': 'not-running',
  'spot-interruption': 'not-running',
};

interface Variant {
  name: string;
  config: InstanceConfig;
  matrix: Partial<Record<InstanceState, Row>>;
}

const VARIANTS: Variant[] = [
  {
    name: 'EBS 루트, 온디맨드, 최대 절전 켬, OS 종료 동작 stop',
    config: cfg({ rootDevice: 'ebs', market: 'on-demand', hibernationEnabled: true, shutdownBehavior: 'stop' }),
    matrix: {
      pending: TRANSITIONAL,
      running: {
        start: 'already-running',
        stop: 'stopping',
        hibernate: 'stopping',
        reboot: 'running',
        terminate: 'shutting-down',
        'os-shutdown': 'stopping',
        'spot-interruption': 'not-spot',
      },
      stopping: TRANSITIONAL,
      stopped: STOPPED_ON_DEMAND,
      'shutting-down': TRANSITIONAL,
      terminated: TERMINATED,
    },
  },
  {
    name: 'EBS 루트, 온디맨드, 최대 절전 끔, OS 종료 동작 terminate',
    config: cfg({ rootDevice: 'ebs', market: 'on-demand', hibernationEnabled: false, shutdownBehavior: 'terminate' }),
    matrix: {
      pending: TRANSITIONAL,
      running: {
        start: 'already-running',
        stop: 'stopping',
        hibernate: 'hibernation-not-enabled',
        reboot: 'running',
        terminate: 'shutting-down',
        'os-shutdown': 'shutting-down',
        'spot-interruption': 'not-spot',
      },
      stopping: TRANSITIONAL,
      stopped: STOPPED_ON_DEMAND,
      'shutting-down': TRANSITIONAL,
      terminated: TERMINATED,
    },
  },
  {
    // "You can't stop and start instances with an instance store root volume"; OS shutdown always terminates.
    name: '인스턴스 스토어 루트, 온디맨드 (종료 동작 stop이어도)',
    config: cfg({ rootDevice: 'instance-store', market: 'on-demand', shutdownBehavior: 'stop' }),
    matrix: {
      pending: TRANSITIONAL,
      running: {
        start: 'already-running',
        stop: 'instance-store-root',
        hibernate: 'instance-store-root',
        reboot: 'running',
        terminate: 'shutting-down',
        'os-shutdown': 'shutting-down',
        'spot-interruption': 'not-spot',
      },
      'shutting-down': TRANSITIONAL,
      terminated: TERMINATED,
    },
  },
  {
    name: 'EBS 루트, 스팟, 중단 동작 stop',
    config: cfg({ rootDevice: 'ebs', market: 'spot', spotInterruptionBehavior: 'stop' }),
    matrix: {
      pending: TRANSITIONAL,
      running: {
        start: 'already-running',
        stop: 'stopping',
        hibernate: 'hibernation-not-enabled',
        reboot: 'running',
        terminate: 'shutting-down',
        'os-shutdown': 'stopping',
        'spot-interruption': 'stopping',
      },
      stopping: TRANSITIONAL,
      stopped: STOPPED_ON_DEMAND,
      'shutting-down': TRANSITIONAL,
      terminated: TERMINATED,
    },
  },
  {
    name: 'EBS 루트, 스팟, 최대 절전 켬(중단 동작 hibernate)',
    config: cfg({ rootDevice: 'ebs', market: 'spot', hibernationEnabled: true, spotInterruptionBehavior: 'hibernate' }),
    matrix: {
      running: {
        start: 'already-running',
        stop: 'stopping',
        hibernate: 'stopping',
        reboot: 'running',
        terminate: 'shutting-down',
        'os-shutdown': 'stopping',
        'spot-interruption': 'stopping',
      },
      stopped: STOPPED_ON_DEMAND,
    },
  },
  {
    name: '인스턴스 스토어 루트, 스팟, 중단 동작 terminate',
    config: cfg({ rootDevice: 'instance-store', market: 'spot', spotInterruptionBehavior: 'terminate' }),
    matrix: {
      pending: TRANSITIONAL,
      running: {
        start: 'already-running',
        stop: 'instance-store-root',
        hibernate: 'instance-store-root',
        reboot: 'running',
        terminate: 'shutting-down',
        'os-shutdown': 'shutting-down',
        'spot-interruption': 'shutting-down',
      },
      'shutting-down': TRANSITIONAL,
      terminated: TERMINATED,
    },
  },
];

function outcome(instance: Instance, action: LifecycleAction): string {
  const r = perform(instance, action);
  return r.ok ? r.instance.state : r.error.code;
}

describe('(state, action) matrix from the AWS tables', () => {
  for (const variant of VARIANTS) {
    describe(variant.name, () => {
      it('is a configuration AWS accepts', () => {
        expect(validateConfig(variant.config).ok).toBe(true);
      });
      for (const [state, row] of Object.entries(variant.matrix) as [InstanceState, Row][]) {
        for (const action of ACTIONS) {
          it(`${state} + ${action} → ${row[action]}`, () => {
            const instance = reach(variant.config, state);
            expect(instance.state).toBe(state);
            expect(outcome(instance, action)).toBe(row[action]);
          });
        }
      }
    });
  }

  it('an instance store root can never be stopped (stopped/stopping unreachable)', () => {
    const config = cfg({ rootDevice: 'instance-store' });
    const running = settle(launch(config));
    for (const action of ACTIONS) {
      const r = perform(running, action);
      if (r.ok) expect(['running', 'shutting-down']).toContain(r.instance.state);
    }
  });

  it('every refusal carries a Korean reason and a lesson anchor', () => {
    let refusals = 0;
    for (const variant of VARIANTS) {
      for (const state of Object.keys(variant.matrix) as InstanceState[]) {
        const instance = reach(variant.config, state);
        for (const action of ACTIONS) {
          const r = perform(instance, action);
          if (r.ok) continue;
          refusals++;
          expect(r.error.message, `${variant.name} ${state} ${action}`).toMatch(/[가-힣]/);
          expect(Object.keys(LESSON_ANCHORS), `${variant.name} ${state} ${action}`).toContain(r.error.anchor);
          expect(r.error.code).toBe(variant.matrix[state]?.[action]);
        }
      }
    }
    // Every refusal of the matrix was looked at (terminated and transitional rows refuse all seven).
    // ("terminated" is both a state and the refusal code of every action from it.)
    const expected = VARIANTS.reduce(
      (n, v) =>
        n +
        Object.entries(v.matrix).reduce(
          (m, [state, row]) => m + (state === 'terminated' ? ACTIONS.length : Object.values(row).filter((o) => !STATE_NAMES.includes(o as InstanceState)).length),
          0,
        ),
      0,
    );
    expect(refusals).toBe(expected);
    expect(refusals).toBeGreaterThan(100);
    const running = settle(launch(cfg({ rootDevice: 'instance-store' })));
    const r = perform(running, 'stop');
    expect(!r.ok && r.error.message).toContain('인스턴스 스토어');
    expect(!r.ok && r.error.anchor).toBe('instanceStoreRoot');
  });
});

describe('guards', () => {
  it('stop protection blocks stop and hibernate, not an OS shutdown (behavior stop)', () => {
    const running = settle(launch(cfg({ stopProtection: true, hibernationEnabled: true })));
    expect(outcome(running, 'stop')).toBe('stop-protection');
    expect(outcome(running, 'hibernate')).toBe('stop-protection');
    expect(outcome(running, 'os-shutdown')).toBe('stopping');
    expect(outcome(running, 'terminate')).toBe('shutting-down');
  });

  it('termination protection blocks terminate from running and stopped, not an OS shutdown', () => {
    const config = cfg({ terminationProtection: true, shutdownBehavior: 'terminate' });
    const running = settle(launch(config));
    expect(outcome(running, 'terminate')).toBe('termination-protection');
    expect(outcome(reach(cfg({ terminationProtection: true }), 'stopped'), 'terminate')).toBe('termination-protection');
    const shut = must(running, 'os-shutdown');
    expect(shut.state).toBe('shutting-down');
    expect(settle(shut).state).toBe('terminated');
  });

  it('termination protection does not block an OS shutdown of an instance store root', () => {
    const running = settle(launch(cfg({ rootDevice: 'instance-store', terminationProtection: true })));
    expect(outcome(running, 'terminate')).toBe('termination-protection');
    expect(outcome(running, 'os-shutdown')).toBe('shutting-down');
  });

  it('a Spot interruption is not blocked by protections (AWS does not allow them on Spot anyway)', () => {
    const config = cfg({ market: 'spot', terminationProtection: true });
    expect(validateConfig(config).ok).toBe(false);
    expect(outcome(settle(launch(config)), 'spot-interruption')).toBe('shutting-down');
  });

  it('a Spot interruption follows spotInterruptionBehavior', () => {
    const base = { rootDevice: 'ebs', market: 'spot' } as const;
    const term = must(settle(launch(cfg({ ...base, spotInterruptionBehavior: 'terminate' }))), 'spot-interruption');
    expect(settle(term).state).toBe('terminated');
    const stop = settle(must(settle(launch(cfg({ ...base, spotInterruptionBehavior: 'stop' }))), 'spot-interruption'));
    expect(stop.state).toBe('stopped');
    expect(stop.ramSavedToRoot).toBe(false);
    const hib = settle(must(settle(launch(cfg({ ...base, spotInterruptionBehavior: 'hibernate' }))), 'spot-interruption'));
    expect(hib.state).toBe('stopped');
    expect(hib.ramSavedToRoot).toBe(true);
  });

  it('only EC2 restarts a Spot Instance stopped by an interruption; the user may still terminate it', () => {
    const stopped = settle(must(settle(launch(cfg({ market: 'spot', spotInterruptionBehavior: 'stop' }))), 'spot-interruption'));
    expect(outcome(stopped, 'start')).toBe('spot-restart-by-ec2-only');
    expect(outcome(stopped, 'terminate')).toBe('shutting-down');
  });

  it('check() reports the same decision as perform() without changing anything', () => {
    let compared = 0;
    for (const variant of VARIANTS) {
      for (const state of Object.keys(variant.matrix) as InstanceState[]) {
        const instance = reach(variant.config, state);
        const before = structuredClone(instance);
        for (const action of ACTIONS) {
          const checked = check(instance, action);
          const performed = perform(instance, action);
          expect(checked.ok, `${state} ${action}`).toBe(performed.ok);
          if (checked.ok && performed.ok) expect(performed.instance.path).toBe(checked.value);
          if (!checked.ok && !performed.ok) expect(performed.error).toEqual(checked.error);
          compared++;
        }
        expect(instance).toEqual(before);
      }
    }
    expect(compared).toBe(VARIANTS.reduce((n, v) => n + Object.keys(v.matrix).length, 0) * ACTIONS.length);
  });
});

describe('launch configuration rules', () => {
  it.each<[string, Partial<InstanceConfig>, string | null]>([
    ['default', {}, null],
    ['hibernation on instance store', { rootDevice: 'instance-store', hibernationEnabled: true }, 'hibernation-needs-ebs'],
    ['stop protection on instance store', { rootDevice: 'instance-store', stopProtection: true }, 'stop-protection-not-instance-store'],
    ['stop protection on Spot', { market: 'spot', stopProtection: true }, 'stop-protection-not-spot'],
    ['termination protection on Spot', { market: 'spot', terminationProtection: true }, 'termination-protection-not-spot'],
    ['Spot stop on instance store', { market: 'spot', rootDevice: 'instance-store', spotInterruptionBehavior: 'stop' }, 'spot-stop-needs-ebs'],
    ['Spot with hibernation but behavior stop', { market: 'spot', hibernationEnabled: true, spotInterruptionBehavior: 'stop' }, 'spot-hibernation-configured'],
    ['Spot hibernate behavior without hibernation option', { market: 'spot', spotInterruptionBehavior: 'hibernate' }, null],
    ['on-demand ignores the Spot behavior', { market: 'on-demand', rootDevice: 'instance-store', spotInterruptionBehavior: 'stop' }, null],
  ])('%s', (_name, over, code) => {
    const r = validateConfig(cfg(over));
    if (code === null) expect(r.ok).toBe(true);
    else expect(r.ok ? null : r.error.code).toBe(code);
  });
});

describe('effects (the "differences between instance states" table)', () => {
  it('launch: pending is not billed; running is billed', () => {
    const pending = launch(cfg({}));
    expect(pending.billed).toBe(false);
    expect(pending.host).not.toBeNull();
    expect(pending.privateIp).toMatch(/^172\.31\.\d+\.\d+$/);
    expect(pending.publicIp).not.toBeNull();
    const running = settle(pending);
    expect(running.billed).toBe(true);
    expect(running.ram).toBe('in-use');
  });

  it('reboot: same host, same IPs, instance store kept, RAM erased, stays running, no new billing period', () => {
    const running = settle(launch(cfg({})));
    const r = perform(running, 'reboot');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const i = r.instance;
    expect(i.state).toBe('running');
    expect(i.host).toBe(running.host);
    expect(i.publicIp).toBe(running.publicIp);
    expect(i.privateIp).toBe(running.privateIp);
    expect(i.instanceStoreData).toBe(true);
    expect(i.billed).toBe(true);
    expect(i.billing).toHaveLength(running.billing.length);
    expect(r.effects.some((e) => e.field === 'ram' && e.kind === 'changed')).toBe(true);
  });

  it('stop: not billed from stopping; public IPv4 released, private kept; instance store and RAM erased; root kept', () => {
    const running = settle(launch(cfg({})));
    const stopping = must(running, 'stop');
    expect(stopping.billed).toBe(false);
    const stopped = settle(stopping);
    expect(stopped.billed).toBe(false);
    expect(stopped.publicIp).toBeNull();
    expect(stopped.privateIp).toBe(running.privateIp);
    expect(stopped.instanceStoreData).toBe(false);
    expect(stopped.ram).toBe('erased');
    expect(stopped.ramSavedToRoot).toBe(false);
    expect(stopped.rootVolume).toBe('attached');
  });

  it('start after stop: new public IPv4, same private IPv4, new host, billed again once running', () => {
    const running = settle(launch(cfg({})));
    const stopped = settle(must(running, 'stop'));
    const pending = must(stopped, 'start');
    expect(pending.billed).toBe(false);
    const again = settle(pending);
    expect(again.state).toBe('running');
    expect(again.billed).toBe(true);
    expect(again.publicIp).not.toBeNull();
    expect(again.publicIp).not.toBe(running.publicIp);
    expect(again.privateIp).toBe(running.privateIp);
    expect(again.host).not.toBe(running.host);
    expect(again.billing).toHaveLength(2);
  });

  it('an Elastic IP stays associated through stop and start', () => {
    const running = settle(launch(cfg({ elasticIp: true })));
    expect(running.elasticIp?.associated).toBe(true);
    expect(running.publicIp).toBe(running.elasticIp?.address);
    const stopped = settle(must(running, 'stop'));
    expect(stopped.publicIp).toBe(running.publicIp);
    expect(settle(must(stopped, 'start')).publicIp).toBe(running.publicIp);
  });

  it('hibernate: billed while stopping, not once stopped; RAM saved to root; public IP released; instance store erased', () => {
    const running = settle(launch(cfg({ hibernationEnabled: true })));
    const stopping = must(running, 'hibernate');
    expect(stopping.state).toBe('stopping');
    expect(stopping.billed).toBe(true);
    const stopped = settle(stopping);
    expect(stopped.state).toBe('stopped');
    expect(stopped.billed).toBe(false);
    expect(stopped.ramSavedToRoot).toBe(true);
    expect(stopped.publicIp).toBeNull();
    expect(stopped.privateIp).toBe(running.privateIp);
    expect(stopped.instanceStoreData).toBe(false);
    expect(stopped.rootVolume).toBe('attached');
    const resumed = settle(must(stopped, 'start'));
    expect(resumed.ram).toBe('in-use');
    expect(resumed.ramSavedToRoot).toBe(false);
  });

  it('terminate: not billed from shutting-down; no host, no IPs, EIP disassociated, instance store erased, root deleted', () => {
    const running = settle(launch(cfg({ elasticIp: true })));
    const shutting = must(running, 'terminate');
    expect(shutting.billed).toBe(false);
    const done = settle(shutting);
    expect(done.state).toBe('terminated');
    expect(done.host).toBeNull();
    expect(done.privateIp).toBeNull();
    expect(done.publicIp).toBeNull();
    expect(done.elasticIp?.associated).toBe(false);
    expect(done.instanceStoreData).toBe(false);
    expect(done.ram).toBe('erased');
    expect(done.rootVolume).toBe('deleted');
  });

  it('the root EBS volume survives termination when DeleteOnTermination is false', () => {
    expect(settle(must(settle(launch(cfg({ deleteRootOnTermination: false }))), 'terminate')).rootVolume).toBe('kept');
    // DeleteOnTermination concerns EBS; an instance store root always goes.
    const is = cfg({ rootDevice: 'instance-store', deleteRootOnTermination: false });
    expect(settle(must(settle(launch(is)), 'terminate')).rootVolume).toBe('deleted');
  });

  it('terminating a stopped instance: nothing more to bill, root deleted', () => {
    const stopped = reach(cfg({}), 'stopped');
    const done = settle(must(stopped, 'terminate'));
    expect(done.state).toBe('terminated');
    expect(done.billing).toEqual(stopped.billing);
    expect(done.rootVolume).toBe('deleted');
  });

  it('every change is explained in Korean', () => {
    const running = settle(launch(cfg({ hibernationEnabled: true })));
    const r = perform(running, 'hibernate');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const s = settleWithEffects(r.instance);
    const fields = s.effects.filter((e) => e.kind === 'changed').map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['state', 'ram', 'instanceStore', 'publicIp', 'host', 'billing']));
    for (const e of [...r.effects, ...s.effects]) expect(e.message).toMatch(/[가-힣]/);
  });
});

describe('billing meter (injected clock, one-minute minimum per start)', () => {
  it('bills at least 60 s for a short run and per second beyond', () => {
    const running = settle(launch(cfg({}), 1, 0), 20); // running at t=20
    const stopped = settle(must(running, 'stop', 30), 40);
    expect(billedSeconds(stopped, 1000)).toBe(60);
    const again = settle(must(stopped, 'start', 500), 520);
    expect(billedSeconds(again, 620)).toBe(160); // 60 + 100
    const stoppedAgain = settle(must(again, 'stop', 620), 650);
    expect(billedSeconds(stoppedAgain, 5000)).toBe(160);
  });

  it('an open period already owes the minute', () => {
    const running = settle(launch(cfg({}), 1, 0), 20);
    expect(billedSeconds(running, 25)).toBe(60);
    expect(billedSeconds(running, 200)).toBe(180);
  });

  it('reboot does not start a new period (no second minimum)', () => {
    const running = settle(launch(cfg({}), 1, 0), 0);
    const rebooted = must(running, 'reboot', 10);
    expect(billedSeconds(rebooted, 30)).toBe(60);
    expect(billedSeconds(rebooted, 90)).toBe(90);
  });

  it('hibernation is billed until stopped', () => {
    const running = settle(launch(cfg({ hibernationEnabled: true }), 1, 0), 0);
    const stopping = must(running, 'hibernate', 100);
    const stopped = settle(stopping, 130);
    expect(billedSeconds(stopped, 999)).toBe(130);
    const plainStop = settle(must(settle(launch(cfg({}), 1, 0), 0), 'stop', 100), 130);
    expect(billedSeconds(plainStop, 999)).toBe(100);
  });

  it('the clock never goes back', () => {
    const running = settle(launch(cfg({}), 1, 0), 50);
    const stopped = must(running, 'stop', 10);
    expect(stopped.at).toBe(50);
  });
});

describe('reachability', () => {
  const bools = [false, true];
  const configs: InstanceConfig[] = [];
  for (const rootDevice of ['ebs', 'instance-store'] as const)
    for (const market of ['on-demand', 'spot'] as const)
      for (const spotInterruptionBehavior of ['terminate', 'stop', 'hibernate'] as const)
        for (const shutdownBehavior of ['stop', 'terminate'] as const)
          for (const hibernationEnabled of bools)
            for (const terminationProtection of bools)
              for (const stopProtection of bools) {
                const c = cfg({ rootDevice, market, spotInterruptionBehavior, shutdownBehavior, hibernationEnabled, terminationProtection, stopProtection });
                if (validateConfig(c).ok) configs.push(c);
              }

  function explore(config: InstanceConfig): Set<InstanceState> {
    const seen = new Set<InstanceState>();
    const queue: Instance[] = [launch(config)];
    const visitedKeys = new Set<string>();
    while (queue.length > 0) {
      const i = queue.shift() as Instance;
      const key = `${i.state}|${i.path}|${i.stoppedBySpotInterruption}|${i.ram}`;
      if (visitedKeys.has(key)) continue;
      visitedKeys.add(key);
      seen.add(i.state);
      if (i.state === 'terminated') continue;
      const s = settle(i);
      if (s !== i) queue.push(s);
      for (const a of ACTIONS) {
        const r = perform(i, a);
        if (r.ok) queue.push(r.instance);
      }
    }
    return seen;
  }

  it('every state is reachable from launch (EBS root)', () => {
    expect(explore(cfg({})).size).toBe(6);
  });

  it('an instance store root reaches exactly pending, running, shutting-down, terminated', () => {
    expect([...explore(cfg({ rootDevice: 'instance-store' }))].sort()).toEqual(['pending', 'running', 'shutting-down', 'terminated']);
  });

  // With termination protection on and an OS shutdown that stops, only turning the protection off
  // (not offered once launched here) would allow termination.
  const lockedIn = (c: InstanceConfig): boolean =>
    c.terminationProtection && c.rootDevice === 'ebs' && c.shutdownBehavior === 'stop';

  it('in every valid configuration, terminated is reachable unless protection locks it in', () => {
    expect(configs.length).toBeGreaterThan(20);
    for (const c of configs) expect(explore(c).has('terminated')).toBe(!lockedIn(c));
  });

  it('nothing leaves terminated', () => {
    for (const c of configs.filter((x) => !lockedIn(x))) {
      const running = settle(launch(c));
      const done = settle(must(running, c.terminationProtection ? 'os-shutdown' : 'terminate'));
      expect(done.state).toBe('terminated');
      for (const a of ACTIONS) expect(outcome(done, a)).toBe('terminated');
      expect(settle(done)).toBe(done);
    }
  });
});

describe('determinism by seed', () => {
  function history(seed: number): (string | null)[] {
    let i = settle(launch(cfg({}), seed));
    const out: (string | null)[] = [i.id, i.publicIp, i.privateIp, i.host];
    for (let k = 0; k < 3; k += 1) {
      i = settle(must(settle(must(i, 'stop')), 'start'));
      out.push(i.publicIp, i.host);
    }
    return out;
  }

  it('the same seed gives the same ids, addresses and hosts', () => {
    expect(history(42)).toEqual(history(42));
  });

  it('different seeds give different ones', () => {
    expect(history(1)).not.toEqual(history(2));
  });

  it('addresses come from documentation and private ranges only', () => {
    for (const seed of [1, 2, 3, 99, 12345]) {
      const i = launch(cfg({}), seed);
      expect(i.publicIp).toMatch(/^(198\.51\.100|203\.0\.113)\.\d+$/);
      expect(launch(cfg({ elasticIp: true }), seed).publicIp).toMatch(/^192\.0\.2\.\d+$/);
      expect(i.id).toMatch(/^i-[0-9a-f]{17}$/);
      expect(i.host).toMatch(/^h-[0-9a-f]{17}$/);
    }
  });
});
