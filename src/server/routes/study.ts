import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { langQuery } from '../../contract/params.js';
import { rateRequest, studySettingsPatch } from '../../contract/study.js';
import { AppError } from '../../core/errors.js';
import type { AppServices } from '../../services/app-services.js';

const tooLarge = () => {
  throw new AppError('request/invalid', 'request body too large');
};

/** Review loop, stats, dashboard, plan, settings, backup and restore. */
export function studyRoutes(services: AppServices): Hono {
  const lang = (query: Record<string, string>) => langQuery.parse(query).lang;
  return new Hono()
    .get('/review/next', (c) => c.json(services.study.next(lang(c.req.query()))))
    .post('/review/rate', bodyLimit({ maxSize: 16 * 1024, onError: tooLarge }), async (c) => {
      const body = rateRequest.parse(await c.req.json());
      return c.json(services.study.rate(body, lang(c.req.query())));
    })
    .post('/review/undo', (c) => c.json(services.study.undo(lang(c.req.query()))))
    .get('/stats', (c) => c.json(services.study.stats()))
    .get('/dashboard', (c) => c.json(services.progress.dashboard(lang(c.req.query()))))
    .get('/plan', (c) => c.json(services.progress.plan()))
    .get('/study/settings', (c) => c.json(services.progress.getSettings()))
    .put('/study/settings', bodyLimit({ maxSize: 64 * 1024, onError: tooLarge }), async (c) => {
      const patch = studySettingsPatch.parse(await c.req.json());
      return c.json(services.progress.updateSettings(patch));
    })
    .get('/backup', (c) => {
      const backup = services.backup.create();
      c.header('Content-Disposition', `attachment; filename="llmprep-backup-${backup.createdAt.slice(0, 10)}.json"`);
      return c.json(backup);
    })
    .get('/export/anki', (c) => {
      const language = lang(c.req.query());
      c.header('Content-Type', 'text/plain; charset=utf-8');
      c.header('Content-Disposition', `attachment; filename="llmprep-anki-${language}.txt"`);
      return c.body(services.exports.ankiDeck(language));
    })
    .post('/backup/restore', bodyLimit({ maxSize: 200 * 1024 * 1024, onError: tooLarge }), async (c) => c.json(services.backup.restore(await c.req.json())));
}
