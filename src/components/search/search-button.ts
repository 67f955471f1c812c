// The header's search button before the dialog's code arrives. Every page carries the button, few pages are
// searched: this enables it and listens for intent, and the dialog itself (search-dialog.ts: combobox, results,
// the worker client) loads on the first hover, focus, click or shortcut. A click or shortcut opens it once it is in.
import { loadOnce } from '../load-once.ts';
import { FLASH_KEY, isSearchShortcut } from './shortcut.ts';

const loadDialog = loadOnce(() => import('./search-dialog.ts'));

const host = document.querySelector<HTMLElement & { open?: () => void }>('search-dialog');
const button = host?.querySelector<HTMLButtonElement>('[data-open]');
if (host && button) {
  const kbd = host.querySelector('[data-shortcut]');
  if (kbd) kbd.textContent = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent) ? '⌘K' : 'Ctrl K';
  const openWhenReady = () =>
    void loadDialog().then(
      () => {
        detach();
        host.open?.();
      },
      () => undefined, // offline without the module: the button stays, the next press tries again
    );
  const onClick = () => openWhenReady();
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || !isSearchShortcut(e)) return;
    e.preventDefault(); // the "/" must not be typed anywhere (nor open the browser's quick find)
    openWhenReady();
  };
  // Intent: the dialog's code, then (when idle) the search worker, as the dialog itself does on later hovers.
  const preload = () => void loadDialog().then((m) => (detach(), m.preloadSearch()), () => undefined);
  function detach() {
    // The dialog element has its own listeners from now on.
    button?.removeEventListener('click', onClick);
    document.removeEventListener('keydown', onKey);
  }
  button.addEventListener('click', onClick);
  button.addEventListener('pointerenter', preload, { once: true });
  button.addEventListener('focus', preload, { once: true });
  document.addEventListener('keydown', onKey);
  button.disabled = false;
}

// Arriving from a search result: flash the heading it pointed at (render.ts reads and clears the mark).
try {
  if (sessionStorage.getItem(FLASH_KEY)) void import('./render.ts').then((m) => m.flashTarget(), () => undefined);
} catch {
  // storage disabled: no flash
}
