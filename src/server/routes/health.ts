import { Hono } from 'hono';
import type { HealthResponse } from '../../contract/library.js';
import type { AppServices } from '../../services/app-services.js';

export function healthRoutes(services: AppServices): Hono {
  return new Hono().get('/health', (c) => c.json<HealthResponse>({ ok: true, version: services.version }));
}
