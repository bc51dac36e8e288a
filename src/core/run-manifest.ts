import type { TaskFilter } from './task-filter.js';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { ValidateFunction } from 'ajv';
import type { PlantedEffect } from './analysis-record.js';
import type { PriceTable } from './arm-record.js';
import { BenchError } from './errors.js';
import type { ArmSummary } from './experiment.js';
import { canonicalJson, sha256 } from './hash.js';
import { writeFileAtomic, type RunPaths } from './run-dir.js';
import { describeSchemaErrors } from './schemas.js';

/** Everything that decides a run's results. Rerunning a run id with a different one is refused. */
export interface RunConfig {
  model: string;
  tasksPath: string;
  samplesPerTask: number;
  conditions: string[];
  seed: number;
  boundaries: number[];
  tolerance: number;
  ks: number[];
  /** The simulated model's full configuration, when the model is simulated. */
  simulated: Record<string, unknown> | null;
  limits: Record<string, number>;
  /** Per-task timeouts derived from each reference's runtime in the sandbox. */
  referenceTimeouts: boolean;
  /** The experiment's arms as sent (system prompts as hashes); absent in runs made before conditions existed. */
  arms?: ArmSummary[];
  /** The task filters the run was started with (`--only`, `--tag`, `--tier`, `--limit`); absent for the whole corpus. */
  filter?: TaskFilter;
}

/** What ran the experiment: enough to reinstall the same tool. */
export interface ToolInfo {
  name: string;
  version: string;
  gitRevision: string | null;
  node: string;
  /** Installed versions of the runtime dependencies; absent in version 1 manifests. */
  dependencies?: Record<string, string>;
  /** sha256 of package-lock.json (null without one); absent in version 1 manifests. */
  lockfileHash?: string | null;
}

export interface TaskTimeout {
  taskId: string;
  referenceMs: number;
  referenceFailed: boolean;
  timeoutMs: number;
}

/** manifest.json: the run's reproducible log (schemas/manifest.schema.json). */
export interface RunManifest {
  schemaVersion: 1 | 2;
  runId: string;
  createdAt: string;
  configHash: string;
  config: RunConfig;
  tool: ToolInfo;
  corpus: { path: string; hash: string; tasks: number };
  planted: PlantedEffect | null;
  /** Filled in by execution: the engine, image and limits actually applied. */
  sandbox: Record<string, unknown> | null;
  canaries: { passed: boolean; at: string; results: { name: string; verdict: string }[] } | null;
  /** The run configuration's prices (per model, US dollars per 1M tokens); not part of the config hash, since prices change. */
  prices?: PriceTable;
  /** With referenceTimeouts: each task's reference runtime and derived timeout, measured once and reused on resume. */
  taskTimeouts?: TaskTimeout[];
}

/** The manifest a new run starts with: written once when the run is created. */
export type FreshManifest = Omit<
  RunManifest,
  'schemaVersion' | 'configHash' | 'sandbox' | 'canaries' | 'taskTimeouts'
> & { tool: Required<ToolInfo> };

/** What the execute stage records, in one write when it starts. */
export type ExecutionManifest = Pick<RunManifest, 'sandbox' | 'canaries' | 'taskTimeouts'>;

export type ManifestValidator = ValidateFunction<RunManifest>;

export function configHash(config: RunConfig): string {
  return sha256(canonicalJson(config)).slice(0, 16);
}

/** The flag that sets each part of a run's configuration, so a mismatch names what the user typed. */
const CONFIG_FLAGS = {
  model: '--model',
  tasksPath: '--tasks',
  samplesPerTask: '--samples',
  conditions: '--effort/--budget/--system-prompt',
  seed: '--seed',
  boundaries: '--boundaries',
  tolerance: '--tolerance',
  ks: '--k',
  simulated: '--plant/--seed/--boundaries',
  limits: '--timeout and the sandbox limits',
  referenceTimeouts: '--reference-timeouts',
  arms: '--config/--effort/--budget/--system-prompt/--max-tokens/--temperature',
  filter: '--only/--tag/--tier/--limit',
} as const satisfies Record<keyof RunConfig, string>;

const shown = (value: unknown): string => {
  const text = value === undefined ? 'unset' : canonicalJson(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
};

/**
 * Each difference between two run configurations as "flag (key): old → new"; an object (the
 * simulated model, the limits) lists the members that differ.
 */
export function describeConfigChanges(old: RunConfig, fresh: RunConfig): string[] {
  const lines: string[] = [];
  for (const key of Object.keys(CONFIG_FLAGS) as (keyof RunConfig)[]) {
    const [a, b] = [old[key], fresh[key]];
    if (canonicalJson(a ?? null) === canonicalJson(b ?? null)) continue;
    const isRecord = (v: unknown): v is Record<string, unknown> =>
      typeof v === 'object' && v !== null && !Array.isArray(v);
    if (isRecord(a) && isRecord(b)) {
      for (const member of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
        if (canonicalJson(a[member] ?? null) !== canonicalJson(b[member] ?? null))
          lines.push(
            `${CONFIG_FLAGS[key]} (${key}.${member}): ${shown(a[member])} → ${shown(b[member])}`,
          );
      }
      continue;
    }
    lines.push(`${CONFIG_FLAGS[key]} (${key}): ${shown(a)} → ${shown(b)}`);
  }
  return lines;
}

/**
 * Starts a run, or resumes it when its manifest exists with the same configuration. A different
 * configuration under the same run id would mix incomparable samples, so it is refused.
 */
export function openRun(
  paths: RunPaths,
  fresh: FreshManifest,
  validate: ManifestValidator,
): { manifest: RunManifest; resumed: boolean } {
  const hash = configHash(fresh.config);
  if (existsSync(paths.manifest)) {
    const existing = readManifest(paths, validate);
    if (existing.configHash !== hash || existing.corpus.hash !== fresh.corpus.hash) {
      const changed = describeConfigChanges(existing.config, fresh.config);
      if (existing.corpus.hash !== fresh.corpus.hash)
        changed.push(
          `corpus content (--tasks): hash ${existing.corpus.hash.slice(0, 12)} → ${fresh.corpus.hash.slice(0, 12)}`,
        );
      throw new BenchError(
        'RUN_MISMATCH',
        `run ${fresh.runId} in ${paths.dir} was made with a different configuration:\n${changed.map((c) => `    ${c}`).join('\n')}`,
        'use a new --run-id, or rerun with the options the run was started with (see its manifest.json)',
      );
    }
    return { manifest: existing, resumed: true };
  }
  mkdirSync(paths.dir, { recursive: true });
  const manifest: RunManifest = {
    ...fresh,
    schemaVersion: 2,
    configHash: hash,
    sandbox: null,
    canaries: null,
  };
  writeManifest(paths, manifest, validate);
  return { manifest, resumed: false };
}

/** Records the execute stage (sandbox, canaries, per-task timeouts) in one write; returns the new manifest. */
export function recordExecution(
  paths: RunPaths,
  manifest: RunManifest,
  execution: ExecutionManifest,
  validate: ManifestValidator,
): RunManifest {
  const next: RunManifest = { ...manifest, ...execution };
  if (next.taskTimeouts === undefined) delete next.taskTimeouts;
  writeManifest(paths, next, validate);
  return next;
}

/** Reads and validates manifest.json; a corrupted one is a RECORD_INVALID error naming the file and field. */
export function readManifest(paths: RunPaths, validate: ManifestValidator): RunManifest {
  if (!existsSync(paths.manifest)) {
    throw new BenchError(
      'USAGE',
      `no run at ${paths.dir}: ${paths.manifest} does not exist`,
      'pass a results directory made by `bbench run` or `bbench demo`',
    );
  }
  const text = readFileSync(paths.manifest, 'utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const position = Number(/position (\d+)/.exec((error as Error).message)?.[1] ?? Number.NaN);
    const line = Number.isNaN(position) ? '' : `:${text.slice(0, position).split('\n').length}`;
    throw new BenchError(
      'RECORD_INVALID',
      `${paths.manifest}${line}: not valid JSON (${(error as Error).message})`,
      MANIFEST_REMEDY,
    );
  }
  if (!validate(value)) {
    throw new BenchError(
      'RECORD_INVALID',
      `${paths.manifest}: does not match schemas/manifest.schema.json: ${describeSchemaErrors(validate.errors)}`,
      MANIFEST_REMEDY,
    );
  }
  return value;
}

const MANIFEST_REMEDY =
  'the manifest was edited or damaged; restore it from a copy, or start a new --run-id';

/** Writes the manifest atomically (temp file and rename) after validating it, so no run holds a bad one. */
export function writeManifest(paths: RunPaths, manifest: RunManifest, validate: ManifestValidator) {
  if (!validate(manifest)) {
    throw new BenchError(
      'INTERNAL',
      `the manifest of ${paths.dir} does not match its own schema: ${describeSchemaErrors(validate.errors)}`,
    );
  }
  writeFileAtomic(paths.manifest, `${JSON.stringify(manifest, null, 2)}\n`);
}
