// Builders of topic markdown for tests: a valid file by default, with knobs to break one thing at a time.
export interface QuestionSpec {
  id: string;
  difficulty?: number;
  detailed?: string;
  keyPointIds?: string[];
  followUps?: number;
}

export function questionMarkdown(lang: 'zh' | 'en', q: QuestionSpec): string {
  const h =
    lang === 'zh'
      ? ['简答', '详解', '要点', '追问', '常见错误', '参考']
      : ['Short answer', 'Detailed answer', 'Key points', 'Follow-ups', 'Common mistakes', 'References'];
  const kps = (q.keyPointIds ?? ['kp-a', 'kp-b', 'kp-c'])
    .map((id) => `- \`${id}\`: A fact with $x^2$.\n  - zh: 术语；同义词\n  - en: term; synonym`)
    .join('\n');
  const follow = Array.from({ length: q.followUps ?? 2 }, (_, i) => `- Follow-up ${i + 1}?`).join('\n');
  return `## Question ${q.id}?

> id: ${q.id} · difficulty: ${q.difficulty ?? 2}

### ${h[0]}

Short, with $\\sqrt{d_k}$.

### ${h[1]}

${q.detailed ?? 'Detail.\n\n$$\nE = mc^2\n$$\n\n```python\n## not a heading\nx = 1\n```'}

### ${h[2]}

${kps}

### ${h[3]}

${follow}

### ${h[4]}

- A mistake.

### ${h[5]}

- Vaswani et al., *Attention Is All You Need*, 2017. arXiv:1706.03762
`;
}

export function topicMarkdown(options: { lang?: 'zh' | 'en'; id?: string; slug?: string; category?: string; tier?: string; questions?: QuestionSpec[]; extraFrontMatter?: string; related?: string } = {}): string {
  const lang = options.lang ?? 'en';
  const questions = options.questions ?? [{ id: 't-one' }, { id: 't-two' }, { id: 't-three' }, { id: 't-four' }];
  return `---
id: "${options.id ?? '10.3'}"
slug: ${options.slug ?? 'rope-derivation'}
category: ${options.category ?? 'advanced'}
tier: ${options.tier ?? 'advanced'}
title: A title
${options.related ?? ''}${options.extraFrontMatter ?? ''}---

# A title

An overview.

${questions.map((q) => questionMarkdown(lang, q)).join('\n')}`;
}
