import { execFileSync } from 'node:child_process';
import { packageRoot } from '../src/library/paths.js';

/**
 * Build the web app once before any test file runs, so browser tests in parallel workers never race on
 * dist/web and never test a stale build.
 */
export default function setup(): void {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: packageRoot, stdio: 'inherit' });
}
