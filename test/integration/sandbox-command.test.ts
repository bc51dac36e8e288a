import { readFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import Docker from 'dockerode';
import { describe, expect, it } from 'vitest';
import { REPO, bbench } from '../helpers/cli.js';
import { schemaErrors } from '../helpers/published-schema.js';

const docker = new Docker({ socketPath: '/var/run/docker.sock' });

describe('bbench sandbox', () => {
  it('doctor prints the limits the engine applied and every canary verdict', async () => {
    const run = await bbench(['sandbox', 'doctor']);
    expect(run.exitCode, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as {
      applied: Record<string, unknown>;
      canaries: { verdict: string; expected: string[] }[];
    };
    expect(schemaErrors('sandbox-doctor', report)).toBe('');
    expect(report.applied).toMatchObject({
      networkMode: 'none',
      readonlyRootfs: true,
      capDrop: 'ALL',
    });
    expect(report.canaries.length).toBeGreaterThanOrEqual(4);
    for (const c of report.canaries) expect(c.expected).toContain(c.verdict);
  });

  it('doctor --format terminal prints a short summary, one line per canary; json stays the default', async () => {
    const run = await bbench(['sandbox', 'doctor', '--format', 'terminal']);
    expect(run.exitCode, run.stderr).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^Sandbox: \S+ on .*, image .*, concurrency \d+$/);
    expect(lines[1]).toMatch(/^Applied by the engine: .*networkMode=none/);
    const [, passed, total] =
      /^Canaries: (\d+) of (\d+) gave an expected verdict$/.exec(lines[2] ?? '') ?? [];
    expect(Number(total)).toBeGreaterThanOrEqual(4);
    expect(passed).toBe(total);
    expect(lines.slice(3)).toHaveLength(Number(total));
    for (const line of lines.slice(3)) expect(line).toMatch(/^ {2}ok {3}.+: \w+ \(expected /);
    expect(() => JSON.parse(run.stdout) as unknown).toThrow();
    // setup is doctor with set-up steps: the same --format, the same summary.
    const setup = await bbench(['setup', '--format', 'terminal']);
    expect(setup.exitCode, setup.stderr).toBe(0);
    expect(setup.stdout.split('\n')[0]).toMatch(/^Sandbox: \S+ on .*, image .*, concurrency \d+$/);
    const bad = await bbench(['sandbox', 'doctor', '--format', 'terminl']);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toMatch(
      /option --format: expected one of json, terminal, received 'terminl'; did you mean terminal\?/,
    );
  });

  it('prune removes containers whose run is gone and keeps those of live runs', async () => {
    const image =
      (await docker.listImages({ filters: { reference: ['boundary-bench/python'] } }))[0]
        ?.RepoTags?.[0] ?? '';
    const make = (pid: number) =>
      docker.createContainer({
        Image: image,
        Cmd: ['sleep', '600'],
        Labels: {
          'boundary-bench': 'true',
          'boundary-bench.owner-pid': String(pid),
          'boundary-bench.owner-host': hostname(),
        },
      });
    const orphan = await make(2 ** 22 + 17);
    const live = await make(process.pid);
    try {
      const run = await bbench(['sandbox', 'prune', '--format', 'json']);
      expect(run.exitCode, run.stderr).toBe(0);
      const report = JSON.parse(run.stdout) as {
        engines: { engine: string; removed: number }[];
        all: boolean;
      };
      expect(schemaErrors('sandbox-prune', report)).toBe('');
      // Other runs' leftovers on this engine may be removed too: at least ours.
      expect(report.engines).toHaveLength(1);
      expect(report.engines[0]?.removed).toBeGreaterThanOrEqual(1);
      expect(report.all).toBe(false);
      await expect(orphan.inspect()).rejects.toThrow();
      // The container of a live owner is still there, untouched.
      await expect(live.inspect()).resolves.toMatchObject({
        Config: { Labels: { 'boundary-bench.owner-pid': String(process.pid) } },
      });
      // The terminal form (the default) says the same in a line per engine.
      const again = await bbench(['sandbox', 'prune']);
      expect(again.exitCode, again.stderr).toBe(0);
      expect(again.stdout).toMatch(/^\S+: removed \d+ sandbox container\(s\)$/);
      await expect(live.inspect()).resolves.toBeTruthy();
    } finally {
      await orphan.remove({ force: true }).catch(() => undefined);
      await live.remove({ force: true }).catch(() => undefined);
    }
  });

  it('spreads samples over several engines given by repeated --docker-host', async () => {
    const sock = 'unix:///var/run/docker.sock';
    const run = await bbench([
      'exec',
      '--tasks',
      join(REPO, 'test/fixtures/humaneval-problems.jsonl'),
      '--samples',
      join(REPO, 'test/fixtures/humaneval-samples.jsonl'),
      '--timeout',
      '1000',
      '--k',
      '1',
      '-q',
      '--docker-host',
      sock,
      '--docker-host',
      sock,
    ]);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stdout).toContain('pass@1: 0.4111');
    const doctor = await bbench([
      'sandbox',
      'doctor',
      '--docker-host',
      sock,
      '--docker-host',
      sock,
    ]);
    expect(JSON.parse(doctor.stdout)).toMatchObject({ kind: 'docker × 2 engines' });
  });

  it('gives the same verdicts in strict mode, one fresh container per sample', async () => {
    const out = join(tmpdir(), `bbench-strict-${process.pid}.jsonl`);
    const run = await bbench([
      'exec',
      '--tasks',
      join(REPO, 'test/fixtures/humaneval-problems.jsonl'),
      '--samples',
      join(REPO, 'test/fixtures/humaneval-samples.jsonl'),
      '--timeout',
      '1000',
      '--k',
      '1',
      '-q',
      '--strict',
      '--out',
      out,
    ]);
    expect(run.exitCode, run.stderr).toBe(0);
    const verdicts = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => {
        const v = JSON.parse(l);
        return `${v.task_id}#${v.sample_index} ${v.verdict}`;
      });
    expect(verdicts).toEqual(
      readFileSync(join(REPO, 'test/fixtures/golden/exec-humaneval-verdicts.txt'), 'utf8')
        .trim()
        .split('\n'),
    );
  });
});
