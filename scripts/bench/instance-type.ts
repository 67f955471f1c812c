// Decodes per second over the whole real list (and the cost of a "closest names" lookup).
import { closestInstanceTypes, decodeInstanceType, explainInstanceType, INSTANCE_TYPE_NAMES } from '../../src/lib/instance-type/index.ts';

function measure(label: string, minMs: number, work: () => number): void {
  work(); // warm up
  let ops = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    ops += work();
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  const perSecond = Math.round((ops / elapsed) * 1000);
  console.log(`${label}: ${perSecond.toLocaleString('en-US')}/s (${ops.toLocaleString('en-US')} in ${elapsed.toFixed(0)} ms)`);
}

export async function run(): Promise<void> {
  const names = INSTANCE_TYPE_NAMES;
  console.log(`real names: ${names.length}`);
  measure('decodeInstanceType, whole real list', 1000, () => {
    for (const name of names) decodeInstanceType(name);
    return names.length;
  });
  measure('decode + explain, whole real list', 1000, () => {
    for (const name of names) {
      const r = decodeInstanceType(name);
      if (r.ok) explainInstanceType(r.value);
    }
    return names.length;
  });
  const misses = ['m7d.large', 'c5.nano', 'm5d.xxlarge', 'u7i-13tb.224xlarge', 'x2iedn'];
  measure('closestInstanceTypes (edit distance over the list)', 1000, () => {
    for (const q of misses) closestInstanceTypes(q);
    return misses.length;
  });
}
