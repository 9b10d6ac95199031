import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { packageRoot } from '../../src/library/paths.js';
import { createServer } from '../../src/server/create-server.js';
import { listen, type Listening } from '../../src/server/listen.js';
import type { AppServices } from '../../src/services/app-services.js';
import { createTestServices } from '../support/test-services.js';

export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const webDir = join(packageRoot, 'dist', 'web');
export const screenshotDir = join(packageRoot, 'test-output', 'screenshots');

/**
 * Browser tests need Debian chromium. Locally they skip without it; under CI=true they must run, so a missing
 * browser is a failure there, never a silent skip.
 */
export const browserAvailable = existsSync(chromiumPath);
if (!browserAvailable && process.env['CI'] === 'true') {
  throw new Error(`CI=true but ${chromiumPath} is missing: .ci/run must install chromium`);
}

/** Build the web app once per run if there is no build yet (vitest workers share the folder). */
export function ensureWebBuild(): void {
  if (existsSync(join(webDir, 'index.html'))) return;
  execFileSync('npx', ['vite', 'build'], { cwd: packageRoot, stdio: 'ignore' });
}

export interface BrowserHarness {
  readonly server: Listening;
  readonly services: AppServices;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Page errors and console errors seen so far (a test can assert there are none). */
  readonly errors: string[];
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

/** Start the real server (real services, in-memory DB) on a free port and open Chromium on it. */
export async function openBrowser(options: { locale?: string; services?: AppServices } = {}): Promise<BrowserHarness> {
  ensureWebBuild();
  const services = options.services ?? createTestServices();
  const server = await listen(createServer(services, { webDir }), '127.0.0.1', 0);
  const profile = mkdtempSync(join(tmpdir(), 'pw-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    locale: options.locale ?? 'zh-CN',
    viewport: { width: 1280, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  mkdirSync(screenshotDir, { recursive: true });
  return {
    server,
    services,
    context,
    page,
    errors,
    screenshot: async (name) => {
      await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: false });
    },
    close: async () => {
      await context.close();
      await server.close();
      services.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
