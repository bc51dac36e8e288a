import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TaskRecord } from '../src/core/records.js';

/** The infinite loop planted in the mix workload, as a completion. */
export const LOOP = '    while True:\n        pass\n';

export interface HumanEvalWorkload {
  dir: string;
  /** HumanEval problems: task_id, prompt, canonical_solution, test, entry_point (one per task). */
  problems: string;
  /** {task_id, completion} per sample: every reference solution `copies` times. */
  clean: string;
  /** The same, with every `1 / loopShare`-th completion an infinite loop. */
  mix: string;
  /** One copy of the references: the subset the slow baselines run. */
  oneCopy: string;
  samples: number;
  loops: number;
}

/**
 * Writes the bench workload in HumanEval's own file format from the bundled corpus, so every contender
 * (the executor through `bbench exec` and in process, the Python baselines) reads the same two files
 * and assembles the same programs.
 */
export function writeHumanEvalWorkload(
  tasks: readonly TaskRecord[],
  copies: number,
  loopShare: number,
): HumanEvalWorkload {
  const dir = mkdtempSync(join(tmpdir(), 'bbench-workload-'));
  const jsonl = (rows: object[]) => rows.map((r) => `${JSON.stringify(r)}\n`).join('');
  const problems = join(dir, 'problems.jsonl');
  writeFileSync(
    problems,
    jsonl(
      tasks.map((t) => ({
        task_id: t.task_id,
        prompt: t.prompt,
        canonical_solution: t.canonical_solution,
        test: t.test,
        entry_point: t.entry_point,
      })),
    ),
  );
  const clean: object[] = [];
  const mix: object[] = [];
  const every = Math.round(1 / loopShare);
  for (let copy = 0; copy < copies; copy++) {
    tasks.forEach((t, i) => {
      clean.push({ task_id: t.task_id, completion: t.canonical_solution });
      const loop = (copy * tasks.length + i) % every === 0;
      mix.push({ task_id: t.task_id, completion: loop ? LOOP : t.canonical_solution });
    });
  }
  const paths = {
    clean: join(dir, 'samples.jsonl'),
    mix: join(dir, 'samples-mix.jsonl'),
    oneCopy: join(dir, 'samples-one-copy.jsonl'),
  };
  writeFileSync(paths.clean, jsonl(clean));
  writeFileSync(paths.mix, jsonl(mix));
  writeFileSync(paths.oneCopy, jsonl(clean.slice(0, tasks.length)));
  return {
    dir,
    problems,
    ...paths,
    samples: clean.length,
    loops: mix.filter((s) => (s as { completion: string }).completion === LOOP).length,
  };
}
