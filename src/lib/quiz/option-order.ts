// The order in which a choice question's options are shown. Every surface (quiz, review audience screen,
// presenter window, worksheet, answer key, live classroom) derives it from this one function, so a seed
// always reproduces the same letters everywhere and the key is never "always A".
import { seededRandom, shuffle } from '../random.ts';

export interface OrderableOption {
  readonly pinLast?: boolean | undefined;
}

/** A 32-bit FNV-1a hash, so a question id can be mixed into a numeric seed. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The display order of `options` as indices into the authored array: a seeded shuffle, with options marked
 * `pinLast` kept at the end in their authored order. The same seed and question id always give the same order;
 * mixing the id in means two questions under one seed are not shuffled alike.
 */
export function optionOrder(options: readonly OrderableOption[], seed: number, questionId: string): number[] {
  const free: number[] = [];
  const pinned: number[] = [];
  options.forEach((option, index) => (option.pinLast === true ? pinned : free).push(index));
  const random = seededRandom((hashString(questionId) ^ (seed >>> 0)) >>> 0);
  return [...shuffle(free, random), ...pinned];
}
