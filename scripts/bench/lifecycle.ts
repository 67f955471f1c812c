// Figures for the lifecycle model: how fast random walks through the state machine run, and how
// many distinct (state, path) pairs they visit. No assertions (see tests/unit/lifecycle*.test.ts).
import { ACTION_ORDER, DEFAULT_CONFIG, isTransitional, launch, perform, settle } from '../../src/lib/lifecycle/index.ts';
import type { InstanceConfig } from '../../src/lib/lifecycle/index.ts';
import { nextInt } from '../../src/lib/lifecycle/rng.ts';

export async function run(): Promise<void> {
  const configs: InstanceConfig[] = [
    DEFAULT_CONFIG,
    { ...DEFAULT_CONFIG, hibernationEnabled: true, elasticIp: true },
    { ...DEFAULT_CONFIG, rootDevice: 'instance-store' },
    { ...DEFAULT_CONFIG, market: 'spot', spotInterruptionBehavior: 'hibernate', hibernationEnabled: true },
  ];
  const steps = 200_000;
  let refused = 0;
  const seen = new Set<string>();
  const t0 = performance.now();
  let seed = 1;
  let rng = 12345;
  let instance = launch(configs[0] ?? DEFAULT_CONFIG, seed);
  for (let i = 0; i < steps; i += 1) {
    if (instance.state === 'terminated') {
      seed += 1;
      instance = launch(configs[seed % configs.length] ?? DEFAULT_CONFIG, seed);
    }
    if (isTransitional(instance) && i % 2 === 0) {
      instance = settle(instance);
    } else {
      const pick = nextInt(rng, 0, ACTION_ORDER.length - 1);
      rng = pick.state;
      const action = ACTION_ORDER[pick.value] ?? 'reboot';
      const r = perform(instance, action, instance.at + 5);
      if (r.ok) instance = r.instance;
      else refused += 1;
    }
    seen.add(`${instance.state}/${instance.path}`);
  }
  const ms = performance.now() - t0;
  console.log(`steps: ${steps}, instances launched: ${seed}, refused: ${refused}`);
  console.log(`time: ${ms.toFixed(1)} ms (${((steps / ms) * 1000).toFixed(0)} steps/s)`);
  console.log(`distinct state/path pairs visited: ${seen.size}`);
}
