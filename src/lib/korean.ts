// Particles (josa) after values in UI templates, through es-hangul. es-hangul reads only a Hangul last
// syllable; a number is read aloud first (3 → 삼 → "3으로"), and a Latin word takes the reading the caller
// gives (running → 러닝 → "running이"). Never "(으)로" or "을(를)".
import { josa, numberToHangul } from 'es-hangul';

type JosaOption = Parameters<typeof josa>[1];

/** The particle alone, chosen by how `word` (or `reading`) is pronounced. */
export function pickJosa(word: string, option: JosaOption, reading?: string): string {
  const spoken = reading ?? spokenTail(word);
  return josa.pick(spoken, option);
}

/** `word` with its particle attached: withJosa('3', '으로/로') → "3으로". */
export function withJosa(word: string, option: JosaOption, reading?: string): string {
  return `${word}${pickJosa(word, option, reading)}`;
}

/** The Hangul that decides the particle: trailing digits are read as a number, closing quotes are skipped. */
function spokenTail(word: string): string {
  const trimmed = word.replace(/[\s'"’”)\]»」』]+$/u, '');
  const digits = /(\d+)$/.exec(trimmed);
  if (digits?.[1]) {
    const n = Number(digits[1]);
    return n === 0 ? '영' : numberToHangul(n);
  }
  return trimmed === '' ? word : trimmed;
}
