import { createRng, type Rng } from '../core/rng.js';
import type { TaskRecord, Tier } from '../core/records.js';
import { RUN_DEFAULTS, defaultList } from '../core/run-defaults.js';
import { mutate } from './mutate.js';
import type { GenerationRequest, GenerationResult, Provider } from './provider.js';

/**
 * The offline model. Everything it decides is drawn from a seeded stream per sample, so a run is
 * reproducible. It returns real code (the reference, lightly varied, or a mutant of it); whether that
 * code passes is decided only by executing it.
 */
export interface SimulatedModelConfig {
  seed: number;
  /** Smooth body of reasoning lengths per tier: log-normal with this median and log-sd. */
  lengthBody: Record<Tier, { median: number; sigma: number }>;
  /** Per-task spread of the median (log-sd), so tasks differ in how long they make the model think. */
  taskLengthSigma: number;
  boundaries: number[];
  /** Probability that a sample whose reasoning reaches a boundary stops exactly there. */
  stopProbability: number;
  /** The output cap sent; a sample whose reasoning plus answer exceeds it is truncated. */
  maxOutputTokens: number;
  /** Reported counts are rounded up to multiples of this (1 = exact; 64 mimics older OpenAI models). */
  reportingLattice: number;
  /** Probability of a correct answer when not stopped at a boundary, per tier. */
  pCorrect: Record<Tier, number>;
  /** Per-task spread of that probability on the logit scale. */
  taskLogitSigma: number;
  /** The planted effect: odds ratio of a correct answer when stopped at a boundary, per tier (1 = none). */
  alignedOddsRatio: Record<Tier, number>;
  /** The planted scaling curve: how the effort and thinking budget sent shift length and accuracy. */
  scaling: SimulatedScaling;
}

/**
 * How an arm's request shifts the simulated model. An effort multiplies the reasoning length and
 * shifts the log odds of a correct answer per tier; an effort not listed (or none sent) changes
 * nothing. A thinking budget cuts longer reasoning at the budget (reported as exactly the budget),
 * and a cut answer's log odds shift by `budgetCutLogit`.
 */
export interface SimulatedScaling {
  efforts: Record<string, { length: number; logit: Record<Tier, number> }>;
  budgetCutLogit: Record<Tier, number>;
  /** Latency the model reports: a fixed part plus a part per output token (planted, not measured). */
  latency: { baseMs: number; perTokenMs: number };
}

/**
 * Accuracy rises with effort on complex tasks, a little on moderate ones, and not on simple ones.
 * High against low is ∓0.8 on complex tasks: after the boundary stops and the output cap take their
 * share, that plants about +12 points of pass@1 (48% → 60%), which the demo (15 samples per task)
 * recovers in 100 seeds of 100; ∓0.6 planted +5 points and was significant in only 72 of them
 * (bench/demo-seeds.ts, README "Arms").
 */
export const DEFAULT_SCALING: SimulatedScaling = {
  efforts: {
    minimal: { length: 0.35, logit: { simple: 0, moderate: -0.3, complex: -1.2 } },
    low: { length: 0.6, logit: { simple: 0, moderate: -0.2, complex: -0.8 } },
    medium: { length: 1, logit: { simple: 0, moderate: 0, complex: 0 } },
    high: { length: 1.5, logit: { simple: 0, moderate: 0.2, complex: 0.8 } },
    xhigh: { length: 2, logit: { simple: 0, moderate: 0.25, complex: 1 } },
  },
  budgetCutLogit: { simple: 0, moderate: -0.3, complex: -1 },
  latency: { baseMs: 300, perTokenMs: 8 },
};

export const DEFAULT_SIMULATED_CONFIG: SimulatedModelConfig = {
  seed: RUN_DEFAULTS.seed,
  lengthBody: {
    simple: { median: 420, sigma: 0.5 },
    moderate: { median: 800, sigma: 0.5 },
    complex: { median: 1400, sigma: 0.5 },
  },
  taskLengthSigma: 0.25,
  boundaries: defaultList(RUN_DEFAULTS.boundaries),
  stopProbability: 0.2,
  maxOutputTokens: 3600,
  reportingLattice: 1,
  pCorrect: { simple: 0.92, moderate: 0.82, complex: 0.72 },
  taskLogitSigma: 0.6,
  alignedOddsRatio: { simple: 1, moderate: 1, complex: 0.15 },
  scaling: DEFAULT_SCALING,
};

const NO_EFFECT = { simple: 1, moderate: 1, complex: 1 } as const;
export const SIMULATED_PRESETS = {
  /** Complex tasks degrade when the model stops at a boundary; the other tiers do not. */
  'complex-degradation': DEFAULT_SIMULATED_CONFIG.alignedOddsRatio,
  /** Boundaries exist, but stopping at one changes nothing. */
  none: NO_EFFECT,
} as const satisfies Record<string, Record<Tier, number>>;
export type PlantedPreset = keyof typeof SIMULATED_PRESETS;

const CHARS_PER_TOKEN = 4;

export class SimulatedProvider implements Provider {
  readonly spec = 'simulated';
  constructor(private readonly config: SimulatedModelConfig) {}

  async generate({ task, condition, sampleIndex }: GenerationRequest): Promise<GenerationResult> {
    const { config } = this;
    const draw = drawSimulated(config, task, condition.id, sampleIndex, condition);
    const { rng, reasoning, answerTokens, truncated, stoppedAtBoundary } = draw;
    let completion: string;
    let answer: 'correct' | 'mutant' | 'truncated';
    let mutation: string | null = null;
    let isFullProgram = false;
    if (truncated) {
      completion = cutShort(
        task.canonical_solution,
        (config.maxOutputTokens - reasoning) / answerTokens,
      );
      answer = 'truncated';
    } else if (draw.correct) {
      completion = varyLightly(task.canonical_solution, rng);
      answer = 'correct';
    } else if (task.mutants && task.mutants.length > 0) {
      // The corpus's own mutants (bbench tasks mutants): compiled, and killed by the tests in the sandbox.
      const index = Math.floor(rng.next() * task.mutants.length);
      completion = task.mutants[index] as string;
      isFullProgram = true;
      mutation = `ast mutant ${index + 1} of ${task.mutants.length} (mutants.json)`;
      answer = 'mutant';
    } else {
      const mutant = mutate(task.canonical_solution, rng);
      completion = mutant.code;
      mutation = mutant.description;
      answer = 'mutant';
    }
    const outputTokens = truncated
      ? config.maxOutputTokens
      : reasoning + Math.ceil(completion.length / CHARS_PER_TOKEN);
    const reported = draw.reported;
    const inputTokens = Math.ceil(task.prompt.length / CHARS_PER_TOKEN);
    return {
      completion,
      isFullProgram,
      reasoningTokens: reported,
      reasoningSource: 'reported',
      outputTokens,
      inputTokens,
      finishReason: truncated ? 'length' : 'stop',
      finishReasonRaw: truncated ? 'max_output_tokens' : 'completed',
      truncated,
      usageRaw: {
        input_tokens: inputTokens,
        output_tokens: outputTokens,
        output_tokens_details: { reasoning_tokens: reported },
      },
      request: {
        model: 'simulated',
        maxOutputTokens: config.maxOutputTokens,
        reasoningEffort: condition.reasoningEffort,
        thinkingBudget: condition.thinkingBudget,
        temperature: null,
        systemPromptHash: null,
      },
      latencyMs: config.scaling.latency.baseMs + config.scaling.latency.perTokenMs * outputTokens,
      simulated: { answer, mutation, stoppedAtBoundary },
      responseId: null,
    };
  }
}

/** What the simulated model decides for one sample, before any code is written. */
export interface SimulatedDraw {
  /** True reasoning length (capped when truncated) and the count as reported on the lattice. */
  reasoning: number;
  reported: number;
  stoppedAtBoundary: boolean;
  truncated: boolean;
  /** The planted correctness: whether the answer will be the reference (null when truncated). */
  correct: boolean | null;
  answerTokens: number;
  /** The sample's stream, positioned for writing the completion. */
  rng: Rng;
}

/**
 * The simulated model's decisions for one sample, without writing code: used by the provider, and by
 * the validation by simulation, which needs the planted correctness without running a sandbox.
 */
export function drawSimulated(
  config: SimulatedModelConfig,
  task: Pick<TaskRecord, 'task_id' | 'tier' | 'canonical_solution'>,
  conditionId: string,
  sampleIndex: number,
  arm: { reasoningEffort: string | null; thinkingBudget: number | null } = {
    reasoningEffort: null,
    thinkingBudget: null,
  },
): SimulatedDraw {
  const effort =
    arm.reasoningEffort === null ? undefined : config.scaling.efforts[arm.reasoningEffort];
  const tier: Tier = task.tier ?? 'moderate';
  const taskRng = createRng('simulated-task', config.seed, task.task_id);
  const rng = createRng('simulated-sample', config.seed, task.task_id, conditionId, sampleIndex);
  const body = config.lengthBody[tier];
  const taskMedian = body.median * Math.exp(config.taskLengthSigma * taskRng.normal());
  let reasoning = Math.max(
    1,
    Math.round(taskMedian * (effort?.length ?? 1) * Math.exp(body.sigma * rng.normal())),
  );
  const budget = arm.thinkingBudget;
  const cutByBudget = budget !== null && reasoning > budget;
  if (cutByBudget) reasoning = budget;
  let stoppedAtBoundary = false;
  for (const boundary of [...config.boundaries].sort((a, b) => a - b)) {
    if (reasoning >= boundary && rng.next() < config.stopProbability) {
      reasoning = boundary;
      stoppedAtBoundary = true;
      break;
    }
  }
  const answerTokens = Math.ceil(task.canonical_solution.length / CHARS_PER_TOKEN) + 20;
  const truncated = reasoning + answerTokens > config.maxOutputTokens;
  let correct: boolean | null = null;
  if (truncated) reasoning = Math.min(reasoning, config.maxOutputTokens);
  else {
    const shift =
      (effort?.logit[tier] ?? 0) + (cutByBudget ? config.scaling.budgetCutLogit[tier] : 0);
    correct = rng.next() < correctProbability(config, tier, stoppedAtBoundary, taskRng, shift);
  }
  const reported =
    config.reportingLattice > 1
      ? Math.ceil(reasoning / config.reportingLattice) * config.reportingLattice
      : reasoning;
  return { reasoning, reported, stoppedAtBoundary, truncated, correct, answerTokens, rng };
}

function correctProbability(
  config: SimulatedModelConfig,
  tier: Tier,
  stoppedAtBoundary: boolean,
  taskRng: Rng,
  shift: number,
): number {
  const base = config.pCorrect[tier];
  const logit = Math.log(base / (1 - base)) + config.taskLogitSigma * taskRng.normal() + shift;
  const odds = Math.exp(logit) * (stoppedAtBoundary ? config.alignedOddsRatio[tier] : 1);
  return odds / (1 + odds);
}

/** Cosmetic changes only: the behaviour of the reference is kept. */
function varyLightly(body: string, rng: Rng): string {
  const indent = /^\s*/.exec(body)?.[0] || '    ';
  const variants = [body, `${body.trimEnd()}\n${indent}# end of solution\n`, `\n${body}`];
  return variants[rng.int(variants.length)] ?? body;
}

/** The answer as far as the output cap let it get: a prefix of its lines. */
function cutShort(body: string, fraction: number): string {
  const lines = body.split('\n');
  const keep = Math.max(1, Math.floor(lines.length * Math.max(0, Math.min(0.9, fraction))));
  return lines.slice(0, keep).join('\n');
}
