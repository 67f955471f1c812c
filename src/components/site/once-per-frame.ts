// Coalesces bursts of events (every keystroke, IME updates, paste) into one call per animation frame:
// the work runs with the latest state just before the next paint, never more often than the screen refreshes.

export interface FrameScheduled {
  /** Asks for a call before the next frame; further requests in the same frame are merged. */
  (): void;
  /** Runs a pending call now (e.g. on Enter), or does nothing when none is pending. */
  flush(): void;
  /** Drops a pending call (e.g. when the element is disconnected). */
  cancel(): void;
}

export function oncePerFrame(work: () => void, raf: (cb: FrameRequestCallback) => number = (cb) => requestAnimationFrame(cb), cancelRaf: (id: number) => void = (id) => cancelAnimationFrame(id)): FrameScheduled {
  let pending = 0;
  const run = () => {
    pending = 0;
    work();
  };
  const schedule = (() => {
    if (pending === 0) pending = raf(run);
  }) as FrameScheduled;
  schedule.flush = () => {
    if (pending === 0) return;
    cancelRaf(pending);
    run();
  };
  schedule.cancel = () => {
    if (pending !== 0) cancelRaf(pending);
    pending = 0;
  };
  return schedule;
}
