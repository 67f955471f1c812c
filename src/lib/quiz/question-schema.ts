// The question bank's schema: one `kind` union, validated when the site builds.
// Cross-file checks (duplicate ids, lesson and section anchors that must exist) live in bank-checks.ts.
import { z } from 'astro/zod';

const text = z.string().trim().min(1);

/** An AWS documentation page the question was checked against. */
const awsDocUrl = z.url({ protocol: /^https$/, hostname: /(^|\.)(aws\.amazon\.com|docs\.aws\.amazon\.com|repost\.aws)$/, error: 'source에는 AWS 문서의 https URL을 적습니다' });

const common = {
  /** Stable id, unique across the bank; progress is stored under it, so never reuse or rename one. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'id는 소문자, 숫자, 하이픈만 씁니다 (예: itypes-naming-01)' }),
  /** Section anchor (heading id) in the lesson that teaches the answer. */
  section: z.string().min(1, { error: 'section에는 레슨의 절 앵커(제목 id)를 적습니다' }).refine((s) => !s.startsWith('#'), { error: 'section 앵커는 #를 빼고 적습니다' }),
  /** The question, Korean. Inline `code` with backticks is allowed. */
  prompt: text,
  /** Why the answer is right (and, for choices, see each option's `why`). */
  explanation: text,
  /** 1 easy recall, 2 applied, 3 scenario or tricky. */
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  tags: z.array(z.string().trim().min(1)).default([]),
  /**
   * The AWS documentation page(s) that back the answer. Where two AWS pages disagree, list both and say so in
   * the explanation. Optional in the schema so that test fixtures stay small; the bank check in the build fails on any
   * question of the real bank without one.
   */
  source: z.union([awsDocUrl, z.array(awsDocUrl).min(1)]).optional(),
};

/** A choice: its text and why it is right or wrong. */
const option = z.strictObject({
  text,
  why: text,
  /** Keep this option last whatever the shuffle (`위의 모두`, `정답 없음`). */
  pinLast: z.boolean().optional(),
});

export const singleChoice = z.strictObject({
  ...common,
  kind: z.literal('single'),
  options: z.array(option).min(3, { error: '선택형 문항은 보기가 3개 이상이어야 합니다' }),
  /** 0-based index of the right option. */
  answer: z.number().int().nonnegative(),
});

export const multipleSelect = z.strictObject({
  ...common,
  kind: z.literal('multiple'),
  options: z.array(option).min(3, { error: '선택형 문항은 보기가 3개 이상이어야 합니다' }),
  /** 0-based indices of every right option (at least one). */
  answers: z.array(z.number().int().nonnegative()).min(1, { error: '복수 선택 문항에는 정답이 1개 이상 있어야 합니다' }),
});

export const trueFalse = z.strictObject({
  ...common,
  kind: z.literal('true-false'),
  answer: z.boolean(),
});

export const typedAnswer = z.strictObject({
  ...common,
  kind: z.literal('typed'),
  /** Accepted answers: the first is shown as the answer; add Korean, English and abbreviations. */
  accepted: z.array(text).min(1, { error: '주관식 문항에는 인정 답안이 1개 이상 있어야 합니다' }),
  /** No typo tolerance at all: the answer is an exact token (an address, a port, an identifier). */
  exact: z.boolean().default(false),
  /** Near misses that are other facts (`AWSELB` for `AWSALB`, `gp2` for `gp3`); a unit test runs each through the grader and expects a wrong answer. */
  wrong: z.array(text).default([]),
});

export const ordering = z.strictObject({
  ...common,
  kind: z.literal('ordering'),
  /** Steps in the correct order; the quiz shows them shuffled. */
  steps: z.array(text).min(3, { error: '순서 문항은 단계가 3개 이상이어야 합니다' }),
});

export const matching = z.strictObject({
  ...common,
  kind: z.literal('matching'),
  /** Left items each matched to one right item; the right column is shown shuffled. */
  pairs: z.array(z.strictObject({ left: text, right: text })).min(3, { error: '연결 문항은 짝이 3개 이상이어야 합니다' }),
});

export const questionSchema = z
  .discriminatedUnion('kind', [singleChoice, multipleSelect, trueFalse, typedAnswer, ordering, matching])
  .superRefine((q, ctx) => {
    if (q.kind === 'single' && q.answer >= q.options.length) {
      ctx.addIssue({ code: 'custom', path: ['answer'], message: `문항 ${q.id}: 정답 번호 ${q.answer}에 해당하는 보기가 없습니다 (보기 ${q.options.length}개, 0부터 셉니다)` });
    }
    if (q.kind === 'multiple') {
      const bad = q.answers.filter((a) => a >= q.options.length);
      if (bad.length > 0) {
        ctx.addIssue({ code: 'custom', path: ['answers'], message: `문항 ${q.id}: 정답 번호 ${bad.join(', ')}에 해당하는 보기가 없습니다` });
      }
      if (new Set(q.answers).size !== q.answers.length) {
        ctx.addIssue({ code: 'custom', path: ['answers'], message: `문항 ${q.id}: 정답 번호가 중복되었습니다` });
      }
    }
    if (q.kind === 'ordering' && new Set(q.steps).size !== q.steps.length) {
      ctx.addIssue({ code: 'custom', path: ['steps'], message: `문항 ${q.id}: 같은 단계가 두 번 나옵니다` });
    }
    if (q.kind === 'matching' && new Set(q.pairs.map((p) => p.left)).size !== q.pairs.length) {
      ctx.addIssue({ code: 'custom', path: ['pairs'], message: `문항 ${q.id}: 왼쪽 항목이 중복되었습니다` });
    }
  });

export type Question = z.infer<typeof questionSchema>;
export type QuestionKind = Question['kind'];
