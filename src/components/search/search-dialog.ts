// <search-dialog>: the header's search button and modal dialog (combobox + listbox pattern).
// The search worker (fuse.js, es-hangul, the index) starts on first open, or when idle after the learner hovers or
// focuses the button; queries are answered off the main thread.
import type { SearchHit } from '../../lib/search/types.ts';
import type { SearchClient } from './load.ts';
import { imeBusy } from './ime.ts';
import { isSearchShortcut } from './shortcut.ts';
import { flashTarget, hitContent, rememberTarget } from './render.ts';

// The worker wrapper itself loads on first need too: every page carries this element, few pages are searched.
const searchLoader = () => import('./load.ts');
export const preloadSearch = () => void searchLoader().then((m) => m.preloadSearch(), () => undefined);

const DEBOUNCE_MS = 120;
const LIMIT = 12;

class SearchDialog extends HTMLElement {
  #button!: HTMLButtonElement;
  #dialog!: HTMLDialogElement;
  #input!: HTMLInputElement;
  #list!: HTMLUListElement;
  #status!: HTMLElement;
  #all!: HTMLAnchorElement;
  #engine: SearchClient | undefined;
  #failed = false;
  #refreshing = false;
  #hits: SearchHit[] = [];
  #active = -1;
  #timer = 0;
  #composing = false;
  #opener: HTMLElement | null = null;
  #lastQuery: string | null = null;

  connectedCallback(): void {
    const q = <T extends Element>(sel: string) => this.querySelector<T>(sel);
    const button = q<HTMLButtonElement>('[data-open]');
    const dialog = q<HTMLDialogElement>('dialog');
    const input = q<HTMLInputElement>('input[role="combobox"]');
    const list = q<HTMLUListElement>('[role="listbox"]');
    const status = q<HTMLElement>('[data-status]');
    const all = q<HTMLAnchorElement>('[data-all]');
    if (!button || !dialog || !input || !list || !status || !all) return;
    this.#button = button;
    this.#dialog = dialog;
    this.#input = input;
    this.#list = list;
    this.#status = status;
    this.#all = all;

    button.addEventListener('click', () => this.open());
    button.addEventListener('pointerenter', preloadSearch, { once: true });
    button.addEventListener('focus', preloadSearch, { once: true });
    q('[data-close]')?.addEventListener('click', () => this.close());
    // A click on the backdrop (outside the panel) closes, like Escape.
    dialog.addEventListener('click', (e) => {
      if (e.target === dialog) this.close();
    });
    dialog.addEventListener('close', () => this.#afterClose());
    dialog.addEventListener('cancel', (e) => {
      // Escape while the IME is composing only cancels the composition.
      if (this.#composing) e.preventDefault();
    });
    dialog.addEventListener('keydown', (e) => this.#onKeydown(e));
    // Keys typed in the dialog never reach page-level shortcuts (quiz digits, presenter keys…).
    for (const type of ['keydown', 'keyup', 'keypress'] as const) dialog.addEventListener(type, (e) => e.stopPropagation());

    input.addEventListener('compositionstart', () => {
      this.#composing = true;
    });
    input.addEventListener('compositionend', () => {
      this.#composing = false;
      this.#schedule();
    });
    // Live results while typing, including mid-syllable (오토스ㅋ): jamo matching handles half-typed input.
    input.addEventListener('input', () => this.#schedule());
    input.form?.addEventListener('submit', (e) => e.preventDefault());

    list.addEventListener('click', (e) => {
      const option = (e.target as Element | null)?.closest<HTMLElement>('[role="option"]');
      if (option) this.#openHit(Number(option.dataset.index));
    });
    list.addEventListener('pointermove', (e) => {
      const option = (e.target as Element | null)?.closest<HTMLElement>('[role="option"]');
      if (option) this.#setActive(Number(option.dataset.index), false);
    });

    document.addEventListener('keydown', this.#onGlobalKeydown);
    button.disabled = false;
  }

  disconnectedCallback(): void {
    document.removeEventListener('keydown', this.#onGlobalKeydown);
  }

  #onGlobalKeydown = (e: KeyboardEvent): void => {
    if (this.#dialog.open || e.defaultPrevented) return;
    if (!isSearchShortcut(e)) return;
    e.preventDefault(); // the "/" must not be typed anywhere (nor open the browser's quick find)
    this.open();
  };

  open(): void {
    if (this.#dialog.open) return;
    this.#opener = document.activeElement instanceof HTMLElement ? document.activeElement : this.#button;
    this.#dialog.showModal();
    this.#input.focus();
    this.#input.select();
    this.#button.setAttribute('aria-expanded', 'true');
    if (!this.#engine || this.#failed) this.#setStatus('검색 색인을 불러오는 중…');
    this.#lastQuery = null;
    void this.#ensureEngine().then(() => this.#run());
  }

  close(): void {
    if (this.#dialog.open) this.#dialog.close();
  }

  #afterClose(): void {
    window.clearTimeout(this.#timer);
    this.#button.setAttribute('aria-expanded', 'false');
    const back = this.#opener?.isConnected ? this.#opener : this.#button;
    back.focus();
    this.#opener = null;
  }

  async #ensureEngine(): Promise<SearchClient | undefined> {
    if (this.#engine) return this.#engine;
    try {
      this.#engine = await (await searchLoader()).loadSearch();
      // The rest of the index arrived: refresh what is shown.
      this.#engine.onUpdate(() => {
        this.#lastQuery = null;
        this.#refreshing = true;
        if (this.#dialog.open) this.#run();
      });
      return this.#engine;
    } catch {
      this.#failed = true;
      this.#setStatus('검색 색인을 불러오지 못했습니다. 연결을 확인하고 다시 입력해 보세요.');
      return undefined;
    }
  }

  #schedule(): void {
    window.clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => void this.#ensureEngine().then(() => this.#run()), DEBOUNCE_MS);
  }

  /** Search now with whatever the input holds (also called on Enter so a fast typist opens the right result). */
  #run(): Promise<void> {
    window.clearTimeout(this.#timer);
    const engine = this.#engine;
    if (!engine) return Promise.resolve();
    const query = this.#input.value;
    if (query === this.#lastQuery) return Promise.resolve();
    this.#lastQuery = query;
    if (!query.trim()) {
      this.#hits = [];
      this.#render(query);
      return Promise.resolve();
    }
    return engine.search(query, LIMIT).then(
      (hits) => {
        // null: a newer query superseded this one.
        if (hits === null || this.#input.value !== query) return;
        this.#failed = false;
        // A refresh (more of the index arrived) keeps the option the learner moved to, when it is still listed.
        const activeId = this.#refreshing ? this.#hits[this.#active]?.id : undefined;
        this.#refreshing = false;
        this.#hits = hits;
        this.#render(query);
        const keep = activeId === undefined ? -1 : hits.findIndex((h) => h.id === activeId);
        if (keep > 0) this.#setActive(keep, false);
      },
      () => {
        this.#lastQuery = null;
        this.#failed = true;
        this.#setStatus('검색 색인을 불러오지 못했습니다. 연결을 확인하고 다시 입력해 보세요.');
      },
    );
  }

  #render(query: string): void {
    const items = this.#hits.map((hit, i) => {
      const li = document.createElement('li');
      li.id = `search-option-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.dataset.index = String(i);
      li.className = 'search-option';
      li.append(hitContent(hit));
      return li;
    });
    this.#list.replaceChildren(...items);
    this.#input.setAttribute('aria-expanded', String(items.length > 0));
    this.#all.href = `/search/${query.trim() ? `?q=${encodeURIComponent(query.trim())}` : ''}`;
    if (!query.trim()) this.#setStatus('레슨, 용어, 퀴즈, 도구를 찾습니다. 초성(ㅅㅈㅌㅍㄹ)이나 약어(ASG)도 됩니다.');
    else if (items.length === 0) this.#setStatus(`‘${query.trim()}’에 맞는 결과가 없습니다.`);
    else this.#setStatus(`결과 ${items.length}개. 위아래 화살표로 고르고 Enter로 엽니다.`);
    this.#setActive(items.length > 0 ? 0 : -1, false);
  }

  #setStatus(text: string): void {
    if (this.#status.textContent !== text) this.#status.textContent = text;
  }

  #setActive(index: number, scroll = true): void {
    const options = this.#list.querySelectorAll<HTMLElement>('[role="option"]');
    this.#active = index;
    options.forEach((o, i) => o.setAttribute('aria-selected', String(i === index)));
    const current = options[index];
    if (current) {
      this.#input.setAttribute('aria-activedescendant', current.id);
      if (scroll) current.scrollIntoView({ block: 'nearest' });
    } else {
      this.#input.removeAttribute('aria-activedescendant');
    }
  }

  #onKeydown(e: KeyboardEvent): void {
    if (e.key === 'Tab') {
      this.#trapTab(e);
      return;
    }
    if (e.target !== this.#input) return;
    if (e.key === 'Enter') {
      // Never act on the Enter that commits a Hangul syllable (and never let the form submit a half word).
      e.preventDefault();
      if (imeBusy(e, this.#composing)) return;
      // A fast typist's Enter opens the best hit for what is typed now, not for the last debounced query.
      if (this.#input.value !== this.#lastQuery) void this.#run().then(() => this.#openHit(this.#active));
      else this.#openHit(this.#active);
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    if (imeBusy(e, this.#composing) || this.#hits.length === 0) return;
    e.preventDefault();
    const n = this.#hits.length;
    const next = e.key === 'ArrowDown' ? (this.#active + 1) % n : (this.#active - 1 + n) % n;
    this.#setActive(next);
  }

  /** Tab cycles inside the dialog instead of escaping to the browser chrome. */
  #trapTab(e: KeyboardEvent): void {
    const focusables = [...this.#dialog.querySelectorAll<HTMLElement>('input, button, a[href]')].filter((el) => !el.hasAttribute('disabled') && el.offsetParent !== null);
    const first = focusables[0];
    const last = focusables[focusables.length - 1];
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  }

  #openHit(index: number): void {
    const hit = this.#hits[index];
    if (!hit) return;
    const target = new URL(hit.url, location.href);
    rememberTarget(target.href);
    this.close();
    if (target.pathname === location.pathname && target.search === location.search) {
      location.hash = target.hash;
      flashTarget(true);
    } else {
      location.assign(target.href);
    }
  }
}

if (!customElements.get('search-dialog')) customElements.define('search-dialog', SearchDialog);
