import {
  BATCH_STATES,
  type BatchEntry,
  type BatchState,
  type BatchStore,
} from '../core/batch-state.js';
import { BenchError } from '../core/errors.js';
import { sha256 } from '../core/hash.js';
import { sampleKey, type SampleRecord, type TaskRecord } from '../core/records.js';
import type { BatchClient, BatchOutcome } from '../providers/batch-client.js';
import {
  ProviderError,
  type GenerationCondition,
  type GenerationRequest,
  type Provider,
} from '../providers/provider.js';
import { failedSample, type SampleIdentity } from './failed-sample.js';
import { cacheKey, type ResponseCache } from './response-cache.js';

export interface BatchProgress {
  /** Samples written by this call, and how many it has to write. */
  done: number;
  total: number;
  /** The provider's batches in the run, by state. */
  states: Record<BatchState, number>;
  /** Requests in batches not collected yet. */
  waiting: number;
  /** Status calls that failed and will be tried again at the next poll. */
  pollErrors: number;
}

export interface BatchGenerateOptions {
  provider: Provider;
  client: BatchClient;
  tasks: readonly TaskRecord[];
  conditions: readonly GenerationCondition[];
  samplesPerTask: number;
  /** Keys already in samples.jsonl: never submitted, never written again. */
  done: ReadonlySet<string>;
  /** Batches a request may be submitted in (a batch that expires without answering it counts one), and attempts per batch API call. */
  maxAttempts: number;
  pollIntervalMs: number;
  backoffMs: (attempt: number) => number;
  store: BatchStore;
  write: (record: SampleRecord) => void;
  /** Hits are recorded with `cached: true` and never go into a batch; answers are put into it. */
  cache?: ResponseCache;
  onProgress?: (progress: BatchProgress) => void;
  signal?: AbortSignal;
}

export interface BatchGenerateSummary {
  generated: number;
  skipped: number;
  generationErrors: number;
  /** Batches this call submitted, and batches of an earlier (interrupted) call it picked up. */
  submitted: number;
  resumed: number;
}

interface Planned {
  identity: SampleIdentity;
  request: GenerationRequest;
  cacheKey: string | null;
}

/** The vendor's `custom_id` of a sample: letters and digits only, 33 characters, the same in every round. */
export const customIdOf = (key: string) => `k${sha256(key).slice(0, 32)}`;

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });

/**
 * Generates tasks × conditions × samples through a vendor's batch API. Every submitted batch is saved
 * in the store before it is polled, so a rerun after a crash polls it again instead of resubmitting
 * its requests; outcomes are written once each (keys already in samples.jsonl are skipped), then the
 * batch is marked recorded. A request that failed inside a batch becomes a sample with
 * `generationError`. Requests an expired batch did not answer are resubmitted in a new batch, up to
 * `maxAttempts` batches, then recorded as errors; requests of a cancelled batch are recorded as errors.
 */
export async function runBatchGenerate(o: BatchGenerateOptions): Promise<BatchGenerateSummary> {
  const spec = o.provider.spec;
  const plan = new Map<string, Planned>();
  for (const task of o.tasks)
    for (const condition of o.conditions)
      for (let sampleIndex = 0; sampleIndex < o.samplesPerTask; sampleIndex++) {
        const key = sampleKey(task.task_id, condition.id, sampleIndex);
        plan.set(key, {
          identity: {
            key,
            taskId: task.task_id,
            conditionId: condition.id,
            sampleIndex,
            provider: spec,
          },
          request: { task, condition, sampleIndex },
          cacheKey: o.cache ? cacheKey(spec, task, condition, sampleIndex) : null,
        });
      }
  const mine = () => o.store.entries().filter((e) => e.provider === spec);
  const open = () => mine().filter((e) => !e.recorded);
  const written = new Set(o.done);
  const inBatch = new Set(open().flatMap((e) => e.requests.map((r) => r.key)));
  const summary: BatchGenerateSummary = {
    generated: 0,
    skipped: 0,
    generationErrors: 0,
    submitted: 0,
    resumed: open().length,
  };
  const total = [...plan.keys()].filter((k) => !written.has(k)).length;
  summary.skipped = plan.size - total;
  let pollErrors = 0;
  const write = (record: SampleRecord) => {
    o.write(record);
    written.add(record.key);
    summary.generated += 1;
    if (record.generationError !== null) summary.generationErrors += 1;
  };
  const report = () => {
    const states = Object.fromEntries(BATCH_STATES.map((s) => [s, 0])) as Record<
      BatchState,
      number
    >;
    for (const e of mine()) states[e.state] += 1;
    const waiting = open().reduce((n, e) => n + e.requests.length, 0);
    o.onProgress?.({ done: summary.generated, total, states, waiting, pollErrors });
  };

  /** A batch API call, retried like a request; null when the run was interrupted meanwhile. */
  const call = async <T>(what: string, f: () => Promise<T>): Promise<T | null> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await f();
      } catch (error) {
        if (o.signal?.aborted) return null;
        const retryable = !(error instanceof ProviderError) || error.retryable;
        if (!retryable || attempt >= o.maxAttempts)
          throw new BenchError(
            'BATCH_FAILED',
            `${spec}: ${what} failed after ${attempt} attempt(s): ${(error as Error).message}`,
            'submitted batches are kept in batches.json; rerun the same command to go on',
          );
        const wait = error instanceof ProviderError ? error.retryAfterMs : null;
        await sleep(wait ?? o.backoffMs(attempt), o.signal);
      }
    }
  };

  const submit = async (items: Planned[], round: number) => {
    const max = Math.max(1, o.client.maxRequests);
    for (let i = 0; i < items.length; i += max) {
      const chunk = items.slice(i, i + max);
      const label = `bbench-${sha256(chunk.map((p) => p.identity.key).join('\n')).slice(0, 12)}`;
      // No signal: a submission cut off after the vendor created the batch would leave it unrecorded.
      const id = await call('submitting a batch', () =>
        o.client.submit(
          chunk.map((p) => ({ customId: customIdOf(p.identity.key), request: p.request })),
          label,
        ),
      );
      if (id === null) return;
      const now = new Date().toISOString();
      o.store.save({
        id,
        provider: spec,
        submittedAt: now,
        round,
        requests: chunk.map((p) => ({ customId: customIdOf(p.identity.key), key: p.identity.key })),
        state: 'running',
        raw: 'submitted',
        counts: {},
        error: null,
        updatedAt: now,
        recorded: false,
      });
      summary.submitted += 1;
      report();
    }
  };

  const collect = async (entry: BatchEntry) => {
    const items = entry.requests.flatMap((r) => {
      const planned = plan.get(r.key);
      return planned ? [{ customId: r.customId, planned }] : [];
    });
    const outcomes: BatchOutcome[] | null =
      entry.state === 'failed'
        ? items.map((i) => ({
            customId: i.customId,
            kind: 'failed',
            error: `batch ${entry.id} failed as a whole: ${entry.error ?? entry.raw}`,
          }))
        : await call(`reading the results of batch ${entry.id}`, () =>
            o.client.results(
              entry.id,
              items.map((i) => ({ customId: i.customId, request: i.planned.request })),
              o.signal,
            ),
          );
    if (outcomes === null) return;
    const byId = new Map(items.map((i) => [i.customId, i.planned]));
    const again: Planned[] = [];
    for (const outcome of outcomes) {
      const planned = byId.get(outcome.customId);
      // Written before a crash that came ahead of `recorded`: never twice.
      if (!planned || written.has(planned.identity.key)) continue;
      const { identity } = planned;
      if (outcome.kind === 'answered') {
        if (planned.cacheKey !== null) o.cache?.put(planned.cacheKey, outcome.result);
        write({
          ...identity,
          ...outcome.result,
          attempts: entry.round,
          cached: false,
          generationError: null,
          batch: entry.id,
        });
      } else if (outcome.kind === 'failed') {
        write({ ...failedSample(identity, outcome.error, entry.round), batch: entry.id });
      } else if (outcome.reason === 'cancelled') {
        const error = `batch ${entry.id} was cancelled before answering this request`;
        write({ ...failedSample(identity, error, entry.round), batch: entry.id });
      } else if (entry.round < o.maxAttempts) {
        again.push(planned);
      } else {
        const error = `batch ${entry.id} ${outcome.reason === 'expired' ? 'expired' : 'ended'} without answering this request, after ${entry.round} batch(es)`;
        write({ ...failedSample(identity, error, entry.round), batch: entry.id });
      }
    }
    // Marked before the resubmission: a crash in between resubmits those requests on the rerun (round 1).
    o.store.save({ ...entry, recorded: true, updatedAt: new Date().toISOString() });
    if (again.length > 0) await submit(again, entry.round + 1);
  };

  const fresh: Planned[] = [];
  for (const [key, planned] of plan) {
    if (written.has(key) || inBatch.has(key)) continue;
    const hit = planned.cacheKey === null ? null : (o.cache?.get(planned.cacheKey) ?? null);
    if (hit)
      write({ ...planned.identity, ...hit, attempts: 0, cached: true, generationError: null });
    else fresh.push(planned);
  }
  report();
  await submit(fresh, 1);

  while (!o.signal?.aborted && open().length > 0) {
    for (const entry of open()) {
      if (o.signal?.aborted) break;
      let current = entry;
      if (entry.state === 'running') {
        try {
          const status = await o.client.status(entry.id, o.signal);
          current = {
            ...entry,
            state: status.state,
            raw: status.raw,
            counts: status.counts,
            error: status.error,
            updatedAt: new Date().toISOString(),
          };
          o.store.save(current);
        } catch (error) {
          if (o.signal?.aborted) break;
          // A refused poll (a bad key, an unknown id) will not get better by waiting.
          if (error instanceof ProviderError && !error.retryable)
            throw new BenchError(
              'BATCH_FAILED',
              `${spec}: polling batch ${entry.id} failed: ${error.message}`,
              'the batch is kept in batches.json; fix the cause and rerun the same command',
            );
          pollErrors += 1;
        }
      }
      if (current.state !== 'running') await collect(current);
    }
    report();
    if (open().some((e) => e.state === 'running')) await sleep(o.pollIntervalMs, o.signal);
  }
  return summary;
}
