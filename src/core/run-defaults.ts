/**
 * The defaults of a run, in one place. The CLI resolves flags and config files over them, the help
 * texts print them, the simulated model plants its spikes at these boundaries, and the analysis of a
 * run that recorded none falls back to them. Change a default here and all of those follow
 * (test/unit/core/run-defaults.test.ts shows it).
 */
export const RUN_DEFAULTS = {
  /** Pre-registered boundaries of the gpt-5.5 family (docs/analysis.md §3). */
  boundaries: [516, 1034, 1552],
  /** Periodicity: the boundaries above are phase + k·period (docs/analysis.md §3). */
  period: 518,
  phase: 516,
  /** Alignment tolerance δ in tokens; 0 means exact. */
  tolerance: 0,
  /** pass@k values. */
  ks: [1, 5, 10],
  /** Seed of the simulated model and of the analysis's random streams. */
  seed: 1,
  /** Samples per task: `bbench run`, and `bbench demo` (the demo's size is in the README). */
  samples: { run: 20, demo: 15 },
  /** The demo's arms: two efforts, so that its report shows a frontier next to the boundary question. */
  demoEfforts: ['low', 'high'],
  models: ['simulated'],
  /** Requests in flight per provider. */
  requests: 8,
  /** Attempts per sample on 429, 5xx and timeouts, then a generation error is recorded. */
  maxAttempts: 5,
  /** Cap in seconds on one request, streamed or not: high-effort reasoning can take many minutes. */
  requestTimeoutS: 1800,
  /** Streams: seconds of silence allowed between two events. */
  idleTimeoutS: 120,
  /** Stream answers: `auto` is each vendor's default (STREAM_BY_DEFAULT in the provider registry). */
  stream: 'auto',
  openaiApi: 'responses',
  /** `--batch`: seconds between two polls of a running batch (vendors finish most within hours). */
  pollIntervalS: 60,
  /** The simulated model's planted effect. */
  plant: 'complex-degradation',
} as const;

/** A default list, as a fresh mutable copy (records hold `number[]`). */
export const defaultList = (list: readonly number[]): number[] => [...list];
