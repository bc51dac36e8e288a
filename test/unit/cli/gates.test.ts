import { describe, expect, it } from 'vitest';
import { checkSharedTasks, parseMinShared } from '../../../src/analyze/shared-tasks.js';
import { BenchError, exitCodeFor } from '../../../src/core/errors.js';
import { withResumeCommand } from '../../../src/cli/run-execution.js';

describe('compare --min-shared', () => {
  it('fails, with exit code 2, a comparison over no shared task whatever the threshold', () => {
    for (const min of [parseMinShared(undefined), parseMinShared('0'), parseMinShared('0%')]) {
      const error = (() => {
        try {
          checkSharedTasks({ sharedTasks: 0, onlyInA: 156, onlyInB: 0 }, min);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(BenchError);
      expect(exitCodeFor(error)).toBe(2);
      expect((error as BenchError).remedy).toMatch(/run B has no executed samples/);
    }
  });

  it('by default needs half the tasks of the larger run; a count or percentage changes that', () => {
    const few = { sharedTasks: 10, onlyInA: 146, onlyInB: 0 };
    expect(() => checkSharedTasks(few, parseMinShared(undefined))).toThrow(
      /share 10 .* 78 are needed/,
    );
    expect(() => checkSharedTasks(few, parseMinShared('10'))).not.toThrow();
    expect(() => checkSharedTasks(few, parseMinShared('5%'))).not.toThrow();
    expect(() =>
      checkSharedTasks({ sharedTasks: 156, onlyInA: 0, onlyInB: 0 }, parseMinShared(undefined)),
    ).not.toThrow();
  });

  it('names the option on a malformed value', () => {
    for (const bad of ['x', '1.5', '150%', '-3'])
      expect(() => parseMinShared(bad)).toThrow(/option --min-shared/);
  });
});

describe('the resume hint after Ctrl-C', () => {
  const interrupted = new BenchError('INTERRUPTED', 'interrupted during execution', 'rerun');

  it('prints the exact command with the generated run id', () => {
    const e = withResumeCommand(
      interrupted,
      'run',
      ['-n', '8', '--system-prompt', 'my prompt.txt'],
      'simulated-20261130-101500',
    ) as BenchError;
    expect(e.code).toBe('INTERRUPTED');
    expect(e.remedy).toBe(
      "to resume, run: bbench run -n 8 --system-prompt 'my prompt.txt' --run-id simulated-20261130-101500",
    );
  });

  it('adds nothing when the run id was given, and leaves other errors alone', () => {
    const e = withResumeCommand(interrupted, 'run', ['--run-id', 'mine'], null) as BenchError;
    expect(e.remedy).toBe('to resume, run: bbench run --run-id mine');
    const other = new BenchError('USAGE', 'x');
    expect(withResumeCommand(other, 'run', [], 'id')).toBe(other);
  });
});
