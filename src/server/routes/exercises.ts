import { Hono } from 'hono';
import { exerciseSlugParam, runExerciseBody, saveExerciseCodeBody, type ExerciseListResponse } from '../../contract/exercises.js';
import { langQuery } from '../../contract/params.js';
import type { AppServices } from '../../services/app-services.js';

/** Code exercises: the list, one exercise, run/submit code (graded in the service), save code. */
export function exerciseRoutes(services: AppServices): Hono {
  return new Hono()
    .get('/exercises', (c) => {
      const { lang } = langQuery.parse(c.req.query());
      return c.json<ExerciseListResponse>({ exercises: services.exercises.list(lang) });
    })
    .get('/exercises/:slug', (c) => {
      const { slug } = exerciseSlugParam.parse(c.req.param());
      const { lang } = langQuery.parse(c.req.query());
      return c.json(services.exercises.show(slug, lang));
    })
    .post('/exercises/:slug/run', async (c) => {
      const { slug } = exerciseSlugParam.parse(c.req.param());
      const body = runExerciseBody.parse(await c.req.json());
      return c.json(await services.exercises.run(slug, body.code, body.mode));
    })
    .put('/exercises/:slug/code', async (c) => {
      const { slug } = exerciseSlugParam.parse(c.req.param());
      const { code } = saveExerciseCodeBody.parse(await c.req.json());
      services.exercises.saveCode(slug, code);
      return c.json({ ok: true });
    });
}
