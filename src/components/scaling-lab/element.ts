// <scaling-lab>: turns DOM events into lab commands, runs the reducer (src/lib/scaling/lab.ts), performs its
// effects and renders the state through small views. No rule of the group or of the lab lives here.
import {
  elapsedLabel,
  clockLabel,
  initialLab,
  reduce,
  scenarioOf,
  type FaultKind,
  type LabCommand,
  type LabEffect,
  type LabState,
} from '../../lib/scaling/index.ts';
import { renderCharts, renderTable, visibleRange } from './charts-view.ts';
import { q, setText } from './dom.ts';
import { drawCustom, wireDrawing } from './draw-input.ts';
import { FleetView, renderStats, renderTargets } from './fleet-view.ts';
import { LogView, type FreshActivity } from './log-view.ts';
import { fillSettings, readSettings, syncDrawVisibility } from './settings-view.ts';

const ANNOUNCE_EVERY_MS = 4000;
const FAULTS: readonly FaultKind[] = ['kill', 'failHealth', 'spike', 'failZone', 'restoreZone'];

class ScalingLabElement extends HTMLElement {
  #state: LabState | null = null;
  #fleet = new FleetView(this);
  #log: LogView | null = null;
  #raf = 0;
  #lastFrame = 0;
  #lastSamples = -1;
  #lastWindow = -1;
  #pending: FreshActivity = { launch: 0, terminate: 0, note: '' };
  #lastAnnounce = 0;
  #resize: ResizeObserver | null = null;

  connectedCallback(): void {
    if (this.#state) return;
    this.#log = new LogView(q<HTMLOListElement>(this, '[data-log]'));
    this.#state = initialLab(this.dataset['scenario'] ?? '');
    this.#wire();
    for (const c of this.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>('[disabled]')) c.disabled = false;
    this.#afterRestart();
    const charts = q<HTMLElement>(this, '.sl-charts');
    if (charts && 'ResizeObserver' in window) {
      let width = 0;
      this.#resize = new ResizeObserver((entries) => {
        const w = Math.round(entries[0]?.contentRect.width ?? 0);
        if (w === width) return;
        width = w;
        this.#render(true);
        drawCustom(this);
      });
      this.#resize.observe(charts);
    }
  }

  disconnectedCallback(): void {
    this.#resize?.disconnect();
    cancelAnimationFrame(this.#raf);
  }

  #dispatch(command: LabCommand): void {
    const before = this.#state;
    if (!before) return;
    const { state, effects } = reduce(before, command);
    this.#state = state;
    if (effects.some((e) => e.type === 'restarted')) this.#afterRestart();
    if (state.playing !== before.playing || command.type === 'play') this.#loop(state.playing);
    this.#render(command.type !== 'tick');
    // After rendering, so the reducer's words are what the live region says last.
    for (const effect of effects) this.#run(effect);
  }

  #run(effect: LabEffect): void {
    if (effect.type !== 'announce') return;
    this.#pending = { launch: 0, terminate: 0, note: '' };
    this.#say(effect.text);
  }

  #loop(on: boolean): void {
    cancelAnimationFrame(this.#raf);
    if (!on) return;
    this.#lastFrame = performance.now();
    const frame = (now: number): void => {
      const dt = (now - this.#lastFrame) / 1000;
      this.#lastFrame = now;
      this.#dispatch({ type: 'tick', realSeconds: dt });
      if (this.#state?.playing) this.#raf = requestAnimationFrame(frame);
    };
    this.#raf = requestAnimationFrame(frame);
  }

  // ---------- wiring ----------

  #wire(): void {
    q<HTMLButtonElement>(this, '[data-play]')?.addEventListener('click', () => this.#dispatch({ type: this.#state?.playing ? 'pause' : 'play' }));
    q<HTMLButtonElement>(this, '[data-step]')?.addEventListener('click', () => this.#dispatch({ type: 'step' }));
    q<HTMLButtonElement>(this, '[data-skip]')?.addEventListener('click', () => this.#dispatch({ type: 'skip-to-next-event' }));
    q<HTMLButtonElement>(this, '[data-reset]')?.addEventListener('click', () => this.#dispatch({ type: 'reset' }));
    const speed = q<HTMLSelectElement>(this, '[data-speed]');
    speed?.addEventListener('change', () => this.#dispatch({ type: 'set-speed', speed: Number(speed.value) }));
    const win = q<HTMLSelectElement>(this, '[data-window]');
    win?.addEventListener('change', () => this.#dispatch({ type: 'set-window', seconds: Number(win.value) }));

    // Scenario cards: guided first, the free lab last.
    this.addEventListener('click', (event) => {
      const target = event.target instanceof Element ? event.target : null;
      const load = target?.closest<HTMLButtonElement>('button[data-scenario-load]');
      if (load) {
        this.#dispatch({ type: 'load-scenario', id: load.dataset['scenarioLoad'] ?? '' });
        q<HTMLButtonElement>(this, '[data-play]')?.focus();
        return;
      }
      const inst = target?.closest<HTMLButtonElement>('button[data-instance]');
      if (inst) {
        this.#dispatch({ type: 'select', instanceId: inst.dataset['instance'] ?? '' });
        return;
      }
      const marker = target?.closest<HTMLButtonElement>('button[data-marker-t]');
      if (marker) this.#dispatch({ type: 'inspect', t: Number(marker.dataset['markerT']) });
    });
    // Hover and focus read a marker out too (tap is the click above).
    const inspect = (event: Event): void => {
      const marker = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-marker-t]') : null;
      if (marker && this.#state?.inspected !== Number(marker.dataset['markerT'])) this.#dispatch({ type: 'inspect', t: Number(marker.dataset['markerT']) });
    };
    this.addEventListener('pointerover', inspect);
    this.addEventListener('focusin', inspect);

    for (const btn of this.querySelectorAll<HTMLButtonElement>('[data-fault]')) {
      const kind = FAULTS.find((f) => f === btn.dataset['fault']);
      if (!kind) continue;
      btn.addEventListener('click', () => this.#dispatch({ type: 'fault', kind, zone: q<HTMLSelectElement>(this, '[data-fault-zone]')?.value ?? '' }));
    }

    const capacity = q<HTMLFormElement>(this, '[data-capacity-form]');
    capacity?.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = (name: string): string => (capacity.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '';
      this.#dispatch({ type: 'set-capacity', min: text('min'), desired: text('desired'), max: text('max') });
    });

    const settings = q<HTMLFormElement>(this, '[data-settings]');
    settings?.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#dispatch({ type: 'apply-settings', input: readSettings(settings) });
    });
    settings?.querySelector('select[name="curve"]')?.addEventListener('change', () => syncDrawVisibility(this));
    settings?.addEventListener('input', (event) => {
      if (event.target instanceof HTMLInputElement && /^h\d+$/.test(event.target.name)) drawCustom(this);
    });
    wireDrawing(this);
    const details = q<HTMLDetailsElement>(this, '[data-table-details]');
    details?.addEventListener('toggle', () => {
      const s = this.#state;
      if (details.open && s) renderTable(this, s.sim, s.sim.series.filter((x) => x.t >= visibleRange(s).from));
    });
  }

  /** A new simulation: rebuild the zones, clear the log, put its settings in the forms. */
  #afterRestart(): void {
    const s = this.#state;
    if (!s) return;
    this.#fleet.build(s.sim);
    this.#log?.reset();
    this.#lastSamples = -1;
    const settings = q<HTMLFormElement>(this, '[data-settings]');
    if (settings) fillSettings(settings, s.config);
    syncDrawVisibility(this);
    this.#syncCapacityForm(true);
  }

  #syncCapacityForm(force: boolean): void {
    const form = q<HTMLFormElement>(this, '[data-capacity-form]');
    const s = this.#state;
    // Never overwrite what the learner is typing (an empty field stays empty until submitted).
    if (!form || !s || (!force && form.contains(document.activeElement))) return;
    if (!force && s.actionError !== null) return;
    for (const name of ['min', 'desired', 'max'] as const) {
      const field = form.elements.namedItem(name);
      const v = String(s.sim[name]);
      if (field instanceof HTMLInputElement && field.value !== v) field.value = v;
    }
  }

  // ---------- rendering ----------

  #render(force: boolean): void {
    const state = this.#state;
    if (!state) return;
    const s = state.sim;
    setText(q(this, '[data-clock]'), clockLabel(s, s.t));
    setText(q(this, '[data-elapsed]'), elapsedLabel(s.t));
    const play = q<HTMLButtonElement>(this, '[data-play]');
    if (play) {
      play.setAttribute('aria-pressed', String(state.playing));
      setText(play, state.playing ? '❚❚ 일시 정지' : '▶ 재생');
    }
    const speed = q<HTMLSelectElement>(this, '[data-speed]');
    if (speed && speed.value !== String(state.speed)) speed.value = String(state.speed);
    const win = q<HTMLSelectElement>(this, '[data-window]');
    if (win && win.value !== String(state.windowSeconds)) win.value = String(state.windowSeconds);
    this.#renderScenario(state);
    setText(q(this, '[data-action-error]'), state.actionError ?? '');
    setText(q(this, '[data-settings-error]'), state.settingsError ?? '');
    renderStats(this, s);
    this.#syncCapacityForm(false);
    this.#fleet.render(s, state.selected);
    renderTargets(this, s);
    const fresh = this.#log?.render(s);
    if (fresh) {
      this.#pending.launch += fresh.launch;
      this.#pending.terminate += fresh.terminate;
      if (fresh.note) this.#pending.note = fresh.note;
    }
    if (force || s.series.length !== this.#lastSamples || state.windowSeconds !== this.#lastWindow) {
      this.#lastSamples = s.series.length;
      this.#lastWindow = state.windowSeconds;
      renderCharts(this, state);
    }
    this.#flushAnnounce(force);
  }

  #renderScenario(state: LabState): void {
    const current = scenarioOf(state)?.id ?? '';
    for (const card of this.querySelectorAll<HTMLElement>('[data-scenario-card]')) {
      const on = card.dataset['scenarioCard'] === current;
      card.classList.toggle('is-current', on);
      const button = card.querySelector<HTMLButtonElement>('[data-scenario-load]');
      if (button) button.setAttribute('aria-pressed', String(on));
    }
    for (const node of this.querySelectorAll<HTMLElement>('[data-scenario-id]')) node.hidden = node.dataset['scenarioId'] !== current;
    // The settings belong to the free lab; guided scenarios keep theirs.
    const settings = q<HTMLElement>(this, '[data-settings-details]');
    if (settings) settings.hidden = current !== '';
  }

  // ---------- announcements ----------

  #say(text: string): void {
    const live = q<HTMLElement>(this, '[data-live]');
    if (live) live.textContent = text;
    this.#lastAnnounce = performance.now();
  }

  #flushAnnounce(force: boolean): void {
    const p = this.#pending;
    if (p.launch === 0 && p.terminate === 0 && !p.note) return;
    if (!force && performance.now() - this.#lastAnnounce < ANNOUNCE_EVERY_MS) return;
    const parts: string[] = [];
    if (p.note) parts.push(p.note);
    if (p.launch) parts.push(`인스턴스 시작 ${p.launch}건`);
    if (p.terminate) parts.push(`종료 ${p.terminate}건`);
    this.#pending = { launch: 0, terminate: 0, note: '' };
    this.#say(`활동 기록: ${parts.join(', ')}`);
  }
}

if (!customElements.get('scaling-lab')) customElements.define('scaling-lab', ScalingLabElement);
