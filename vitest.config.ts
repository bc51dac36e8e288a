import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Integration tests drive a real Docker engine and the real CLI; `npm test` runs `bbench setup` first.
    // These are deadlines against hangs, not timings: a whole demo run on a busy 2-core machine can take
    // several minutes, and a test must not fail because the machine is loaded.
    testTimeout: 900_000,
    hookTimeout: 1_200_000,
    // Docker-backed files share one engine on a small machine: run files one at a time there.
    fileParallelism: false,
    reporters: ['default'],
  },
});
