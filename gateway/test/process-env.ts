/**
 * The child side of tests that run services as separate processes (see processes.ts): what a
 * launcher needs to read its environment, say where it listens and close on SIGTERM.
 */

/** A required variable of the launcher's environment. */
export function need(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}

/** Tells the parent test where this process listens: one JSON line on stdout. */
export function announce(url: string): void {
  process.stdout.write(`${JSON.stringify({ ready: url })}\n`);
}

/** SIGTERM from the test closes cleanly (sockets, Redis, database), then exits. */
export function closeOnSigterm(close: () => Promise<unknown>): void {
  process.once('SIGTERM', () => {
    close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  });
}
