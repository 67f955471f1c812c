// The builder: from chosen parts to a name, and whether AWS sells it.
import { familyCatalog } from './explain.ts';
import { isKnownFamily, isKnownInstanceType } from './names.ts';
import { PROCESSORS, type Processor } from './options.ts';

export interface BuildSpec {
  series: string;
  generation: number | null;
  processor: Processor | null;
  options: readonly string[];
  suffix: string | null;
  size: string;
}

export interface BuildResult {
  name: string;
  family: string;
  /** AWS sells this exact name. */
  known: boolean;
  /** AWS sells this family (in some size). */
  familyKnown: boolean;
}

/** Written order for option letters when no real family fixes it. */
const OPTION_ORDER = ['z', 'e', 'd', 'n', 'b', 'q'];

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

export function buildInstanceTypeName(spec: BuildSpec): BuildResult {
  // A real family with the same parts fixes the letter order (AWS writes x2iedn but p4de).
  const real = familyCatalog().find(
    (e) =>
      e.parts.series === spec.series &&
      e.parts.generation === spec.generation &&
      e.parts.processor === spec.processor &&
      e.parts.suffix === spec.suffix &&
      sameSet(e.parts.options, spec.options),
  );
  let family: string;
  if (real) {
    family = real.family;
  } else {
    const ordered = [...new Set(spec.options)].sort((a, b) => {
      const ia = OPTION_ORDER.indexOf(a);
      const ib = OPTION_ORDER.indexOf(b);
      return (ia === -1 ? 99 : ia) - (ib === -1 ? 99 : ib) || a.localeCompare(b);
    });
    const processor = spec.processor === null ? '' : PROCESSORS[spec.processor].letter;
    const generation = spec.generation === null ? '' : String(spec.generation);
    family = `${spec.series}${generation}${processor}${ordered.join('')}${spec.suffix === null ? '' : `-${spec.suffix}`}`;
  }
  const name = `${family}.${spec.size}`;
  return { name, family, known: isKnownInstanceType(name), familyKnown: isKnownFamily(family) };
}
