// Answer widgets, one per question kind: native fieldsets with radios, checkboxes, a text box,
// a reorderable list (buttons, keyboard operable) and selects for matching.
// Types only from the grader: it (with es-hangul) loads after the first card is on screen; the verdict brings the diff.
import type { QuizQuestion, QuizResponse, Verdict } from '~/lib/quiz/grading.ts';
import { hashString, optionOrder } from '~/lib/quiz/option-order.ts';
import { scrambledOrder, seededRandom, shuffle } from '~/lib/random.ts';
import { h, richText } from '../dom.ts';

export interface Widget {
  el: HTMLFieldSetElement;
  /** Null when nothing has been chosen yet. */
  response(): QuizResponse | null;
  /** Digit shortcut (1-based display position); false when the kind has no such option. */
  choose(n: number): boolean;
  lock(verdict: Verdict): void;
  /** Puts a saved response back (the mock exam's navigator, a reload). */
  restore(response: QuizResponse): void;
  focus(): void;
  textInput: HTMLInputElement | null;
}

let uid = 0;

/**
 * One question's answer widget. `seed` fixes every shuffle (options, steps, the matching column): the same seed
 * and question always look the same, so a reload shows the same order and digit keys keep their meaning.
 */
export function createWidget(q: QuizQuestion, seed: number, announce: (m: string) => void): Widget {
  const id = `qw${++uid}`;
  const random = seededRandom((hashString(q.id) ^ (seed >>> 0)) >>> 0);
  const legend = h('legend', { class: 'q-prompt', id: `${id}-legend`, tabindex: '-1' }, richText(q.prompt));
  const el = h('fieldset', { class: `q-widget q-${q.kind}` }, legend);
  const focusLegend = () => legend.focus();

  if (q.kind === 'single' || q.kind === 'multiple' || q.kind === 'true-false') {
    const type = q.kind === 'multiple' ? 'checkbox' : 'radio';
    const opts = q.kind === 'true-false' ? [{ text: '참 (O)', why: '' }, { text: '거짓 (X)', why: '' }] : q.options;
    const order = q.kind === 'true-false' ? [0, 1] : optionOrder(q.options, seed, q.id);
    if (q.kind === 'multiple') el.append(h('p', { class: 'q-hint' }, '맞는 것을 모두 고르세요.'));
    const list = h('div', { class: 'q-options' });
    const inputs: HTMLInputElement[] = [];
    order.forEach((orig, pos) => {
      const input = h('input', { type, name: id, value: String(orig), id: `${id}-${pos}` });
      inputs.push(input);
      const o = opts[orig] as { text: string; why: string };
      const label = h('label', { for: input.id, class: 'q-option' }, input, h('span', { class: 'q-key', 'aria-hidden': 'true' }, String(pos + 1)), h('span', { class: 'q-text' }, richText(o.text)));
      list.append(h('div', { class: 'q-option-row', 'data-orig': String(orig) }, label));
    });
    el.append(list);
    return {
      el,
      textInput: null,
      focus: focusLegend,
      response() {
        const picked = inputs.filter((i) => i.checked).map((i) => Number(i.value));
        if (picked.length === 0) return null;
        if (q.kind === 'multiple') return { kind: 'multiple', choices: picked };
        if (q.kind === 'true-false') return { kind: 'true-false', value: picked[0] === 0 };
        return { kind: 'single', choice: picked[0] as number };
      },
      choose(n) {
        const input = inputs[n - 1];
        if (!input || input.disabled) return false;
        input.checked = type === 'checkbox' ? !input.checked : true;
        input.focus();
        return true;
      },
      restore(r) {
        for (const input of inputs) {
          const orig = Number(input.value);
          input.checked = r.kind === 'single' ? orig === r.choice : r.kind === 'multiple' ? r.choices.includes(orig) : r.kind === 'true-false' ? (orig === 0) === r.value : false;
        }
      },
      lock(v) {
        inputs.forEach((input) => {
          input.disabled = true;
          const orig = Number(input.value);
          const row = input.closest('.q-option-row') as HTMLElement;
          const isKey = q.kind === 'single' ? orig === q.answer : q.kind === 'multiple' ? q.answers.includes(orig) : (orig === 0) === q.answer;
          row.classList.toggle('is-key', isKey);
          row.classList.toggle('is-wrong-pick', input.checked && !isKey);
          const mark = isKey ? (input.checked ? '✓ 정답 (선택함)' : '✓ 정답') : input.checked ? '✗ 선택한 오답' : '';
          if (mark) row.append(h('span', { class: `q-mark ${isKey ? 'ok' : 'bad'}` }, mark));
          const why = q.kind === 'true-false' ? '' : (q.options[orig]?.why ?? '');
          if (why) row.append(h('p', { class: 'q-why' }, richText(why)));
        });
        void v;
      },
    };
  }

  if (q.kind === 'typed') {
    const input = h('input', {
      type: 'text', id: `${id}-text`, class: 'q-text-input', autocomplete: 'off', autocapitalize: 'off', spellcheck: 'false',
      enterkeyhint: 'done', 'aria-describedby': `${id}-hint`,
    });
    el.append(
      h('label', { for: input.id, class: 'q-text-label' }, '답'),
      input,
      h('p', { class: 'q-hint', id: `${id}-hint` }, '한국어 용어, 영어 용어, 약어 모두 됩니다. 띄어쓰기와 대소문자는 상관없습니다.'),
    );
    return {
      el,
      textInput: input,
      focus: () => input.focus(),
      response: () => (input.value.trim() ? { kind: 'typed', text: input.value } : null),
      choose: () => false,
      restore(r) {
        if (r.kind === 'typed') input.value = r.text;
      },
      lock(v) {
        input.readOnly = true;
        input.setAttribute('aria-readonly', 'true');
        const cmp = h('div', { class: 'q-compare' });
        const typedLine = h('p', {}, h('span', { class: 'q-compare-label' }, '입력: '));
        const expectedLine = h('p', {}, h('span', { class: 'q-compare-label' }, '정답: '));
        for (const part of v.diff ?? []) {
          if (part.op !== 'missing') typedLine.append(part.op === 'extra' ? h('del', { title: '정답에 없는 글자' }, part.text) : part.text);
          if (part.op !== 'extra') expectedLine.append(part.op === 'missing' ? h('ins', { title: '빠진 글자' }, part.text) : part.text);
        }
        cmp.append(typedLine, expectedLine);
        if (q.accepted.length > 1) cmp.append(h('p', { class: 'q-hint' }, `인정하는 답: ${q.accepted.join(', ')}`));
        el.append(cmp);
      },
    };
  }

  if (q.kind === 'ordering') {
    el.append(h('p', { class: 'q-hint' }, '위로·아래로 버튼(또는 항목에서 Alt+↑/↓)으로 순서를 맞추세요.'));
    const list = h('ol', { class: 'q-order' });
    const make = (orig: number) => {
      const text = q.steps[orig] as string;
      const up = h('button', { type: 'button', class: 'button q-move', 'aria-label': `"${text}" 위로` }, '↑');
      const down = h('button', { type: 'button', class: 'button q-move', 'aria-label': `"${text}" 아래로` }, '↓');
      const li = h('li', { 'data-orig': String(orig), tabindex: '0', 'aria-label': text }, h('span', { class: 'q-text' }, richText(text)), h('span', { class: 'q-moves' }, up, down));
      const move = (dir: -1 | 1, focusEl: HTMLElement) => {
        const sib = dir < 0 ? li.previousElementSibling : li.nextElementSibling;
        if (!sib) return;
        if (dir < 0) sib.before(li);
        else sib.after(li);
        const pos = [...list.children].indexOf(li) + 1;
        announce(`"${text}" 항목을 ${pos}번째로 옮겼습니다.`);
        focusEl.focus();
        refresh();
      };
      up.addEventListener('click', () => move(-1, up.disabled ? down : up));
      down.addEventListener('click', () => move(1, down));
      li.addEventListener('keydown', (e) => {
        if (e.target !== li || !e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
        e.preventDefault();
        move(e.key === 'ArrowUp' ? -1 : 1, li);
      });
      return li;
    };
    const refresh = () => {
      const items = [...list.children] as HTMLElement[];
      items.forEach((li, i) => {
        const [up, down] = li.querySelectorAll('button');
        if (up) up.disabled = i === 0 || el.disabled;
        if (down) down.disabled = i === items.length - 1 || el.disabled;
      });
      const active = document.activeElement;
      if (active instanceof HTMLButtonElement && active.disabled) (active.parentElement?.querySelector('button:not(:disabled)') as HTMLElement | null)?.focus();
    };
    for (const orig of scrambledOrder(q.steps.length, random)) list.append(make(orig));
    el.append(list);
    refresh();
    return {
      el,
      textInput: null,
      focus: focusLegend,
      response: () => ({ kind: 'ordering', order: [...list.children].map((li) => Number((li as HTMLElement).dataset.orig)) }),
      choose: () => false,
      restore(r) {
        if (r.kind !== 'ordering') return;
        const byOrig = new Map([...list.children].map((li) => [Number((li as HTMLElement).dataset.orig), li]));
        for (const orig of r.order) {
          const li = byOrig.get(orig);
          if (li) list.append(li);
        }
        refresh();
      },
      lock(v) {
        [...list.children].forEach((li, pos) => {
          li.querySelectorAll('button').forEach((b) => (b.disabled = true));
          const ok = v.items[pos] === true;
          li.classList.add(ok ? 'is-key' : 'is-wrong-pick');
          li.append(h('span', { class: `q-mark ${ok ? 'ok' : 'bad'}` }, ok ? '✓ 제자리' : `✗ 정답은 ${Number((li as HTMLElement).dataset.orig) + 1}번째`));
        });
      },
    };
  }

  // matching
  const rights: string[] = [];
  for (const p of q.pairs) if (!rights.includes(p.right)) rights.push(p.right);
  const shown = shuffle(rights, random);
  el.append(h('p', { class: 'q-hint' }, '왼쪽 항목마다 알맞은 짝을 고르세요.'));
  const table = h('div', { class: 'q-match' });
  const selects: HTMLSelectElement[] = [];
  q.pairs.forEach((p, i) => {
    const sel = h('select', { id: `${id}-m${i}` });
    sel.append(h('option', { value: '-1' }, '선택하세요'));
    for (const r of shown) sel.append(h('option', { value: String(q.pairs.findIndex((x) => x.right === r)) }, r));
    selects.push(sel);
    table.append(h('div', { class: 'q-match-row' }, h('label', { for: sel.id, class: 'q-match-left' }, richText(p.left)), sel));
  });
  el.append(table);
  // One-to-one pairs: an item chosen in one row is unavailable in the others (a guess cannot cover two rows).
  // Disabled options, not cleared rows: arrow keys on a closed select fire a change at each step.
  const oneToOne = rights.length === q.pairs.length;
  const syncTaken = () => {
    if (!oneToOne) return;
    selects.forEach((sel) => {
      for (const opt of sel.options) {
        opt.disabled = opt.value !== '-1' && selects.some((other) => other !== sel && other.value === opt.value);
      }
    });
  };
  selects.forEach((sel) => sel.addEventListener('change', syncTaken));
  return {
    el,
    textInput: null,
    focus: focusLegend,
    response: () => (selects.every((s) => s.value === '-1') ? null : { kind: 'matching', map: selects.map((s) => Number(s.value)) }),
    choose: () => false,
    restore(r) {
      if (r.kind !== 'matching') return;
      selects.forEach((s, i) => (s.value = String(r.map[i] ?? -1)));
      syncTaken();
    },
    lock(v) {
      selects.forEach((s, i) => {
        s.disabled = true;
        const row = s.parentElement as HTMLElement;
        const ok = v.items[i] === true;
        row.classList.add(ok ? 'is-key' : 'is-wrong-pick');
        row.append(h('span', { class: `q-mark ${ok ? 'ok' : 'bad'}` }, ok ? '✓ 맞음' : `✗ 정답: ${q.pairs[i]?.right ?? ''}`));
      });
    },
  };
}
