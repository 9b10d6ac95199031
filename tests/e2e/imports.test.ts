import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, openBrowser, type BrowserHarness } from './browser.js';

describe.skipIf(!browserAvailable)('importing a collection in the browser', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await openBrowser({ locale: 'en-US' });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('uploads a markdown file, lists it, and shows its questions safely with a link to our topic', async () => {
    const requests: string[] = [];
    h.page.on('request', (r) => requests.push(r.url()));
    await h.page.goto(`${h.server.url}/imports`);
    const text = ['## Decoding', '### How does top-p sampling choose tokens?', 'Sort by probability, keep the smallest set above $p$. <img src=x onerror="window.pwned=1">', '![x](https://tracker.example/p.png)', '- What is beam search?'].join('\n');
    await h.page.locator('input[type="file"]').setInputFiles({ name: 'decoding.md', mimeType: 'text/markdown', buffer: Buffer.from(text) });
    await h.page.getByText(/Imported 2 questions/).waitFor();
    await h.page.getByRole('link', { name: 'decoding.md' }).click();
    const item = h.page.locator('article.imported-item').first();
    await item.waitFor();
    await item.locator('summary').click();
    expect(await item.locator('.katex').count()).toBe(1);
    expect(await h.page.locator('.imported-answer img').count()).toBe(0);
    expect(await h.page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await item.getByRole('link', { name: /4\.8/ }).count()).toBe(1);
    expect(requests.some((u) => u.includes('tracker.example'))).toBe(false);
    await h.screenshot('imported-collection');
  });
});
