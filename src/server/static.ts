import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Serve the built web app from `webDir`: hashed assets with a long cache, and index.html for every other
 * non-API path so that client-side routes (/topics/10.3) survive a reload.
 */
export function mountWebApp(app: Hono, webDir: string): void {
  const indexPath = join(webDir, 'index.html');
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.use('/*', serveStatic({ root: webDir }));
  app.get('*', (c) => {
    if (c.req.path.startsWith('/api/')) return c.json({ error: { code: 'request/not-found', message: `no route ${c.req.path}` } }, 404);
    if (!existsSync(indexPath)) return c.text('The web app is not built yet: run `npm run build`.', 503);
    return c.html(readFileSync(indexPath, 'utf8'));
  });
}
