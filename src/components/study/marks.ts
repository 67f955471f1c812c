// Lesson marks (read to the end, mastery) and the home page's "이어서 학습" card, loaded by returning.ts on demand.
import { dueCount, lastExam, lessonMarks, lightCards, type Reading } from '~/lib/study/reading.ts';
import { parseQuestionIds } from '~/lib/quiz/question-ids.ts';
import { EXAM_HISTORY_KEY, readJson } from '~/lib/study/storage-keys.ts';

const PROGRESS_KEY = 'ec2lab.srs.progress';
const offset = () => -new Date().getTimezoneOffset();

function rawProgress(): string | null {
  try {
    return localStorage.getItem(PROGRESS_KEY);
  } catch {
    return null;
  }
}

// ---- marks: read to the end, and mastery when the learner has quiz progress ----
export async function mark(reading: Reading) {
  const targets = [...document.querySelectorAll<HTMLElement>('[data-lesson-mark]')];
  if (targets.length === 0) return;
  const cards = lightCards(rawProgress());
  let idsByLesson: Map<string, string[]> | null = null;
  if (cards && cards.size > 0) {
    try {
      // The ids per lesson only (a few KB), not the whole /question-bank.json.
      idsByLesson = parseQuestionIds(await (await fetch('/quiz-bank/index.json')).json());
    } catch {
      idsByLesson = null; // offline without the bank cached: completion marks only
    }
  }
  for (const el of targets) {
    const id = el.dataset.lessonMark ?? '';
    const parts: string[] = [];
    if (reading.done.includes(id)) parts.push('✓ 읽음');
    const ids = idsByLesson?.get(id);
    if (cards && ids && ids.length) {
      const m = lessonMarks(cards, ids);
      if (m.studied > 0) parts.push(`숙달 ${Math.round((m.mature / m.total) * 100)}% · 학습 ${m.studied}/${m.total}`);
    }
    el.textContent = parts.join(' · ');
    el.hidden = parts.length === 0;
  }
}

// ---- home: "이어서 학습" ----
export function fillContinue(reading: Reading) {
  const box = document.querySelector<HTMLElement>('[data-continue]');
  if (!box) return;
  const cards = lightCards(rawProgress());
  const due = cards ? dueCount(cards, Date.now(), offset()) : null;
  const exam = lastExam(readJson(EXAM_HISTORY_KEY));
  const last = reading.last;
  const lessonTitle = last ? document.querySelector<HTMLElement>(`[data-lesson-title="${CSS.escape(last.lesson)}"]`)?.textContent ?? last.lesson : '';
  if (last || (cards && cards.size > 0) || exam) {
    const set = (sel: string, text: string, href?: string) => {
      const el = box.querySelector<HTMLElement>(sel);
      if (!el) return;
      el.textContent = text;
      if (href && el instanceof HTMLAnchorElement) el.href = href;
    };
    set('[data-continue-due]', due === null ? '진도를 읽지 못했습니다. 퀴즈 화면에서 확인하세요.' : due > 0 ? `오늘 복습할 문항 ${due}개` : '오늘 복습할 문항이 없습니다');
    if (last) set('[data-continue-read]', `${lessonTitle} › ${last.title}`, `/lessons/${last.lesson}/#${encodeURIComponent(last.section)}`);
    else set('[data-continue-read]', '아직 읽은 레슨이 없습니다', '/lessons/');
    set('[data-continue-exam]', exam ? `${exam.correct}/${exam.total} (${Math.round((exam.correct / exam.total) * 100)}%)` : '아직 없음');
    box.hidden = false;
    document.querySelector<HTMLElement>('[data-first-visit]')?.setAttribute('hidden', '');
  }
}
