/**
 * `npm start`: the embedded default. Every subgraph and the gateway in one process, each on its own
 * port and still talking HTTP, against MONGODB_URI or a local MongoDB-compatible server whose data
 * persists in .data/db. Meant for development and demos, not production.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  baseEnvSchema,
  createLogger,
  generateSigningKeys,
  type KeyPairPem,
  MemoryRevocationStore,
  parseEnv,
  RedisRevocationStore,
  type RevocationStore,
  startTracingFromEnv,
} from '@pos/kit';
import { type EmbeddedDatabase, repoRoot, startEmbeddedDatabase } from '@pos/kit/db/embedded';
import {
  loadOrdersEnv,
  MidtransSimulator,
  type PaymentsOptions,
  paymentsFromEnv,
  simulatedAccount,
  startOrdersSubgraph,
} from '@pos/orders';
import { Redis } from 'ioredis';
import { z } from 'zod';
import { type BootedSupergraph, bootSupergraph } from './boot';
import { SUBGRAPHS } from './subgraphs';

const envSchema = baseEnvSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  JWT_PRIVATE_KEY: z.string().min(1).optional(),
  /** Where the embedded database and the generated keys live (default `.data` in the repository). */
  DATA_DIR: z.string().min(1).optional(),
});

const pem = (value: string) => value.replace(/\\n/g, '\n');

/** JWT keys from the environment, else generated once into .data/keys so tokens survive restarts. */
async function signingKeys(
  env: z.infer<typeof envSchema>,
  dir: string,
): Promise<{ keys: KeyPairPem; source: string }> {
  if (env.JWT_PUBLIC_KEY && env.JWT_PRIVATE_KEY) {
    return {
      keys: { publicKey: pem(env.JWT_PUBLIC_KEY), privateKey: pem(env.JWT_PRIVATE_KEY) },
      source: 'environment',
    };
  }
  if (env.JWT_PUBLIC_KEY || env.JWT_PRIVATE_KEY) {
    throw new Error('Invalid configuration:\n  JWT_PUBLIC_KEY and JWT_PRIVATE_KEY must be set together');
  }
  const privatePath = join(dir, 'jwt-private.pem');
  const publicPath = join(dir, 'jwt-public.pem');
  if (existsSync(privatePath) && existsSync(publicPath)) {
    return {
      keys: { privateKey: readFileSync(privatePath, 'utf8'), publicKey: readFileSync(publicPath, 'utf8') },
      source: relative(process.cwd(), dir) || dir,
    };
  }
  const keys = await generateSigningKeys();
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  writeFileSync(privatePath, keys.privateKey, { mode: 0o600 });
  writeFileSync(publicPath, keys.publicKey, { mode: 0o600 });
  // mkdirSync leaves the mode of an existing folder alone.
  chmodSync(dir, 0o700);
  return { keys, source: `${relative(process.cwd(), dir) || dir} (generated)` };
}

/** The key sealing merchants' provider keys: PAYMENTS_ENCRYPTION_KEY, else generated once into .data/keys. */
function paymentsKey(dir: string): string {
  if (process.env.PAYMENTS_ENCRYPTION_KEY) return process.env.PAYMENTS_ENCRYPTION_KEY;
  const path = join(dir, 'payments.key');
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  const key = randomBytes(32).toString('base64');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  writeFileSync(path, key, { mode: 0o600 });
  return key;
}

/**
 * The payment provider for this run: Midtrans as the environment configures it (MIDTRANS_SERVER_KEY
 * set), else the local simulator of its API with a platform account of its own, so QRIS and
 * e-wallet sales work with no internet. The simulator posts its notifications to the gateway.
 */
async function paymentProvider(
  keysDir: string,
): Promise<{ options: PaymentsOptions; simulator: MidtransSimulator | null; label: string }> {
  const fromEnv = { ...paymentsFromEnv(loadOrdersEnv(process.env)), encryptionKey: paymentsKey(keysDir) };
  if (fromEnv.platform)
    return {
      options: fromEnv,
      simulator: null,
      label: `Midtrans ${fromEnv.apiUrl ?? fromEnv.platform.environment.toLowerCase()} (MIDTRANS_SERVER_KEY)`,
    };
  const port = process.env.PORT_MIDTRANS_SIMULATOR ? Number(process.env.PORT_MIDTRANS_SIMULATOR) : 4010;
  const account = simulatedAccount();
  const simulator = await new MidtransSimulator({ port, accounts: [account], acceptAnyKey: true }).start();
  return {
    options: {
      ...fromEnv,
      platform: { serverKey: account.serverKey, merchantCode: account.merchantCode, environment: 'SANDBOX' },
      apiUrl: simulator.url,
    },
    simulator,
    label: `Midtrans simulator at ${simulator.url} (pay a charge: POST ${simulator.url}/_simulator/charges/<chargeId>/pay)`,
  };
}

function subgraphPort(env: NodeJS.ProcessEnv, name: string): number {
  const raw = env[`PORT_${name.toUpperCase()}`];
  if (raw === undefined) return SUBGRAPHS.find((s) => s.name === name)?.port ?? 0;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`Invalid configuration:\n  PORT_${name.toUpperCase()}: must be a port number`);
  }
  return port;
}

async function main(): Promise<void> {
  const env = parseEnv(envSchema);
  const root = repoRoot();
  // Every service runs in this process, so one provider exports them all; spans name their service.
  startTracingFromEnv('pos-supergraph');
  const log = createLogger('start-all', env.LOG_LEVEL);
  const dataRoot = env.DATA_DIR ?? join(root, '.data');
  const { keys, source: keySource } = await signingKeys(env, join(dataRoot, 'keys'));
  // Secrets only this process needs to know, unless set to match services running elsewhere.
  const gatewaySecret = env.GATEWAY_SECRET ?? randomBytes(32).toString('base64url');
  const internalSecret = env.INTERNAL_SECRET ?? randomBytes(32).toString('base64url');

  let db: EmbeddedDatabase | undefined;
  let redis: Redis | undefined;
  let booted: BootedSupergraph | undefined;
  let simulator: MidtransSimulator | null = null;
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await booted?.close();
      await simulator?.close();
      redis?.disconnect();
      await db?.stop();
    })();
    return stopping;
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log.info({ signal }, 'stopping');
      stop().then(
        () => process.exit(0),
        (err: unknown) => {
          log.error({ err }, 'stopping failed');
          process.exit(1);
        },
      );
    });
  }

  try {
    const dataDir = join(dataRoot, 'db');
    db = env.MONGODB_URI ? undefined : await startEmbeddedDatabase({ dataDir, log: (msg) => log.info(msg) });
    const mongodbUri = env.MONGODB_URI ?? (db as EmbeddedDatabase).uri;
    if (env.REDIS_URL) {
      redis = new Redis(env.REDIS_URL, { lazyConnect: true });
      await redis.connect();
    }
    const revocations: RevocationStore = redis
      ? new RedisRevocationStore(redis)
      : new MemoryRevocationStore();

    const payments = await paymentProvider(join(dataRoot, 'keys'));
    simulator = payments.simulator;
    booted = await bootSupergraph({
      subgraphs: SUBGRAPHS.map((entry) =>
        entry.name === 'orders'
          ? { ...entry, start: (o) => startOrdersSubgraph({ ...o, payments: payments.options }) }
          : entry,
      ),
      mongodbUri,
      host: env.HOST,
      gatewayPort: env.PORT,
      subgraphPort: (name) => subgraphPort(process.env, name),
      gatewaySecret,
      internalSecret,
      keys,
      revocations,
      logger: (service) => createLogger(service, env.LOG_LEVEL),
      production: env.NODE_ENV === 'production',
      maxBodyBytes: env.MAX_BODY_BYTES,
      ...(env.REDIS_URL ? { redisUrl: env.REDIS_URL } : {}),
    });

    if (simulator) simulator.notificationUrl = `${booted.gateway.url}/webhooks/midtrans`;
    const database = db
      ? `embedded ${db.kind} at ${db.uri} (data in ${relative(process.cwd(), dataDir) || dataDir})`
      : `MONGODB_URI (${redactCredentials(mongodbUri)})`;
    const rows: Array<[string, string]> = [
      ['gateway', `${booted.gateway.url}/graphql   <- open in a browser for Apollo Sandbox`],
      ...Object.entries(booted.subgraphs).map(([name, s]): [string, string] => [name, `${s.url}/graphql`]),
      ['database', database],
      ['revocations', redis ? 'Redis (REDIS_URL)' : 'in memory'],
      ['events', booted.events.kind === 'redis' ? 'Redis streams and pub/sub (REDIS_URL)' : 'in memory'],
      ['JWT keys', keySource],
      ['payments', payments.label],
      [
        'secrets',
        `gateway: ${env.GATEWAY_SECRET ? 'GATEWAY_SECRET' : 'random for this run'}, ` +
          `internal: ${env.INTERNAL_SECRET ? 'INTERNAL_SECRET' : 'random for this run'}`,
      ],
    ];
    const width = Math.max(...rows.map(([label]) => label.length));
    const lines = [
      '',
      `POS supergraph is up (${env.NODE_ENV})`,
      ...rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`),
      '  Ctrl+C stops everything.',
      '',
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } catch (err) {
    await stop();
    throw err;
  }
}

function redactCredentials(uri: string): string {
  return uri.replace(/\/\/[^@/]+@/, '//***@');
}

main().catch((err: unknown) => {
  console.error(err instanceof Error && err.message.startsWith('Invalid configuration') ? err.message : err);
  process.exit(1);
});
