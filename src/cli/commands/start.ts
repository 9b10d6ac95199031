import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { CliContext } from '../context.js';
import { createServer } from '../../server/create-server.js';
import { listen } from '../../server/listen.js';

export interface StartPaths {
  readonly packageRoot: string;
  readonly webDir: string;
}

const loopbackBind = new Set(['127.0.0.1', 'localhost', '::1']);

/**
 * `llmprep start`: serve the app on 127.0.0.1:4310 (PORT, HOST override). Builds the web app first when no
 * build exists. Binding beyond loopback requires LLMPREP_TOKEN, because the server will run user code.
 */
export async function runStartCommand(ctx: CliContext, paths: StartPaths): Promise<number> {
  const host = ctx.env['HOST'] ?? '127.0.0.1';
  const port = Number(ctx.env['PORT'] ?? 4310);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    ctx.err(`PORT must be an integer 0–65535, got "${ctx.env['PORT']}"`);
    return 2;
  }
  const token = ctx.env['LLMPREP_TOKEN'];
  if (!loopbackBind.has(host) && !token) {
    ctx.err(`refusing to bind ${host}: set LLMPREP_TOKEN to serve beyond this machine's loopback`);
    return 2;
  }
  if (!existsSync(join(paths.webDir, 'index.html'))) {
    ctx.out('No web build found: building it once (npm run build:web)…');
    const build = spawnSync('npx', ['vite', 'build'], { cwd: paths.packageRoot, stdio: 'inherit' });
    if (build.status !== 0) {
      ctx.err('building the web app failed');
      return 1;
    }
  }
  const services = ctx.services();
  const app = createServer(services, { webDir: paths.webDir, ...(token ? { token, extraHosts: [host] } : {}) });
  const server = await listen(app, host, port);
  ctx.out(`llmprep ${services.version} on ${server.url}  (data: ${services.databasePath})`);
  // Parse the library and build the search indexes now rather than on the first page view or query.
  setImmediate(() => {
    services.library.catalog('zh');
    setImmediate(() => {
      services.search.warm('zh');
      setImmediate(() => services.search.warm('en'));
    });
  });
  const stop = (): void => {
    void server.close().then(() => {
      services.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return new Promise<number>(() => {});
}
