import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { importRequest } from '../../contract/imports.js';
import { langQuery } from '../../contract/params.js';
import { AppError } from '../../core/errors.js';
import type { AppServices } from '../../services/app-services.js';

const idParam = z.object({ id: z.coerce.number().int().positive() });

/** Importing the user's own markdown collections: upload, list, view (rendered safely), delete. */
export function importRoutes(services: AppServices): Hono {
  return new Hono()
    .post(
      '/imports',
      bodyLimit({ maxSize: 50 * 1024 * 1024, onError: () => { throw new AppError('request/invalid', 'imports are limited to 50 MB at a time'); } }),
      async (c) => c.json(services.imports.importFiles(importRequest.parse(await c.req.json()))),
    )
    .get('/imports', (c) => c.json(services.imports.sources()))
    .get('/imports/:id', (c) => c.json(services.imports.source(idParam.parse(c.req.param()).id, langQuery.parse(c.req.query()).lang)))
    .delete('/imports/:id', (c) => {
      services.imports.deleteSource(idParam.parse(c.req.param()).id);
      return c.json({ ok: true });
    });
}
