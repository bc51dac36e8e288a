import { describe, expect, it } from 'vitest';
import { DEFAULT_CONDITION } from '../../../src/providers/provider.js';
import { cacheKey } from '../../../src/generate/response-cache.js';

const task = { task_id: 'core/clamp', prompt: 'def clamp(x, lo, hi):\n', entry_point: 'clamp' };
const condition = { ...DEFAULT_CONDITION, id: 'c', systemPrompt: 'secret house style' };

describe('the response cache key', () => {
  const key = cacheKey('openai:gpt-5', task, condition, 0);

  it('is the same for the same request, whatever the condition is called', () => {
    expect(cacheKey('openai:gpt-5', { ...task }, { ...condition, id: 'renamed' }, 0)).toBe(key);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
  });

  // Each of these changes what the model is asked, so a hit on it would replay the wrong answer.
  const variants = {
    provider: cacheKey('anthropic:claude', task, condition, 0),
    task: cacheKey('openai:gpt-5', { ...task, task_id: 'core/other' }, condition, 0),
    prompt: cacheKey('openai:gpt-5', { ...task, prompt: `${task.prompt} ` }, condition, 0),
    entryPoint: cacheKey('openai:gpt-5', { ...task, entry_point: 'clip' }, condition, 0),
    effort: cacheKey('openai:gpt-5', task, { ...condition, reasoningEffort: 'high' }, 0),
    budget: cacheKey('openai:gpt-5', task, { ...condition, thinkingBudget: 1024 }, 0),
    maxOutput: cacheKey('openai:gpt-5', task, { ...condition, maxOutputTokens: 4096 }, 0),
    temperature: cacheKey('openai:gpt-5', task, { ...condition, temperature: 0.2 }, 0),
    systemPrompt: cacheKey('openai:gpt-5', task, { ...condition, systemPrompt: 'other' }, 0),
    noSystemPrompt: cacheKey('openai:gpt-5', task, { ...condition, systemPrompt: null }, 0),
    sampleIndex: cacheKey('openai:gpt-5', task, condition, 1),
  };

  it('changes with everything that changes the request', () => {
    for (const [what, other] of Object.entries(variants)) expect(other, what).not.toBe(key);
    expect(new Set(Object.values(variants)).size).toBe(Object.keys(variants).length);
  });
});
