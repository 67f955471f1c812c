// The background course download (issue 18): status line, setting and the loop. Loaded by <update-prompt> only once
// the service worker controls caching, so no page pays for it before that.

import { COURSE_CACHE, DONE_KEY, SETTING_KEY, SKIP_TEXT, downloadCourse, progressText, skipReason, type CourseManifest } from '../../lib/offline/course.ts';

function stored(key: string): string | null {
  try { return localStorage.getItem(key); } catch { return null; }
}
function store(key: string, value: string): void {
  try { localStorage.setItem(key, value); } catch { /* storage disabled: the setting lasts for this page only */ }
}
const idle = () => new Promise<void>((resolve) => {
  if ('requestIdleCallback' in window) window.requestIdleCallback(() => resolve(), { timeout: 5000 });
  else setTimeout(resolve, 300);
});

/** The course download: status line, setting and the loop, once the service worker controls caching. */
export function offlineCourse(root: HTMLElement): void {
  const line = root.querySelector<HTMLElement>('[data-offline-progress]');
  const setting = root.querySelector<HTMLElement>('[data-offline-setting]');
  const toggle = root.querySelector<HTMLInputElement>('[data-offline-toggle]');
  const note = root.querySelector<HTMLElement>('[data-offline-note]');
  if (!line || !setting || !toggle || !note || !('caches' in window)) return;
  setting.hidden = false;
  toggle.checked = stored(SETTING_KEY) !== 'off';
  let running = false;
  let cancelled = false;
  let hideTimer = 0;
  const show = (text: string, hideAfter = 0) => {
    window.clearTimeout(hideTimer);
    line.textContent = text;
    line.hidden = false;
    if (hideAfter) hideTimer = window.setTimeout(() => { line.hidden = true; }, hideAfter);
  };
  const run = async () => {
    if (running) return;
    const connection = (navigator as Navigator & { connection?: { saveData?: boolean; effectiveType?: string } }).connection;
    const early = skipReason(stored(SETTING_KEY), { saveData: connection?.saveData, effectiveType: connection?.effectiveType }, null, null);
    note.textContent = early ? SKIP_TEXT[early] : '';
    if (early) return;
    running = true;
    cancelled = false;
    try {
      await idle();
      const res = await fetch('/offline-course.json', { cache: 'no-cache' });
      if (!res.ok) return;
      const manifest = (await res.json()) as CourseManifest;
      if (skipReason(stored(SETTING_KEY), {}, stored(DONE_KEY), manifest.version) === 'done') {
        note.textContent = SKIP_TEXT.done;
        return;
      }
      const cache = await caches.open(COURSE_CACHE);
      const result = await downloadCourse(manifest.urls, {
        idle,
        has: async (url) => (await cache.match(url)) !== undefined,
        save: async (url) => {
          const r = await fetch(url, { credentials: 'same-origin' });
          if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
          await cache.put(url, r);
        },
        cancelled: () => cancelled,
        progress: (done, total) => show(progressText(done, total), done >= total ? 4000 : 0),
      });
      if (result.cancelled) line.hidden = true;
      else if (result.failed.length === 0) {
        store(DONE_KEY, manifest.version);
        note.textContent = SKIP_TEXT.done;
      } else {
        show(`오프라인 저장 ${result.saved}/${manifest.urls.length}: 일부 파일을 받지 못했습니다. 다음 방문 때 이어서 받습니다.`, 6000);
      }
    } catch {
      line.hidden = true;
    } finally {
      running = false;
    }
  };
  toggle.addEventListener('change', () => {
    store(SETTING_KEY, toggle.checked ? 'on' : 'off');
    if (toggle.checked) void run();
    else {
      cancelled = true;
      line.hidden = true;
      note.textContent = SKIP_TEXT.off;
    }
  });
  void run();
}
