import { Hono } from 'hono';
import { langQuery, topicIdParam } from '../../contract/params.js';
import { searchQuery } from '../../contract/search.js';
import { gradeRequest, llmSettingsRequest } from '../../contract/grading.js';
import type { AppServices } from '../../services/app-services.js';

/** The library: the catalog, search, and one rendered topic. Routes parse input, call a service, return JSON. */
export function libraryRoutes(services: AppServices): Hono {
  return new Hono()
    .get('/library', (c) => {
      const { lang } = langQuery.parse(c.req.query());
      return c.json(services.library.catalog(lang));
    })
    .get('/search', (c) => {
      const { q, lang } = searchQuery.parse(c.req.query());
      return c.json(services.search.search(q, lang));
    })
    .post('/grade', async (c) => c.json(await services.grading.grade(gradeRequest.parse(await c.req.json()))))
    .get('/llm/settings', (c) => c.json(services.grading.llmSettings()))
    .put('/llm/settings', async (c) => c.json(services.grading.saveLlmSettings(llmSettingsRequest.parse(await c.req.json()))))
    .get('/topics/:id', (c) => {
      const { id } = topicIdParam.parse(c.req.param());
      const { lang } = langQuery.parse(c.req.query());
      return c.json(services.library.topic(id, lang));
    });
}
