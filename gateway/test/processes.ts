/**
 * The parent side of tests that run services as separate processes (replicas, a crash): each
 * launcher is a TS file spawned with tsx that prints `{ "ready": url }` once listening and
 * closes cleanly on SIGTERM (helpers for it in process-env.ts).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface Launched {
  proc: ChildProcess;
  url: string;
}

const exited = (proc: ChildProcess) => proc.exitCode !== null || proc.signalCode !== null;

/** The children a test started; `stopAll` in `afterAll` leaves none behind, also after a failure. */
export class ChildProcesses {
  private readonly started: ChildProcess[] = [];

  /** Starts a launcher with tsx and waits for the `{ ready: url }` line it prints once listening. */
  async launch(file: string, env: Record<string, string>, timeoutMs = 60_000): Promise<Launched> {
    const proc = spawn(process.execPath, ['--import', 'tsx', file], {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    this.started.push(proc);
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${file} did not start within ${timeoutMs} ms`)),
        timeoutMs,
      );
      proc.once('exit', (code, signal) => reject(new Error(`${file} exited early with ${code ?? signal}`)));
      createInterface({ input: proc.stdout as NodeJS.ReadableStream }).on('line', (line) => {
        const ready = parseReady(line);
        if (!ready) return;
        clearTimeout(timer);
        resolve(ready);
      });
    });
    return { proc, url };
  }

  /** SIGTERM (clean close), then SIGKILL for a child that hangs. */
  async stop(proc: ChildProcess): Promise<void> {
    if (exited(proc)) return;
    const exit = once(proc, 'exit');
    proc.kill('SIGTERM');
    const timer = setTimeout(() => proc.kill('SIGKILL'), 5_000);
    await exit;
    clearTimeout(timer);
  }

  /** SIGKILL: the process dies where it stands (a crash, the OOM killer), closing nothing. */
  async kill(proc: ChildProcess): Promise<void> {
    if (exited(proc)) return;
    const exit = once(proc, 'exit');
    proc.kill('SIGKILL');
    await exit;
  }

  async stopAll(): Promise<void> {
    await Promise.all(this.started.map((p) => this.stop(p)));
  }
}

/** Other lines on stdout (a stray log) are not the announcement. */
function parseReady(line: string): string | undefined {
  try {
    const ready = (JSON.parse(line) as { ready?: unknown }).ready;
    return typeof ready === 'string' ? ready : undefined;
  } catch {
    return undefined;
  }
}
