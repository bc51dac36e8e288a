import { sampleKey, type ExecutionRecord, type SampleRecord } from '../core/records.js';

/**
 * What the validations by simulation share (boundary statistics, arms, mixed lattices): the records
 * of a simulated sample and its planted verdict, and how a Monte Carlo rate is checked against its
 * target.
 */
export interface ProportionEstimate {
  hits: number;
  trials: number;
  rate: number;
  /** Standard error √(p(1−p)/n) of the estimate at the target (for the tolerance). */
  se: number;
}

export interface TargetCheck {
  name: string;
  measured: number;
  target: string;
  /** The band actually accepted: the target widened by z binomial standard errors of the estimate. */
  accepted: [number, number];
  ok: boolean;
}

export function estimate(hits: number, trials: number, target: number): ProportionEstimate {
  return {
    hits,
    trials,
    rate: trials > 0 ? hits / trials : 0,
    se: Math.sqrt((target * (1 - target)) / Math.max(1, trials)),
  };
}

export const covers = (iv: { low: number; high: number } | null, x: number) =>
  iv !== null && iv.low <= x && x <= iv.high;

/** The band [lo, hi] widened by z standard errors, within [0, 1]. */
export const widened = (lo: number, hi: number, se: number, z: number): [number, number] => [
  Math.max(0, lo - z * se),
  Math.min(1, hi + z * se),
];

export function targetCheck(
  name: string,
  measured: number,
  target: string,
  accepted: [number, number],
): TargetCheck {
  return {
    name,
    measured,
    target,
    accepted,
    ok: measured >= accepted[0] && measured <= accepted[1],
  };
}

export interface SimulatedDraw {
  taskId: string;
  conditionId: string;
  index: number;
  /** The reported reasoning-token count. */
  reported: number;
  truncated: boolean;
  outputTokens: number;
  /** The request's output cap. */
  cap: number;
  model: string;
  reasoningEffort: string | null;
}

/** The sample record of one simulated draw, as `bbench run` would have written it. */
export function simulatedSample(d: SimulatedDraw): SampleRecord {
  return {
    key: sampleKey(d.taskId, d.conditionId, d.index),
    taskId: d.taskId,
    conditionId: d.conditionId,
    sampleIndex: d.index,
    provider: 'simulated',
    completion: '',
    isFullProgram: false,
    reasoningTokens: d.reported,
    reasoningSource: 'reported',
    outputTokens: d.outputTokens,
    inputTokens: 100,
    finishReason: d.truncated ? 'length' : 'stop',
    finishReasonRaw: null,
    truncated: d.truncated,
    usageRaw: null,
    request: {
      model: d.model,
      maxOutputTokens: d.cap,
      reasoningEffort: d.reasoningEffort,
      thinkingBudget: null,
      temperature: null,
      systemPromptHash: null,
    },
    responseId: null,
    latencyMs: 0,
    attempts: 1,
    cached: false,
    generationError: null,
    simulated: null,
  };
}

/** A simulated sample record; `model` doubles as the condition id, so several models never share a key. */
export function sampleOf(
  taskId: string,
  index: number,
  reported: number,
  truncated: boolean,
  cap: number,
  model = 'simulated',
): SampleRecord {
  const conditionId = model === 'simulated' ? 'default' : model;
  return simulatedSample({
    taskId,
    conditionId,
    index,
    reported,
    truncated,
    outputTokens: truncated ? cap : reported + 40,
    cap,
    model,
    reasoningEffort: null,
  });
}

/** The execution record of a planted verdict: no sandbox ran, so nothing else is measured. */
export function executionOf(s: SampleRecord, passed: boolean): ExecutionRecord {
  return {
    key: s.key,
    taskId: s.taskId,
    conditionId: s.conditionId,
    sampleIndex: s.sampleIndex,
    verdict: passed ? 'pass' : 'fail',
    detail: 'planted',
    exitCode: passed ? 0 : 1,
    durationMs: 0,
    attempts: 1,
    outputTruncated: false,
    stderrTail: '',
    programHash: '',
    cpuMs: 0,
    retriedAlone: false,
    firstVerdict: null,
  };
}
