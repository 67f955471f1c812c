// The group at a glance: the figures, instances by Availability Zone, and the load balancer's targets.
import { isWarm, type SimInstance, type SimState } from '../../lib/scaling/index.ts';
import { fmt, h, q, setText } from './dom.ts';

const TARGET_KO: Record<SimInstance['target'], string> = {
  unused: '미등록',
  initial: 'initial (확인 중)',
  healthy: 'healthy',
  unhealthy: 'unhealthy',
  draining: 'draining',
};

export function renderStats(root: ParentNode, s: SimState): void {
  let inService = 0;
  let healthy = 0;
  let pending = 0;
  for (const i of s.instances) {
    if (i.lifecycle === 'InService') inService++;
    if (i.lifecycle === 'Pending') pending++;
    if (i.target === 'healthy') healthy++;
  }
  const set = (key: string, v: string): void => setText(q(root, `[data-stat="${key}"]`), v);
  set('rps', `${fmt.int(s.current.rps)}/s`);
  set('cpu', fmt.pct(s.current.cpu));
  set('desired', String(s.desired));
  set('limits', `최소 ${s.min} · 최대 ${s.max}`);
  set('inService', pending > 0 ? `${inService} (+${pending} Pending)` : String(inService));
  set('healthy', String(healthy));
  set('latency', fmt.ms(s.current.responseMs));
  set('errors', `${(s.current.errorRate * 100).toFixed(1)} %`);
  set('cost', fmt.usd(s.series.at(-1)?.cost ?? 0));
}

/** Instance buttons by zone, kept across renders (so focus and selection survive). */
export class FleetView {
  readonly #root: HTMLElement;
  readonly #nodes = new Map<string, { li: HTMLLIElement; btn: HTMLButtonElement }>();

  constructor(root: HTMLElement) {
    this.#root = root;
  }

  build(s: SimState): void {
    const fleet = q<HTMLElement>(this.#root, '[data-fleet]');
    if (!fleet) return;
    const level = Number(this.#root.querySelector('.sl-zone-h')?.tagName.slice(1) ?? '4') || 4;
    fleet.replaceChildren();
    this.#nodes.clear();
    for (const z of s.config.zones) {
      const sec = h('section', 'sl-zone');
      sec.dataset['zone'] = z;
      sec.setAttribute('aria-label', `가용 영역 ${z}`);
      const head = h(`h${Math.min(6, level)}` as 'h4', 'sl-zone-h', z);
      const badge = h('span', 'sl-badge', '장애');
      badge.dataset['zoneBadge'] = '';
      badge.hidden = true;
      head.append(' ', badge);
      const ul = h('ul', 'sl-instances');
      ul.dataset['instances'] = '';
      sec.append(head, ul);
      fleet.append(sec);
    }
    const zoneSelect = q<HTMLSelectElement>(this.#root, '[data-fault-zone]');
    zoneSelect?.replaceChildren(
      ...s.config.zones.map((z) => {
        const o = h('option', undefined, z);
        o.value = z;
        return o;
      }),
    );
  }

  render(s: SimState, selected: string | null): void {
    const seen = new Set<string>();
    for (const sec of this.#root.querySelectorAll<HTMLElement>('.sl-zone')) {
      const down = s.zonesDown.includes(sec.dataset['zone'] ?? '');
      sec.classList.toggle('down', down);
      const badge = q<HTMLElement>(sec, '[data-zone-badge]');
      if (badge) badge.hidden = !down;
    }
    for (const inst of s.instances) {
      seen.add(inst.id);
      let node = this.#nodes.get(inst.id);
      if (!node) {
        const ul = q<HTMLUListElement>(this.#root, `.sl-zone[data-zone="${inst.zone}"] [data-instances]`);
        if (!ul) continue;
        const li = h('li');
        const btn = h('button', 'sl-inst');
        btn.type = 'button';
        btn.dataset['instance'] = inst.id;
        btn.append(h('span', 'id'), h('span', 'st'), h('span', 'cpu'), h('span', 'sl-bar'));
        btn.lastElementChild?.append(h('span'));
        li.append(btn);
        ul.append(li);
        node = { li, btn };
        this.#nodes.set(inst.id, node);
      }
      paintInstance(node.btn, inst, s, selected);
    }
    for (const [id, node] of this.#nodes) {
      if (seen.has(id)) continue;
      const hadFocus = node.btn === document.activeElement;
      node.li.remove();
      this.#nodes.delete(id);
      if (hadFocus) q<HTMLButtonElement>(this.#root, '[data-fault="kill"]')?.focus();
    }
    const shown = selected !== null && seen.has(selected) ? selected : null;
    setText(q(this.#root, '[data-selected]'), shown ? `선택한 인스턴스: ${shown}` : '선택한 인스턴스 없음 (장애는 임의의 서비스 중 인스턴스에 적용)');
  }
}

function paintInstance(btn: HTMLButtonElement, inst: SimInstance, s: SimState, selected: string | null): void {
  const warming = inst.lifecycle === 'InService' && !isWarm(s, inst);
  const state = inst.lifecycle === 'Pending' ? 'pending' : inst.lifecycle === 'Terminating' ? 'terminating' : warming ? 'warming' : 'inservice';
  const cls = `sl-inst ${state}${inst.health === 'Unhealthy' || inst.target === 'unhealthy' || inst.ec2State !== 'running' ? ' unhealthy' : ''}`;
  if (btn.className !== cls) btn.className = cls;
  btn.setAttribute('aria-pressed', String(selected === inst.id));
  const [idEl, stEl, cpuEl, barEl] = [...btn.children] as HTMLElement[];
  const life = inst.lifecycle + (warming ? ' · 워밍업' : '');
  const ec2 = inst.ec2State !== 'running' ? ' · EC2 종료됨' : s.zonesDown.includes(inst.zone) ? ' · 상태 검사 손상' : inst.appFault ? ' · 앱 고장' : '';
  setText(idEl ?? null, inst.id);
  setText(stEl ?? null, `${life} · ${inst.health}${ec2}`);
  setText(cpuEl ?? null, `CPU ${Math.round(inst.cpu)} % · 대상 ${TARGET_KO[inst.target]}`);
  if (barEl) {
    barEl.classList.toggle('hot', inst.cpu >= 90);
    const fill = barEl.firstElementChild as HTMLElement | null;
    if (fill) fill.style.inlineSize = `${Math.min(100, inst.cpu)}%`;
  }
}

export function renderTargets(root: ParentNode, s: SimState): void {
  const body = q<HTMLElement>(root, '[data-targets]');
  if (!body) return;
  const rows = s.instances.filter((i) => i.target !== 'unused');
  const key = rows.map((i) => `${i.id}:${i.target}:${Math.round(i.rps)}`).join('|');
  if (body.dataset['key'] === key) return;
  body.dataset['key'] = key;
  if (rows.length === 0) {
    const tr = h('tr');
    const td = h('td', undefined, '등록된 대상이 없습니다. 요청은 모두 503 오류가 됩니다.');
    td.colSpan = 4;
    tr.append(td);
    body.replaceChildren(tr);
    return;
  }
  body.replaceChildren(
    ...rows.map((i) => {
      const tr = h('tr');
      tr.append(h('td', undefined, i.id), h('td', undefined, i.zone.slice(-2)), h('td', `t-${i.target}`, TARGET_KO[i.target]), h('td', undefined, fmt.int(i.rps)));
      return tr;
    }),
  );
}
