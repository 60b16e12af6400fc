import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@pos/kit/db/embedded';

/** Where the built app lives; the gateway serves it at `/`. */
export function webDistDir(root = repoRoot()): string {
  return join(root, 'web', 'dist');
}

/** What the build reads: a change to any of them makes `web/dist` stale. */
const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** True when `web/dist` is missing or older than a source of the app. */
export function webBuildIsStale(root = repoRoot()): boolean {
  const index = join(webDistDir(root), 'index.html');
  if (!existsSync(index)) return true;
  const builtAt = statSync(index).mtimeMs;
  return SOURCES.some((name) => newestMtime(join(root, 'web', name)) > builtAt);
}

/**
 * Builds the web app with Vite when `web/dist` is missing or stale (a fresh clone, a pull), so
 * `npm start` serves the current app with no extra command. Resolves with whether it built.
 */
export async function ensureWebBuild(log: (msg: string) => void, root = repoRoot()): Promise<boolean> {
  if (!webBuildIsStale(root)) return false;
  log('[web] building the web app (web/dist is missing or older than its sources)');
  const started = Date.now();
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  // Built beside dist and swapped in, so a gateway serving the old build never sees half a new one.
  const partial = `dist-partial-${process.pid}`;
  const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'warn', '--outDir', partial], {
    cwd: join(root, 'web'),
    // Whatever runs the build (vitest sets NODE_ENV=test), the app is built for production.
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  const built = join(root, 'web', partial);
  if (code !== 0) {
    rmSync(built, { recursive: true, force: true });
    throw new Error(`building the web app failed (exit ${code}):\n${stderr}`);
  }
  rmSync(webDistDir(root), { recursive: true, force: true });
  renameSync(built, webDistDir(root));
  log(`[web] built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return true;
}
