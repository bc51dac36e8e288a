import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HistoryBreak, HistoryPoint } from '../../src/report/history-series.js';
import { bbench } from '../helpers/cli.js';

const results = mkdtempSync(join(tmpdir(), 'bbench-history-'));

/** A small real run (simulated model, real sandbox) of the first `limit` tasks, two effort arms. */
const run = (id: string, limit: number, extra: string[] = []) =>
  bbench([
    'run',
    '-n',
    '4',
    '--effort',
    'low,high',
    '--limit',
    String(limit),
    '--results',
    results,
    '--run-id',
    id,
    '-q',
    ...extra,
  ]);

describe('bbench history on real runs: pass@1 and reasoning tokens by version, with breaks', () => {
  beforeAll(async () => {
    // v1 → v2 like for like; v3 changes the boundaries; v4 has 1 task where v3 had 6; v5 has 5.
    for (const [id, limit, extra] of [
      ['v1', 6, []],
      ['v2', 6, ['--seed', '2']],
      ['v3', 6, ['--boundaries', '512']],
      ['v4', 1, ['--boundaries', '512']],
      ['v5', 5, ['--boundaries', '512']],
    ] as const) {
      const r = await run(id, limit, [...extra]);
      expect(r.exitCode, r.stderr).toBe(0);
    }
  }, 900_000);

  it('gives each arm its pass@1 and mean reasoning tokens, and breaks where the runs stop being comparable', async () => {
    const r = await bbench(['history', '--results', results, '--model', 'sim', '--format', 'json']);
    expect(r.exitCode, r.stderr).toBe(0);
    const h = JSON.parse(r.stdout) as { points: HistoryPoint[]; breaks: HistoryBreak[] };
    expect(h.points).toHaveLength(10);
    expect(new Set(h.points.map((p) => p.series))).toEqual(new Set(['effort=low', 'effort=high']));
    for (const p of h.points) {
      expect(p.passAt1).not.toBeNull();
      expect(p.reasoningMean).toBeGreaterThan(0);
      expect(p.reasoningInterval!.low).toBeLessThanOrEqual(p.reasoningMean!);
    }
    // The simulated model plants longer reasoning at high effort.
    const v1 = (series: string) => h.points.find((p) => p.runId === 'v1' && p.series === series)!;
    expect(v1('effort=high').reasoningMean!).toBeGreaterThan(v1('effort=low').reasoningMean!);
    expect(h.breaks.map((b) => [b.before, b.after])).toEqual([
      ['v2', 'v3'],
      ['v3', 'v4'],
      ['v4', 'v5'],
    ]);
    expect(h.breaks[0]!.reasons.join()).toContain('boundaries changed (516, 1034, 1552 → 512)');
    expect(h.breaks[1]!.reasons.join()).toContain('task count changed from 6 to 1');
    const at = (id: string) => h.points.filter((p) => p.runId === id);
    expect(at('v2').every((p) => p.previous === 'v1' && p.passDelta !== null)).toBe(true);
    expect(at('v2').every((p) => p.tokenRatio !== null && p.note === null)).toBe(true);
    for (const id of ['v3', 'v4', 'v5'])
      expect(at(id).every((p) => p.passDelta === null && p.tokenRatio === null)).toBe(true);
  });

  it('says so in the terminal and Markdown tables, and charts both axes in HTML', async () => {
    const terminal = await bbench(['history', '--results', results, '--model', 'sim']);
    expect(terminal.exitCode, terminal.stderr).toBe(0);
    expect(terminal.stdout).toContain('reasoning tokens');
    expect(terminal.stdout).toContain('Series break between v2 and v3: boundaries changed');
    expect(terminal.stdout).toContain('Series break between v3 and v4: task count changed');
    const md = await bbench([
      'history',
      '--results',
      results,
      '--model',
      'sim',
      '--format',
      'markdown',
    ]);
    expect(md.stdout).toMatch(/^\| created \| run \| model \| arm \| tasks \| pass@1 \|/m);
    expect(md.stdout).toContain('- Series break between v4 and v5');
    const html = await bbench([
      'history',
      '--results',
      results,
      '--model',
      'sim',
      '--format',
      'html',
    ]);
    expect(html.stdout.match(/<svg/g)?.length).toBe(2);
    expect(html.stdout).toContain('mean reasoning tokens per sample, 95% CI');
  });
});
