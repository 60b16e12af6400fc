import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
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
  // Test files (and a second `npm start`) may all find the build stale at once; Vite refuses a
  // second build of one project, so one process builds and the others wait for it and re-check.
  const release = await buildLock(join(root, 'web', '.build-lock'), log);
  try {
    if (!webBuildIsStale(root)) return false;
    return await build(log, root);
  } finally {
    release();
  }
}

const LOCK_WAIT_MS = 300_000;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** An exclusive lock file holding its owner's pid; a lock left by a dead process is taken over. */
export async function buildLock(path: string, log: (msg: string) => void): Promise<() => void> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  let told = false;
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const owner = Number(readFileSync(path, 'utf8').trim() || 0);
    if (owner > 0 && !processAlive(owner)) {
      rmSync(path, { force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`the web app build lock ${path} is held by process ${owner}`);
    if (!told) log(`[web] waiting for another build of the web app (process ${owner})`);
    told = true;
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function build(log: (msg: string) => void, root: string): Promise<boolean> {
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
