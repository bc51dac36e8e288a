import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { execa } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';
import { schemaErrors } from '../helpers/published-schema.js';
import { PROFILE_PHASES } from '../../src/execute/execute-profile.js';
import { REPO, bbench } from '../helpers/cli.js';

const FIXTURES = join(REPO, 'test/fixtures');
const PROBLEMS = join(FIXTURES, 'humaneval-problems.jsonl');
const SAMPLES = join(FIXTURES, 'humaneval-samples.jsonl');

describe('bbench exec on a HumanEval-format samples file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bbench-exec-'));
  const out = join(dir, 'verdicts.jsonl');
  // One execution shared by the tests below, made here so that each test can run alone or in any order.
  let result: Awaited<ReturnType<typeof bbench>>;
  beforeAll(async () => {
    result = await bbench([
      'exec',
      '--tasks',
      PROBLEMS,
      '--samples-file',
      SAMPLES,
      '--out',
      out,
      '--timeout',
      '1s',
      '--k',
      '1,4,5',
      '-q',
      '--profile',
    ]);
  }, 600_000);

  it('prints pass@k and writes one verdict per sample, matching the golden output', () => {
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toBe(
      readFileSync(join(FIXTURES, 'golden/exec-humaneval.txt'), 'utf8').trimEnd(),
    );
    const verdicts = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { task_id: string; sample_index: number; verdict: string });
    expect(verdicts.map((v) => `${v.task_id}#${v.sample_index} ${v.verdict}`)).toEqual(
      readFileSync(join(FIXTURES, 'golden/exec-humaneval-verdicts.txt'), 'utf8').trim().split('\n'),
    );
  });

  it("--profile prints every phase of every sample, with the worker's own timing for each", () => {
    const samples = readFileSync(SAMPLES, 'utf8').trim().split('\n').length;
    const lines = result.stderr.trim().split('\n');
    const head = lines.findIndex((l) => l.startsWith('per-sample profile:'));
    expect(head, result.stderr).toBeGreaterThanOrEqual(0);
    expect(lines[head]).toContain(`${samples} samples`);
    expect(lines[head]).not.toContain('without sandbox timing');
    const phases = lines.slice(head + 1, head + 1 + Object.keys(PROFILE_PHASES).length);
    expect(phases.map((l) => l.trim().split(/\s+/)[0])).toEqual(Object.keys(PROFILE_PHASES));
  });

  it('agrees, sample by sample, with the reference harness semantics (openai/human-eval check_correctness)', async () => {
    const oracle = await execa('python3', [
      join(FIXTURES, 'reference_harness.py'),
      PROBLEMS,
      SAMPLES,
      '1',
    ]);
    const expected = oracle.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { task_id: string; sample_index: number; passed: boolean });
    const ours = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { task_id: string; sample_index: number; passed: boolean });
    expect(
      ours.map(({ task_id, sample_index, passed }) => ({ task_id, sample_index, passed })),
    ).toEqual(expected);
  });

  it('reads gzip problem files and names a bad samples line by file:line', async () => {
    const gz = join(dir, 'HumanEval.jsonl.gz');
    writeFileSync(gz, gzipSync(readFileSync(PROBLEMS)));
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(
      bad,
      `${JSON.stringify({ task_id: 'HumanEval/0', completion: '    return x\n' })}\n${JSON.stringify({ task_id: 'HumanEval/9', completion: '' })}\n`,
    );
    // --samples is the old spelling of --samples-file, still accepted.
    const gzRun = await bbench(['exec', '--tasks', gz, '--samples', bad, '-q']);
    expect(gzRun.exitCode).toBe(2);
    expect(gzRun.stderr).toContain(
      `${bad}:2: field task_id: 'HumanEval/9' is not a task of the --tasks corpus`,
    );
  });

  it('--format json gives the same figures as the terminal output, as data', async () => {
    const json = await bbench([
      'exec',
      '--tasks',
      PROBLEMS,
      '--samples-file',
      SAMPLES,
      '--timeout',
      '1s',
      '--k',
      '1,4,5',
      '-q',
      '--format',
      'json',
    ]);
    expect(json.exitCode, json.stderr).toBe(0);
    const summary = JSON.parse(json.stdout) as {
      samples: number;
      tasks: number;
      sandboxErrors: number;
      starved: number;
      passAtK: { k: number; value: number | null; nullReason: string | null }[];
    };
    expect(schemaErrors('exec-summary', summary)).toBe('');
    // The same run as the golden terminal output: 12 samples of 3 tasks, pass@1 0.4111, pass@4/5 null.
    expect(summary).toMatchObject({ samples: 12, tasks: 3, sandboxErrors: 0, starved: 0 });
    expect(summary.passAtK.map((p) => p.k)).toEqual([1, 4, 5]);
    expect(summary.passAtK[0]?.value?.toFixed(4)).toBe('0.4111');
    expect(summary.passAtK[0]?.nullReason).toBeNull();
    expect(summary.passAtK[1]).toEqual({
      k: 4,
      value: null,
      nullReason: 'task HumanEval/2 has 3 executed sample(s), fewer than k = 4',
    });
    const bad = await bbench([
      'exec',
      '--tasks',
      PROBLEMS,
      '--samples-file',
      SAMPLES,
      '--format',
      'md',
    ]);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain("option --format: expected one of terminal, json, received 'md'");
  }, 600_000);

  it('names a missing required option', async () => {
    const missing = await bbench(['exec', '--samples', SAMPLES]);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain('option --tasks is required');
  });
});
