import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, openBrowser, type BrowserHarness } from './browser.js';

describe.skipIf(!browserAvailable)('library in the browser', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await openBrowser({ locale: 'zh-CN' });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('opens the library in Chinese (browser language), core categories first', async () => {
    await h.page.goto(h.server.url);
    await h.page.getByRole('heading', { level: 1, name: '题库' }).waitFor();
    const tiers = await h.page.locator('.tier h2').allTextContents();
    expect(tiers[0]).toContain('核心');
    expect(await h.page.locator('.category-card').count()).toBe(10);
    await h.screenshot('library-zh');
  });

  it('switches the UI and the content to English', async () => {
    await h.page.getByRole('button', { name: 'EN' }).click();
    await h.page.getByRole('heading', { level: 1, name: 'The library' }).waitFor();
    await expect.poll(() => h.page.locator('.category-card h3').first().textContent()).toContain('Foundations');
    await h.screenshot('library-en');
  });

  it('opens the RoPE topic and shows rendered math with no KaTeX errors', async () => {
    await h.page.goto(`${h.server.url}/topics/10.3`);
    await h.page.locator('article.question').first().waitFor();
    await h.page.getByRole('button', { name: 'Expand all answers' }).click();
    await h.page.locator('.detailed-answer .katex').first().waitFor();
    expect(await h.page.locator('.katex').count()).toBeGreaterThan(10);
    expect(await h.page.locator('.katex-error').count()).toBe(0);
    // KaTeX's own font is loaded from our server (offline), and the CSS is applied (the .katex-html is laid out).
    const width = await h.page.locator('.katex').first().evaluate((el) => el.getBoundingClientRect().width);
    expect(width).toBeGreaterThan(0);
    await h.screenshot('topic-rope-en');
  });

  it('highlights code and draws Mermaid diagrams, loaded only on the topic page', async () => {
    const requested: string[] = [];
    h.page.on('request', (r) => requested.push(r.url()));
    await h.page.goto(h.server.url);
    await h.page.locator('.category-card').first().waitFor();
    expect(requested.some((u) => /mermaid|shiki|python/i.test(u))).toBe(false);
    await h.page.goto(`${h.server.url}/topics/4.3`);
    await h.page.locator('article.question').first().waitFor();
    await h.page.getByRole('button', { name: 'Expand all answers' }).click();
    await h.page.locator('pre.shiki').first().waitFor({ timeout: 20_000 });
    await h.page.locator('.mermaid-diagram svg').first().waitFor({ timeout: 20_000 });
    expect(await h.page.locator('.mermaid-failed').count()).toBe(0);
    expect(requested.every((u) => u.startsWith(h.server.url) || u.startsWith('data:'))).toBe(true);
    await h.screenshot('topic-kv-cache-diagrams');
  });

  it('shows only the short answer until the full answer is revealed', async () => {
    await h.page.goto(`${h.server.url}/topics/10.3`);
    const first = h.page.locator('article.question').first();
    await first.waitFor();
    expect(await first.locator('.short-answer').count()).toBe(1);
    expect(await first.locator('.detailed-answer').count()).toBe(0);
    await first.getByRole('button', { name: 'Show the full answer' }).click();
    expect(await first.locator('.detailed-answer').count()).toBe(1);
  });

  it('searches from the header: "/" focuses the box, Enter lists questions that link to their topic', async () => {
    await h.page.goto(h.server.url);
    await h.page.locator('.category-card').first().waitFor();
    await h.page.keyboard.press('/');
    await h.page.keyboard.type('KV cache');
    await h.page.keyboard.press('Enter');
    const first = h.page.locator('.search-hits li a').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(/^\/topics\/\d+\.\d+#[a-z0-9-]+$/);
    await first.click();
    await h.page.locator('article.question').first().waitFor();
    expect(h.page.url()).toContain('/topics/');
  });

  it('reads a topic by keyboard: j moves to the next question, o opens its full answer', async () => {
    await h.page.goto(`${h.server.url}/topics/1.6`);
    await h.page.locator('article.question').first().waitFor();
    await h.page.keyboard.press('j');
    await h.page.keyboard.press('j');
    const second = h.page.locator('article.question').nth(1);
    await expect.poll(() => h.page.evaluate(() => document.activeElement?.id)).toBe(await second.getAttribute('id'));
    await h.page.keyboard.press('o');
    await second.locator('.detailed-answer').waitFor();
    expect(await h.page.locator('.detailed-answer').count()).toBe(1);
    await h.page.keyboard.press('a');
    await expect.poll(() => h.page.locator('.detailed-answer').count()).toBe(await h.page.locator('article.question').count());
    await h.page.keyboard.press('s');
    await expect.poll(() => h.page.locator('.detailed-answer').count()).toBe(0);
  });

  it('lets you answer a question first and checks it against the rubric (Ctrl+Enter)', async () => {
    await h.page.goto(`${h.server.url}/topics/1.6`);
    const card = h.page.locator('article#attn-why-sqrt-dk');
    await card.waitFor();
    await card.getByRole('button', { name: 'Answer it yourself' }).click();
    await card.locator('textarea').fill('The dot product has variance d_k, so we divide by sqrt(d_k) to avoid softmax saturation.');
    await card.locator('textarea').press('Control+Enter');
    await card.locator('.practice-result').waitFor();
    expect(await card.locator('.practice-result li.covered').count()).toBeGreaterThanOrEqual(3);
    expect(await card.locator('.practice-score').textContent()).toMatch(/^\d+ of \d+ key points covered$/);
  });

  it('works at phone width in dark mode', async () => {
    await h.page.setViewportSize({ width: 390, height: 844 });
    await h.page.goto(`${h.server.url}/topics/1.6`);
    await h.page.locator('article.question').first().waitFor();
    await h.page.getByRole('button', { name: /theme/ }).click();
    expect(await h.page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    const overflow = await h.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await h.screenshot('topic-attention-phone-dark');
    expect(h.errors).toEqual([]);
  });
});
