import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { earlyDrillDownPicker, readDrillDown } from '../../../src/cli/drill-down-stage.js';
import { analyzeStage } from '../../../src/cli/analyze-stage.js';
import type { Analysis } from '../../../src/core/analysis-record.js';
import { lineHasKeyIn } from '../../../src/core/jsonl.js';
import { runPathsAt } from '../../../src/core/run-dir.js';
import { createValidators } from '../../../src/core/schemas.js';
import { drillDownInMemory, fixtureRecords } from '../../helpers/report-fixture.js';

const jsonl = (records: readonly unknown[]) =>
  records.map((r) => `${JSON.stringify(r)}\n`).join('');

function writtenRun() {
  const records = fixtureRecords();
  const paths = runPathsAt(mkdtempSync(join(tmpdir(), 'bbench-drill-')));
  writeFileSync(paths.samples, jsonl(records.samples));
  writeFileSync(paths.executions, jsonl(records.executions));
  return { ...records, paths };
}

describe('the analyze stage picks the drill-down', () => {
  it('as three in-memory passes do, with the candidates taken in its own pass', async () => {
    const { tasks, samples, executions, paths } = writtenRun();
    const withTiers = new Map(
      [...tasks].map(([id, t]) => [id, { ...t, tierSource: 'declared' as const }]),
    );
    const analysis = await analyzeStage(paths, createValidators(), withTiers, {
      boundaries: [516, 1034, 1552],
      tolerance: 0,
      permutations: 50,
      bootstrap: 50,
    });
    const expected = drillDownInMemory(analysis, tasks, samples, executions);
    expect(expected.flatMap((t) => t.pairs).length).toBeGreaterThan(0);
    expect(analysis.drillDown).toEqual(expected);
    // The code and the traceback came from the files, through the passes that parse only their keys.
    const first = analysis.drillDown![0]!.pairs[0]!;
    expect(first.alignedFailure.code).toBe('    return None\n');
    expect(first.alignedFailure.traceback).toMatch(/AssertionError/);
  });

  it('takes the candidates in a pass of its own when the alignment set was not known early', async () => {
    const { tasks, samples, executions, paths } = writtenRun();
    const analysis = {
      hasVerdicts: true,
      alignedTo: { values: [516] },
      tolerance: 0,
    } as unknown as Analysis;
    const expected = drillDownInMemory(analysis, tasks, samples, executions);
    expect(expected.flatMap((t) => t.pairs).length).toBeGreaterThan(0);
    const validators = createValidators();
    // An early picker fed for another set (as with --align-to detected) must not be used.
    const stale = earlyDrillDownPicker([1034], 0, tasks);
    for (const s of samples) stale.picker.addCandidate(s);
    expect(await readDrillDown(paths, validators, analysis, tasks, stale)).toEqual(expected);
    expect(await readDrillDown(paths, validators, analysis, tasks)).toEqual(expected);
  });
});

describe('lineHasKeyIn', () => {
  const keep = lineHasKeyIn(new Set(['T/1|low|3', 'T/"2"|low|0']));
  it('keeps a line whose key field is wanted, wherever the field is and however spaced', () => {
    expect(keep('{"key":"T/1|low|3","taskId":"T/1"}')).toBe(true);
    expect(keep('{"taskId":"T/1", "key" : "T/1|low|3"}')).toBe(true);
    expect(keep('{"raw":{"key":"other"},"key":"T/1|low|3"}')).toBe(true);
    expect(keep(JSON.stringify({ key: 'T/"2"|low|0' }))).toBe(true);
  });
  it('skips lines that only mention the key elsewhere, or name another key', () => {
    expect(keep('{"key":"T/1|low|4","completion":"T/1|low|3"}')).toBe(false);
    expect(keep(JSON.stringify({ key: 'x', completion: '{"key":"T/1|low|3"}' }))).toBe(false);
    expect(keep('{"taskId":"T/1"}')).toBe(false);
  });
});
