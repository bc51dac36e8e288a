import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Docker from 'dockerode';
import { execa } from 'execa';
import { BenchError } from '../core/errors.js';
import { sha256 } from '../core/hash.js';

/** How the sandbox base image is made: offline from Debian's mirror, or from a registry base image. */
export const IMAGE_RECIPES = {
  debootstrap: 'bootstrap.sh',
  dockerfile: 'Dockerfile',
} as const satisfies Record<string, string>;
export type ImageRecipe = keyof typeof IMAGE_RECIPES;

export interface SandboxImage {
  tag: string;
  id: string;
  recipe: ImageRecipe;
  built: boolean;
}

export interface ImageOptions {
  recipe: ImageRecipe | 'auto';
  /** The folder of image definitions (sandboxes/python). */
  recipesDir: string;
  log: (line: string) => void;
  /** The engine's DOCKER_HOST address, for the docker CLI the offline recipe calls; undefined for the local one. */
  host?: string;
}

/** The tag names the recipe and a hash of its file, so that an edited recipe builds a new image. */
export function imageTag(recipesDir: string, recipe: ImageRecipe): string {
  const text = readFileSync(join(recipesDir, IMAGE_RECIPES[recipe]), 'utf8');
  return `boundary-bench/python:${recipe}-${sha256(text).slice(0, 12)}`;
}

/** Returns the sandbox image, building it on first use and reusing it when its tag already exists. */
export async function ensureSandboxImage(
  docker: Docker,
  options: ImageOptions,
): Promise<SandboxImage> {
  const candidates: ImageRecipe[] =
    options.recipe === 'auto' ? ['debootstrap', 'dockerfile'] : [options.recipe];
  for (const recipe of candidates) {
    const tag = imageTag(options.recipesDir, recipe);
    const id = await imageId(docker, tag);
    if (id) return { tag, id, recipe, built: false };
  }
  const recipe =
    options.recipe === 'auto'
      ? (await canDebootstrap())
        ? 'debootstrap'
        : 'dockerfile'
      : options.recipe;
  const tag = imageTag(options.recipesDir, recipe);
  const started = Date.now();
  options.log(
    `Building the sandbox image ${tag} with ${IMAGE_RECIPES[recipe]} (first use only; about a minute).`,
  );
  try {
    if (recipe === 'debootstrap') await buildWithDebootstrap(options.recipesDir, tag, options.host);
    else await buildWithDockerfile(docker, options.recipesDir, tag);
  } catch (error) {
    const other = recipe === 'debootstrap' ? 'dockerfile' : 'debootstrap';
    throw new BenchError(
      'IMAGE_BUILD_FAILED',
      `building ${tag} with ${IMAGE_RECIPES[recipe]} failed: ${lastLines((error as Error).message)}`,
      `fix the cause above, or try --image-recipe ${other}`,
    );
  }
  const id = await imageId(docker, tag);
  if (!id)
    throw new BenchError(
      'IMAGE_BUILD_FAILED',
      `the build of ${tag} finished but the engine has no such image`,
    );
  options.log(`Built ${tag} in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  return { tag, id, recipe, built: true };
}

async function imageId(docker: Docker, tag: string): Promise<string | null> {
  try {
    return (await docker.getImage(tag).inspect()).Id;
  } catch {
    return null;
  }
}

async function canDebootstrap(): Promise<boolean> {
  return (
    process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/etc/debian_version')
  );
}

async function buildWithDebootstrap(
  recipesDir: string,
  tag: string,
  host: string | undefined,
): Promise<void> {
  // execa passes the CLI's environment on (extendEnv); only the additions are named here.
  const env = {
    DEBIAN_FRONTEND: 'noninteractive',
    ...(host ? { DOCKER_HOST: host } : {}),
  };
  const has = await execa('sh', ['-c', 'command -v debootstrap'], { reject: false });
  if (has.exitCode !== 0) {
    await execa('apt-get', ['update', '-q'], { env, timeout: 300_000 });
    await execa('apt-get', ['install', '-y', '-q', 'debootstrap'], { env, timeout: 300_000 });
  }
  await execa('bash', [join(recipesDir, IMAGE_RECIPES.debootstrap), tag], {
    env,
    timeout: 900_000,
  });
}

async function buildWithDockerfile(docker: Docker, recipesDir: string, tag: string): Promise<void> {
  const stream = await docker.buildImage(
    { context: recipesDir, src: [IMAGE_RECIPES.dockerfile] },
    { t: tag },
  );
  await new Promise<void>((resolve, reject) => {
    docker.modem.followProgress(stream, (error: Error | null, output: { error?: string }[]) => {
      const failed = output?.find((o) => o.error);
      if (error || failed) reject(error ?? new Error(failed?.error));
      else resolve();
    });
  });
}

function lastLines(text: string): string {
  return text.trim().split('\n').slice(-3).join(' | ');
}
