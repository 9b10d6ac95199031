export * from './types.js';
export { sectionHeadings, sectionKeys, type SectionKey } from './sections.js';
export { parseTopic, type ParseTopicInput } from './parse-topic.js';
export { createMarkdown, parseTopicLink, type TopicLink } from './markdown.js';
export { checkMarkdown } from './check-markdown.js';
export { checkLibrary, type CheckOptions, type LibraryCheck, type TopicSources } from './check-library.js';
export { markdownToPlainText, texToText } from './plain-text.js';
