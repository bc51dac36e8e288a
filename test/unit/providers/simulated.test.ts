import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/core/rng.js';
import type { TaskRecord } from '../../../src/core/records.js';
import { applyMutation, findMutationSites, mutate } from '../../../src/providers/mutate.js';
import { DEFAULT_SIMULATED_CONFIG, SimulatedProvider } from '../../../src/providers/simulated.js';
import { DEFAULT_CONDITION } from '../../../src/providers/provider.js';

const task: TaskRecord = {
  task_id: 'core/clamp',
  prompt: 'def clamp(x, lo, hi):\n    """Clamp."""\n',
  entry_point: 'clamp',
  tier: 'complex',
  tags: [],
  source: 'test',
  canonical_solution:
    '    if x < lo:\n        return lo\n    if x > hi:\n        return hi\n    return x\n',
  test: 'def check(candidate):\n    pass\n',
};

async function draw(seed: number, n: number) {
  const provider = new SimulatedProvider({ ...DEFAULT_SIMULATED_CONFIG, seed });
  return Promise.all(
    Array.from({ length: n }, (_, i) =>
      provider.generate({
        task,
        condition: { ...DEFAULT_CONDITION, id: 'default' },
        sampleIndex: i,
      }),
    ),
  );
}

describe('SimulatedProvider', () => {
  it('is deterministic for a seed and differs across seeds', async () => {
    const strip = (rs: Awaited<ReturnType<typeof draw>>) => rs.map(({ latencyMs: _l, ...r }) => r);
    expect(strip(await draw(7, 50))).toEqual(strip(await draw(7, 50)));
    expect(strip(await draw(7, 50))).not.toEqual(strip(await draw(8, 50)));
  });

  it('puts atoms at the configured boundaries and records what it planted', async () => {
    const results = await draw(1, 400);
    const atBoundary = results.filter((r) =>
      DEFAULT_SIMULATED_CONFIG.boundaries.includes(r.reasoningTokens ?? -1),
    );
    expect(atBoundary.length).toBeGreaterThan(40);
    expect(atBoundary.every((r) => r.simulated?.stoppedAtBoundary || r.truncated)).toBe(true);
    for (const r of results) {
      expect(r.reasoningSource).toBe('reported');
      expect(r.usageRaw).toMatchObject({
        output_tokens_details: { reasoning_tokens: r.reasoningTokens },
      });
    }
  });

  it('returns the reference or a real mutant of it, never a verdict', async () => {
    const results = await draw(3, 200);
    const mutants = results.filter((r) => r.simulated?.answer === 'mutant');
    expect(mutants.length).toBeGreaterThan(10);
    for (const m of mutants) expect(m.completion).not.toBe(task.canonical_solution);
    expect(
      results.some((r) => r.simulated?.answer === 'correct' && r.completion.includes('return x')),
    ).toBe(true);
  });

  it('truncates at the output cap and says so', async () => {
    const provider = new SimulatedProvider({ ...DEFAULT_SIMULATED_CONFIG, maxOutputTokens: 900 });
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        provider.generate({ task, condition: { ...DEFAULT_CONDITION, id: 'c' }, sampleIndex: i }),
      ),
    );
    const truncated = results.filter((r) => r.truncated);
    expect(truncated.length).toBeGreaterThan(20);
    for (const r of truncated)
      expect(r).toMatchObject({ finishReason: 'length', outputTokens: 900 });
  });

  it('reports counts on a coarser lattice when configured', async () => {
    const provider = new SimulatedProvider({
      ...DEFAULT_SIMULATED_CONFIG,
      reportingLattice: 64,
      boundaries: [],
    });
    const r = await provider.generate({
      task,
      condition: { ...DEFAULT_CONDITION, id: 'c' },
      sampleIndex: 0,
    });
    expect((r.reasoningTokens ?? 1) % 64).toBe(0);
  });
});

describe('mutate', () => {
  it('finds operator, constant and branch sites outside strings and comments', () => {
    const body = '    s = "a < b"  # x > y\n    if n <= 1:\n        return n + 1\n';
    const kinds = findMutationSites(body).map((s) => s.kind);
    expect(kinds).toContain("changed operator '<=' → '<'");
    expect(kinds).toContain("changed operator '+' → '-'");
    expect(kinds).toContain("off-by-one '1' → '2'");
    expect(kinds).toContain('dropped branch');
    expect(kinds.some((k) => k.includes("'>'"))).toBe(false);
  });

  it('applies a site without touching the rest of the line', () => {
    const body = '    return a < b\n';
    const [site] = findMutationSites(body);
    expect(applyMutation(body, site!)).toBe('    return a <= b\n');
  });

  it('drops the last statement of a body with no site', () => {
    expect(mutate('    return foo(bar)\n', createRng('m', 1))).toEqual({
      code: '    pass\n',
      description: 'dropped the last statement',
    });
  });
});
