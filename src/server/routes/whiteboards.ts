import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { langQuery } from '../../contract/params.js';
import { whiteboardParam, whiteboardSave } from '../../contract/whiteboards.js';
import { AppError } from '../../core/errors.js';
import type { AppServices } from '../../services/app-services.js';

/** System-design whiteboards: the list of design questions, one board, saving a board. */
export function whiteboardRoutes(services: AppServices): Hono {
  return new Hono()
    .get('/whiteboards', (c) => c.json(services.whiteboards.questions(langQuery.parse(c.req.query()).lang)))
    .get('/whiteboards/:questionId', (c) => c.json(services.whiteboards.open(whiteboardParam.parse(c.req.param()).questionId, langQuery.parse(c.req.query()).lang)))
    .put(
      '/whiteboards/:questionId',
      bodyLimit({ maxSize: 20 * 1024 * 1024, onError: () => { throw new AppError('request/invalid', 'a whiteboard is limited to 20 MB'); } }),
      async (c) => {
        const { questionId } = whiteboardParam.parse(c.req.param());
        return c.json(services.whiteboards.save(questionId, whiteboardSave.parse(await c.req.json()), langQuery.parse(c.req.query()).lang));
      },
    );
}
