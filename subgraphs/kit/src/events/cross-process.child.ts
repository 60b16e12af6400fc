/**
 * A separate process for cross-process.test.ts: subscribes through Redis and prints one JSON line
 * per event it handles. Usage: tsx cross-process.child.ts <redisUrl> <prefix> <group> <type...>
 */
import { createLogger } from '../logger';
import { RedisEventBus } from './redis';

const [url, prefix, group, ...types] = process.argv.slice(2);
if (!url || !prefix || !group || types.length === 0)
  throw new Error('usage: <redisUrl> <prefix> <group> <type...>');

const bus = new RedisEventBus({
  url,
  prefix,
  logger: createLogger('child', 'silent'),
  claimIdleMs: 500,
  blockMs: 100,
});
await bus.subscribe(group, types, async (e) => {
  process.stdout.write(
    `${JSON.stringify({ id: e.id, type: e.type, dated: e.occurredAt instanceof Date })}\n`,
  );
});
process.stdout.write('ready\n');

process.once('SIGTERM', () => {
  bus.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
