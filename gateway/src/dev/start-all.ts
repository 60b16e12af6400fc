/**
 * `npm start`: the embedded default. Every subgraph and the gateway in one process, each on its own
 * port and still talking HTTP, against MONGODB_URI or a local MongoDB-compatible server whose data
 * persists in .data/db. Meant for development and demos, not production.
 *
 * On a machine with more than one core, and without REDIS_URL, the subgraphs named by
 * WORKER_SUBGRAPHS (default products, customers, couriers, reports) run in a worker thread: the
 * process can then use a second core, while events, live updates and revocations stay in memory,
 * bridged between the two threads. WORKER_SUBGRAPHS=none keeps everything on one thread.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import {
  baseEnvSchema,
  createLogger,
  createThreadBridgedTransport,
  type EventTransport,
  generateSigningKeys,
  type KeyPairPem,
  MemoryRevocationStore,
  parseEnv,
  RedisRevocationStore,
  type RevocationStore,
  startTracingFromEnv,
  ThreadBridgedRevocationStore,
} from '@pos/kit';
import { type EmbeddedDatabase, repoRoot, startEmbeddedDatabase } from '@pos/kit/db/embedded';
import {
  loadOrdersEnv,
  MidtransSimulator,
  type PaymentsOptions,
  paymentsFromEnv,
  simulatedAccount,
} from '@pos/orders';
import { Redis } from 'ioredis';
import { z } from 'zod';
import { ensureWebBuild } from '../web/build';
import { type BootedSupergraph, bootSupergraph } from './boot';
import { SUBGRAPHS, withPayments } from './subgraphs';
import { type RunningSubgraphWorker, startSubgraphWorker } from './worker';

const envSchema = baseEnvSchema.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  JWT_PRIVATE_KEY: z.string().min(1).optional(),
  /** Where the embedded database and the generated keys live (default `.data` in the repository). */
  DATA_DIR: z.string().min(1).optional(),
  /** Subgraphs run in a worker thread (comma-separated), or `none`. */
  WORKER_SUBGRAPHS: z.string().optional(),
  /** Where clients reach the gateway, for the links it hands out (export downloads); default its own URL. */
  PUBLIC_URL: z.string().url().optional(),
});

const DEFAULT_WORKER_SUBGRAPHS = ['products', 'customers', 'couriers', 'reports'];

/** The subgraphs for the worker thread: none with Redis (processes share events there) or one core. */
function workerSubgraphs(env: z.infer<typeof envSchema>): string[] {
  const raw = env.WORKER_SUBGRAPHS?.trim();
  if (raw === 'none' || raw === '') return [];
  const names = raw ? raw.split(',').map((n) => n.trim()) : DEFAULT_WORKER_SUBGRAPHS;
  const unknown = names.filter((n) => !SUBGRAPHS.some((s) => s.name === n));
  if (unknown.length > 0)
    throw new Error(`Invalid configuration:\n  WORKER_SUBGRAPHS: unknown subgraph ${unknown.join(', ')}`);
  if (raw === undefined && (env.REDIS_URL || availableParallelism() < 2)) return [];
  if (env.REDIS_URL) throw new Error('Invalid configuration:\n  WORKER_SUBGRAPHS: not with REDIS_URL');
  return names;
}

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
  let worker: RunningSubgraphWorker | undefined;
  let bridged: EventTransport | undefined;
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await booted?.close();
      await worker?.close();
      await bridged?.close();
      await simulator?.close();
      redis?.disconnect();
      await db?.stop();
    })();
    return stopping;
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    // `on`, not `once`: a second Ctrl+C while stopping must not fall through to the default.
    process.on(signal, () => {
      if (stopping) {
        log.warn({ signal }, 'already stopping');
        return;
      }
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
    // The app is built (when missing or stale) while the database starts; the API does not need it.
    const webBuild = ensureWebBuild((msg) => log.info(msg)).then(
      (built) => (built ? 'built now' : 'up to date'),
      (err: unknown) => {
        log.error({ err }, 'the web app could not be built; the API runs without it');
        return 'build failed (see above)';
      },
    );
    db = env.MONGODB_URI ? undefined : await startEmbeddedDatabase({ dataDir, log: (msg) => log.info(msg) });
    const mongodbUri = env.MONGODB_URI ?? (db as EmbeddedDatabase).uri;
    if (env.REDIS_URL) {
      redis = new Redis(env.REDIS_URL, { lazyConnect: true });
      await redis.connect();
    }
    const inWorker = workerSubgraphs(env);
    const revocations: RevocationStore = redis
      ? new RedisRevocationStore(redis)
      : inWorker.length > 0
        ? new ThreadBridgedRevocationStore()
        : new MemoryRevocationStore();
    const logLevel = env.LOG_LEVEL;
    const payments = await paymentProvider(join(dataRoot, 'keys'));
    simulator = payments.simulator;
    if (inWorker.length > 0) {
      bridged = createThreadBridgedTransport(createLogger('events', logLevel));
      worker = await startSubgraphWorker({
        names: inWorker,
        mongodbUri,
        host: env.HOST,
        ports: Object.fromEntries(inWorker.map((name) => [name, subgraphPort(process.env, name)])),
        gatewaySecret,
        internalSecret,
        keys,
        logLevel,
        production: env.NODE_ENV === 'production',
        maxBodyBytes: env.MAX_BODY_BYTES,
        payments: payments.options,
      });
    }

    booted = await bootSupergraph({
      subgraphs: withPayments(
        SUBGRAPHS.filter((s) => !inWorker.includes(s.name)),
        payments.options,
      ),
      ...(worker && bridged ? { elsewhere: worker.urls, events: bridged } : {}),
      mongodbUri,
      host: env.HOST,
      gatewayPort: env.PORT,
      subgraphPort: (name) => subgraphPort(process.env, name),
      gatewaySecret,
      internalSecret,
      keys,
      revocations,
      logger: (service) => createLogger(service, logLevel),
      production: env.NODE_ENV === 'production',
      maxBodyBytes: env.MAX_BODY_BYTES,
      ...(env.REDIS_URL ? { redisUrl: env.REDIS_URL } : {}),
      ...(env.PUBLIC_URL ? { publicUrl: env.PUBLIC_URL } : {}),
    });
    worker?.peers(booted.subgraphUrls, env.PUBLIC_URL ?? booted.gateway.url);

    if (simulator) simulator.notificationUrl = `${booted.gateway.url}/webhooks/midtrans`;
    const database = db
      ? `embedded ${db.kind} at ${db.uri} (data in ${relative(process.cwd(), dataDir) || dataDir})`
      : `MONGODB_URI (${redactCredentials(mongodbUri)})`;
    const rows: Array<[string, string]> = [
      ['web app', `${booted.gateway.url}/   <- the till (web/dist, ${await webBuild})`],
      ['gateway', `${booted.gateway.url}/graphql   <- open in a browser for Apollo Sandbox`],
      ...SUBGRAPHS.map((s): [string, string] => [
        s.name,
        `${booted?.subgraphUrls[s.name]}${inWorker.includes(s.name) ? '   (worker thread)' : ''}`,
      ]),
      [
        'links',
        `${env.PUBLIC_URL ?? booted.gateway.url} (${env.PUBLIC_URL ? 'PUBLIC_URL' : 'the gateway; set PUBLIC_URL'})`,
      ],
      ['database', database],
      ['revocations', redis ? 'Redis (REDIS_URL)' : 'in memory'],
      [
        'events',
        booted.events.kind === 'redis'
          ? 'Redis streams and pub/sub (REDIS_URL)'
          : `in memory${worker ? ', bridged between the two threads' : ''}`,
      ],
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
