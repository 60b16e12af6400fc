import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { GATEWAY_SECRET_HEADER, generateSigningKeys, RedisEventBus } from '@pos/kit';
import { deleteKeys, redisUrl, silent, uniquePrefix } from '@pos/kit/events/test-support';
import { Redis } from 'ioredis';
import mongoose from 'mongoose';
import { inject } from 'vitest';
import { postGraphQL, signAccessToken } from '../../../gateway/test/harness';
import { ChildProcesses, type Launched } from '../../../gateway/test/processes';
import { type ReportsModels, registerModels } from '../src/models';

const launcher = fileURLToPath(new URL('./processes/reports.ts', import.meta.url));

/**
 * Reports processes on the Redis bus for one test file: its own key prefix and database, a
 * publisher on that prefix, the read models (for checks), and signed queries to a process.
 */
export class ReportsOnRedis {
  readonly prefix: string;
  readonly dbName: string;
  readonly merchantId = randomBytes(12).toString('hex');
  readonly publisher: RedisEventBus;
  readonly redis = new Redis(redisUrl);
  readonly children = new ChildProcesses();
  models!: ReportsModels;
  private conn: mongoose.Connection | undefined;
  private keys!: Awaited<ReturnType<typeof generateSigningKeys>>;
  private env!: Record<string, string>;
  private readonly gatewaySecret = randomBytes(24).toString('base64url');

  constructor(name: string) {
    this.prefix = uniquePrefix(`reports-${name}`);
    this.dbName = `pos_reports_${name}_${randomBytes(4).toString('hex')}`;
    this.publisher = new RedisEventBus({ url: redisUrl, prefix: this.prefix, logger: silent });
  }

  /** Call in beforeAll: keys, the database, the environment every process gets. */
  async open(claimIdleMs: number): Promise<void> {
    const mongodbUri = inject('mongodbUri');
    this.keys = await generateSigningKeys();
    this.conn = await mongoose.createConnection(mongodbUri, { dbName: this.dbName }).asPromise();
    this.models = registerModels(this.conn);
    this.env = {
      MONGODB_URI: mongodbUri,
      DB_NAME: this.dbName,
      REDIS_URL: redisUrl,
      REDIS_PREFIX: this.prefix,
      GATEWAY_SECRET: this.gatewaySecret,
      INTERNAL_SECRET: randomBytes(24).toString('base64url'),
      JWT_PUBLIC_KEY: this.keys.publicKey,
      CLAIM_IDLE_MS: String(claimIdleMs),
    };
  }

  /** One more reports process (see processes/reports.ts for `extra`). */
  launch(extra: Record<string, string> = {}): Promise<Launched> {
    return this.children.launch(launcher, { ...this.env, ...extra });
  }

  /** A query to one process, as the gateway would send it, with `reports:read`. */
  async query(process: Launched, query: string, variables: Record<string, unknown> = {}) {
    const { token } = await signAccessToken(
      { keys: this.keys },
      { merchantId: this.merchantId, scopes: ['reports:read'] },
    );
    return postGraphQL(process.url, query, variables, {
      token,
      headers: { [GATEWAY_SECRET_HEADER]: this.gatewaySecret },
    });
  }

  /** Call in afterAll: processes, connections, Redis keys and the database. */
  async close(): Promise<void> {
    await this.children.stopAll();
    await this.publisher.close();
    await this.redis.quit();
    await deleteKeys(this.prefix);
    await this.conn?.dropDatabase();
    await this.conn?.close();
  }
}
