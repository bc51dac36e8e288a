import { existsSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import Docker from 'dockerode';
import { execa } from 'execa';
import { BenchError } from '../core/errors.js';
import { withDeadline } from './deadline.js';

export interface EngineOptions {
  /** DOCKER_HOST-style address; undefined means the local default socket. */
  host: string | undefined;
  tls?: EngineTls;
  /** Install Debian's docker.io and start dockerd when no engine answers (root on Debian only). */
  allowSetup: boolean;
  log: (line: string) => void;
}

export interface Engine {
  docker: Docker;
  version: string;
  address: string;
  /** The engine's CPU count, the default number of samples it runs at once. */
  cpus: number;
}

const DOCKERD_LOG = '/var/log/bbench-dockerd.log';

/** Connects to a Docker engine, setting one up on this machine when allowed and possible. */
export async function connectEngine(options: EngineOptions): Promise<Engine> {
  const docker = new Docker(dockerOptionsFor(options.host, options.tls));
  const address = options.host ?? 'unix:///var/run/docker.sock';
  const first = await pingEngine(docker);
  if (first.ok) return { docker, version: first.version, address, cpus: await cpuCount(docker) };
  if (!options.allowSetup || options.host !== undefined || !canSetUpLocally()) {
    throw new BenchError(
      'ENGINE_UNREACHABLE',
      `no Docker engine answered at ${address} (${first.error})`,
      remedyFor(options.host),
    );
  }
  await setUpLocalEngine(options.log);
  const deadline = Date.now() + 60_000;
  for (;;) {
    const ping = await pingEngine(docker);
    if (ping.ok) return { docker, version: ping.version, address, cpus: await cpuCount(docker) };
    if (Date.now() > deadline) {
      throw new BenchError(
        'ENGINE_UNREACHABLE',
        `dockerd was started but did not answer within 60 s (${ping.error})`,
        `read ${DOCKERD_LOG}`,
      );
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function cpuCount(docker: Docker): Promise<number> {
  const info = (await withDeadline(docker.info(), 10_000, 'docker info')) as { NCPU?: number };
  return Math.max(1, info.NCPU ?? 1);
}

async function pingEngine(
  docker: Docker,
): Promise<{ ok: true; version: string } | { ok: false; error: string }> {
  try {
    const info = await withDeadline(docker.version(), 5_000, 'docker version');
    return { ok: true, version: info.Version };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

/** TLS material for a tcp:// engine, as Docker's own client takes it (DOCKER_TLS_VERIFY, DOCKER_CERT_PATH). */
export interface EngineTls {
  /** Folder holding ca.pem, cert.pem and key.pem. */
  certPath: string;
}

export function dockerOptionsFor(host: string | undefined, tls?: EngineTls): Docker.DockerOptions {
  if (host === undefined) return { socketPath: '/var/run/docker.sock' };
  const url = new URL(host);
  switch (url.protocol) {
    case 'unix:':
      return { socketPath: url.pathname };
    case 'tcp:':
    case 'http:':
    case 'https:': {
      if (!tls && url.protocol !== 'https:')
        return { host: url.hostname, port: Number(url.port || 2375), protocol: 'http' };
      const read = (name: string) => {
        const path = join(tls?.certPath ?? '', name);
        if (!existsSync(path))
          throw new BenchError(
            'CONFIG_INVALID',
            `TLS for ${host}: ${path} does not exist`,
            'set DOCKER_CERT_PATH to the folder holding ca.pem, cert.pem and key.pem',
          );
        return readFileSync(path);
      };
      return {
        host: url.hostname,
        port: Number(url.port || 2376),
        protocol: 'https',
        ...(tls ? { ca: read('ca.pem'), cert: read('cert.pem'), key: read('key.pem') } : {}),
      };
    }
    case 'ssh:':
      return {
        protocol: 'ssh',
        host: url.hostname,
        port: Number(url.port || 22),
        username: url.username || undefined,
      } as Docker.DockerOptions;
    default:
      throw new BenchError(
        'USAGE',
        `unsupported Docker host '${host}': expected unix://, tcp:// or ssh://`,
      );
  }
}

function canSetUpLocally(): boolean {
  return (
    process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/etc/debian_version')
  );
}

async function setUpLocalEngine(log: (line: string) => void): Promise<void> {
  const installed = await commandExists('dockerd');
  log(
    `No Docker engine is reachable: ${installed ? '' : "installing Debian's docker.io and "}starting dockerd in the background (log: ${DOCKERD_LOG}).`,
  );
  if (!installed) {
    // execa passes the CLI's environment on (extendEnv); only the additions are named here.
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    try {
      await execa('apt-get', ['update', '-q'], { env, timeout: 300_000 });
      await execa('apt-get', ['install', '-y', '-q', 'docker.io'], { env, timeout: 600_000 });
    } catch (error) {
      throw new BenchError(
        'ENGINE_UNREACHABLE',
        `could not install docker.io: ${(error as Error).message.split('\n')[0]}`,
        remedyFor(undefined),
      );
    }
  }
  const logFd = openSync(DOCKERD_LOG, 'a');
  const daemon = spawn('dockerd', [], { detached: true, stdio: ['ignore', logFd, logFd] });
  daemon.unref();
}

async function commandExists(name: string): Promise<boolean> {
  const result = await execa('sh', ['-c', `command -v ${name}`], { reject: false });
  return result.exitCode === 0;
}

function remedyFor(host: string | undefined): string {
  return host === undefined
    ? 'start a Docker engine (for example `sudo systemctl start docker`, or `sudo dockerd &`), or point DOCKER_HOST at one; as root on Debian, boundary-bench installs and starts one itself unless --no-engine-setup is given'
    : `check that the engine at ${host} is running and reachable, or unset DOCKER_HOST to use the local one`;
}
