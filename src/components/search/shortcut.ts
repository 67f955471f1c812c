// What the search button stub (search-button.ts), the dialog (search-dialog.ts) and render.ts share: the shortcut
// test and the storage key that marks a search result's target for a flash after navigation.

export const FLASH_KEY = 'ec2lab:search-flash';
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

