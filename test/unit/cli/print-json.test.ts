import { describe, expect, it } from 'vitest';
import { printJson } from '../../../src/cli/print-json.js';
import { execSummarySchema } from '../../../src/core/exec-summary-record.js';
import { captureIo } from '../../helpers/capture-io.js';

describe('printJson', () => {
  const summary = {
    samples: 2,
    tasks: 1,
    sandboxErrors: 0,
    starved: 0,
    passAtK: [{ k: 1, value: 0.5, nullReason: null }],
  };

  it('prints an output that matches its schema, as indented JSON', () => {
    const io = captureIo();
    printJson(io, execSummarySchema, summary);
    expect(JSON.parse(io.out())).toEqual(summary);
  });

  it('refuses, printing nothing, an output its published schema does not promise', () => {
    const io = captureIo();
    const broken = { ...summary, passAtK: [{ k: 1, value: null, nullReason: null }] };
    expect(() => printJson(io, execSummarySchema, broken)).toThrow(
      expect.objectContaining({
        code: 'INTERNAL',
        message: expect.stringMatching(/exec-summary\.schema\.json: .*\/passAtK\/0/),
      }),
    );
    expect(io.out()).toBe('');
  });
});
