import { RECIPES_DIR } from '../../src/cli/open-sandbox.js';
import { connectEngine } from '../../src/sandbox/docker-engine.js';
import { ensureSandboxImage } from '../../src/sandbox/docker-image.js';
import { DEFAULT_CONTAINER_LIMITS, DockerSandbox } from '../../src/sandbox/docker-sandbox.js';
import type { SampleStart } from '../../src/sandbox/docker-worker.js';

/** A real DockerSandbox on the local engine (set up by `bbench setup`, which `npm test` runs first). */
export async function openTestSandbox(
  concurrency: number,
  recycleAfter = 500,
  sampleStart: SampleStart = 'zygote',
): Promise<DockerSandbox> {
  const log = () => undefined;
  const engine = await connectEngine({ host: undefined, allowSetup: true, log });
  const image = await ensureSandboxImage(engine.docker, {
    recipe: 'auto',
    recipesDir: RECIPES_DIR,
    log,
  });
  return new DockerSandbox({
    docker: engine.docker,
    engineVersion: engine.version,
    engineAddress: engine.address,
    image,
    concurrency,
    container: DEFAULT_CONTAINER_LIMITS,
    recycleAfter,
    sampleStart,
    labels: { 'boundary-bench.test': 'true' },
  });
}
