import { fileURLToPath } from 'node:url';
import { runCanaries, type CanaryResult } from '../execute/canaries.js';
import type { EngineTls } from '../sandbox/docker-engine.js';
import type { ImageRecipe } from '../sandbox/docker-image.js';
import type { DockerSandbox } from '../sandbox/docker-sandbox.js';
import type { SampleStart } from '../sandbox/docker-worker.js';
import type { Sandbox, SandboxLimits } from '../sandbox/sandbox.js';

/** The image definitions shipped with the package (sandboxes/python). */
export const RECIPES_DIR = fileURLToPath(new URL('../../sandboxes/python', import.meta.url));

/** How often a warm container is replaced even when its samples left nothing behind. */
const RECYCLE_AFTER = 500;

export interface SandboxChoice {
  /** One entry per engine; undefined is the local default socket. */
  dockerHosts: (string | undefined)[];
  tls: EngineTls | undefined;
  allowEngineSetup: boolean;
  imageRecipe: ImageRecipe | 'auto';
  /** Samples at once per engine; null means the engine's CPU count. */
  concurrency: number | null;
  /** One fresh container per sample: the strongest separation, at a large cost in throughput. */
  strict: boolean;
  /** How the worker starts a sample: a fork of its pristine zygote, or a fresh interpreter. */
  sampleStart: SampleStart;
  labels: Record<string, string>;
}

export interface OpenedSandbox {
  sandbox: Sandbox;
  /** Samples at once over all engines. */
  concurrency: number;
  canaries: CanaryResult[];
}

/**
 * Connects to (or sets up) each engine, removes containers left by crashed runs, makes sure the image
 * exists there, and runs the canaries on every engine: execution never starts on a sandbox that gives
 * wrong verdicts.
 */
export async function openDockerSandbox(
  choice: SandboxChoice,
  limits: SandboxLimits,
  log: (line: string) => void,
): Promise<OpenedSandbox> {
  // Imported here, not at the top: dockerode takes about a second to load, and a command's --help,
  // or a run that fails its option checks, should not pay for it.
  const [{ connectEngine }, { ensureSandboxImage }, { DEFAULT_CONTAINER_LIMITS, DockerSandbox }] =
    await Promise.all([
      import('../sandbox/docker-engine.js'),
      import('../sandbox/docker-image.js'),
      import('../sandbox/docker-sandbox.js'),
    ]);
  const members: { sandbox: DockerSandbox; capacity: number }[] = [];
  const canaries: CanaryResult[] = [];
  try {
    for (const host of choice.dockerHosts) {
      const engine = await connectEngine({
        host,
        tls: choice.tls,
        allowSetup: choice.allowEngineSetup && host === undefined,
        log,
      });
      const removed = await DockerSandbox.removeOrphans(engine.docker);
      if (removed > 0)
        log(
          `Removed ${removed} sandbox container(s) left behind by an earlier run on ${engine.address}.`,
        );
      const image = await ensureSandboxImage(engine.docker, {
        recipe: choice.imageRecipe,
        recipesDir: RECIPES_DIR,
        log,
        host,
      });
      const capacity = choice.concurrency ?? engine.cpus;
      const sandbox = new DockerSandbox({
        docker: engine.docker,
        engineVersion: engine.version,
        engineAddress: engine.address,
        image,
        concurrency: capacity,
        container: DEFAULT_CONTAINER_LIMITS,
        recycleAfter: choice.strict ? 1 : RECYCLE_AFTER,
        sampleStart: choice.sampleStart,
        labels: choice.labels,
      });
      members.push({ sandbox, capacity });
      canaries.push(
        ...(await runCanaries(sandbox, limits)).map((c) => ({
          ...c,
          name: `${c.name} (${engine.address})`,
        })),
      );
    }
  } catch (error) {
    await Promise.all(members.map((m) => m.sandbox.close()));
    throw error;
  }
  const sandbox =
    members.length === 1
      ? (members[0] as { sandbox: DockerSandbox }).sandbox
      : new (await import('../sandbox/spread-sandbox.js')).SpreadSandbox(members);
  return { sandbox, concurrency: members.reduce((n, m) => n + m.capacity, 0), canaries };
}

/** Opens the sandbox, closes it when the work ends or on Ctrl-C, and passes it to `work`. */
export async function withSandbox<T>(
  signal: AbortSignal,
  choice: SandboxChoice,
  limits: SandboxLimits,
  log: (line: string) => void,
  work: (opened: OpenedSandbox) => Promise<T>,
): Promise<T> {
  const opened = await openDockerSandbox(choice, limits, log);
  const closeOnAbort = () => void opened.sandbox.close();
  signal.addEventListener('abort', closeOnAbort, { once: true });
  try {
    return await work(opened);
  } finally {
    signal.removeEventListener('abort', closeOnAbort);
    await opened.sandbox.close();
  }
}
