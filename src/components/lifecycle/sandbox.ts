// <lifecycle-sandbox>: wires the server-rendered markup to the lifecycle model. All state lives in a
// lib Session; this file reads the form, calls the reducers and writes text (never HTML) back.
import {
  ACTIONS,
  ACTION_ORDER,
  DEFAULT_CONFIG,
  MISSIONS,
  STATES,
  act,
  advance,
  billedSeconds,
  check,
  configProblems,
  createSession,
  describeField,
  formatClock,
  isTransitional,
  launchSession,
  lessonHref,
  loadCompletedMissions,
  missionStatus,
  saveCompletedMissions,
  otherCharges,
  settleSession,
  usedSeconds,
  type Effect,
  type EffectField,
  type InstanceConfig,
  type LifecycleAction,
  type LogEntry,
  type MissionStore,
  type Session,
} from '../../lib/lifecycle/index.ts';
import { withJosa } from '../../lib/korean.ts';

/** Real milliseconds before a transitional state settles by itself. */
const AUTO_SETTLE_MS = 1600;

const FIELD_LABELS: Record<EffectField, string> = {
  state: '상태',
  billing: '요금',
  publicIp: '퍼블릭 IPv4',
  privateIp: '프라이빗 IPv4',
  elasticIp: '탄력적 IP',
  instanceStore: '인스턴스 스토어',
  ram: 'RAM',
  rootVolume: '루트 볼륨',
  host: '호스트',
};

const PANEL_FIELDS: readonly EffectField[] = [
  'state',
  'billing',
  'publicIp',
  'privateIp',
  'elasticIp',
  'instanceStore',
  'ram',
  'rootVolume',
  'host',
];

/** The compact strip beside the actions. */
const STRIP_FIELDS: readonly EffectField[] = ['state', 'billing', 'publicIp', 'ram', 'instanceStore', 'rootVolume'];

const WHY_PLACEHOLDER = '지금 할 수 없는 작업(점선 버튼)을 가리키거나 포커스하면 그 이유가 여기에 나옵니다.';

function browserStorage(): MissionStore | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function isAction(value: string | undefined): value is LifecycleAction {
  return value !== undefined && (ACTION_ORDER as readonly string[]).includes(value);
}

function seconds(n: number): string {
  const s = Math.round(n);
  if (s < 60) return `${s}초`;
  const m = Math.floor(s / 60);
  const r = s % 60;
  if (m < 60) return r === 0 ? `${m}분` : `${m}분 ${r}초`;
  const h = Math.floor(m / 60);
  return `${h}시간 ${m % 60}분 ${r}초`;
}

export class LifecycleSandboxElement extends HTMLElement {
  private session: Session = createSession(DEFAULT_CONFIG);
  private seed = 1;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private completed = new Set<string>();
  private lastEdge: string | null = null;
  /** The action whose explanation is showing, if any. */
  private whyAction: LifecycleAction | null = null;
  private lastPointer: { x: number; y: number } | null = null;
  /** Where completed missions are kept; replace before connecting to inject another store. */
  storage: MissionStore | null = browserStorage();

  connectedCallback(): void {
    if (this.dataset['ready'] === 'true') return;
    this.dataset['ready'] = 'true';
    const fromUrl = Number.parseInt(new URLSearchParams(window.location.search).get('seed') ?? '', 10);
    const fromAttr = Number.parseInt(this.dataset['seed'] ?? '1', 10);
    this.seed = Number.isFinite(fromUrl) && fromUrl > 0 ? fromUrl : Number.isFinite(fromAttr) ? fromAttr : 1;
    this.session = createSession(this.readConfig(), this.seed);
    this.completed = loadCompletedMissions(this.storage);

    this.addEventListener('pointermove', (event) => {
      this.lastPointer = { x: event.clientX, y: event.clientY };
    });
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.launch();
    });
    this.form.addEventListener('change', () => {
      if (this.session.instance === null) this.session = createSession(this.readConfig(), this.seed);
      this.renderConfig();
    });
    this.el('reset').addEventListener('click', () => this.reset());
    this.el('settle').addEventListener('click', () => this.settleNow());
    this.el('auto').addEventListener('change', () => this.scheduleSettle());
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-action]')) {
      const action = button.dataset['action'];
      if (!isAction(action)) continue;
      button.addEventListener('click', () => this.perform(action));
      button.addEventListener('focus', () => this.showWhy(action));
      // Real pointer movement only: when a re-render moves buttons under a resting pointer, the browser
      // sends events at the same coordinates, which must not explain an action nobody pointed at.
      button.addEventListener('pointermove', (event) => {
        const moved = this.lastPointer === null || this.lastPointer.x !== event.clientX || this.lastPointer.y !== event.clientY;
        this.lastPointer = { x: event.clientX, y: event.clientY };
        if (event.pointerType === 'mouse' && moved && this.whyAction !== action) this.showWhy(action);
      });
      button.addEventListener('blur', () => {
        if (this.whyAction === action) this.clearWhy();
      });
      button.addEventListener('mouseleave', () => {
        if (this.whyAction === action && document.activeElement !== button) this.clearWhy();
      });
    }
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-advance]')) {
      button.addEventListener('click', () => {
        this.clearTimer();
        const count = this.session.log.length;
        this.session = advance(this.session, Number(button.dataset['advance']));
        this.afterChange(this.session.log.slice(count));
      });
    }
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-setup]')) {
      button.addEventListener('click', () => this.setupMission(button.dataset['setup'] ?? ''));
    }

    // Rendered disabled for no-JS; enable now.
    this.el<HTMLFieldSetElement>('options').disabled = false;
    for (const el of this.querySelectorAll<HTMLButtonElement | HTMLInputElement>('button:disabled, input[data-role="auto"]')) {
      el.disabled = false;
    }
    this.render();
  }

  disconnectedCallback(): void {
    this.clearTimer();
  }

  // --- elements -------------------------------------------------------------

  private el<T extends HTMLElement = HTMLElement>(name: string): T {
    const el = this.querySelector<T>(`[data-role="${name}"]`);
    if (!el) throw new Error(`lifecycle-sandbox: missing [data-role="${name}"]`);
    return el;
  }

  private get form(): HTMLFormElement {
    return this.el<HTMLFormElement>('config');
  }

  // --- configuration ----------------------------------------------------------

  private readConfig(): InstanceConfig {
    const data = new FormData(this.form);
    const pick = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
      const input = this.form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`);
      const v = input?.value ?? data.get(name);
      return typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : fallback;
    };
    const flag = (name: string): boolean => this.form.querySelector<HTMLInputElement>(`input[name="${name}"]`)?.checked ?? false;
    return {
      rootDevice: pick('rootDevice', ['ebs', 'instance-store'] as const, 'ebs'),
      market: pick('market', ['on-demand', 'spot'] as const, 'on-demand'),
      spotInterruptionBehavior: pick('spotInterruptionBehavior', ['terminate', 'stop', 'hibernate'] as const, 'terminate'),
      shutdownBehavior: pick('shutdownBehavior', ['stop', 'terminate'] as const, 'stop'),
      hibernationEnabled: flag('hibernationEnabled'),
      terminationProtection: flag('terminationProtection'),
      stopProtection: flag('stopProtection'),
      elasticIp: flag('elasticIp'),
      deleteRootOnTermination: flag('deleteRootOnTermination'),
    };
  }

  private writeConfig(config: InstanceConfig): void {
    for (const [name, value] of Object.entries(config)) {
      if (typeof value === 'boolean') {
        const input = this.form.querySelector<HTMLInputElement>(`input[name="${name}"]`);
        if (input) input.checked = value;
      } else {
        const input = this.form.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`);
        if (input) input.checked = true;
      }
    }
  }

  // --- actions ----------------------------------------------------------------

  private launch(): void {
    this.session = launchSession(this.session.instance === null ? createSession(this.readConfig(), this.seed) : this.session);
    const last = this.session.log.at(-1);
    this.afterChange(last ? [last] : []);
  }

  private perform(action: LifecycleAction): void {
    this.clearTimer();
    const count = this.session.log.length;
    this.session = act(this.session, action);
    this.afterChange(this.session.log.slice(count));
  }

  private settleNow(): void {
    if (this.session.instance === null || !isTransitional(this.session.instance)) {
      this.say('전환 중인 상태가 없어 진행할 것이 없습니다.', 'info');
      return;
    }
    this.clearTimer();
    const count = this.session.log.length;
    this.session = settleSession(this.session);
    this.afterChange(this.session.log.slice(count));
  }

  private reset(): void {
    this.clearTimer();
    this.session = createSession(this.readConfig(), this.seed);
    this.lastEdge = null;
    this.render();
    this.say('초기화했습니다. 시작 옵션을 고른 뒤 인스턴스를 시작하세요.', 'info');
  }

  private setupMission(id: string): void {
    const mission = MISSIONS.find((m) => m.id === id);
    if (!mission) return;
    this.clearTimer();
    this.writeConfig({ ...DEFAULT_CONFIG, ...mission.config });
    this.session = createSession(this.readConfig(), this.seed);
    this.lastEdge = null;
    this.render();
    this.say(`'${mission.title}' 미션용 옵션을 골랐습니다. 새 인스턴스 시작을 누르세요.`, 'info');
    this.el('launch').focus();
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private scheduleSettle(): void {
    this.clearTimer();
    const instance = this.session.instance;
    const auto = this.el<HTMLInputElement>('auto').checked;
    if (instance !== null && isTransitional(instance) && auto) {
      this.timer = setTimeout(() => {
        this.timer = null;
        const count = this.session.log.length;
        this.session = settleSession(this.session);
        this.afterChange(this.session.log.slice(count));
      }, AUTO_SETTLE_MS);
    }
    this.renderSettle();
  }

  // --- rendering --------------------------------------------------------------

  private afterChange(entries: LogEntry[]): void {
    const last = entries.at(-1);
    const moved = [...entries].reverse().find((e) => e.kind === 'action' || e.kind === 'settle' || e.kind === 'launch');
    if (moved) {
      // The state moved on: an explanation shown for the old state would now be stale.
      this.clearWhy();
      const from = moved.kind === 'launch' ? 'launch' : (moved.before?.state ?? null);
      const to = moved.after?.state ?? null;
      this.lastEdge = from !== null && to !== null ? `${from}->${to}` : null;
    }
    this.render(entries.flatMap((e) => e.effects));
    if (last?.kind === 'refusal' && last.error) {
      const label = last.action ? ACTIONS[last.action].label : '새 인스턴스 시작';
      this.say(`거절됨 – ${label}: ${last.error.message}`, 'refusal', lessonHref(last.error.anchor));
    } else if (last) {
      this.say(this.summary(last), 'ok');
    }
    this.announceMissions();
    this.scheduleSettle();
  }

  private summary(entry: LogEntry): string {
    const changed = entry.effects.filter((e) => e.kind === 'changed' && e.field !== 'state').map((e) => FIELD_LABELS[e.field]);
    const state = entry.after ? `${entry.after.state}(${STATES[entry.after.state].label})` : '';
    const title = this.entryTitle(entry);
    const tail = changed.length > 0 ? ` 바뀐 것: ${[...new Set(changed)].join(', ')}.` : '';
    return `${title}. 현재 상태 ${state}.${tail}`;
  }

  private entryTitle(entry: LogEntry): string {
    switch (entry.kind) {
      case 'launch':
        return '새 인스턴스 시작(RunInstances)';
      case 'action':
        return entry.action ? `${ACTIONS[entry.action].label} (${ACTIONS[entry.action].api})` : '작업';
      case 'settle':
        return `자동 진행: ${entry.before?.state ?? ''} → ${entry.after?.state ?? ''}`;
      case 'refusal':
        return `거절: ${entry.action ? ACTIONS[entry.action].label : '새 인스턴스 시작'}`;
      case 'time':
        return `시간 보내기 +${seconds(entry.seconds ?? 0)}`;
    }
  }

  private say(text: string, kind: 'ok' | 'refusal' | 'info', href?: string): void {
    const box = this.el('message');
    box.classList.toggle('is-refusal', kind === 'refusal');
    box.classList.toggle('is-ok', kind === 'ok');
    box.replaceChildren(document.createTextNode(text));
    if (href) {
      box.append(' ');
      const a = document.createElement('a');
      a.href = href;
      a.textContent = '레슨에서 자세히';
      box.append(a);
    }
  }

  private announceMissions(): void {
    const status = missionStatus(this.session);
    const fresh = MISSIONS.filter((m) => status[m.id] && !this.completed.has(m.id));
    for (const m of fresh) this.completed.add(m.id);
    if (fresh.length > 0) saveCompletedMissions(this.storage, this.completed);
    this.renderMissions();
    if (fresh.length > 0) {
      const box = this.el('message');
      box.append(document.createTextNode(` 미션 완료: ${fresh.map((m) => m.title).join(', ')}!`));
    }
  }

  private render(effects: Effect[] = []): void {
    this.renderConfig();
    this.renderDiagram();
    this.renderActions();
    this.renderSettle();
    this.renderPanel(effects);
    this.renderStrip(effects);
    this.renderLog();
    this.renderMissions();
  }

  private renderConfig(): void {
    const launched = this.session.instance !== null;
    const config = this.readConfig();
    this.el<HTMLFieldSetElement>('options').disabled = launched;
    this.el<HTMLFieldSetElement>('spot-behavior').disabled = launched || config.market !== 'spot';
    const del = this.form.querySelector<HTMLInputElement>('input[name="deleteRootOnTermination"]');
    if (del) del.disabled = launched || config.rootDevice !== 'ebs';
    this.el('locked').hidden = !launched;
    const problems = this.el('problems');
    problems.replaceChildren(
      ...(launched ? [] : configProblems(config)).map((p) => {
        const li = document.createElement('li');
        li.textContent = p.message;
        return li;
      }),
    );
    const launchButton = this.el<HTMLButtonElement>('launch');
    launchButton.setAttribute('aria-disabled', String(launched));
  }

  private renderDiagram(): void {
    const instance = this.session.instance;
    for (const node of this.querySelectorAll<SVGGElement>('.lc-node')) {
      node.classList.toggle('is-current', instance !== null && node.dataset['state'] === instance.state);
    }
    for (const edge of this.querySelectorAll<SVGPathElement>('.lc-edge')) {
      const taken = edge.dataset['edge'] === this.lastEdge;
      if (taken) {
        // Restart the drawing animation on every transition.
        edge.classList.remove('is-taken');
        void edge.getBoundingClientRect();
      }
      edge.classList.toggle('is-taken', taken);
      edge.setAttribute('marker-end', (taken ? edge.dataset['markerOn'] : edge.dataset['marker']) ?? '');
    }
    const desc = this.el('diagram-desc');
    desc.textContent =
      instance === null
        ? '아직 시작한 인스턴스가 없습니다.'
        : `현재 상태: ${instance.state}(${STATES[instance.state].label}).${this.lastEdge ? ` 방금 전환: ${this.lastEdge.replace('->', ' → ')}.` : ''}`;
  }

  private reasonFor(action: LifecycleAction): { ok: boolean; text: string } {
    const instance = this.session.instance;
    if (instance === null) return { ok: false, text: '먼저 새 인스턴스를 시작(RunInstances)하세요.' };
    const r = check(instance, action);
    if (!r.ok) return { ok: false, text: r.error.message };
    return { ok: true, text: `${ACTIONS[action].description} (${instance.state} → ${r.value} 경로)` };
  }

  private renderActions(): void {
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-action]')) {
      const action = button.dataset['action'];
      if (!isAction(action)) continue;
      const reason = this.reasonFor(action);
      button.setAttribute('aria-disabled', String(!reason.ok));
      const why = this.querySelector(`[data-why="${action}"]`);
      if (why) why.textContent = reason.ok ? `가능: ${reason.text}` : `불가: ${reason.text}`;
    }
  }

  /** Explains a refusal for the action pointed at or focused; an allowed action just says what it does. */
  private showWhy(action: LifecycleAction): void {
    this.whyAction = action;
    const reason = this.reasonFor(action);
    const box = this.el('why');
    box.classList.toggle('is-refused', !reason.ok);
    box.classList.remove('is-allowed');
    box.textContent = reason.ok
      ? `${ACTIONS[action].label}: ${ACTIONS[action].description}`
      : `${withJosa(ACTIONS[action].label, '은/는')} 지금 할 수 없습니다. ${reason.text}`;
  }

  private clearWhy(): void {
    this.whyAction = null;
    const box = this.el('why');
    box.classList.remove('is-refused', 'is-allowed');
    box.textContent = WHY_PLACEHOLDER;
  }

  private renderStrip(effects: Effect[]): void {
    const instance = this.session.instance;
    const changed = new Set(effects.filter((e) => e.kind === 'changed').map((e) => e.field));
    for (const field of STRIP_FIELDS) {
      const item = this.querySelector<HTMLElement>(`[data-strip="${field}"]`);
      const value = this.querySelector<HTMLElement>(`[data-strip-value="${field}"]`);
      if (!item || !value) continue;
      value.textContent = instance === null ? '—' : field === 'state' ? `${instance.state}` : describeField(instance, field);
      item.classList.remove('is-changed');
      if (changed.has(field)) {
        void item.offsetWidth;
        item.classList.add('is-changed');
      }
    }
  }

  private renderSettle(): void {
    const instance = this.session.instance;
    const transitional = instance !== null && isTransitional(instance);
    const auto = this.el<HTMLInputElement>('auto').checked;
    const box = this.el('settle-box');
    box.classList.toggle('is-active', transitional);
    this.el('settle').setAttribute('aria-disabled', String(!transitional));
    const text = this.el('settle-text');
    if (instance !== null && transitional) {
      const next = STATES[instance.state].settlesTo ?? '';
      text.textContent = auto
        ? `${instance.state} → ${next} 자동 진행 중… 기다리거나 '바로 진행'을 누르세요.`
        : `${instance.state} 상태입니다. '바로 진행'을 누르면 ${next}가 됩니다.`;
    } else {
      text.textContent = '전환 중인 상태가 없습니다.';
    }
    this.el('clock').textContent = formatClock(this.session.now);
  }

  private renderPanel(effects: Effect[]): void {
    const instance = this.session.instance;
    this.el('instance-id').textContent = instance?.id ?? '(시작 전)';
    const changed = new Map<EffectField, Effect>();
    const kept = new Map<EffectField, Effect>();
    for (const e of effects) (e.kind === 'changed' ? changed : kept).set(e.field, e);
    for (const field of PANEL_FIELDS) {
      const row = this.querySelector<HTMLElement>(`[data-field="${field}"]`);
      const value = this.querySelector<HTMLElement>(`[data-value="${field}"]`);
      const explain = this.querySelector<HTMLElement>(`[data-explain="${field}"]`);
      if (!row || !value || !explain) continue;
      value.textContent = instance === null ? '—' : describeField(instance, field);
      const c = changed.get(field);
      const k = kept.get(field);
      row.classList.remove('is-changed');
      if (c) {
        void row.offsetWidth;
        row.classList.add('is-changed');
      }
      explain.textContent = c ? `바뀜(${c.before} → ${c.after}): ${c.message}` : k ? `유지: ${k.message}` : '';
    }
    const now = this.session.now;
    const billed = instance ? billedSeconds(instance, now) : 0;
    const used = instance ? usedSeconds(instance, now) : 0;
    this.el('billed').textContent = seconds(billed);
    this.el('used').textContent = seconds(used);
    this.el('periods').textContent = String(instance?.billing.length ?? 0);
    const open = instance?.billing.at(-1);
    const openUsed = open && open.end === null ? Math.max(0, now - open.start) : null;
    this.el('bar').style.inlineSize = `${openUsed === null ? 0 : Math.min(100, (openUsed / 60) * 100)}%`;
    this.el('meter-note').textContent =
      openUsed !== null && openUsed < 60
        ? `이번 청구 기간은 ${seconds(openUsed)} 실행했지만 최소 1분(60초)이 청구됩니다.`
        : 'running이 될 때마다 새 청구 기간이 시작되고 기간마다 최소 1분(60초)이 청구됩니다. 재부팅은 새 기간을 시작하지 않습니다.';
    const others = instance ? otherCharges(instance) : [];
    this.el('other-charges').textContent =
      others.length > 0 ? `상태와 무관하게 계속 나가는 요금: ${others.join(', ')}.` : '';
  }

  private renderLog(): void {
    const list = this.el('log');
    const log = this.session.log;
    if (log.length === 0) {
      const li = document.createElement('li');
      li.className = 'muted lc-log-empty';
      li.textContent = '아직 기록이 없습니다.';
      list.replaceChildren(li);
      return;
    }
    list.replaceChildren(
      ...log.map((entry) => {
        const li = document.createElement('li');
        li.className = `lc-log-${entry.kind}`;
        const head = document.createElement('div');
        head.className = 'lc-log-head';
        const time = document.createElement('span');
        time.className = 'lc-log-time';
        time.textContent = formatClock(entry.at);
        const title = document.createElement('span');
        title.className = 'lc-log-title';
        title.textContent = this.entryTitle(entry);
        head.append(time, title);
        li.append(head);
        const items: HTMLLIElement[] = [];
        if (entry.error) {
          const item = document.createElement('li');
          item.textContent = entry.error.message + ' ';
          item.append(this.lessonLink(entry.error.anchor));
          items.push(item);
        }
        for (const e of entry.effects) {
          const item = document.createElement('li');
          if (e.kind === 'kept') item.className = 'lc-log-kept';
          item.textContent =
            e.kind === 'changed'
              ? `${FIELD_LABELS[e.field]}: ${e.before} → ${e.after}. ${e.message} `
              : `${FIELD_LABELS[e.field]} 유지: ${e.message} `;
          item.append(this.lessonLink(e.anchor));
          items.push(item);
        }
        if (items.length > 0) {
          const ul = document.createElement('ul');
          ul.className = 'lc-log-effects';
          ul.append(...items);
          li.append(ul);
        }
        return li;
      }),
    );
    list.scrollTop = list.scrollHeight;
  }

  private lessonLink(anchor: Parameters<typeof lessonHref>[0]): HTMLAnchorElement {
    const a = document.createElement('a');
    a.href = lessonHref(anchor);
    a.textContent = '레슨';
    return a;
  }

  private renderMissions(): void {
    for (const li of this.querySelectorAll<HTMLElement>('[data-mission]')) {
      const done = this.completed.has(li.dataset['mission'] ?? '');
      li.classList.toggle('is-done', done);
      const mark = li.querySelector('[data-role="mark"]');
      const status = li.querySelector('[data-role="status"]');
      if (mark) mark.textContent = done ? '✓' : '○';
      if (status) status.textContent = done ? '완료' : '미완료';
    }
    this.el('score').textContent = `${this.completed.size} / ${MISSIONS.length}`;
  }
}

export function defineLifecycleSandbox(): void {
  if (!customElements.get('lifecycle-sandbox')) customElements.define('lifecycle-sandbox', LifecycleSandboxElement);
}
