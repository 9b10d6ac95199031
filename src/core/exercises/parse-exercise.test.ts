import { describe, expect, it } from 'vitest';
import { checkExerciseFiles, parseExercise, type ExerciseFiles } from './index.js';

const files = (over: Record<string, string> = {}): ExerciseFiles => ({
  slug: 'softmax-stable',
  files: {
    'meta.json': JSON.stringify({ title: { zh: '软最大', en: 'Softmax' }, topics: ['1.3'], difficulty: 1, function: 'softmax', hints: { zh: ['减最大值'], en: ['subtract the max'] } }),
    'cases.json': JSON.stringify({ atol: 1e-9, cases: [
      { name: 'one', visible: true, inputs: { x: [1, 2] }, expected: [0.2689, 0.7311], atol: 1e-4 },
      { name: 'two', inputs: { x: [0, 0] }, expected: [0.5, 0.5] },
      { name: 'three', inputs: { x: [5] }, expected: [1] },
    ] }),
    'statement.zh.md': '# 题目', 'statement.en.md': '# Task\n\n<!-- example:start -->\nexample\n<!-- example:end -->\n',
    'starter.py': 'def softmax(x):\n    raise NotImplementedError\n', 'solution.py': 'import numpy as np\ndef softmax(x):\n    return x\n',
    ...over,
  },
});

describe('parseExercise', () => {
  it('parses a valid folder and applies file-level then case-level tolerances', () => {
    const ex = parseExercise(files());
    expect(ex.functionName).toBe('softmax');
    expect(ex.statement.en).toBe('# Task\n\nexample\n');
    expect(ex.cases.map((c) => [c.atol, c.visible])).toEqual([[1e-4, true], [1e-9, false], [1e-9, false]]);
  });

  it('lists every problem at once', () => {
    const problems = checkExerciseFiles(files({ 'starter.py': 'def other():\n  pass', 'statement.en.md': ' ' }));
    expect(problems).toEqual(expect.arrayContaining([
      'exercises/softmax-stable: statement.en.md is missing or empty',
      'exercises/softmax-stable: starter.py must define "def softmax(" at the top level',
    ]));
  });

  it('rejects an unknown topic, a case with both expected and check, and no visible case', () => {
    const meta = JSON.stringify({ title: { zh: 'a', en: 'a' }, topics: ['99.9'], difficulty: 2, function: 'softmax', hints: { zh: ['h'], en: ['h'] } });
    const check = { property: 'moments', shape: [1], mean: 0, meanAtol: 1, std: 1, stdRtol: 1 };
    const cases = JSON.stringify({ cases: [{ name: 'a', inputs: {}, expected: 1, check }, { name: 'b', inputs: {}, expected: 1 }, { name: 'c', inputs: {}, expected: 1 }] });
    const problems = checkExerciseFiles(files({ 'meta.json': meta, 'cases.json': cases }));
    expect(problems.join('\n')).toContain('"99.9" is not a syllabus topic');
    expect(problems.join('\n')).toContain('exactly one of "expected" or "check"');
    expect(problems.join('\n')).toContain('at least one case "visible": true');
  });

  it('reads each mistake with its first-line comment as the description, sorted by name', () => {
    const ex = parseExercise({ ...files(), mistakes: {
      'no-max.py': '# Forgets to subtract the max.\nimport numpy as np\ndef softmax(x):\n    return np.exp(x) / np.exp(x).sum()\n',
      'axis-0.py': '#  Sums over axis 0.  \r\ndef softmax(x):\n    return x\n',
    } });
    expect(ex.mistakes.map((m) => [m.name, m.description])).toEqual([['axis-0', 'Sums over axis 0.'], ['no-max', 'Forgets to subtract the max.']]);
    expect(parseExercise(files()).mistakes).toEqual([]);
  });

  it('rejects a mistake without its comment, without the function, or with a name that is not kebab-case', () => {
    const problems = checkExerciseFiles({ ...files(), mistakes: { 'No_Max.py': 'def softmax(x):\n    return x\n', 'other.py': '# Wrong name.\ndef soft_max(x):\n    pass\n' } });
    expect(problems).toEqual(expect.arrayContaining([
      'exercises/softmax-stable: mistakes/No_Max.py: name it <kebab-case>.py',
      'exercises/softmax-stable: mistakes/No_Max.py: start with a one-line "# what the mistake is" comment',
      'exercises/softmax-stable: mistakes/other.py must define "def softmax(" at the top level',
    ]));
  });

  it('reports malformed JSON with the file name', () => {
    expect(checkExerciseFiles(files({ 'cases.json': '{' }))[0]).toContain('cases.json is not valid JSON');
  });
});
