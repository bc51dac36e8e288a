import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DockerSandbox } from '../../src/sandbox/docker-sandbox.js';
import { DEFAULT_LIMITS } from '../../src/sandbox/sandbox.js';
import { openTestSandbox } from '../helpers/docker.js';

const PROBE = readFileSync(
  join(import.meta.dirname, '../fixtures/programs/interpreter-state.py'),
  'utf8',
);
const LIMITS = { ...DEFAULT_LIMITS, timeoutMs: 5_000, cpuSeconds: 5 };
/**
 * The modules the zygote needs to serve (prctl through ctypes, the request socket). They are dropped
 * from sys.modules, but the zygote holds their classes, which object.__subclasses__() lists. Any
 * sample may import these modules itself, so the classes reveal nothing; every other class must match.
 */
const SERVING_MODULES =
  /^(_?ctypes|_socket|_struct|array|select|selectors)\.|^builtins\.CArgObject$/;

/**
 * The zygote's claim, tested: a sample forked from the pristine zygote sees the same interpreter as
 * one started as a fresh `python3 -I` (modules, sys.path, builtins, environment, argv, flags,
 * __main__, descriptors, stdio, signal handlers, rlimits, umask, session, ids, gc, live classes and
 * the import machinery), and two forked samples do not share their `random` state.
 */
describe('a forked sample and a fresh interpreter are indistinguishable to the sample', () => {
  let zygote: DockerSandbox;
  let fresh: DockerSandbox;
  beforeAll(async () => {
    [zygote, fresh] = await Promise.all([
      openTestSandbox(1, 500, 'zygote'),
      openTestSandbox(1, 500, 'fresh'),
    ]);
  });
  afterAll(async () => {
    await Promise.all([zygote?.close(), fresh?.close()]);
  });

  const probe = async (sandbox: DockerSandbox) => {
    const run = await sandbox.run({ program: PROBE, limits: LIMITS, stdoutKeepBytes: 1 << 20 });
    if (run.status !== 'completed') throw new Error(run.message);
    expect(run.proof?.outcome, run.stderrTail).toBe('pass');
    return JSON.parse(run.stdoutHead) as Record<string, unknown>;
  };

  it('sees the same sys.modules, sys.path, builtins, environment and process state', async () => {
    const forked = await probe(zygote);
    const started = await probe(fresh);
    const { random: _a, classes: forkedClasses, ...forkedState } = forked;
    const { random: _b, classes: freshClasses, ...freshState } = started;
    expect(forkedState).toEqual(freshState);
    const ours = (classes: unknown) =>
      (classes as string[]).filter((name) => !SERVING_MODULES.test(name));
    expect(ours(forkedClasses)).toEqual(ours(freshClasses));
    expect(ours(forkedClasses).length).toBeGreaterThan(100);
    expect((forked.modules as string[]).length).toBeGreaterThan(10);
    expect(forked.environ).toHaveProperty('HOME', '<cwd>');
  });

  it('gives every forked sample its own random state', async () => {
    const draws = [];
    for (let i = 0; i < 3; i++) draws.push((await probe(zygote)).random);
    expect(new Set(draws).size).toBe(3);
  });

  it('says in the description which way samples start', async () => {
    expect((await zygote.describe()).applied.sampleStart).toMatch(/zygote/);
    expect((await fresh.describe()).applied.sampleStart).toMatch(/fresh/);
  });
});
