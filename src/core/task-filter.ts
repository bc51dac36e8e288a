import { BenchError } from './errors.js';
import { TIERS, type TaskRecord, type Tier } from './records.js';

/** Which tasks of a corpus a run or an exec covers; every part is optional and they combine (AND). */
export interface TaskFilter {
  /** Exactly these task ids (`--only`), in corpus order. */
  only?: string[];
  /** Tasks carrying this tag (`--tag`). */
  tag?: string;
  /** Tasks of this tier (`--tier`). */
  tier?: Tier;
  /** The first N tasks left after the other filters, in corpus order (`--limit`). */
  limit?: number;
}

/** The filter given by the options, or null when none was given (so that it stays out of the run's configuration). */
export function parseTaskFilter(values: {
  only?: string;
  tag?: string;
  tier?: string;
  limit?: string;
}): TaskFilter | null {
  const filter: TaskFilter = {};
  if (values.only !== undefined) {
    const ids = values.only
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    if (ids.length === 0)
      throw new BenchError(
        'USAGE',
        `option --only: expected task ids such as core/fizzbuzz,core/lru, received '${values.only}'`,
      );
    filter.only = ids;
  }
  if (values.tag !== undefined) filter.tag = values.tag;
  if (values.tier !== undefined) {
    if (!(TIERS as readonly string[]).includes(values.tier))
      throw new BenchError(
        'USAGE',
        `option --tier: expected one of ${TIERS.join(', ')}, received '${values.tier}'`,
      );
    filter.tier = values.tier as Tier;
  }
  if (values.limit !== undefined) {
    const n = Number(values.limit);
    if (!Number.isInteger(n) || n < 1)
      throw new BenchError(
        'USAGE',
        `option --limit: expected a whole number of at least 1, received '${values.limit}'`,
      );
    filter.limit = n;
  }
  return Object.keys(filter).length > 0 ? filter : null;
}

/**
 * The tasks a filter selects, in corpus order. An id in `only` that the corpus lacks, or a filter
 * that selects nothing, is a usage error naming what the corpus has, so a typo never runs an empty set.
 */
export function selectTasks<T extends Pick<TaskRecord, 'task_id' | 'tags' | 'tier'>>(
  tasks: readonly T[],
  filter: TaskFilter | null,
  where = 'the corpus',
): T[] {
  if (filter === null) return [...tasks];
  if (filter.only) {
    const known = new Set(tasks.map((t) => t.task_id));
    const missing = filter.only.filter((id) => !known.has(id));
    if (missing.length > 0)
      throw new BenchError(
        'USAGE',
        `option --only: ${missing.map((m) => `'${m}'`).join(', ')} not in ${where} (its ids look like '${tasks[0]?.task_id ?? '?'}')`,
      );
  }
  const only = filter.only ? new Set(filter.only) : null;
  const selected = tasks.filter(
    (t) =>
      (only === null || only.has(t.task_id)) &&
      (filter.tag === undefined || t.tags.includes(filter.tag)) &&
      (filter.tier === undefined || t.tier === filter.tier),
  );
  if (selected.length === 0) {
    const tags = [...new Set(tasks.flatMap((t) => t.tags))].sort();
    throw new BenchError(
      'USAGE',
      `no task of ${where} matches ${describeTaskFilter(filter)}`,
      tags.length > 0 ? `tags in ${where}: ${tags.slice(0, 30).join(', ')}` : undefined,
    );
  }
  return filter.limit === undefined ? selected : selected.slice(0, filter.limit);
}

/** The filter as the options that give it, for messages. */
export function describeTaskFilter(filter: TaskFilter): string {
  return [
    filter.only ? `--only ${filter.only.join(',')}` : null,
    filter.tag !== undefined ? `--tag ${filter.tag}` : null,
    filter.tier !== undefined ? `--tier ${filter.tier}` : null,
    filter.limit !== undefined ? `--limit ${filter.limit}` : null,
  ]
    .filter((s) => s !== null)
    .join(' ');
}
