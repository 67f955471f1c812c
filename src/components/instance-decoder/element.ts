// <instance-decoder>: decodes the name as you type, keeps ?type= in the URL (on the tool page), and wires the builder.
import { decodeInstanceType, fromKoreanKeyboard, typingHint } from '../../lib/instance-type/index.ts';
import { setupBuilder, type Builder } from './builder.ts';
import { liveSummary, renderResult } from './render.ts';
import { oncePerFrame } from '../site/once-per-frame.ts';

const ANNOUNCE_DELAY_MS = 600;

class InstanceDecoderElement extends HTMLElement {
  #input: HTMLInputElement | null = null;
  #output: HTMLElement | null = null;
  #live: HTMLElement | null = null;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  #lastAnnounced = '';
  #builder: Builder | null = null;

  connectedCallback(): void {
    if (this.#input) return;
    this.#input = this.querySelector<HTMLInputElement>('[data-input]');
    this.#output = this.querySelector<HTMLElement>('[data-output]');
    this.#live = this.querySelector<HTMLElement>('[data-live]');
    const input = this.#input;
    if (!input || !this.#output) return;

    let initial = this.dataset['initial'] ?? '';
    if (this.#syncUrl) {
      const fromUrl = new URLSearchParams(window.location.search).get('type');
      if (fromUrl !== null) initial = fromUrl.slice(0, 200);
    }
    input.value = initial;
    input.disabled = false;
    // Decoding and suggestions run at most once per frame, however fast the keystrokes come.
    input.addEventListener('input', oncePerFrame(() => this.#update({ announce: true })));
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && input.value !== '') {
        input.value = '';
        this.#update({ announce: true });
      }
    });

    // Any chip (examples, sizes, similar types, suggestions) loads its name.
    this.addEventListener('click', (event) => {
      const target = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-name]') : null;
      if (!target || !this.contains(target)) return;
      this.decode(target.dataset['name'] ?? '');
    });
    for (const chip of this.querySelectorAll<HTMLButtonElement>('button[data-name]')) chip.disabled = false;
    // Mark when the example row is scrolled to its end, so the edge fade (the "more" cue) goes away.
    const scroller = this.querySelector<HTMLElement>('[data-scroller]');
    if (scroller) {
      const mark = (): void => {
        scroller.toggleAttribute('data-at-end', scroller.scrollLeft + scroller.clientWidth >= scroller.scrollWidth - 4);
      };
      scroller.addEventListener('scroll', mark, { passive: true });
      mark();
    }

    this.#builder = setupBuilder(this, (name) => this.decode(name));
    this.#update({ announce: false });
    this.dataset['ready'] = 'true';
  }

  get #syncUrl(): boolean {
    return this.dataset['syncUrl'] === 'true';
  }

  /** Loads a name into the input, decodes it and puts focus back on the input. */
  decode(name: string): void {
    if (!this.#input) return;
    this.#input.value = name;
    this.#update({ announce: true });
    this.#input.focus();
  }

  #update({ announce }: { announce: boolean }): void {
    const input = this.#input;
    const output = this.#output;
    if (!input || !output) return;
    const typed = input.value;
    // Korean layout left on: read the same keys on the English layout (ㅡ5.xlarge → m5.xlarge).
    const corrected = fromKoreanKeyboard(typed);
    const value = corrected ?? typed;
    const result = decodeInstanceType(value);
    const typing = result.ok ? null : typingHint(value);
    const idPrefix = input.id;
    renderResult(output, value, result, {
      idPrefix,
      headingLevel: Number(this.dataset['headingLevel'] ?? '3'),
      typing,
      keyboard: corrected === null ? null : { typed: typed.trim(), corrected: corrected.trim().toLowerCase() },
    });
    if (result.ok) this.#builder?.startFrom(result.value);
    // A family still being typed is not an error yet.
    const invalid = !result.ok && result.error.code !== 'empty' && typing === null;
    input.setAttribute('aria-invalid', invalid ? 'true' : 'false');
    const describedBy = [`${idPrefix}-hint`, invalid ? `${idPrefix}-error` : null].filter(Boolean).join(' ');
    input.setAttribute('aria-describedby', describedBy);
    if (this.#syncUrl) this.#writeUrl(result.ok ? result.value.name : value.trim());
    if (announce) this.#announce(result.ok || result.error.code !== 'empty' ? liveSummary(result, typing) : '');
  }

  #writeUrl(name: string): void {
    const url = new URL(window.location.href);
    if (name === '') url.searchParams.delete('type');
    else url.searchParams.set('type', name);
    if (url.href !== window.location.href) history.replaceState(history.state, '', url);
  }

  // Announce once typing pauses, so a screen reader is not flooded on every keystroke.
  #announce(text: string): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      if (!this.#live || text === this.#lastAnnounced) return;
      this.#lastAnnounced = text;
      this.#live.textContent = text;
    }, ANNOUNCE_DELAY_MS);
  }

  disconnectedCallback(): void {
    clearTimeout(this.#announceTimer);
  }
}

if (!customElements.get('instance-decoder')) customElements.define('instance-decoder', InstanceDecoderElement);
