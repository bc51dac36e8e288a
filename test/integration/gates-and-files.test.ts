import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bbench, REPO } from '../helpers/cli.js';

const root = mkdtempSync(join(tmpdir(), 'bbench-gates-'));
const results = join(root, 'results');
const FIXTURES = join(REPO, 'test/fixtures');

/** No stack trace, no "this is a bug": a clear error, exit 2. */
function expectClearUsageError(r: { exitCode?: number; stderr: string }, pattern: RegExp) {
  expect(r.exitCode, r.stderr).toBe(2);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/internal error|this is a bug|at .*\.ts:\d+/);
}

describe('gates and files that must not lie', () => {
  beforeAll(async () => {
    const r = await bbench([
      ...['run', '--tasks', join(FIXTURES, 'tasks-mini'), '-n', '2'],
      ...['--results', results, '--run-id', 'a', '-q'],
    ]);
    expect(r.exitCode, r.stderr).toBe(0);
  }, 600_000);

  it('compare fails (exit 2) when run B has no executed samples, even with a --fail-on gate', async () => {
    cpSync(join(results, 'a'), join(results, 'b'), { recursive: true });
    rmSync(join(results, 'b', 'executions.jsonl'));
    const r = await bbench([
      ...['compare', join(results, 'a'), join(results, 'b')],
      ...['--fail-on', 'pass1-drop=1'],
    ]);
    expectClearUsageError(r, /share 0 executed task/);
    const same = await bbench(['compare', join(results, 'a'), join(results, 'a')]);
    expect(same.exitCode, same.stderr).toBe(0);
  });

  it('a file where a directory is expected, or an empty run directory, is a clear error', async () => {
    const file = join(root, 'afile');
    writeFileSync(file, 'x');
    const empty = join(root, 'empty');
    mkdirSync(empty);
    expectClearUsageError(
      await bbench(['run', '--results', file, '--tasks', join(FIXTURES, 'tasks-mini'), '-q']),
      /option --results: expected a directory/,
    );
    writeFileSync(join(results, 'file-run'), 'x');
    expectClearUsageError(
      await bbench(['run', '--results', results, '--run-id', 'file-run', '-q']),
      /option --run-id: expected a directory/,
    );
    expectClearUsageError(await bbench(['analyze', join(root, 'nope')]), /does not exist/);
    expectClearUsageError(await bbench(['analyze', file]), /is a file/);
    expectClearUsageError(await bbench(['analyze', empty]), /holds no run/);
  });

  it('rejects an unknown model spec before writing anything', async () => {
    const r = await bbench([
      ...['run', '--model', 'gpt-5', '--results', results, '--run-id', 'bad-model', '-q'],
    ]);
    expect(r.exitCode, r.stderr).toBe(2);
    expect(existsSync(join(results, 'bad-model'))).toBe(false);
  });

  it('import records refuses to replace a run without --force, and --strict fails on a bad row', async () => {
    const table = join(root, 'table.csv');
    writeFileSync(
      table,
      'model,task_id,reasoning_tokens,passed\nm,t1,500,true\nm,t2,516,false\nm,t3,not-a-number,true\n',
    );
    const args = ['import', 'records', table, '--results', results, '--run-id', 'imp', '-q'];
    const first = await bbench(args);
    expect(first.exitCode, first.stderr).toBe(0);
    // The bad row is summarised on stderr, not buried in stdout.
    expect(first.stderr).toMatch(/Skipped 1 line.*table\.csv:4/);
    const before = readFileSync(join(results, 'imp', 'samples.jsonl'), 'utf8');
    const again = await bbench(args);
    expect(again.exitCode).toBe(2);
    expect(again.stderr).toMatch(/already holds data.*--force/s);
    expect(readFileSync(join(results, 'imp', 'samples.jsonl'), 'utf8')).toBe(before);
    const forced = await bbench([...args, '--force']);
    expect(forced.exitCode, forced.stderr).toBe(0);
    const strict = await bbench([...args.slice(0, -3), '--run-id', 'imp-strict', '--strict']);
    expect(strict.exitCode).toBe(2);
    expect(strict.stderr).toMatch(/--strict: 1 line/);
    expect(existsSync(join(results, 'imp-strict', 'samples.jsonl'))).toBe(false);
  });

  it('exec --out replaces the file: run twice, it holds one line per sample', async () => {
    const samples = join(root, 'samples.jsonl');
    writeFileSync(
      samples,
      readFileSync(join(FIXTURES, 'humaneval-samples.jsonl'), 'utf8')
        .split('\n')
        .slice(0, 3)
        .join('\n'),
    );
    const out = join(root, 'verdicts.jsonl');
    const args = [
      ...['exec', '--tasks', join(FIXTURES, 'humaneval-problems.jsonl')],
      ...['--samples', samples, '--out', out, '-q'],
    ];
    for (let i = 0; i < 2; i += 1) {
      const r = await bbench(args);
      expect(r.exitCode, r.stderr).toBe(0);
    }
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(3);
  });
});
