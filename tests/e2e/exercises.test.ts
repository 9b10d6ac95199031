import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, openBrowser, type BrowserHarness } from './browser.js';

const solution = `import numpy as np


def softmax(x, axis=-1):
    z = x - np.max(x, axis=axis, keepdims=True)
    e = np.exp(z)
    return e / np.sum(e, axis=axis, keepdims=True)
`;

describe.skipIf(!browserAvailable)('exercises in the browser', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await openBrowser({ locale: 'en-US' });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('opens an exercise, types a correct solution, submits it and sees it pass', async () => {
    await h.page.goto(`${h.server.url}/exercises`);
    await h.page.getByRole('link', { name: 'Numerically stable softmax' }).click();
    await h.page.getByRole('heading', { level: 1, name: 'Numerically stable softmax' }).waitFor();
    await expect.poll(() => h.page.getByText('The reference solution unlocks after your first Run or Submit.').count()).toBe(1);

    const editor = h.page.getByTestId('code-editor');
    await editor.waitFor();
    await editor.click();
    await h.page.keyboard.press('Control+A');
    await h.page.keyboard.press('Delete');
    await h.page.keyboard.insertText(solution);
    await h.page.getByRole('button', { name: /^Submit/ }).click();
    await expect.poll(() => h.page.getByTestId('result-status').textContent({ timeout: 20_000 }), { timeout: 20_000 }).toMatch(/^Passed · 6\/6 cases passed/);
    await h.screenshot('exercise-softmax-passed');

    await h.page.getByRole('button', { name: 'Show the reference solution' }).click();
    expect(await h.page.getByTestId('reference-solution').textContent()).toContain('def softmax');
  });

  it('explains a failing case and keeps the code', async () => {
    await h.page.getByTestId('code-editor').click();
    await h.page.keyboard.press('Control+A');
    await h.page.keyboard.press('Delete');
    await h.page.keyboard.insertText('import numpy as np\n\ndef softmax(x, axis=-1):\n    return np.exp(x) / np.exp(x).sum(axis=axis, keepdims=True)\n');
    await h.page.getByRole('button', { name: /^Submit/ }).click();
    await expect.poll(() => h.page.getByTestId('result-status').textContent({ timeout: 20_000 }), { timeout: 20_000 }).toMatch(/^Wrong answer/);
    expect(await h.page.getByTestId('result-panel').textContent()).toContain('first mismatch at index');
    await h.screenshot('exercise-softmax-failed');
  });

  it('shows the solved state on the topic page', async () => {
    await h.page.goto(`${h.server.url}/topics/1.3`);
    const section = h.page.getByRole('region', { name: 'Code exercises for this topic' });
    await section.waitFor();
    expect(await section.textContent()).toContain('solved');
    expect(h.errors).toEqual([]);
  });
});
