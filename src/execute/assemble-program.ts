import type { TaskRecord } from '../core/records.js';

/**
 * The program the reference harness (openai/human-eval) runs, byte for byte:
 * prompt + completion + "\n" + test + "\n" + "check(entry_point)". A full-program sample
 * (HumanEval `solution`) replaces prompt + completion.
 */
export function assembleProgram(
  task: Pick<TaskRecord, 'prompt' | 'test' | 'entry_point'>,
  completion: string,
  isFullProgram: boolean,
): string {
  const head = isFullProgram ? completion : task.prompt + completion;
  return `${head}\n${task.test}\ncheck(${task.entry_point})`;
}
