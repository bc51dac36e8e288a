import { countTokens } from 'gpt-tokenizer';

/**
 * Counts tokens of text with OpenAI's o200k_base encoding (gpt-tokenizer). Used only where a vendor
 * does not report a count: it is exact for OpenAI models and an approximation for others, which is why
 * such counts are labelled `derived` or `estimated`, never `reported`.
 */
export function countTextTokens(text: string): number {
  return text === '' ? 0 : countTokens(text);
}
