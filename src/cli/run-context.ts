import { existsSync, statSync } from 'node:fs';
import type { RunContext } from '../core/headline-record.js';
import type { RunPaths } from '../core/run-dir.js';
import type { RunManifest } from '../core/run-manifest.js';

/**
 * What the run directory says about a run, for the report's metadata: the manifest's start, tool and
 * corpus, and the time the last record was written (the newer of samples.jsonl and executions.jsonl).
 */
export function readRunContext(paths: RunPaths, manifest: RunManifest | null): RunContext {
  const times = [paths.samples, paths.executions]
    .filter((p) => existsSync(p))
    .map((p) => statSync(p).mtimeMs);
  return {
    startedAt: manifest?.createdAt ?? null,
    finishedAt: times.length > 0 ? new Date(Math.max(...times)).toISOString() : null,
    tool: manifest
      ? {
          name: manifest.tool.name,
          version: manifest.tool.version,
          gitRevision: manifest.tool.gitRevision,
        }
      : null,
    corpus: manifest
      ? { path: manifest.corpus.path, hash: manifest.corpus.hash, tasks: manifest.corpus.tasks }
      : null,
  };
}
