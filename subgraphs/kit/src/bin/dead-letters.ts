/**
 * Lists the events parked in the Redis dead letter, or puts them back on their streams once the
 * cause is fixed: `npm run dead-letters [-- --group reports] [-- --replay]`. Reads REDIS_URL and
 * REDIS_PREFIX (default `pos`).
 */
import { parseArgs } from 'node:util';
import { RedisEventBus } from '../events/redis';
import { createLogger } from '../logger';

const { values } = parseArgs({
  options: { group: { type: 'string' }, replay: { type: 'boolean', default: false } },
});
const url = process.env.REDIS_URL;
if (!url) {
  console.error('REDIS_URL is required');
  process.exit(1);
}
const bus = new RedisEventBus({
  url,
  prefix: process.env.REDIS_PREFIX ?? 'pos',
  logger: createLogger('dead-letters', 'warn'),
});
try {
  const filter = values.group ? { group: values.group } : {};
  if (values.replay) {
    console.log(`replayed ${await bus.replayDeadLetters(filter)} event(s)`);
  } else {
    const parked = await bus.deadLetters(filter);
    for (const d of parked) {
      const event = JSON.parse(d.event) as { id?: string; type?: string };
      console.log([d.id, d.group, event.type, event.id, d.reason].join('\t'));
    }
    console.log(`${parked.length} parked event(s)`);
  }
} finally {
  await bus.close();
}
