// Families AWS files under "Previous generation instances" (2026 Instance Types guide), plus retired
// families the guide no longer lists at all. Families newer than the guide (c9g, t8i, …) are current.

export const PREVIOUS_GENERATION_FAMILIES: readonly string[] = [
  'a1', 'm1', 'm2', 'm3', 'm4', 't1', // general purpose
  'c1', 'c3', 'c4', // compute optimized
  'r3', 'r4', // memory optimized
  'i2', // storage optimized
  'g3', 'g3s', 'p3', 'p3dn', // accelerated computing (g3s is the small size line of G3)
];

/** Still accepted by the EC2 API but no longer in the AWS documentation. */
export const RETIRED_FAMILIES: readonly string[] = ['cc1', 'cc2', 'cg1', 'cr1', 'g2', 'hi1', 'hs1', 'p2'];

const PREVIOUS = new Set<string>([...PREVIOUS_GENERATION_FAMILIES, ...RETIRED_FAMILIES]);

export function isPreviousGeneration(family: string): boolean {
  return PREVIOUS.has(family);
}

export function isRetiredFamily(family: string): boolean {
  return RETIRED_FAMILIES.includes(family);
}
