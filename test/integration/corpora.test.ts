import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, bbench } from '../helpers/cli.js';

const CORPORA = join(REPO, 'test/fixtures/corpora');

interface Verdict {
  task_id: string;
  sample_index: number;
  verdict: string;
  detail: string;
}

/** The canonical solution of every task of a fixture file, as read without our loader. */
function canonicalSamples(file: string): { task_id: string; completion: string }[] {
  const text = readFileSync(join(CORPORA, file), 'utf8');
  const records = (
    text.trimStart().startsWith('[')
      ? (JSON.parse(text) as Record<string, unknown>[])
      : text
          .trim()
          .split('\n')
          // Only EvalPlus's inputs hold NaN/Infinity, and they are not read here.
          .map(
            (l) => JSON.parse(l.replace(/\bNaN\b|-?\bInfinity\b/g, '0')) as Record<string, unknown>,
          )
  ).map((r) => ({
    task_id: typeof r.task_id === 'number' ? `Mbpp/${r.task_id}` : String(r.task_id),
    completion: String(r.canonical_solution ?? r.code),
  }));
  return records;
}

async function exec(
  tasks: string,
  samples: object[],
  extra: string[] = [],
): Promise<{ verdicts: Verdict[]; stdout: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'bbench-corpora-'));
  const samplesPath = join(dir, 'samples.jsonl');
  writeFileSync(samplesPath, samples.map((s) => JSON.stringify(s)).join('\n'));
  const out = join(dir, 'verdicts.jsonl');
  const run = await bbench([
    'exec',
    '--tasks',
    tasks,
    '--samples',
    samplesPath,
    '--out',
    out,
    '--cache',
    join(dir, 'cache'),
    '-q',
    ...extra,
  ]);
  expect(run.exitCode, `${run.stdout}\n${run.stderr}`).toBe(0);
  const verdicts = readFileSync(out, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Verdict);
  return { verdicts, stdout: run.stdout };
}

const verdictOf = (verdicts: Verdict[], id: string, index: number) =>
  verdicts.find((v) => v.task_id === id && v.sample_index === index)?.verdict;

describe('imported corpora in the sandbox: MBPP, HumanEval+, MBPP+', () => {
  it('MBPP, original and sanitized: every canonical solution passes, a wrong answer fails', async () => {
    for (const file of ['mbpp.jsonl', 'sanitized-mbpp.json']) {
      const canonical = canonicalSamples(file);
      const wrong = {
        task_id: 'Mbpp/9001',
        completion: 'def square_sum(nums):\n    return sum(nums) ** 2\n',
      };
      const { verdicts } = await exec(join(CORPORA, file), [...canonical, wrong]);
      for (const { task_id } of canonical)
        expect(verdictOf(verdicts, task_id, 0), `${file} ${task_id}`).toBe('pass');
      expect(verdictOf(verdicts, 'Mbpp/9001', 1)).toBe('fail');
    }
  });

  it('EvalPlus: canonical solutions pass; a plus-only mistake fails only with --plus', async () => {
    // One file holding both releases' lines: each line is recognised on its own.
    const dir = mkdtempSync(join(tmpdir(), 'bbench-evalplus-'));
    const both = join(dir, 'evalplus.jsonl');
    writeFileSync(
      both,
      readFileSync(join(CORPORA, 'HumanEvalPlus.jsonl'), 'utf8') +
        readFileSync(join(CORPORA, 'MbppPlus.jsonl'), 'utf8'),
    );
    const canonical = [
      ...canonicalSamples('HumanEvalPlus.jsonl'),
      ...canonicalSamples('MbppPlus.jsonl'),
    ];
    const samples = [
      ...canonical,
      // Right on the base inputs, wrong on a plus input (1900 is not a leap year).
      { task_id: 'HumanEval/901', completion: '    return year % 4 == 0\n' },
      // Right on the base inputs, wrong once a plus input passes through a float (beyond 2^53).
      {
        task_id: 'HumanEval/902',
        completion: '    return sum(int(d) for d in str(int(float(n))))\n',
      },
      // Wrong everywhere.
      { task_id: 'HumanEval/900', completion: '    return 1.0\n' },
      // Within atol (1e-6, enforced for float outputs) of the expected output: passes.
      {
        task_id: 'HumanEval/900',
        completion:
          '    p = [x for x in xs if x > 0]\n    return sum(p) / len(p) + 1e-9 if p else 0.0\n',
      },
      // MBPP+ Mbpp/2 compares as sets and gets tuples (EvalPlus's input conversion for this task).
      {
        task_id: 'Mbpp/2',
        completion:
          'def similar_elements(a, b):\n    assert isinstance(a, tuple)\n    return tuple(sorted(set(a) & set(b)))\n',
      },
      {
        task_id: 'Mbpp/9102',
        completion:
          'def count_divisible(a, b, k):\n    return len([x for x in range(max(a, 1), b + 1) if x % k == 0])\n',
      },
    ];
    const base = await exec(both, samples);
    const plus = await exec(both, samples, ['--plus']);
    for (const { task_id } of canonical) {
      expect(verdictOf(base.verdicts, task_id, 0), task_id).toBe('pass');
      expect(verdictOf(plus.verdicts, task_id, 0), task_id).toBe('pass');
    }
    for (const [id, index] of [
      ['HumanEval/901', 1],
      ['HumanEval/902', 1],
      ['Mbpp/9102', 1],
    ] as const) {
      expect(verdictOf(base.verdicts, id, index), `${id} base`).toBe('pass');
      expect(verdictOf(plus.verdicts, id, index), `${id} plus`).toBe('fail');
    }
    expect(
      plus.verdicts.find((v) => v.task_id === 'HumanEval/901' && v.sample_index === 1)?.detail,
    ).toMatch(/plus input 0: \[1900\] -> expected False, got True/);
    expect(verdictOf(base.verdicts, 'HumanEval/900', 1)).toBe('fail');
    expect(verdictOf(base.verdicts, 'HumanEval/900', 2)).toBe('pass');
    expect(verdictOf(plus.verdicts, 'HumanEval/900', 2)).toBe('pass');
    expect(verdictOf(plus.verdicts, 'Mbpp/2', 1)).toBe('pass');
  });

  it('a simulated run on an imported corpus measures its tiers and reports every tier', async () => {
    const results = mkdtempSync(join(tmpdir(), 'bbench-mbpp-run-'));
    const args = ['run', '--tasks', join(CORPORA, 'mbpp.jsonl'), '-n', '6', '--results', results];
    const run = await bbench([...args, '--run-id', 'mbpp', '-q']);
    expect(run.exitCode, `${run.stdout}\n${run.stderr}`).toBe(0);
    const dir = join(results, 'mbpp');
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
      corpus: { measuredTiers: Record<string, string> };
    };
    expect(manifest.corpus.measuredTiers).toEqual({
      'Mbpp/9001': 'simple',
      'Mbpp/9002': 'simple',
      'Mbpp/9003': 'moderate',
      'Mbpp/9004': 'moderate',
      'Mbpp/9005': 'complex',
      'Mbpp/9006': 'complex',
    });
    // The measurement is cached per corpus hash beside the response cache.
    expect(readdirSync(join(results, '.cache', 'corpora'))).toHaveLength(1);
    const report = readFileSync(join(dir, 'report.md'), 'utf8');
    expect(report).toMatch(
      /## Pass rate of non-truncated samples by tier × alignment .*tiers measured by task_features\.py/,
    );
    for (const tier of ['all', 'simple', 'moderate', 'complex'])
      expect(report).toMatch(new RegExp(`^\\| ${tier} \\| \\d+\\.\\d%`, 'm'));
    const analysis = JSON.parse(readFileSync(join(dir, 'analysis.json'), 'utf8')) as {
      tierSource: object;
      strata: { tier: string }[];
    };
    expect(analysis.tierSource).toEqual({
      source: 'measured',
      declared: 0,
      measured: 6,
      untiered: 0,
    });

    // Analysed again from the records alone, the run keeps the tiers it measured.
    const again = await bbench(['analyze', dir]);
    expect(again.exitCode, again.stderr).toBe(0);
    const reanalysed = JSON.parse(readFileSync(join(dir, 'analysis.json'), 'utf8')) as {
      strata: { tier: string }[];
    };
    expect(new Set(reanalysed.strata.map((s) => s.tier))).toEqual(
      new Set(['all', 'simple', 'moderate', 'complex']),
    );
    expect(existsSync(join(dir, 'report.html'))).toBe(true);
  });

  it('bbench tasks stats prints the measured tier of every task of any corpus', async () => {
    const run = await bbench(['tasks', 'stats', '--tasks', join(CORPORA, 'HumanEvalPlus.jsonl')]);
    expect(run.exitCode, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout).toMatch(/HumanEval\/900 +│ simple/);
    expect(run.stdout).toMatch(/3 tasks: 3 simple, 0 moderate, 0 complex; tier source: measured/);
  });
});
