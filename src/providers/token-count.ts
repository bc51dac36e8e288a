import { createRequire } from 'node:module';

// Loaded on the first count, not at import: gpt-tokenizer's tables take over a second to load, and
// most runs (simulated, replay, vendors that report counts) never count. require() keeps the call
// synchronous and caches the module.
const require = createRequire(import.meta.url);

/**
 * Counts tokens of text with OpenAI's o200k_base encoding (gpt-tokenizer). Used only where a vendor
 * does not report a count: it is exact for OpenAI models and an approximation for others, which is why
 * such counts are labelled `derived` or `estimated`, never `reported`.
 */
export function countTextTokens(text: string): number {
  if (text === '') return 0;
  const { countTokens } = require('gpt-tokenizer') as typeof import('gpt-tokenizer');
  return countTokens(text);
}
