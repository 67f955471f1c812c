// The site's topics, in the order the sidebar and the home page's topic map show them.
// Lessons name one of these in their `topic` front matter field.
export const TOPICS = [
  { id: 'compute', label: 'EC2와 컴퓨팅 옵션' },
  { id: 'instances', label: '인스턴스' },
  { id: 'images', label: '이미지와 구성' },
  { id: 'networking', label: '네트워크와 보안' },
  { id: 'storage', label: '스토리지' },
  { id: 'pricing', label: '요금' },
  { id: 'scaling', label: '확장과 부하 분산' },
  { id: 'hands-on', label: '실습' },
] as const;

export type TopicId = (typeof TOPICS)[number]['id'];
export const TOPIC_IDS = TOPICS.map((t) => t.id) as [TopicId, ...TopicId[]];

export function topicLabel(id: TopicId): string {
  return TOPICS.find((t) => t.id === id)?.label ?? id;
}
