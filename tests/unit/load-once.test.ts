import { describe, expect, it, vi } from 'vitest';
import { loadOnce } from '../../src/components/load-once.ts';

describe('loadOnce', () => {
  it('starts the load once and gives every caller the same result', async () => {
    const load = vi.fn(async () => ({ module: 'search-dialog' }));
    const get = loadOnce(load);
    const [a, b] = await Promise.all([get(), get()]);
    expect(a).toBe(b);
    expect(await get()).toBe(a);
    expect(load).toHaveBeenCalledTimes(1);
  });
  it('forgets a failure, so the next call tries again (offline, then back online)', async () => {
    let online = false;
    const load = vi.fn(async () => {
      if (!online) throw new Error('offline');
      return 42;
    });
    const get = loadOnce(load);
    await expect(get()).rejects.toThrow('offline');
    await expect(get()).rejects.toThrow('offline');
    online = true;
    expect(await get()).toBe(42);
    expect(await get()).toBe(42);
    expect(load).toHaveBeenCalledTimes(3);
  });
  it('shares one failure between callers waiting at the same time', async () => {
    const load = vi.fn(() => Promise.reject(new Error('HTTP 404')));
    const get = loadOnce(load);
    const results = await Promise.allSettled([get(), get()]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(load).toHaveBeenCalledTimes(1);
  });
});
