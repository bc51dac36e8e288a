import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { toolInfo } from '../../../src/cli/tool-info.js';
import { BenchError, exitCodeFor } from '../../../src/core/errors.js';
import { sha256 } from '../../../src/core/hash.js';
import { runPathsAt } from '../../../src/core/run-dir.js';
import {
  openRun,
  readManifest,
  recordExecution,
  type FreshManifest,
} from '../../../src/core/run-manifest.js';
import { createValidators } from '../../../src/core/schemas.js';

const validators = createValidators();
const REPO = join(import.meta.dirname, '../../..');

const fresh = (runId: string): FreshManifest => ({
  runId,
  createdAt: '2026-11-30T09:00:00.000Z',
  config: {
    model: 'simulated',
    tasksPath: 'tasks/core',
    samplesPerTask: 3,
    conditions: ['default'],
    seed: 1,
    boundaries: [516, 1034, 1552],
    tolerance: 0,
    ks: [1, 5, 10],
    simulated: null,
    limits: { timeoutMs: 10_000 },
    referenceTimeouts: false,
  },
  tool: {
    name: 'boundary-bench',
    version: '0.1.0',
    gitRevision: null,
    node: 'v20.0.0',
    dependencies: { ajv: '8.20.0' },
    lockfileHash: 'ab'.repeat(32),
  },
  corpus: { path: 'tasks/core', hash: 'c0ffee', tasks: 156 },
  planted: null,
});

function newRun(runId = 'r1') {
  const paths = runPathsAt(join(mkdtempSync(join(tmpdir(), 'bbench-manifest-')), runId));
  const { manifest } = openRun(paths, fresh(runId), validators.manifest);
  return { paths, manifest };
}

function corrupt(path: string, edit: (m: Record<string, any>) => void) {
  const m = JSON.parse(readFileSync(path, 'utf8')) as Record<string, any>;
  edit(m);
  writeFileSync(path, JSON.stringify(m, null, 2));
}

function thrown(f: () => unknown): BenchError {
  try {
    f();
  } catch (error) {
    if (error instanceof BenchError) return error;
    throw error;
  }
  throw new Error('expected a BenchError');
}

describe('the run manifest', () => {
  it('is written once on creation, valid against its published schema, and not rewritten on resume', () => {
    const { paths, manifest } = newRun();
    const onDisk: unknown = JSON.parse(readFileSync(paths.manifest, 'utf8'));
    expect(validators.manifest(onDisk)).toBe(true);
    expect(onDisk).toEqual(manifest);
    expect(manifest).toMatchObject({ schemaVersion: 2, sandbox: null, canaries: null });
    const before = statSync(paths.manifest).mtimeMs;
    const text = readFileSync(paths.manifest, 'utf8');
    expect(openRun(paths, fresh('r1'), validators.manifest).resumed).toBe(true);
    expect(readFileSync(paths.manifest, 'utf8')).toBe(text);
    expect(statSync(paths.manifest).mtimeMs).toBe(before);
  });

  it('records the execute stage in one write, task timeouts included', () => {
    const { paths, manifest } = newRun();
    const canaries = { passed: true, at: '2026-11-30T09:01:00.000Z', results: [] };
    const timeouts = [{ taskId: 't', referenceMs: 12.5, referenceFailed: false, timeoutMs: 1000 }];
    recordExecution(
      paths,
      manifest,
      { sandbox: { engine: 'docker' }, canaries, taskTimeouts: timeouts },
      validators.manifest,
    );
    expect(readManifest(paths, validators.manifest)).toMatchObject({
      sandbox: { engine: 'docker' },
      canaries,
      taskTimeouts: timeouts,
    });
  });

  it('refuses to write a manifest that does not match its schema', () => {
    const { paths, manifest } = newRun();
    const error = thrown(() =>
      recordExecution(
        paths,
        { ...manifest, configHash: 'not a hash' },
        { sandbox: null, canaries: null },
        validators.manifest,
      ),
    );
    expect(error.code).toBe('INTERNAL');
    expect(error.message).toContain('/configHash');
  });

  it('names the file, line or field of a corrupted manifest, as RECORD_INVALID with exit code 2', () => {
    const { paths } = newRun();
    corrupt(paths.manifest, (m) => (m.config.seed = 'one'));
    const badField = thrown(() => readManifest(paths, validators.manifest));
    expect(badField.code).toBe('RECORD_INVALID');
    expect(exitCodeFor(badField)).toBe(2);
    expect(badField.message).toContain(paths.manifest);
    expect(badField.message).toContain('field /config/seed: must be integer');

    writeFileSync(paths.manifest, '{\n  "schemaVersion": 2,\n  "runId": \n}\n');
    const badJson = thrown(() => readManifest(paths, validators.manifest));
    expect(badJson.code).toBe('RECORD_INVALID');
    expect(badJson.message).toMatch(/manifest\.json(:\d+)?: not valid JSON/);
  });

  it('makes `bbench analyze` exit 2 with the reason on stderr', async () => {
    const { paths } = newRun();
    corrupt(paths.manifest, (m) => delete m.corpus);
    let stderr = '';
    const code = await main(['analyze', paths.dir], {
      stdout: () => undefined,
      stderr: (t) => (stderr += t),
      stderrIsTty: false,
      colour: false,
      env: {},
      cwd: REPO,
      signal: new AbortController().signal,
    });
    expect(code).toBe(2);
    expect(stderr).toContain('error RECORD_INVALID');
    expect(stderr).toContain("must have required property 'corpus'");
  });

  it('still reads version 1 manifests, but requires dependency versions from version 2 on', () => {
    const { paths } = newRun();
    corrupt(paths.manifest, (m) => {
      m.schemaVersion = 1;
      delete m.tool.dependencies;
      delete m.tool.lockfileHash;
    });
    expect(readManifest(paths, validators.manifest).schemaVersion).toBe(1);
    corrupt(paths.manifest, (m) => (m.schemaVersion = 2));
    expect(thrown(() => readManifest(paths, validators.manifest)).message).toContain(
      "field /tool: must have required property 'dependencies'",
    );
  });

  it('records the installed dependency versions and the lockfile hash', async () => {
    const tool = await toolInfo();
    const installed = (name: string) =>
      (
        JSON.parse(readFileSync(join(REPO, 'node_modules', name, 'package.json'), 'utf8')) as {
          version: string;
        }
      ).version;
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(Object.keys(tool.dependencies).sort()).toEqual(Object.keys(pkg.dependencies).sort());
    expect(tool.dependencies.ajv).toBe(installed('ajv'));
    expect(tool.dependencies.ajv).toMatch(/^\d+\.\d+\.\d+/);
    expect(tool.lockfileHash).toBe(sha256(readFileSync(join(REPO, 'package-lock.json'), 'utf8')));
  });
});
