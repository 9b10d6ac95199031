import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAi, type FakeOpenAi } from '../support/fake-openai.js';
import { browserAvailable, openBrowser, type BrowserHarness } from './browser.js';

describe.skipIf(!browserAvailable)('LLM grading in the browser (local OpenAI-compatible stand-in)', () => {
  let h: BrowserHarness;
  let fake: FakeOpenAi;
  beforeAll(async () => {
    fake = await startFakeOpenAi();
    h = await openBrowser({ locale: 'en-US' });
  });
  afterAll(async () => {
    await h?.close();
    await fake?.close();
  });

  it('configures the LLM in Settings, then grades a practice answer with its per-point comments', async () => {
    await h.page.goto(`${h.server.url}/settings`);
    await h.page.locator('input[name="baseUrl"]').fill(fake.baseUrl);
    await h.page.locator('input[name="model"]').fill('grader');
    await h.page.locator('input[name="apiKey"]').fill('sk-browser');
    await h.page.getByRole('button', { name: 'Save' }).click();
    await h.page.getByText('Saved.').waitFor();
    expect(await h.page.locator('input[name="apiKey"]').inputValue()).toBe('');

    await h.page.goto(`${h.server.url}/topics/1.6`);
    const card = h.page.locator('article#attn-why-sqrt-dk');
    await card.waitFor();
    await card.getByRole('button', { name: 'Answer it yourself' }).click();
    await card.locator('textarea').fill('I would say variance-dk first.');
    await card.getByRole('button', { name: 'Grade with the LLM' }).click();
    await card.getByText('Fake feedback.').waitFor();
    expect(await card.locator('.practice-result li.covered').count()).toBe(1);
    expect(await card.locator('.practice-result').textContent()).toContain('mentions variance-dk');
    expect(fake.requests.at(-1)?.authorization).toBe('Bearer sk-browser');
    expect(h.errors).toEqual([]);
  });
});
