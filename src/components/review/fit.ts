// Shrink-to-fit for projector slides. The type already scales with the screen (CSS clamp() over container units);
// a slide with more text than the screen holds is scaled down further through --fit, found by bisection, so no
// slide ever needs scrolling at 1280×720 and up.

/** Smallest scale tried: below it the slide would no longer be readable from the back of a room. */
const MIN_SCALE = 0.5;
const STEPS = 7;

function overflows(box: HTMLElement): boolean {
  return box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1;
}

/** Sets `--fit` on `box` to the largest scale (≤ 1) at which its content fits; returns that scale. */
export function fitToBox(box: HTMLElement): number {
  box.style.setProperty('--fit', '1');
  if (!overflows(box)) {
    box.dataset.fit = '1';
    return 1;
  }
  let low = MIN_SCALE;
  let high = 1;
  for (let i = 0; i < STEPS; i++) {
    const middle = (low + high) / 2;
    box.style.setProperty('--fit', middle.toFixed(4));
    if (overflows(box)) high = middle;
    else low = middle;
  }
  box.style.setProperty('--fit', low.toFixed(4));
  box.dataset.fit = low.toFixed(2);
  return low;
}
