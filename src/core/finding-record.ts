import type { ArmCall } from './arm-record.js';
import type { ReasoningSource } from './records.js';
import type { AnalysisSection, LatticeStatus, SeedsUsed, TierLabel } from './analysis-record.js';
import type { SpikeSupport } from './spike-record.js';

/**
 * Findings and caveats as typed values (arethetypeswrong's pattern): analyze/ decides and returns
 * a kind with its data, report/ words it (src/report/finding-text.ts, one entry per kind, so a kind
 * without wording fails the build). To add a kind: a member here, its schema in finding-schemas.ts,
 * its wording in finding-text.ts; tsc names whichever is missing.
 */

/** A low/high pair (the method is stated in the section the finding summarises). */
export interface Bounds {
  low: number;
  high: number;
}

/** One tier's odds ratio, as a finding quotes it. */
export interface TierOddsRatioValue {
  label: string;
  oddsRatio: number | null;
}

export type Finding =
  | {
      kind: 'distribution';
      samples: number;
      median: number | null;
      mean: number | null;
      g: number;
      latticeStatus: LatticeStatus;
      /** The lattice groups (g and how many models), more than one when models report differently. */
      latticeGroups: { g: number; models: number }[];
    }
  | { kind: 'boundary-unreached'; boundary: number }
  | {
      kind: 'boundary-hazard';
      boundary: number;
      atBoundary: number;
      reached: number;
      hazard: number;
      baselineHazard: number;
      hazardRatio: number | null;
      pHolm: number | null;
      distinctTasks: number;
      /** Whether the data can support a spike verdict (docs/analysis.md §3); below it, "not enough data". */
      support: SpikeSupport;
      /** Holm p below α with enough support: the boundary is a spike. */
      spike: boolean;
    }
  | {
      kind: 'periodicity';
      period: number;
      phase: number;
      excess: number;
      pValue: number | null;
      permutations: number;
      periodic: boolean;
    }
  | {
      kind: 'scan';
      tested: number;
      step: number;
      q: number;
      /** Each lattice group's step and values tested (one entry when models share a lattice). */
      lattices: { step: number; tested: number }[];
      /** Discoveries outside the configured boundaries, strongest first (at most 8 listed). */
      further: { boundary: number; atBoundary: number; distinctTasks: number; step: number }[];
      /** All discoveries outside the configured boundaries, listed or not. */
      furtherTotal: number;
      /** BH discoveries without enough support (under 5 hits or 3 tasks): not enough data. */
      belowSupport: number;
    }
  | { kind: 'boundary-effect-untestable'; tier: TierLabel; informativeTasks: number }
  | {
      kind: 'boundary-effect';
      tier: TierLabel;
      alignedPassRate: number;
      notAlignedPassRate: number;
      oddsRatio: number;
      oddsRatioInterval: Bounds;
      cmhPHolm: number | null;
      permutationP: number | null;
      informativeTasks: number;
      /** `worse`/`better` only when Holm p < α and the interval excludes 1. */
      verdict: 'worse' | 'better' | 'none';
    }
  | {
      kind: 'local-comparison';
      window: number;
      alignedPassRate: number | null;
      notAlignedPassRate: number | null;
      oddsRatio: number;
      oddsRatioInterval: Bounds;
      informativeTasks: number;
    }
  | {
      kind: 'complexity-trend';
      tiers: TierOddsRatioValue[];
      trendP: number;
      breslowDayP: number | null;
      /** `degrades`: the OR falls with tier (p < α); `changes`: it moves but does not fall. */
      verdict: 'degrades' | 'changes' | 'none';
    }
  | { kind: 'empirical-difficulty'; tiers: TierOddsRatioValue[]; trendP: number }
  | {
      kind: 'length-curves';
      pooledShortest: number;
      pooledLongest: number;
      withinShortest: number;
      withinLongest: number;
      /** The rank ranges of the first and last shown within-task bins. */
      withinShortestLabel: string;
      withinLongestLabel: string;
    }
  | { kind: 'pass-at-1'; value: number; interval: Bounds | null; tasks: number }
  | {
      kind: 'arm-comparison';
      tier: TierLabel;
      arm: string;
      baseline: string;
      armPassRate: number | null;
      baselinePassRate: number | null;
      passDelta: number | null;
      passInterval: Bounds | null;
      passPHolm: number | null;
      armTokens: number | null;
      baselineTokens: number | null;
      tokenRatio: number | null;
      tokenInterval: Bounds | null;
      tokenPHolm: number | null;
      /** Holm p below α decides; see callArm in arm-record.ts. */
      quality: ArmCall['quality'];
      tokens: ArmCall['tokens'];
    }
  | {
      kind: 'model-group';
      model: string;
      calls: number;
      medianTokens: number | null;
      g: number;
      latticeStatus: LatticeStatus;
      boundaries: {
        boundary: number;
        exactHits: number;
        hazard: number | null;
        support: SpikeSupport;
        spike: boolean;
      }[];
    };

export type Caveat =
  | { kind: 'lattice'; note: string }
  | { kind: 'off-lattice-boundaries'; boundaries: number[]; g: number }
  | { kind: 'detected-alignment'; values: number[] }
  | { kind: 'mixed-lattices'; groups: { g: number; models: string[] }[] }
  | { kind: 'silent-models'; models: { model: string; calls: number }[] }
  | { kind: 'lattice-not-determined'; models: string[]; leftOut: string[] }
  | { kind: 'mixed-sources'; sources: { source: ReasoningSource; samples: number }[] }
  | {
      kind: 'truncation';
      truncated: number;
      analysable: number;
      share: number | null;
      signalled: number;
      outputAtCap: number;
      reasoningAtBudget: number;
    }
  | {
      kind: 'power';
      minDetectableOddsRatio: number | null;
      minDetectableOddsRatioAbove: number | null;
      target: number;
      alpha: number;
    }
  | { kind: 'exploratory-scan'; tested: number; q: number }
  | { kind: 'predicted-teeth'; values: number[] }
  | { kind: 'absent-sections'; sections: AnalysisSection[]; reason: string }
  | { kind: 'unknown-length'; samples: number }
  | { kind: 'sandbox-errors'; samples: number }
  | { kind: 'retried-alone'; retried: number; changed: number }
  | { kind: 'generation-errors'; samples: number }
  | { kind: 'unexecuted'; samples: number }
  | { kind: 'few-informative-tasks'; tiers: TierLabel[]; minimum: number }
  | { kind: 'within-task-comparisons' }
  | ({ kind: 'seeds' } & SeedsUsed);

export type FindingKind = Finding['kind'];
export type CaveatKind = Caveat['kind'];

/** The member of a union with a given kind. */
export type OfKind<U extends { kind: string }, K extends U['kind']> = Extract<U, { kind: K }>;
