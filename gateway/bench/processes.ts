/** What the benches that run `npm start` in processes of their own share: tills, CPU, tables. */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { TillReport, TillSpec } from './tills';

const run = promisify(execFile);

/** Tills in a process of their own (tills.ts), so their client work is not counted as ours. */
export async function tills(spec: TillSpec): Promise<TillReport> {
  const script = fileURLToPath(new URL('./tills.ts', import.meta.url));
  const { stdout } = await run('tsx', [script, JSON.stringify(spec)], { maxBuffer: 1 << 24 });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as TillReport;
}

const CLOCK_TICKS = 100;

function processTicks(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/** CPU seconds a process (all its threads) has used so far; 0 for none. */
export const cpuSeconds = (pid: number | undefined) => (pid ? processTicks(pid) / CLOCK_TICKS : 0);

/** A plain-text table: the first column left-aligned, the others right-aligned. */
export function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
