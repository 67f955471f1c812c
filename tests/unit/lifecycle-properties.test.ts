// Random lifecycle sequences against the invariants of the AWS tables (billing, addresses, storage),
// and hostile action names and times. Bounded runs: part of CI.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTION_ORDER, billedSeconds, check, configProblems, createSession, act, advance as advanceSession, launch, launchWithEffects, perform, settle,
  usedSeconds, validateConfig, type Instance, type InstanceConfig, type LifecycleAction,
} from '../../src/lib/lifecycle/index.ts';

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

const configArb: fc.Arbitrary<InstanceConfig> = fc
  .record({
    rootDevice: fc.constantFrom('ebs', 'instance-store'),
    hibernationEnabled: fc.boolean(),
    market: fc.constantFrom('on-demand', 'spot'),
    spotInterruptionBehavior: fc.constantFrom('terminate', 'stop', 'hibernate'),
    shutdownBehavior: fc.constantFrom('stop', 'terminate'),
    terminationProtection: fc.boolean(),
    stopProtection: fc.boolean(),
    elasticIp: fc.boolean(),
    deleteRootOnTermination: fc.boolean(),
  })
  .filter((c) => validateConfig(c as InstanceConfig).ok) as fc.Arbitrary<InstanceConfig>;

type Step = { kind: 'act'; action: LifecycleAction; dt: number } | { kind: 'settle'; dt: number };
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('act' as const), action: fc.constantFrom(...ACTION_ORDER), dt: fc.integer({ min: 0, max: 600 }) }),
  fc.record({ kind: fc.constant('settle' as const), dt: fc.integer({ min: 0, max: 600 }) }),
);

/** What the AWS tables promise in every state, whatever happened before. */
function checkInvariants(i: Instance, launchedPrivateIp: string | null): void {
  // Billing: periods in order, closed ones not inverted, at most the last one open, open exactly while billed.
  for (let k = 0; k < i.billing.length; k++) {
    const p = i.billing[k]!;
    if (p.end !== null) expect(p.end).toBeGreaterThanOrEqual(p.start);
    else expect(k).toBe(i.billing.length - 1);
    if (k > 0) expect(p.start).toBeGreaterThanOrEqual(i.billing[k - 1]!.end ?? Infinity);
  }
  const open = i.billing.at(-1)?.end === null;
  expect(open).toBe(i.billed);
  expect(i.billed).toBe(i.state === 'running' || (i.state === 'stopping' && i.path === 'hibernate'));
  expect(billedSeconds(i, i.at)).toBeGreaterThanOrEqual(usedSeconds(i, i.at));
  expect(billedSeconds(i, i.at + 1000)).toBeGreaterThanOrEqual(billedSeconds(i, i.at));
  // Addresses: the private IPv4 stays from launch until termination; nothing is left once terminated.
  if (i.state === 'terminated') {
    expect([i.privateIp, i.publicIp, i.host]).toEqual([null, null, null]);
    expect(i.elasticIp?.associated ?? false).toBe(false);
  } else {
    expect(i.privateIp).toBe(launchedPrivateIp);
  }
  if (i.state === 'stopped') {
    expect(i.host).toBeNull();
    expect(i.publicIp).toBe(i.config.elasticIp ? i.elasticIp?.address : null);
  }
  if (i.state === 'running') expect(i.host).not.toBeNull();
  // Storage: an instance store root never stops; RAM is saved only by hibernation; the root stays until terminated.
  if (i.config.rootDevice === 'instance-store') expect(['stopping', 'stopped']).not.toContain(i.state);
  if (i.ram === 'saved') expect(i.ramSavedToRoot).toBe(true);
  if (i.state !== 'terminated' && i.state !== 'shutting-down') expect(i.rootVolume).toBe('attached');
  if (i.state === 'terminated') expect(i.rootVolume).toBe(i.config.rootDevice === 'ebs' && !i.config.deleteRootOnTermination ? 'kept' : 'deleted');
  if (i.state === 'stopped') expect(i.instanceStoreData).toBe(false);
}

describe('random lifecycle sequences', () => {
  it('keep the billing, address and storage invariants; check agrees with perform; nothing is mutated', () => {
    fc.assert(
      fc.property(configArb, fc.integer({ min: 1, max: 2 ** 31 }), fc.array(stepArb, { maxLength: 25 }), (config, seed, steps) => {
        let i = launch(config, seed, 0);
        const privateIp = i.privateIp;
        checkInvariants(i, privateIp);
        for (const step of steps) {
          const before = structuredClone(i);
          const at = i.at + step.dt;
          if (step.kind === 'settle') {
            i = settle(i, at);
          } else {
            const checked = check(i, step.action);
            const r = perform(i, step.action, at);
            expect(r.ok).toBe(checked.ok);
            expect(i).toEqual(before);
            if (r.ok) {
              expect(r.instance.at).toBe(at);
              i = r.instance;
            } else {
              expect(r.error.message).toMatch(/[가-힣]/);
            }
          }
          expect(i.at).toBeGreaterThanOrEqual(before.at);
          checkInvariants(i, privateIp);
        }
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});

describe('hostile actions and times', () => {
  const running = settle(launch(validConfig(), 1, 0), 20);
  function validConfig(): InstanceConfig {
    return { rootDevice: 'ebs', hibernationEnabled: true, market: 'on-demand', spotInterruptionBehavior: 'terminate', shutdownBehavior: 'stop', terminationProtection: false, stopProtection: false, elasticIp: false, deleteRootOnTermination: true };
  }
  it('refuses unknown actions, prototype member names included, in every state', () => {
    const states = [launch(validConfig()), running, settle(perform(running, 'stop').ok ? (perform(running, 'stop') as { instance: Instance }).instance : running)];
    for (const instance of states) {
      for (const name of [...PROTOTYPE_NAMES, 'launch', 'START', '', 'reboot ']) {
        const r = perform(instance, name as LifecycleAction);
        expect(r.ok, name).toBe(false);
        if (!r.ok) {
          expect(r.error.code, name).toBe('unknown-action');
          expect(r.error.message).toMatch(/알 수 없는 작업/);
        }
        expect(check(instance, name as LifecycleAction).ok).toBe(false);
      }
    }
  });
  it('refuses non-finite times instead of storing them', () => {
    for (const t of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const r = perform(running, 'stop', t);
      expect(!r.ok && r.error.code).toBe('bad-time');
      expect(!r.ok && r.error.message).toMatch(/유한한/);
      const l = launchWithEffects(validConfig(), 1, t);
      expect(!l.ok && l.error.code).toBe('bad-time');
      // A settle ignores a time it cannot use and takes its usual duration.
      const stopping = (perform(running, 'stop', 30) as { instance: Instance }).instance;
      expect(Number.isFinite(settle(stopping, t).at)).toBe(true);
      expect(settle(stopping, t).state).toBe('stopped');
    }
    expect(perform(running, 'stop', 1e9).ok).toBe(true);
  });
  it('a session given a non-finite duration lets no time pass', () => {
    let s = createSession(validConfig(), 1);
    s = act(s, 'reboot');
    const before = s.now;
    for (const t of [Number.NaN, Number.POSITIVE_INFINITY, -5]) {
      s = advanceSession(s, t);
      expect(Number.isFinite(s.now)).toBe(true);
    }
    expect(s.now).toBeGreaterThanOrEqual(before);
    expect(configProblems(validConfig())).toEqual([]);
  });
});
