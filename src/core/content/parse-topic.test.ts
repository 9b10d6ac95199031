import { describe, expect, it } from 'vitest';
import { parseTopic } from './index.js';
import { topicMarkdown } from './test-builders.js';

const parse = (source: string, lang: 'zh' | 'en' = 'en', folder = '10.3-rope-derivation') =>
  parseTopic({ source, lang, file: `x/${lang}.md`, folder });

const messages = (source: string, lang: 'zh' | 'en' = 'en') => {
  const r = parse(source, lang);
  return r.ok ? [] : r.issues.map((i) => i.message);
};

describe('parseTopic', () => {
  it('parses a valid file into questions with every section', () => {
    const r = parse(topicMarkdown());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.questions.map((q) => q.id)).toEqual(['t-one', 't-two', 't-three', 't-four']);
    const q = r.value.questions[0];
    expect(q?.difficulty).toBe(2);
    expect(q?.keyPoints[0]).toEqual({ id: 'kp-a', text: 'A fact with $x^2$.', terms: { zh: ['术语', '同义词'], en: ['term', 'synonym'] } });
    expect(q?.references[0]?.arxivId).toBe('1706.03762');
    expect(q?.followUps).toHaveLength(2);
    expect(r.value.tier).toBe('advanced');
  });

  it('does not treat "## " inside a code block as a question', () => {
    const r = parse(topicMarkdown());
    expect(r.ok && r.value.questions[0]?.detailedAnswer).toContain('## not a heading');
  });

  it('parses the Chinese section headings', () => {
    expect(parse(topicMarkdown({ lang: 'zh' }), 'zh').ok).toBe(true);
  });

  it('rejects English headings in a zh file', () => {
    expect(messages(topicMarkdown({ lang: 'en' }), 'zh').join()).toContain('unknown section');
  });

  it('requires front matter that matches the syllabus and the folder', () => {
    expect(messages(topicMarkdown({ slug: 'wrong' })).join()).toContain('slug of 10.3 must be "rope-derivation"');
    expect(messages(topicMarkdown({ tier: 'core' })).join()).toContain('tier of 10.3 must be "advanced"');
    expect(messages(topicMarkdown({ id: '11.1' })).join()).toContain('not a syllabus topic');
    expect(messages(topicMarkdown({ extraFrontMatter: 'author: me\n' })).join()).toContain('unknown front-matter field "author"');
    expect(messages(topicMarkdown({ related: 'related: ["99.9"]\n' })).join()).toContain('related topic "99.9"');
  });

  it('requires 3–6 key points, 2 follow-ups and 4 questions', () => {
    expect(messages(topicMarkdown({ questions: [{ id: 'a', keyPointIds: ['x', 'y'] }, { id: 'b' }, { id: 'c' }, { id: 'd' }] })).join()).toContain('3–6 key points needed, found 2');
    expect(messages(topicMarkdown({ questions: [{ id: 'a', followUps: 1 }, { id: 'b' }, { id: 'c' }, { id: 'd' }] })).join()).toContain('at least 2 item(s)');
    expect(messages(topicMarkdown({ questions: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] })).join()).toContain('at least 4 questions');
  });

  it('lets a system-design question carry a module checklist of up to 12 key points', () => {
    const ids = Array.from({ length: 10 }, (_, i) => `m${i}`);
    const source = (category: string, id: string, slug: string, tier: string) =>
      parseTopic({ source: topicMarkdown({ id, slug, category, tier, questions: [{ id: 'sd-a', keyPointIds: ids }] }), lang: 'en', file: 'x/en.md', folder: `${id}-${slug}` });
    expect(source('system-design', '8.2', 'design-inference-service', 'advanced').ok).toBe(true);
    const normal = source('advanced', '10.3', 'rope-derivation', 'advanced');
    expect(normal.ok ? [] : normal.issues.map((i) => i.message).join()).toContain('3–6 key points needed, found 10');
  });

  it('rejects a missing meta line, a bad difficulty and duplicate ids', () => {
    const noMeta = topicMarkdown().replace('> id: t-one · difficulty: 2', '');
    expect(messages(noMeta).join()).toContain('must be followed by "> id:');
    expect(messages(topicMarkdown({ questions: [{ id: 'a', difficulty: 4 }, { id: 'b' }, { id: 'c' }, { id: 'd' }] })).join()).toContain('difficulty must be 1, 2 or 3');
    expect(messages(topicMarkdown({ questions: [{ id: 'a' }, { id: 'a' }, { id: 'c' }, { id: 'd' }] })).join()).toContain('appears twice');
  });

  it('reports the line of a problem', () => {
    const r = parse(topicMarkdown().replace('### Key points', '### Keypoints'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const issue = r.issues.find((i) => i.message.includes('unknown section'));
    expect(issue?.line).toBeGreaterThan(10);
  });

  it('rejects references without an arXiv id or https link', () => {
    const source = topicMarkdown().replace('- Vaswani et al., *Attention Is All You Need*, 2017. arXiv:1706.03762', '- Some blog');
    expect(messages(source).join()).toContain('needs an "arXiv:NNNN.NNNNN" id');
  });
});
