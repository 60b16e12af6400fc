/**
 * `npm start` as a child process in a process group of its own, for the benches and the tests
 * that measure or exercise exactly what a user runs (the worker thread, the embedded database).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface StartAllChild {
  child: ChildProcess;
  /** The gateway's GraphQL endpoint. */
  url: string;
  mongodbUri: string;
  /** The embedded database server's pid (a child of `child`); undefined with MONGODB_URI. */
  dbPid: number | undefined;
  /** Output lines so far, for a failure message. */
  output: string[];
}

export interface StartAllOptions {
  dataDir: string;
  /** The gateway's port; 0 (default) picks a free one. Subgraphs get `PORT_<NAME>` from `env` or 0. */
  port?: number;
  /** Settings for the child; it starts its own embedded database unless this sets MONGODB_URI. */
  env?: Record<string, string>;
  /** Extra flags for node (e.g. `--cpu-prof`). */
  nodeArgs?: readonly string[];
  timeoutMs?: number;
}

const NAMES = ['users', 'products', 'orders', 'couriers', 'customers', 'reports'];

export async function startAllChild(opts: StartAllOptions): Promise<StartAllChild> {
  const script = fileURLToPath(new URL('./start-all.ts', import.meta.url));
  // Its own embedded database, like a newcomer's: a MONGODB_URI of the caller is not inherited.
  const { MONGODB_URI: _callers, ...inherited } = process.env;
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), '--import', 'tsx', script], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...inherited,
      ...Object.fromEntries(NAMES.map((n) => [`PORT_${n.toUpperCase()}`, '0'])),
      PORT_MIDTRANS_SIMULATOR: '0',
      PORT: String(opts.port ?? 0),
      DATA_DIR: opts.dataDir,
      LOG_LEVEL: 'info',
      ...opts.env,
    },
  });
  const output: string[] = [];
  let url = '';
  let mongodbUri = '';
  const seen = (line: string) => {
    if (output.length < 500) output.push(line);
    const db = /(?:embedded \w+ at |MONGODB_URI \()(mongodb:\/\/[^\s)]+)/.exec(line);
    if (db?.[1]) mongodbUri = db[1];
    const gw = /^\s+gateway\s+(http:\/\/\S+\/graphql)/.exec(line);
    if (gw?.[1]) url = gw[1];
  };
  createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', seen);
  createInterface({ input: child.stderr as NodeJS.ReadableStream }).on('line', seen);
  const deadline = Date.now() + (opts.timeoutMs ?? 120_000);
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`npm start exited ${child.exitCode}:\n${output.slice(-30).join('\n')}`);
    if (url && mongodbUri) {
      const ok = await fetch(url.replace(/\/graphql$/, '/health'))
        .then((r) => r.ok)
        .catch(() => false);
      if (ok) return { child, url, mongodbUri, dbPid: childPids(child.pid)[0], output };
    }
    if (Date.now() > deadline) {
      killGroup(child);
      throw new Error(`npm start did not become healthy:\n${output.slice(-30).join('\n')}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Direct children of a process (the database server started by `npm start`). */
function childPids(pid: number | undefined): number[] {
  if (!pid) return [];
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    try {
      return execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
        .trim()
        .split('\n')
        .map(Number);
    } catch {
      return [];
    }
  }
}

/** SIGKILL to the whole group: node and the database server it started. */
export function killGroup(child: ChildProcess): void {
  if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
}

/** SIGTERM (a clean stop, as Ctrl+C), then SIGKILL to the group if it hangs. */
export async function stopChild(child: ChildProcess, timeoutMs = 15_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => killGroup(child), timeoutMs);
  await exited;
  clearTimeout(timer);
}

/** Waits for the exit, then a moment for the OS to release the database's files and port. */
export async function waitExit(child: ChildProcess): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) await new Promise((r) => child.once('exit', r));
  await new Promise((r) => setTimeout(r, 500));
}
