// Renders a decode result into the decoder's output area.
import {
  closestInstanceTypes,
  decodeInstanceType,
  explainInstanceType,
  familySizes,
  INSTANCE_TYPES_SOURCE,
  isKnownFamily,
  lessonHref,
  otherSizes,
  similarInstanceTypes,
  type DecodeResult,
  type Explanation,
  type Segment,
  type TypingHint,
} from '../../lib/instance-type/index.ts';
import { h, heading } from '../dom.ts';

export interface RenderOptions {
  idPrefix: string;
  headingLevel: number;
  /** A still-typed name: a real family (or the start of some) without its size yet. */
  typing?: TypingHint | null;
  /** The input was typed with the Korean layout; this is what the same keys spell in English. */
  keyboard?: { typed: string; corrected: string } | null;
}

function keyboardNotice(keyboard: { typed: string; corrected: string }): HTMLElement {
  return h(
    'div',
    { class: 'itd-notice itd-keyboard', role: 'note' },
    h('p', {}, `한/영 키가 한글로 되어 있었던 것 같습니다. 입력한 “${keyboard.typed}”의 글쇠를 영문 자판으로 읽으면 `, h('strong', { class: 'itd-mono' }, keyboard.corrected), '입니다. 아래는 이 이름을 푼 것입니다.'),
    h('button', { type: 'button', class: 'itd-chip', 'data-name': keyboard.corrected }, `입력 바로잡기: ${keyboard.corrected}`),
  );
}

/** A family typed without its size: explained as a family, with its real sizes, and no error. */
function typingPanel(hint: TypingHint, level: number): Node[] {
  if (hint.kind === 'family') {
    const all = familySizes(hint.family);
    const lead = hint.sizePrefix === ''
      ? `${hint.family} 패밀리입니다. 점(.) 뒤에 크기를 붙이면 이름이 됩니다.`
      : `${hint.family} 패밀리의 크기를 입력하는 중입니다(앞부분 “${hint.sizePrefix}”까지).`;
    const decoded = decodeInstanceType(`${hint.family}.${all[0] ?? 'large'}`);
    const nodes: Node[] = [h('div', { class: 'itd-typing', role: 'note' }, h('p', { class: 'itd-typing-title' }, lead), decoded.ok ? h('p', {}, familySentence(decoded.value)) : null)];
    nodes.push(
      heading(level, { class: 'itd-h' }, `${hint.family}의 실제 크기 (${hint.sizes.length === all.length ? `${all.length}개` : `${all.length}개 중 ${hint.sizes.length}개`})`),
      chipList(hint.sizes.map((size) => `${hint.family}.${size}`), null, `${hint.family}의 크기`),
    );
    return nodes;
  }
  return [
    h('div', { class: 'itd-typing', role: 'note' }, h('p', { class: 'itd-typing-title' }, `이름 앞부분이 ${hint.prefix}인 실제 패밀리가 ${hint.families.length}개 있습니다. 이어서 입력하거나 하나를 고르세요.`)),
    heading(level, { class: 'itd-h' }, `앞부분이 ${hint.prefix}인 패밀리`),
    chipList(hint.families.map((family) => `${family}.${familySizes(family)[0] ?? 'large'}`), null, `앞부분이 ${hint.prefix}인 패밀리`),
  ];
}

/** "시리즈 m(범용) · 5세대 · d 인스턴스 스토어 볼륨" from the parts of any name in the family. */
function familySentence(parts: Parameters<typeof explainInstanceType>[0]): string {
  const explanation = explainInstanceType(parts);
  const pieces = explanation.segments
    .filter((s) => s.role !== 'separator' && s.role !== 'size')
    .map((s) => `${s.title} ${s.text}: ${s.label}`);
  return `${pieces.join(' · ')} (범주: ${explanation.category.label})`;
}

function chipList(names: readonly string[], current: string | null, label: string): HTMLElement {
  return h(
    'ul',
    { class: 'itd-chips', 'aria-label': label },
    ...names.map((name) =>
      h('li', {}, h('button', { type: 'button', class: 'itd-chip', 'data-name': name, 'aria-current': name === current ? 'true' : null }, name)),
    ),
  );
}

function segmentBadge(segment: Segment): HTMLElement {
  return h('span', { class: `itd-seg itd-seg--${segment.role}${segment.defined ? '' : ' itd-seg--undefined'}` }, segment.text);
}

function nameDisplay(explanation: Explanation): HTMLElement {
  // Visual only: the list below says the same in words.
  return h(
    'p',
    { class: 'itd-name', 'aria-hidden': 'true' },
    ...explanation.segments.map((s) =>
      s.role === 'separator' ? h('span', { class: 'itd-sep' }, s.text) : segmentBadge(s),
    ),
  );
}

function badges(explanation: Explanation): HTMLElement {
  const { parts } = explanation;
  const list = h('ul', { class: 'itd-badges', 'aria-label': '상태' });
  if (parts.known) list.append(h('li', { class: 'itd-badge itd-badge--ok' }, '✓ AWS가 판매하는 유형'));
  else list.append(h('li', { class: 'itd-badge itd-badge--warn' }, '! AWS 목록에 없는 이름'));
  if (explanation.retired) list.append(h('li', { class: 'itd-badge itd-badge--muted' }, '퇴역: 현재 문서에 없음'));
  else if (parts.previousGeneration) list.append(h('li', { class: 'itd-badge itd-badge--muted' }, '이전 세대'));
  list.append(h('li', { class: 'itd-badge' }, `패밀리 ${parts.family}`));
  return list;
}

function partsList(explanation: Explanation): HTMLElement {
  return h(
    'ol',
    { class: 'itd-parts' },
    ...explanation.segments
      .filter((s) => s.role !== 'separator')
      .map((s) =>
        h(
          'li',
          { class: 'itd-part' },
          segmentBadge(s),
          h(
            'div',
            { class: 'itd-part-body' },
            h('p', { class: 'itd-part-title' }, h('span', { class: 'itd-part-kind' }, s.title), ' ', h('strong', {}, s.label)),
            s.note ? h('p', { class: 'itd-part-note' }, s.note) : null,
            !s.defined ? h('p', { class: 'itd-part-flag' }, 'AWS가 뜻을 밝히지 않은 부분이라, 짐작한 뜻을 붙이지 않았습니다.') : null,
          ),
        ),
      ),
  );
}

export function liveSummary(result: DecodeResult, typing: TypingHint | null = null): string {
  if (!result.ok && typing?.kind === 'family') return `${typing.family} 패밀리. 크기 ${typing.sizes.length}개: ${typing.sizes.slice(0, 6).join(', ')}${typing.sizes.length > 6 ? ' …' : ''}`;
  if (!result.ok && typing?.kind === 'family-prefix') return `앞부분이 ${typing.prefix}인 패밀리 ${typing.families.length}개.`;
  if (!result.ok) return `해독할 수 없습니다. ${result.error.message}`;
  const explanation = explainInstanceType(result.value);
  const pieces = explanation.segments
    .filter((s) => s.role !== 'separator')
    .map((s) => `${s.title} ${s.text}: ${s.label}`);
  const status = result.value.known ? 'AWS가 판매하는 유형입니다.' : 'AWS 목록에 없는 이름입니다.';
  return `${result.value.name}, ${explanation.category.label}. ${pieces.join(', ')}. ${status}`;
}

export function renderResult(target: HTMLElement, input: string, result: DecodeResult, options: RenderOptions): void {
  const level = options.headingLevel;
  const nodes: Node[] = [];
  if (options.keyboard) nodes.push(keyboardNotice(options.keyboard));
  if (!result.ok && options.typing) {
    nodes.push(...typingPanel(options.typing, level));
    target.replaceChildren(...nodes);
    return;
  }
  if (!result.ok) {
    if (result.error.code === 'empty') {
      nodes.push(h('p', { class: 'itd-empty' }, '위 칸에 인스턴스 유형 이름을 입력하거나 예시를 고르세요.'));
    } else {
      const suggestions = closestInstanceTypes(input);
      nodes.push(
        h(
          'div',
          { class: 'itd-error', id: `${options.idPrefix}-error` },
          h('p', { class: 'itd-error-title' }, '해독할 수 없는 이름입니다'),
          h('p', {}, result.error.message),
        ),
      );
      if (suggestions.length > 0) {
        nodes.push(heading(level, { class: 'itd-h' }, '혹시 이 이름인가요?'), chipList(suggestions, null, '가장 가까운 실제 이름'));
      }
    }
    target.replaceChildren(...nodes);
    return;
  }
  const explanation = explainInstanceType(result.value);
  const { parts, category } = explanation;
  nodes.push(nameDisplay(explanation), badges(explanation));

  if (!parts.known) {
    const familyExists = isKnownFamily(parts.family);
    const text = familyExists
      ? `${parts.family} 패밀리는 있지만 ${parts.size} 크기는 AWS 목록에 없습니다. 이름 규칙에는 맞으니 아래 설명은 규칙대로 읽은 것입니다.`
      : `이름 규칙에는 맞지만 AWS가 판매하는 유형이 아닙니다(${INSTANCE_TYPES_SOURCE.package} ${INSTANCE_TYPES_SOURCE.version}의 목록 기준). 아래 설명은 규칙대로 읽은 것입니다.`;
    const suggestions = closestInstanceTypes(parts.name);
    nodes.push(
      h(
        'div',
        { class: 'itd-notice' },
        h('p', {}, text),
        suggestions.length > 0 ? h('p', { class: 'itd-notice-label' }, '가장 가까운 실제 이름:') : null,
        suggestions.length > 0 ? chipList(suggestions, null, '가장 가까운 실제 이름') : null,
      ),
    );
  }

  nodes.push(heading(level, { class: 'itd-h' }, '부분별 뜻'), partsList(explanation));

  nodes.push(
    h(
      'section',
      { class: 'itd-category', 'data-category': category.id, 'aria-label': `범주: ${category.label}` },
      h('p', { class: 'itd-category-title' }, h('span', { class: 'itd-part-kind' }, '범주'), ' ', h('strong', {}, category.label), h('span', { class: 'itd-english', lang: 'en' }, ` ${category.english}`)),
      h('p', { class: 'itd-category-summary' }, category.summary),
      h('p', { class: 'itd-links' },
        h('a', { href: category.href }, `레슨: ${category.label} 읽기`),
        h('a', { href: lessonHref('sizes') }, '레슨: 인스턴스 크기 읽기'),
      ),
    ),
  );

  const sizes = otherSizes(parts);
  if (sizes.length > 0) {
    nodes.push(heading(level, { class: 'itd-h' }, `같은 패밀리의 다른 크기 (${parts.family}, ${familySizes(parts.family).length}개)`), chipList(sizes, parts.name, `${parts.family}의 크기`));
  }
  const similar = similarInstanceTypes(parts);
  if (similar.length > 0) {
    nodes.push(heading(level, { class: 'itd-h' }, '비슷한 유형 (같은 시리즈·세대, 다른 옵션)'), chipList(similar, null, '비슷한 유형'));
  }
  target.replaceChildren(...nodes);
}
