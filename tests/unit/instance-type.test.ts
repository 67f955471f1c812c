import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import data from '../../src/data/instance-types.json' with { type: 'json' };
import {
  CATEGORIES,
  CATEGORY_IDS,
  INSTANCE_TYPE_NAMES,
  LESSON_SECTIONS,
  SERIES,
  UNDEFINED_OPTION_LABEL,
  buildInstanceTypeName,
  closestInstanceTypes,
  decodeInstanceType,
  describeOption,
  describeSuffix,
  explainInstanceType,
  familySizes,
  lessonHref,
  otherSizes,
  seriesInfo,
  similarInstanceTypes,
  sizeUnits,
  type InstanceTypeParts,
} from '../../src/lib/instance-type/index.ts';

function decodeOk(name: string): InstanceTypeParts {
  const result = decodeInstanceType(name);
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

describe('the generated list', () => {
  it('records the pinned SDK version and holds 1,400+ unique names', () => {
    expect(data.package).toBe('@aws-sdk/client-ec2');
    expect(data.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(data.count).toBe(data.names.length);
    expect(data.names.length).toBeGreaterThan(1400);
    expect(new Set(data.names).size).toBe(data.names.length);
  });
});

describe('every real name', () => {
  it('decodes ok, known, with family and size equal to the parts around the dot', () => {
    const failures: string[] = [];
    for (const name of INSTANCE_TYPE_NAMES) {
      const result = decodeInstanceType(name);
      const [family, size] = name.split('.');
      if (!result.ok) failures.push(`${name}: ${result.error.code}`);
      else if (!result.value.known || result.value.family !== family || result.value.size !== size || result.value.name !== name) {
        failures.push(`${name}: ${JSON.stringify(result.value)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('has a series in the table, and every option letter explained in Korean', () => {
    for (const name of INSTANCE_TYPE_NAMES) {
      const parts = decodeOk(name);
      expect(SERIES[parts.series], name).toBeDefined();
      const explanation = explainInstanceType(parts);
      // The segments spell the name back exactly.
      expect(explanation.segments.map((s) => s.text).join(''), name).toBe(name);
      for (const segment of explanation.segments) {
        if (segment.role !== 'separator') expect(segment.label, `${name} ${segment.text}`).not.toBe('');
      }
    }
  });
});

type Row = [
  name: string,
  family: string,
  series: string,
  generation: number | null,
  processor: InstanceTypeParts['processor'],
  options: string[],
  suffix: string | null,
  size: string,
  category: InstanceTypeParts['category'],
  previousGeneration: boolean,
  known: boolean,
];

const GP = 'general-purpose';
const CO = 'compute-optimized';
const MO = 'memory-optimized';
const SO = 'storage-optimized';
const AC = 'accelerated-computing';
const HPC = 'hpc-optimized';

// Hand-checked against the AWS naming table and the family lists (ec2-facts.md §1–2).
const TABLE: Row[] = [
  ['m5d.xlarge', 'm5d', 'm', 5, null, ['d'], null, 'xlarge', GP, false, true],
  ['m5.large', 'm5', 'm', 5, null, [], null, 'large', GP, false, true],
  ['m5zn.metal', 'm5zn', 'm', 5, null, ['z', 'n'], null, 'metal', GP, false, true],
  ['m5dn.24xlarge', 'm5dn', 'm', 5, null, ['d', 'n'], null, '24xlarge', GP, false, true],
  ['m5ad.large', 'm5ad', 'm', 5, 'amd', ['d'], null, 'large', GP, false, true],
  ['m6g.medium', 'm6g', 'm', 6, 'graviton', [], null, 'medium', GP, false, true],
  ['m6idn.32xlarge', 'm6idn', 'm', 6, 'intel', ['d', 'n'], null, '32xlarge', GP, false, true],
  ['m7i-flex.large', 'm7i-flex', 'm', 7, 'intel', [], 'flex', 'large', GP, false, true],
  ['m7i.metal-48xl', 'm7i', 'm', 7, 'intel', [], null, 'metal-48xl', GP, false, true],
  ['m8g.metal-24xl', 'm8g', 'm', 8, 'graviton', [], null, 'metal-24xl', GP, false, true],
  ['m8azn.medium', 'm8azn', 'm', 8, 'amd', ['z', 'n'], null, 'medium', GP, false, true],
  ['m8idb.large', 'm8idb', 'm', 8, 'intel', ['d', 'b'], null, 'large', GP, false, true],
  ['m4.large', 'm4', 'm', 4, null, [], null, 'large', GP, true, true],
  ['m1.small', 'm1', 'm', 1, null, [], null, 'small', GP, true, true],
  ['m2.xlarge', 'm2', 'm', 2, null, [], null, 'xlarge', GP, true, true],
  ['t2.micro', 't2', 't', 2, null, [], null, 'micro', GP, false, true],
  ['t3a.nano', 't3a', 't', 3, 'amd', [], null, 'nano', GP, false, true],
  ['t4g.nano', 't4g', 't', 4, 'graviton', [], null, 'nano', GP, false, true],
  ['t1.micro', 't1', 't', 1, null, [], null, 'micro', GP, true, true],
  ['a1.medium', 'a1', 'a', 1, null, [], null, 'medium', GP, true, true],
  ['mac1.metal', 'mac1', 'mac', 1, null, [], null, 'metal', GP, false, true],
  ['mac2-m2pro.metal', 'mac2-m2pro', 'mac', 2, null, [], 'm2pro', 'metal', GP, false, true],
  ['mac2-m1ultra.metal', 'mac2-m1ultra', 'mac', 2, null, [], 'm1ultra', 'metal', GP, false, true],
  ['mac-m4.metal', 'mac-m4', 'mac', null, null, [], 'm4', 'metal', GP, false, true],
  ['mac-m4max.metal', 'mac-m4max', 'mac', null, null, [], 'm4max', 'metal', GP, false, true],
  ['mac-m3ultra.metal', 'mac-m3ultra', 'mac', null, null, [], 'm3ultra', 'metal', GP, false, true],
  ['c5.9xlarge', 'c5', 'c', 5, null, [], null, '9xlarge', CO, false, true],
  ['c5n.18xlarge', 'c5n', 'c', 5, null, ['n'], null, '18xlarge', CO, false, true],
  ['c6gn.16xlarge', 'c6gn', 'c', 6, 'graviton', ['n'], null, '16xlarge', CO, false, true],
  ['c7gn.16xlarge', 'c7gn', 'c', 7, 'graviton', ['n'], null, '16xlarge', CO, false, true],
  ['c7i-flex.2xlarge', 'c7i-flex', 'c', 7, 'intel', [], 'flex', '2xlarge', CO, false, true],
  ['c8ine.large', 'c8ine', 'c', 8, 'intel', ['n', 'e'], null, 'large', CO, false, true],
  ['c8gb.large', 'c8gb', 'c', 8, 'graviton', ['b'], null, 'large', CO, false, true],
  ['c4.8xlarge', 'c4', 'c', 4, null, [], null, '8xlarge', CO, true, true],
  ['c1.medium', 'c1', 'c', 1, null, [], null, 'medium', CO, true, true],
  ['cc2.8xlarge', 'cc2', 'cc', 2, null, [], null, '8xlarge', CO, true, true],
  ['r5b.large', 'r5b', 'r', 5, null, ['b'], null, 'large', MO, false, true],
  ['r7iz.32xlarge', 'r7iz', 'r', 7, 'intel', ['z'], null, '32xlarge', MO, false, true],
  ['r8i-flex.large', 'r8i-flex', 'r', 8, 'intel', [], 'flex', 'large', MO, false, true],
  ['r3.large', 'r3', 'r', 3, null, [], null, 'large', MO, true, true],
  ['x1e.32xlarge', 'x1e', 'x', 1, null, ['e'], null, '32xlarge', MO, false, true],
  ['x2iedn.32xlarge', 'x2iedn', 'x', 2, 'intel', ['e', 'd', 'n'], null, '32xlarge', MO, false, true],
  ['x2iezn.12xlarge', 'x2iezn', 'x', 2, 'intel', ['e', 'z', 'n'], null, '12xlarge', MO, false, true],
  ['x2gd.medium', 'x2gd', 'x', 2, 'graviton', ['d'], null, 'medium', MO, false, true],
  ['x8aedz.large', 'x8aedz', 'x', 8, 'amd', ['e', 'd', 'z'], null, 'large', MO, false, true],
  ['z1d.12xlarge', 'z1d', 'z', 1, null, ['d'], null, '12xlarge', MO, false, true],
  ['u-6tb1.56xlarge', 'u-6tb1', 'u', null, null, [], '6tb1', '56xlarge', MO, false, true],
  ['u-3tb1.56xlarge', 'u-3tb1', 'u', null, null, [], '3tb1', '56xlarge', MO, false, true],
  ['u7i-12tb.224xlarge', 'u7i-12tb', 'u', 7, 'intel', [], '12tb', '224xlarge', MO, false, true],
  ['u7in-32tb.224xlarge', 'u7in-32tb', 'u', 7, 'intel', ['n'], '32tb', '224xlarge', MO, false, true],
  ['u7inh-32tb.480xlarge', 'u7inh-32tb', 'u', 7, 'intel', ['n', 'h'], '32tb', '480xlarge', MO, false, true],
  ['u7ib-12tb.224xlarge', 'u7ib-12tb', 'u', 7, 'intel', ['b'], '12tb', '224xlarge', MO, false, true],
  ['cr1.8xlarge', 'cr1', 'cr', 1, null, [], null, '8xlarge', MO, true, true],
  ['i3en.24xlarge', 'i3en', 'i', 3, null, ['e', 'n'], null, '24xlarge', SO, false, true],
  ['i4i.metal', 'i4i', 'i', 4, 'intel', [], null, 'metal', SO, false, true],
  ['i7ie.48xlarge', 'i7ie', 'i', 7, 'intel', ['e'], null, '48xlarge', SO, false, true],
  ['i8ge.large', 'i8ge', 'i', 8, 'graviton', ['e'], null, 'large', SO, false, true],
  ['im4gn.large', 'im4gn', 'im', 4, 'graviton', ['n'], null, 'large', SO, false, true],
  ['is4gen.medium', 'is4gen', 'is', 4, 'graviton', ['e', 'n'], null, 'medium', SO, false, true],
  ['d3en.12xlarge', 'd3en', 'd', 3, null, ['e', 'n'], null, '12xlarge', SO, false, true],
  ['d2.8xlarge', 'd2', 'd', 2, null, [], null, '8xlarge', SO, false, true],
  ['h1.16xlarge', 'h1', 'h', 1, null, [], null, '16xlarge', SO, false, true],
  ['i2.xlarge', 'i2', 'i', 2, null, [], null, 'xlarge', SO, true, true],
  ['hi1.4xlarge', 'hi1', 'hi', 1, null, [], null, '4xlarge', SO, true, true],
  ['hs1.8xlarge', 'hs1', 'hs', 1, null, [], null, '8xlarge', SO, true, true],
  ['g5g.16xlarge', 'g5g', 'g', 5, 'graviton', [], null, '16xlarge', AC, false, true],
  ['g4ad.xlarge', 'g4ad', 'g', 4, 'amd', ['d'], null, 'xlarge', AC, false, true],
  ['g4dn.metal', 'g4dn', 'g', 4, null, ['d', 'n'], null, 'metal', AC, false, true],
  ['g6f.large', 'g6f', 'g', 6, null, ['f'], null, 'large', AC, false, true],
  ['gr6.4xlarge', 'gr6', 'gr', 6, null, [], null, '4xlarge', AC, false, true],
  ['gr6f.4xlarge', 'gr6f', 'gr', 6, null, ['f'], null, '4xlarge', AC, false, true],
  ['g3s.xlarge', 'g3s', 'g', 3, null, ['s'], null, 'xlarge', AC, true, true],
  ['g2.2xlarge', 'g2', 'g', 2, null, [], null, '2xlarge', AC, true, true],
  ['cg1.4xlarge', 'cg1', 'cg', 1, null, [], null, '4xlarge', AC, true, true],
  ['p3dn.24xlarge', 'p3dn', 'p', 3, null, ['d', 'n'], null, '24xlarge', AC, true, true],
  ['p4de.24xlarge', 'p4de', 'p', 4, null, ['d', 'e'], null, '24xlarge', AC, false, true],
  ['p5en.48xlarge', 'p5en', 'p', 5, null, ['e', 'n'], null, '48xlarge', AC, false, true],
  ['p6-b200.48xlarge', 'p6-b200', 'p', 6, null, [], 'b200', '48xlarge', AC, false, true],
  ['p6e-gb200.36xlarge', 'p6e-gb200', 'p', 6, null, ['e'], 'gb200', '36xlarge', AC, false, true],
  ['inf2.48xlarge', 'inf2', 'inf', 2, null, [], null, '48xlarge', AC, false, true],
  ['trn1n.32xlarge', 'trn1n', 'trn', 1, null, ['n'], null, '32xlarge', AC, false, true],
  ['trn2u.48xlarge', 'trn2u', 'trn', 2, null, ['u'], null, '48xlarge', AC, false, true],
  ['dl1.24xlarge', 'dl1', 'dl', 1, null, [], null, '24xlarge', AC, false, true],
  ['dl2q.24xlarge', 'dl2q', 'dl', 2, null, ['q'], null, '24xlarge', AC, false, true],
  ['vt1.3xlarge', 'vt1', 'vt', 1, null, [], null, '3xlarge', AC, false, true],
  ['f2.6xlarge', 'f2', 'f', 2, null, [], null, '6xlarge', AC, false, true],
  ['hpc7g.16xlarge', 'hpc7g', 'hpc', 7, 'graviton', [], null, '16xlarge', HPC, false, true],
  ['hpc6id.32xlarge', 'hpc6id', 'hpc', 6, 'intel', ['d'], null, '32xlarge', HPC, false, true],
  ['hpc6a.48xlarge', 'hpc6a', 'hpc', 6, 'amd', [], null, '48xlarge', HPC, false, true],
  // Follow the grammar, but AWS does not sell them.
  ['m7d.large', 'm7d', 'm', 7, null, ['d'], null, 'large', GP, false, false],
  ['c5.nano', 'c5', 'c', 5, null, [], null, 'nano', CO, false, false],
  ['m5.96xlarge', 'm5', 'm', 5, null, [], null, '96xlarge', GP, false, false],
  ['m10.large', 'm10', 'm', 10, null, [], null, 'large', GP, false, false],
  ['r9i-flex.large', 'r9i-flex', 'r', 9, 'intel', [], 'flex', 'large', MO, false, false],
];

describe('hand-checked names', () => {
  it('has at least 60 rows', () => expect(TABLE.length).toBeGreaterThanOrEqual(60));
  it.each(TABLE)('%s', (name, family, series, generation, processor, options, suffix, size, category, previousGeneration, known) => {
    expect(decodeInstanceType(name)).toEqual({
      ok: true,
      value: { name, family, series, generation, processor, options, suffix, size, category, previousGeneration, known },
    });
  });
});

describe('normalization', () => {
  it('trims, lower-cases and applies NFKC', () => {
    expect(decodeOk('  M5D.XLARGE ').name).toBe('m5d.xlarge');
    expect(decodeOk('ｍ５ｄ．ｘｌａｒｇｅ').name).toBe('m5d.xlarge');
    expect(decodeOk('M5D.XLARGE').known).toBe(true);
  });
});

describe('malformed input', () => {
  const cases: [string, string][] = [
    ['m5d.xxlarge', 'bad-size'],
    ['m5d.1xlarge', 'bad-size'],
    ['m5d.16xl', 'bad-size'],
    ['m5d.metal-x', 'bad-size'],
    ['m5d', 'missing-dot'],
    ['.xlarge', 'missing-family'],
    ['m5d.', 'missing-size'],
    ['m5d..xlarge', 'extra-dot'],
    ['5m.large', 'family-starts-with-digit'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['m'.repeat(500), 'too-long'],
    ['m5d.xlarge'.repeat(5), 'too-long'],
    ['<img src=x onerror=alert(1)>', 'invalid-character'],
    ['m5d xlarge', 'invalid-character'],
    ['m5d_xlarge', 'invalid-character'],
    ['q5.large', 'unknown-series'],
    ['-flex.large', 'unknown-series'],
    ['m.large', 'missing-generation'],
    ['m05.large', 'bad-generation'],
    ['m123.large', 'bad-generation'],
    ['m5d6.large', 'bad-options'],
    ['m5dd.large', 'duplicate-option'],
    ['m5dg.large', 'misplaced-processor'],
    ['m7i-.large', 'bad-suffix'],
    ['m7i-flex-x.large', 'bad-suffix'],
  ];
  it.each(cases)('%j → %s', (input, code) => {
    const result = decodeInstanceType(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message).toMatch(/[가-힣]/);
    }
  });

  it('names the wrong part and shows how a valid name looks', () => {
    const size = decodeInstanceType('m5d.xxlarge');
    expect(!size.ok && size.error.message).toContain('2xlarge');
    const series = decodeInstanceType('q5.large');
    expect(!series.ok && series.error.message).toContain('“q”');
    const dot = decodeInstanceType('m5d');
    expect(!dot.ok && dot.error.message).toContain('m5d.large');
  });
});

/** Names of Object.prototype members: a plain-object lookup by typed text finds these. */
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

describe('prototype member names', () => {
  it('constructor5.large and friends decode to a Korean error, never a throw', () => {
    for (const name of PROTOTYPE_NAMES) {
      const lower = name.toLowerCase().replace(/[^a-z]/g, '');
      if (lower === '') continue;
      for (const input of [`${lower}5.large`, `${lower}.large`, `${lower}5-flex.large`, `m5${lower}.large`]) {
        const r = decodeInstanceType(input);
        expect(r.ok, input).toBe(false);
        if (!r.ok) expect(r.error.message, input).toMatch(/[가-힣]/);
      }
    }
    const r = decodeInstanceType('constructor5.large');
    expect(!r.ok && r.error.code).toBe('unknown-series');
  });
  it('option letters, suffixes and sizes are looked up as own keys', () => {
    // "o" (as in constructor) is no option letter; an option lookup must not find a prototype member either.
    const m5o = decodeInstanceType('m5o.large');
    expect(m5o.ok).toBe(true);
    if (m5o.ok) expect(explainInstanceType(m5o.value).segments.find((s) => s.role === 'option')?.label).toBe(UNDEFINED_OPTION_LABEL);
    expect(describeOption('constructor', 'general-purpose').defined).toBe(false);
    expect(describeOption('__proto__', 'general-purpose').label).toBe(UNDEFINED_OPTION_LABEL);
    expect(describeOption('toString', 'memory-optimized').note).not.toContain('function');
    expect(describeSuffix('m2constructor').kind).toBe('unknown');
    expect(describeSuffix('m4pro').label).toBe('Apple M4 Pro 칩');
    expect(describeSuffix('m4').label).toBe('Apple M4 칩');
    expect(sizeUnits('constructor')).toBe(Number.POSITIVE_INFINITY);
    expect(sizeUnits('toString')).toBe(Number.POSITIVE_INFINITY);
    expect(sizeUnits('large')).toBe(0.5);
    expect(seriesInfo('constructor')).toBeUndefined();
    expect(seriesInfo('__proto__')).toBeUndefined();
    expect(seriesInfo('m')?.id).toBe('m');
  });
});

describe('properties', () => {
  it('never throws, on any string, prototype names included; every success explains', () => {
    const protoLike = fc
      .tuple(
        fc.constantFrom('', 'm5', 'm'),
        fc.constantFrom(...PROTOTYPE_NAMES),
        fc.oneof(fc.constantFrom('', '5', '7g'), fc.string({ unit: 'binary-ascii', maxLength: 6 })),
        fc.constantFrom('.large', '5.large', '.', '-flex.xlarge', ''),
      )
      .map(([head, name, mid, tail]) => `${head}${name}${mid}${tail}`);
    fc.assert(
      fc.property(fc.oneof({ arbitrary: protoLike, weight: 2 }, fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'binary-ascii', maxLength: 30 })), (s) => {
        const result = decodeInstanceType(s);
        if (result.ok) {
          const explained = explainInstanceType(result.value);
          expect(explained.segments.length).toBeGreaterThan(0);
          expect(typeof explained.category.href).toBe('string');
        } else {
          expect(result.error.message).toMatch(/[가-힣]/);
        }
      }),
      { numRuns: 1500 },
    );
    for (const s of ['\u0000', '\uFFFF', '\uD800', 'ﬀ.large', 'ǅ5.large', 'm5d.xlarge\u200B', '.'.repeat(160), '-.-', 'm-.large']) {
      expect(() => decodeInstanceType(s)).not.toThrow();
    }
  }, 30_000);

  const nameLike = fc
    .tuple(
      fc.constantFrom(...Object.keys(SERIES)),
      fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
      fc.option(fc.constantFrom('a', 'g', 'i'), { nil: null }),
      fc.uniqueArray(fc.constantFrom('b', 'd', 'e', 'n', 'q', 'z', 'f', 'h', 's', 'u'), { maxLength: 3 }),
      fc.option(fc.constantFrom('flex', '12tb', '6tb1', 'm2pro', 'b200', 'gb200', 'zz9'), { nil: null }),
      fc.constantFrom('nano', 'large', 'xlarge', '2xlarge', '48xlarge', 'metal', 'metal-24xl'),
      fc.constantFrom('', ' ', '  '),
      fc.boolean(),
    )
    .map(([series, gen, proc, opts, suffix, size, pad, upper]) => {
      const name = `${series}${gen ?? ''}${proc ?? ''}${opts.join('')}${suffix ? `-${suffix}` : ''}.${size}`;
      // Without a generation digit, letters after the series would merge into it (only `mac-m4`, `u-6tb1` shapes are valid).
      const valid = gen !== null || (suffix !== null && Object.hasOwn(SERIES, `${series}${proc ?? ''}${opts.join('')}`));
      return { input: pad + (upper ? name.toUpperCase() : name) + pad, valid };
    });

  it('decodes generated names, and the normalized name re-decodes to the same parts', () => {
    fc.assert(
      fc.property(fc.oneof(nameLike.map((g) => g.input), fc.constantFrom(...INSTANCE_TYPE_NAMES), fc.string({ unit: 'binary-ascii', maxLength: 30 })), (input) => {
        const first = decodeInstanceType(input);
        if (!first.ok) return;
        expect(decodeInstanceType(first.value.name)).toEqual(first);
      }),
      { numRuns: 3000 },
    );
  }, 30_000);

  it('accepts every generated name that has a generation or a suffix', () => {
    fc.assert(
      fc.property(nameLike, ({ input, valid }) => {
        expect(decodeInstanceType(input).ok).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  }, 30_000);
});

describe('explanations', () => {
  it('explains x2iedn part by part, with e read as extra memory', () => {
    const { segments, category } = explainInstanceType(decodeOk('x2iedn.32xlarge'));
    expect(segments.map((s) => [s.text, s.role])).toEqual([
      ['x', 'series'],
      ['2', 'generation'],
      ['i', 'processor'],
      ['e', 'option'],
      ['d', 'option'],
      ['n', 'option'],
      ['.', 'separator'],
      ['32xlarge', 'size'],
    ]);
    expect(segments[3]?.label).toBe('추가 메모리');
    expect(category.label).toBe('메모리 최적화');
    expect(category.href).toBe('/lessons/instance-types/#메모리-최적화');
  });

  it('reads e per category', () => {
    const label = (name: string) => explainInstanceType(decodeOk(name)).segments.find((s) => s.text === 'e' && s.role === 'option')?.label;
    expect(label('i7ie.large')).toBe('추가 인스턴스 스토리지');
    expect(label('p5e.48xlarge')).toBe('추가 GPU 메모리');
    expect(label('x1e.xlarge')).toBe('추가 메모리');
  });

  it('keeps series g apart from option g', () => {
    const { segments } = explainInstanceType(decodeOk('g5g.xlarge'));
    expect(segments[0]).toMatchObject({ text: 'g', role: 'series', label: '그래픽 집약적' });
    expect(segments[2]).toMatchObject({ text: 'g', role: 'processor', label: 'AWS Graviton 프로세서' });
  });

  it('shows letters AWS does not define without guessing', () => {
    for (const [name, letter] of [['g6f.large', 'f'], ['u7inh-32tb.480xlarge', 'h'], ['g3s.xlarge', 's'], ['trn2u.48xlarge', 'u']] as const) {
      const segment = explainInstanceType(decodeOk(name)).segments.find((s) => s.role === 'option' && s.text === letter);
      expect(segment, name).toMatchObject({ label: UNDEFINED_OPTION_LABEL, defined: false });
    }
  });

  it('explains suffixes and sizes', () => {
    const suffix = (name: string) => explainInstanceType(decodeOk(name)).segments.find((s) => s.role === 'suffix')?.label;
    expect(suffix('u7i-12tb.224xlarge')).toBe('메모리 12 TiB');
    expect(suffix('mac2-m2pro.metal')).toBe('Apple M2 Pro 칩');
    expect(suffix('p6e-gb200.36xlarge')).toContain('GB200');
    expect(suffix('m7i-flex.large')).toBe('Flex 인스턴스');
    const size = explainInstanceType(decodeOk('m7i.metal-48xl')).segments.at(-1);
    expect(size).toMatchObject({ role: 'size', label: '베어 메탈 (48xlarge 크기)', href: '/lessons/instance-types/#인스턴스-크기' });
  });
});

describe('lesson links', () => {
  it('uses the agreed anchors in one table', () => {
    expect(Object.values(LESSON_SECTIONS).map((s) => s.anchor)).toEqual([
      '인스턴스-유형-이름-규칙',
      '여섯-가지-범주',
      '범용',
      '컴퓨팅-최적화',
      '메모리-최적화',
      '스토리지-최적화',
      '가속-컴퓨팅',
      'hpc-최적화',
      '인스턴스-크기',
      '인스턴스-유형-고르기',
    ]);
    expect(lessonHref('hpc-optimized')).toBe('/lessons/instance-types/#hpc-최적화');
    for (const id of CATEGORY_IDS) expect(LESSON_SECTIONS[CATEGORIES[id].section].heading).toBe(CATEGORIES[id].label);
  });
});

describe('related names', () => {
  it('lists other sizes of the family, smallest first, and similar types of the same series and generation', () => {
    const parts = decodeOk('m5d.xlarge');
    const sizes = otherSizes(parts);
    expect(sizes[0]).toBe('m5d.large');
    expect(sizes.at(-1)).toBe('m5d.metal');
    expect(sizes).toContain('m5d.xlarge');
    const similar = similarInstanceTypes(parts);
    expect(similar).toContain('m5dn.xlarge');
    expect(similar).toContain('m5.xlarge');
    expect(similar).not.toContain('m5d.xlarge');
    for (const name of similar) expect(decodeOk(name)).toMatchObject({ series: 'm', generation: 5, known: true });
    expect(familySizes('c5')).not.toContain('nano');
  });

  it('suggests sensible closest real names', () => {
    expect(closestInstanceTypes('c5.nano')[0]).toBe('c5.large');
    expect(closestInstanceTypes('m7d.large')).toContain('m7gd.large');
    expect(closestInstanceTypes('m5d.xxlarge')[0]).toBe('m5d.2xlarge');
    expect(closestInstanceTypes('m5d')[0]).toBe('m5d.large');
    expect(closestInstanceTypes('5m.large')[0]).toBe('m5.large');
    expect(closestInstanceTypes('<img src=x onerror=alert(1)>')).toEqual([]);
    for (const name of closestInstanceTypes('u7i-13tb.224xlarge')) expect(decodeOk(name).known).toBe(true);
  });
});

describe('builder', () => {
  it('uses the written order of a real family and says whether AWS sells the name', () => {
    expect(buildInstanceTypeName({ series: 'x', generation: 2, processor: 'intel', options: ['n', 'd', 'e'], suffix: null, size: '32xlarge' })).toEqual({
      name: 'x2iedn.32xlarge', family: 'x2iedn', known: true, familyKnown: true,
    });
    expect(buildInstanceTypeName({ series: 'p', generation: 4, processor: null, options: ['e', 'd'], suffix: null, size: '24xlarge' }).name).toBe('p4de.24xlarge');
    expect(buildInstanceTypeName({ series: 'm', generation: 7, processor: 'intel', options: [], suffix: 'flex', size: 'large' })).toMatchObject({ name: 'm7i-flex.large', known: true });
    expect(buildInstanceTypeName({ series: 'm', generation: 7, processor: null, options: ['d'], suffix: null, size: 'large' })).toMatchObject({ name: 'm7d.large', known: false, familyKnown: false });
    expect(buildInstanceTypeName({ series: 'c', generation: 5, processor: null, options: [], suffix: null, size: 'nano' })).toMatchObject({ known: false, familyKnown: true });
  });

  it('builds names that decode back to the chosen parts', () => {
    const built = buildInstanceTypeName({ series: 'u', generation: 7, processor: 'intel', options: ['n'], suffix: '32tb', size: '224xlarge' });
    expect(decodeOk(built.name)).toMatchObject({ series: 'u', generation: 7, processor: 'intel', options: ['n'], suffix: '32tb', known: true });
  });
});
