import { describe, expect, it } from 'vitest';
import { markdownToPlainText, texToText } from './index.js';

describe('texToText', () => {
  it('renders attention as readable Unicode', () => {
    expect(texToText('\\mathrm{softmax}\\left(\\frac{QK^\\top}{\\sqrt{d_k}}\\right)V')).toBe('softmax(QKᵀ/√(d_k))V');
  });

  it('handles greek letters, relations, blackboard sets and sub/superscripts', () => {
    expect(texToText('\\theta_i = 10000^{-2i/d}')).toBe('θ_i = 10000^(-2i/d)');
    expect(texToText('x \\in \\mathbb{R}^{n \\times d}, \\; a \\le b')).toBe('x ∈ ℝ^(n × d), a ≤ b');
    expect(texToText('\\text{KV bytes} = 2 \\cdot L')).toBe('KV bytes = 2 · L');
  });
});

describe('markdownToPlainText', () => {
  it('converts inline and display math and drops markdown syntax', () => {
    const text = markdownToPlainText('Divide by $\\sqrt{d_k}$, see **[paper](https://x)**:\n\n$$\nE = mc^2\n$$');
    expect(text).toContain('Divide by √(d_k), see paper:');
    expect(text).toContain('E = mc^2');
    expect(text).not.toContain('$');
  });
});
