// A real worker thread that compiles its TypeScript through tsx: seconds per test, so not a unit test.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSampleTableBuilder } from '../../src/analyze/sample-table-builder.js';
import { FLAG } from '../../src/analyze/sample-table.js';
import { readVerdictsInParallel } from '../../src/cli/verdict-reader.js';
import { BenchError } from '../../src/core/errors.js';
import { readJsonlAt } from '../../src/core/jsonl.js';
import type { ExecutionRecord } from '../../src/core/records.js';
import { createValidators } from '../../src/core/schemas.js';
import { executionRecord, sampleRecord } from '../helpers/records.js';

const validators = createValidators();

describe('reading executions on a second thread', () => {
  it('joins every verdict, the newest per key, while samples are added on this thread', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bbench-verdicts-'));
    const samples = Array.from({ length: 50 }, (_, i) => sampleRecord('t', i));
    const executions = [
      ...samples.map((s, i) => executionRecord(s, i % 2 === 0 ? 'pass' : 'fail')),
      executionRecord(samples[1]!, 'pass'),
    ];
    writeFileSync(
      join(dir, 'executions.jsonl'),
      `${executions.map((e) => JSON.stringify(e)).join('\n')}\n`,
    );
    const builder = createSampleTableBuilder(new Map(), 1, { lateExecutions: true });
    const reader = readVerdictsInParallel(join(dir, 'executions.jsonl'), validators, builder);
    for (const s of samples) builder.addSample(s);
    await reader.finish();
    const table = builder.build();
    const passed = [...table.flags].filter((f) => (f & FLAG.passed) !== 0).length;
    expect(table.counts.executed).toBe(50);
    expect(passed).toBe(26);
  });

  it('says where the newest record of each wanted key is, so that it can be read again alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bbench-verdicts-'));
    const path = join(dir, 'executions.jsonl');
    // More records than one batch of the thread, so that spans from several batches are joined.
    const samples = Array.from({ length: 45_000 }, (_, i) => sampleRecord('t', i));
    const executions = [
      ...samples.map((s, i) => executionRecord(s, i % 2 === 0 ? 'pass' : 'fail')),
      { ...executionRecord(samples[7]!, 'timeout'), detail: 'the newest' },
    ];
    writeFileSync(path, `${executions.map((e) => JSON.stringify(e)).join('\n')}\n`);
    const builder = createSampleTableBuilder(new Map(), 1, { lateExecutions: true });
    const reader = readVerdictsInParallel(path, validators, builder);
    for (const s of samples) builder.addSample(s);
    const wanted = [samples[7]!.key, samples[30_001]!.key, samples[44_999]!.key];
    const spans = await reader.finish(new Set([...wanted, 'no such key']));
    expect([...spans.keys()].sort()).toEqual([...wanted].sort());
    const again = readJsonlAt(path, [...spans.values()]).map((l) => l.value as ExecutionRecord);
    expect(again.map((e) => [e.key, e.verdict])).toEqual([
      [samples[30_001]!.key, 'fail'],
      [samples[44_999]!.key, 'fail'],
      [samples[7]!.key, 'timeout'],
    ]);
    expect(spans.get(samples[7]!.key)?.line).toBe(45_001);
  }, 60_000);

  it('reports an invalid execution record with its file and line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bbench-verdicts-'));
    writeFileSync(join(dir, 'executions.jsonl'), '{"key": "x"}\n');
    const reader = readVerdictsInParallel(
      join(dir, 'executions.jsonl'),
      validators,
      createSampleTableBuilder(new Map(), 1, { lateExecutions: true }),
    );
    const error = await reader.finish().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BenchError);
    expect((error as BenchError).code).toBe('RECORD_INVALID');
    expect((error as BenchError).message).toContain('executions.jsonl:1');
  });
});
