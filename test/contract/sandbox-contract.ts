import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Verdict } from '../../src/core/records.js';
import { CANARIES, runCanaries } from '../../src/execute/canaries.js';
import { classifyVerdict } from '../../src/execute/classify-verdict.js';
import {
  DEFAULT_LIMITS,
  wallBackstopMs,
  type Sandbox,
  type SandboxLimits,
} from '../../src/sandbox/sandbox.js';

const PROGRAMS = join(import.meta.dirname, '../fixtures/programs');
const program = (name: string) => readFileSync(join(PROGRAMS, `${name}.py`), 'utf8');
const LIMITS: SandboxLimits = { ...DEFAULT_LIMITS, timeoutMs: 2_000, cpuSeconds: 2 };

/**
 * What every Sandbox must do, whatever it runs on. Each implementation calls this with a factory
 * that makes a sandbox running samples one at a time in order (so leftovers of one sample would be
 * visible to the next). No case is skipped.
 */
export function sandboxContract(name: string, open: () => Promise<Sandbox>): void {
  describe(`Sandbox contract: ${name}`, () => {
    let sandbox: Sandbox;
    beforeAll(async () => {
      process.env.BBENCH_CANARY_SECRET = 'must-not-leak';
      sandbox = await open();
    });
    afterAll(async () => {
      delete process.env.BBENCH_CANARY_SECRET;
      await sandbox?.close();
    });

    /**
     * A sample starved of CPU by a busy machine gets an infrastructure verdict, which says nothing
     * about the program; like a run does, it is run again with a longer wall-clock backstop.
     */
    const verdictOf = async (file: string, limits = LIMITS) => {
      let run = await sandbox.run({ program: program(file), limits });
      for (let wallFactor = 2; wallFactor <= 8; wallFactor *= 2) {
        if (classifyVerdict(run, limits.outputBytes).infraReason !== 'starved') break;
        const wallMs = wallFactor * wallBackstopMs(limits);
        run = await sandbox.run({ program: program(file), limits: { ...limits, wallMs } });
      }
      return { run, ...classifyVerdict(run, limits.outputBytes) };
    };

    const expected: [string, Verdict | Verdict[]][] = [
      ['pass', 'pass'],
      ['fail', 'fail'],
      ['early-exit', 'error'],
      ['fake-pass', 'error'],
      ['infinite-loop', 'timeout'],
      ['memory-bomb', 'oom'],
      ['huge-output', 'error'],
      ['network', 'pass'],
      ['host-env', 'pass'],
      ['write-outside', 'pass'],
      ['fork-bomb', ['timeout', 'error']],
      ['os-exit', 'error'],
      ['stdin-block', ['error', 'timeout']],
      ['close-streams', 'pass'],
      ['alarm', 'error'],
      ['kill-own-group', 'error'],
      ['non-utf8-output', 'pass'],
      ['deep-recursion', ['error', 'oom', 'timeout']],
      ['reach-worker', 'fail'],
      ['stop-parent', 'pass'],
      ['pass', 'pass'],
      ['kill-parent', 'pass'],
      ['pass', 'pass'],
    ];
    it.each(expected)('%s.py gives %s', async (file, verdict) => {
      const { verdict: got, detail } = await verdictOf(file);
      expect([verdict].flat(), `${got}: ${detail}`).toContain(got);
    });

    it("keeps a failing sample's traceback: the program's frames down to the failing assert", async () => {
      const { run } = await verdictOf('fail');
      const traceback = run.status === 'completed' ? (run.proof?.traceback ?? '') : '';
      expect(traceback).toMatch(
        /File "program\.py", line 6, in check\n\s+assert candidate\(3\) == 9/,
      );
      expect(traceback).toMatch(/AssertionError\s*$/);
      // The harness's own frame (its exec of the program) is not shown.
      expect(traceback).not.toContain('_bb_run');
    });

    it('keeps one sample from reading the files of an earlier one', async () => {
      expect((await verdictOf('plant-secret')).verdict).toBe('pass');
      const peek = await verdictOf('peek-other-sample');
      expect(peek.verdict, peek.detail).toBe('pass');
    });

    it('leaves nothing in any writable location (/dev/shm, /dev/mqueue, SysV IPC, ...) for the next sample', async () => {
      // The planting sample finds every directory its uid can write by walking the filesystem, and
      // leaves a file and a directory in each, plus SysV IPC objects and a POSIX message queue.
      // Walking the whole filesystem takes a while on a busy machine: the limit is generous.
      const slow = { ...LIMITS, timeoutMs: 10_000, cpuSeconds: 10 };
      const plant = await verdictOf('plant-everywhere', slow);
      expect(plant.verdict, plant.detail).toBe('pass');
      const planted = JSON.parse(
        plant.run.status === 'completed' ? plant.run.stdoutHead : '{}',
      ) as { planted: string[]; own: string; ipc: Record<string, number>; mq: number };
      // Not vacuous: it did write somewhere, and made its IPC objects.
      expect(planted.planted.length).toBeGreaterThan(0);
      expect(
        Object.values(planted.ipc).every((id) => id >= 0),
        JSON.stringify(planted),
      ).toBe(true);
      const next = await verdictOf('find-leftovers', slow);
      expect(next.verdict, next.detail).toBe('pass');
      const checked = JSON.parse(next.run.status === 'completed' ? next.run.stdoutHead : '{}') as {
        checked: string[];
      };
      // The next sample looked in every place the first one wrote to (but its own work dir, now gone).
      const shared = planted.planted.filter(
        (d) => d !== planted.own && !d.startsWith(`${planted.own}/`),
      );
      expect(shared.length).toBeGreaterThan(0);
      expect(checked.checked).toEqual(expect.arrayContaining(shared));
    });

    it('runs a 10 MB source file', async () => {
      const big = `DATA = "${'x'.repeat(10 * 1024 * 1024)}"\ndef check(candidate):\n    assert len(DATA) == ${10 * 1024 * 1024}\ncheck(print)\n`;
      const run = await sandbox.run({ program: big, limits: LIMITS });
      const { verdict, detail } = classifyVerdict(run, LIMITS.outputBytes);
      expect(verdict, detail).toBe('pass');
    });

    it('stops a flood of output at the cap and says so', async () => {
      const { run } = await verdictOf('huge-output');
      expect(run.status === 'completed' && run.outputExceeded).toBe(true);
    });

    it('kills every process of a sample and removes its files before the next one', async () => {
      expect((await verdictOf('orphan-child')).verdict).toBe('pass');
      const next = await verdictOf('no-leftovers');
      expect(next.verdict, next.detail).toBe('pass');
    });

    it('still gives right verdicts after hostile samples', async () => {
      const results = await runCanaries(sandbox, LIMITS);
      expect(results.map((c) => c.name)).toEqual(CANARIES.map((c) => c.name));
      for (const c of results) expect(c.expected, c.name).toContain(c.verdict);
      // Right verdicts of several kinds, so a sandbox that answers one verdict for everything fails.
      expect(new Set(results.map((c) => c.verdict))).toEqual(
        new Set(['pass', 'fail', 'timeout', 'error']),
      );
    });

    it('describes the limits the engine actually applied', async () => {
      const description = await sandbox.describe();
      expect(description.image).not.toBe('');
      expect(description.imageId).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(description.concurrency).toBeGreaterThanOrEqual(1);
      // Read back from the engine: a sandbox without network or memory limit must not pass.
      expect(description.applied).toMatchObject({ networkMode: 'none', readonlyRootfs: true });
      expect(Number(description.applied.memoryBytes)).toBeGreaterThan(0);
    });
  });
}
