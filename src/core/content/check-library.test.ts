import { describe, expect, it } from 'vitest';
import { checkLibrary, createMarkdown } from './index.js';
import { topicMarkdown } from './test-builders.js';

const md = createMarkdown();
const folder = '10.3-rope-derivation';
const check = (zh: string | undefined, en: string | undefined, name = folder) =>
  checkLibrary(md, [{ folder: name, files: { ...(zh === undefined ? {} : { zh }), ...(en === undefined ? {} : { en }) } }]);

describe('checkLibrary', () => {
  it('counts a topic as written when both languages parse and agree', () => {
    const r = check(topicMarkdown({ lang: 'zh' }), topicMarkdown({ lang: 'en' }));
    expect(r.issues).toEqual([]);
    expect(r).toMatchObject({ topicsTotal: 100, topicsWritten: 1, questions: 4 });
  });

  it('fails when a language is missing', () => {
    const r = check(topicMarkdown({ lang: 'zh' }), undefined);
    expect(r.topicsWritten).toBe(0);
    expect(r.issues[0]?.message).toBe('missing en.md');
  });

  it('fails when zh and en question ids or key-point ids differ', () => {
    const en = topicMarkdown({ lang: 'en', questions: [{ id: 't-one' }, { id: 't-two' }, { id: 't-three' }, { id: 't-five' }] });
    expect(check(topicMarkdown({ lang: 'zh' }), en).issues[0]?.message).toContain('question ids differ');
    const enKp = topicMarkdown({ lang: 'en', questions: [{ id: 't-one', keyPointIds: ['kp-a', 'kp-b', 'kp-z'] }, { id: 't-two' }, { id: 't-three' }, { id: 't-four' }] });
    expect(check(topicMarkdown({ lang: 'zh' }), enKp).issues[0]?.message).toContain('key-point ids of "t-one" differ');
  });

  it('fails on a formula KaTeX cannot render and on an unpaired dollar', () => {
    const bad = topicMarkdown({ lang: 'en', questions: [{ id: 't-one', detailed: 'Broken $$\n\\frac{1}{\n$$' }, { id: 't-two' }, { id: 't-three' }, { id: 't-four' }] });
    const r = check(topicMarkdown({ lang: 'zh' }), bad);
    expect(r.issues.map((i) => i.message).join()).toContain('KaTeX cannot render');
    expect(r.topicsWritten).toBe(0);
    const unpaired = topicMarkdown({ lang: 'en', questions: [{ id: 't-one', detailed: 'Costs $ 5 per hour' }, { id: 't-two' }, { id: 't-three' }, { id: 't-four' }] });
    expect(check(topicMarkdown({ lang: 'zh' }), unpaired).issues.map((i) => i.message).join()).toContain('unpaired "$"');
  });

  it('fails on links to unknown topics and accepts links to real ones', () => {
    const link = (href: string) => topicMarkdown({ lang: 'en', questions: [{ id: 't-one', detailed: `See [x](${href}).` }, { id: 't-two' }, { id: 't-three' }, { id: 't-four' }] });
    expect(check(topicMarkdown({ lang: 'zh' }), link('../1.6-attention-mechanism/en.md#x')).issues).toEqual([]);
    expect(check(topicMarkdown({ lang: 'zh' }), link('../1.6-wrong-slug/en.md')).issues[0]?.message).toContain('unknown topic');
    expect(check(topicMarkdown({ lang: 'zh' }), link('../12.1-nothing/en.md')).issues[0]?.message).toContain('unknown topic');
    expect(check(topicMarkdown({ lang: 'zh' }), link('https://docs.example.org/guide/performance.md')).issues).toEqual([]);
    expect(check(topicMarkdown({ lang: 'zh' }), link('notes.md')).issues[0]?.message).toContain('not a topic file');
  });

  it('fails on question ids reused across topics and on unknown folders', () => {
    const other = (lang: 'zh' | 'en') => topicMarkdown({ lang, id: '10.6', slug: 'grouped-query-attention' });
    const r = checkLibrary(md, [
      { folder, files: { zh: topicMarkdown({ lang: 'zh' }), en: topicMarkdown({ lang: 'en' }) } },
      { folder: '10.6-grouped-query-attention', files: { zh: other('zh'), en: other('en') } },
      { folder: '42.1-nope', files: {} },
    ]);
    expect(r.issues.map((i) => i.message).join()).toContain('question id "t-one" is also used');
    expect(r.issues.map((i) => i.message).join()).toContain('not a syllabus topic');
    expect(r.topicsWritten).toBe(1);
  });
});
