import { describe, expect, it, vi } from 'vitest';
import type { TaskRecord } from '../../../src/core/records.js';

// Change the defaults in their one place; everything below must follow.
vi.mock('../../../src/core/run-defaults.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/core/run-defaults.js')>();
  return {
    ...real,
    RUN_DEFAULTS: {
      ...real.RUN_DEFAULTS,
      boundaries: [300, 700],
      ks: [1, 3],
      seed: 7,
      tolerance: 2,
      requests: 3,
      phase: 300,
      period: 400,
    },
  };
});

const { resolveRunSettings } = await import('../../../src/cli/run-settings.js');
const { runCommand, demoCommand } = await import('../../../src/cli/commands/run.js');
const { importCommand } = await import('../../../src/cli/commands/import.js');
const { analyzeCommand } = await import('../../../src/cli/commands/analyze.js');
const { createValidators } = await import('../../../src/core/schemas.js');
const { renderHelp } = await import('../../../src/cli/help.js');
const { DEFAULT_SIMULATED_CONFIG, SimulatedProvider } =
  await import('../../../src/providers/simulated.js');
const { DEFAULT_CONDITION } = await import('../../../src/providers/provider.js');
const { ANALYSIS_DEFAULTS, DEFAULT_BOUNDARIES, DEFAULT_KS } =
  await import('../../../src/analyze/analysis-options.js');

const task: TaskRecord = {
  task_id: 'core/clamp',
  prompt: 'def clamp(x, lo, hi):\n    """Clamp."""\n',
  entry_point: 'clamp',
  tier: 'complex',
  tags: [],
  source: 'test',
  canonical_solution: '    return max(lo, min(x, hi))\n',
  test: 'def check(candidate):\n    pass\n',
};

describe('run defaults live in one place', () => {
  it('`run` resolves its settings from them', () => {
    const settings = resolveRunSettings({}, createValidators(), { samples: 20, results: 'r' });
    expect(settings).toMatchObject({
      boundaries: [300, 700],
      ks: [1, 3],
      seed: 7,
      tolerance: 2,
      requests: 3,
    });
    // A flag still wins over the default.
    expect(
      resolveRunSettings({ boundaries: '516' }, createValidators(), { samples: 20, results: 'r' })
        .boundaries,
    ).toEqual([516]);
  });

  it('the help texts print them', () => {
    for (const help of [renderHelp(runCommand.help), renderHelp(demoCommand.help)]) {
      expect(help).toMatch(/--boundaries LIST\s+boundary token counts \(default 300,700\)/);
      expect(help).toMatch(/--k LIST\s+pass@k values \(default 1,3\)/);
      expect(help).toMatch(/--seed N\s+seed of the simulated model \(default 7\)/);
      expect(help).toMatch(/--tolerance N\s+alignment tolerance in tokens \(default 2\)/);
      expect(help).toMatch(/--requests N\s+requests in flight per provider \(default 3\)/);
      expect(help).not.toContain('516');
    }
    expect(renderHelp(importCommand.help)).toContain('boundary token counts (default 300,700)');
    expect(renderHelp(analyzeCommand.help)).toMatch(
      /--phase N\s+periodicity phase φ \(default 300\)/,
    );
    expect(renderHelp(analyzeCommand.help)).toMatch(
      /--period N\s+periodicity period P \(default 400\)/,
    );
  });

  it('the simulated model plants its spikes at them', async () => {
    expect(DEFAULT_SIMULATED_CONFIG.boundaries).toEqual([300, 700]);
    expect(DEFAULT_SIMULATED_CONFIG.seed).toBe(7);
    const provider = new SimulatedProvider(DEFAULT_SIMULATED_CONFIG);
    const results = await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        provider.generate({ task, condition: { ...DEFAULT_CONDITION, id: 'd' }, sampleIndex: i }),
      ),
    );
    const stopped = results.filter((r) => r.simulated?.stoppedAtBoundary);
    expect(stopped.length).toBeGreaterThan(20);
    expect(new Set(stopped.map((r) => r.reasoningTokens))).toEqual(new Set([300, 700]));
    expect(results.filter((r) => r.reasoningTokens === 516)).toHaveLength(0);
  });

  it('the analysis of a run that recorded none falls back to them', () => {
    expect(DEFAULT_BOUNDARIES).toEqual([300, 700]);
    expect(DEFAULT_KS).toEqual([1, 3]);
    expect(ANALYSIS_DEFAULTS).toMatchObject({ seed: 7, phase: 300, period: 400 });
  });
});
