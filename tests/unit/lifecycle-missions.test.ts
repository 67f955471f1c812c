// Sessions, missions, the diagram's edges and the lesson anchors.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CONFIG,
  LESSON_ANCHORS,
  MISSIONS,
  act,
  advance,
  billedSeconds,
  createSession,
  diagramEdges,
  formatClock,
  launchSession,
  lessonHref,
  missionStatus,
  settleSession,
  type InstanceConfig,
  type LifecycleAction,
  type Session,
} from '../../src/lib/lifecycle/index.ts';

function run(config: Partial<InstanceConfig>, steps: (LifecycleAction | 'settle' | number)[]): Session {
  let s = launchSession(createSession({ ...DEFAULT_CONFIG, ...config }, 7));
  for (const step of steps) {
    if (step === 'settle') s = settleSession(s);
    else if (typeof step === 'number') s = advance(s, step);
    else s = act(s, step);
  }
  return s;
}

function done(s: Session): string[] {
  return Object.entries(missionStatus(s))
    .filter(([, v]) => v)
    .map(([k]) => k);
}

describe('missions are checked against the session log', () => {
  it('there are at least five, each with a hint and a lesson anchor', () => {
    expect(MISSIONS.length).toBeGreaterThanOrEqual(5);
    for (const m of MISSIONS) {
      expect(m.hint).toMatch(/[가-힣]/);
      expect(Object.keys(LESSON_ANCHORS)).toContain(m.anchor);
    }
  });

  it('a fresh session completes none', () => {
    expect(done(createSession(DEFAULT_CONFIG))).toEqual([]);
    expect(done(run({}, ['settle']))).toEqual([]);
  });

  it('restart without changing the public IP: reboot, or stop/start with an Elastic IP', () => {
    expect(done(run({}, ['settle', 'reboot']))).toContain('restart-keep-ip');
    expect(done(run({ elasticIp: true }, ['settle', 'stop', 'settle', 'start', 'settle']))).toContain('restart-keep-ip');
    expect(done(run({}, ['settle', 'stop', 'settle', 'start', 'settle']))).not.toContain('restart-keep-ip');
  });

  it('new public IP after stop and start (not with an Elastic IP)', () => {
    expect(done(run({}, ['settle', 'stop', 'settle', 'start', 'settle']))).toContain('new-public-ip');
    expect(done(run({ elasticIp: true }, ['settle', 'stop', 'settle', 'start', 'settle']))).not.toContain('new-public-ip');
    expect(done(run({}, ['settle', 'stop', 'settle', 'start']))).not.toContain('new-public-ip');
  });

  it('RAM kept without billing: only once the hibernation reaches stopped', () => {
    expect(done(run({ hibernationEnabled: true }, ['settle', 'hibernate']))).not.toContain('hibernate-no-bill');
    expect(done(run({ hibernationEnabled: true }, ['settle', 'hibernate', 'settle']))).toContain('hibernate-no-bill');
    expect(done(run({}, ['settle', 'stop', 'settle']))).not.toContain('hibernate-no-bill');
  });

  it('instance store root: the refusal to stop completes the mission', () => {
    const s = run({ rootDevice: 'instance-store' }, ['settle', 'stop']);
    expect(s.instance?.state).toBe('running');
    expect(s.log.at(-1)?.kind).toBe('refusal');
    expect(done(s)).toContain('instance-store-stop');
  });

  it('termination protection does not stop an OS shutdown', () => {
    const refused = run({ terminationProtection: true, shutdownBehavior: 'terminate' }, ['settle', 'terminate']);
    expect(done(refused)).not.toContain('os-shutdown-beats-protection');
    const s = run({ terminationProtection: true, shutdownBehavior: 'terminate' }, ['settle', 'terminate', 'os-shutdown', 'settle']);
    expect(s.instance?.state).toBe('terminated');
    expect(done(s)).toContain('os-shutdown-beats-protection');
  });

  it('keep the root volume after termination', () => {
    expect(done(run({ deleteRootOnTermination: false }, ['settle', 'terminate', 'settle']))).toContain('keep-root-volume');
    expect(done(run({}, ['settle', 'terminate', 'settle']))).not.toContain('keep-root-volume');
  });

  it('minimum minute: stopping within a minute of running', () => {
    const s = run({}, ['settle', 10, 'stop', 'settle']);
    expect(done(s)).toContain('minimum-minute');
    expect(s.instance && billedSeconds(s.instance, s.now)).toBe(60);
    expect(done(run({}, ['settle', 120, 'stop', 'settle']))).not.toContain('minimum-minute');
    // The mission is about stopping; a quick terminate is billed the same minute but does not count.
    expect(done(run({}, ['settle', 'terminate', 'settle']))).not.toContain('minimum-minute');
  });

  it('Spot interruption with hibernate keeps RAM', () => {
    const config = { market: 'spot', spotInterruptionBehavior: 'hibernate' } as const;
    expect(done(run(config, ['settle', 'spot-interruption', 'settle']))).toContain('spot-hibernate');
    expect(done(run({ ...config, spotInterruptionBehavior: 'stop' }, ['settle', 'spot-interruption', 'settle']))).not.toContain('spot-hibernate');
  });

  it("each mission's suggested configuration is one AWS accepts and the mission can be completed from it", () => {
    const scripts: Record<string, (LifecycleAction | 'settle' | number)[]> = {
      'restart-keep-ip': ['settle', 'reboot'],
      'new-public-ip': ['settle', 'stop', 'settle', 'start', 'settle'],
      'hibernate-no-bill': ['settle', 'hibernate', 'settle'],
      'instance-store-stop': ['settle', 'stop'],
      'os-shutdown-beats-protection': ['settle', 'os-shutdown', 'settle'],
      'keep-root-volume': ['settle', 'terminate', 'settle'],
      'minimum-minute': ['settle', 'stop'],
      'spot-hibernate': ['settle', 'spot-interruption', 'settle'],
    };
    for (const m of MISSIONS) {
      const script = scripts[m.id];
      expect(script, m.id).toBeDefined();
      const s = run(m.config, script ?? []);
      expect(s.log.some((e) => e.kind === 'refusal' && e.error?.code === 'hibernation-needs-ebs')).toBe(false);
      expect(done(s), m.id).toContain(m.id);
    }
  });
});

describe('sessions', () => {
  it('refuses a launch that AWS would reject, with the reason', () => {
    const s = launchSession(createSession({ ...DEFAULT_CONFIG, market: 'spot', terminationProtection: true }));
    expect(s.instance).toBeNull();
    expect(s.log[0]?.error?.code).toBe('termination-protection-not-spot');
  });

  it('logs every action, refusal and settle with the simulated time', () => {
    const s = run({}, ['settle', 'start', 'stop', 'settle']);
    expect(s.log.map((e) => e.kind)).toEqual(['launch', 'settle', 'refusal', 'action', 'settle']);
    expect(s.log.map((e) => e.at)).toEqual([0, 20, 20, 20, 50]);
    expect(formatClock(3725)).toBe('T+01:02:05');
  });

  it('advancing time settles a transitional state first', () => {
    const s = advance(launchSession(createSession(DEFAULT_CONFIG)), 60);
    expect(s.instance?.state).toBe('running');
    expect(s.now).toBe(80);
  });
});

describe('diagram edges come from the transition table', () => {
  it('match the AWS state diagram', () => {
    const edges = diagramEdges();
    expect(edges.map((e) => e.id).sort()).toEqual(
      [
        'launch->pending',
        'pending->running',
        'running->running',
        'running->stopping',
        'running->shutting-down',
        'stopping->stopped',
        'stopped->pending',
        'stopped->shutting-down',
        'shutting-down->terminated',
      ].sort(),
    );
    expect(edges.some((e) => e.from === 'terminated')).toBe(false);
    expect(edges.find((e) => e.id === 'running->stopping')?.actions.sort()).toEqual(['hibernate', 'os-shutdown', 'spot-interruption', 'stop'].sort());
  });
});

describe('lesson anchors', () => {
  it('are the github-slugger slugs of the lesson headings', () => {
    // github-slugger: lower-case, spaces to '-', punctuation such as ',' removed.
    for (const { heading, slug } of Object.values(LESSON_ANCHORS)) {
      const expected = heading.toLowerCase().replace(/[,]/g, '').replace(/ /g, '-');
      expect(slug).toBe(expected);
    }
    expect(lessonHref('publicIp')).toBe('/lessons/instance-lifecycle/#퍼블릭-ip와-탄력적-ip');
  });
});
