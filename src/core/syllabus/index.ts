import { categories, topics } from './data.js';
import type { CategoryId, SyllabusCategory, SyllabusTopic, Tier, TopicId } from './types.js';

export { categories, topics };
export * from './types.js';

const topicById = new Map(topics.map((t) => [t.id, t]));

/** The syllabus topic with this id, or undefined. */
export function findTopic(id: TopicId): SyllabusTopic | undefined {
  return topicById.get(id);
}

/** The category a topic belongs to (every syllabus topic has one). */
export function categoryOf(topic: SyllabusTopic): SyllabusCategory {
  const category = categories.find((c) => c.id === topic.category);
  if (!category) throw new Error(`syllabus: topic ${topic.id} has unknown category ${topic.category}`);
  return category;
}

/** Tier by the source's rule: 1.x–6.x core, 7.x–10.x advanced. */
export function tierOf(topicId: TopicId): Tier {
  const major = Number(topicId.split('.')[0]);
  return major <= 6 ? 'core' : 'advanced';
}

/** Compare topic ids numerically ("1.2" < "1.10" < "2.1"). */
export function compareTopicIds(a: TopicId, b: TopicId): number {
  const [a1 = 0, a2 = 0] = a.split('.').map(Number);
  const [b1 = 0, b2 = 0] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2;
}

/** The folder name of a topic under content/topics: "<id>-<slug>". */
export function topicFolderName(topic: SyllabusTopic): string {
  return `${topic.id}-${topic.slug}`;
}

export function topicsInCategory(id: CategoryId): SyllabusTopic[] {
  return topics.filter((t) => t.category === id);
}
