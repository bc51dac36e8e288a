import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What the runs against a local wire server (providers-run, batch-resume) share: the answers a good
 * model writes for a task folder, and the lines of a run's JSONL files.
 */

/** Each task's reference (prompt.py + solution.py) by entry point: a whole program, as a good model writes it. */
export function referencePrograms(tasksDir: string): Map<string, string> {
  return new Map(
    readdirSync(tasksDir).map((dir) => {
      const meta = JSON.parse(readFileSync(join(tasksDir, dir, 'task.json'), 'utf8')) as {
        entry_point: string;
      };
      return [
        meta.entry_point,
        readFileSync(join(tasksDir, dir, 'prompt.py'), 'utf8') +
          readFileSync(join(tasksDir, dir, 'solution.py'), 'utf8'),
      ];
    }),
  );
}

/** The non-empty lines of a file; none when it does not exist (yet). */
export function fileLines(path: string): string[] {
  return existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean) : [];
}
