import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, openBrowser, type BrowserHarness } from './browser.js';

describe.skipIf(!browserAvailable)('system-design whiteboard in the browser', () => {
  let h: BrowserHarness;
  beforeAll(async () => {
    h = await openBrowser({ locale: 'en-US' });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('draws on the board with nothing fetched from elsewhere, ticks a module, and finds both again after a reload', { timeout: 90_000 }, async () => {
    // Excalidraw lists its CDN after our local fonts as a fallback; the CSP (font-src 'self') blocks that in the
    // browser, so no response may ever come from another host.
    const foreignResponses: string[] = [];
    h.page.on('response', (r) => {
      if (!r.url().startsWith(h.server.url) && !/^(data|blob):/.test(r.url())) foreignResponses.push(r.url());
    });
    await h.page.goto(`${h.server.url}/design`);
    await h.page.locator('.search-hits li a').first().click();
    const canvas = h.page.locator('.whiteboard-canvas canvas.interactive');
    await canvas.waitFor({ timeout: 30_000 });
    const box = await canvas.boundingBox();
    if (!box) throw new Error('no canvas');
    // Focus the canvas, then pick the rectangle tool by its keyboard shortcut, as a user would.
    await h.page.mouse.click(box.x + box.width - 60, box.y + box.height - 60);
    await h.page.keyboard.press('r');
    // Draw right of the tool's property panel, which opens on the left of the canvas.
    await h.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await h.page.mouse.down();
    await h.page.mouse.move(box.x + box.width / 2 + 200, box.y + box.height / 2 + 120, { steps: 8 });
    await h.page.mouse.up();
    await h.screenshot('whiteboard');
    const firstModule = h.page.locator('.design-checklist input[type="checkbox"]').first();
    await firstModule.click();
    await expect.poll(() => firstModule.isChecked()).toBe(true);
    await expect.poll(() => h.page.getByTestId('saved').textContent(), { timeout: 10_000 }).toMatch(/^Saved at/);
    const id = h.page.url().split('/design/')[1] ?? '';
    await expect.poll(() => h.services.whiteboards.open(id, 'en').scene?.elements.length ?? 0).toBe(1);

    await h.page.reload();
    await h.page.locator('.whiteboard-canvas canvas.interactive').waitFor({ timeout: 30_000 });
    expect(await h.page.locator('.design-checklist input[type="checkbox"]').first().isChecked()).toBe(true);
    expect(h.services.whiteboards.open(id, 'en').scene?.elements).toEqual([expect.objectContaining({ type: 'rectangle' })]);
    expect(foreignResponses).toEqual([]);
  });
});
