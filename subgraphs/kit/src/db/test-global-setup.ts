/**
 * vitest globalSetup: one database for the whole test run.
 *
 * With `MONGODB_URI` set, tests use that server and nothing is started. Otherwise the
 * embedded default starts once, in a temporary folder that is removed at teardown.
 * Tests read the URI with `inject('mongodbUri')` (or `process.env.MONGODB_URI`, which
 * workers inherit because they are spawned after this runs) and should use a database
 * name of their own so test files do not see each other's data.
 */
import type { TestProject } from 'vitest/node';
import { startEmbeddedDatabase } from './embedded';

declare module 'vitest' {
  export interface ProvidedContext {
    mongodbUri: string;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const external = process.env.MONGODB_URI;
  if (external) {
    project.provide('mongodbUri', external);
    return undefined;
  }
  const db = await startEmbeddedDatabase();
  process.env.MONGODB_URI = db.uri;
  project.provide('mongodbUri', db.uri);
  return async () => {
    // Otherwise a watch-mode restart would mistake our own server for an external one.
    delete process.env.MONGODB_URI;
    await db.stop();
  };
}
