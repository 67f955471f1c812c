// The search shortcuts, shared by the button stub (search-button.ts) and the dialog (search-dialog.ts).
function isEditable(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  return el.isContentEditable || el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement;
}

/** Ctrl/⌘+K anywhere, or "/" outside a text field. event.code, not event.key: with the Korean IME on, K arrives as ㅏ. */
export function isSearchShortcut(e: KeyboardEvent): boolean {
  const ctrlK = e.code === 'KeyK' && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey;
  const slash = (e.key === '/' || (e.code === 'Slash' && !e.shiftKey)) && !e.ctrlKey && !e.metaKey && !e.altKey && !isEditable(e.target);
  return ctrlK || slash;
}

