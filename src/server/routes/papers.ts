import { Hono } from 'hono';
import { checklistUpdate, paperSlugParam } from '../../contract/papers.js';
import { langQuery } from '../../contract/params.js';
import type { AppServices } from '../../services/app-services.js';

/** Close-reading guides and the reader's checklist. */
export function paperRoutes(services: AppServices): Hono {
  return new Hono()
    .get('/papers', (c) => c.json(services.papers.list(langQuery.parse(c.req.query()).lang)))
    .get('/papers/:slug', (c) => c.json(services.papers.paper(paperSlugParam.parse(c.req.param()).slug, langQuery.parse(c.req.query()).lang)))
    .put('/papers/:slug/checklist', async (c) => {
      const { slug } = paperSlugParam.parse(c.req.param());
      const { itemId, done } = checklistUpdate.parse(await c.req.json());
      return c.json(services.papers.setChecked(slug, itemId, done, langQuery.parse(c.req.query()).lang));
    });
}
