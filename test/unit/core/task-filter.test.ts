import { describe, expect, it } from 'vitest';
import { parseTaskFilter, selectTasks } from '../../../src/core/task-filter.js';
import type { TaskRecord } from '../../../src/core/records.js';

const task = (id: string, tier: TaskRecord['tier'], tags: string[]) => ({
  task_id: id,
  tier,
  tags,
});
const TASKS = [
  task('core/a', 'simple', ['strings']),
  task('core/b', 'complex', ['parsing', 'strings']),
  task('core/c', 'complex', ['graphs']),
  task('core/d', 'moderate', ['parsing']),
  task('core/e', 'complex', ['parsing']),
];
const ids = (filter: Parameters<typeof parseTaskFilter>[0]) =>
  selectTasks(TASKS, parseTaskFilter(filter)).map((t) => t.task_id);

describe('task filters', () => {
  it('gives the whole corpus, unfiltered, when no option is set', () => {
    expect(parseTaskFilter({})).toBeNull();
    expect(ids({})).toEqual(['core/a', 'core/b', 'core/c', 'core/d', 'core/e']);
  });

  it('combines --only, --tag, --tier and --limit, keeping corpus order', () => {
    expect(ids({ only: 'core/e,core/a' })).toEqual(['core/a', 'core/e']);
    expect(ids({ tag: 'parsing' })).toEqual(['core/b', 'core/d', 'core/e']);
    expect(ids({ tag: 'parsing', tier: 'complex' })).toEqual(['core/b', 'core/e']);
    expect(ids({ tier: 'complex', limit: '2' })).toEqual(['core/b', 'core/c']);
    expect(ids({ limit: '99' })).toHaveLength(5);
  });

  it('names what is wrong: an unknown id, a bad tier or limit, a filter that selects nothing', () => {
    expect(() => ids({ only: 'core/a,core/zz' })).toThrow(/--only: 'core\/zz' not in the corpus/);
    expect(() => ids({ tier: 'hard' })).toThrow(
      /--tier: expected one of simple, moderate, complex, received 'hard'/,
    );
    expect(() => ids({ limit: '0' })).toThrow(
      /--limit: expected a whole number of at least 1, received '0'/,
    );
    expect(() => ids({ tag: 'graphs', tier: 'simple' })).toThrow(
      /no task of the corpus matches --tag graphs --tier simple/,
    );
  });
});
