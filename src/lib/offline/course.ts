// Background download of the course for offline use: when it may run, what it says, and the download loop
// itself (fetch, cache, idle time and storage injected, so it is unit-tested without a browser).

/** Cache the page fills and the service worker serves from (its runtime routes use the same name). */
export const COURSE_CACHE = 'ec2lab-course';
export const SETTING_KEY = 'ec2lab:offline-course';
export const DONE_KEY = 'ec2lab:offline-course-done';

export interface CourseManifest {
  version: string;
  urls: string[];
}

export interface NetworkHints {
  saveData?: boolean | undefined;
  effectiveType?: string | undefined;
}

export type Skip = 'off' | 'save-data' | 'slow-network' | 'done';

/** Why the download should not run now, or null when it may. */
export function skipReason(setting: string | null, net: NetworkHints, doneVersion: string | null, version: string | null): Skip | null {
  if (setting === 'off') return 'off';
  if (net.saveData) return 'save-data';
  if (net.effectiveType === '2g' || net.effectiveType === 'slow-2g') return 'slow-network';
  if (version !== null && doneVersion === version) return 'done';
  return null;
}

export function progressText(done: number, total: number): string {
  return done >= total ? '오프라인 준비 완료' : `오프라인 저장 ${done}/${total}`;
}

export const SKIP_TEXT: Readonly<Record<Skip, string>> = {
  off: '전체 강의 오프라인 저장이 꺼져 있습니다.',
  'save-data': '데이터 절약 모드라서 전체 강의를 미리 저장하지 않습니다.',
  'slow-network': '느린 연결(2G)이라서 전체 강의를 미리 저장하지 않습니다.',
  done: '오프라인 준비 완료',
};

export interface DownloadDeps {
  /** Resolves when the page is idle (requestIdleCallback), so the download never competes with the learner. */
  idle(): Promise<void>;
  /** True when the file is already saved. */
  has(url: string): Promise<boolean>;
  /** Fetches and saves one file; rejects on a network error or a bad status. */
  save(url: string): Promise<void>;
  /** Checked before each file: the setting was turned off, the page is going away… */
  cancelled(): boolean;
  progress(done: number, total: number): void;
}

/** Saves every URL not yet saved, one at a time in idle periods. Resolves with how many are saved in all. */
export async function downloadCourse(urls: readonly string[], deps: DownloadDeps): Promise<{ saved: number; failed: string[]; cancelled: boolean }> {
  let saved = 0;
  const failed: string[] = [];
  const total = urls.length;
  deps.progress(0, total);
  for (const url of urls) {
    if (deps.cancelled()) return { saved, failed, cancelled: true };
    if (await deps.has(url)) {
      saved++;
    } else {
      await deps.idle();
      if (deps.cancelled()) return { saved, failed, cancelled: true };
      try {
        await deps.save(url);
        saved++;
      } catch {
        failed.push(url);
      }
    }
    deps.progress(saved, total);
  }
  return { saved, failed, cancelled: false };
}
