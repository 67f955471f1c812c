// Site-wide constants.
export const SITE_NAME = 'EC2 스터디랩';
export const SITE_DESCRIPTION = 'Amazon EC2를 한국어로 배우는 학습·퀴즈 사이트: 레슨, 인스턴스 유형 해독기, 수명 주기 샌드박스, 간격 반복 퀴즈, 강의용 복습 모드.';
// Also written in src/components/site/theme-init.js (an inline script that cannot import); a unit test keeps them equal.
export const THEME_STORAGE_KEY = 'ec2lab:theme';

/** Header navigation, in display order. `match` marks the current section by URL prefix. */
export const NAV_LINKS = [
  { href: '/lessons/', label: '레슨', match: '/lessons/' },
  { href: '/tools/', label: '도구', match: '/tools/' },
  { href: '/quiz/', label: '퀴즈', match: '/quiz/' },
  { href: '/quiz/stats/', label: '학습 통계', match: '/quiz/stats/' },
  { href: '/review/', label: '복습 모드', match: '/review/' },
] as const;
