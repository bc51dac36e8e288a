import { FINISH_REASONS, REASONING_SOURCES } from './records.js';
import { bool, int, nullable, str, strict } from './schema-blocks.js';

/** The JSON Schema of a samples.jsonl line (SampleRecord in records.ts). */

export const sampleSchema = strict({
  key: str,
  taskId: str,
  conditionId: str,
  sampleIndex: int,
  provider: str,
  completion: str,
  isFullProgram: bool,
  reasoningTokens: { type: ['integer', 'null'], minimum: 0 },
  reasoningSource: { enum: [...REASONING_SOURCES] },
  outputTokens: { type: ['integer', 'null'], minimum: 0 },
  inputTokens: { type: ['integer', 'null'], minimum: 0 },
  finishReason: { enum: [...FINISH_REASONS] },
  finishReasonRaw: nullable('string'),
  truncated: bool,
  usageRaw: nullable('object'),
  request: strict({
    model: str,
    maxOutputTokens: { type: ['integer', 'null'] },
    reasoningEffort: nullable('string'),
    thinkingBudget: { type: ['integer', 'null'] },
    temperature: nullable('number'),
    systemPromptHash: nullable('string'),
  }),
  responseId: nullable('string'),
  latencyMs: { type: 'number', minimum: 0 },
  attempts: int,
  cached: bool,
  generationError: nullable('string'),
  simulated: {
    oneOf: [
      { type: 'null' },
      strict({
        answer: { enum: ['correct', 'mutant', 'truncated'] },
        mutation: nullable('string'),
        stoppedAtBoundary: bool,
      }),
    ],
  },
});

// Optional: only samples answered by a vendor batch carry it, so older records stay valid.
Object.assign(sampleSchema.properties, { batch: { type: 'string', minLength: 1 } });
