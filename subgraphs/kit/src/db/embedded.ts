import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import mongoose from 'mongoose';

export type EmbeddedKind = 'mongod' | 'ferretdb' | 'mongodb-memory-server';

export interface EmbeddedDatabase {
  uri: string;
  kind: EmbeddedKind;
  /** The server's process id, when it runs as a child of ours (the bench measures its CPU). */
  pid?: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Persistent data folder; when absent a fresh temp dir is used and removed on stop. */
  dataDir?: string;
  log?: (msg: string) => void;
}

const READY_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;
const BUILD_TIMEOUT_MS = 600_000;
const STDERR_TAIL_LINES = 20;

export async function startEmbeddedDatabase(opts: EmbeddedOptions = {}): Promise<EmbeddedDatabase> {
  const log = opts.log ?? ((msg: string) => console.error(msg));
  const tempDir = opts.dataDir ? undefined : mkdtempSync(join(tmpdir(), 'pos-db-'));
  const dataDir = opts.dataDir ?? (tempDir as string);
  if (tempDir) cleanup.tempDirs.add(tempDir);
  installExitHooks();

  const failures: string[] = [];
  for (const starter of STARTERS) {
    try {
      const db = await starter.start(dataDir, log);
      log(`[db] embedded ${db.kind} at ${db.uri} (data: ${tempDir ? 'temporary' : dataDir})`);
      return withTempDirRemoval(db, tempDir);
    } catch (err) {
      failures.push(`- ${starter.label}: ${errorMessage(err)}`);
    }
  }
  if (tempDir) removeTempDir(tempDir);
  throw new Error(
    'No MongoDB-compatible server could be started for the embedded default. Tried:\n' +
      `${failures.join('\n')}\n` +
      'Set MONGODB_URI to a running MongoDB, or put `mongod` or Go (to build FerretDB) on PATH.',
  );
}

interface Starter {
  label: EmbeddedKind;
  start(dataDir: string, log: (msg: string) => void): Promise<EmbeddedDatabase>;
}

async function startMongod(dataDir: string, log: (msg: string) => void): Promise<EmbeddedDatabase> {
  const mongod = findOnPath('mongod');
  if (!mongod) throw new Error('not found on PATH');
  const dbPath = join(dataDir, 'mongod');
  mkdirSync(dbPath, { recursive: true });
  const port = await freePort();
  const child = spawnTracked(
    mongod,
    ['--bind_ip', '127.0.0.1', '--port', String(port), '--dbpath', dbPath, '--quiet'],
    {
      stdout: 'ignore',
    },
  );
  const uri = `mongodb://127.0.0.1:${port}/`;
  await waitUntilServing(uri, child);
  return managedChild('mongod', uri, child, log);
}

async function startFerretDB(dataDir: string, log: (msg: string) => void): Promise<EmbeddedDatabase> {
  const binary = await ensureFerretDBBinary(log);
  const child = spawnTracked(
    binary,
    [
      ...['-listen', '127.0.0.1:0', '-log-level', 'warn'],
      // FerretDB's PostgreSQL backend on a server of one's own (its database must exist); SQLite
      // in the data folder otherwise. The engines bench compares the two.
      ...(process.env.FERRETDB_POSTGRESQL_URL
        ? ['-postgresql-url', process.env.FERRETDB_POSTGRESQL_URL]
        : ['-sqlite-dir', join(dataDir, 'ferretdb')]),
      // A bench knob: the server's own Go CPU profile, written when it stops.
      ...(process.env.FERRETDB_CPU_PROFILE ? ['-cpu-profile', process.env.FERRETDB_CPU_PROFILE] : []),
    ],
    {
      stdout: 'pipe',
    },
  );
  const uri = await readAnnouncedUri(child);
  await waitUntilServing(uri, child);
  return managedChild('ferretdb', uri, child, log);
}

async function startMemoryServer(dataDir: string): Promise<EmbeddedDatabase> {
  const { MongoMemoryServer } = await import('mongodb-memory-server-core');
  const dbPath = join(dataDir, 'mongodb-memory-server');
  mkdirSync(dbPath, { recursive: true });
  const server = await MongoMemoryServer.create({
    instance: { ip: '127.0.0.1', dbPath, storageEngine: 'wiredTiger' },
  });
  const uri = server.getUri();
  await waitUntilServing(uri);
  return {
    uri,
    kind: 'mongodb-memory-server',
    // The data folder belongs to the caller (or to our temp-dir cleanup), not to the library.
    stop: async () => {
      await server.stop({ doCleanup: false });
    },
  };
}

const STARTERS: Starter[] = [
  { label: 'mongod', start: startMongod },
  { label: 'ferretdb', start: startFerretDB },
  { label: 'mongodb-memory-server', start: startMemoryServer },
];

// ---------------------------------------------------------------- FerretDB launcher build

export function ferretdbBinaryPath(): string {
  return join(repoRoot(), '.data', 'bin', 'pos-ferretdb');
}

async function ensureFerretDBBinary(log: (msg: string) => void): Promise<string> {
  const binary = ferretdbBinaryPath();
  const sourceDir = join(repoRoot(), 'subgraphs', 'kit', 'ferretdb');
  const exists = existsSync(binary);
  if (exists && !isOlderThanSources(binary, sourceDir)) return binary;

  const go = findOnPath('go') ?? executableOrUndefined('/usr/local/go/bin/go');
  if (!go) {
    if (exists) return binary;
    throw new Error(`launcher binary ${binary} is missing and \`go\` is not on PATH to build it`);
  }
  log(
    `[db] building the FerretDB launcher into ${binary} (the first build downloads modules and takes minutes)`,
  );
  try {
    await goBuild(go, sourceDir, binary);
  } catch (err) {
    // A stale binary still serves better than no database at all.
    if (!exists) throw err;
    log(`[db] rebuilding the FerretDB launcher failed, using the existing binary: ${errorMessage(err)}`);
  }
  return binary;
}

function isOlderThanSources(binary: string, sourceDir: string): boolean {
  const builtAt = statSync(binary).mtimeMs;
  const sources = readdirSync(sourceDir).filter((name) => name.endsWith('.go') || name.startsWith('go.'));
  return sources.some((name) => statSync(join(sourceDir, name)).mtimeMs > builtAt);
}

async function goBuild(go: string, sourceDir: string, binary: string): Promise<void> {
  mkdirSync(dirname(binary), { recursive: true });
  // Build beside the target and rename, so a concurrent starter never executes a half-written file.
  const partial = `${binary}.partial-${process.pid}`;
  const child = spawnTracked(go, ['build', '-o', partial, '.'], {
    cwd: sourceDir,
    stdout: 'ignore',
    env: { ...process.env, GOFLAGS: `${process.env.GOFLAGS ?? ''} -buildvcs=false`.trim() },
  });
  const timer = setTimeout(() => child.process.kill('SIGKILL'), BUILD_TIMEOUT_MS);
  try {
    const [code] = (await once(child.process, 'exit')) as [number | null];
    if (code !== 0) throw new Error(`go build failed (exit ${code}):\n${child.stderrTail()}`);
    renameSync(partial, binary);
  } finally {
    clearTimeout(timer);
    rmSync(partial, { force: true });
  }
}

async function readAnnouncedUri(child: TrackedChild): Promise<string> {
  const stdout = child.process.stdout;
  if (!stdout) throw new Error('launcher stdout is not piped');
  const lines = createInterface({ input: stdout });
  try {
    const line = await raceWithExit(child, once(lines, 'line') as Promise<[string]>, 'announcing its URI');
    const parsed = JSON.parse(line[0]) as { uri?: unknown };
    if (typeof parsed.uri !== 'string') throw new Error(`unexpected launcher output: ${line[0]}`);
    return parsed.uri;
  } finally {
    lines.close();
    stdout.resume();
  }
}

// ---------------------------------------------------------------- child processes

interface TrackedChild {
  process: ChildProcess;
  stderrTail(): string;
}

interface SpawnOptions {
  stdout: 'ignore' | 'pipe';
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

const cleanup = { children: new Set<ChildProcess>(), tempDirs: new Set<string>(), hooked: false };

function spawnTracked(command: string, args: string[], opts: SpawnOptions): TrackedChild {
  const child = spawn(command, args, {
    cwd: opts.cwd,
    env: opts.env,
    stdio: ['ignore', opts.stdout, 'pipe'],
  });
  cleanup.children.add(child);
  child.once('exit', () => cleanup.children.delete(child));
  // Without a listener a failed spawn (ENOENT) would crash the process instead of failing this starter.
  child.once('error', () => undefined);
  const tail: string[] = [];
  if (child.stderr) {
    createInterface({ input: child.stderr }).on('line', (line) => {
      tail.push(line);
      if (tail.length > STDERR_TAIL_LINES) tail.shift();
    });
  }
  return { process: child, stderrTail: () => tail.join('\n') };
}

function managedChild(
  kind: EmbeddedKind,
  uri: string,
  child: TrackedChild,
  log: (msg: string) => void,
): EmbeddedDatabase {
  let stopping = false;
  child.process.once('exit', (code, signal) => {
    if (!stopping)
      log(`[db] embedded ${kind} exited unexpectedly (${code ?? signal}):\n${child.stderrTail()}`);
  });
  // The server must not keep a finished script alive; the exit hooks still stop it.
  setReferenced(child.process, false);
  return {
    uri,
    kind,
    ...(child.process.pid ? { pid: child.process.pid } : {}),
    stop: () => {
      stopping = true;
      return stopChild(child.process);
    },
  };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  // Referenced again so that awaiting the exit keeps the event loop alive.
  setReferenced(child, true);
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  try {
    await exited;
  } finally {
    clearTimeout(timer);
  }
}

type Referable = { ref?(): void; unref?(): void } | null;

function setReferenced(child: ChildProcess, referenced: boolean): void {
  for (const handle of [child, child.stdout, child.stderr] as Referable[]) {
    if (referenced) handle?.ref?.();
    else handle?.unref?.();
  }
}

function installExitHooks(): void {
  if (cleanup.hooked) return;
  cleanup.hooked = true;
  process.on('exit', cleanupSync);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    const onSignal = (): void => {
      // Someone else handles the signal (npm start stops its servers, then the database): leave
      // the database to them; the exit hook still stops it should they exit without doing so.
      if (process.listenerCount(signal) > 1) return;
      cleanupSync();
      // Nobody else handles it: restore its default effect (terminating the process).
      process.removeListener(signal, onSignal);
      process.kill(process.pid, signal);
    };
    process.on(signal, onSignal);
  }
}

function cleanupSync(): void {
  for (const child of cleanup.children) {
    child.removeAllListeners('exit');
    child.kill('SIGTERM');
  }
  for (const dir of cleanup.tempDirs) removeTempDir(dir);
}

function withTempDirRemoval(db: EmbeddedDatabase, tempDir: string | undefined): EmbeddedDatabase {
  if (!tempDir) return db;
  return {
    ...db,
    stop: async () => {
      await db.stop();
      removeTempDir(tempDir);
    },
  };
}

function removeTempDir(dir: string): void {
  cleanup.tempDirs.delete(dir);
  rmSync(dir, { recursive: true, force: true });
}

// ---------------------------------------------------------------- readiness

async function waitUntilServing(uri: string, child?: TrackedChild): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (child) assertRunning(child);
    try {
      await ping(uri);
      return;
    } catch (err) {
      lastError = err;
      await sleep(200);
    }
  }
  if (child) child.process.kill('SIGKILL');
  throw new Error(
    `not accepting connections at ${uri} after ${READY_TIMEOUT_MS} ms: ${errorMessage(lastError)}`,
  );
}

async function ping(uri: string): Promise<void> {
  const client = new mongoose.mongo.MongoClient(uri, {
    directConnection: true,
    serverSelectionTimeoutMS: 1000,
    connectTimeoutMS: 1000,
  });
  try {
    await client.connect();
    await client.db('admin').command({ ping: 1 });
  } finally {
    await client.close();
  }
}

function assertRunning(child: TrackedChild): void {
  const { exitCode, signalCode } = child.process;
  if (exitCode !== null || signalCode !== null) {
    throw new Error(`exited early (${exitCode ?? signalCode}):\n${child.stderrTail()}`);
  }
}

async function raceWithExit<T>(child: TrackedChild, work: Promise<T>, doing: string): Promise<T> {
  const proc = child.process;
  let onExit = (): void => undefined;
  let onError = (_err: Error): void => undefined;
  let timer: NodeJS.Timeout | undefined;
  const failure = new Promise<never>((_, reject) => {
    onExit = () => reject(new Error(`exited before ${doing}:\n${child.stderrTail()}`));
    onError = reject;
    timer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`timed out ${doing}:\n${child.stderrTail()}`));
    }, READY_TIMEOUT_MS);
  });
  proc.once('exit', onExit);
  proc.once('error', onError);
  try {
    return await Promise.race([work, failure]);
  } finally {
    clearTimeout(timer);
    proc.removeListener('exit', onExit);
    proc.removeListener('error', onError);
  }
}

// ---------------------------------------------------------------- helpers

let cachedRepoRoot: string | undefined;

/** The npm workspace root: the nearest ancestor of this file whose package.json declares workspaces. */
export function repoRoot(): string {
  cachedRepoRoot ??= findRepoRoot();
  return cachedRepoRoot;
}

function findRepoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (declaresWorkspaces(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

function declaresWorkspaces(packageJson: string): boolean {
  if (!existsSync(packageJson)) return false;
  try {
    return 'workspaces' in (JSON.parse(readFileSync(packageJson, 'utf8')) as object);
  } catch {
    return false;
  }
}

function findOnPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const found = dir ? executableOrUndefined(join(dir, command)) : undefined;
    if (found) return found;
  }
  return undefined;
}

function executableOrUndefined(file: string): string | undefined {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (!address || typeof address === 'string') throw new Error('could not allocate a port');
  return address.port;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
