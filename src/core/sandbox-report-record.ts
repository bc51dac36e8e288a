import { VERDICTS, type Verdict } from './records.js';
import { bool, int, str, strict } from './schema-blocks.js';
import type { SandboxLimits } from './sandbox-limits.js';

/** A canary of `bbench sandbox doctor`: a program with a known verdict, and the verdict it got. */
export interface DoctorCanary {
  name: string;
  expected: readonly Verdict[];
  verdict: Verdict;
  detail: string;
  /** It got a wrong verdict with little CPU when run with the others, and was run again alone. */
  retriedAlone: boolean;
}

/** What `bbench sandbox doctor` (and `bbench setup`) print as JSON (schemas/sandbox-doctor.schema.json). */
export interface SandboxDoctorReport {
  kind: string;
  engine: string;
  image: string;
  imageId: string;
  /** Limits as read back from the engine, not as requested. */
  applied: Record<string, string | number | boolean | null>;
  concurrency: number;
  sampleLimits: SandboxLimits;
  canaries: DoctorCanary[];
}

/** What `bbench sandbox prune --format json` prints (schemas/sandbox-prune.schema.json). */
export interface SandboxPruneReport {
  engines: { engine: string; removed: number }[];
  /** Whether containers of running processes were removed too (`--all`). */
  all: boolean;
}

const positive = { type: 'integer', minimum: 1 };
const verdict = { enum: [...VERDICTS] };

const sampleLimits = strict({
  timeoutMs: positive,
  wallMs: positive,
  memoryBytes: positive,
  cpuSeconds: positive,
  processes: positive,
  outputBytes: positive,
  fileBytes: positive,
});
sampleLimits.required = sampleLimits.required.filter((k) => k !== 'wallMs');

export const sandboxDoctorSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://boundary-bench.dev/schemas/sandbox-doctor.schema.json',
  title: 'boundary-bench sandbox doctor: the engine, the limits it applied, and the canaries',
  ...strict({
    kind: str,
    engine: str,
    image: str,
    // The engine's content-addressed id: the manifest records the same, so runs can be matched to it.
    imageId: { type: 'string', minLength: 1 },
    applied: {
      type: 'object',
      // The no-network guarantee is the one setting every engine must report back.
      required: ['networkMode'],
      additionalProperties: { type: ['string', 'number', 'boolean', 'null'] },
    },
    concurrency: positive,
    sampleLimits,
    canaries: {
      type: 'array',
      minItems: 1,
      items: strict({
        name: str,
        expected: { type: 'array', items: verdict, minItems: 1 },
        verdict,
        detail: str,
        retriedAlone: bool,
      }),
    },
  }),
};

export const sandboxPruneSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://boundary-bench.dev/schemas/sandbox-prune.schema.json',
  title: 'boundary-bench sandbox prune --format json: containers removed per engine',
  ...strict({
    engines: { type: 'array', minItems: 1, items: strict({ engine: str, removed: int }) },
    all: bool,
  }),
};
