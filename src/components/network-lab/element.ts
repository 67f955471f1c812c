// <network-lab>: wires the server-rendered markup to the lab's pure reducer (lib/network/lab.ts). All state
// lives in one LabState; every event becomes a command, and render() redraws the views from the state.
import {
  ATTEMPTS,
  HOPS,
  LAUNCH_PARAMETERS,
  MISSIONS,
  WEB_GROUP_ID,
  attemptById,
  describeNetwork,
  diagramShapes,
  focusSubnet,
  initialLabState,
  portText,
  publicAddress,
  reduceLab,
  ruleTypeFor,
  type AttemptId,
  type Direction,
  type LabCommand,
  type LabState,
  type LaunchDraft,
  type NaclRule,
  type SgRule,
  type SourceType,
} from '../../lib/network/index.ts';
import { h } from '../dom.ts';
import { drawShapes } from './svg.ts';

const STATUS_TEXT = { pass: '통과', skip: '해당 없음', stop: '여기서 멈춤', 'not-reached': '도달 안 함' } as const;

function isAttempt(value: string | undefined): value is AttemptId {
  return ATTEMPTS.some((a) => a.id === value);
}

export class NetworkLabElement extends HTMLElement {
  private state: LabState = initialLabState();

  connectedCallback(): void {
    if (this.dataset['ready'] === 'true') return;
    this.dataset['ready'] = 'true';

    const launchForm = this.el<HTMLFormElement>('launch-form');
    launchForm.addEventListener('submit', (event) => {
      event.preventDefault();
      this.dispatch({ type: 'launch' });
      if (this.state.problems.length > 0) this.querySelector<HTMLElement>('.is-problem select, .is-problem input')?.focus();
    });
    launchForm.addEventListener('input', () => this.dispatch({ type: 'edit', patch: this.readDraft() }));
    launchForm.addEventListener('change', () => this.dispatch({ type: 'edit', patch: this.readDraft() }));
    this.el('reset').addEventListener('click', () => {
      this.dispatch({ type: 'reset' });
      this.writeDraft(this.state.draft);
    });
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-command]')) {
      const command = button.dataset['command'];
      button.addEventListener('click', () => {
        if (command === 'stop' || command === 'start' || command === 'terminate' || command === 'associate-eip' || command === 'disassociate-eip') {
          this.dispatch({ type: command });
        }
      });
    }
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-attempt]')) {
      button.addEventListener('click', () => {
        const attempt = button.dataset['attempt'];
        if (isAttempt(attempt)) this.dispatch({ type: 'try', attempt });
      });
    }
    this.el<HTMLFormElement>('sg-form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.dispatch(this.readSgRule(event.currentTarget as HTMLFormElement));
    });
    this.el<HTMLFormElement>('nacl-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const data = new FormData(event.currentTarget as HTMLFormElement);
      const text = (name: string) => String(data.get(name) ?? '');
      const direction: Direction = text('direction') === 'outbound' ? 'outbound' : 'inbound';
      this.dispatch({ type: 'add-nacl-rule', direction, input: { ruleNumber: text('ruleNumber'), protocol: text('protocol'), port: text('port'), cidr: text('cidr'), action: text('action') } });
    });
    this.el<HTMLInputElement>('nacl-custom').addEventListener('change', (event) => {
      this.dispatch({ type: 'set-custom-acl', custom: (event.currentTarget as HTMLInputElement).checked });
    });

    // Rendered disabled for no-JS; enable now.
    for (const el of this.querySelectorAll<HTMLButtonElement | HTMLFieldSetElement | HTMLInputElement>('fieldset:disabled, button:disabled, input[data-role="nacl-custom"]')) {
      el.disabled = false;
    }
    this.writeDraft(this.state.draft);
    this.render();
  }

  // --- elements ---------------------------------------------------------------------------------------------

  private el<T extends Element = HTMLElement>(name: string): T {
    const el = this.querySelector<T>(`[data-role="${name}"]`);
    if (!el) throw new Error(`network-lab: missing [data-role="${name}"]`);
    return el;
  }

  // --- reading the forms ------------------------------------------------------------------------------------

  private readDraft(): Partial<LaunchDraft> {
    const form = this.el<HTMLFormElement>('launch-form');
    const value = (name: string) => {
      const field = form.elements.namedItem(name);
      return field instanceof HTMLInputElement || field instanceof HTMLSelectElement || field instanceof HTMLTextAreaElement ? field.value : '';
    };
    const groups = [...form.querySelectorAll<HTMLInputElement>('input[name="securityGroupIds"]:checked')].map((i) => i.value);
    const size = value('rootVolumeGiB').trim();
    const patch: Partial<LaunchDraft> = {
      name: value('name'),
      amiId: value('amiId'),
      instanceType: value('instanceType'),
      keyPair: value('keyPair'),
      subnetId: value('subnetId'),
      securityGroupIds: groups,
      rootVolumeGiB: size === '' ? Number.NaN : Number(size),
      volumeType: value('volumeType'),
      iamInstanceProfile: value('iamInstanceProfile'),
      userData: value('userData'),
    };
    // A new subnet brings its own Auto-assign default (the reducer sets it); otherwise keep the learner's choice.
    if (patch.subnetId === this.state.draft.subnetId) patch.autoAssignPublicIp = value('autoAssignPublicIp') === 'enable';
    return patch;
  }

  private writeDraft(draft: LaunchDraft): void {
    const form = this.el<HTMLFormElement>('launch-form');
    const set = (name: string, value: string) => {
      const field = form.elements.namedItem(name);
      if ((field instanceof HTMLInputElement || field instanceof HTMLSelectElement || field instanceof HTMLTextAreaElement) && field.value !== value) field.value = value;
    };
    set('name', draft.name);
    set('amiId', draft.amiId);
    set('instanceType', draft.instanceType);
    set('keyPair', draft.keyPair);
    set('subnetId', draft.subnetId);
    set('autoAssignPublicIp', draft.autoAssignPublicIp ? 'enable' : 'disable');
    set('rootVolumeGiB', Number.isFinite(draft.rootVolumeGiB) ? String(draft.rootVolumeGiB) : '');
    set('volumeType', draft.volumeType);
    set('iamInstanceProfile', draft.iamInstanceProfile);
    set('userData', draft.userData);
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="securityGroupIds"]')) box.checked = draft.securityGroupIds.includes(box.value);
  }

  private readSgRule(form: HTMLFormElement): LabCommand {
    const data = new FormData(form);
    const source = String(data.get('source') ?? 'my-ip');
    const sourceType: SourceType = source.startsWith('sg:') ? 'security-group' : source === 'anywhere' ? 'anywhere' : source === 'custom' ? 'custom' : 'my-ip';
    return {
      type: 'add-sg-rule',
      input: { type: String(data.get('type') ?? ''), port: String(data.get('port') ?? ''), sourceType, cidr: String(data.get('cidr') ?? ''), groupId: source.startsWith('sg:') ? source.slice(3) : '' },
    };
  }

  // --- state ------------------------------------------------------------------------------------------------

  private dispatch(command: LabCommand): void {
    const before = this.state;
    this.state = reduceLab(this.state, command);
    if (this.state !== before) this.render(before);
    if (command.type === 'edit') this.writeDraft(this.state.draft);
  }

  // --- views ------------------------------------------------------------------------------------------------

  private render(previous: LabState | null = null): void {
    this.renderLaunch();
    this.renderDiagram();
    this.renderInstance(previous);
    this.renderAttempt();
    this.renderSecurityGroup();
    this.renderNacl();
    this.renderMissions();
    const message = this.el('message');
    const m = this.state.message;
    if (previous === null || m !== previous.message) {
      message.textContent = m?.text ?? '';
      message.className = `nl-message${m ? ` is-${m.tone}` : ''}`;
    }
  }

  private renderLaunch(): void {
    const launched = this.state.network.instance !== null;
    this.el<HTMLFieldSetElement>('launch-fields').disabled = launched;
    this.el<HTMLButtonElement>('launch').disabled = launched;
    this.el('locked').hidden = !launched;
    const problems = this.state.problems;
    this.el('problems').replaceChildren(
      ...problems.map((p) => {
        const info = LAUNCH_PARAMETERS.find((x) => x.id === p.parameter);
        return h('li', {}, h('strong', {}, `${info?.label ?? p.parameter}: `), p.message);
      }),
    );
    for (const box of this.querySelectorAll<HTMLElement>('[data-param]')) {
      box.classList.toggle('is-problem', problems.some((p) => p.parameter === box.dataset['param']));
    }
  }

  private renderDiagram(): void {
    const { network, draft, lastAttempt } = this.state;
    const stoppedAt = lastAttempt !== null && !lastAttempt.result.reached ? lastAttempt.result.stoppedAt : null;
    drawShapes(this.el<SVGGElement>('shapes'), diagramShapes(network, draft), stoppedAt);
    const lines = describeNetwork(network, draft);
    if (stoppedAt !== null) lines.push(`마지막 접속 시도는 ${HOPS[stoppedAt].label} 단계에서 멈췄습니다.`);
    this.el('diagram-desc').textContent = lines.join(' ');
    this.el('describe').replaceChildren(...lines.map((line) => h('li', {}, line)));
  }

  private renderInstance(previous: LabState | null): void {
    const instance = this.state.network.instance;
    const subnet = instance ? this.state.network.vpc.subnets.find((s) => s.id === instance.subnetId) : undefined;
    this.el('instance-id').textContent = instance ? `${instance.id} · ${instance.name}` : '';
    const values: Record<string, string> = {
      state: instance?.state ?? '—',
      publicIp: instance ? (publicAddress(instance) ?? '없음') : '—',
      privateIp: instance?.privateIp ?? '—',
      elasticIp: instance ? (instance.elasticIp ?? '없음') : '—',
      subnet: subnet ? `${subnet.name} (${subnet.kind === 'public' ? '퍼블릭' : '프라이빗'})` : '—',
    };
    for (const [key, text] of Object.entries(values)) {
      const dd = this.querySelector<HTMLElement>(`[data-value="${key}"]`);
      if (!dd) continue;
      const changed = previous !== null && dd.textContent !== text && dd.textContent !== '—' && text !== '—';
      dd.textContent = text;
      dd.classList.toggle('is-changed', changed);
    }
    const can: Record<string, boolean> = {
      stop: instance?.state === 'running',
      start: instance?.state === 'stopped',
      'associate-eip': instance !== null && instance.elasticIp === null,
      'disassociate-eip': instance !== null && instance.elasticIp !== null,
      terminate: instance !== null,
    };
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-command]')) {
      const ok = can[button.dataset['command'] ?? ''] ?? false;
      // Kept focusable so the keyboard never loses its place; the reducer explains a refusal.
      button.setAttribute('aria-disabled', String(!ok));
    }
  }

  private renderAttempt(): void {
    const last = this.state.lastAttempt;
    const box = this.el('result');
    box.classList.toggle('is-reached', last?.result.reached === true);
    box.classList.toggle('is-stopped', last !== null && !last.result.reached);
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-attempt]')) {
      button.setAttribute('aria-current', String(last?.attempt === button.dataset['attempt']));
    }
    const title = this.el('result-title');
    if (last === null) {
      title.textContent = '위 버튼을 누르면 패킷이 지나는 단계와 멈춘 곳이 여기에 나옵니다.';
    } else {
      const label = attemptById(last.attempt)?.label ?? '';
      title.textContent = last.result.reached ? `${label}: 연결됨` : `${label}: ${HOPS[last.result.stoppedAt].label}에서 멈춤`;
    }
    for (const item of this.querySelectorAll<HTMLElement>('li[data-hop]')) {
      const hop = last?.result.hops.find((x) => x.hop === item.dataset['hop']);
      item.className = `nl-hop is-${hop?.status ?? 'idle'}`;
      if (hop?.status === 'stop') item.setAttribute('aria-current', 'step');
      else item.removeAttribute('aria-current');
      const status = item.querySelector<HTMLElement>('[data-role="hop-status"]');
      const reason = item.querySelector<HTMLElement>('[data-role="hop-reason"]');
      if (status) status.textContent = hop ? STATUS_TEXT[hop.status] : '';
      if (reason) reason.textContent = hop && hop.status !== 'not-reached' ? hop.reason : '';
    }
  }

  private sourceText(rule: SgRule): string {
    if (rule.peer.kind === 'cidr') return rule.peer.cidr;
    const groupId = rule.peer.groupId;
    const group = this.state.network.securityGroups.find((g) => g.id === groupId);
    return group && group.id !== WEB_GROUP_ID ? `${groupId} (${group.name})` : groupId;
  }

  private renderSecurityGroup(): void {
    const group = this.state.network.securityGroups.find((g) => g.editable);
    const body = this.el('sg-inbound');
    const rules = group?.inbound ?? [];
    if (rules.length === 0) {
      body.replaceChildren(h('tr', {}, h('td', { colspan: '5', class: 'muted nl-wrap' }, '규칙이 없습니다. 들어오는 트래픽은 모두 막힙니다.')));
      return;
    }
    body.replaceChildren(
      ...rules.map((rule) => {
        const type = ruleTypeFor(rule.protocol, rule.fromPort, rule.toPort);
        const remove = h('button', { type: 'button', class: 'nl-remove', 'aria-label': `규칙 삭제: ${type} ${portText(rule.protocol, rule.fromPort, rule.toPort)}, Source ${this.sourceText(rule)}` }, '삭제');
        remove.addEventListener('click', () => {
          this.dispatch({ type: 'remove-sg-rule', ruleId: rule.id });
          this.querySelector<HTMLElement>('[data-role="sg-add"]')?.focus();
        });
        return h(
          'tr',
          {},
          h('td', {}, type),
          h('td', {}, rule.protocol === 'all' ? 'All' : rule.protocol.toUpperCase()),
          h('td', {}, portText(rule.protocol, rule.fromPort, rule.toPort)),
          h('td', {}, this.sourceText(rule)),
          h('td', {}, remove),
        );
      }),
    );
  }

  private naclRows(direction: Direction, rules: readonly NaclRule[], editable: boolean): HTMLTableRowElement[] {
    const rows = rules.map((rule) => {
      const type = rule.protocol === 'all' ? 'All traffic' : 'Custom TCP';
      const cells = [String(rule.ruleNumber), type, portText(rule.protocol, rule.fromPort, rule.toPort), rule.cidr, rule.action === 'allow' ? 'Allow' : 'Deny'];
      let action: Node | string = '';
      if (editable) {
        const remove = h('button', { type: 'button', class: 'nl-remove', 'aria-label': `${rule.ruleNumber}번 규칙 삭제` }, '삭제');
        remove.addEventListener('click', () => {
          this.dispatch({ type: 'remove-nacl-rule', direction, ruleNumber: rule.ruleNumber });
          this.querySelector<HTMLElement>('[data-role="nacl-form"] button[type="submit"]')?.focus();
        });
        action = remove;
      }
      return h('tr', {}, ...cells.map((c) => h('td', {}, c)), h('td', {}, action));
    });
    rows.push(h('tr', { class: 'muted' }, h('td', {}, '*'), h('td', {}, 'All traffic'), h('td', {}, 'All'), h('td', {}, '0.0.0.0/0'), h('td', {}, 'Deny'), h('td', {}, '')));
    return rows;
  }

  private renderNacl(): void {
    const subnet = focusSubnet(this.state);
    this.el('nacl-subnet').textContent = subnet ? `${subnet.name} (${subnet.cidr})` : '서브넷을 고르세요';
    const acl = subnet?.networkAcl;
    const toggle = this.el<HTMLInputElement>('nacl-custom');
    toggle.checked = acl !== undefined && !acl.isDefault;
    toggle.disabled = subnet === undefined;
    this.el<HTMLFieldSetElement>('nacl-fields').disabled = acl === undefined || acl.isDefault;
    const editable = acl !== undefined && !acl.isDefault;
    for (const direction of ['inbound', 'outbound'] as const) {
      const body = this.el(`nacl-${direction}`);
      if (acl === undefined) body.replaceChildren(h('tr', {}, h('td', { colspan: '6', class: 'muted nl-wrap' }, 'Network settings에서 서브넷을 고르면 그 서브넷의 규칙이 나옵니다.')));
      else body.replaceChildren(...this.naclRows(direction, acl[direction], editable));
    }
  }

  private renderMissions(): void {
    const done = new Set(this.state.completed);
    for (const item of this.querySelectorAll<HTMLElement>('[data-mission]')) {
      const ok = done.has(item.dataset['mission'] ?? '');
      item.classList.toggle('is-done', ok);
      const mark = item.querySelector('[data-role="mark"]');
      const status = item.querySelector('[data-role="status"]');
      if (mark) mark.textContent = ok ? '●' : '○';
      if (status) status.textContent = ok ? '완료' : '미완료';
    }
    this.el('score').textContent = `${done.size} / ${MISSIONS.length}`;
  }
}

export function defineNetworkLab(): void {
  if (!customElements.get('network-lab')) customElements.define('network-lab', NetworkLabElement);
}
