import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureLibrary, manualClock } from '../support/fixture-library.js';
import { createTestServices } from '../support/test-services.js';
import { browserAvailable, openBrowser, type BrowserHarness } from './browser.js';

describe.skipIf(!browserAvailable)('study loop in the browser', () => {
  const topicsDir = createFixtureLibrary();
  const clock = manualClock(new Date().toISOString());
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await openBrowser({ locale: 'en-US', services: createTestServices({ clock, topicsDir }) });
  });
  afterAll(async () => {
    await h?.close();
    rmSync(topicsDir, { recursive: true, force: true });
  });

  it('runs a whole review session by keyboard: Space, 1–4, U, and ends with a summary', async () => {
    await h.services.progress.updateSettings({ newPerDay: 3 });
    const { page } = h;
    await page.goto(`${h.server.url}/review`);
    const card = page.locator('article.review-card');
    await card.waitFor();
    await expect.poll(() => page.getByTestId('cards-left').textContent()).toBe('3 new · 0 due');
    expect(await card.getAttribute('data-card-id')).toBe('act-q1');
    expect(await page.locator('.review-back').count()).toBe(0);

    await page.keyboard.press('Space');
    await page.locator('.rating-buttons').waitFor();
    expect(await page.locator('.review-back .katex').count()).toBeGreaterThan(0);
    await h.screenshot('review-back');
    await page.keyboard.press('4');
    await expect.poll(() => card.getAttribute('data-card-id')).toBe('act-q2');

    await page.keyboard.press('u');
    await expect.poll(() => card.getAttribute('data-card-id')).toBe('act-q1');

    for (const expected of ['act-q1', 'act-q2', 'act-q3']) {
      await expect.poll(() => card.getAttribute('data-card-id')).toBe(expected);
      await page.keyboard.press('Space');
      await page.locator('.rating-buttons').waitFor();
      await page.keyboard.press('4');
    }
    await page.locator('.review-done').waitFor();
    expect(await page.locator('.review-done').textContent()).toContain('you reviewed 3 cards');
    await h.screenshot('review-done');
    expect(h.services.study.stats()).toMatchObject({ reviews_total: 3 });
  });

  it('shows the dashboard with mastery bars, the heatmap and the forecast', async () => {
    await h.page.goto(`${h.server.url}/dashboard`);
    await h.page.locator('.heatmap').waitFor();
    expect(await h.page.locator('.heatmap rect').count()).toBe(365);
    expect(await h.page.locator('.forecast rect').count()).toBe(14);
    expect(await h.page.locator('.mastery-bars li').count()).toBe(10);
    await h.screenshot('dashboard');
  });

  it('downloads a backup and refuses to restore a file that is not one, changing nothing', async () => {
    await h.page.goto(`${h.server.url}/dashboard`);
    const [download] = await Promise.all([h.page.waitForEvent('download'), h.page.getByText('Download a backup (JSON)').click()]);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const backup = JSON.parse(readFileSync(path, 'utf8')) as { format: string; tables: { review_log: unknown[] } };
    expect(backup.format).toBe('llmprep-backup');
    expect(backup.tables.review_log.length).toBeGreaterThanOrEqual(3);
    const before = h.services.study.stats();
    h.page.once('dialog', (d) => void d.accept());
    await h.page.locator('.data-panel input[type="file"]').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":"world"}') });
    await h.page.getByText(/Not restored: not an llmprep backup/).waitFor();
    expect(h.services.study.stats()).toEqual(before);
    // The refused restore is a 400 the browser logs; it is the only error, and it is expected.
    expect(h.errors).toEqual([expect.stringContaining('400')]);
    h.errors.length = 0;
  });

  it('lays out a calendar after the interview date is entered', async () => {
    await h.page.goto(`${h.server.url}/plan`);
    const date = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
    await h.page.locator('input[name="interviewDate"]').fill(date);
    await h.page.getByRole('button', { name: 'Save' }).click();
    await h.page.locator('.calendar-day[data-date]').first().waitFor();
    expect(await h.page.locator('.calendar-day[data-date]').count()).toBeGreaterThanOrEqual(19);
    await h.screenshot('plan');
    expect(h.errors).toEqual([]);
  });
});
