// Reading card records safely: ids come from storage and user files, so lookups are own-key only.
import type { CardRecord, Progress } from '../srs/types.ts';

export function cardOf(p: Progress, id: string): CardRecord | undefined {
  return Object.hasOwn(p.cards, id) ? p.cards[id] : undefined;
}

export function isFlagged(c: CardRecord | undefined): boolean {
  return c?.flagged === true;
}
