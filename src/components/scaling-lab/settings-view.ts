// The free lab's settings form: read as raw text (the reducer parses it) and filled from a configuration.
import { defaultCustomLevels, type ScalingConfig, type SettingsInput } from '../../lib/scaling/index.ts';
import { drawCustom } from './draw-input.ts';
import { q } from './dom.ts';

function field(form: HTMLFormElement, name: string): HTMLInputElement | HTMLSelectElement | null {
  const el = form.elements.namedItem(name);
  return el instanceof HTMLInputElement || el instanceof HTMLSelectElement ? el : null;
}

export function readSettings(form: HTMLFormElement): SettingsInput {
  const get = (name: string): string => field(form, name)?.value ?? '';
  return {
    instanceType: get('instanceType'),
    zones: get('zones'),
    min: get('min'),
    desired: get('desired'),
    max: get('max'),
    healthCheckType: form.querySelector<HTMLInputElement>('input[name="healthCheckType"]:checked')?.value ?? 'ELB',
    gracePeriodSeconds: get('gracePeriodSeconds'),
    warmupSeconds: get('warmupSeconds'),
    appBootSeconds: get('appBootSeconds'),
    policy: get('policy'),
    targetCpu: get('targetCpu'),
    schedule: (field(form, 'schedule') as HTMLInputElement | null)?.checked ?? false,
    curve: get('curve'),
    baseRps: get('baseRps'),
    peakRps: get('peakRps'),
    seed: get('seed'),
    custom: Array.from({ length: 24 }, (_, k) => get(`h${k}`)),
  };
}

export function fillSettings(form: HTMLFormElement, cfg: ScalingConfig): void {
  const set = (name: string, value: string | number): void => {
    const el = field(form, name);
    if (el) el.value = String(value);
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
  const sched = field(form, 'schedule');
  if (sched instanceof HTMLInputElement) sched.checked = cfg.scheduledActions.length > 0;
  set('curve', cfg.traffic.curve);
  set('baseRps', cfg.traffic.baseRps);
  set('peakRps', cfg.traffic.peakRps);
  set('seed', cfg.seed);
  const levels = cfg.traffic.custom.length === 24 ? cfg.traffic.custom : defaultCustomLevels(cfg.traffic.baseRps, cfg.traffic.peakRps);
  levels.forEach((v, k) => set(`h${k}`, v));
}

/** The drawing shows only for the custom curve. */
export function syncDrawVisibility(root: ParentNode): void {
  const form = q<HTMLFormElement>(root, '[data-settings]');
  const curve = form ? field(form, 'curve')?.value : undefined;
  const draw = q<HTMLElement>(root, '[data-draw]');
  if (draw) draw.hidden = curve !== 'custom';
  if (curve === 'custom') drawCustom(root);
}
