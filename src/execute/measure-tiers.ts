import { readFileSync } from 'node:fs';
import type { TaskRecord, Tier } from '../core/records.js';
import type { Sandbox, SandboxLimits } from '../sandbox/sandbox.js';

/** One task's tier as task_features.py measures its reference, or why it could not. */
export interface MeasuredTier {
  taskId: string;
  tier: Tier | null;
  score: number | null;
  problem: string | null;
}

const FEATURES = () =>
  readFileSync(new URL('../../src/execute/python/task_features.py', import.meta.url), 'utf8');

/**
 * The program that measures many references at once with task_features.py: the same ast features and
 * the same scoring rule as the bundled corpus, on `prompt + canonical_solution`. Imported tasks name no
 * edge-case classes, so that term of the score is 0 for them.
 */
export function tiersProgram(tasks: readonly TaskRecord[]): string {
  const request = tasks.map((t) => ({
    task_id: t.task_id,
    source: t.prompt + t.canonical_solution,
    entry_point: t.entry_point,
    edge_cases: t.edgeCases ?? [],
  }));
  return `import json
_ns = {"__name__": "task_features"}
exec(compile(${JSON.stringify(FEATURES())}, "task_features.py", "exec"), _ns)
_out = []
for _t in json.loads(${JSON.stringify(JSON.stringify(request))}):
    try:
        _m = _ns["measure"](_t)
        _out.append({"taskId": _t["task_id"], "tier": _m["tier"], "score": _m["score"], "problem": None})
    except Exception as _e:
        _out.append({"taskId": _t["task_id"], "tier": None, "score": None, "problem": "%s: %s" % (type(_e).__name__, _e)})
print(json.dumps({"tiers": _out}))
`;
}

const BATCH = 200;

/** Measures the tiers of `tasks` in the sandbox, in batches; a failed batch marks its tasks unmeasured. */
export async function measureTiers(
  sandbox: Sandbox,
  tasks: readonly TaskRecord[],
  limits: SandboxLimits,
): Promise<MeasuredTier[]> {
  const out: MeasuredTier[] = [];
  for (let i = 0; i < tasks.length; i += BATCH) {
    const batch = tasks.slice(i, i + BATCH);
    const run = await sandbox.run({
      program: tiersProgram(batch),
      limits,
      stdoutKeepBytes: limits.outputBytes,
    });
    const line =
      run.status === 'completed'
        ? run.stdoutHead
            .split('\n')
            .filter((l) => l.startsWith('{"tiers"'))
            .at(-1)
        : undefined;
    if (run.status === 'completed' && line) {
      out.push(...(JSON.parse(line) as { tiers: MeasuredTier[] }).tiers);
      continue;
    }
    const why =
      run.status === 'completed'
        ? `task_features.py failed (exit ${run.exitCode}): ${run.stderrTail.trim().split('\n').at(-1) ?? ''}`
        : `sandbox: ${run.message}`;
    out.push(...batch.map((t) => ({ taskId: t.task_id, tier: null, score: null, problem: why })));
  }
  return out;
}
