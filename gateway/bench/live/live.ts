/**
 * Live updates at dispatcher scale (`BENCH_ONLY=live npm run bench`): every process on its own,
 * as deployed. The couriers subgraph runs as its own process(es) on Redis; the gateway(s) too,
 * forked with `--expose-gc` so their memory can be measured; the subscribers in a third kind of
 * process; this process seeds the database and publishes positions on Redis exactly as the
 * couriers subgraph's `reportPosition` does (`publishPosition`: branch, courier and delivery
 * topics, with the courier and delivery in the message).
 *
 * Cases, each for BENCH_LIVE_SECONDS (60) at one event per second per topic:
 * - one topic: BENCH_LIVE_ONE_TOPIC (10,000) subscriptions to one branch map, 25 per connection,
 *   from 10 sessions of one dispatcher;
 * - distinct: BENCH_LIVE_DISTINCT (5,000) subscriptions over BENCH_LIVE_CONNECTIONS (200)
 *   connections, each to its own courier (`courierPositions`) or delivery (`deliveryPositions`);
 * in two topologies (BENCH_LIVE_MODES): `single` (one gateway process, one couriers process) and
 * `redis` (two gateway processes, each on its own couriers process, both on Redis; the
 * subscribers are split between the gateways).
 *
 * Printed per case: events expected and delivered (and in %), duplicates and missing, and whether
 * each subscriber got each event of its topic exactly once, publish-to-client p50/p95/p99, the gateway process's heap growth
 * per subscription (after a full GC, with every subscription open), its RSS, and the CPU it used
 * while events flowed (a figure that, unlike latency, does not depend on what else the machine runs).
 */
import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createLogger, generateSigningKeys, RedisPubSub, ROLE_DEFAULT_SCOPES, TokenSigner } from '@pos/kit';
import { type EmbeddedDatabase, startEmbeddedDatabase } from '@pos/kit/db/embedded';
import { Redis } from 'ioredis';
import mongoose from 'mongoose';
import { registerModels } from '../../../subgraphs/couriers/src/models';
import { topics } from '../../../subgraphs/couriers/src/services/live-topics';
import { publishPosition } from '../../../subgraphs/couriers/src/services/position.service';
import { JWT_AUDIENCE, JWT_ISSUER } from '../../src/dev/boot';
import { ChildProcesses } from '../../test/processes';
import { usersAndCouriersSdl } from '../subscriptions';
import type { ClientsReport, ConnectionSpec } from './clients-process';
import type { GatewayMemory } from './gateway-process';

const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const SECONDS = num('BENCH_LIVE_SECONDS', 60);
const ONE_TOPIC = num('BENCH_LIVE_ONE_TOPIC', 10_000);
const DISTINCT = num('BENCH_LIVE_DISTINCT', 5_000);
const DISTINCT_CONNECTIONS = num('BENCH_LIVE_CONNECTIONS', 200);
const MODES = (process.env.BENCH_LIVE_MODES ?? 'single,redis').split(',').map((m) => m.trim());
const CASES = (process.env.BENCH_LIVE_CASES ?? 'one-topic,distinct').split(',').map((c) => c.trim());
/** The gateway's default limit of subscriptions per client connection. */
const PER_CONNECTION = 25;
const SESSIONS = 10;
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

const SELECTION = 'lat lng recordedAt courier { id vehicle } delivery { id status }';
const BRANCH_MAP = `subscription($b: ID!) { branchCourierPositions(branchId: $b) { ${SELECTION} } }`;
const FOLLOW_COURIER = `subscription($c: ID!) { courierPositions(courierId: $c) { ${SELECTION} } }`;
const FOLLOW_DELIVERY = `subscription($d: ID!) { deliveryPositions(deliveryId: $d) { ${SELECTION} } }`;

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const couriersLauncher = fileURLToPath(
  new URL('../../../subgraphs/couriers/test/processes/couriers.ts', import.meta.url),
);

interface Row {
  mode: string;
  case: string;
  subscriptions: number;
  connections: number;
  expected: number;
  delivered: number;
  /** Delivered of expected, in %; the goal is 100. */
  'delivered %': string;
  /** Every subscriber got every event of its topic once: none missing, none twice, none of another topic. */
  'exactly once': string;
  duplicates: number;
  missing: number;
  errors: number;
  p50: string;
  p95: string;
  p99: string;
  'heap KiB/sub': string;
  'gateway RSS MiB': string;
  /** CPU the gateway process(es) used while events flowed, in % of one core (each). */
  'gateway CPU %': string;
  /** The same for the couriers process(es), read from /proc. */
  'couriers CPU %': string;
  /** How long publishing one slice of events took (Redis round trip), p95, and how late slices started. */
  'publish p95 ms': string;
  'publisher lag p95 ms': string;
  upstreams: number;
}

/** A forked child that speaks JSON messages; `ask` sends one and waits for the answer of `type`. */
class Child {
  private readonly waiting = new Map<string, Array<(m: Record<string, unknown>) => void>>();
  readonly ready: Promise<Record<string, unknown>>;

  constructor(readonly proc: ChildProcess) {
    proc.on('message', (m: Record<string, unknown>) => {
      const list = this.waiting.get(m.type as string);
      list?.shift()?.(m);
    });
    this.ready = this.next('ready');
  }

  next(type: string): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => {
      const exited = (code: number | null) =>
        reject(new Error(`child exited (${code}) while waiting for ${type}`));
      const list = this.waiting.get(type) ?? [];
      list.push((m) => {
        // One listener per question asked, gone with its answer (the bench asks hundreds).
        this.proc.off('exit', exited);
        resolve(m);
      });
      this.waiting.set(type, list);
      this.proc.once('exit', exited);
    });
  }

  ask(message: Record<string, unknown>, answer: string): Promise<Record<string, unknown>> {
    const reply = this.next(answer);
    this.proc.send(message);
    return reply;
  }

  async stop(message: Record<string, unknown>): Promise<void> {
    if (this.proc.exitCode !== null) return;
    const exited = new Promise((r) => this.proc.once('exit', r));
    this.proc.send(message);
    const timer = setTimeout(() => this.proc.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}

/** BENCH_LIVE_CPU_PROFILE=<dir> writes CPU profiles of the gateway and couriers processes there. */
const PROFILE_DIR = process.env.BENCH_LIVE_CPU_PROFILE;

const forkChild = (file: string, env: Record<string, string> = {}, profile = false) =>
  new Child(
    fork(here(file), [], {
      execArgv: [
        '--expose-gc',
        '--max-old-space-size=4096',
        ...(profile && PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : []),
        '--import',
        'tsx',
      ],
      env: { ...process.env, ...env },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    }),
  );

async function main(): Promise<void> {
  console.log(
    `load average before: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}; ${SECONDS} s per case`,
  );
  const external = process.env.MONGODB_URI;
  const db: EmbeddedDatabase | undefined = external ? undefined : await startEmbeddedDatabase();
  const mongodbUri = external ?? (db as EmbeddedDatabase).uri;
  const suffix = randomBytes(4).toString('hex');
  const dbName = `pos_couriers_livebench_${suffix}`;
  const prefix = `bench:live:${suffix}`;
  const keys = await generateSigningKeys();
  const gatewaySecret = randomBytes(24).toString('base64url');
  const merchantId = `m-${randomUUID()}`;
  const branchId = `b-${randomUUID()}`;
  const pairs = Math.ceil(DISTINCT / 2);
  const children = new ChildProcesses();
  const forked: Child[] = [];
  const pubsub = new RedisPubSub({ url: REDIS_URL, logger: createLogger('bench', 'silent'), prefix });
  const rows: Row[] = [];
  try {
    // Couriers and deliveries in the subgraph's own database, as its mutations leave them.
    const conn = await mongoose.createConnection(mongodbUri, { dbName }).asPromise();
    const models = registerModels(conn);
    await seed(models, merchantId, branchId, pairs);
    const couriers = await models.couriers.find({ merchantId }).lean();
    const deliveries = await models.deliveries.find({ merchantId }).lean();
    await conn.close();
    const courierById = new Map(couriers.map((c) => [c._id, JSON.parse(JSON.stringify(c))]));
    const deliveryOf = new Map(deliveries.map((d) => [d.courierId, JSON.parse(JSON.stringify(d))]));

    const signer = await TokenSigner.fromPem(keys.privateKey, {
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
      ttlSeconds: 900,
    });
    const sessionId = () => randomUUID();
    const tokens = await Promise.all(
      Array.from({ length: SESSIONS }, async () => {
        const { token } = await signer.sign({
          userId: 'dispatcher-1',
          merchantId,
          role: 'OWNER',
          branchIds: [],
          scopes: [...ROLE_DEFAULT_SCOPES.OWNER],
          sessionId: sessionId(),
        });
        return token;
      }),
    );
    const supergraphFile = join(tmpdir(), `pos-live-bench-${suffix}.graphql`);
    writeFileSync(supergraphFile, usersAndCouriersSdl());
    const shared = {
      GATEWAY_SECRET: gatewaySecret,
      JWT_PUBLIC_KEY: keys.publicKey,
      SUBGRAPH_USERS_URL: 'http://127.0.0.1:1/graphql',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    };

    for (const mode of MODES) {
      const replicas = mode === 'redis' ? 2 : 1;
      const couriersUrls: string[] = [];
      const couriersPids: number[] = [];
      for (let i = 0; i < replicas; i++) {
        const c = await children.launch(couriersLauncher, {
          ...shared,
          MONGODB_URI: mongodbUri,
          DB_NAME: dbName,
          REDIS_URL,
          REDIS_PREFIX: prefix,
          INTERNAL_SECRET: randomBytes(24).toString('base64url'),
          ...(PROFILE_DIR ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${PROFILE_DIR}/couriers` } : {}),
        });
        couriersUrls.push(c.url);
        couriersPids.push(c.proc.pid as number);
      }
      const gateways = couriersUrls.map((url) => {
        const g = forkChild(
          './gateway-process.ts',
          { ...shared, SUPERGRAPH_FILE: supergraphFile, SUBGRAPH_COURIERS_URL: url },
          true,
        );
        forked.push(g);
        return g;
      });
      const gatewayUrls = (await Promise.all(gateways.map((g) => g.ready))).map((r) => r.url as string);

      for (const kind of CASES) {
        const isOne = kind === 'one-topic';
        const total = isOne ? ONE_TOPIC : DISTINCT;
        const connections = isOne ? Math.ceil(total / PER_CONNECTION) : DISTINCT_CONNECTIONS;
        const specs: ConnectionSpec[] = Array.from({ length: connections }, (_, i) => ({
          url: gatewayUrls[i % gatewayUrls.length] as string,
          token: tokens[i % tokens.length] as string,
          subscriptions: [],
        }));
        for (let j = 0; j < total; j++) {
          const spec = specs[j % connections] as ConnectionSpec;
          if (isOne) spec.subscriptions.push({ query: BRANCH_MAP, variables: { b: branchId }, topic: 0 });
          else {
            const k = Math.floor(j / 2);
            const courier = couriers[k] as { _id: string };
            const delivery = deliveryOf.get(courier._id) as { _id: string };
            spec.subscriptions.push(
              j % 2 === 0
                ? { query: FOLLOW_COURIER, variables: { c: courier._id }, topic: k }
                : { query: FOLLOW_DELIVERY, variables: { d: delivery._id }, topic: k },
            );
          }
        }
        const before = (await Promise.all(gateways.map((g) => g.ask({ type: 'measure' }, 'memory')))).map(
          (m) => m.memory as GatewayMemory,
        );
        const clients = forkChild('./clients-process.ts');
        forked.push(clients);
        await clients.ready;
        const opened = await clients.ask({ type: 'open', connections: specs, maxSeq: SECONDS }, 'opened');
        if (opened.failed)
          console.log(`${opened.failed} subscriptions failed to open:`, JSON.stringify(opened.reasons));
        // The pongs said every subscription is live; Redis must agree before anything is published.
        const channels = isOne
          ? [`${prefix}:live:${topics.branchPositions(merchantId, branchId)}`]
          : couriers
              .slice(0, pairs)
              .flatMap((c) => [
                `${prefix}:live:${topics.courierPositions(merchantId, c._id)}`,
                `${prefix}:live:${topics.deliveryPositions(merchantId, (deliveryOf.get(c._id) as { _id: string })._id)}`,
              ]);
        // The branch map is followed through every gateway, so every replica listens; a courier or
        // delivery is followed through one gateway, so one replica does.
        await listened(channels, isOne ? replicas : 1);
        const open = (await Promise.all(gateways.map((g) => g.ask({ type: 'measure' }, 'memory')))).map(
          (m) => m.memory as GatewayMemory,
        );

        // One event per topic per second, each second's events spread over the second.
        const topicCount = isOne ? 1 : pairs;
        const slices = Math.min(100, topicCount);
        const publishMs: number[] = [];
        const lagMs: number[] = [];
        const cpuBefore = await Promise.all(
          gateways.map((g) => g.ask({ type: 'measure', gc: false }, 'memory')),
        );
        const couriersBefore = couriersPids.map(cpuMsOf);
        const start = Date.now() + 200;
        for (let seq = 1; seq <= SECONDS; seq++) {
          for (let slice = 0; slice < slices; slice++) {
            const at = start + (seq - 1) * 1000 + (slice * 1000) / slices;
            const wait = at - Date.now();
            if (wait > 0) await new Promise((r) => setTimeout(r, wait));
            const sends: Array<Promise<void>> = [];
            const sentAt = Date.now();
            for (let k = slice; k < topicCount; k += slices) {
              const courier = courierById.get((couriers[k] as { _id: string })._id);
              const delivery = isOne ? null : deliveryOf.get(courier._id);
              sends.push(
                publishPosition(pubsub, {
                  merchantId,
                  branchId,
                  courierId: courier._id,
                  courierUserId: courier.userId,
                  deliveryId: delivery?._id ?? null,
                  lat: seq / 1e6,
                  lng: k,
                  accuracy: 5,
                  heading: 90,
                  speed: 8,
                  recordedAt: new Date().toISOString(),
                  courier,
                  delivery,
                }),
              );
            }
            await Promise.all(sends);
            publishMs.push(Date.now() - sentAt);
            lagMs.push(Math.max(0, sentAt - at));
          }
        }
        const expected = total * SECONDS;
        // Late is not lost: wait while events still arrive (up to 3 minutes), so that `missing`
        // counts only what never came.
        const deadline = Date.now() + 180_000;
        let last = -1;
        let still = Date.now();
        while (Date.now() < deadline && Date.now() - still < 10_000) {
          const delivered = (await clients.ask({ type: 'delivered' }, 'delivered')).delivered as number;
          if (delivered >= expected) break;
          if (delivered !== last) {
            last = delivered;
            still = Date.now();
          }
          await new Promise((r) => setTimeout(r, 250));
        }
        const cpuAfter = await Promise.all(
          gateways.map((g) => g.ask({ type: 'measure', gc: false }, 'memory')),
        );
        const wallMs = Date.now() - start;
        const couriersCpu = couriersPids.map((pid, i) => (cpuMsOf(pid) - (couriersBefore[i] ?? 0)) / wallMs);
        const cpu = cpuAfter.map(
          (m, i) =>
            ((m.memory as GatewayMemory).cpuMs -
              ((cpuBefore[i] as Record<string, unknown>).memory as GatewayMemory).cpuMs) /
            wallMs,
        );
        // Duplicates would come after the originals.
        await new Promise((r) => setTimeout(r, 500));
        const r = (await clients.ask({ type: 'report', fromSeq: 1, toSeq: SECONDS }, 'report'))
          .report as ClientsReport;
        await clients.stop({ type: 'close' });
        const perGateway = total / gateways.length;
        const heapKiB =
          open.reduce((n, m, i) => n + (m.heapUsed - (before[i] as GatewayMemory).heapUsed), 0) /
          gateways.length /
          perGateway /
          1024;
        rows.push({
          mode: mode === 'redis' ? '2 gw + 2 couriers' : '1 gw + 1 couriers',
          case: kind,
          subscriptions: total,
          connections,
          expected,
          delivered: r.delivered,
          'delivered %': ((100 * r.delivered) / expected).toFixed(2),
          'exactly once': r.missing === 0 && r.duplicates === 0 && r.wrongTopic === 0 ? 'yes' : 'no',
          duplicates: r.duplicates,
          missing: r.missing,
          errors: r.errors,
          p50: r.p50Ms.toFixed(0),
          p95: r.p95Ms.toFixed(0),
          p99: r.p99Ms.toFixed(0),
          'heap KiB/sub': heapKiB.toFixed(1),
          'gateway RSS MiB': open.map((m) => (m.rss / 2 ** 20).toFixed(0)).join(' + '),
          'gateway CPU %': cpu.map((c) => (c * 100).toFixed(0)).join(' + '),
          'publish p95 ms': p95(publishMs).toFixed(0),
          'publisher lag p95 ms': p95(lagMs).toFixed(0),
          'couriers CPU %': couriersCpu.map((c) => (c * 100).toFixed(0)).join(' + '),
          upstreams: open.reduce((n, m) => n + m.upstreamSubscriptions, 0),
        });
        console.log(
          `${rows.at(-1)?.mode}, ${kind}: ${r.delivered}/${expected} delivered, p95 ${r.p95Ms.toFixed(0)} ms`,
          r.errors ? JSON.stringify(r.reasons) : '',
        );
        // Every subscription gone before the next case.
        const until = Date.now() + 30_000;
        while (Date.now() < until) {
          const now = await Promise.all(gateways.map((g) => g.ask({ type: 'measure' }, 'memory')));
          if (now.every((m) => (m.memory as GatewayMemory).upstreamSubscriptions === 0)) break;
          await new Promise((r) => setTimeout(r, 250));
        }
      }
      await Promise.all(gateways.map((g) => g.stop({ type: 'stop' })));
      await children.stopAll();
    }
    console.log('\n## live: publish-to-client latency in ms, heap per subscription of a gateway process');
    console.table(rows);
    console.log(
      `load average after: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    for (const c of forked) if (c.proc.exitCode === null) c.proc.kill('SIGKILL');
    await children.stopAll();
    await pubsub.close();
    const redis = new Redis(REDIS_URL);
    const stale = await redis.keys(`${prefix}:*`);
    if (stale.length) await redis.del(...stale);
    await redis.quit();
    const conn = await mongoose.createConnection(mongodbUri).asPromise();
    await conn.useDb(dbName, { useCache: false }).dropDatabase();
    await conn.close();
    await db?.stop();
  }
}

const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)] ?? 0;

/** CPU time (user + system) a process has used, in ms, from /proc (Linux); 0 elsewhere. */
function cpuMsOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime and stime are fields 14 and 15 of the line, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/** Waits until every channel has `subscribers` Redis subscribers (one per couriers replica). */
async function listened(channels: string[], subscribers: number): Promise<void> {
  const redis = new Redis(REDIS_URL);
  try {
    const deadline = Date.now() + 60_000;
    for (;;) {
      let short = 0;
      for (let i = 0; i < channels.length; i += 1000) {
        const counts = (await redis.pubsub('NUMSUB', ...channels.slice(i, i + 1000))) as Array<
          string | number
        >;
        for (let j = 1; j < counts.length; j += 2) if (Number(counts[j]) < subscribers) short++;
      }
      if (!short) return;
      if (Date.now() > deadline) throw new Error(`${short} channels still without their subscribers`);
      await new Promise((r) => setTimeout(r, 250));
    }
  } finally {
    await redis.quit();
  }
}

/** `pairs` couriers, each carrying one delivery, written as the subgraph's mutations leave them. */
async function seed(
  models: ReturnType<typeof registerModels>,
  merchantId: string,
  branchId: string,
  pairs: number,
): Promise<void> {
  const chunk = 500;
  for (let from = 0; from < Math.max(pairs, 1); from += chunk) {
    const n = Math.min(chunk, Math.max(pairs, 1) - from);
    const couriers = Array.from({ length: n }, (_, i) => ({
      _id: `courier-${from + i}`,
      merchantId,
      branchId,
      userId: `courier-user-${from + i}`,
      vehicle: 'MOTORBIKE',
      active: true,
    }));
    const deliveries = couriers.map((c, i) => ({
      _id: `delivery-${from + i}`,
      merchantId,
      branchId,
      orderId: `order-${from + i}`,
      status: 'DELIVERING',
      seq: 2,
      courierId: c._id,
      courierUserId: c.userId,
      address: 'Jl. Melati 5, Bandung',
      contactName: 'Ibu Rina',
      contactPhone: '+628122222222',
      fee: 0,
      cashOnDelivery: 0,
      startedAt: new Date(),
    }));
    await models.couriers.insertMany(couriers);
    await models.deliveries.insertMany(deliveries);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
