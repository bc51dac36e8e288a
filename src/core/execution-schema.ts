import { INFRA_REASONS, TRACEBACK_TAIL_CHARS, VERDICTS } from './records.js';
import { bool, int, str, strict } from './schema-blocks.js';

/** The JSON Schema of an executions.jsonl line (ExecutionRecord in records.ts). */

const executionRequired = strict({
  key: str,
  taskId: str,
  conditionId: str,
  sampleIndex: int,
  verdict: { enum: [...VERDICTS] },
  detail: str,
  exitCode: { type: ['integer', 'null'] },
  durationMs: { type: 'number', minimum: 0 },
  attempts: int,
  outputTruncated: bool,
  stderrTail: str,
  programHash: str,
  cpuMs: { type: ['number', 'null'], minimum: 0 },
  retriedAlone: bool,
  firstVerdict: { enum: [...VERDICTS, null] },
});
/** `waitMs`, `infraReason` and `traceback` are optional: records written before they existed stay valid. */
export const executionSchema = {
  ...executionRequired,
  properties: {
    ...executionRequired.properties,
    waitMs: { type: ['number', 'null'], minimum: 0 },
    infraReason: { enum: [...INFRA_REASONS, null] },
    traceback: { type: ['string', 'null'], maxLength: TRACEBACK_TAIL_CHARS },
  },
};
