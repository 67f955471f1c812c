// Korean particles attach to their word. In Markdown an emphasised term followed by a particle is easy to get
// wrong in two ways, both caught here:
// - a space before the particle ("**보안 그룹** 은"), which the reader sees as a detached particle;
// - a closing "**" right after punctuation and right before Hangul ("**대상 그룹(target group)**은"): CommonMark
//   cannot close emphasis there, so the asterisks print as they are. Write <strong>…</strong>은 instead.

export interface ParticleProblem {
  line: number;
  excerpt: string;
  kind: 'spaced-particle' | 'unclosable-emphasis';
  message: string;
}

const PARTICLES = [
  '으로는', '이라는', '에서는', '에서', '으로', '이며', '이고', '에게', '까지', '부터', '처럼', '보다', '라는', '이란',
  '입니다', '이다', '과의', '와의', '에는', '에도', '로는', '이나', '은', '는', '가', '을', '를', '의', '에', '와', '과', '로', '도', '만', '란',
];
const PARTICLE = PARTICLES.join('|');

const PARTICLE_START = new RegExp(`^[ \\t]+(${PARTICLE})(?=[\\s,.;:!?)\\]"'’”]|$)`, 'u');
// A code span or a closing HTML emphasis tag, then whitespace, then a particle that ends the word.
const SPACED_AFTER_TAG = new RegExp(`(\x60[^\x60\\n]+\x60|</(?:strong|em|code)>)[ \\t]+(${PARTICLE})(?=[\\s,.;:!?)\\]"'’”]|$)`, 'gu');
const ENDS_WITH_PUNCTUATION = /[\p{P}]$/u;
const STARTS_WITH_HANGUL = /^\p{Script=Hangul}/u;

/** Problems in one Markdown/MDX/YAML source (code fences skipped). */
export function particleProblems(source: string): ParticleProblem[] {
  const problems: ParticleProblem[] = [];
  let inFence = false;
  for (const [index, text] of source.split('\n').entries()) {
    if (/^\s*```/.test(text)) { inFence = !inFence; continue; }
    if (inFence) continue;
    const line = index + 1;
    const spaced = (excerpt: string) => problems.push({
      line, excerpt, kind: 'spaced-particle',
      message: `${line}행: 강조한 말과 조사 사이에 띄어쓰기가 있습니다: "${excerpt}" (조사는 붙여 씁니다)`,
    });
    // "**" markers pair up along the line: odd pieces are emphasised (code spans are left out first).
    const pieces = text.replace(/\x60[^\x60]*\x60/g, (m) => 'x'.repeat(m.length)).split('**');
    for (let i = 1; i + 1 < pieces.length; i += 2) {
      const term = pieces[i] ?? '';
      const after = pieces[i + 1] ?? '';
      const particle = PARTICLE_START.exec(after);
      if (particle) spaced(`**${term}**${particle[0]}`);
      if (ENDS_WITH_PUNCTUATION.test(term) && STARTS_WITH_HANGUL.test(after)) {
        const excerpt = `**${term}**${after.slice(0, 2)}`;
        problems.push({
          line, excerpt, kind: 'unclosable-emphasis',
          message: `${line}행: 문장 부호로 끝나는 **강조** 바로 뒤에 한글이 오면 강조가 닫히지 않습니다: "${excerpt}" (<strong>…</strong>으로 쓰십시오)`,
        });
      }
    }
    for (const m of text.matchAll(SPACED_AFTER_TAG)) spaced(m[0]);
  }
  return problems;
}
