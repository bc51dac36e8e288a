import type { ExecutionRecord, SampleRecord, TaskRecord } from '../core/records.js';
import { FLAG, type SampleTable } from './sample-table.js';
import { truncationFlags } from './sample-truncation.js';

/**
 * Builds the sample table (sample-table.ts) from streamed records: executions and samples in either
 * order, each reduced at once to the few numbers the statistics need.
 */

const VERDICT_CODE = { pass: 1, fail: 2, error: 2, timeout: 2, oom: 2, sandbox_error: 3 } as const;
/** Marks a row's late verdict as present. */
const LATE = 16;

export interface SampleTableBuilder {
  /**
   * Adds an execution. Unless the builder was made with `lateExecutions`, every execution must come
   * before the first sample. The newest record of a key wins.
   */
  addExecution(e: ExecutionRecord): void;
  /** The same from its packed form ({@link packVerdict}), as a parallel reader sends it. */
  addVerdict(key: string, packed: number): void;
  addSample(s: SampleRecord): void;
  build(): SampleTable;
}

/** An execution as one number: verdict code in bits 0–1, retried alone in bit 2, changed on retry in bit 3. */
export function packVerdict(
  e: Pick<ExecutionRecord, 'verdict' | 'retriedAlone' | 'firstVerdict'>,
): number {
  return (
    VERDICT_CODE[e.verdict] |
    (e.retriedAlone ? 4 : 0) |
    (e.retriedAlone && e.firstVerdict !== e.verdict ? 8 : 0)
  );
}

/**
 * Starts a table; `seed` decides the held-out halves used for empirical difficulty. With
 * `lateExecutions`, samples may come first (their keys are kept) and verdicts are joined in build(),
 * so the two files can be read in parallel.
 */
export function createSampleTableBuilder(
  tasks: ReadonlyMap<string, Pick<TaskRecord, 'tier'>>,
  seed: number,
  options: { lateExecutions?: boolean } = {},
): SampleTableBuilder {
  const rowOfKey = options.lateExecutions ? new Map<string, number>() : null;
  // Before the samples: one packed number per key (packVerdict). After them (late mode): the packed
  // verdict of each row, marked by bit 4, plus the executions whose key has no row, for the retry tallies.
  const verdicts = new Map<string, number>();
  let lateVerdicts = new Uint8Array(0);
  const taskIndex = new Map<string, number>();
  const groupIndex = new Map<string, number>();
  const armIndex = new Map<string, number>();
  const table: SampleTable = {
    size: 0,
    task: new Int32Array(1024),
    length: new Int32Array(1024),
    flags: new Uint8Array(1024),
    group: new Uint16Array(1024),
    arm: new Uint16Array(1024),
    output: new Int32Array(1024),
    input: new Int32Array(1024),
    latency: new Float32Array(1024),
    taskIds: [],
    taskTiers: [],
    groups: [],
    arms: [],
    counts: {
      bySource: { reported: 0, derived: 0, estimated: 0, none: 0 },
      samples: 0,
      generationErrors: 0,
      executed: 0,
      sandboxErrors: 0,
      unexecuted: 0,
      retriedAlone: 0,
      changedOnRetry: 0,
    },
  };
  let retryTallied = false;
  let lastGroup = 0;

  const indexOf = <K>(map: Map<string, number>, key: string, make: () => K, list: K[]): number => {
    let i = map.get(key);
    if (i === undefined) {
      i = list.length;
      list.push(make());
      map.set(key, i);
    }
    return i;
  };

  const addVerdict = (key: string, packed: number): void => {
    const row = rowOfKey?.get(key);
    if (row === undefined) verdicts.set(key, packed);
    else lateVerdicts[row] = packed | LATE;
  };

  return {
    addExecution: (e) => addVerdict(e.key, packVerdict(e)),
    addVerdict,
    addSample(s) {
      if (!retryTallied && !rowOfKey) tallyRetries();
      table.counts.samples += 1;
      if (s.generationError !== null) {
        table.counts.generationErrors += 1;
        return;
      }
      if (table.size === table.task.length) grow(table);
      const i = table.size++;
      table.task[i] = indexOf(
        taskIndex,
        s.taskId,
        () => tasks.get(s.taskId)?.tier ?? null,
        table.taskTiers,
      );
      if (table.taskIds.length < table.taskTiers.length) table.taskIds.push(s.taskId);
      table.length[i] = s.reasoningTokens ?? -1;
      table.counts.bySource[s.reasoningTokens === null ? 'none' : s.reasoningSource] += 1;
      table.group[i] = groupOf(s);
      table.arm[i] = armOf(s);
      table.output[i] = s.outputTokens ?? -1;
      table.input[i] = s.inputTokens ?? -1;
      table.latency[i] = s.latencyMs > 0 ? s.latencyMs : -1;
      table.flags[i] =
        truncationFlags(s) |
        (halfOf(s.key, seed) ? FLAG.halfB : 0) |
        (rowOfKey ? 0 : verdictFlags(s.key));
      if (rowOfKey) {
        rowOfKey.set(s.key, i);
        if (lateVerdicts.length < table.task.length) {
          const grown = new Uint8Array(table.task.length);
          grown.set(lateVerdicts);
          lateVerdicts = grown;
        }
        // An execution that came before its sample, even in late mode.
        const early = verdicts.get(s.key);
        if (early !== undefined) {
          lateVerdicts[i] = early | LATE;
          verdicts.delete(s.key);
        }
      }
    },
    build() {
      if (!retryTallied) tallyRetries();
      if (rowOfKey) {
        for (let row = 0; row < table.size; row++) {
          const v = lateVerdicts[row] ?? 0;
          if ((v & 4) !== 0) table.counts.retriedAlone += 1;
          if ((v & 8) !== 0) table.counts.changedOnRetry += 1;
          table.flags[row] = (table.flags[row] ?? 0) | flagsOf(v === 0 ? undefined : v);
        }
        rowOfKey.clear();
      }
      return {
        ...table,
        task: table.task.subarray(0, table.size),
        length: table.length.subarray(0, table.size),
        flags: table.flags.subarray(0, table.size),
        group: table.group.subarray(0, table.size),
        arm: table.arm.subarray(0, table.size),
        output: table.output.subarray(0, table.size),
        input: table.input.subarray(0, table.size),
        latency: table.latency.subarray(0, table.size),
      };
    },
  };

  function tallyRetries(): void {
    retryTallied = true;
    for (const v of verdicts.values()) {
      if ((v & 4) !== 0) table.counts.retriedAlone += 1;
      if ((v & 8) !== 0) table.counts.changedOnRetry += 1;
    }
  }

  function verdictFlags(key: string): number {
    return flagsOf(verdicts.get(key));
  }

  function flagsOf(v: number | undefined): number {
    if (v === undefined) {
      table.counts.unexecuted += 1;
      return 0;
    }
    table.counts.executed += 1;
    const code = v & 3;
    if (code === VERDICT_CODE.sandbox_error) {
      table.counts.sandboxErrors += 1;
      return 0;
    }
    return FLAG.scored | (code === VERDICT_CODE.pass ? FLAG.passed : 0);
  }

  function armOf(s: SampleRecord): number {
    const { model, reasoningEffort: effort, thinkingBudget: budget, systemPromptHash } = s.request;
    const id = `${model}\u0000${s.conditionId}`;
    const a = indexOf(
      armIndex,
      id,
      () => ({ model, conditionId: s.conditionId, effort, budget, systemPromptHash }),
      table.arms,
    );
    if (a > 0xffff)
      throw new RangeError(`more than 65,536 model × condition arms (received ${a + 1})`);
    return a;
  }

  function groupOf(s: SampleRecord): number {
    const cli = s.usageRaw?.['cli_version'];
    const cliVersion = typeof cli === 'string' ? cli : null;
    const { model, reasoningEffort: effort, systemPromptHash } = s.request;
    // Consecutive samples almost always share a group: compare before building a lookup key.
    const last = table.groups[lastGroup];
    if (
      last &&
      last.model === model &&
      last.effort === effort &&
      last.cliVersion === cliVersion &&
      last.systemPromptHash === systemPromptHash
    )
      return lastGroup;
    const id = `${model}\u0000${effort}\u0000${cliVersion}\u0000${systemPromptHash}`;
    const g = indexOf(
      groupIndex,
      id,
      () => ({ model, effort, cliVersion, systemPromptHash }),
      table.groups,
    );
    if (g > 0xffff)
      throw new RangeError(
        `more than 65,536 model × effort × cli_version × prompt groups (received ${g + 1})`,
      );
    lastGroup = g;
    return g;
  }
}

/** A stable pseudo-random half per sample key (FNV-1a), cheap enough for a million keys. */
function halfOf(key: string, seed: number): boolean {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d) >>> 0;
  return ((h ^ (h >>> 12)) & 1) === 1;
}

function grow(table: SampleTable): void {
  const size = table.task.length * 2;
  const copy = <T extends Int32Array | Uint8Array | Uint16Array | Float32Array>(
    a: T,
    make: (n: number) => T,
  ): T => {
    const b = make(size);
    b.set(a);
    return b;
  };
  table.task = copy(table.task, (n) => new Int32Array(n));
  table.length = copy(table.length, (n) => new Int32Array(n));
  table.flags = copy(table.flags, (n) => new Uint8Array(n));
  table.group = copy(table.group, (n) => new Uint16Array(n));
  table.arm = copy(table.arm, (n) => new Uint16Array(n));
  table.output = copy(table.output, (n) => new Int32Array(n));
  table.input = copy(table.input, (n) => new Int32Array(n));
  table.latency = copy(table.latency, (n) => new Float32Array(n));
}
