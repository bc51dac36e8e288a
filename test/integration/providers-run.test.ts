import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SampleRecord } from '../../src/core/records.js';
import { REPO, bbench } from '../helpers/cli.js';
import { fileLines, referencePrograms } from '../helpers/wire-fixture.js';
import { startWireServer, type WireAnswer, type WireServer } from '../helpers/wire-server.js';

const TASKS = join(REPO, 'test/fixtures/tasks-mini');
const SECRET = 'sk-test-do-not-leak';
const root = mkdtempSync(join(tmpdir(), 'bbench-providers-'));
const samplesOf = (runId: string) =>
  fileLines(join(root, runId, 'samples.jsonl')).map((l) => JSON.parse(l) as SampleRecord);

const references = referencePrograms(TASKS);

/** Answers right, except that answers which stop at exactly 516 reasoning tokens are wrong. Remembers what it sent. */
const sent = new Map<string, number>();
function answer(body: Record<string, unknown>, n: number): WireAnswer {
  const message = JSON.stringify(body);
  const entry = /function `(\w+)`/.exec(message)?.[1] ?? '';
  const reasoningTokens = n % 3 === 0 ? 516 : 100 + 37 * n;
  sent.set(String(n), reasoningTokens);
  const code =
    reasoningTokens === 516
      ? `def ${entry}(*args, **kwargs):\n    return None\n`
      : (references.get(entry) ?? '');
  return {
    text: `Sure.\n\n\`\`\`python\n${code}\`\`\`\n`,
    reasoningTokens,
    outputTokens: reasoningTokens + 80,
  };
}

let server: WireServer;
let slow: WireServer;
beforeAll(async () => {
  server = await startWireServer(answer);
  slow = await startWireServer(answer, { delayMs: 150 });
});
afterAll(async () => {
  await server?.close();
  await slow?.close();
});

const env = (url: string) => ({ OPENAI_API_KEY: SECRET, OPENAI_BASE_URL: `${url}/v1` });
const config = join(root, 'run-config.json');
writeFileSync(
  config,
  JSON.stringify({
    models: ['openai:m'],
    efforts: ['low', 'high'],
    systemPrompts: { plain: null, careful: 'Check edge cases.' },
    maxOutputTokens: 4000,
    tasks: TASKS,
    samples: 3,
    requests: 3,
    maxAttempts: 4,
  }),
);

describe('bbench run against a local server speaking the OpenAI wire format', () => {
  it('runs the config matrix, survives 429/500/malformed answers, and records what the server sent', async () => {
    server.queue('rate-limit', 'server-error', 'malformed', 'length');
    const before = server.received.length;
    const run = await bbench(
      ['run', '--config', config, '--results', root, '--run-id', 'matrix', '-q'],
      { env: env(server.url) },
    );
    expect(run.exitCode, run.stderr).toBe(0);
    const samples = samplesOf('matrix');
    expect(samples).toHaveLength(3 * 4 * 3);
    expect(new Set(samples.map((s) => s.key)).size).toBe(samples.length);
    expect([...new Set(samples.map((s) => s.conditionId))].sort()).toEqual([
      'effort=high|sys=careful',
      'effort=high|sys=plain',
      'effort=low|sys=careful',
      'effort=low|sys=plain',
    ]);
    for (const s of samples) {
      expect(s.generationError).toBeNull();
      expect(s.reasoningSource).toBe('reported');
      expect(s.reasoningTokens).toBe(sent.get(s.responseId?.replace(/^resp_/, '') ?? ''));
      expect(s.request).toMatchObject({
        model: 'm',
        maxOutputTokens: 4000,
        reasoningEffort: s.conditionId.includes('low') ? 'low' : 'high',
      });
      expect(s.request.systemPromptHash === null).toBe(s.conditionId.endsWith('plain'));
    }
    expect(samples.filter((s) => s.truncated)).toHaveLength(1);
    expect(samples.reduce((n, s) => n + s.attempts - 1, 0)).toBe(3);
    expect(server.received.length - before).toBe(samples.length + 3);
    // Verdicts come from running the code: the 516-token answers were wrong.
    const executions = fileLines(join(root, 'matrix', 'executions.jsonl')).map(
      (l) => JSON.parse(l) as { key: string; verdict: string },
    );
    const verdict = new Map(executions.map((e) => [e.key, e.verdict]));
    for (const s of samples.filter((x) => !x.truncated))
      expect(verdict.get(s.key), s.key).toBe(s.reasoningTokens === 516 ? 'fail' : 'pass');
    const manifest = JSON.parse(readFileSync(join(root, 'matrix', 'manifest.json'), 'utf8'));
    expect(manifest.config.arms).toHaveLength(4);
    expect(
      manifest.config.arms.find((a: { id: string }) => a.id === 'effort=low|sys=careful'),
    ).toMatchObject({
      systemPrompt: 'careful',
      systemPromptHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    // The key went to the server and nowhere else.
    expect(server.received.at(-1)?.headers.authorization).toBe(`Bearer ${SECRET}`);
    const written = execa('grep', ['-rl', SECRET, root], { reject: false });
    expect((await written).stdout).toBe('');
  });

  it('answers a repeated request from the cache, sample by sample, without calling the server', async () => {
    const before = server.received.length;
    const run = await bbench(
      ['run', '--config', config, '--results', root, '--run-id', 'cached', '-q'],
      { env: env(server.url) },
    );
    expect(run.exitCode, run.stderr).toBe(0);
    const samples = samplesOf('cached');
    expect(server.received.length).toBe(before);
    expect(samples.every((s) => s.cached && s.attempts === 0)).toBe(true);
    const original = new Map(samplesOf('matrix').map((s) => [s.key, s]));
    for (const s of samples)
      expect({ ...s, cached: false, attempts: 1 }).toMatchObject({
        reasoningTokens: original.get(s.key)?.reasoningTokens,
        responseId: original.get(s.key)?.responseId,
        usageRaw: original.get(s.key)?.usageRaw,
      });
  });

  it('records a sample that keeps failing as a generation error instead of dropping it', async () => {
    server.queue('server-error', 'server-error');
    const run = await bbench(
      [
        'run',
        '--model',
        'openai:m',
        '--tasks',
        TASKS,
        '-n',
        '1',
        '--requests',
        '1',
        '--max-attempts',
        '2',
        '--no-cache',
        '--results',
        root,
        '--run-id',
        'errors',
        '-q',
      ],
      { env: env(server.url) },
    );
    expect(run.exitCode, run.stderr).toBe(0);
    const samples = samplesOf('errors');
    expect(samples).toHaveLength(3);
    const failed = samples.filter((s) => s.generationError !== null);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({
      attempts: 2,
      reasoningTokens: null,
      reasoningSource: 'none',
      generationError: expect.stringMatching(/HTTP 500/),
    });
  });

  it('resumes after kill -9 mid-generation with nothing lost and nothing duplicated', async () => {
    const args = [
      'run',
      '--model',
      'openai:m',
      '--tasks',
      TASKS,
      '-n',
      '12',
      '--requests',
      '2',
      '--no-cache',
      '--results',
      root,
      '--run-id',
      'killed',
      '-q',
    ];
    const child = execa('node', [join(REPO, 'bin/bbench.js'), ...args], {
      cwd: REPO,
      reject: false,
      env: { NO_COLOR: '1', ...env(slow.url) },
    });
    const file = join(root, 'killed', 'samples.jsonl');
    for (let i = 0; i < 600 && fileLines(file).length < 8; i++)
      await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGKILL');
    await child;
    const partial = fileLines(file).length;
    expect(partial).toBeGreaterThanOrEqual(8);
    expect(partial).toBeLessThan(36);
    appendFileSync(file, '{"key":"core/letter-grade#default#1'); // a record cut off mid-write
    const rerun = await bbench(args, { env: env(slow.url) });
    expect(rerun.exitCode, rerun.stderr).toBe(0);
    expect(rerun.stderr).toMatch(/Dropped a partial last line/);
    const keys = samplesOf('killed').map((s) => s.key);
    expect(keys).toHaveLength(36);
    expect(new Set(keys).size).toBe(36);
  });
});
