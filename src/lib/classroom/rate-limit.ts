// Token buckets with the clock passed in: per connection (messages a second) and per address (wrong room codes),
// so a script cannot flood a room or walk the code space.

export interface Bucket {
  readonly tokens: number;
  readonly at: number;
}

export interface BucketRule {
  /** Most tokens a bucket holds (the burst). */
  readonly capacity: number;
  /** Tokens regained per second. */
  readonly perSecond: number;
}

/** Takes one token if there is one; returns the bucket's new state and whether the action may go ahead. */
export function take(bucket: Bucket | undefined, rule: BucketRule, now: number): { bucket: Bucket; allowed: boolean } {
  const start = bucket ?? { tokens: rule.capacity, at: now };
  const elapsed = Math.max(0, now - start.at) / 1000;
  const tokens = Math.min(rule.capacity, start.tokens + elapsed * rule.perSecond);
  if (tokens < 1) return { bucket: { tokens, at: now }, allowed: false };
  return { bucket: { tokens: tokens - 1, at: now }, allowed: true };
}

/** Buckets keyed by a string (an address, a connection id), forgotten once full again so the map stays small. */
export class RateLimiter {
  readonly #buckets = new Map<string, Bucket>();
  readonly rule: BucketRule;
  constructor(rule: BucketRule) {
    this.rule = rule;
  }

  allow(key: string, now: number): boolean {
    const { bucket, allowed } = take(this.#buckets.get(key), this.rule, now);
    this.#buckets.set(key, bucket);
    return allowed;
  }

  /** Drops buckets that would be full by now. */
  sweep(now: number): void {
    for (const [key, bucket] of this.#buckets) {
      if (bucket.tokens + ((now - bucket.at) / 1000) * this.rule.perSecond >= this.rule.capacity) this.#buckets.delete(key);
    }
  }

  get size(): number {
    return this.#buckets.size;
  }
}
