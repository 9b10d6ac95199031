import { spawn } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Containment } from './containment.js';

/** Limits of one contained run. */
export interface SandboxLimits {
  readonly wallMs: number;
  readonly addressSpaceBytes: number;
  readonly fileSizeBytes: number;
  readonly openFiles: number;
  readonly processes: number;
}

export const defaultLimits: Omit<SandboxLimits, 'wallMs'> = {
  // 1 GiB of address space: NumPy with one BLAS thread needs ~300 MB virtual; a 10 GB allocation fails cleanly.
  addressSpaceBytes: 1024 ** 3,
  fileSizeBytes: 16 * 1024 ** 2,
  openFiles: 64,
  processes: 32,
};

export interface SandboxRequest {
  readonly containment: Containment;
  readonly limits: SandboxLimits;
  /** Files to put in the fresh working folder (name → text). */
  readonly files: Readonly<Record<string, string>>;
  /** Arguments after `python -I`. */
  readonly args: readonly string[];
  /** Folders to hide from the child (the package: reference solutions and expected outputs), where namespaces work. */
  readonly hiddenPaths?: readonly string[];
}

export interface SandboxResult {
  /** Everything the child wrote to file descriptor 3 (the harness's result channel). */
  readonly channel: string;
  readonly stderrTail: string;
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly timedOut: boolean;
  readonly channelOverflow: boolean;
  readonly wallMs: number;
  /** The process group id (= the spawned pid), so tests can check nothing is left behind. */
  readonly pgid: number | undefined;
  /** The throwaway uid the code ran as, when root was dropped (tests check no process of it is left). */
  readonly uid: number | undefined;
}

const channelLimitBytes = 64 * 1024 ** 2;
const stderrTailBytes = 8 * 1024;
/** How long a PID namespace may take to tear down (32 spinning processes on a busy machine) before the group kill. */
const teardownGraceMs = 2000;
let uidCounter = 0;

/** A throwaway uid per run: a fork bomb only counts against its own RLIMIT_NPROC and cannot signal other runs. */
function nextUid(): number {
  uidCounter = (uidCounter + 1) % 10_000;
  return 200_000 + ((process.pid % 50) * 10_000 + uidCounter);
}

/** The allow-listed environment: nothing from the parent (no API keys, no tokens), one BLAS thread. */
function childEnv(home: string): NodeJS.ProcessEnv {
  return { PATH: '/usr/local/bin:/usr/bin:/bin', HOME: home, TMPDIR: home, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', OPENBLAS_NUM_THREADS: '1', OMP_NUM_THREADS: '1', MKL_NUM_THREADS: '1', MPLBACKEND: 'Agg' };
}

function commandLine(request: SandboxRequest, uid: number): string[] {
  const { containment: c, limits } = request;
  const python = c.python?.executable ?? 'python3';
  const cpuSeconds = Math.ceil(limits.wallMs / 1000) + 1;
  const parts: string[] = [];
  if (c.prlimit) {
    parts.push('prlimit', `--as=${limits.addressSpaceBytes}`, `--cpu=${cpuSeconds}`, `--fsize=${limits.fileSizeBytes}`, `--nofile=${limits.openFiles}`, `--nproc=${limits.processes}`, '--core=0', '--');
  }
  const hide = c.unshare !== 'none' ? (request.hiddenPaths ?? []) : [];
  const mount = hide.length > 0 ? ['--mount'] : [];
  if (c.unshare === 'root') parts.push('unshare', '--net', '--pid', '--fork', '--kill-child', ...mount, '--');
  if (c.unshare === 'user-namespace') parts.push('unshare', '--map-root-user', '--net', '--pid', '--fork', '--kill-child', ...mount, '--');
  // In the private mount namespace, an empty read-only tmpfs covers each hidden path (the host sees no change).
  if (hide.length > 0) parts.push('sh', '-c', hideScript, 'sh', String(hide.length), ...hide);
  if (c.dropRoot) parts.push('setpriv', `--reuid=${uid}`, `--regid=${uid}`, '--clear-groups', '--');
  parts.push(python, '-I', '-B', ...request.args);
  return parts;
}

/**
 * `sh -c` body: mount an empty tmpfs over the first $1 paths, then exec the rest of the arguments. A failed mount
 * (a kernel that refuses tmpfs in a user namespace) leaves the path visible rather than failing the run.
 */
const hideScript = 'n=$1; shift; while [ "$n" -gt 0 ]; do mount -t tmpfs -o size=64k,mode=0555 llmprep-hidden "$1" 2>/dev/null || :; shift; n=$((n-1)); done; exec "$@"';

/** The direct children of a process (Linux), to kill a PID namespace's init before the unshare that waits on it. */
function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function kill(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

/**
 * Run Python in a fresh temp folder with the detected containment, a wall-clock limit that kills the whole process
 * group, stdin closed and stdout discarded (the harness captures prints itself); results come back on fd 3.
 */
export function runInSandbox(request: SandboxRequest): Promise<SandboxResult> {
  const dir = mkdtempSync(join(tmpdir(), 'llmprep-run-'));
  const uid = nextUid();
  for (const [name, text] of Object.entries(request.files)) writeFileSync(join(dir, name), text, { mode: 0o644 });
  if (request.containment.dropRoot) {
    chmodSync(dir, 0o700);
    chownSync(dir, uid, uid);
  }
  const [command = 'python3', ...args] = commandLine(request, uid);
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: dir, env: childEnv(dir), stdio: ['ignore', 'ignore', 'pipe', 'pipe'], detached: true });
    const pgid = child.pid;
    const chunks: Buffer[] = [];
    let channelBytes = 0;
    let channelOverflow = false;
    let stderr = '';
    let timedOut = false;
    let settled = false;
    const stopAll = (): void => {
      if (pgid === undefined) return;
      if (request.containment.unshare === 'none') {
        kill(-pgid, 'SIGKILL');
        return;
      }
      // Kill the namespace's init only: the kernel kills and reaps everything inside it, then unshare reaps the
      // init and exits. Killing unshare too early would orphan the init as a zombie, and the PID 1 of a container
      // may reap late or never; the group kill is a last resort if unshare has not exited after the grace period.
      for (const c of childrenOf(pgid)) kill(c, 'SIGKILL');
      setTimeout(() => {
        if (!settled) kill(-pgid, 'SIGKILL');
      }, teardownGraceMs).unref();
    };
    const timer = setTimeout(() => {
      timedOut = true;
      stopAll();
    }, request.limits.wallMs);
    child.stdio[3]?.on('data', (chunk: Buffer) => {
      channelBytes += chunk.length;
      if (channelBytes > channelLimitBytes) {
        if (!channelOverflow) stopAll();
        channelOverflow = true;
        return;
      }
      chunks.push(chunk);
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-stderrTailBytes);
    });
    const finish = (exitCode: number | null, signal: NodeJS.Signals | null): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      // Anything still in the group (a daemonised child without a PID namespace) goes too.
      if (pgid !== undefined) kill(-pgid, 'SIGKILL');
      rmSync(dir, { recursive: true, force: true });
      resolve({ channel: Buffer.concat(chunks).toString('utf8'), stderrTail: stderr, exitCode, signal, timedOut, channelOverflow, wallMs: performance.now() - started, pgid, uid: request.containment.dropRoot ? uid : undefined });
    };
    child.on('error', (error) => {
      stderr += String(error);
      finish(null, null);
    });
    child.on('close', finish);
  });
}
