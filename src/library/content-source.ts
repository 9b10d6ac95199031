import type { ContentSource } from '../services/ports.js';
import { contentPapersDir, contentTopicsDir } from './paths.js';
import { readTopicSources } from './read-topic-sources.js';

/** The content port backed by a folder of topic folders (the bundled content/topics by default). */
export function createFileContentSource(topicsDir: string = contentTopicsDir, papersDir: string = contentPapersDir): ContentSource {
  return { readTopicSources: () => readTopicSources(topicsDir), readPaperSources: () => readTopicSources(papersDir) };
}
