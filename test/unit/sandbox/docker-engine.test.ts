import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dockerOptionsFor } from '../../../src/sandbox/docker-engine.js';

describe('dockerOptionsFor', () => {
  it('maps DOCKER_HOST forms to dockerode options', () => {
    expect(dockerOptionsFor(undefined)).toEqual({ socketPath: '/var/run/docker.sock' });
    expect(dockerOptionsFor('unix:///run/other.sock')).toEqual({ socketPath: '/run/other.sock' });
    expect(dockerOptionsFor('tcp://10.0.0.5:2375')).toEqual({
      host: '10.0.0.5',
      port: 2375,
      protocol: 'http',
    });
    expect(dockerOptionsFor('ssh://eval@big-box')).toMatchObject({
      protocol: 'ssh',
      host: 'big-box',
      port: 22,
      username: 'eval',
    });
  });

  it('uses TLS with the certificates of DOCKER_CERT_PATH, on port 2376 by default', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bbench-certs-'));
    for (const name of ['ca.pem', 'cert.pem', 'key.pem'])
      writeFileSync(join(dir, name), `${name} contents`);
    const options = dockerOptionsFor('tcp://big-box', { certPath: dir }) as Record<string, unknown>;
    expect(options).toMatchObject({ host: 'big-box', port: 2376, protocol: 'https' });
    expect(String(options.ca)).toBe('ca.pem contents');
    expect(String(options.key)).toBe('key.pem contents');
  });

  it('names a missing certificate file', () => {
    expect(() => dockerOptionsFor('tcp://big-box', { certPath: '/nonexistent' })).toThrow(
      '/nonexistent/ca.pem does not exist',
    );
  });

  it('rejects an unknown scheme, naming it', () => {
    expect(() => dockerOptionsFor('ftp://x')).toThrow("unsupported Docker host 'ftp://x'");
  });
});
