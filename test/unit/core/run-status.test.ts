import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPathsAt } from '../../../src/core/run-dir.js';
import type { RunManifest } from '../../../src/core/run-manifest.js';
import { countRunRecords, runStatus, type RunCounts } from '../../../src/core/run-status.js';
import { executionRecord, sampleRecord } from '../../helpers/records.js';

/** A run over 2 tasks × 1 condition × 3 samples: 6 expected samples when unfiltered. */
const manifest = (fields: Partial<RunManifest> = {}): RunManifest =>
  ({
    schemaVersion: 2,
    runId: 'r',
    createdAt: '2026-11-30T09:00:00.000Z',
    configHash: 'x',
    config: { samplesPerTask: 3, conditions: ['default'] },
    corpus: { path: 'p', hash: 'h', tasks: 2 },
    canaries: { passed: true, at: '2026-11-30T09:00:00.000Z', results: [] },
    ...fields,
  }) as unknown as RunManifest;

const counts = (fields: Partial<RunCounts> = {}): RunCounts => ({
  samples: 6,
  tasks: 2,
  generationErrors: 0,
  executed: 6,
  sandboxErrors: 0,
  ...fields,
});

describe('runStatus', () => {
  it('is complete when every expected sample was generated, executed and analysed', () => {
    expect(runStatus(manifest(), counts(), true)).toBe('complete');
    expect(runStatus(manifest(), counts(), false)).toBe('not-analysed');
  });

  it('is interrupted when samples are missing or unexecuted (generation errors need no execution)', () => {
    expect(runStatus(manifest(), counts({ samples: 5, executed: 5 }), true)).toBe('interrupted');
    expect(runStatus(manifest(), counts({ executed: 4 }), true)).toBe('interrupted');
    expect(runStatus(manifest(), counts({ executed: 5, generationErrors: 1 }), true)).toBe(
      'complete',
    );
    expect(runStatus(manifest({ canaries: null }), counts(), false)).toBe('interrupted');
  });

  it('puts a failed canary before anything else, and an empty run apart', () => {
    const failed = { passed: false, at: 'now', results: [] };
    expect(runStatus(manifest({ canaries: failed }), counts(), true)).toBe('canary-failed');
    expect(runStatus(manifest(), counts({ samples: 0, tasks: 0, executed: 0 }), false)).toBe(
      'empty',
    );
  });

  it('flags sandbox errors, which a rerun retries', () => {
    expect(runStatus(manifest(), counts({ sandboxErrors: 1 }), true)).toBe('sandbox-errors');
  });

  it('judges a filtered run by its records alone (the expected count is unknown)', () => {
    const filtered = manifest({
      config: { samplesPerTask: 3, conditions: ['default'], filter: { limit: 1 } },
    } as unknown as Partial<RunManifest>);
    expect(runStatus(filtered, counts({ samples: 3, tasks: 1, executed: 3 }), true)).toBe(
      'complete',
    );
  });
});

describe('countRunRecords', () => {
  it('counts samples, tasks and the newest verdict per key', async () => {
    const paths = runPathsAt(mkdtempSync(join(tmpdir(), 'bbench-status-')));
    const samples = [
      sampleRecord('a', 0),
      sampleRecord('a', 1),
      sampleRecord('b', 0, { generationError: 'HTTP 500' }),
    ];
    const lines = (xs: unknown[]) => `${xs.map((x) => JSON.stringify(x)).join('\n')}\n`;
    writeFileSync(paths.samples, lines(samples));
    writeFileSync(
      paths.executions,
      lines([
        executionRecord(samples[0]!, 'sandbox_error'),
        executionRecord(samples[1]!, 'sandbox_error'),
        executionRecord(samples[0]!, 'pass'),
      ]),
    );
    expect(await countRunRecords(paths)).toEqual({
      samples: 3,
      tasks: 2,
      generationErrors: 1,
      executed: 2,
      sandboxErrors: 1,
    });
  });
});
