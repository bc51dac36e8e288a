import type { SampleRecord } from '../core/records.js';
import { FLAG } from './sample-table.js';

/** docs/analysis.md §1: a length stop signalled by the provider, output at the cap sent, or reasoning at the budget sent. */
export function truncationFlags(s: SampleRecord): number {
  let flags = 0;
  if (s.truncated || s.finishReason === 'length') flags |= FLAG.signalled;
  if (
    s.outputTokens !== null &&
    s.request.maxOutputTokens !== null &&
    s.outputTokens >= s.request.maxOutputTokens
  )
    flags |= FLAG.atCap;
  if (
    s.reasoningTokens !== null &&
    s.request.thinkingBudget !== null &&
    s.reasoningTokens === s.request.thinkingBudget
  )
    flags |= FLAG.atBudget;
  return flags === 0 ? 0 : flags | FLAG.truncated;
}

/**
 * The one truncation classification, shared by `analyze` (the sample table) and `compare` (the join):
 * a sample the two commands classify differently would be censored in one and scored in the other.
 */
export function isTruncated(s: SampleRecord): boolean {
  return truncationFlags(s) !== 0;
}
