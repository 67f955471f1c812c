// The console step table (src/lib/console-steps): its markup, that every label a step names is listed and spelled
// once, that every lesson reference resolves, and that lessons render the steps instead of retyping them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONSOLE_PROCEDURES,
  LAUNCH_INSTANCE_LABELS,
  LAUNCH_PARAMETERS,
  isConsoleProcedureId,
  labelsIn,
  parseStep,
  plainStep,
  stepLines,
  unlistedLabels,
  type ConsoleProcedure,
} from '../../src/lib/console-steps/index.ts';

const LESSONS = 'src/content/lessons';
const lessons = readdirSync(LESSONS)
  .filter((f) => f.endsWith('.mdx'))
  .map((file) => ({ file, text: readFileSync(join(LESSONS, file), 'utf8') }));
const procedures = Object.entries(CONSOLE_PROCEDURES) as [string, ConsoleProcedure][];
const references = lessons.flatMap(({ file, text }) =>
  [...text.matchAll(/<ConsoleSteps\s+id="([^"]*)"/g)].map((m) => ({ file, id: m[1] ?? '' })),
);

describe('parseStep', () => {
  it('splits console labels, emphasis and typed values from the text around them', () => {
    expect(parseStep('[[Image name]]에 `cafe-web-v1`을 **꼭** 입력합니다.')).toEqual([
      { kind: 'label', text: 'Image name' },
      { kind: 'text', text: '에 ' },
      { kind: 'value', text: 'cafe-web-v1' },
      { kind: 'text', text: '을 ' },
      { kind: 'strong', text: '꼭' },
      { kind: 'text', text: ' 입력합니다.' },
    ]);
  });
  it('leaves unclosed markup as text', () => {
    expect(parseStep('[[Next를 누릅니다')).toEqual([{ kind: 'text', text: '[[Next를 누릅니다' }]);
    expect(parseStep('')).toEqual([]);
  });
  it('reads a label path as its labels', () => {
    expect(labelsIn('[[EC2 > Instances > Launch instances]]를 엽니다. [[Next]]')).toEqual(['EC2', 'Instances', 'Launch instances', 'Next']);
    expect(plainStep('[[Actions > Delete]]를 누릅니다.')).toBe('Actions > Delete를 누릅니다.');
  });
  it('looks ids up as own keys only', () => {
    expect(isConsoleProcedureId('lab-create-image')).toBe(true);
    expect(isConsoleProcedureId('toString')).toBe(false);
    expect(isConsoleProcedureId('constructor')).toBe(false);
  });
});

describe('the console step table', () => {
  it('has unique ids, a Korean title, an AWS documentation source and steps for every list', () => {
    const ids = procedures.map(([id]) => id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [id, p] of procedures) {
      expect(p.title.trim(), id).not.toBe('');
      expect(p.title, id).toMatch(/[가-힣]/);
      expect(p.source, id).toMatch(/^https:\/\/docs\.aws\.amazon\.com\/\S+\.html$/);
      expect(p.steps.length, id).toBeGreaterThan(0);
    }
  });
  it('lists every label a step names, each non-empty, once, and with no stray spaces', () => {
    for (const [id, p] of procedures) {
      expect(unlistedLabels(p), id).toEqual([]);
      expect(new Set(p.labels).size, `${id}: a label listed twice`).toBe(p.labels.length);
      for (const label of p.labels) {
        expect(label.trim(), id).not.toBe('');
        expect(label, id).toBe(label.trim());
        expect(label, id).not.toMatch(/\s{2}|[가-힣]/);
      }
      const named = new Set(p.steps.flatMap(stepLines).flatMap(labelsIn));
      expect(p.labels.filter((label) => !named.has(label)), `${id}: listed but never named`).toEqual([]);
    }
  });
  it('writes steps in 합니다체 with balanced markup and particles attached', () => {
    for (const [id, p] of procedures) {
      for (const line of p.steps.flatMap(stepLines)) {
        expect(line.trim(), id).not.toBe('');
        const plain = plainStep(line);
        expect(plain, `${id}: markup left in "${line}"`).not.toMatch(/\[\[|\]\]|\*\*|`/);
        expect(line, `${id}: a particle set apart`).not.toMatch(/(\]\]|\*\*|`) (은|는|이|가|을|를|에|에서|로|으로|의|와|과)(\s|$)/);
      }
      for (const step of p.steps) expect(plainStep(typeof step === 'string' ? step : step.text), id).toMatch(/니다(\([^)]*\))?[.)]{1,2}$/);
    }
  });
});

describe('the Launch instance page', () => {
  const launchLabels = new Set<string>(LAUNCH_INSTANCE_LABELS);
  it('places every launch parameter at a label of the Launch instance page', () => {
    expect(LAUNCH_PARAMETERS.length).toBeGreaterThan(0);
    for (const p of LAUNCH_PARAMETERS) {
      const labels = labelsIn(p.location);
      expect(labels.length, p.parameter).toBeGreaterThan(0);
      expect(labels.filter((l) => !launchLabels.has(l)), p.parameter).toEqual([]);
      for (const text of [p.parameter, p.decides, p.afterLaunch]) expect(text.trim(), p.parameter).not.toBe('');
    }
    expect(new Set(LAUNCH_PARAMETERS.map((p) => p.parameter)).size).toBe(LAUNCH_PARAMETERS.length);
  });
  it('spells the lab\'s launch steps with the same labels', () => {
    const procedure = CONSOLE_PROCEDURES['lab-launch-source-instance'];
    const navigation = new Set(['EC2', 'Instances', 'Launch instances']);
    expect(procedure.labels.filter((l) => !launchLabels.has(l) && !navigation.has(l))).toEqual([]);
  });
  it('the launching lesson renders the table instead of retyping its console locations', () => {
    const lesson = lessons.find((l) => l.file === 'launching-instances.mdx')?.text ?? '';
    expect(lesson).toContain('<LaunchParameters />');
    for (const p of LAUNCH_PARAMETERS) expect(lesson.includes(`| ${plainStep(p.location)} |`), p.parameter).toBe(false);
  });
});

describe('lessons and the console step table', () => {
  it('every ConsoleSteps reference in a lesson names a list in the table, and every list is shown', () => {
    expect(references.length).toBeGreaterThan(0);
    for (const ref of references) expect(isConsoleProcedureId(ref.id), `${ref.file}: ${ref.id}`).toBe(true);
    const shown = new Set(references.map((r) => r.id));
    expect(procedures.map(([id]) => id).filter((id) => !shown.has(id))).toEqual([]);
  });
  it('lessons no longer retype the steps the table holds', () => {
    // Compare without Markdown emphasis and code marks, the way a lesson would have typed the same step.
    const unmark = (s: string) => s.replace(/\*\*|`/g, '').replace(/\s+/g, ' ');
    for (const { file, text } of lessons) {
      const body = unmark(text);
      for (const [id, p] of procedures) {
        for (const line of p.steps.flatMap(stepLines)) {
          expect(body.includes(unmark(plainStep(line))), `${file} retypes a step of ${id}: ${plainStep(line)}`).toBe(false);
        }
      }
    }
  });
});
