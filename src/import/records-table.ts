import type { ImportedCall, SkippedLine } from './imported-sample.js';
import { normaliseFinishReason } from './imported-sample.js';

export type TableRowResult = { call: ImportedCall } | { skipped: SkippedLine };

const BOOLEANS: Record<string, boolean> = {
  true: true,
  false: false,
  '1': true,
  '0': false,
  pass: true,
  fail: false,
  yes: true,
  no: false,
};

function optionalText(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  const s = String(v).trim();
  return s === '' ? null : s;
}

/**
 * Reads one row of a generic table (`{model, task_id?, reasoning_tokens, passed?, finish_reason?}`,
 * plus optional `effort`, `condition`, `system_prompt_hash`, `cli_version`, `output_tokens`
 * (reasoning included), `input_tokens` and `latency_ms`) from JSONL or CSV (CSV values arrive
 * as strings). An empty `reasoning_tokens` means "not reported" and is kept as null, never 0;
 * a row without `task_id` is its own task, so it never pairs with others in within-task tests.
 */
export function readTableRow(row: unknown, where: string, rowNumber: number): TableRowResult {
  if (typeof row !== 'object' || row === null || Array.isArray(row))
    return { skipped: { where, reason: 'expected an object with a model and reasoning_tokens' } };
  const r = row as Record<string, unknown>;
  const model = optionalText(r.model);
  if (model === null) return { skipped: { where, reason: "missing 'model'" } };
  const rawTokens = optionalText(r.reasoning_tokens);
  const reasoningTokens = rawTokens === null ? null : Number(rawTokens);
  if (reasoningTokens !== null && !(Number.isInteger(reasoningTokens) && reasoningTokens >= 0)) {
    return {
      skipped: {
        where,
        reason: `'reasoning_tokens' must be a whole number of at least 0 or empty, received '${rawTokens}'`,
      },
    };
  }
  const rawPassed = optionalText(r.passed);
  const passed = rawPassed === null ? null : BOOLEANS[rawPassed.toLowerCase()];
  if (passed === undefined)
    return {
      skipped: {
        where,
        reason: `'passed' must be true/false (or 1/0, pass/fail), received '${rawPassed}'`,
      },
    };
  const counts: Record<string, number | null> = {};
  for (const column of ['output_tokens', 'input_tokens', 'latency_ms'] as const) {
    const raw = optionalText(r[column]);
    const value = raw === null ? null : Number(raw);
    if (value !== null && !(Number.isFinite(value) && value >= 0))
      return {
        skipped: {
          where,
          reason: `'${column}' must be a number of at least 0 or empty, received '${raw}'`,
        },
      };
    if (value !== null && column !== 'latency_ms' && !Number.isInteger(value))
      return {
        skipped: { where, reason: `'${column}' must be a whole number, received '${raw}'` },
      };
    counts[column] = value;
  }
  const effort = optionalText(r.effort);
  const condition = optionalText(r.condition);
  const finishReasonRaw = optionalText(r.finish_reason);
  const cliVersion = optionalText(r.cli_version);
  return {
    call: {
      taskId: optionalText(r.task_id) ?? `row-${rowNumber}`,
      // A free condition label (an access route, a harness variant) makes its own arm.
      conditionId: [
        model,
        ...(effort ? [`effort=${effort}`] : []),
        ...(condition ? [condition] : []),
      ].join('|'),
      model,
      effort,
      systemPromptHash: optionalText(r.system_prompt_hash),
      reasoningTokens,
      outputTokens: counts.output_tokens ?? null,
      inputTokens: counts.input_tokens ?? null,
      latencyMs: counts.latency_ms ?? null,
      finishReason: normaliseFinishReason(finishReasonRaw),
      finishReasonRaw,
      usageRaw: { ...r, ...(cliVersion ? { cli_version: cliVersion } : {}) },
      passed,
    },
  };
}
