export { parsePaper, paperSectionHeadings, paperSectionKeys, type PaperDoc, type PaperSectionKey } from './parse-paper.js';
export { checkPapers, type PaperCheck } from './check-papers.js';
