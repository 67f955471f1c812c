// The lab's reducer: commands a learner would give, and the missions the model marks done.
import { describe, expect, it } from 'vitest';
import { MISSIONS, initialLabState, reduceLab, type LabCommand, type LabState } from '../../src/lib/network/index.ts';

function run(commands: LabCommand[], state: LabState = initialLabState()): LabState {
  return commands.reduce(reduceLab, state);
}

const READY: LabCommand = {
  type: 'edit',
  patch: { amiId: 'ami-0a1b2c3d4e5f60001', instanceType: 't3.micro', keyPair: 'cafe-key', subnetId: 'subnet-public', securityGroupIds: ['sg-lab'] },
};
const rule = (type: string, sourceType: 'my-ip' | 'anywhere' | 'custom' | 'security-group', extra: { cidr?: string; groupId?: string } = {}): LabCommand => ({
  type: 'add-sg-rule',
  input: { type, port: '', sourceType, cidr: extra.cidr ?? '', groupId: extra.groupId ?? '' },
});

describe('launching from the form', () => {
  it('an empty form is refused, the problems are listed, and they clear as the learner fixes them', () => {
    const refused = run([{ type: 'launch' }]);
    expect(refused.network.instance).toBeNull();
    expect(refused.problems.length).toBe(5);
    expect(refused.message).toMatchObject({ tone: 'error' });
    expect(refused.message?.text).toContain('필수 설정 5개');
    const fixed = run([READY], refused);
    expect(fixed.problems).toEqual([]);
    const launched = run([{ type: 'launch' }], fixed);
    expect(launched.network.instance?.state).toBe('running');
  });

  it('choosing a subnet sets Auto-assign public IP to the subnet setting; the learner can override it', () => {
    const pub = run([{ type: 'edit', patch: { subnetId: 'subnet-public' } }]);
    expect(pub.draft.autoAssignPublicIp).toBe(true);
    const priv = run([{ type: 'edit', patch: { subnetId: 'subnet-private' } }], pub);
    expect(priv.draft.autoAssignPublicIp).toBe(false);
    const off = run([{ type: 'edit', patch: { subnetId: 'subnet-public', autoAssignPublicIp: false } }], priv);
    expect(off.draft.autoAssignPublicIp).toBe(false);
  });

  it('the launch settings are locked once launched; terminate unlocks them and keeps the rules', () => {
    const launched = run([READY, rule('http', 'anywhere'), { type: 'launch' }]);
    expect(run([{ type: 'edit', patch: { subnetId: 'subnet-private' } }], launched).draft.subnetId).toBe('subnet-public');
    const ended = run([{ type: 'terminate' }], launched);
    expect(ended.network.instance).toBeNull();
    expect(ended.network.securityGroups.find((g) => g.id === 'sg-lab')?.inbound).toHaveLength(1);
    expect(run([{ type: 'edit', patch: { subnetId: 'subnet-private' } }], ended).draft.subnetId).toBe('subnet-private');
  });

  it('a bad rule is refused with a reason and nothing the learner had is lost', () => {
    const before = run([READY, rule('ssh', 'my-ip')]);
    const after = run([rule('ssh', 'custom', { cidr: '10.0.0.1/16' })], before);
    expect(after.message?.tone).toBe('error');
    expect(after.message?.text).toContain('10.0.0.0/16');
    expect(after.network.securityGroups).toEqual(before.network.securityGroups);
    expect(after.draft).toEqual(before.draft);
  });
});

describe('missions are checked by the model', () => {
  const done = (s: LabState) => s.completed;

  it('expose the web server: public subnet, public IP, an allowing security group', () => {
    const noRule = run([READY, { type: 'launch' }, { type: 'try', attempt: 'http-anyone' }]);
    expect(noRule.lastAttempt?.result).toMatchObject({ reached: false, stoppedAt: 'sg-in' });
    expect(done(noRule)).not.toContain('expose-web');
    const open = run([rule('http', 'anywhere'), { type: 'try', attempt: 'http-anyone' }], noRule);
    expect(open.lastAttempt?.result.reached).toBe(true);
    expect(done(open)).toContain('expose-web');
    expect(open.message?.text).toContain('미션 완료');
  });

  it('SSH from my IP only: done with My IP, not with Anywhere', () => {
    const anywhere = run([READY, rule('ssh', 'anywhere'), { type: 'launch' }, { type: 'try', attempt: 'ssh-my-pc' }]);
    expect(anywhere.lastAttempt?.result.reached).toBe(true);
    expect(done(anywhere)).not.toContain('ssh-my-ip');
    const rid = anywhere.network.securityGroups.find((g) => g.id === 'sg-lab')?.inbound[0]?.id ?? '';
    const mine = run([{ type: 'remove-sg-rule', ruleId: rid }, rule('ssh', 'my-ip'), { type: 'try', attempt: 'ssh-my-pc' }], anywhere);
    expect(done(mine)).toContain('ssh-my-ip');
  });

  it('DB only from the web server group: a VPC CIDR rule does not count, a group reference does', () => {
    const cidr = run([READY, { type: 'edit', patch: { subnetId: 'subnet-private' } }, rule('mysql', 'custom', { cidr: '10.0.0.0/16' }), { type: 'launch' }, { type: 'try', attempt: 'db-ec2-a' }]);
    expect(cidr.lastAttempt?.result.reached).toBe(true);
    expect(done(cidr)).not.toContain('db-from-web-sg');
    const rid = cidr.network.securityGroups.find((g) => g.id === 'sg-lab')?.inbound[0]?.id ?? '';
    const ref = run([{ type: 'remove-sg-rule', ruleId: rid }, rule('mysql', 'security-group', { groupId: 'sg-web' }), { type: 'try', attempt: 'db-ec2-a' }], cidr);
    expect(ref.lastAttempt?.result.reached).toBe(true);
    expect(done(ref)).toContain('db-from-web-sg');
  });

  it('a public subnet without a public IP: the attempt stops at the public address', () => {
    const s = run([READY, { type: 'edit', patch: { autoAssignPublicIp: false } }, rule('http', 'anywhere'), { type: 'launch' }, { type: 'try', attempt: 'http-anyone' }]);
    expect(s.lastAttempt?.result).toMatchObject({ reached: false, stoppedAt: 'public-address' });
    expect(done(s)).toEqual(['public-subnet-no-ip']);
    expect(s.message?.text).toContain('퍼블릭 주소가 막았습니다');
  });

  it('a public IP that survives stop and start: not with the auto-assigned one, yes with an Elastic IP', () => {
    const auto = run([READY, { type: 'launch' }, { type: 'stop' }, { type: 'start' }]);
    expect(done(auto)).not.toContain('ip-survives-restart');
    const eip = run([{ type: 'associate-eip' }, { type: 'stop' }, { type: 'start' }], auto);
    expect(done(eip)).toContain('ip-survives-restart');
    expect(eip.message?.text).toContain('탄력적 IP');
  });

  it('every mission can be completed in one session, each exactly once', () => {
    const s = run([
      READY,
      { type: 'edit', patch: { autoAssignPublicIp: false } },
      rule('http', 'anywhere'),
      rule('ssh', 'my-ip'),
      rule('mysql', 'security-group', { groupId: 'sg-web' }),
      { type: 'launch' },
      { type: 'try', attempt: 'http-anyone' },
      { type: 'associate-eip' },
      { type: 'try', attempt: 'http-anyone' },
      { type: 'try', attempt: 'ssh-my-pc' },
      { type: 'try', attempt: 'db-ec2-a' },
      { type: 'stop' },
      { type: 'start' },
      { type: 'try', attempt: 'http-anyone' },
    ]);
    expect([...s.completed].sort()).toEqual(MISSIONS.map((m) => m.id).sort());
  });

  it('refusals are logged and reset starts over', () => {
    const s = run([{ type: 'stop' }, { type: 'associate-eip' }]);
    expect(s.log.filter((e) => e.kind === 'refusal')).toHaveLength(2);
    expect(run([{ type: 'reset' }], s)).toEqual(initialLabState());
  });
});
