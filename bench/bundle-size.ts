// npm run bench:bundle — the gzip size of the JavaScript the home page loads first (the entry script and the
// chunks it preloads), against a budget of 200 KB, with the total of all chunks as the baseline it is cut from.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { packageRoot } from '../src/library/paths.js';

const webDir = join(packageRoot, 'dist', 'web');
const budgetBytes = 200 * 1024;

if (!process.argv.includes('--no-build') || !existsSync(join(webDir, 'index.html'))) {
  execFileSync('npx', ['vite', 'build'], { cwd: packageRoot, stdio: 'ignore' });
}
const html = readFileSync(join(webDir, 'index.html'), 'utf8');
const initial = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/([^"]+\.js)"/g)].map((m) => m[1] ?? '');
const gz = (file: string): number => gzipSync(readFileSync(join(webDir, file)), { level: 9 }).length;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

const initialBytes = initial.reduce((sum, f) => sum + gz(f), 0);
const allJs = readdirSync(join(webDir, 'assets')).filter((f) => f.endsWith('.js'));
const allBytes = allJs.reduce((sum, f) => sum + gz(join('assets', f)), 0);

for (const f of initial) console.log(`  ${f}  ${kb(gz(f))} gzip`);
console.log(`home page initial JS: ${kb(initialBytes)} gzip (budget ${kb(budgetBytes)}, ${((initialBytes / budgetBytes) * 100).toFixed(0)}% of budget)`);
console.log(`all JS chunks (lazy included): ${kb(allBytes)} gzip in ${allJs.length} files; initial/all = ${(initialBytes / allBytes).toFixed(3)}`);
if (initialBytes > budgetBytes) {
  console.error('over budget');
  process.exitCode = 1;
}
