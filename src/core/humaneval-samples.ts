import { BenchError } from './errors.js';
import { readJsonl } from './jsonl.js';
import { modelOnlyRequest, sampleKey, type SampleRecord, type TaskRecord } from './records.js';

/**
 * Reads a HumanEval-style samples file ({task_id, completion} or {task_id, solution}) into sample
 * records. Samples of a task are numbered in file order. Every problem is reported with file:line.
 */
export async function readHumanEvalSamples(
  path: string,
  tasks: ReadonlyMap<string, TaskRecord>,
): Promise<SampleRecord[]> {
  const problems: string[] = [];
  const samples: SampleRecord[] = [];
  const nextIndex = new Map<string, number>();
  try {
    for await (const { line, value } of readJsonl(path, (m) =>
      problems.push(`${m.where}: not valid JSON (${m.reason})`),
    )) {
      const where = `${path}:${line}`;
      const raw = (value ?? {}) as Record<string, unknown>;
      const taskId = raw.task_id;
      const code =
        typeof raw.completion === 'string'
          ? raw.completion
          : typeof raw.solution === 'string'
            ? raw.solution
            : undefined;
      if (typeof taskId !== 'string') {
        problems.push(
          `${where}: field task_id: expected a string, received ${JSON.stringify(taskId)}`,
        );
        continue;
      }
      if (!tasks.has(taskId)) {
        problems.push(`${where}: field task_id: '${taskId}' is not a task of the --tasks corpus`);
        continue;
      }
      if (code === undefined) {
        problems.push(
          `${where}: expected a string field 'completion' or 'solution', found neither`,
        );
        continue;
      }
      const sampleIndex = nextIndex.get(taskId) ?? 0;
      nextIndex.set(taskId, sampleIndex + 1);
      samples.push({
        key: sampleKey(taskId, 'default', sampleIndex),
        taskId,
        conditionId: 'default',
        sampleIndex,
        provider: 'file',
        completion: code,
        isFullProgram: typeof raw.completion !== 'string',
        reasoningTokens: null,
        reasoningSource: 'none',
        outputTokens: null,
        inputTokens: null,
        finishReason: 'stop',
        finishReasonRaw: null,
        truncated: false,
        usageRaw: null,
        request: modelOnlyRequest('unknown'),
        responseId: null,
        latencyMs: 0,
        attempts: 1,
        cached: false,
        generationError: null,
        simulated: null,
      });
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new BenchError('SAMPLES_INVALID', `option --samples: ${path} does not exist`);
    throw error;
  }
  if (problems.length > 0) {
    throw new BenchError(
      'SAMPLES_INVALID',
      `${problems.length} problem(s) in the samples file:\n  ${problems.slice(0, 20).join('\n  ')}`,
    );
  }
  if (samples.length === 0) throw new BenchError('SAMPLES_INVALID', `${path} holds no samples`);
  return samples;
}
