// The network lab's model against expectations written by hand from note 003's three conditions and the AWS
// docs (VPC "Enable internet access for a VPC using an internet gateway", "Security group rules",
// "Control subnet traffic with network access control lists", EC2 "Amazon EC2 instance IP addressing").
import { describe, expect, it } from 'vitest';
import {
  associateElasticIp,
  disassociateElasticIp,
  emptyDraft,
  evaluate,
  evaluateNacl,
  launchInstance,
  launchProblems,
  initialNetwork,
  parseCidr,
  parseNaclRule,
  parseSgRule,
  replaceInboundRules,
  setCustomAcl,
  addNaclRule,
  startInstance,
  stopInstance,
  type LaunchDraft,
  type Network,
  type SgRule,
  type SourceId,
  type HopId,
} from '../../src/lib/network/index.ts';
import { must, READY } from './network-helpers.ts';

const rule = (id: string, port: number, peer: SgRule['peer']): SgRule => ({ id, protocol: 'tcp', fromPort: port, toPort: port, peer, description: '' });

type Subnet = 'public' | 'private';
type Address = 'none' | 'auto' | 'eip';
type RuleSet = 'none' | 'ssh-my-ip' | 'ssh-anywhere' | 'http-anywhere' | 'db-sg-web' | 'db-vpc-cidr' | 'all-traffic-anywhere';

const RULES: Record<RuleSet, SgRule[]> = {
  none: [],
  'ssh-my-ip': [rule('r1', 22, { kind: 'cidr', cidr: '203.0.113.7/32' })],
  'ssh-anywhere': [rule('r1', 22, { kind: 'cidr', cidr: '0.0.0.0/0' })],
  'http-anywhere': [rule('r1', 80, { kind: 'cidr', cidr: '0.0.0.0/0' })],
  'db-sg-web': [rule('r1', 3306, { kind: 'sg', groupId: 'sg-web' })],
  'db-vpc-cidr': [rule('r1', 3306, { kind: 'cidr', cidr: '10.0.0.0/16' })],
  'all-traffic-anywhere': [{ id: 'r1', protocol: 'all', fromPort: 0, toPort: 65535, peer: { kind: 'cidr', cidr: '0.0.0.0/0' }, description: '' }],
};

/** Which (source, port) each rule set lets through its security group, written out by hand. */
const ALLOWS: Record<RuleSet, readonly string[]> = {
  none: [],
  'ssh-my-ip': ['my-pc:22'],
  'ssh-anywhere': ['my-pc:22', 'anyone:22', 'ec2-a:22'],
  'http-anywhere': ['my-pc:80', 'anyone:80', 'ec2-a:80'],
  'db-sg-web': ['ec2-a:3306'],
  'db-vpc-cidr': ['ec2-a:3306'],
  'all-traffic-anywhere': ['my-pc:22', 'anyone:22', 'ec2-a:22', 'my-pc:80', 'anyone:80', 'ec2-a:80', 'my-pc:3306', 'anyone:3306', 'ec2-a:3306'],
};

function build(subnet: Subnet, address: Address, rules: RuleSet): Network {
  const draft: LaunchDraft = { ...READY, subnetId: `subnet-${subnet}`, autoAssignPublicIp: address === 'auto' };
  let network = must(launchInstance(initialNetwork(), draft));
  if (address === 'eip') network = must(associateElasticIp(network));
  return replaceInboundRules(network, 'sg-lab', RULES[rules]);
}

interface Expected {
  hop: HopId | 'reached';
  reason: string;
}

/** The expectation for one row: the first of note 003's conditions that fails, for internet sources. */
function expected(subnet: Subnet, address: Address, rules: RuleSet, source: SourceId, port: number): Expected {
  const internet = source !== 'ec2-a';
  if (internet && subnet === 'private') return { hop: 'route', reason: 'NAT 게이트웨이' };
  if (internet && address === 'none') return { hop: 'public-address', reason: 'Auto-assign public IP' };
  if (ALLOWS[rules].includes(`${source}:${port}`)) return { hop: 'reached', reason: '' };
  return { hop: 'sg-in', reason: 'Inbound rules' };
}

const rows: [Subnet, Address, RuleSet, SourceId, number][] = [];
for (const subnet of ['public', 'private'] as const)
  for (const address of ['none', 'auto', 'eip'] as const)
    for (const rules of Object.keys(RULES) as RuleSet[])
      for (const source of ['my-pc', 'anyone', 'ec2-a'] as const)
        for (const port of [22, 80, 3306]) rows.push([subnet, address, rules, source, port]);

describe('truth table: subnet × public address × security group rules × source × port', () => {
  it.each(rows)('%s subnet, %s address, rules %s, from %s to TCP %i', (subnet, address, rules, source, port) => {
    const result = evaluate(build(subnet, address, rules), { source, protocol: 'tcp', port });
    const want = expected(subnet, address, rules, source, port);
    if (want.hop === 'reached') {
      expect(result.reached).toBe(true);
      return;
    }
    expect(result.reached).toBe(false);
    if (result.reached) return;
    expect(result.stoppedAt).toBe(want.hop);
    expect(result.reason).toContain(want.reason);
    // The stopping hop is the only one marked 'stop'; the ones after it were not reached.
    expect(result.hops.filter((h) => h.status === 'stop').map((h) => h.hop)).toEqual([want.hop]);
    const at = result.hops.findIndex((h) => h.status === 'stop');
    expect(result.hops.slice(at + 1).every((h) => h.status === 'not-reached')).toBe(true);
  });

  it('has one row per combination', () => {
    expect(rows).toHaveLength(2 * 3 * 7 * 3 * 3);
  });
});

describe('reasons name the hop and the console field', () => {
  it('a public subnet without a public IP: stops at the public address, though the route passes', () => {
    const result = evaluate(build('public', 'none', 'http-anywhere'), { source: 'anyone', protocol: 'tcp', port: 80 });
    expect(result.reached).toBe(false);
    expect(result.hops.find((h) => h.hop === 'route')).toMatchObject({ status: 'pass' });
    expect(result.hops.find((h) => h.hop === 'route')?.reason).toContain('0.0.0.0/0 → igw-0abc');
    if (!result.reached) {
      expect(result.stoppedAt).toBe('public-address');
      expect(result.reason).toContain('Public IPv4 address가 없습니다');
      expect(result.reason).toContain('Elastic IP');
    }
  });

  it('a private subnet: the route table sends 0.0.0.0/0 to the NAT gateway, outbound only', () => {
    const result = evaluate(build('private', 'auto', 'http-anywhere'), { source: 'anyone', protocol: 'tcp', port: 80 });
    expect(result).toMatchObject({ reached: false, stoppedAt: 'route' });
    if (!result.reached) expect(result.reason).toMatch(/Route table.*nat-0def.*들어오는 연결은 받지 못합니다/);
  });

  it('an SG rule that references sg-web does not admit internet traffic, and says why', () => {
    const result = evaluate(build('public', 'auto', 'db-sg-web'), { source: 'my-pc', protocol: 'tcp', port: 3306 });
    expect(result).toMatchObject({ reached: false, stoppedAt: 'sg-in' });
    if (!result.reached) expect(result.reason).toContain('보안 그룹을 참조하는 규칙은 그 그룹이 붙은 인스턴스의 프라이빗 IP');
  });

  it('SSH from my IP only: my PC reaches, anyone stops at the security group with a Source hint', () => {
    const network = build('public', 'auto', 'ssh-my-ip');
    const mine = evaluate(network, { source: 'my-pc', protocol: 'tcp', port: 22 });
    expect(mine.reached).toBe(true);
    if (mine.reached) expect(mine.matchedRule?.peer).toEqual({ kind: 'cidr', cidr: '203.0.113.7/32' });
    const anyone = evaluate(network, { source: 'anyone', protocol: 'tcp', port: 22 });
    expect(anyone).toMatchObject({ reached: false, stoppedAt: 'sg-in' });
    if (!anyone.reached) expect(anyone.reason).toContain('Source 값(203.0.113.7/32)');
  });

  it('EC2-A in the same subnet skips the network ACL and the public address', () => {
    const result = evaluate(build('public', 'none', 'db-sg-web'), { source: 'ec2-a', protocol: 'tcp', port: 3306 });
    expect(result.reached).toBe(true);
    const status = Object.fromEntries(result.hops.map((h) => [h.hop, h.status]));
    expect(status).toEqual({ instance: 'pass', route: 'pass', 'public-address': 'skip', 'nacl-in': 'skip', 'sg-in': 'pass', 'sg-out': 'pass', 'nacl-out': 'skip' });
  });

  it('two security groups: their inbound rules are evaluated together', () => {
    // launch-wizard-1 allows SSH from my IP only; sg-web (attached too) allows HTTP from anywhere.
    const launched = must(launchInstance(initialNetwork(), { ...READY, securityGroupIds: ['sg-lab', 'sg-web'] }));
    const network = replaceInboundRules(launched, 'sg-lab', RULES['ssh-my-ip']);
    const http = evaluate(network, { source: 'anyone', protocol: 'tcp', port: 80 });
    expect(http.reached).toBe(true);
    expect(http.hops.find((h) => h.hop === 'sg-in')?.reason).toContain('보안 그룹 sg-web');
    expect(evaluate(network, { source: 'my-pc', protocol: 'tcp', port: 22 }).reached).toBe(true);
    const ssh = evaluate(network, { source: 'anyone', protocol: 'tcp', port: 22 });
    expect(ssh).toMatchObject({ reached: false, stoppedAt: 'sg-in' });
    if (!ssh.reached) expect(ssh.reason).toContain('launch-wizard-1, sg-web');
  });

  it('a stopped instance stops at the instance hop', () => {
    const network = must(stopInstance(build('public', 'auto', 'http-anywhere')));
    expect(evaluate(network, { source: 'anyone', protocol: 'tcp', port: 80 })).toMatchObject({ reached: false, stoppedAt: 'instance' });
  });

  it('no instance at all is a result, not an exception', () => {
    expect(evaluate(initialNetwork(), { source: 'anyone', protocol: 'tcp', port: 80 })).toMatchObject({ reached: false, stoppedAt: 'instance' });
  });

  it('a VPC without an internet gateway stops internet traffic at the route', () => {
    const base = build('public', 'auto', 'http-anywhere');
    const network = { ...base, vpc: { ...base.vpc, internetGatewayId: null } };
    const result = evaluate(network, { source: 'anyone', protocol: 'tcp', port: 80 });
    expect(result).toMatchObject({ reached: false, stoppedAt: 'route' });
    if (!result.reached) expect(result.reason).toContain('Internet gateway');
  });
});

describe('network ACLs are stateless, numbered, with a default deny', () => {
  const web = build('public', 'auto', 'http-anywhere');
  const withAcl = (rules: { dir: 'inbound' | 'outbound'; n: string; port: string; cidr: string; action: string; protocol?: string }[]) => {
    let network = must(setCustomAcl(web, 'subnet-public', true));
    for (const r of rules) {
      const parsed = must(parseNaclRule({ ruleNumber: r.n, protocol: r.protocol ?? 'tcp', port: r.port, cidr: r.cidr, action: r.action }));
      network = must(addNaclRule(network, 'subnet-public', r.dir, parsed));
    }
    return network;
  };

  it('a new custom ACL denies everything at the inbound hop (the * rule)', () => {
    const result = evaluate(withAcl([]), { source: 'anyone', protocol: 'tcp', port: 80 });
    expect(result).toMatchObject({ reached: false, stoppedAt: 'nacl-in' });
    if (!result.reached) expect(result.reason).toContain('마지막 * 규칙(Deny)');
  });

  it('allowing port 80 inbound is not enough: the reply to the ephemeral port needs an outbound rule', () => {
    const result = evaluate(withAcl([{ dir: 'inbound', n: '100', port: '80', cidr: '0.0.0.0/0', action: 'allow' }]), { source: 'anyone', protocol: 'tcp', port: 80 });
    expect(result).toMatchObject({ reached: false, stoppedAt: 'nacl-out' });
    if (!result.reached) expect(result.reason).toContain('상태 비저장(stateless)');
    const hops = Object.fromEntries(result.hops.map((h) => [h.hop, h.status]));
    expect(hops['sg-out']).toBe('pass');
  });

  it('with the ephemeral ports open outbound the connection goes through', () => {
    const network = withAcl([
      { dir: 'inbound', n: '100', port: '80', cidr: '0.0.0.0/0', action: 'allow' },
      { dir: 'outbound', n: '100', port: '1024-65535', cidr: '0.0.0.0/0', action: 'allow' },
    ]);
    expect(evaluate(network, { source: 'anyone', protocol: 'tcp', port: 80 }).reached).toBe(true);
  });

  it('the lowest-numbered matching rule wins: a deny at 90 beats an allow at 100', () => {
    const network = withAcl([
      { dir: 'inbound', n: '100', port: '22', cidr: '0.0.0.0/0', action: 'allow' },
      { dir: 'inbound', n: '90', port: '22', cidr: '203.0.113.7/32', action: 'deny' },
      { dir: 'outbound', n: '100', port: '1024-65535', cidr: '0.0.0.0/0', action: 'allow' },
    ]);
    const ssh = replaceInboundRules(network, 'sg-lab', RULES['ssh-anywhere']);
    const mine = evaluate(ssh, { source: 'my-pc', protocol: 'tcp', port: 22 });
    expect(mine).toMatchObject({ reached: false, stoppedAt: 'nacl-in' });
    if (!mine.reached) expect(mine.reason).toContain('90번 규칙(Deny');
    // Anyone includes 203.0.113.7, so part of "anyone" is denied too.
    expect(evaluate(ssh, { source: 'anyone', protocol: 'tcp', port: 22 })).toMatchObject({ reached: false, stoppedAt: 'nacl-in' });
  });

  it('evaluateNacl: rules are read in number order whatever their order in the list', () => {
    const rules = [
      { ruleNumber: 200, protocol: 'all' as const, fromPort: 0, toPort: 65535, cidr: '0.0.0.0/0', action: 'allow' as const },
      { ruleNumber: 100, protocol: 'tcp' as const, fromPort: 22, toPort: 22, cidr: '0.0.0.0/0', action: 'deny' as const },
    ];
    expect(evaluateNacl(rules, 'tcp', 22, '203.0.113.7/32')).toMatchObject({ action: 'deny', rule: { ruleNumber: 100 } });
    expect(evaluateNacl(rules, 'tcp', 80, '203.0.113.7/32')).toMatchObject({ action: 'allow', rule: { ruleNumber: 200 } });
    expect(evaluateNacl([], 'tcp', 80, '203.0.113.7/32')).toEqual({ action: 'deny', rule: null, partial: false });
  });

  it('the default ACL cannot be edited; rule numbers are unique per direction', () => {
    const r = must(parseNaclRule({ ruleNumber: '100', protocol: 'all', port: '', cidr: '0.0.0.0/0', action: 'allow' }));
    expect(addNaclRule(web, 'subnet-public', 'inbound', r)).toMatchObject({ ok: false });
    const custom = must(addNaclRule(must(setCustomAcl(web, 'subnet-public', true)), 'subnet-public', 'inbound', r));
    expect(addNaclRule(custom, 'subnet-public', 'inbound', r)).toMatchObject({ ok: false, error: expect.stringContaining('100번 규칙이 이미') });
    expect(parseNaclRule({ ruleNumber: '0', protocol: 'tcp', port: '22', cidr: '0.0.0.0/0', action: 'allow' })).toMatchObject({ ok: false });
    expect(parseNaclRule({ ruleNumber: '32767', protocol: 'tcp', port: '22', cidr: '0.0.0.0/0', action: 'allow' })).toMatchObject({ ok: false });
  });
});

describe('launch parameters (note 004)', () => {
  it('an empty form is refused with one reason per missing required parameter, in console order', () => {
    const problems = launchProblems(emptyDraft(), initialNetwork());
    expect(problems.map((p) => p.parameter)).toEqual(['amiId', 'instanceType', 'keyPair', 'subnetId', 'securityGroupIds']);
    expect(problems[0]?.message).toContain('Application and OS Images');
    expect(problems[2]?.message).toContain('Proceed without a key pair');
    expect(launchInstance(initialNetwork(), emptyDraft())).toMatchObject({ ok: false });
  });

  it('name, IAM instance profile and user data are optional; "Proceed without a key pair" is a choice', () => {
    expect(launchProblems({ ...READY, name: '', keyPair: 'none' }, initialNetwork())).toEqual([]);
  });

  it('storage: at least the AMI snapshot size (Windows 30 GiB), at most 16 TiB', () => {
    const windows = { ...READY, amiId: 'ami-0a1b2c3d4e5f60003', rootVolumeGiB: 8 };
    expect(launchProblems(windows, initialNetwork()).map((p) => p.parameter)).toEqual(['rootVolumeGiB']);
    expect(launchProblems({ ...windows, rootVolumeGiB: 30 }, initialNetwork())).toEqual([]);
    expect(launchProblems({ ...READY, rootVolumeGiB: 16385 }, initialNetwork()).map((p) => p.parameter)).toEqual(['rootVolumeGiB']);
    expect(launchProblems({ ...READY, rootVolumeGiB: Number.NaN }, initialNetwork()).map((p) => p.parameter)).toEqual(['rootVolumeGiB']);
  });

  it('user data over 16 KB is refused', () => {
    expect(launchProblems({ ...READY, userData: 'x'.repeat(16 * 1024 + 1) }, initialNetwork()).map((p) => p.parameter)).toEqual(['userData']);
    expect(launchProblems({ ...READY, userData: 'x'.repeat(16 * 1024) }, initialNetwork())).toEqual([]);
  });

  it('a launched instance gets a private IP from its subnet and, if asked, a public one from the pool', () => {
    const network = must(launchInstance(initialNetwork(), READY));
    expect(network.instance).toMatchObject({ state: 'running', privateIp: '10.0.1.25', elasticIp: null });
    expect(network.instance?.autoPublicIp).toMatch(/^198\.51\.100\.\d+$/);
    const privateOne = must(launchInstance(initialNetwork(), { ...READY, subnetId: 'subnet-private', autoAssignPublicIp: false }));
    expect(privateOne.instance).toMatchObject({ privateIp: '10.0.2.25', autoPublicIp: null });
  });
});

describe('stop and start: the auto-assigned public IP changes, an Elastic IP does not', () => {
  it('auto-assigned: released on stop, a different one on start; private IP kept', () => {
    const running = must(launchInstance(initialNetwork(), READY));
    const first = running.instance?.autoPublicIp;
    const stopped = must(stopInstance(running));
    expect(stopped.instance?.autoPublicIp).toBeNull();
    const started = must(startInstance(stopped));
    expect(started.instance?.autoPublicIp).toMatch(/^198\.51\.100\.\d+$/);
    expect(started.instance?.autoPublicIp).not.toBe(first);
    expect(started.instance?.privateIp).toBe(running.instance?.privateIp);
  });

  it('Elastic IP: associating releases the auto address; it survives stop and start', () => {
    const withEip = must(associateElasticIp(must(launchInstance(initialNetwork(), READY))));
    const eip = withEip.instance?.elasticIp;
    expect(eip).toMatch(/^192\.0\.2\.\d+$/);
    expect(withEip.instance?.autoPublicIp).toBeNull();
    const again = must(startInstance(must(stopInstance(withEip))));
    expect(again.instance?.elasticIp).toBe(eip);
    expect(evaluate(replaceInboundRules(again, 'sg-lab', RULES['http-anywhere']), { source: 'anyone', protocol: 'tcp', port: 80 }).reached).toBe(true);
  });

  it('disassociating the Elastic IP from a running instance gives it a new pool address', () => {
    const running = must(associateElasticIp(must(launchInstance(initialNetwork(), READY))));
    const after = must(disassociateElasticIp(running));
    expect(after.instance?.elasticIp).toBeNull();
    expect(after.instance?.autoPublicIp).toMatch(/^198\.51\.100\./);
  });

  it('refuses stopping a stopped instance and starting a running one', () => {
    const running = must(launchInstance(initialNetwork(), READY));
    expect(startInstance(running)).toMatchObject({ ok: false });
    expect(stopInstance(must(stopInstance(running)))).toMatchObject({ ok: false });
  });
});

describe('parsing rules the learner types', () => {
  const network = initialNetwork();
  it('My IP, Anywhere-IPv4, a custom CIDR and a security group as Source', () => {
    expect(must(parseSgRule({ type: 'ssh', port: '', sourceType: 'my-ip', cidr: '', groupId: '' }, network, 'a')).peer).toEqual({ kind: 'cidr', cidr: '203.0.113.7/32' });
    expect(must(parseSgRule({ type: 'http', port: '', sourceType: 'anywhere', cidr: '', groupId: '' }, network, 'a')).peer).toEqual({ kind: 'cidr', cidr: '0.0.0.0/0' });
    expect(must(parseSgRule({ type: 'custom-tcp', port: '8000-8080', sourceType: 'custom', cidr: '198.51.100.0/24', groupId: '' }, network, 'a'))).toMatchObject({ fromPort: 8000, toPort: 8080 });
    expect(must(parseSgRule({ type: 'mysql', port: '', sourceType: 'security-group', cidr: '', groupId: 'sg-web' }, network, 'a')).peer).toEqual({ kind: 'sg', groupId: 'sg-web' });
  });

  it('bad input gets a Korean reason, never an exception', () => {
    for (const cidr of ['', '10.0.0.1/16', '300.1.1.1/32', '10.0.0.0/33', 'abc', '1.2.3.4/5/6']) {
      const r = parseSgRule({ type: 'ssh', port: '', sourceType: 'custom', cidr, groupId: '' }, network, 'a');
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/[가-힣]/);
    }
    expect(parseSgRule({ type: 'custom-tcp', port: '90-80', sourceType: 'anywhere', cidr: '', groupId: '' }, network, 'a')).toMatchObject({ ok: false });
    expect(parseSgRule({ type: 'mysql', port: '', sourceType: 'security-group', cidr: '', groupId: 'toString' }, network, 'a')).toMatchObject({ ok: false });
  });

  it('CIDR host bits must be zero, as the console requires', () => {
    const r = parseCidr('10.0.1.25/24');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('10.0.1.0/24');
    expect(parseCidr('203.0.113.7')).toEqual({ ok: true, value: { base: 3405803783, prefix: 32 } });
  });
});
