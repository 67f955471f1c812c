// /search/?q=…: the same results as the dialog, as a plain list of links, kept in sync with the address bar.
import { loadSearch, type SearchClient } from './load.ts';
import { hitContent, rememberTarget } from './render.ts';
import type { SearchHit } from '../../lib/search/types.ts';
import { imeBusy } from './ime.ts';

const DEBOUNCE_MS = 150;
const LIMIT = 50;

class SearchPage extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[name="q"]');
    const list = this.querySelector<HTMLOListElement>('[data-results]');
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (!form || !input || !list || !status) return;
    let engine: SearchClient | undefined;
    let timer = 0;
    let composing = false;

    const show = async (query: string) => {
      if (!engine) return;
      const q = query.trim();
      let hits: SearchHit[] | null = [];
      try {
        hits = q ? await engine.search(q, LIMIT) : [];
      } catch {
        status.textContent = '검색 색인을 불러오지 못했습니다. 새로 고침해 보세요.';
        return;
      }
      if (hits === null) return;
      list.replaceChildren(
        ...hits.map((hit) => {
          const li = document.createElement('li');
          li.className = 'search-page-hit';
          const a = document.createElement('a');
          a.href = hit.url;
          a.append(hitContent(hit));
          a.addEventListener('click', () => rememberTarget(a.href));
          li.append(a);
          return li;
        }),
      );
      status.textContent = !q ? '검색어를 입력하세요.' : hits.length === 0 ? `‘${q}’에 맞는 결과가 없습니다.` : `‘${q}’ 검색 결과 ${hits.length}개`;
      const url = new URL(location.href);
      if (q) url.searchParams.set('q', q);
      else url.searchParams.delete('q');
      if (url.href !== location.href) history.replaceState(null, '', url);
    };

    const start = async () => {
      try {
        engine = await loadSearch();
        engine.onUpdate(() => void show(input.value));
        await show(input.value);
      } catch {
        status.textContent = '검색 색인을 불러오지 못했습니다. 새로 고침해 보세요.';
      }
    };

    input.value = new URLSearchParams(location.search).get('q') ?? '';
    input.addEventListener('compositionstart', () => {
      composing = true;
    });
    input.addEventListener('compositionend', () => {
      composing = false;
    });
    input.addEventListener('input', () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void show(input.value), DEBOUNCE_MS);
    });
    input.addEventListener('keydown', (e) => {
      // The Enter that commits a Hangul syllable must not submit half a word.
      if (e.key === 'Enter' && imeBusy(e, composing)) e.preventDefault();
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      window.clearTimeout(timer);
      void show(input.value);
    });
    input.disabled = false;
    if (input.value) status.textContent = '검색 중…';
    void start();
  }
}

if (!customElements.get('search-page')) customElements.define('search-page', SearchPage);
