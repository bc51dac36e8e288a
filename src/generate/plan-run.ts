import type { ModelPrices, PriceTable } from '../core/arm-record.js';
import { sampleKey, type SampleRecord, type TaskRecord } from '../core/records.js';
import type { GenerationCondition } from '../providers/provider.js';
import { cacheKey, type ResponseCache } from './response-cache.js';

/**
 * What a batch request costs relative to an interactive one: OpenAI's Batch API, Anthropic's Message
 * Batches and Gemini's batch mode are all sold at 50% of the interactive price (their published terms).
 */
export const BATCH_PRICE_FACTOR = 0.5;

/** The rough estimate used when no sample of an arm has been seen (stated in the dry run's output). */
export const TOKEN_ESTIMATE = {
  /** Characters per input token (English prose and Python). */
  charsPerToken: 4,
  /** Reasoning tokens per request by effort; unset effort is the vendors' default, about medium. */
  reasoningByEffort: { minimal: 500, low: 2_000, medium: 6_000, high: 15_000, xhigh: 30_000 },
  defaultReasoning: 6_000,
  /** The visible answer: a function and a sentence or two. */
  visibleOutput: 300,
} as const;

export interface TokensPerRequest {
  input: number;
  /** Output tokens, reasoning included (as vendors bill them). */
  output: number;
  reasoning: number;
}

export interface ArmPlan {
  armId: string;
  /** The provider spec, e.g. `openai:gpt-5.5`. */
  model: string;
  requests: number;
  /** Already in the run directory's samples (resume) or answered by the response cache: not sent. */
  done: number;
  cached: number;
  toSend: number;
  /** Mean tokens per request: from samples seen (this run's, or cached answers), else the rough estimate. */
  tokens: TokensPerRequest;
  tokenSource: 'observed' | 'estimate';
  /** Samples the observed means come from. */
  observed: number;
  /** US dollars for the requests to send; null without a price for the model. */
  costInteractive: number | null;
  costBatch: number | null;
}

export interface RunPlan {
  arms: number;
  tasks: number;
  samplesPerTask: number;
  requests: number;
  perArm: ArmPlan[];
  toSend: number;
  /** Sums over the arms; a cost is null when any arm with requests to send has no price. */
  costInteractive: number | null;
  costBatch: number | null;
  pricesGiven: boolean;
}

export interface PlanInput {
  arms: readonly { model: string; condition: GenerationCondition }[];
  tasks: readonly TaskRecord[];
  samplesPerTask: number;
  /** Samples already in the run directory (a resumed run). */
  existing: readonly SampleRecord[];
  cache: ResponseCache | null;
  prices: PriceTable | null;
}

/** The model name a price table uses for a spec: `openai:gpt-5.5` → `gpt-5.5`, `compat:…#qwen3` → `qwen3`. */
export function modelNameOf(spec: string): string {
  const hash = spec.lastIndexOf('#');
  if (spec.startsWith('compat:') && hash > 0) return spec.slice(hash + 1);
  const colon = spec.indexOf(':');
  return colon < 0 ? spec : spec.slice(colon + 1);
}

function estimate(task: TaskRecord, condition: GenerationCondition): TokensPerRequest {
  const E = TOKEN_ESTIMATE;
  const chars = task.prompt.length + (condition.systemPrompt?.length ?? 0);
  const effort = condition.reasoningEffort as keyof typeof E.reasoningByEffort | null;
  let reasoning =
    condition.thinkingBudget ??
    (effort !== null && effort in E.reasoningByEffort
      ? E.reasoningByEffort[effort]
      : E.defaultReasoning);
  let output = reasoning + E.visibleOutput;
  if (condition.maxOutputTokens !== null && output > condition.maxOutputTokens) {
    output = condition.maxOutputTokens;
    reasoning = Math.min(reasoning, output);
  }
  // Instructions around the prompt (the harness's request template) are a few dozen tokens.
  return { input: Math.ceil(chars / E.charsPerToken) + 60, output, reasoning };
}

function cost(
  price: ModelPrices | undefined,
  t: TokensPerRequest,
  requests: number,
): number | null {
  if (!price) return null;
  const thinking = Math.min(t.reasoning, t.output);
  const perRequest =
    t.input * price.input +
    (t.output - thinking) * price.output +
    thinking * (price.reasoning ?? price.output);
  return (requests * perRequest) / 1e6;
}

/**
 * The matrix of a run (arms × tasks × samples = requests) and what it is expected to spend, without
 * calling anything: requests already recorded or in the response cache are not sent; expected tokens
 * are the means over the samples of the arm seen so far (this run's and cached answers), else a rough
 * estimate ({@link TOKEN_ESTIMATE}); costs use the run's prices, batch at {@link BATCH_PRICE_FACTOR}.
 */
export function planRun(input: PlanInput): RunPlan {
  const done = new Set(input.existing.map((s) => s.key));
  const perArm = input.arms.map(({ model, condition }): ArmPlan => {
    const seen: Pick<SampleRecord, 'inputTokens' | 'outputTokens' | 'reasoningTokens'>[] =
      input.existing.filter((s) => s.provider === model && s.conditionId === condition.id);
    let cached = 0;
    let doneHere = 0;
    const estimates: TokensPerRequest[] = [];
    for (const task of input.tasks)
      for (let i = 0; i < input.samplesPerTask; i++) {
        if (done.has(sampleKey(task.task_id, condition.id, i))) {
          doneHere += 1;
          continue;
        }
        const hit = input.cache?.get(cacheKey(model, task, condition, i)) ?? null;
        if (hit) {
          cached += 1;
          seen.push(hit);
        } else estimates.push(estimate(task, condition));
      }
    const counted = seen.filter((s) => s.inputTokens !== null && s.outputTokens !== null);
    const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
    const observed = counted.length > 0;
    const tokens: TokensPerRequest = observed
      ? {
          input: mean(counted.map((s) => s.inputTokens ?? 0)),
          output: mean(counted.map((s) => s.outputTokens ?? 0)),
          reasoning: mean(counted.map((s) => s.reasoningTokens ?? 0)),
        }
      : {
          input: mean(estimates.map((e) => e.input)),
          output: mean(estimates.map((e) => e.output)),
          reasoning: mean(estimates.map((e) => e.reasoning)),
        };
    const requests = input.tasks.length * input.samplesPerTask;
    const toSend = requests - doneHere - cached;
    const price = input.prices?.[modelNameOf(model)] ?? input.prices?.[model];
    const interactive = cost(price, tokens, toSend);
    return {
      armId: condition.id,
      model,
      requests,
      done: doneHere,
      cached,
      toSend,
      tokens,
      tokenSource: observed ? 'observed' : 'estimate',
      observed: counted.length,
      costInteractive: interactive,
      costBatch: interactive === null ? null : interactive * BATCH_PRICE_FACTOR,
    };
  });
  const sum = (f: (a: ArmPlan) => number | null) =>
    perArm.some((a) => a.toSend > 0 && f(a) === null)
      ? null
      : perArm.reduce((n, a) => n + (f(a) ?? 0), 0);
  return {
    arms: input.arms.length,
    tasks: input.tasks.length,
    samplesPerTask: input.samplesPerTask,
    requests: perArm.reduce((n, a) => n + a.requests, 0),
    perArm,
    toSend: perArm.reduce((n, a) => n + a.toSend, 0),
    costInteractive: sum((a) => a.costInteractive),
    costBatch: sum((a) => a.costBatch),
    pricesGiven: input.prices !== null && Object.keys(input.prices).length > 0,
  };
}
