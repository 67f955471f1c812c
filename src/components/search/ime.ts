// Korean IME guards (study-site-features.md §5.3).

/** keyCode is deprecated but still the only signal of WebKit's post-composition Enter (229). */
function keyCode(e: KeyboardEvent): number {
  return (e as unknown as { keyCode: number }).keyCode;
}

/** IME composition in progress: Enter and arrows belong to the IME, not to us. */
export function imeBusy(e: KeyboardEvent, composing: boolean): boolean {
  return e.isComposing || keyCode(e) === 229 || composing;
}
