import { readFileSync } from 'node:fs';
import { BenchError } from '../core/errors.js';
import { modelOnlyRequest, type FinishReason } from '../core/records.js';
import { extractCode } from './extract-code.js';
import {
  ProviderError,
  type GenerationRequest,
  type GenerationResult,
  type Provider,
} from './provider.js';
import { isObject, stringOrNull, tokenCount } from './vendor.js';

/** One pre-generated sample: code (or the raw answer text), and what its provider reported. */
interface ReplayEntry {
  line: number;
  taskId: string;
  condition: string | null;
  sampleIndex: number | null;
  code: { completion: string; isFullProgram: boolean } | { text: string };
  usage: Record<string, unknown> | null;
  reasoningTokens: number | null;
  finishRaw: string | null;
  model: string | null;
}

const FINISH: Record<string, FinishReason> = {
  stop: 'stop',
  end_turn: 'stop',
  length: 'length',
  max_tokens: 'length',
  max_output_tokens: 'length',
  content_filter: 'content_filter',
  refusal: 'refusal',
  error: 'error',
};

/** The reasoning count inside a vendor usage object, whichever vendor wrote it. */
function reasoningFromUsage(usage: Record<string, unknown> | null): number | null {
  if (!usage) return null;
  const nested = (k: string) =>
    isObject(usage[k]) ? (usage[k] as Record<string, unknown>).reasoning_tokens : undefined;
  return (
    tokenCount(nested('output_tokens_details')) ??
    tokenCount(nested('completion_tokens_details')) ??
    tokenCount(usage.thoughtsTokenCount) ??
    tokenCount(usage.reasoning_output_tokens)
  );
}

function parseEntry(value: unknown, where: string, line: number): ReplayEntry {
  if (!isObject(value) || typeof value.task_id !== 'string')
    throw new BenchError('SAMPLES_INVALID', `${where}: expected an object with a string task_id`);
  const code =
    typeof value.completion === 'string'
      ? { completion: value.completion, isFullProgram: false }
      : typeof value.solution === 'string'
        ? { completion: value.solution, isFullProgram: true }
        : typeof value.response === 'string'
          ? { text: value.response }
          : null;
  if (!code)
    throw new BenchError(
      'SAMPLES_INVALID',
      `${where}: expected one of completion, solution or response (the raw answer text)`,
    );
  const usage = isObject(value.usage) ? value.usage : null;
  const explicit =
    value.reasoning_tokens === null || value.reasoning_tokens === undefined
      ? null
      : tokenCount(value.reasoning_tokens);
  if (
    value.reasoning_tokens !== null &&
    value.reasoning_tokens !== undefined &&
    explicit === null
  ) {
    throw new BenchError(
      'SAMPLES_INVALID',
      `${where}: reasoning_tokens must be a whole number of at least 0 or null, received ${JSON.stringify(value.reasoning_tokens)}`,
    );
  }
  return {
    line,
    taskId: value.task_id,
    condition: stringOrNull(value.condition),
    sampleIndex: tokenCount(value.sample_index),
    code,
    usage,
    reasoningTokens: explicit ?? reasoningFromUsage(usage),
    finishRaw: stringOrNull(value.finish_reason),
    model: stringOrNull(value.model),
  };
}

/**
 * Serves pre-generated samples from a JSONL file (`replay:<file>`), so existing generations can be
 * executed and analysed. Sample i of a task (and condition, when the file names conditions) is the
 * entry with `sample_index` i, else the i-th such entry in file order. A missing sample is an error
 * that is not retried; the generate stage records it.
 */
export class ReplayProvider implements Provider {
  readonly spec: string;
  private readonly entries = new Map<string, ReplayEntry[]>();

  constructor(file: string) {
    this.spec = `replay:${file}`;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new BenchError(
        'USAGE',
        `option --model: cannot read the replay file '${file}' (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      );
    }
    text.split('\n').forEach((raw, i) => {
      if (raw.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch {
        throw new BenchError('SAMPLES_INVALID', `${file}:${i + 1}: not valid JSON`);
      }
      const entry = parseEntry(value, `${file}:${i + 1}`, i + 1);
      const key = `${entry.taskId}\u0000${entry.condition ?? ''}`;
      this.entries.set(key, [...(this.entries.get(key) ?? []), entry]);
    });
  }

  async generate({ task, condition, sampleIndex }: GenerationRequest): Promise<GenerationResult> {
    const list =
      this.entries.get(`${task.task_id}\u0000${condition.id}`) ??
      this.entries.get(`${task.task_id}\u0000`) ??
      [];
    const entry =
      list.find((e) => e.sampleIndex === sampleIndex) ??
      (list.some((e) => e.sampleIndex !== null) ? undefined : list[sampleIndex]);
    if (!entry)
      throw new ProviderError(
        `the replay file has no sample ${sampleIndex} for task ${task.task_id} (condition ${condition.id}); it has ${list.length}`,
        false,
      );
    const code = 'text' in entry.code ? extractCode(entry.code.text, task) : entry.code;
    const finishReason =
      entry.finishRaw === null ? 'stop' : (FINISH[entry.finishRaw.toLowerCase()] ?? 'error');
    return {
      ...code,
      reasoningTokens: entry.reasoningTokens,
      reasoningSource: entry.reasoningTokens === null ? 'none' : 'reported',
      outputTokens:
        tokenCount(entry.usage?.output_tokens) ?? tokenCount(entry.usage?.completion_tokens),
      inputTokens: tokenCount(entry.usage?.input_tokens) ?? tokenCount(entry.usage?.prompt_tokens),
      finishReason,
      finishReasonRaw: entry.finishRaw,
      truncated: finishReason === 'length',
      usageRaw: entry.usage,
      request: modelOnlyRequest(entry.model ?? 'replay'),
      responseId: null,
      latencyMs: 0,
      simulated: null,
    };
  }
}
