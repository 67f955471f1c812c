import { describe, expect, it } from 'vitest';
import { downloadCourse, progressText, skipReason, type DownloadDeps } from '../../src/lib/offline/course.ts';

describe('skipReason', () => {
  it('runs by default on a normal connection', () => {
    expect(skipReason(null, {}, null, 'v1')).toBeNull();
    expect(skipReason('on', { effectiveType: '4g', saveData: false }, 'v0', 'v1')).toBeNull();
  });
  it('respects the setting, Save-Data, 2G and a finished download of the same version', () => {
    expect(skipReason('off', {}, null, 'v1')).toBe('off');
    expect(skipReason(null, { saveData: true }, null, 'v1')).toBe('save-data');
    expect(skipReason(null, { effectiveType: '2g' }, null, 'v1')).toBe('slow-network');
    expect(skipReason(null, { effectiveType: 'slow-2g' }, null, 'v1')).toBe('slow-network');
    expect(skipReason(null, {}, 'v1', 'v1')).toBe('done');
  });
});

describe('progressText', () => {
  it('counts, then says it is ready', () => {
    expect(progressText(45, 93)).toBe('오프라인 저장 45/93');
    expect(progressText(93, 93)).toBe('오프라인 준비 완료');
  });
});

function deps(saved: Set<string>, over: Partial<DownloadDeps> = {}) {
  const log: string[] = [];
  const d: DownloadDeps = {
    idle: async () => void log.push('idle'),
    has: async (u) => saved.has(u),
    save: async (u) => {
      if (u.includes('broken')) throw new Error('500');
      saved.add(u);
      log.push(`save ${u}`);
    },
    cancelled: () => false,
    progress: (a, b) => log.push(progressText(a, b)),
    ...over,
  };
  return { d, log };
}

describe('downloadCourse', () => {
  it('saves what is missing in idle time, skips what is saved and reports progress', async () => {
    const saved = new Set(['/a/']);
    const { d, log } = deps(saved);
    const r = await downloadCourse(['/a/', '/b/', '/c/'], d);
    expect(r).toEqual({ saved: 3, failed: [], cancelled: false });
    expect(log).toEqual(['오프라인 저장 0/3', '오프라인 저장 1/3', 'idle', 'save /b/', '오프라인 저장 2/3', 'idle', 'save /c/', '오프라인 준비 완료']);
  });
  it('a failed file is reported and the rest continue', async () => {
    const { d } = deps(new Set());
    const r = await downloadCourse(['/broken/', '/ok/'], d);
    expect(r).toEqual({ saved: 1, failed: ['/broken/'], cancelled: false });
  });
  it('stops when cancelled (the setting was turned off)', async () => {
    let n = 0;
    const { d } = deps(new Set(), { cancelled: () => n++ >= 2 });
    const r = await downloadCourse(['/1/', '/2/', '/3/'], d);
    expect(r.cancelled).toBe(true);
    expect(r.saved).toBeLessThan(3);
  });
});
