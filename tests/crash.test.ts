import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ReviewNextResponse } from '../src/contract/study.js';
import { openDatabase } from '../src/storage/database.js';
import { packageRoot } from '../src/library/paths.js';

const home = mkdtempSync(join(tmpdir(), 'llmprep-crash-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

/** Start `llmprep start` as a real child process and wait for its URL. */
async function startServer(): Promise<{ url: string; kill(): Promise<void> }> {
  const port = String(20000 + Math.floor(Math.random() * 20000));
  const child = spawn(process.execPath, [join(packageRoot, 'bin', 'llmprep.js'), 'start'], { env: { ...process.env, LLMPREP_HOME: home, PORT: port }, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`server exited early (${code})`)));
  });
  return {
    url,
    kill: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}

describe('crash safety', () => {
  it('loses no acknowledged rating when the server is killed with SIGKILL mid-session', async () => {
    const server = await startServer();
    const post = (path: string, body: unknown) =>
      fetch(`${server.url}${path}`, { method: path.includes('settings') ? 'PUT' : 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    await post('/api/study/settings', { newPerDay: 500 });
    let current = (await (await fetch(`${server.url}/api/review/next`)).json()) as ReviewNextResponse;
    const acknowledged: string[] = [];
    let inFlight: Promise<unknown> | undefined;
    while (current.card && acknowledged.length < 40) {
      const cardId = current.card.id;
      const pending = post('/api/review/rate', { cardId, rating: 3 });
      if (acknowledged.length === 30) {
        // Kill while this rating is on its way: whatever happens to it, the 30 before it were acknowledged.
        inFlight = pending.catch(() => undefined);
        await server.kill();
        break;
      }
      const res = await pending;
      expect(res.status).toBe(200);
      acknowledged.push(cardId);
      current = (await res.json()) as ReviewNextResponse;
    }
    await inFlight;
    expect(acknowledged).toHaveLength(30);

    const db = openDatabase(join(home, 'llmprep.db'));
    const logged = db.prepare<[], { card_id: string }>("SELECT card_id FROM review_log WHERE kind = 'rate' ORDER BY id").all().map((r) => r.card_id);
    const rated = new Set(db.prepare<[], { id: string }>('SELECT id FROM cards WHERE reps > 0').all().map((r) => r.id));
    db.close();
    expect(logged.slice(0, 30)).toEqual(acknowledged);
    for (const id of acknowledged) expect(rated.has(id)).toBe(true);
  });
});
