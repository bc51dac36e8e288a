import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatchStateFile } from '../../src/core/batch-state.js';
import type { SampleRecord } from '../../src/core/records.js';
import { REPO, bbench } from '../helpers/cli.js';
import { fileLines, referencePrograms } from '../helpers/wire-fixture.js';
import { startWireServer, type WireServer } from '../helpers/wire-server.js';

const TASKS = join(REPO, 'test/fixtures/tasks-mini');
const root = mkdtempSync(join(tmpdir(), 'bbench-batch-run-'));
const references = referencePrograms(TASKS);

let server: WireServer;
beforeAll(async () => {
  server = await startWireServer((body, n) => {
    const entry = /function `(\w+)`/.exec(JSON.stringify(body))?.[1] ?? '';
    return {
      text: `\`\`\`python\n${references.get(entry) ?? ''}\`\`\`\n`,
      reasoningTokens: 100 + n,
      outputTokens: 180 + n,
    };
  });
});
afterAll(() => server?.close());

describe('bbench run --batch', () => {
  it('after kill -9 while polling, a rerun collects the same batch: no resubmission, no loss, no duplicate', async () => {
    const env = { OPENAI_API_KEY: 'k', OPENAI_BASE_URL: `${server.url}/v1` };
    const args = [
      'run',
      '--model',
      'openai:m',
      '--batch',
      '--poll-interval',
      '50ms',
      '--tasks',
      TASKS,
      '-n',
      '4',
      '--no-cache',
      '--results',
      root,
      '--run-id',
      'killed',
      '-q',
    ];
    server.batch.hold(true);
    const child = execa('node', [join(REPO, 'bin/bbench.js'), ...args], {
      cwd: REPO,
      reject: false,
      env: { NO_COLOR: '1', ...env },
    });
    // Killed once the batch is submitted and being polled (the deadline is against hangs, not a timing).
    for (let i = 0; i < 2400 && server.batch.polls < 3; i++)
      await new Promise((r) => setTimeout(r, 50));
    expect(server.batch.polls).toBeGreaterThanOrEqual(3);
    child.kill('SIGKILL');
    await child;
    const dir = join(root, 'killed');
    expect(fileLines(join(dir, 'samples.jsonl'))).toEqual([]);
    const state = JSON.parse(readFileSync(join(dir, 'batches.json'), 'utf8')) as BatchStateFile;
    expect(state.batches).toHaveLength(1);
    expect(state.batches[0]).toMatchObject({ state: 'running', recorded: false, round: 1 });
    expect(state.batches[0]?.requests).toHaveLength(12);

    // Without --batch the run refuses: those samples are paid for already.
    const interactive = await bbench(
      args.filter((a) => !['--batch', '--poll-interval', '50ms'].includes(a)),
      { env },
    );
    expect(interactive.exitCode).toBe(2);
    expect(interactive.stderr).toMatch(/BATCH_PENDING/);
    expect(interactive.stderr).toMatch(/rerun with --batch/);

    server.batch.hold(false);
    const rerun = await bbench(
      args.filter((a) => a !== '-q'),
      { env },
    );
    expect(rerun.exitCode, rerun.stderr).toBe(0);
    // The progress line names the batches by state, and the batch picked up.
    expect(rerun.stderr).toMatch(/batches: 1 ended; 0 submitted, 1 picked up from an earlier run/);
    expect(server.batch.created).toHaveLength(1);
    const samples = fileLines(join(dir, 'samples.jsonl')).map((l) => JSON.parse(l) as SampleRecord);
    const keys = samples.map((s) => s.key);
    expect(keys).toHaveLength(12);
    expect(new Set(keys).size).toBe(12);
    for (const s of samples) {
      expect(s.batch).toBe(server.batch.created[0]?.id);
      expect(s.generationError).toBeNull();
      expect(s.reasoningSource).toBe('reported');
    }
    const after = JSON.parse(readFileSync(join(dir, 'batches.json'), 'utf8')) as BatchStateFile;
    expect(after.batches).toMatchObject([{ state: 'ended', recorded: true }]);
    // The answers were the references: every sample passed in the sandbox.
    const verdicts = fileLines(join(dir, 'executions.jsonl')).map(
      (l) => (JSON.parse(l) as { verdict: string }).verdict,
    );
    expect(verdicts).toEqual(Array.from({ length: 12 }, () => 'pass'));
  }, 900_000);
});
