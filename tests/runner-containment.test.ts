import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createTcpServer, type Server } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeServices } from '../src/compose.js';
import { packageRoot } from '../src/library/paths.js';
import { gradeRun, type ExerciseCase, type RunVerdict } from '../src/core/exercises/index.js';
import { detectContainment } from '../src/runner/containment.js';
import { runHarness } from '../src/runner/exercise-runner.js';
import { createServer } from '../src/server/create-server.js';
import { createTestServices, loopbackHeaders } from './support/test-services.js';

// Real child processes: each hostile program must end with a clear verdict within the limit + 1 s, leave no process
// behind (its process group is gone), and never stop the server from answering.
const limitMs = 3000;
const containment = detectContainment(process.env);
const oneCase: ExerciseCase[] = [{ name: 'hostile', visible: true, inputs: { x: 1 }, expected: 1, atol: 0, rtol: 0 }];
let tcp: Server;
let port = 0;
// A data folder the app creates itself, under a world-readable parent, holding a real database.
const dir = mkdtempSync(join(tmpdir(), 'llmprep-containment-'));
chmodSync(dir, 0o755);
const dataServices = composeServices({ env: { LLMPREP_HOME: join(dir, 'home') } });
const databasePath = dataServices.databasePath;
const services = createTestServices();
const app = createServer(services);

beforeAll(async () => {
  dataServices.settings.set('secret', 'study history');
  tcp = createTcpServer((socket) => socket.end('hello from the host\n'));
  await new Promise<void>((resolve) => tcp.listen(0, '127.0.0.1', resolve));
  const address = tcp.address();
  port = typeof address === 'object' && address ? address.port : 0;
});
afterAll(() => {
  tcp.close();
  services.close();
  dataServices.close();
  rmSync(dir, { recursive: true, force: true });
});

function groupIsGone(pgid: number | undefined): boolean {
  if (pgid === undefined) return true;
  try {
    process.kill(-pgid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Processes (zombies included) whose real uid is `uid`, from /proc. */
function processesOf(uid: number | undefined): number[] {
  if (uid === undefined) return [];
  return readdirSync('/proc').filter((d) => /^\d+$/.test(d)).flatMap((pid) => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      return Number(/^Uid:\s+(\d+)/m.exec(status)?.[1]) === uid ? [Number(pid)] : [];
    } catch {
      return []; // exited while we looked
    }
  });
}

async function runHostile(code: string): Promise<{ verdict: RunVerdict; elapsedMs: number }> {
  const started = performance.now();
  const { report, sandbox } = await runHarness(containment, { code, functionName: 'f', inputs: [{ x: 1 }], timeLimitMs: limitMs });
  const elapsedMs = performance.now() - started;
  // The verdict comes after the process leading the group has exited and reaped everything it started.
  for (let i = 0; i < 4 && !groupIsGone(sandbox.pgid); i += 1) await new Promise((r) => setTimeout(r, 50));
  expect(groupIsGone(sandbox.pgid), 'the process group is gone').toBe(true);
  expect(processesOf(sandbox.uid), 'no process of the throwaway uid is left').toEqual([]);
  return { verdict: gradeRun(oneCase, report), elapsedMs };
}

describe.skipIf(!containment.python?.numpyVersion)('runner containment', () => {
  it('stops an infinite loop at the wall-clock limit while the server keeps answering', async () => {
    const pending = runHostile('def f(x):\n    while True:\n        pass\n');
    const healthStarted = performance.now();
    const health = await app.request('/api/health', { headers: loopbackHeaders });
    expect(health.status).toBe(200);
    expect(performance.now() - healthStarted).toBeLessThan(500);
    const { verdict, elapsedMs } = await pending;
    expect(verdict.status).toBe('time-limit');
    expect(elapsedMs).toBeLessThan(limitMs + 1000);
  });

  it('stops time.sleep(1000), which a CPU limit alone would miss', async () => {
    const { verdict, elapsedMs } = await runHostile('import time\ndef f(x):\n    time.sleep(1000)\n');
    expect(verdict.status).toBe('time-limit');
    expect(elapsedMs).toBeLessThan(limitMs + 1000);
  });

  it('turns a 10 GB allocation into a memory-limit verdict', async () => {
    const { verdict, elapsedMs } = await runHostile('import numpy as np\ndef f(x):\n    return np.ones(10 * 1024**3 // 8).sum()\n');
    expect(containment.prlimit).toBe(true);
    expect(verdict.status).toBe('memory-limit');
    expect(verdict.cases[0]?.message).toContain('MemoryError');
    expect(elapsedMs).toBeLessThan(limitMs + 1000);
  });

  it('contains a fork bomb and leaves no process behind', async () => {
    const { verdict, elapsedMs } = await runHostile('import os\ndef f(x):\n    while True:\n        try:\n            os.fork()\n        except OSError:\n            pass\n');
    expect(verdict.status).toBe('time-limit');
    expect(elapsedMs).toBeLessThan(limitMs + 1000);
  });

  it('keeps 100 MB of printing cheap and shows only the start of it', async () => {
    const { verdict, elapsedMs } = await runHostile('def f(x):\n    line = "x" * 999\n    for _ in range(100_000):\n        print(line)\n    return 1\n');
    expect(verdict.status).toBe('passed');
    expect(verdict.cases[0]?.stdout?.length).toBeLessThan(5000);
    expect(verdict.cases[0]?.stdout).toContain('more characters not shown');
    expect(elapsedMs).toBeLessThan(limitMs + 1000);
  });

  it('cannot open a socket to a server on the host', async () => {
    const code = `import socket\ndef f(x):\n    s = socket.create_connection(("127.0.0.1", ${port}), timeout=1)\n    return s.recv(100).decode()\n`;
    const { verdict } = await runHostile(code);
    expect(containment.unshare).not.toBe('none');
    expect(verdict.status).toBe('error');
    expect(verdict.cases[0]?.message).toMatch(/OSError|ConnectionRefusedError|TimeoutError|unreachable/);
  });

  it('cannot write into the home folder', async () => {
    const target = join(homedir(), 'llmprep-containment-probe.txt');
    const { verdict } = await runHostile(`def f(x):\n    open(${JSON.stringify(target)}, "w").write("pwned")\n    return 1\n`);
    expect(containment.dropRoot || process.getuid?.() !== 0).toBe(true);
    expect(verdict.status).toBe('error');
    expect(verdict.cases[0]?.message).toContain('PermissionError');
  });

  it("cannot read the app's database file", async () => {
    const { verdict } = await runHostile(`def f(x):\n    return open(${JSON.stringify(databasePath)}).read()\n`);
    expect(verdict.status).toBe('error');
    expect(verdict.cases[0]?.message).toContain('PermissionError');
  });

  it('cannot read the reference solutions or expected outputs in the package', async () => {
    const cases = join(packageRoot, 'exercises', 'softmax-stable', 'cases.json');
    const { verdict } = await runHostile(`def f(x):\n    return open(${JSON.stringify(cases)}).read()\n`);
    expect(verdict.status).toBe('error');
    expect(verdict.cases[0]?.message).toMatch(/FileNotFoundError|PermissionError/);
  });
});
