import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixturePapers } from '../support/fixture-papers.js';
import { createTestServices } from '../support/test-services.js';
import { browserAvailable, openBrowser, type BrowserHarness } from './browser.js';

describe.skipIf(!browserAvailable)('papers in the browser', () => {
  const papersDir = createFixturePapers();
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await openBrowser({ locale: 'en-US', services: createTestServices({ papersDir }) });
  });
  afterAll(async () => {
    await h?.close();
    rmSync(papersDir, { recursive: true, force: true });
  });

  it('opens a guide, renders its math, and keeps a ticked checklist item after a reload', async () => {
    await h.page.goto(`${h.server.url}/papers`);
    await h.page.getByRole('link', { name: 'Demo: a paper' }).click();
    await h.page.locator('.paper-section .katex').first().waitFor();
    const box = h.page.locator('.paper-checklist input[type="checkbox"]').nth(1);
    await box.click();
    await expect.poll(() => box.isChecked()).toBe(true);
    await expect.poll(() => h.services.papers.paper('demo-paper', 'en').checklistDone).toBe(1);
    expect(await h.page.locator('.paper-checklist h2').textContent()).toContain('1/3 checked');
    await h.page.reload();
    await h.page.locator('.paper-checklist input[type="checkbox"]').first().waitFor();
    expect(await h.page.locator('.paper-checklist input[type="checkbox"]').nth(1).isChecked()).toBe(true);
    expect(h.errors).toEqual([]);
  });
});
