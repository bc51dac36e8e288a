import { sampleKey, type SampleRecord, type TaskRecord } from '../core/records.js';
import { ProviderError, type GenerationCondition, type Provider } from '../providers/provider.js';
import { failedSample } from './failed-sample.js';
import { cacheKey, type ResponseCache } from './response-cache.js';

export interface GenerateProgress {
  done: number;
  total: number;
  inFlight: number;
  retries: number;
  reasoningTokens: number;
}

export interface GenerateOptions {
  provider: Provider;
  tasks: readonly TaskRecord[];
  conditions: readonly GenerationCondition[];
  samplesPerTask: number;
  /** Keys already generated (resume): these are skipped. */
  done: ReadonlySet<string>;
  concurrency: number;
  /** Attempts per sample before it is recorded as a generation error. */
  maxAttempts: number;
  /** Backoff before retry n (1-based), in ms; jittered by the caller's choice of function. */
  backoffMs: (attempt: number) => number;
  write: (record: SampleRecord) => void;
  /** Answers already paid for: a hit is recorded with `cached: true` and no request is sent. */
  cache?: ResponseCache;
  onProgress?: (progress: GenerateProgress) => void;
  signal?: AbortSignal;
}

export interface GenerateSummary {
  generated: number;
  skipped: number;
  generationErrors: number;
}

/** Generates tasks × conditions × samples, skipping finished keys, writing each sample as it arrives. */
export async function runGenerate(options: GenerateOptions): Promise<GenerateSummary> {
  const todo: { task: TaskRecord; condition: GenerationCondition; sampleIndex: number }[] = [];
  let skipped = 0;
  for (const task of options.tasks) {
    for (const condition of options.conditions) {
      for (let sampleIndex = 0; sampleIndex < options.samplesPerTask; sampleIndex++) {
        if (options.done.has(sampleKey(task.task_id, condition.id, sampleIndex))) skipped += 1;
        else todo.push({ task, condition, sampleIndex });
      }
    }
  }
  const summary: GenerateSummary = { generated: 0, skipped, generationErrors: 0 };
  const progress: GenerateProgress = {
    done: 0,
    total: todo.length,
    inFlight: 0,
    retries: 0,
    reasoningTokens: 0,
  };
  let next = 0;
  const worker = async () => {
    while (next < todo.length && !options.signal?.aborted) {
      const item = todo[next++];
      if (!item) break;
      progress.inFlight += 1;
      const record = await generateOne(
        item.task,
        item.condition,
        item.sampleIndex,
        options,
        progress,
      );
      progress.inFlight -= 1;
      // A request cut off by Ctrl-C is not the model's failure: leave it unrecorded, to be redone on resume.
      if (options.signal?.aborted && record.generationError !== null) break;
      options.write(record);
      summary.generated += 1;
      if (record.generationError !== null) summary.generationErrors += 1;
      progress.done += 1;
      progress.reasoningTokens += record.reasoningTokens ?? 0;
      options.onProgress?.(progress);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, worker));
  return summary;
}

async function generateOne(
  task: TaskRecord,
  condition: GenerationCondition,
  sampleIndex: number,
  options: GenerateOptions,
  progress: GenerateProgress,
): Promise<SampleRecord> {
  const conditionId = condition.id;
  const identity = {
    key: sampleKey(task.task_id, conditionId, sampleIndex),
    taskId: task.task_id,
    conditionId,
    sampleIndex,
    provider: options.provider.spec,
  };
  let lastError = '';
  let attempts = 0;
  const key = options.cache ? cacheKey(options.provider.spec, task, condition, sampleIndex) : null;
  const hit = key === null ? null : (options.cache?.get(key) ?? null);
  if (hit) return { ...identity, ...hit, attempts: 0, cached: true, generationError: null };
  for (let attempt = 1; attempt <= options.maxAttempts; attempt++) {
    attempts = attempt;
    try {
      const result = await options.provider.generate(
        { task, condition, sampleIndex },
        options.signal,
      );
      if (key !== null) options.cache?.put(key, result);
      return { ...identity, ...result, attempts: attempt, cached: false, generationError: null };
    } catch (error) {
      lastError = (error as Error).message;
      // A 400 or 401 will not get better by asking again: record it now.
      if (error instanceof ProviderError && !error.retryable) break;
      if (attempt < options.maxAttempts) {
        progress.retries += 1;
        const serverWait = error instanceof ProviderError ? error.retryAfterMs : null;
        await new Promise((r) => setTimeout(r, serverWait ?? options.backoffMs(attempt)));
      }
    }
  }
  // A sample that could not be generated is recorded, never dropped.
  return failedSample(identity, lastError, attempts);
}
