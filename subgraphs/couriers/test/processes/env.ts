/** The environment both launchers of multi-process.e2e.test.ts read; every value is required. */
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
