import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { createValidators } from '../../../src/core/schemas.js';
import { captureIo } from '../../helpers/capture-io.js';
import { writeFixtureRun } from '../../helpers/fixture-runs.js';

const GOLDEN = join(import.meta.dirname, '../../fixtures/golden');
const results = mkdtempSync(join(tmpdir(), 'bbench-golden-'));

/** The CLI's output with the temporary results directory replaced, so the golden file is stable. */
async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo(results);
  const code = await main(args, io);
  const strip = (text: string) => text.split(results).join('<results>');
  return { code, out: strip(io.out()), err: strip(io.err()) };
}

beforeAll(() => {
  writeFixtureRun(results, 'a');
  writeFixtureRun(results, 'b');
});

// Golden files: `npx vitest run test/unit/cli/golden-output.test.ts -u` rewrites them; review the diff.
describe('golden output of compare and show on two fixture runs', () => {
  it.each(['terminal', 'markdown'])('compare --format %s', async (format) => {
    const r = await run(['compare', 'fixture-a', 'fixture-b', '--format', format]);
    expect(r.code, r.err).toBe(0);
    await expect(r.out).toMatchFileSnapshot(
      join(GOLDEN, `compare/fixture.${format === 'terminal' ? 'txt' : 'md'}`),
    );
  });

  it('show: failures at a boundary, in the terminal', async () => {
    const r = await run(['show', 'fixture-a', '--verdict', 'fail,error', '--aligned', 'yes']);
    expect(r.code, r.err).toBe(0);
    await expect(r.out).toMatchFileSnapshot(join(GOLDEN, 'show/failures-aligned.txt'));
  });

  it('show: one task and arm with a limit, as JSON valid against the published schema', async () => {
    const r = await run([
      'show',
      'fixture-b',
      '--task',
      'HumanEval/7',
      '--arm',
      'effort=low',
      '--limit',
      '2',
      '--format',
      'json',
    ]);
    expect(r.code, r.err).toBe(0);
    const view: unknown = JSON.parse(r.out);
    expect(createValidators().sampleView(view)).toBe(true);
    await expect(r.out).toMatchFileSnapshot(join(GOLDEN, 'show/task-arm.json'));
  });
});

describe('-q and --format on a command that ends with an analysis', () => {
  const analyze = (...extra: string[]) =>
    run(['analyze', 'fixture-a', '--permutations', '200', '--bootstrap', '200', ...extra]);

  it('-q prints only the headline and the files written: no tables', async () => {
    const r = await analyze('-q');
    expect(r.code, r.err).toBe(0);
    expect(r.out).not.toContain('┌');
    expect(r.out.trimEnd().split('\n').at(-1)).toBe(
      'Wrote <results>/fixture-a/analysis.json, <results>/fixture-a/report.md and <results>/fixture-a/report.html',
    );
    expect(r.out.split('\n').length).toBeLessThan(12);
  });

  it('--format json prints the analysis; a misspelt format is refused with a suggestion', async () => {
    const json = await analyze('--format', 'json');
    expect(JSON.parse(json.out)).toMatchObject({ runId: 'fixture-a' });
    const bad = await analyze('--format', 'jsn');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(
      /option --format: expected one of terminal, markdown, html, json, received 'jsn'; did you mean json\?/,
    );
  });
});

describe('show filters', () => {
  const shown = async (...filters: string[]) => {
    const r = await run(['show', 'fixture-a', '--format', 'json', '--limit', '1000', ...filters]);
    expect(r.code, r.err).toBe(0);
    return JSON.parse(r.out) as {
      matched: number;
      total: number;
      samples: Record<string, unknown>[];
    };
  };

  it('combines filters, and every shown sample satisfies each of them', async () => {
    const all = await shown();
    expect(all.total).toBe(48);
    expect(all.matched).toBe(48);
    const complexFailing = await shown(
      '--tier',
      'complex',
      '--verdict',
      'fail',
      '--verdict',
      'error',
    );
    expect(complexFailing.matched).toBe(8);
    for (const s of complexFailing.samples) {
      expect(s.tier).toBe('complex');
      expect(['fail', 'error']).toContain(s.outcome);
      expect(s.traceback).toMatch(/^Traceback \(most recent call last\)/);
    }
  });

  it('--boundary V keeps counts at V; with --aligned no, those not at V', async () => {
    const at = await shown('--boundary', '1034');
    expect(at.samples.every((s) => s.reasoningTokens === 1034)).toBe(true);
    expect(at.matched).toBe(12);
    const notAt = await shown('--boundary', '1034', '--aligned', 'no');
    expect(notAt.matched).toBe(36);
    const aligned = await shown('--aligned', 'yes');
    expect(aligned.samples.every((s) => s.boundary === s.reasoningTokens)).toBe(true);
    expect(aligned.matched).toBe(24);
  });

  it('orders task ids naturally and honours --limit', async () => {
    const firstOfEach = await shown('--arm', 'effort=high');
    const order = [...new Set(firstOfEach.samples.map((s) => s.taskId))];
    expect(order).toEqual([
      'HumanEval/3',
      'HumanEval/7',
      'HumanEval/23',
      'HumanEval/45',
      'HumanEval/101',
      'HumanEval/120',
    ]);
    const limited = await run(['show', 'fixture-a', '--limit', '2']);
    expect(limited.out).toMatch(/48 of 48 samples match \(no filter\); showing 2/);
    expect(limited.out).toMatch(/… 46 more match: raise --limit/);
  });

  it('refuses a task or arm the run does not hold, listing the valid ones', async () => {
    const task = await run(['show', 'fixture-a', '--task', 'HumanEval/230']);
    expect(task.code).toBe(2);
    expect(task.err).toMatch(
      /option --task: the run has no task 'HumanEval\/230' \(did you mean 'HumanEval\/23'\?\); its tasks are: HumanEval\/3, HumanEval\/7, HumanEval\/23,/,
    );
    const arm = await run(['show', 'fixture-a', '--arm', 'low']);
    expect(arm.code).toBe(2);
    expect(arm.err).toMatch(
      /option --arm: the run has no arm 'low'; its arms are: effort=low, effort=high/,
    );
    const verdict = await run(['show', 'fixture-a', '--verdict', 'passed']);
    expect(verdict.err).toMatch(
      /option --verdict: expected one of pass, fail, .* received 'passed'; did you mean pass\?/,
    );
  });
});

describe('-q on show, compare, runs and history: the essentials, no tables', () => {
  it('show -q prints one line per sample: task, arm, sample index, verdict, reasoning count', async () => {
    const r = await run(['show', 'fixture-a', '-q', '--arm', 'effort=high', '--limit', '5']);
    expect(r.code, r.err).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    for (const line of lines) {
      const [task, arm, index, verdict, count, ...rest] = line.split('\t');
      expect(rest).toEqual([]);
      expect(task).toMatch(/^HumanEval\/\d+$/);
      expect(arm).toBe('effort=high');
      expect(index).toMatch(/^\d+$/);
      expect(verdict).toMatch(/^[a-z_]+$/);
      expect(count).toMatch(/^(\d+|null)$/);
    }
    expect(r.out).not.toContain('code');
  });

  it('compare -q prints only the verdict sentences, the same as the report leads with', async () => {
    const full = await run(['compare', 'fixture-a', 'fixture-b', '--format', 'json']);
    const verdict = (JSON.parse(full.out) as { verdict: string[] }).verdict;
    const r = await run(['compare', 'fixture-a', 'fixture-b', '-q']);
    expect(r.code, r.err).toBe(0);
    expect(verdict.length).toBeGreaterThan(0);
    expect(r.out).toBe(`${verdict.join('\n')}\n`);
    expect(r.out).not.toContain('┌');
  });

  it.each(['runs', 'history'])('%s -q prints each run id and its status, no table', async (cmd) => {
    const r = await run([cmd, '--results', results, '--model', 'sim', '-q']);
    const all = await run([cmd, '--results', results, '--model', 'sim', '--format', 'json']);
    expect(r.code, r.err).toBe(0);
    const parsed = JSON.parse(all.out) as
      { runId: string; status: string }[] | { runs: { runId: string; status: string }[] };
    const runs = Array.isArray(parsed) ? parsed : parsed.runs;
    expect(runs.length).toBeGreaterThan(0);
    expect(r.out).toBe(runs.map((x) => `${x.runId}\t${x.status}\n`).join(''));
    expect(r.out).not.toContain('┌');
  });
});

describe('report -q', () => {
  it('prints only the headline sentences of the stored analysis, no tables', async () => {
    const analyzed = await run([
      'analyze',
      'fixture-b',
      '--permutations',
      '200',
      '--bootstrap',
      '200',
      '-q',
    ]);
    expect(analyzed.code, analyzed.err).toBe(0);
    const headline = analyzed.out.trimEnd().split('\n').slice(0, -1);
    expect(headline.length).toBeGreaterThan(0);
    const r = await run(['report', 'fixture-b', '-q']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toBe(`${headline.join('\n')}\n`);
    expect(r.out).not.toContain('┌');
  });
});
