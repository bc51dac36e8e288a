import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Integration tests drive a real Docker engine and the real CLI; `npm test` runs `bbench setup` first.
    // These are deadlines against hangs, not timings: a whole demo run on a busy 2-core machine can take
    // several minutes, and a test must not fail because the machine is loaded.
    testTimeout: 900_000,
    hookTimeout: 1_200_000,
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          // Pure and CPU-bound: one file per core. Vitest's default (cores − 1) is a single worker on
          // a 2-core machine.
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'contract and integration',
          include: ['test/contract/**/*.test.ts', 'test/integration/**/*.test.ts'],
          // Docker-backed files share one engine on a small machine: one file at a time, after unit.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
