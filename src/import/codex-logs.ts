import { basename, relative, sep } from 'node:path';
import { sha256 } from '../core/hash.js';
import type { ImportedCall, SkippedLine } from './imported-sample.js';

/** What a Codex log line yields: a call to record, a skipped line, or nothing (context only). */
export type CodexLineResult = { call: ImportedCall } | { skipped: SkippedLine } | null;

interface TokenUsage {
  input_tokens?: unknown;
  cached_input_tokens?: unknown;
  output_tokens?: unknown;
  reasoning_output_tokens?: unknown;
  total_tokens?: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const count = (v: unknown): number | null =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null;
const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/**
 * Reads one Codex CLI log file line by line (session logs and `codex exec --json` output, see
 * FORMATS.md). Rules, each for a reason:
 * - a call is a `token_count` event's `info.last_token_usage` (per call), never the cumulative total;
 * - a `token_count` whose cumulative `total_token_usage` did not change repeats the previous call
 *   (Codex re-emits it, e.g. on rate-limit updates), so it is skipped rather than counted twice;
 * - `info: null` carries no usage and is skipped silently;
 * - the model and effort come from the latest `turn_context` (else `session_meta`), the system prompt
 *   only as a hash of `base_instructions`, and `cli_version` is kept in the raw usage for grouping;
 * - `turn.completed` lines of `codex exec --json` carry a whole turn's usage, which can sum several
 *   calls; they are imported as such, and the condition id says `turn` so they never mix with calls;
 * - a log without a session id is named by its path relative to the directory given (`relativeTo`),
 *   never by its absolute path, which would leak the user's home directory into shared reports;
 * - effort is read from `effort`, `model_reasoning_effort` or `reasoning_effort`, the spellings real
 *   logs and published fixtures use;
 * - malformed or truncated lines are skipped and reported with file:line.
 */
export function createCodexLogReader(
  file: string,
  fallbackModel: string,
  relativeTo: string | null = null,
) {
  const name = logName(file, relativeTo);
  let sessionId: string | null = null;
  let cliVersion: string | null = null;
  let model: string | null = null;
  let effort: string | null = null;
  let promptHash: string | null = null;
  let lastTotal: string | null = null;

  const call = (
    usage: TokenUsage,
    granularity: 'call' | 'turn',
    extra: Record<string, unknown>,
  ): ImportedCall => {
    const modelName = model ?? fallbackModel;
    return {
      taskId: `codex/${sessionId ?? name}`,
      conditionId: `${modelName}|effort=${effort ?? 'unknown'}${granularity === 'turn' ? '|turn' : ''}`,
      model: modelName,
      effort,
      systemPromptHash: promptHash,
      reasoningTokens: count(usage.reasoning_output_tokens),
      outputTokens: count(usage.output_tokens),
      inputTokens: count(usage.input_tokens),
      finishReason: 'stop',
      finishReasonRaw: null,
      usageRaw: { ...usage, ...extra, ...(cliVersion ? { cli_version: cliVersion } : {}) },
      passed: null,
    };
  };

  return function readLine(line: string, lineNumber: number): CodexLineResult {
    const where = `${file}:${lineNumber}`;
    if (line.trim() === '') return null;
    let entry: unknown;
    try {
      entry = JSON.parse(line);
    } catch {
      return { skipped: { where, reason: 'not valid JSON (malformed or truncated line)' } };
    }
    if (!isRecord(entry)) return { skipped: { where, reason: 'expected a JSON object' } };
    const payload = isRecord(entry.payload) ? entry.payload : {};
    switch (entry.type) {
      case 'session_meta':
        sessionId = text(payload.id) ?? text(payload.session_id) ?? sessionId;
        cliVersion = text(payload.cli_version) ?? cliVersion;
        model = text(payload.model) ?? model;
        if (payload.base_instructions !== undefined && payload.base_instructions !== null) {
          promptHash = sha256(
            typeof payload.base_instructions === 'string'
              ? payload.base_instructions
              : JSON.stringify(payload.base_instructions),
          );
        }
        return null;
      case 'turn_context':
        model = text(payload.model) ?? model;
        effort = effortOf(payload) ?? effort;
        return null;
      case 'event_msg': {
        if (payload.type !== 'token_count' || payload.info === null || payload.info === undefined)
          return null;
        if (!isRecord(payload.info) || !isRecord(payload.info.last_token_usage)) {
          return { skipped: { where, reason: 'token_count without info.last_token_usage' } };
        }
        const total = JSON.stringify(payload.info.total_token_usage ?? null);
        if (total !== 'null' && total === lastTotal)
          return {
            skipped: { where, reason: 'repeated token_count (cumulative usage unchanged)' },
          };
        lastTotal = total;
        return {
          call: call(payload.info.last_token_usage, 'call', {
            model_context_window: payload.info.model_context_window ?? null,
          }),
        };
      }
      case 'turn.completed':
        if (!isRecord(entry.usage))
          return { skipped: { where, reason: 'turn.completed without usage' } };
        return { call: call(entry.usage, 'turn', {}) };
      case 'thread.started':
        sessionId = text(entry.thread_id) ?? sessionId;
        return null;
      default:
        return null;
    }
  };
}

/** The spellings of the reasoning effort in a `turn_context` (Codex versions and published fixtures differ). */
const EFFORT_KEYS = ['effort', 'model_reasoning_effort', 'reasoning_effort'] as const;

function effortOf(payload: Record<string, unknown>): string | null {
  for (const key of EFFORT_KEYS) {
    const value = text(payload[key]);
    if (value !== null) return value;
  }
  return null;
}

/** The log's path relative to the directory given (POSIX separators), or its file name when given alone. */
export function logName(file: string, relativeTo: string | null): string {
  const rel = relativeTo === null ? '' : relative(relativeTo, file);
  const name = rel === '' || rel.startsWith('..') ? basename(file) : rel;
  return name.split(sep).join('/');
}
