// <scaling-lab>: plays the pure Auto Scaling model (src/lib/scaling) with requestAnimationFrame and draws
// it. No logic of the group lives here: the element only advances time, applies learner actions, renders.
import {
  advance,
  applyAction,
  createSimulation,
  DEFAULT_CONFIG,
  DEFAULT_SIMPLE_POLICY,
  DEFAULT_STEP_POLICY,
  DEFAULT_TARGET_TRACKING,
  defaultCustomLevels,
  elapsedLabel,
  epochOf,
  findScenario,
  isInstanceTypeName,
  isWarm,
  localLabel,
  SEOUL_ZONES,
  WEEKDAY_WEEKEND_SCHEDULE,
  type Action,
  type ActivityEntry,
  type GuidedScenario,
  type PlannedEvent,
  type Sample,
  type ScalingConfig,
  type ScalingPolicy,
  type SimInstance,
  type SimState,
  type TrafficCurve,
} from '../../lib/scaling/index.ts';
import { drawPanel, type PanelSpec } from './chart.ts';

const MAX_STEPS_PER_FRAME = 2000;
const MAX_LOG_ITEMS = 120;
const ANNOUNCE_EVERY_MS = 4000;

const fmt = {
  int: (v: number) => Math.round(v).toLocaleString('ko-KR'),
  pct: (v: number | null) => (v === null ? '–' : `${Math.round(v)} %`),
  ms: (v: number | null) => (v === null ? '–' : `${Math.round(v).toLocaleString('ko-KR')} ms`),
  usd: (v: number) => `$${v.toFixed(4)}`,
};

const TARGET_KO: Record<SimInstance['target'], string> = {
  unused: '미등록',
  initial: 'initial (확인 중)',
  healthy: 'healthy',
  unhealthy: 'unhealthy',
  draining: 'draining',
};

function q<T extends Element>(root: ParentNode, sel: string): T | null {
  return root.querySelector<T>(sel);
}

function h<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
}

class ScalingLabElement extends HTMLElement {
  #sim: SimState | null = null;
  #config: ScalingConfig = DEFAULT_CONFIG;
  #events: readonly PlannedEvent[] = [];
  #scenario: GuidedScenario | undefined;
  #playing = false;
  #speed = 300;
  #carry = 0;
  #lastFrame = 0;
  #raf = 0;
  #selected: string | null = null;
  #lastLogSeq = 0;
  #lastSamples = -1;
  #windowSeconds = 21_600;
  #instanceNodes = new Map<string, { li: HTMLLIElement; btn: HTMLButtonElement }>();
  #pendingAnnounce = { launch: 0, terminate: 0, note: '' };
  #lastAnnounce = 0;
  #ended = false;
  #resize: ResizeObserver | null = null;

  connectedCallback(): void {
    if (this.#sim) return;
    this.#scenario = findScenario(this.dataset['scenario'] ?? '');
    this.#config = this.#scenario?.config ?? DEFAULT_CONFIG;
    this.#events = this.#scenario?.events ?? [];
    this.#speed = this.#scenario?.speed ?? 300;
    this.#wire();
    this.#restart();
    for (const c of this.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>('[disabled]')) c.disabled = false;
    this.#syncDrawVisibility();
    this.#updateButtons();
    // Charts are drawn in CSS pixels: redraw when their width changes (rotation, layout).
    const charts = q<HTMLElement>(this, '.sl-charts');
    if (charts && 'ResizeObserver' in window) {
      let width = 0;
      this.#resize = new ResizeObserver((entries) => {
        const w = Math.round(entries[0]?.contentRect.width ?? 0);
        if (w === width) return;
        width = w;
        this.#renderCharts();
        this.#drawCustom();
      });
      this.#resize.observe(charts);
    }
  }

  disconnectedCallback(): void {
    this.#resize?.disconnect();
    cancelAnimationFrame(this.#raf);
    this.#playing = false;
  }

  // ---------- wiring ----------

  #wire(): void {
    q<HTMLButtonElement>(this, '[data-play]')?.addEventListener('click', () => this.#setPlaying(!this.#playing));
    q<HTMLButtonElement>(this, '[data-step]')?.addEventListener('click', () => {
      this.#setPlaying(false);
      if (this.#sim) advance(this.#sim, this.#sim.config.stepSeconds);
      this.#render(true);
    });
    q<HTMLButtonElement>(this, '[data-reset]')?.addEventListener('click', () => this.#restart());
    const speed = q<HTMLSelectElement>(this, '[data-speed]');
    if (speed) {
      speed.value = String(this.#speed);
      speed.addEventListener('change', () => {
        this.#speed = Number(speed.value) || 60;
      });
    }
    const win = q<HTMLSelectElement>(this, '[data-window]');
    win?.addEventListener('change', () => {
      this.#windowSeconds = Number(win.value) || 21_600;
      this.#lastSamples = -1;
      this.#render(true);
    });

    const select = q<HTMLSelectElement>(this, '[data-scenario-select]');
    select?.addEventListener('change', () => this.#showQuestion(select.value));
    q<HTMLButtonElement>(this, '[data-scenario-load]')?.addEventListener('click', () => {
      const sc = findScenario(select?.value ?? '');
      this.#scenario = sc;
      this.#config = sc?.config ?? DEFAULT_CONFIG;
      this.#events = sc?.events ?? [];
      this.#speed = sc?.speed ?? 300;
      if (speed) speed.value = String(this.#speed);
      this.#fillSettings(this.#config);
      this.#restart();
      this.#say(`${sc?.title ?? '자유 실습'} 시나리오를 불러왔습니다. 재생을 누르세요.`);
    });

    this.addEventListener('click', (event) => {
      const target = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-instance]') : null;
      if (!target) return;
      const id = target.dataset['instance'] ?? '';
      this.#selected = this.#selected === id ? null : id;
      this.#renderFleet();
    });

    for (const btn of this.querySelectorAll<HTMLButtonElement>('[data-fault]')) {
      btn.addEventListener('click', () => this.#fault(btn.dataset['fault'] ?? ''));
    }

    const capacity = q<HTMLFormElement>(this, '[data-capacity-form]');
    capacity?.addEventListener('submit', (event) => {
      event.preventDefault();
      const v = (name: string) => Number((capacity.elements.namedItem(name) as HTMLInputElement | null)?.value ?? NaN);
      this.#act({ type: 'setCapacity', min: v('min'), desired: v('desired'), max: v('max') });
    });

    const settings = q<HTMLFormElement>(this, '[data-settings]');
    settings?.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#applySettings(settings);
    });
    settings?.querySelector('select[name="curve"]')?.addEventListener('change', () => this.#syncDrawVisibility());
    settings?.addEventListener('input', (event) => {
      if (event.target instanceof HTMLInputElement && /^h\d+$/.test(event.target.name)) this.#drawCustom();
    });
    this.#wireDrawing();
  }

  #showQuestion(id: string): void {
    for (const node of this.querySelectorAll<HTMLElement>('[data-scenario-id]')) node.hidden = node.dataset['scenarioId'] !== id;
  }

  // ---------- simulation lifecycle ----------

  #restart(): void {
    this.#setPlaying(false);
    const r = createSimulation(this.#config, this.#events);
    const err = q<HTMLElement>(this, '[data-settings-error]');
    if (!r.ok) {
      if (err) err.textContent = r.error.message;
      return;
    }
    if (err) err.textContent = '';
    this.#sim = r.value;
    this.#selected = null;
    this.#lastLogSeq = 0;
    this.#lastSamples = -1;
    this.#ended = false;
    this.#windowSeconds = this.#defaultWindow();
    const win = q<HTMLSelectElement>(this, '[data-window]');
    if (win) win.value = String(this.#windowSeconds);
    q<HTMLElement>(this, '[data-log]')?.replaceChildren();
    this.#buildZones();
    this.#syncCapacityForm();
    this.#render(true);
  }

  #defaultWindow(): number {
    const d = this.#scenario?.durationSeconds ?? 21_600;
    return d <= 3600 ? 3600 : d <= 10_800 ? 10_800 : d <= 21_600 ? 21_600 : 86_400;
  }

  #setPlaying(on: boolean): void {
    this.#playing = on;
    const btn = q<HTMLButtonElement>(this, '[data-play]');
    if (btn) {
      btn.setAttribute('aria-pressed', String(on));
      btn.textContent = on ? '⏸ 일시 정지' : '▶ 재생';
    }
    cancelAnimationFrame(this.#raf);
    if (on) {
      this.#lastFrame = performance.now();
      this.#carry = 0;
      this.#raf = requestAnimationFrame((t) => this.#frame(t));
    }
  }

  #frame(now: number): void {
    if (!this.#playing || !this.#sim) return;
    const dtReal = Math.min(0.25, (now - this.#lastFrame) / 1000);
    this.#lastFrame = now;
    this.#carry += dtReal * this.#speed;
    const stepS = this.#sim.config.stepSeconds;
    let steps = Math.min(MAX_STEPS_PER_FRAME, Math.floor(this.#carry / stepS));
    const end = this.#scenario?.durationSeconds;
    if (end !== undefined && !this.#ended) steps = Math.min(steps, Math.max(0, Math.floor((end - this.#sim.t) / stepS)));
    if (steps > 0) {
      advance(this.#sim, steps * stepS);
      this.#carry -= steps * stepS;
      this.#render(false);
    }
    if (end !== undefined && !this.#ended && this.#sim.t >= end) {
      this.#ended = true;
      this.#setPlaying(false);
      this.#say('시나리오가 끝났습니다. 질문의 답을 확인해 보세요. 재생을 누르면 계속 진행합니다.');
      return;
    }
    this.#raf = requestAnimationFrame((t) => this.#frame(t));
  }

  #act(action: Action): void {
    if (!this.#sim) return;
    const r = applyAction(this.#sim, action);
    const err = q<HTMLElement>(this, '[data-action-error]');
    if (err) err.textContent = r.ok ? '' : r.error.message;
    this.#render(true);
  }

  #fault(kind: string): void {
    const zone = q<HTMLSelectElement>(this, '[data-fault-zone]')?.value ?? '';
    const selected = this.#selected && this.#sim?.instances.some((i) => i.id === this.#selected) ? this.#selected : undefined;
    switch (kind) {
      case 'kill':
        this.#act(selected ? { type: 'kill', instanceId: selected } : { type: 'kill' });
        break;
      case 'failHealth':
        this.#act(selected ? { type: 'failHealth', instanceId: selected } : { type: 'failHealth' });
        break;
      case 'spike':
        this.#act({ type: 'spike', multiplier: 3, durationSeconds: 900 });
        break;
      case 'failZone':
        this.#act({ type: 'failZone', zone });
        break;
      case 'restoreZone':
        this.#act({ type: 'restoreZone', zone });
        break;
    }
  }

  // ---------- settings ----------

  #applySettings(form: HTMLFormElement): void {
    const get = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null)?.value ?? '';
    const num = (name: string) => Number(get(name));
    const radio = form.querySelector<HTMLInputElement>('input[name="healthCheckType"]:checked')?.value;
    const schedule = (form.elements.namedItem('schedule') as HTMLInputElement | null)?.checked ?? false;
    const typeName = get('instanceType');
    const policyKind = get('policy');
    const targetCpu = num('targetCpu');
    let policy: ScalingPolicy = { kind: 'none' };
    if (policyKind === 'target-tracking') policy = { ...DEFAULT_TARGET_TRACKING, targetCpu };
    else if (policyKind === 'step') policy = DEFAULT_STEP_POLICY;
    else if (policyKind === 'simple') policy = DEFAULT_SIMPLE_POLICY;
    const curve = (['flat', 'lunch', 'spike', 'custom'] as const).find((c) => c === get('curve')) ?? 'lunch';
    const base = this.#scenario?.config ?? DEFAULT_CONFIG;
    const next: ScalingConfig = {
      ...base,
      seed: Math.trunc(num('seed')) >>> 0,
      instanceType: isInstanceTypeName(typeName) ? typeName : base.instanceType,
      zones: SEOUL_ZONES.slice(0, Math.min(4, Math.max(2, num('zones') || 3))),
      min: num('min'),
      desired: num('desired'),
      max: num('max'),
      healthCheckType: radio === 'EC2' ? 'EC2' : 'ELB',
      gracePeriodSeconds: num('gracePeriodSeconds'),
      warmupSeconds: num('warmupSeconds'),
      appBootSeconds: num('appBootSeconds'),
      policy,
      scheduledActions: schedule ? WEEKDAY_WEEKEND_SCHEDULE : [],
      traffic: {
        ...base.traffic,
        curve,
        baseRps: num('baseRps'),
        peakRps: num('peakRps'),
        custom: Array.from({ length: 24 }, (_, k) => num(`h${k}`)),
      },
    };
    this.#config = next;
    // Keep the scenario's planned events only if their zones still exist.
    this.#events = this.#events.filter((e) => !('zone' in e.action) || next.zones.includes(e.action.zone));
    this.#restart();
    if (this.#sim?.config === next) this.#say('새 설정으로 처음부터 시작합니다.');
  }

  #fillSettings(cfg: ScalingConfig): void {
    const form = q<HTMLFormElement>(this, '[data-settings]');
    if (!form) return;
    const set = (name: string, value: string | number) => {
      const field = form.elements.namedItem(name);
      if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = String(value);
    };
    set('instanceType', cfg.instanceType);
    set('zones', cfg.zones.length);
    set('min', cfg.min);
    set('desired', cfg.desired);
    set('max', cfg.max);
    for (const r of form.querySelectorAll<HTMLInputElement>('input[name="healthCheckType"]')) r.checked = r.value === cfg.healthCheckType;
    set('gracePeriodSeconds', cfg.gracePeriodSeconds);
    set('warmupSeconds', cfg.warmupSeconds);
    set('appBootSeconds', cfg.appBootSeconds);
    set('policy', cfg.policy.kind);
    if (cfg.policy.kind === 'target-tracking') set('targetCpu', cfg.policy.targetCpu);
    const sched = form.elements.namedItem('schedule');
    if (sched instanceof HTMLInputElement) sched.checked = cfg.scheduledActions.length > 0;
    set('curve', cfg.traffic.curve);
    set('baseRps', cfg.traffic.baseRps);
    set('peakRps', cfg.traffic.peakRps);
    set('seed', cfg.seed);
    const levels = cfg.traffic.custom.length === 24 ? cfg.traffic.custom : defaultCustomLevels(cfg.traffic.baseRps, cfg.traffic.peakRps);
    levels.forEach((v, k) => set(`h${k}`, v));
    this.#syncDrawVisibility();
  }

  #syncCapacityForm(): void {
    const form = q<HTMLFormElement>(this, '[data-capacity-form]');
    if (!form || !this.#sim) return;
    for (const name of ['min', 'desired', 'max'] as const) {
      const field = form.elements.namedItem(name);
      const v = String(this.#sim[name]);
      if (field instanceof HTMLInputElement && field.value !== v) field.value = v;
    }
  }

  #syncDrawVisibility(): void {
    const form = q<HTMLFormElement>(this, '[data-settings]');
    const curve = (form?.elements.namedItem('curve') as HTMLSelectElement | null)?.value as TrafficCurve | undefined;
    const draw = q<HTMLElement>(this, '[data-draw]');
    if (draw) draw.hidden = curve !== 'custom';
    if (curve === 'custom') this.#drawCustom();
  }

  #customInputs(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('[data-draw] input[type="number"]')];
  }

  #drawCustom(): void {
    const svg = q<SVGSVGElement>(this, '[data-draw-svg]');
    if (!svg) return;
    const inputs = this.#customInputs();
    const values = inputs.map((i) => Math.max(0, Number(i.value) || 0));
    const top = Math.max(50, ...values) * 1.15;
    const w = Math.max(200, Math.round(svg.getBoundingClientRect().width || 320));
    const hgt = 120;
    svg.setAttribute('viewBox', `0 0 ${w} ${hgt}`);
    svg.replaceChildren();
    const ns = 'http://www.w3.org/2000/svg';
    const bw = w / 24;
    values.forEach((v, k) => {
      const r = document.createElementNS(ns, 'rect');
      const bh = (v / top) * (hgt - 4);
      r.setAttribute('x', String(k * bw + 1));
      r.setAttribute('width', String(Math.max(1, bw - 2)));
      r.setAttribute('y', String(hgt - bh));
      r.setAttribute('height', String(bh));
      r.setAttribute('fill', 'var(--color-accent)');
      svg.append(r);
    });
    svg.dataset['top'] = String(top);
  }

  #wireDrawing(): void {
    const svg = q<SVGSVGElement>(this, '[data-draw-svg]');
    if (!svg) return;
    let drawing = false;
    const paint = (event: PointerEvent) => {
      const rect = svg.getBoundingClientRect();
      const hour = Math.floor(((event.clientX - rect.left) / rect.width) * 24);
      const inputs = this.#customInputs();
      const input = inputs[Math.min(23, Math.max(0, hour))];
      if (!input) return;
      const top = Number(svg.dataset['top'] ?? '100');
      const frac = 1 - (event.clientY - rect.top) / rect.height;
      input.value = String(Math.max(0, Math.round(frac * top)));
      this.#drawCustom();
    };
    svg.addEventListener('pointerdown', (e) => {
      drawing = true;
      svg.setPointerCapture(e.pointerId);
      paint(e);
    });
    svg.addEventListener('pointermove', (e) => drawing && paint(e));
    svg.addEventListener('pointerup', () => (drawing = false));
    svg.addEventListener('pointercancel', () => (drawing = false));
  }

  // ---------- rendering ----------

  #render(force: boolean): void {
    const s = this.#sim;
    if (!s) return;
    const off = s.config.utcOffsetHours;
    const clock = q<HTMLElement>(this, '[data-clock]');
    if (clock) clock.textContent = localLabel(epochOf(s), off, true);
    const elapsed = q<HTMLElement>(this, '[data-elapsed]');
    if (elapsed) elapsed.textContent = elapsedLabel(s.t);
    this.#renderStats();
    this.#renderFleet();
    this.#renderTargets();
    this.#renderLog();
    if (force || s.series.length !== this.#lastSamples) {
      this.#lastSamples = s.series.length;
      this.#renderCharts();
    }
    this.#flushAnnounce(force);
  }

  #renderStats(): void {
    const s = this.#sim;
    if (!s) return;
    let inService = 0;
    let healthy = 0;
    let pending = 0;
    for (const i of s.instances) {
      if (i.lifecycle === 'InService') inService++;
      if (i.lifecycle === 'Pending') pending++;
      if (i.target === 'healthy') healthy++;
    }
    const cost = s.series.at(-1)?.cost ?? 0;
    const set = (key: string, v: string) => {
      const node = q<HTMLElement>(this, `[data-stat="${key}"]`);
      if (node && node.textContent !== v) node.textContent = v;
    };
    set('rps', `${fmt.int(s.current.rps)}/s`);
    set('cpu', fmt.pct(s.current.cpu));
    set('desired', String(s.desired));
    set('limits', `최소 ${s.min} · 최대 ${s.max}`);
    const capacity = q<HTMLFormElement>(this, '[data-capacity-form]');
    if (capacity && !capacity.contains(document.activeElement)) this.#syncCapacityForm();
    set('inService', pending > 0 ? `${inService} (+${pending} Pending)` : String(inService));
    set('healthy', String(healthy));
    set('latency', fmt.ms(s.current.responseMs));
    set('errors', `${(s.current.errorRate * 100).toFixed(1)} %`);
    set('cost', fmt.usd(cost));
  }

  #buildZones(): void {
    const fleet = q<HTMLElement>(this, '[data-fleet]');
    const s = this.#sim;
    if (!fleet || !s) return;
    const level = Number(this.querySelector('.sl-zone-h')?.tagName.slice(1) ?? '4') || 4;
    fleet.replaceChildren();
    this.#instanceNodes.clear();
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
    const zoneSelect = q<HTMLSelectElement>(this, '[data-fault-zone]');
    if (zoneSelect) {
      zoneSelect.replaceChildren(...s.config.zones.map((z) => {
        const o = h('option', undefined, z);
        o.value = z;
        return o;
      }));
    }
  }

  #renderFleet(): void {
    const s = this.#sim;
    if (!s) return;
    const seen = new Set<string>();
    for (const sec of this.querySelectorAll<HTMLElement>('.sl-zone')) {
      const zone = sec.dataset['zone'] ?? '';
      const down = s.zonesDown.includes(zone);
      sec.classList.toggle('down', down);
      const badge = q<HTMLElement>(sec, '[data-zone-badge]');
      if (badge) badge.hidden = !down;
    }
    for (const inst of s.instances) {
      seen.add(inst.id);
      let node = this.#instanceNodes.get(inst.id);
      if (!node) {
        const ul = q<HTMLUListElement>(this, `.sl-zone[data-zone="${inst.zone}"] [data-instances]`);
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
        this.#instanceNodes.set(inst.id, node);
      }
      this.#paintInstance(node.btn, inst);
    }
    for (const [id, node] of this.#instanceNodes) {
      if (seen.has(id)) continue;
      const hadFocus = node.btn === document.activeElement;
      node.li.remove();
      this.#instanceNodes.delete(id);
      if (hadFocus) q<HTMLButtonElement>(this, '[data-fault="kill"]')?.focus();
    }
    if (this.#selected && !seen.has(this.#selected)) this.#selected = null;
    const sel = q<HTMLElement>(this, '[data-selected]');
    if (sel) {
      const text = this.#selected ? `선택한 인스턴스: ${this.#selected}` : '선택한 인스턴스 없음 (장애는 임의의 서비스 중 인스턴스에 적용)';
      if (sel.textContent !== text) sel.textContent = text;
    }
  }

  #paintInstance(btn: HTMLButtonElement, inst: SimInstance): void {
    const s = this.#sim;
    if (!s) return;
    const warming = inst.lifecycle === 'InService' && !isWarm(s, inst);
    const state = inst.lifecycle === 'Pending' ? 'pending' : inst.lifecycle === 'Terminating' ? 'terminating' : warming ? 'warming' : 'inservice';
    const cls = `sl-inst ${state}${inst.health === 'Unhealthy' || inst.target === 'unhealthy' || inst.ec2State !== 'running' ? ' unhealthy' : ''}`;
    if (btn.className !== cls) btn.className = cls;
    btn.setAttribute('aria-pressed', String(this.#selected === inst.id));
    const [idEl, stEl, cpuEl, barEl] = [...btn.children] as HTMLElement[];
    const life = inst.lifecycle + (warming ? ' · 워밍업' : '');
    const ec2 = inst.ec2State !== 'running' ? ' · EC2 종료됨' : s.zonesDown.includes(inst.zone) ? ' · 상태 검사 손상' : inst.appFault ? ' · 앱 고장' : '';
    const st = `${life} · ${inst.health}${ec2}`;
    const tgt = `대상 ${TARGET_KO[inst.target]}`;
    const cpuText = `CPU ${Math.round(inst.cpu)} % · ${tgt}`;
    if (idEl && idEl.textContent !== inst.id) idEl.textContent = inst.id;
    if (stEl && stEl.textContent !== st) stEl.textContent = st;
    if (cpuEl && cpuEl.textContent !== cpuText) cpuEl.textContent = cpuText;
    if (barEl) {
      barEl.classList.toggle('hot', inst.cpu >= 90);
      const fill = barEl.firstElementChild as HTMLElement | null;
      if (fill) fill.style.inlineSize = `${Math.min(100, inst.cpu)}%`;
    }
  }

  #renderTargets(): void {
    const s = this.#sim;
    const body = q<HTMLElement>(this, '[data-targets]');
    if (!s || !body) return;
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

  #renderLog(): void {
    const s = this.#sim;
    const list = q<HTMLOListElement>(this, '[data-log]');
    if (!s || !list) return;
    const fresh = s.activity.filter((a) => a.seq > this.#lastLogSeq);
    if (fresh.length === 0) return;
    this.#lastLogSeq = fresh.at(-1)?.seq ?? this.#lastLogSeq;
    const frag = document.createDocumentFragment();
    for (const a of fresh.slice(-MAX_LOG_ITEMS).reverse()) frag.append(this.#logItem(a));
    list.prepend(frag);
    while (list.children.length > MAX_LOG_ITEMS) list.lastElementChild?.remove();
    for (const a of fresh) {
      if (a.kind === 'launch') this.#pendingAnnounce.launch++;
      else if (a.kind === 'terminate') this.#pendingAnnounce.terminate++;
      else this.#pendingAnnounce.note = a.description.ko;
    }
  }

  #logItem(a: ActivityEntry): HTMLLIElement {
    const s = this.#sim;
    const li = h('li', a.kind);
    const when = h('div', 'when', s ? `${localLabel(epochOf(s, a.at), s.config.utcOffsetHours, true)} (KST)` : '');
    const kindLabel = a.kind === 'launch' ? '시작' : a.kind === 'terminate' ? '종료' : '이벤트';
    const head = h('div');
    head.append(h('span', `kind ${a.kind}`, kindLabel));
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

  #panels(): Record<string, PanelSpec> {
    const p = this.#sim?.config.policy;
    const cpuRefs: { value: number; cls: 's2' | 's4'; label: string }[] = [];
    if (p?.kind === 'target-tracking') cpuRefs.push({ value: p.targetCpu, cls: 's2', label: `대상 ${p.targetCpu} %` });
    else if (p?.kind === 'step' || p?.kind === 'simple') {
      cpuRefs.push({ value: p.highThreshold, cls: 's2', label: `확장 경보 ${p.highThreshold} %` });
      cpuRefs.push({ value: p.lowThreshold, cls: 's2', label: `축소 경보 ${p.lowThreshold} %` });
    }
    return {
      rps: {
        series: [
          { cls: 's1', label: '요청', value: (x) => x.rps, fill: true },
          { cls: 's4', label: '실패한 요청', value: (x) => x.rps * x.errorRate },
        ],
        minMax: 10,
        format: (v) => fmt.int(v),
      },
      cpu: {
        series: [{ cls: 's1', label: '평균 CPU', value: (x) => x.cpu }],
        refs: cpuRefs,
        minMax: 100,
        fixedMax: 100,
        format: (v) => `${Math.round(v)}`,
      },
      count: {
        series: [
          { cls: 's3', label: 'InService', value: (x) => x.inService, stepped: true },
          { cls: 's2', label: '원하는 용량', value: (x) => x.desired, stepped: true },
        ],
        minMax: 4,
        format: (v) => `${Math.round(v)}`,
      },
      latency: {
        series: [{ cls: 's1', label: '평균 응답 시간', value: (x) => x.responseMs }],
        minMax: 200,
        format: (v) => fmt.int(v),
      },
    };
  }

  #renderCharts(): void {
    const s = this.#sim;
    if (!s) return;
    const to = Math.max(s.t, this.#windowSeconds);
    const from = Math.max(0, to - this.#windowSeconds);
    const visible = s.series.filter((x) => x.t >= from);
    const off = s.config.utcOffsetHours;
    const label = (t: number) => localLabel(epochOf(s, t), off).slice(2);
    const panels = this.#panels();
    for (const fig of this.querySelectorAll<HTMLElement>('[data-chart]')) {
      const key = fig.dataset['chart'] ?? '';
      const spec = panels[key];
      const svg = q<SVGSVGElement>(fig, 'svg');
      if (!spec || !svg) continue;
      drawPanel(svg, visible, from, to, spec, label);
      const legend = q<HTMLElement>(fig, '[data-legend]');
      if (legend) {
        const keys = [...spec.series.map((x) => ({ cls: x.cls, label: x.label, dash: x.cls === 's2' })), ...(spec.refs ?? []).map((r) => ({ cls: r.cls, label: r.label, dash: true }))];
        const sig = keys.map((k) => k.label).join('|');
        if (legend.dataset['sig'] !== sig) {
          legend.dataset['sig'] = sig;
          legend.replaceChildren(
            ...keys.map((k) => {
              const span = h('span', `sl-key c${k.cls.slice(1)}`);
              span.append(h('i', k.dash ? 'dash' : ''), h('span', undefined, k.label));
              return span;
            }),
          );
        }
      }
      const desc = svg.querySelector('desc');
      if (desc) desc.textContent = this.#describe(key, visible, spec);
    }
    const summary = q<HTMLElement>(this, '[data-summary]');
    if (summary) summary.textContent = this.#summary(visible);
    const details = q<HTMLDetailsElement>(this, '[data-table-details]');
    if (details?.open) this.#renderTable(visible);
    else if (details && !details.dataset['wired']) {
      details.dataset['wired'] = '1';
      details.addEventListener('toggle', () => {
        if (details.open && this.#sim) this.#renderTable(this.#sim.series.filter((x) => x.t >= Math.max(0, Math.max(this.#sim?.t ?? 0, this.#windowSeconds) - this.#windowSeconds)));
      });
    }
  }

  #describe(key: string, visible: readonly Sample[], spec: PanelSpec): string {
    if (visible.length === 0) return '아직 데이터가 없습니다.';
    return spec.series
      .map((ser) => {
        const vals = visible.map(ser.value).filter((v): v is number => v !== null);
        if (vals.length === 0) return `${ser.label}: 데이터 없음`;
        const last = vals.at(-1) ?? 0;
        return `${ser.label}: 최소 ${spec.format(Math.min(...vals))}, 최대 ${spec.format(Math.max(...vals))}, 현재 ${spec.format(last)}`;
      })
      .concat(key === 'cpu' ? (spec.refs ?? []).map((r) => r.label) : [])
      .join('. ');
  }

  #summary(visible: readonly Sample[]): string {
    const s = this.#sim;
    if (!s || visible.length === 0) return '';
    const first = visible[0];
    const peakRps = Math.max(...visible.map((x) => x.rps));
    const maxIn = Math.max(...visible.map((x) => x.inService));
    const minIn = Math.min(...visible.map((x) => x.inService));
    const worst = Math.max(...visible.map((x) => x.errorRate));
    const from = first ? localLabel(epochOf(s, first.t), s.config.utcOffsetHours) : '';
    return `요약(${from}부터): 최대 요청 ${fmt.int(peakRps)}/s, InService ${minIn}~${maxIn}대, 가장 높은 오류율 ${(worst * 100).toFixed(1)} %, 누적 비용 ${fmt.usd(visible.at(-1)?.cost ?? 0)}.`;
  }

  #renderTable(visible: readonly Sample[]): void {
    const body = q<HTMLElement>(this, '[data-table-body]');
    const s = this.#sim;
    if (!body || !s) return;
    const rows = visible.filter((x) => x.t % 600 === 0);
    body.replaceChildren(
      ...rows.map((x) => {
        const tr = h('tr');
        tr.append(
          h('th', undefined, localLabel(epochOf(s, x.t), s.config.utcOffsetHours)),
          h('td', undefined, fmt.int(x.rps)),
          h('td', undefined, fmt.pct(x.cpu)),
          h('td', undefined, String(x.desired)),
          h('td', undefined, String(x.inService)),
          h('td', undefined, fmt.ms(x.responseMs)),
          h('td', undefined, `${(x.errorRate * 100).toFixed(1)} %`),
        );
        (tr.firstElementChild as HTMLElement).setAttribute('scope', 'row');
        return tr;
      }),
    );
  }

  // ---------- announcements ----------

  #say(text: string): void {
    const live = q<HTMLElement>(this, '[data-live]');
    if (live) live.textContent = text;
    this.#lastAnnounce = performance.now();
  }

  #flushAnnounce(force: boolean): void {
    const p = this.#pendingAnnounce;
    if (p.launch === 0 && p.terminate === 0 && !p.note) return;
    const now = performance.now();
    if (!force && now - this.#lastAnnounce < ANNOUNCE_EVERY_MS) return;
    const parts: string[] = [];
    if (p.note) parts.push(p.note);
    if (p.launch) parts.push(`인스턴스 시작 ${p.launch}건`);
    if (p.terminate) parts.push(`종료 ${p.terminate}건`);
    this.#pendingAnnounce = { launch: 0, terminate: 0, note: '' };
    this.#say(`활동 기록: ${parts.join(', ')}`);
  }

  #updateButtons(): void {
    const speed = q<HTMLSelectElement>(this, '[data-speed]');
    if (speed) speed.value = String(this.#speed);
  }
}

if (!customElements.get('scaling-lab')) customElements.define('scaling-lab', ScalingLabElement);
