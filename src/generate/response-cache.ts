import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalJson, sha256 } from '../core/hash.js';
import type { TaskRecord } from '../core/records.js';
import type { GenerationCondition, GenerationResult } from '../providers/provider.js';

/** An on-disk cache of provider answers, one JSON file per request. */
export interface ResponseCache {
  readonly dir: string;
  get(key: string): GenerationResult | null;
  put(key: string, result: GenerationResult): void;
}

/**
 * The cache key of a request: the provider spec, every parameter sent, hashes of the system prompt and of
 * the task's prompt, and the sample index, so that repeated samples of one request are not collapsed
 * into one answer. Keys and URLs with credentials are never part of it (the spec holds neither).
 */
export function cacheKey(
  providerSpec: string,
  task: Pick<TaskRecord, 'task_id' | 'prompt' | 'entry_point'>,
  condition: GenerationCondition,
  sampleIndex: number,
): string {
  return sha256(
    canonicalJson({
      v: 1,
      provider: providerSpec,
      task: task.task_id,
      prompt: sha256(task.prompt, task.entry_point),
      reasoningEffort: condition.reasoningEffort,
      thinkingBudget: condition.thinkingBudget,
      maxOutputTokens: condition.maxOutputTokens,
      temperature: condition.temperature,
      systemPrompt: condition.systemPrompt === null ? null : sha256(condition.systemPrompt),
      sampleIndex,
    }),
  );
}

/**
 * Opens (creating) a cache directory. Entries are written to a temporary file and renamed, so a crash
 * never leaves a half-written entry; an unreadable entry is a miss. Entries keep the full raw usage.
 */
export function openResponseCache(dir: string): ResponseCache {
  mkdirSync(dir, { recursive: true });
  const pathOf = (key: string) => join(dir, key.slice(0, 2), `${key}.json`);
  return {
    dir,
    get(key) {
      try {
        const entry = JSON.parse(readFileSync(pathOf(key), 'utf8')) as {
          key?: string;
          result?: GenerationResult;
        };
        return entry.key === key && entry.result ? entry.result : null;
      } catch {
        return null;
      }
    },
    put(key, result) {
      const path = pathOf(key);
      mkdirSync(join(dir, key.slice(0, 2)), { recursive: true });
      const temp = `${path}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify({ key, savedAt: new Date().toISOString(), result }));
      renameSync(temp, path);
    },
  };
}
