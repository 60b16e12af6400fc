import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen';

const root = resolve(import.meta.dirname, '../..');

describe('codegen', () => {
  it('matches the committed generated files (run `npm run codegen` after changing an SDL)', async () => {
    const outputs = await generate({ ...config, cwd: root, silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const out of outputs) {
      const committed = readFileSync(resolve(root, out.filename), 'utf8');
      expect(committed, `${out.filename} is stale`).toBe(out.content);
    }
  }, 120_000);
});
