import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';

/**
 * The published schemas of what `exec`, `tasks stats|validate` and `sandbox doctor|prune` print as
 * JSON, read from schemas/ as a script's author would. Each accepts a realistic output and rejects
 * the ways an output could go wrong; the integration tests validate the real commands' output.
 */
const schema = (name: string) =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, '../../../schemas', `${name}.schema.json`), 'utf8'),
  ) as object;
const compile = (name: string) => new Ajv({ allErrors: true, strict: false }).compile(schema(name));

// Broken cases reach into the copies freely: a test object, not a typed record.
type Loose = Record<string, any>;

/** A deep copy with one change, so each broken case starts from the valid object. */
function broken(valid: object, change: (copy: Loose) => unknown): Loose {
  const copy = structuredClone(valid) as Loose;
  change(copy);
  return copy;
}

describe('exec-summary.schema.json', () => {
  const validate = compile('exec-summary');
  const valid = {
    samples: 30,
    tasks: 3,
    sandboxErrors: 1,
    starved: 1,
    passAtK: [
      { k: 1, value: 0.4, nullReason: null },
      {
        k: 100,
        value: null,
        nullReason: 'task HumanEval/0 has 10 executed sample(s), fewer than k = 100',
      },
    ],
  };

  it('accepts an output with a value and a null with its reason', () => {
    expect(validate(valid), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ['a null pass@k without its reason', (s: Loose) => (s.passAtK[1].nullReason = null)],
    ['a value and a reason at once', (s: Loose) => (s.passAtK[0].nullReason = 'why')],
    ['a pass@k above 1', (s: Loose) => (s.passAtK[0].value = 1.5)],
    ['k = 0', (s: Loose) => (s.passAtK[0].k = 0)],
    ['a missing count', (s: Loose) => delete s.sandboxErrors],
    ['an unknown field', (s: Loose) => (s.extra = 1)],
  ])('rejects %s', (_, change) => {
    expect(validate(broken(valid, change))).toBe(false);
  });
});

describe('tasks-report.schema.json', () => {
  const validate = compile('tasks-report');
  const features = {
    cyclomatic: 3,
    maxNesting: 1,
    statements: 6,
    helpers: 0,
    loops: 1,
    recursive: 0,
    edgeCases: 2,
  };
  const row = {
    taskId: 'core/double',
    declaredTier: 'simple',
    measuredTier: 'simple',
    score: 9.5,
    features,
    notMeasured: null,
    problems: [],
  };
  const gate = {
    mutationScore: 0.95,
    mutants: { killed: 19, differing: 20 },
    referenceMs: 0.4,
    timeoutMs: 1000,
    passed: true,
  };
  const tiers = (passing: boolean) =>
    ['simple', 'moderate', 'complex'].map((tier) => ({
      tier,
      measured: tier === 'simple' ? 1 : 0,
      declared: tier === 'simple' ? 1 : 0,
      ...(passing ? { passing: tier === 'simple' ? 1 : 0 } : {}),
    }));
  const stats = { action: 'stats', tasks: [row], tiers: tiers(false) };
  const validateReport = { action: 'validate', tasks: [{ ...row, ...gate }], tiers: tiers(true) };
  const unmeasured = {
    ...row,
    measuredTier: null,
    score: null,
    features: null,
    notMeasured: 'the reference raised NameError',
    problems: ['not measured'],
  };

  it('accepts stats and validate output, and a task the sandbox could not measure', () => {
    for (const report of [stats, validateReport, { ...stats, tasks: [unmeasured] }])
      expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ['stats with the gate fields', stats, (r: Loose) => Object.assign(r.tasks[0]!, gate)],
    ['validate without them', validateReport, (r: Loose) => delete r.tasks[0].passed],
    ['validate without per-tier passing', validateReport, (r: Loose) => delete r.tiers[0].passing],
    ['an unknown tier', stats, (r: Loose) => (r.tasks[0].measuredTier = 'hard')],
    ['a feature the schema does not know', stats, (r: Loose) => (r.tasks[0].features.branches = 1)],
    ['a missing tier row', stats, (r: Loose) => r.tiers.pop()],
    ['a mutation score above 1', validateReport, (r: Loose) => (r.tasks[0].mutationScore = 1.2)],
  ])('rejects %s', (_, valid, change) => {
    expect(validate(broken(valid, change))).toBe(false);
  });
});

describe('sandbox-doctor.schema.json and sandbox-prune.schema.json', () => {
  const doctor = compile('sandbox-doctor');
  const prune = compile('sandbox-prune');
  const report = {
    kind: 'docker',
    engine: 'Docker 27.0 at unix:///var/run/docker.sock',
    image: 'boundary-bench/python:debootstrap-3a9f86ab8b2c',
    imageId: 'sha256:6d3323c50fa886cde86ffae69e7f5e98a10fd4d2676096d9c301d320249e1f17',
    applied: { networkMode: 'none', readonlyRootfs: true, pidsLimit: 128, memoryBytes: null },
    concurrency: 2,
    sampleLimits: {
      timeoutMs: 10000,
      memoryBytes: 536870912,
      cpuSeconds: 10,
      processes: 64,
      outputBytes: 1048576,
      fileBytes: 16777216,
    },
    canaries: [
      {
        name: 'known pass',
        expected: ['pass'],
        verdict: 'pass',
        detail: 'check completed',
        retriedAlone: false,
      },
    ],
  };

  it('accept a doctor report and a prune report', () => {
    expect(doctor(report), JSON.stringify(doctor.errors)).toBe(true);
    expect(
      prune({ engines: [{ engine: 'unix:///var/run/docker.sock', removed: 0 }], all: false }),
    ).toBe(true);
  });

  it.each([
    ['no canaries', (r: Loose) => (r.canaries = [])],
    ['a verdict that does not exist', (r: Loose) => (r.canaries[0].verdict = 'passed')],
    ['no network mode read back', (r: Loose) => delete r.applied.networkMode],
    ['an applied limit that is an object', (r: Loose) => (r.applied.tmpfs = {})],
    ['a zero time limit', (r: Loose) => (r.sampleLimits.timeoutMs = 0)],
  ])('doctor rejects %s', (_, change) => {
    expect(doctor(broken(report, change))).toBe(false);
  });

  it('prune rejects no engines, a negative count, and a missing --all flag', () => {
    expect(prune({ engines: [], all: false })).toBe(false);
    expect(prune({ engines: [{ engine: 'x', removed: -1 }], all: false })).toBe(false);
    expect(prune({ engines: [{ engine: 'x', removed: 1 }] })).toBe(false);
  });
});
