import type { Interval } from '../core/analysis-record.js';
import type { RunListing } from './run-history.js';

/**
 * `bbench history` as data: one point per run and arm, each against the previous run of the same arm,
 * and the breaks where consecutive runs stop measuring the same thing. A Δ is never drawn across a
 * break, and a Δ between task sets of different sizes says so.
 */

/** Below this ratio of task counts (smaller / larger) two runs are not compared at all: the series breaks. */
export const TASK_RATIO_BREAK = 0.5;

/** Where two consecutive runs (time order) stop measuring the same thing, and why. */
export interface HistoryBreak {
  /** The last run before the break and the first run after it. */
  before: string;
  after: string;
  /** Plain words, e.g. "corpus changed (3f2a… → 9b1c…)". */
  reasons: string[];
}

export interface HistoryPoint {
  runId: string;
  createdAt: string;
  model: string;
  /** The arm's condition id; runs with one arm are `default`. A series is one condition across runs. */
  series: string;
  tasks: number;
  passAt1: number | null;
  passAt1Interval: Interval | null;
  reasoningMean: number | null;
  reasoningInterval: Interval | null;
  boundary: number | null;
  hazard: number | null;
  /** The previous run of this series within the same segment, or null (first run, or after a break). */
  previous: string | null;
  /** pass@1 minus the previous run's, as a proportion; null without a previous run or a figure. */
  passDelta: number | null;
  /** Mean reasoning tokens over the previous run's; null likewise. */
  tokenRatio: number | null;
  /** Why the Δ is withheld or qualified (a break, different task counts); null when like for like. */
  note: string | null;
  /** Runs between two breaks share a segment number; charts join points only within a segment. */
  segment: number;
  /** True when this arm's previous run lies before a break, so no Δ is drawn. */
  afterBreak: boolean;
}

export interface History {
  points: HistoryPoint[];
  breaks: HistoryBreak[];
}

const short = (hash: string) => `${hash.slice(0, 8)}…`;
const list = (values: readonly number[]) => (values.length ? values.join(', ') : 'none');

/** The tasks pass@1 was computed over, or (not analysed) the tasks the samples cover. */
const taskCount = (run: RunListing) => run.scoredTasks ?? run.tasks;

/** Why `after` does not continue the series of `before`, or an empty list when it does. */
export function breakReasons(before: RunListing, after: RunListing): string[] {
  const reasons: string[] = [];
  if (before.corpusHash !== after.corpusHash)
    reasons.push(`corpus changed (${short(before.corpusHash)} → ${short(after.corpusHash)})`);
  if (list(before.boundaries) !== list(after.boundaries))
    reasons.push(
      `boundaries changed (${list(before.boundaries)} → ${list(after.boundaries)}), so the hazards differ in meaning`,
    );
  const [a, b] = [taskCount(before), taskCount(after)];
  if (a > 0 && b > 0 && Math.min(a, b) / Math.max(a, b) < TASK_RATIO_BREAK)
    reasons.push(`task count changed from ${a} to ${b}: not like for like`);
  return reasons;
}

function pointsOf(
  run: RunListing,
): Omit<
  HistoryPoint,
  'previous' | 'passDelta' | 'tokenRatio' | 'note' | 'segment' | 'afterBreak'
>[] {
  const base = {
    runId: run.runId,
    createdAt: run.createdAt,
    model: run.model,
    tasks: taskCount(run),
    boundary: run.boundary,
    hazard: run.hazard,
  };
  if (run.arms.length === 0)
    return [
      {
        ...base,
        series: run.conditions.length === 1 ? run.conditions[0]! : 'all arms',
        passAt1: run.passAt1,
        passAt1Interval: run.passAt1Interval,
        reasoningMean: null,
        reasoningInterval: null,
      },
    ];
  return run.arms.map((arm) => ({
    ...base,
    series: arm.conditionId,
    passAt1: arm.passAt1,
    passAt1Interval: arm.passAt1Interval,
    reasoningMean: arm.reasoningMean,
    reasoningInterval: arm.reasoningInterval,
  }));
}

/** The history of runs given oldest first: breaks between consecutive runs, and each arm's point against its previous run. */
export function buildHistory(runs: readonly RunListing[]): History {
  const breaks: HistoryBreak[] = [];
  const points: HistoryPoint[] = [];
  const lastOfSeries = new Map<string, { point: HistoryPoint; run: RunListing }>();
  let segment = 0;
  runs.forEach((run, i) => {
    const prior = runs[i - 1];
    const reasons = prior ? breakReasons(prior, run) : [];
    if (prior && reasons.length > 0) {
      segment += 1;
      breaks.push({ before: prior.runId, after: run.runId, reasons });
    }
    for (const p of pointsOf(run)) {
      const last = lastOfSeries.get(p.series);
      const point: HistoryPoint = {
        ...p,
        previous: null,
        passDelta: null,
        tokenRatio: null,
        note: null,
        segment,
        afterBreak: false,
      };
      if (last && last.point.segment !== segment) {
        point.afterBreak = true;
        point.note = `break after ${last.run.runId}: no Δ (see below)`;
      } else if (last) {
        point.previous = last.run.runId;
        point.passDelta =
          p.passAt1 !== null && last.point.passAt1 !== null ? p.passAt1 - last.point.passAt1 : null;
        point.tokenRatio =
          p.reasoningMean !== null &&
          last.point.reasoningMean !== null &&
          last.point.reasoningMean > 0
            ? p.reasoningMean / last.point.reasoningMean
            : null;
        if (p.tasks !== last.point.tasks)
          point.note = `Δ over different task counts (${last.point.tasks} → ${p.tasks}): partly a change of tasks`;
      }
      lastOfSeries.set(p.series, { point, run });
      points.push(point);
    }
  });
  return { points, breaks };
}
