import type { TaskRecord } from '../core/records.js';

/**
 * The user message every chat provider sends: the task's prompt with one instruction. Kept in one
 * place so every vendor sees the same words (its hash goes into the cache key through the request).
 */
export function userMessage(task: Pick<TaskRecord, 'prompt' | 'entry_point'>): string {
  return `Complete the following Python function \`${task.entry_point}\`. Reply with the whole function (with any imports it needs) in one \`\`\`python code block.\n\n\`\`\`python\n${task.prompt}\`\`\`\n`;
}
