// The five source notes under human names. A visitor cannot open "004_7ac50dcb4c038270.txt"; every lesson source,
// callout, question and review slide that cites a note uses these names, and /notes/ publishes the notes themselves.

export interface SourceNote {
  /** File name in docs/notes/ (and ../shared/notes/). */
  readonly file: string;
  /** 1-based number shown to learners. */
  readonly number: number;
  /** Short Korean title. */
  readonly title: string;
  /** URL slug of the note's page under /notes/. */
  readonly slug: string;
}

export const SOURCE_NOTES: readonly SourceNote[] = [
  { file: '000_2d85a4dd033f5416.txt', number: 1, title: 'EC2 심화: Auto Scaling·ELB·AMI', slug: 'note-1' },
  { file: '001_f12eefe2535b97b2.txt', number: 2, title: 'Auto Scaling 웹 서버 실습', slug: 'note-2' },
  { file: '002_c43e3ebb41ccfa9c.txt', number: 3, title: 'EC2 기초', slug: 'note-3' },
  { file: '003_b840d33586aa7f30.txt', number: 4, title: '가상 서버와 보안 그룹', slug: 'note-4' },
  { file: '004_7ac50dcb4c038270.txt', number: 5, title: '카페 주문으로 보는 EC2', slug: 'note-5' },
];

/** "노트 3 · EC2 기초" */
export function noteLabel(note: SourceNote): string {
  return `노트 ${note.number} · ${note.title}`;
}

/** The note for a file name, or undefined for anything else (an own-key lookup over a fixed list). */
export function noteByFile(file: string): SourceNote | undefined {
  return SOURCE_NOTES.find((note) => note.file === file);
}
