import { describe, expect, it } from 'vitest';
import { createDrillDownPicker } from '../../../src/analyze/drill-down.js';
import { sampleKey, type ExecutionRecord, type SampleRecord } from '../../../src/core/records.js';
import { renderHtml } from '../../../src/report/html.js';
import { executionRecord, sampleRecord } from '../../helpers/records.js';
import { fixtureRun } from '../../helpers/report-fixture.js';

function pick(samples: SampleRecord[], executions: ExecutionRecord[]) {
  const picker = createDrillDownPicker({
    values: [516],
    tolerance: 0,
    tierOf: (id) => (id.endsWith('1') ? 'complex' : 'simple'),
  });
  for (const s of samples) picker.addCandidate(s);
  for (const e of executions) picker.addExecution(e);
  const keys = picker.choose();
  for (const s of samples) picker.addCode(s, keys);
  return { keys, tiers: picker.build() };
}

describe('the drill-down picker', () => {
  it('pairs an aligned failure with a non-aligned pass of the same task, per tier, with code and traceback', () => {
    const samples = [
      sampleRecord('T/1', 0, { reasoningTokens: 516, completion: '    return None\n' }),
      sampleRecord('T/1', 1, { reasoningTokens: 800, completion: '    return sorted(x)\n' }),
      sampleRecord('T/1', 2, { reasoningTokens: 516, truncated: true }),
      sampleRecord('T/2', 0, { reasoningTokens: 516 }),
      sampleRecord('T/2', 1, { reasoningTokens: 700 }),
    ];
    const fail = { ...executionRecord(samples[0]!, 'fail'), traceback: 'AssertionError' };
    const executions = [
      // The first verdict of T/1#0 is superseded by a rerun: the newest stands.
      executionRecord(samples[0]!, 'pass'),
      fail,
      executionRecord(samples[1]!, 'pass'),
      executionRecord(samples[2]!, 'fail'),
      executionRecord(samples[3]!, 'pass'), // T/2 has no aligned failure
      executionRecord(samples[4]!, 'pass'),
    ];
    const { keys, tiers } = pick(samples, executions);
    expect([...keys].sort()).toEqual([samples[0]!.key, samples[1]!.key].sort());
    expect(tiers).toEqual([
      {
        tier: 'complex',
        candidateTasks: 1,
        pairs: [
          expect.objectContaining({
            taskId: 'T/1',
            alignedFailure: expect.objectContaining({
              key: sampleKey('T/1', 'default', 0),
              aligned: true,
              verdict: 'fail',
              code: '    return None\n',
              traceback: 'AssertionError',
            }),
            notAlignedPass: expect.objectContaining({
              aligned: false,
              verdict: 'pass',
              reasoningTokens: 800,
              code: '    return sorted(x)\n',
            }),
          }),
        ],
      },
    ]);
  });

  it('gives the report samples to open that link to rows of the per-task table', async () => {
    const analysis = fixtureRun();
    expect(analysis.drillDown?.map((t) => t.tier)).toEqual(['simple', 'moderate', 'complex']);
    for (const t of analysis.drillDown ?? []) {
      expect(t.pairs.length).toBeGreaterThan(0);
      expect(t.pairs.length).toBeLessThanOrEqual(3);
    }
    const html = await renderHtml(analysis);
    const links = [...html.matchAll(/<a href="#(task-[^"]+)">/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(2);
    for (const link of links) expect(html).toContain(`<tr id="${link}">`);
    expect(html).toContain('Stopped at a boundary, failed');
    expect(html).toContain('assert candidate([3, 1]) == [1, 3]');
    expect(html.indexOf('id="samples"')).toBeLessThan(html.indexOf('id="tasks"'));
  });
});
