// Shared by the network lab's unit tests: a launch draft with every required parameter filled, in the public subnet.
import { emptyDraft, type LaunchDraft, type Result } from '../../src/lib/network/index.ts';

export const READY: LaunchDraft = {
  ...emptyDraft(),
  name: 'cafe-web',
  amiId: 'ami-0a1b2c3d4e5f60001',
  instanceType: 't3.micro',
  keyPair: 'cafe-key',
  subnetId: 'subnet-public',
  autoAssignPublicIp: true,
  securityGroupIds: ['sg-lab'],
};

export function must<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(r.error);
  return r.value;
}
