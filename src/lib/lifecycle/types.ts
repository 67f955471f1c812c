import type { LessonAnchor } from './anchors.ts';

/** The six API states (InstanceStateName). There is no "rebooting" and no "hibernated" state. */
export type InstanceState = 'pending' | 'running' | 'stopping' | 'stopped' | 'shutting-down' | 'terminated';

export type LifecycleAction =
  | 'start'
  | 'stop'
  | 'hibernate'
  | 'reboot'
  | 'terminate'
  | 'os-shutdown'
  | 'spot-interruption';

export interface InstanceConfig {
  rootDevice: 'ebs' | 'instance-store';
  /** Can only be chosen at launch. */
  hibernationEnabled: boolean;
  market: 'on-demand' | 'spot';
  spotInterruptionBehavior: 'terminate' | 'stop' | 'hibernate';
  /** What an OS shutdown does (EBS root only; an instance store root always terminates). */
  shutdownBehavior: 'stop' | 'terminate';
  terminationProtection: boolean;
  stopProtection: boolean;
  elasticIp: boolean;
  deleteRootOnTermination: boolean;
}

/**
 * The path an accepted action takes. It names the columns of AWS's "differences between
 * reboot, stop, hibernate and terminate" table, plus launch and start.
 */
export type LifecyclePath = 'launch' | 'start' | 'reboot' | 'stop' | 'hibernate' | 'terminate';

/** One billing period: opens when the instance enters `running`, closes when billing stops. */
export interface BillingPeriod {
  start: number;
  end: number | null;
  /** How it was closed (for missions and the log); null while open. */
  closedBy: LifecyclePath | null;
}

/** Why the instance reached its current state (cf. the API's StateReason). */
export type StateCause = LifecycleAction | 'launch' | 'settle';

export interface Instance {
  id: string;
  config: InstanceConfig;
  state: InstanceState;
  /** Is instance usage billed in this state. */
  billed: boolean;
  /** Auto-assigned public IPv4, or the Elastic IP while it is associated. */
  publicIp: string | null;
  /** The last auto-assigned public IPv4, so a restart never draws the same one again. */
  lastPublicIp: string | null;
  /** Null once terminated (the AWS table: "None"). */
  privateIp: string | null;
  /** The Elastic IP allocated to the account, and whether it is associated with this instance. */
  elasticIp: { address: string; associated: boolean } | null;
  /** The data written to the instance store volumes since launch survives. */
  instanceStoreData: boolean;
  /** Whether the OS has memory contents: 'in-use' while booted, 'erased' after shutdown, 'saved' while hibernated. */
  ram: 'in-use' | 'erased' | 'saved';
  /** Hibernation saved RAM to the root volume. */
  ramSavedToRoot: boolean;
  /** 'kept': survives termination (DeleteOnTermination false). */
  rootVolume: 'attached' | 'deleted' | 'kept';
  /** Id of the underlying host; null while stopped or once terminated. */
  host: string | null;
  /** The path in progress while in a transitional state, else the last one taken. */
  path: LifecyclePath;
  /** The action (or launch/settle) that caused the current state. */
  cause: StateCause;
  /** Stopped by a Spot interruption: only EC2 may start it again. */
  stoppedBySpotInterruption: boolean;
  billing: readonly BillingPeriod[];
  /** Simulated clock (seconds) of the last change; the model never reads a real clock. */
  at: number;
  /** PRNG state, so that the next address drawn is a pure function of the seed and the history. */
  rng: number;
}

export type EffectField =
  | 'state'
  | 'billing'
  | 'publicIp'
  | 'privateIp'
  | 'elasticIp'
  | 'instanceStore'
  | 'ram'
  | 'rootVolume'
  | 'host';

export interface Effect {
  field: EffectField;
  /** 'changed' values are highlighted; 'kept' notes say what survived, as the AWS table does. */
  kind: 'changed' | 'kept';
  before: string;
  after: string;
  /** Korean explanation. */
  message: string;
  anchor: LessonAnchor;
}

export interface LifecycleError {
  code: string;
  /** Korean reason. */
  message: string;
  anchor: LessonAnchor;
}

export type PerformResult =
  | { ok: true; instance: Instance; effects: Effect[] }
  | { ok: false; error: LifecycleError };

export type Result<T> = { ok: true; value: T } | { ok: false; error: LifecycleError };
