import { fileURLToPath } from 'node:url';
import { runCanaries } from '../execute/canaries.js';
import { connectEngine } from '../sandbox/docker-engine.js';
import { ensureSandboxImage, type ImageRecipe } from '../sandbox/docker-image.js';
import { DEFAULT_CONTAINER_LIMITS, DockerSandbox } from '../sandbox/docker-sandbox.js';
import type { Sandbox, SandboxLimits } from '../sandbox/sandbox.js';

/** The image definitions shipped with the package (sandboxes/python). */
export const RECIPES_DIR = fileURLToPath(new URL('../../sandboxes/python', import.meta.url));

export interface SandboxChoice {
  dockerHost: string | undefined;
  allowEngineSetup: boolean;
  imageRecipe: ImageRecipe | 'auto';
  concurrency: number;
  recycleAfter: number;
  labels: Record<string, string>;
}

/**
 * Connects to (or sets up) the engine, removes containers left by crashed runs, makes sure the image
 * exists, and runs the canaries: execution never starts on a sandbox that gives wrong verdicts.
 */
export async function openDockerSandbox(choice: SandboxChoice, limits: SandboxLimits, log: (line: string) => void): Promise<Sandbox> {
  const engine = await connectEngine({ host: choice.dockerHost, allowSetup: choice.allowEngineSetup, log });
  const removed = await DockerSandbox.removeOrphans(engine.docker);
  if (removed > 0) log(`Removed ${removed} sandbox container(s) left behind by an earlier run.`);
  const image = await ensureSandboxImage(engine.docker, { recipe: choice.imageRecipe, recipesDir: RECIPES_DIR, log });
  const sandbox = new DockerSandbox({
    docker: engine.docker,
    engineVersion: engine.version,
    image,
    concurrency: choice.concurrency,
    container: DEFAULT_CONTAINER_LIMITS,
    recycleAfter: choice.recycleAfter,
    labels: choice.labels,
  });
  try {
    await runCanaries(sandbox, limits);
  } catch (error) {
    await sandbox.close();
    throw error;
  }
  return sandbox;
}
