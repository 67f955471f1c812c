// Fit-to-screen for projector slides. The type already follows the screen (CSS clamp() over container units);
// --fit then scales a crowded slide down, or a sparse one a little up, to the largest size at which nothing
// overflows, found by bisection. No slide ever needs scrolling, and a short question is read from the back row.

/** Smallest scale tried: below it the slide would no longer be readable from the back of a room. */
const MIN_SCALE = 0.5;
/** Largest: a one-line question should not shout. */
const MAX_SCALE = 1.25;
const STEPS = 7;

function overflows(box: HTMLElement): boolean {
  return box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1;
}

function fitsAt(box: HTMLElement, scale: number): boolean {
  box.style.setProperty('--fit', scale.toFixed(4));
  return !overflows(box);
}

/** Sets `--fit` on `box` to the largest scale in [MIN_SCALE, MAX_SCALE] at which its content fits; returns it. */
export function fitToBox(box: HTMLElement): number {
  let low: number;
  let high: number;
  if (fitsAt(box, 1)) {
    if (fitsAt(box, MAX_SCALE)) {
      box.dataset.fit = String(MAX_SCALE);
      return MAX_SCALE;
    }
    [low, high] = [1, MAX_SCALE];
  } else {
    [low, high] = [MIN_SCALE, 1];
  }
  for (let i = 0; i < STEPS; i++) {
    const middle = (low + high) / 2;
    if (fitsAt(box, middle)) low = middle;
    else high = middle;
  }
  box.style.setProperty('--fit', low.toFixed(4));
  box.dataset.fit = low.toFixed(2);
  return low;
}
