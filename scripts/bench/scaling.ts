// Auto Scaling lab: simulated days per second for a group of about 100 instances (10-second steps).
import { advance, createSimulation, DEFAULT_CONFIG, type ScalingConfig } from '../../src/lib/scaling/index.ts';

export function run(): void {
  const cfg: ScalingConfig = {
    ...DEFAULT_CONFIG,
    min: 100,
    desired: 100,
    max: 140,
    // Lunch curve sized so target tracking moves the group between 100 and ~130 instances.
    traffic: { ...DEFAULT_CONFIG.traffic, curve: 'lunch', baseRps: 2200, peakRps: 3200 },
  };
  const r = createSimulation(cfg, [
    { at: 6 * 3600, action: { type: 'failZone', zone: 'ap-northeast-2b' } },
    { at: 7 * 3600, action: { type: 'restoreZone', zone: 'ap-northeast-2b' } },
  ]);
  if (!r.ok) throw new Error(r.error.message);
  const s = r.value;
  advance(s, 86_400); // warm the JIT
  const days = 10;
  const t0 = performance.now();
  advance(s, days * 86_400);
  const seconds = (performance.now() - t0) / 1000;
  const instances = s.series.slice(-1440 * days).map((x) => x.inService);
  console.log(`group: ${Math.min(...instances)}–${Math.max(...instances)} in-service instances, step ${cfg.stepSeconds} s`);
  console.log(`${days} simulated days in ${seconds.toFixed(2)} s → ${(days / seconds).toFixed(1)} simulated days per second`);
  console.log(`≈ ${Math.round((days * 86_400) / cfg.stepSeconds / seconds).toLocaleString('en-US')} steps per second`);
}
