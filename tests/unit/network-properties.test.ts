// Properties of the network model over random networks, rules and connections (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  HOP_ORDER,
  associateElasticIp,
  evaluate,
  evaluateNacl,
  initialNetwork,
  launchInstance,
  replaceInboundRules,
  setCustomAcl,
  type Connection,
  type NaclRule,
  type Network,
  type NetworkAcl,
  type Peer,
  type Protocol,
  type SgRule,
  type SourceId,
} from '../../src/lib/network/index.ts';
import { must, READY } from './network-helpers.ts';

const cidr = fc.oneof(
  fc.constantFrom('0.0.0.0/0', '203.0.113.7/32', '203.0.113.0/24', '198.51.100.0/24', '10.0.0.0/16', '10.0.1.0/24', '10.0.1.10/32', '10.0.2.0/24'),
  fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 32 })).map(([a, b, p]) => `${a}.${b}.0.0/${p}`),
  fc.string({ maxLength: 12 }),
);
const protocol = fc.constantFrom<Protocol>('tcp', 'udp', 'icmp', 'all');
const ports = fc.tuple(fc.integer({ min: 0, max: 65535 }), fc.integer({ min: 0, max: 65535 })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
const peer: fc.Arbitrary<Peer> = fc.oneof(
  cidr.map((c) => ({ kind: 'cidr' as const, cidr: c })),
  fc.constantFrom('sg-web', 'sg-lab', 'sg-missing', '__proto__').map((g) => ({ kind: 'sg' as const, groupId: g })),
);
const sgRule: fc.Arbitrary<SgRule> = fc.record({ id: fc.string({ maxLength: 4 }), protocol, ports, peer }).map(({ id, protocol, ports, peer }) => ({
  id,
  protocol,
  fromPort: ports[0],
  toPort: ports[1],
  peer,
  description: '',
}));
const naclRule: fc.Arbitrary<NaclRule> = fc
  .record({ ruleNumber: fc.integer({ min: 1, max: 32766 }), protocol, ports, cidr, action: fc.constantFrom('allow' as const, 'deny' as const) })
  .map(({ ports, ...r }) => ({ ...r, fromPort: ports[0], toPort: ports[1] }));
const acl: fc.Arbitrary<NetworkAcl> = fc.record({
  id: fc.constantFrom('acl-a', 'acl-b'),
  isDefault: fc.boolean(),
  inbound: fc.array(naclRule, { maxLength: 5 }),
  outbound: fc.array(naclRule, { maxLength: 5 }),
});
const source = fc.constantFrom<SourceId>('my-pc', 'anyone', 'ec2-a');
const connection: fc.Arbitrary<Connection> = fc.record({
  source,
  protocol: fc.constantFrom('tcp' as const, 'udp' as const, 'icmp' as const),
  port: fc.integer({ min: 0, max: 65535 }),
});

/** Random variations of the lab's VPC: any subnet, addresses, groups, rules, ACLs, even dangling references. */
const network: fc.Arbitrary<Network> = fc
  .record({
    hasInstance: fc.boolean(),
    state: fc.constantFrom('running' as const, 'stopped' as const),
    subnetId: fc.constantFrom('subnet-public', 'subnet-private', 'subnet-gone'),
    auto: fc.option(fc.constant('198.51.100.57'), { nil: null }),
    eip: fc.option(fc.constant('192.0.2.44'), { nil: null }),
    groups: fc.subarray(['sg-lab', 'sg-web', 'sg-missing']),
    labInbound: fc.array(sgRule, { maxLength: 6 }),
    labOutbound: fc.array(sgRule, { maxLength: 3 }),
    publicAcl: acl,
    privateAcl: acl,
    igw: fc.option(fc.constantFrom('igw-0abc', 'igw-other'), { nil: null }),
    publicRoutes: fc.array(fc.record({ destination: cidr, target: fc.constantFrom('local' as const, 'igw' as const, 'nat' as const), targetId: fc.constantFrom('igw-0abc', 'nat-0def', 'local') }), { maxLength: 3 }),
    peerSubnet: fc.constantFrom('subnet-public', 'subnet-private', 'subnet-gone'),
  })
  .map((r) => {
    const base = initialNetwork();
    const [pub, priv] = base.vpc.subnets;
    if (pub === undefined || priv === undefined) throw new Error('initial network changed');
    return {
      ...base,
      vpc: {
        ...base.vpc,
        internetGatewayId: r.igw,
        subnets: [
          { ...pub, routes: r.publicRoutes, networkAcl: r.publicAcl },
          { ...priv, networkAcl: r.privateAcl },
        ],
      },
      securityGroups: base.securityGroups.map((g) => (g.id === 'sg-lab' ? { ...g, inbound: r.labInbound, outbound: r.labOutbound } : g)),
      peers: base.peers.map((p) => ({ ...p, subnetId: r.peerSubnet })),
      instance: r.hasInstance
        ? {
            id: 'i-1',
            name: 'x',
            state: r.state,
            subnetId: r.subnetId,
            privateIp: r.subnetId === 'subnet-private' ? '10.0.2.25' : '10.0.1.25',
            autoPublicIp: r.auto,
            elasticIp: r.eip,
            securityGroupIds: r.groups,
            launch: { name: 'x', amiId: '', instanceType: '', keyPair: '', subnetId: r.subnetId, autoAssignPublicIp: r.auto !== null, securityGroupIds: r.groups, rootVolumeGiB: 8, volumeType: 'gp3', iamInstanceProfile: '', userData: '' },
          }
        : null,
    };
  });

describe('evaluation properties', () => {
  it('never throws on random models, and always returns every hop in order with at most one stop', () => {
    fc.assert(
      fc.property(network, connection, (n, c) => {
        const result = evaluate(n, c);
        expect(result.hops.map((h) => h.hop)).toEqual(HOP_ORDER);
        const stops = result.hops.filter((h) => h.status === 'stop');
        expect(stops.length).toBe(result.reached ? 0 : 1);
        if (!result.reached) expect(stops[0]?.hop).toBe(result.stoppedAt);
        for (const hop of result.hops) expect(hop.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 600 },
    );
  });

  it('a reply to an allowed inbound connection always passes the security group, whatever the Outbound rules', () => {
    fc.assert(
      fc.property(network, connection, fc.array(sgRule, { maxLength: 3 }), (n, c, outbound) => {
        const variant = { ...n, securityGroups: n.securityGroups.map((g) => ({ ...g, outbound })) };
        const result = evaluate(variant, c);
        const sgIn = result.hops.find((h) => h.hop === 'sg-in');
        if (sgIn?.status === 'pass') expect(result.hops.find((h) => h.hop === 'sg-out')?.status).toBe('pass');
        if (!result.reached) expect(result.stoppedAt).not.toBe('sg-out');
      }),
      { numRuns: 600 },
    );
  });

  it('a reply to an allowed inbound connection passes the security group: networks where the request is allowed', () => {
    // The property above draws random networks, where the inbound rules seldom allow anything; here every case
    // has a rule that admits the connection (among random ones), random Outbound rules, and optionally a custom
    // network ACL, so the security group's reply hop is really exercised.
    const launched = must(launchInstance(initialNetwork(), READY));
    let sgPassed = 0;
    fc.assert(
      fc.property(
        connection,
        fc.array(sgRule, { maxLength: 3 }),
        fc.array(sgRule, { maxLength: 3 }),
        fc.boolean(),
        fc.constantFrom('exact', 'wide', 'group'),
        fc.oneof(fc.constant(null), acl),
        (c, others, outbound, eip, how, customAcl) => {
          const from = c.source === 'ec2-a' ? '10.0.1.10/32' : c.source === 'my-pc' ? '203.0.113.7/32' : '0.0.0.0/0';
          const allowing: SgRule = {
            id: 'allow',
            protocol: how === 'wide' ? 'all' : c.protocol,
            fromPort: c.port,
            toPort: c.port,
            peer: how === 'group' && c.source === 'ec2-a' ? { kind: 'sg', groupId: 'sg-web' } : { kind: 'cidr', cidr: how === 'wide' ? '0.0.0.0/0' : from },
            description: '',
          };
          let n: Network = replaceInboundRules(launched, 'sg-lab', [...others, allowing]);
          if (eip) {
            const r = associateElasticIp(n);
            if (r.ok) n = r.value;
          }
          n = { ...n, securityGroups: n.securityGroups.map((g) => ({ ...g, outbound })) };
          if (customAcl !== null) {
            const withAcl = setCustomAcl(n, 'subnet-public', true);
            if (withAcl.ok) n = { ...withAcl.value, vpc: { ...withAcl.value.vpc, subnets: withAcl.value.vpc.subnets.map((s) => (s.id === 'subnet-public' ? { ...s, networkAcl: customAcl } : s)) } };
          }
          const result = evaluate(n, c);
          const status = Object.fromEntries(result.hops.map((h) => [h.hop, h.status]));
          if (status['nacl-in'] === 'stop') return; // a network ACL may stop the request before the security group
          expect(status['sg-in']).toBe('pass');
          expect(status['sg-out']).toBe('pass');
          sgPassed += 1;
          if (customAcl === null) expect(result.reached).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
    // Not vacuous: at least half the cases (those without a custom ACL) reach the security group.
    expect(sgPassed).toBeGreaterThan(150);
  });

  it('removing every security group rule never turns a refusal into a connection (allow-only rules)', () => {
    fc.assert(
      fc.property(network, connection, (n, c) => {
        const bare = { ...n, securityGroups: n.securityGroups.map((g) => ({ ...g, inbound: [] })) };
        if (evaluate(bare, c).reached) throw new Error('no inbound rule, yet reached');
      }),
    );
  });

  it('a network ACL with no matching rule denies', () => {
    // Every rule is for another protocol or a port range that misses the packet's port.
    const packet = fc.record({ port: fc.integer({ min: 1, max: 65535 }), cidr });
    fc.assert(
      fc.property(packet, fc.array(naclRule, { maxLength: 8 }), ({ port, cidr: from }, rules) => {
        const missing = rules
          .filter((r) => r.protocol !== 'all')
          .map((r) => (r.protocol === 'tcp' && r.fromPort <= port && port <= r.toPort ? { ...r, protocol: 'udp' as const } : r));
        expect(evaluateNacl(missing, 'tcp', port, from)).toEqual({ action: 'deny', rule: null, partial: false });
      }),
    );
  });

  it('the first matching rule by number decides, whatever the list order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(naclRule, { maxLength: 8, selector: (r) => r.ruleNumber }), fc.integer({ min: 0, max: 65535 }), (rules, port) => {
        const a = evaluateNacl(rules, 'tcp', port, '203.0.113.7/32');
        const b = evaluateNacl([...rules].reverse(), 'tcp', port, '203.0.113.7/32');
        expect(a.action).toBe(b.action);
        if (a.rule !== null && b.rule !== null) expect(a.rule.ruleNumber).toBe(b.rule.ruleNumber);
      }),
    );
  });
});
