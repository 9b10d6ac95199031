import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../core/errors.js';
import type { AppServices } from '../services/app-services.js';
import { errorResponse } from './errors.js';
import { securityGuard, type GuardOptions } from './guard.js';
import { calcRoutes } from './routes/calc.js';
import { exerciseRoutes } from './routes/exercises.js';
import { healthRoutes } from './routes/health.js';
import { libraryRoutes } from './routes/library.js';
import { studyRoutes } from './routes/study.js';
import { importRoutes } from './routes/imports.js';
import { paperRoutes } from './routes/papers.js';
import { whiteboardRoutes } from './routes/whiteboards.js';
import { mountWebApp } from './static.js';

export interface ServerOptions extends GuardOptions {
  /** The built web app (dist/web); omit to serve the API only. */
  readonly webDir?: string;
}

/** The HTTP app: the security guard first, then each feature's routes under /api, then the web app. */
export function createServer(services: AppServices, options: ServerOptions = {}): Hono {
  const app = new Hono();
  app.onError(errorResponse);
  app.use('*', securityGuard(options));
  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    if (!c.req.path.startsWith('/api/')) {
      // No remote origins at all: the app works offline and loads nothing from elsewhere.
      c.header('Content-Security-Policy', "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; script-src 'self'; connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'");
    }
  });
  // Every API body is small (code, settings, a rating) except a backup or an import, which have their own limits.
  const defaultLimit = bodyLimit({ maxSize: 2 * 1024 * 1024, onError: () => { throw new AppError('request/invalid', 'request body too large (2 MB at most)'); } });
  const ownLimit = (path: string): boolean => path === '/api/backup/restore' || path === '/api/imports' || path.startsWith('/api/whiteboards/');
  app.use('/api/*', async (c, next) => (ownLimit(c.req.path) ? next() : defaultLimit(c, next)));
  const api = new Hono();
  api.route('/', healthRoutes(services));
  api.route('/', libraryRoutes(services));
  api.route('/', calcRoutes());
  api.route('/', studyRoutes(services));
  api.route('/', importRoutes(services));
  api.route('/', paperRoutes(services));
  api.route('/', whiteboardRoutes(services));
  api.route('/', exerciseRoutes(services));
  app.route('/api', api);
  if (options.webDir) mountWebApp(app, options.webDir);
  app.notFound((c) => c.json({ error: { code: 'request/not-found', message: `no route ${c.req.path}` } }, 404));
  return app;
}
