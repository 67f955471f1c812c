// The builder: pick series, generation, processor, options, suffix and size; see the name and whether AWS sells it.
import {
  buildInstanceTypeName,
  closestInstanceTypes,
  familyCatalog,
  familySizes,
  type InstanceTypeParts,
  type Processor,
} from '../../lib/instance-type/index.ts';
import { h } from '../dom.ts';

const NONE = '';

function setOptions(select: HTMLSelectElement, values: readonly { value: string; label: string }[], keep: string): void {
  const previous = keep;
  select.replaceChildren(...values.map((v) => h('option', { value: v.value }, v.label)));
  select.value = values.some((v) => v.value === previous) ? previous : (values.at(-1)?.value ?? NONE);
}

export interface Builder {
  /** Sets every part from a decoded name, so the learner builds from the name on screen. */
  startFrom(parts: InstanceTypeParts): void;
}

export function setupBuilder(root: HTMLElement, onDecode: (name: string) => void): Builder | null {
  const form = root.querySelector<HTMLFormElement>('[data-builder]');
  if (!form) return null;
  const series = form.querySelector<HTMLSelectElement>('[name="series"]');
  const generation = form.querySelector<HTMLSelectElement>('[name="generation"]');
  const suffix = form.querySelector<HTMLSelectElement>('[name="suffix"]');
  const size = form.querySelector<HTMLSelectElement>('[name="size"]');
  const output = form.querySelector<HTMLElement>('[data-builder-output]');
  if (!series || !generation || !suffix || !size || !output) return null;
  const catalog = familyCatalog();

  const refreshChoices = (keepGeneration: string, keepSuffix: string): void => {
    const entries = catalog.filter((e) => e.parts.series === series.value);
    const generations = [...new Set(entries.map((e) => e.parts.generation))].sort((a, b) => (a ?? 0) - (b ?? 0));
    setOptions(
      generation,
      generations.map((g) => ({ value: g === null ? NONE : String(g), label: g === null ? '없음' : `${g}세대` })),
      keepGeneration,
    );
    const gen = generation.value === NONE ? null : Number(generation.value);
    const suffixes = [...new Set(entries.filter((e) => e.parts.generation === gen).map((e) => e.parts.suffix))];
    const suffixChoices = [
      ...(suffixes.includes(null) ? [{ value: NONE, label: '없음' }] : []),
      ...suffixes.filter((s): s is string => s !== null).sort().map((s) => ({ value: s, label: `-${s}` })),
    ];
    if (suffixChoices.length === 0) suffixChoices.push({ value: NONE, label: '없음' });
    setOptions(suffix, suffixChoices, keepSuffix);
    if (!suffixChoices.some((c) => c.value === keepSuffix)) suffix.value = suffixChoices[0]?.value ?? NONE;
  };

  const update = (): void => {
    const data = new FormData(form);
    const processorValue = String(data.get('processor') ?? NONE);
    const processor: Processor | null = processorValue === 'amd' || processorValue === 'graviton' || processorValue === 'intel' ? processorValue : null;
    const built = buildInstanceTypeName({
      series: series.value,
      generation: generation.value === NONE ? null : Number(generation.value),
      processor,
      options: data.getAll('option').map(String),
      suffix: suffix.value === NONE ? null : suffix.value,
      size: size.value,
    });
    let status: string;
    let tone: 'ok' | 'warn';
    let alternatives: string[] = [];
    if (built.known) {
      status = 'AWS가 판매하는 유형입니다.';
      tone = 'ok';
    } else if (built.familyKnown) {
      status = `${built.family} 패밀리는 있지만 ${size.value} 크기는 없습니다. 있는 크기:`;
      tone = 'warn';
      alternatives = familySizes(built.family).map((s) => `${built.family}.${s}`);
    } else {
      status = '이름 규칙에는 맞지만 AWS가 판매하지 않는 조합입니다. 가까운 실제 이름:';
      tone = 'warn';
      alternatives = closestInstanceTypes(built.name, 4);
    }
    const children: Node[] = [
      h('span', { class: 'itd-built-name' }, built.name),
      h('span', { class: `itd-badge itd-badge--${tone}` }, tone === 'ok' ? '✓ 판매 중' : '! 목록에 없음'),
      h('span', { class: 'itd-built-status' }, status),
    ];
    if (alternatives.length > 0) children.push(h('span', { class: 'itd-built-alternatives' }, alternatives.join(', ')));
    output.replaceChildren(...children);
    output.dataset['name'] = built.name;
  };

  series.addEventListener('change', () => {
    refreshChoices('__latest__', NONE);
    update();
  });
  generation.addEventListener('change', () => {
    refreshChoices(generation.value, suffix.value);
    update();
  });
  form.addEventListener('change', (event) => {
    if (event.target !== series && event.target !== generation) update();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const name = output.dataset['name'];
    if (name) onDecode(name);
  });

  refreshChoices(generation.dataset['initial'] ?? '__latest__', NONE);
  for (const el of form.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>('input, select, button')) el.disabled = false;
  update();

  return {
    startFrom(parts) {
      if (![...series.options].some((o) => o.value === parts.series)) return;
      series.value = parts.series;
      refreshChoices(parts.generation === null ? NONE : String(parts.generation), parts.suffix ?? NONE);
      for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="processor"]')) {
        radio.checked = radio.value === (parts.processor ?? NONE);
      }
      for (const box of form.querySelectorAll<HTMLInputElement>('input[name="option"]')) box.checked = parts.options.includes(box.value);
      if ([...size.options].some((o) => o.value === parts.size)) size.value = parts.size;
      update();
    },
  };
}
