import { describe, expect, it } from 'vitest';
import { resolveTaskTimeout } from '../../../src/execute/task-timeout.js';

describe('resolveTaskTimeout: one precedence for a task’s wall limit', () => {
  const none = { flagMs: undefined, taskMs: undefined, measuredMs: undefined, defaultMs: 10_000 };

  it('falls back to the run default when nothing else is known', () => {
    expect(resolveTaskTimeout(none)).toEqual({ timeoutMs: 10_000, source: 'default' });
  });

  it("uses the task's own timeout_s over the default", () => {
    expect(resolveTaskTimeout({ ...none, taskMs: 2_500 })).toEqual({
      timeoutMs: 2_500,
      source: 'task',
    });
  });

  it("lets an explicit --timeout win over the task's timeout_s, shorter or longer", () => {
    expect(resolveTaskTimeout({ ...none, taskMs: 2_500, flagMs: 30_000 })).toEqual({
      timeoutMs: 30_000,
      source: 'flag',
    });
    expect(resolveTaskTimeout({ ...none, taskMs: 2_500, flagMs: 1_000 })).toEqual({
      timeoutMs: 1_000,
      source: 'flag',
    });
  });

  it('lets a timeout measured in this run’s sandbox win over everything', () => {
    expect(
      resolveTaskTimeout({ defaultMs: 10_000, taskMs: 2_500, flagMs: 30_000, measuredMs: 1_200 }),
    ).toEqual({ timeoutMs: 1_200, source: 'reference' });
  });
});
