import { describe, expect, it } from 'vitest';
import { createSampleTableBuilder } from '../../../src/analyze/sample-table-builder.js';
import { FLAG } from '../../../src/analyze/sample-table.js';
import { truncationFlags } from '../../../src/analyze/sample-truncation.js';
import { joinRecords } from '../../../src/analyze/join.js';
import type { ExecutionRecord } from '../../../src/core/records.js';
import { executionRecord, sampleRecord } from '../../helpers/records.js';

const tasks = new Map([
  ['a', { tier: 'simple' as const }],
  ['b', { tier: null }],
]);
const samples = [
  sampleRecord('a', 0, { reasoningTokens: 516 }),
  sampleRecord('a', 1, { reasoningTokens: null }),
  sampleRecord('b', 0, { generationError: 'HTTP 500' }),
  sampleRecord('b', 1, {
    reasoningTokens: 900,
    request: {
      model: 'x',
      maxOutputTokens: null,
      reasoningEffort: 'high',
      thinkingBudget: null,
      temperature: null,
      systemPromptHash: null,
    },
  }),
  sampleRecord('b', 2),
];
const retried: ExecutionRecord = {
  ...executionRecord(samples[3]!, 'pass'),
  retriedAlone: true,
  firstVerdict: 'timeout',
};
const executions = [
  executionRecord(samples[0]!, 'fail'),
  executionRecord(samples[1]!, 'sandbox_error'),
  executionRecord(samples[1]!, 'pass'),
  retried,
];

describe('the sample table', () => {
  it('joins the newest verdict per key, whether executions come before or after the samples', () => {
    const early = createSampleTableBuilder(tasks, 1);
    for (const e of executions) early.addExecution(e);
    for (const s of samples) early.addSample(s);
    const late = createSampleTableBuilder(tasks, 1, { lateExecutions: true });
    for (const s of samples) late.addSample(s);
    for (const e of executions) late.addExecution(e);
    const mixed = createSampleTableBuilder(tasks, 1, { lateExecutions: true });
    mixed.addExecution(executions[0]!);
    mixed.addExecution(executions[1]!);
    for (const s of samples) mixed.addSample(s);
    for (const e of executions.slice(2)) mixed.addExecution(e);
    const [a, b, c] = [early.build(), late.build(), mixed.build()];
    expect([...b.flags]).toEqual([...a.flags]);
    expect(b.counts).toEqual(a.counts);
    expect([...c.flags]).toEqual([...a.flags]);
    expect(c.counts).toEqual(a.counts);
    expect(a.counts).toEqual({
      bySource: { reported: 3, derived: 0, estimated: 0, none: 1 },
      samples: 5,
      generationErrors: 1,
      executed: 3,
      sandboxErrors: 0,
      unexecuted: 1,
      retriedAlone: 1,
      changedOnRetry: 1,
    });
    expect(a.size).toBe(4);
    expect([...a.length]).toEqual([516, -1, 900, 700]);
    expect(a.taskIds).toEqual(['a', 'b']);
    expect(a.taskTiers).toEqual(['simple', null]);
    // The newest record of a key wins: sample a#1 was retried after a sandbox error and passed.
    expect(a.flags[1]! & (FLAG.scored | FLAG.passed)).toBe(FLAG.scored | FLAG.passed);
    expect(a.groups.map((g) => g.model)).toEqual(['test', 'x']);
    expect(a.groups[1]?.effort).toBe('high');
  });

  it('flags truncation by each of its three signs', () => {
    expect(truncationFlags(sampleRecord('a', 0, { finishReason: 'length' }))).toBe(
      FLAG.truncated | FLAG.signalled,
    );
    expect(truncationFlags(sampleRecord('a', 0, { outputTokens: 4000 }))).toBe(
      FLAG.truncated | FLAG.atCap,
    );
    expect(truncationFlags(sampleRecord('a', 0))).toBe(0);
  });
});

describe('one truncation classification', () => {
  it('compare (joinRecords) and analyze (the sample table) classify every sample of a fixture alike', () => {
    const request = (maxOutputTokens: number | null, thinkingBudget: number | null) => ({
      model: 'm',
      maxOutputTokens,
      reasoningEffort: null,
      thinkingBudget,
      temperature: null,
      systemPromptHash: null,
    });
    // Signalled, output at the cap with no signal, reasoning at the budget with no signal, and two untruncated.
    const fixture = [
      sampleRecord('t', 0, { truncated: true, finishReason: 'length' }),
      sampleRecord('t', 1, { outputTokens: 4000, request: request(4000, null) }),
      sampleRecord('t', 2, { reasoningTokens: 1024, request: request(8000, 1024) }),
      sampleRecord('t', 3, { reasoningTokens: 1023, request: request(8000, 1024) }),
      sampleRecord('t', 4),
    ];
    const execs = fixture.map((s) => executionRecord(s, 'fail'));
    const builder = createSampleTableBuilder(new Map(), 1);
    for (const e of execs) builder.addExecution(e);
    for (const s of fixture) builder.addSample(s);
    const table = builder.build();
    const fromTable = fixture.map((_, i) => ((table.flags[i] ?? 0) & FLAG.truncated) !== 0);
    const fromJoin = joinRecords(new Map(), fixture, execs, [516], 0).joined.map(
      (j) => j.truncated,
    );
    expect(fromTable).toEqual([true, true, true, false, false]);
    expect(fromJoin).toEqual(fromTable);
  });
});
