import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Integration tests drive a real Docker engine and the real CLI; `npm test` runs `bbench setup` first.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Docker-backed files share one engine on a small machine: run files one at a time there.
    fileParallelism: false,
    reporters: ['default'],
  },
});
