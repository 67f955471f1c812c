// The activity history, newest first: the console's English with a Korean gloss, timed on the lab clock.
import { clockLabel, type ActivityEntry, type SimState } from '../../lib/scaling/index.ts';
import { h } from './dom.ts';

const MAX_LOG_ITEMS = 120;

export interface FreshActivity {
  launch: number;
  terminate: number;
  note: string;
}

export class LogView {
  readonly #list: HTMLOListElement | null;
  #lastSeq = 0;

  constructor(list: HTMLOListElement | null) {
    this.#list = list;
  }

  reset(): void {
    this.#lastSeq = 0;
    this.#list?.replaceChildren();
  }

  /** Adds entries newer than the last render; returns what they were (for the live announcement). */
  render(s: SimState): FreshActivity {
    const out: FreshActivity = { launch: 0, terminate: 0, note: '' };
    const list = this.#list;
    if (!list) return out;
    const fresh = s.activity.filter((a) => a.seq > this.#lastSeq);
    if (fresh.length === 0) return out;
    this.#lastSeq = fresh.at(-1)?.seq ?? this.#lastSeq;
    const frag = document.createDocumentFragment();
    for (const a of fresh.slice(-MAX_LOG_ITEMS).reverse()) frag.append(item(s, a));
    list.prepend(frag);
    while (list.children.length > MAX_LOG_ITEMS) list.lastElementChild?.remove();
    for (const a of fresh) {
      if (a.kind === 'launch') out.launch++;
      else if (a.kind === 'terminate') out.terminate++;
      else out.note = a.description.ko;
    }
    return out;
  }
}

function item(s: SimState, a: ActivityEntry): HTMLLIElement {
  const li = h('li', a.kind);
  const when = h('div', 'when', clockLabel(s, a.at));
  const kindLabel = a.kind === 'launch' ? '시작' : a.kind === 'terminate' ? '종료' : a.tag === 'fault' ? '장애' : '이벤트';
  const head = h('div');
  head.append(h('span', `kind ${a.kind}${a.tag === 'fault' ? ' fault' : ''}`, kindLabel));
  if (a.kind === 'note') {
    head.append(h('span', undefined, a.description.ko));
    li.append(when, head);
    return li;
  }
  const desc = h('span', 'desc', a.description.en);
  desc.lang = 'en';
  head.append(desc);
  const cause = h('p', 'cause', a.cause.en);
  cause.lang = 'en';
  const gloss = h('p', 'gloss', `풀이: ${a.cause.ko}`);
  li.append(when, head, cause, gloss);
  return li;
}
