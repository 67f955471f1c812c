// Help while a name is still being typed: a real family without its size yet (`t3`, `m5d.`, `c7g.x`), and
// names typed with the Korean keyboard layout left on (`ㅡ5.xlarge` → m5.xlarge). The layout mapping is
// es-hangul's convertHangulToQwerty, the same one site search uses for 한/영 slips.
import { convertHangulToQwerty } from 'es-hangul';
import { normalizeInstanceTypeName } from './decode.ts';
import { INSTANCE_FAMILIES, familySizes, isKnownFamily } from './names.ts';

export type TypingHint =
  /** A real family; `sizes` are its real sizes that start with what was typed after the dot. */
  | { kind: 'family'; family: string; sizePrefix: string; sizes: readonly string[] }
  /** The start of real family names (`m7` → m7a, m7g, m7i …). */
  | { kind: 'family-prefix'; prefix: string; families: readonly string[] };

const HANGUL = /[\u1100-\u11ff\u3131-\u318e\uac00-\ud7a3]/u;
/** Families listed for a prefix, at most. */
export const MAX_PREFIX_FAMILIES = 24;

/**
 * What the learner is probably in the middle of typing, or null when the input is not the start of a real
 * name. A finished valid name is not a hint (the decoder explains it); an unknown family is not either.
 */
export function typingHint(input: string): TypingHint | null {
  const name = normalizeInstanceTypeName(input);
  if (name === '' || name.length > 40 || !/^[a-z][a-z0-9-]*(\.[a-z0-9-]*)?$/.test(name)) return null;
  const dot = name.indexOf('.');
  const family = dot === -1 ? name : name.slice(0, dot);
  const sizePrefix = dot === -1 ? '' : name.slice(dot + 1);
  if (isKnownFamily(family)) {
    const all = familySizes(family);
    const sizes = all.filter((s) => s.startsWith(sizePrefix));
    // A complete real size is a name, not a hint; a size no real one starts with is a mistake.
    if (sizes.length === 0 || all.includes(sizePrefix)) return null;
    return { kind: 'family', family, sizePrefix, sizes };
  }
  if (dot !== -1) return null;
  const families = INSTANCE_FAMILIES.filter((f) => f.startsWith(name));
  if (families.length === 0) return null;
  return { kind: 'family-prefix', prefix: name, families: families.slice(0, MAX_PREFIX_FAMILIES) };
}

/** The same keys on the English layout, when the input holds Hangul (else null). */
export function fromKoreanKeyboard(input: string): string | null {
  if (!HANGUL.test(input)) return null;
  const latin = convertHangulToQwerty(input.normalize('NFC'));
  return latin === input || HANGUL.test(latin) ? null : latin;
}
