import { existsSync } from 'node:fs';
import type { ComparedRun } from '../analyze/compare-runs.js';
import type { TaskRecord } from '../core/records.js';
import { readRecords, runPathsAt } from '../core/run-dir.js';
import { readManifest, type RunManifest } from '../core/run-manifest.js';
import type { RecordValidators } from '../core/schemas.js';
import { loadTasks } from './shared-options.js';
import { withRecordedTiers } from './prepare-tasks.js';

/**
 * A run directory's manifest and records, with its corpus's tiers. When the corpus has moved or is
 * gone, the tasks carry no tier and the caller is told, rather than the comparison failing.
 */
export async function loadRunForComparison(
  dir: string,
  validators: RecordValidators,
  tasksOverride: string | undefined,
  /** The working directory, which task sources are named relative to. */
  cwd: string,
): Promise<{
  run: ComparedRun;
  manifest: RunManifest;
  warning: string | null;
}> {
  const paths = runPathsAt(dir);
  const manifest = readManifest(paths, validators.manifest);
  const tasksPath = tasksOverride ?? manifest.config.tasksPath;
  let tasks: ReadonlyMap<string, Pick<TaskRecord, 'tier'>> = new Map();
  let warning: string | null = null;
  if (existsSync(tasksPath))
    tasks = withRecordedTiers(
      (await loadTasks(tasksPath, undefined, { plus: manifest.corpus.plus ?? false, cwd })).byId,
      manifest,
    );
  else
    warning = `run ${manifest.runId}: its corpus ${tasksPath} is not here, so its tasks have no tier (pass --tasks-a/--tasks-b)`;
  return {
    manifest,
    warning,
    run: {
      summary: {
        runId: manifest.runId,
        model: manifest.config.model,
        createdAt: manifest.createdAt,
        corpusHash: manifest.corpus.hash,
      },
      tasks,
      prices: manifest.prices ?? null,
      samples: await readRecords(paths.samples, validators.sample),
      executions: await readRecords(paths.executions, validators.execution),
    },
  };
}
