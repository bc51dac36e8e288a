/**
 * The records every stage reads and writes. Stages talk only through these (as JSONL in a run
 * directory), so any stage can be rerun alone. Records are flat; `null` means "not reported", never 0.
 */

export const TIERS = ['simple', 'moderate', 'complex'] as const;
export type Tier = (typeof TIERS)[number];

/** Where a task's tier came from: the corpus declared it, or task_features.py measured its reference. */
export const TIER_SOURCES = ['declared', 'measured'] as const;
export type TierSource = (typeof TIER_SOURCES)[number];

/** The EvalPlus (HumanEval+ / MBPP+) part of a task: its inputs, from which the test is generated. */
export interface EvalPlusSpec {
  /** Which of EvalPlus's special oracles and input conversions apply. */
  dataset: 'humaneval' | 'mbpp';
  /** Absolute tolerance for float outputs (EvalPlus uses at least 1e-6 when the expected output is a float). */
  atol: number;
  /** The argument lists as the raw JSON text of the file, so that big integers and NaN reach Python unchanged. */
  baseInput: string;
  plusInput: string;
  /** Base plus extra inputs (`--plus`), or the base inputs only. */
  plus: boolean;
  /** HumanEval+'s input contract, kept for the record; EvalPlus does not execute it when testing. */
  contract: string | null;
}

export const REASONING_SOURCES = ['reported', 'derived', 'estimated', 'none'] as const;
export type ReasoningSource = (typeof REASONING_SOURCES)[number];

export const FINISH_REASONS = ['stop', 'length', 'content_filter', 'refusal', 'error'] as const;
export type FinishReason = (typeof FINISH_REASONS)[number];

/** `sandbox_error` is our own infrastructure failing; it never counts against the model. */
export const VERDICTS = ['pass', 'fail', 'error', 'timeout', 'oom', 'sandbox_error'] as const;
export type Verdict = (typeof VERDICTS)[number];

/**
 * Why a verdict is `sandbox_error`: the engine or worker failed, or the machine starved the sample
 * (it waited for a CPU until the wall-clock backstop). Either way it is retried on a rerun.
 */
export const INFRA_REASONS = ['engine', 'starved'] as const;
export type InfraReason = (typeof INFRA_REASONS)[number];

/** A HumanEval-compatible task, plus the corpus's tier and tags. */
export interface TaskRecord {
  task_id: string;
  prompt: string;
  entry_point: string;
  canonical_solution: string;
  test: string;
  /** null for corpora without tiers until measured (imported corpora). */
  tier: Tier | null;
  /** `declared` by the corpus or `measured` from the reference (imported corpora); absent while the tier is null. */
  tierSource?: TierSource;
  tags: string[];
  /** Where the task was read from, as file or file:line. */
  source: string;
  /** Folder corpora: the edge-case classes the spec names (task.json `edge_cases`). */
  edgeCases?: string[];
  /** Folder corpora: the task's own time limit, derived from its reference's runtime (task.json `timeout_s`). */
  timeoutMs?: number;
  /** Folder corpora: wrong programs made by mutating the reference (mutants.json), for the simulated model. */
  mutants?: string[];
  /** EvalPlus corpora: the inputs; `test` is generated from the expected outputs before execution. */
  evalplus?: EvalPlusSpec;
}

/** The request parameters actually sent to the model, as sent. */
export interface SentRequest {
  model: string;
  maxOutputTokens: number | null;
  reasoningEffort: string | null;
  thinkingBudget: number | null;
  temperature: number | null;
  systemPromptHash: string | null;
}

/** The request of a sample whose parameters are not known (a failed call, a replayed log): the model alone. */
export function modelOnlyRequest(model: string): SentRequest {
  return {
    model,
    maxOutputTokens: null,
    reasoningEffort: null,
    thinkingBudget: null,
    temperature: null,
    systemPromptHash: null,
  };
}

/** What the simulated model planted for this sample, so analysis can be validated against it. */
export interface SimulatedIntent {
  answer: 'correct' | 'mutant' | 'truncated';
  mutation: string | null;
  stoppedAtBoundary: boolean;
}

/** One generated sample: a line of samples.jsonl. */
export interface SampleRecord {
  key: string;
  taskId: string;
  conditionId: string;
  sampleIndex: number;
  provider: string;
  completion: string;
  /** A full program (HumanEval `solution`) instead of a completion that follows the prompt. */
  isFullProgram: boolean;
  reasoningTokens: number | null;
  reasoningSource: ReasoningSource;
  outputTokens: number | null;
  inputTokens: number | null;
  finishReason: FinishReason;
  finishReasonRaw: string | null;
  truncated: boolean;
  usageRaw: Record<string, unknown> | null;
  request: SentRequest;
  /** The provider's id of the response (for support tickets and audits); null when it has none. */
  responseId: string | null;
  latencyMs: number;
  attempts: number;
  cached: boolean;
  generationError: string | null;
  simulated: SimulatedIntent | null;
  /** The vendor batch that answered it (`--batch`); absent for interactive requests and older records. */
  batch?: string;
}

/** One executed sample: a line of executions.jsonl. */
export interface ExecutionRecord {
  key: string;
  taskId: string;
  conditionId: string;
  sampleIndex: number;
  verdict: Verdict;
  /** Why, in a few words: the exception, the limit hit, or the infrastructure failure. */
  detail: string;
  exitCode: number | null;
  durationMs: number;
  /** Sandbox attempts: more than 1 only when infrastructure failed and the sample was retried. */
  attempts: number;
  outputTruncated: boolean;
  stderrTail: string;
  programHash: string;
  /** CPU time of the sample's processes (final attempt); null when the sandbox did not run it. */
  cpuMs: number | null;
  /** The sample timed out under load and was run again alone; the verdict is the second run's. */
  retriedAlone: boolean;
  /** The verdict of the first run when it was retried alone, else null. */
  firstVerdict: Verdict | null;
  /** Run-queue wait of the sample's processes (final attempt): time it was ready but had no CPU. Optional: absent in older records. */
  waitMs?: number | null;
  /** Why a `sandbox_error` is one; null for other verdicts. Absent in records written before it existed. */
  infraReason?: InfraReason | null;
  /**
   * For every `fail` and `error`: the program's traceback (or, when it died before the harness could
   * report, its stderr), at most the last {@link TRACEBACK_TAIL_CHARS} characters; null for other
   * verdicts. Absent in records written before it existed.
   */
  traceback?: string | null;
}

/** How much of a traceback an execution record keeps: its tail, where the exception is. */
export const TRACEBACK_TAIL_CHARS = 2000;

export function sampleKey(taskId: string, conditionId: string, sampleIndex: number): string {
  return `${taskId}#${conditionId}#${sampleIndex}`;
}
