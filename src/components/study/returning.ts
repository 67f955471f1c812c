// For a returning learner, on the home page, the lesson list and every lesson: remembers the section being read
// and lessons read to the end (lesson pages), marks lessons as read with their mastery ([data-lesson-mark]),
// and fills the "이어서 학습" card ([data-continue]). Reads progress without the scheduler (src/lib/study/reading.ts).
// The marks and the card are loaded on demand, so lesson pages carry only the tracker.
import { finished, parseReading, readAt, READING_KEY, type Reading } from '~/lib/study/reading.ts';
import { readJson, writeJson } from '~/lib/study/storage-keys.ts';

let reading: Reading = parseReading(readJson(READING_KEY));
const save = (r: Reading) => {
  reading = r;
  writeJson(READING_KEY, r);
};

// ---- lesson page: the section being read, and the end of the lesson ----
const article = document.querySelector<HTMLElement>('article[data-lesson-id]');
const lessonId = article?.dataset.lessonId;
if (article && lessonId && 'IntersectionObserver' in window) {
  const headings = [...article.querySelectorAll<HTMLElement>('.lesson-body h2[id]')];
  // The section being read: the last heading above the top 30 % of the window (a jump skips the ones between).
  const note = () => {
    const line = window.innerHeight * 0.3;
    const top = headings.filter((el) => el.getBoundingClientRect().top < line).pop();
    if (top && (reading.last?.lesson !== lessonId || reading.last.section !== top.id)) {
      save(readAt(reading, lessonId, top.id, (top.firstChild?.textContent ?? top.textContent ?? '').trim(), Date.now()));
    }
  };
  const seen = new IntersectionObserver(note, { rootMargin: '0px 0px -70% 0px' });
  headings.forEach((el) => seen.observe(el));
  const end = article.querySelector('.pager');
  if (end) {
    const done = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        note();
        save(finished(reading, lessonId));
        done.disconnect();
        void showMarks();
      }
    });
    done.observe(end);
  }
}

const showMarks = async () => {
  if (document.querySelector('[data-lesson-mark]')) (await import('./marks.ts')).mark(reading);
};
void showMarks();
if (document.querySelector('[data-continue]')) void import('./marks.ts').then((m) => m.fillContinue(reading));
