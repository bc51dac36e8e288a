import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { captureIo } from '../../helpers/capture-io.js';

// Every non-zero exit goes through exitCodeFor: a command throws a typed error, main maps it.
describe('exit codes of misuse', () => {
  it('no command: the usage on stdout, the error on stderr, exit 2', async () => {
    const io = captureIo();
    expect(await main([], io)).toBe(2);
    expect(io.out()).toContain('Usage: bbench <command>');
    expect(io.err()).toContain('error USAGE');
    expect(io.err()).toContain('no command given');
  });

  it('bbench schemas with neither --write nor --check says so and exits 2', async () => {
    const io = captureIo();
    expect(await main(['schemas'], io)).toBe(2);
    expect(io.err()).toContain('expected --write DIR or --check DIR, received neither');
  });

  it('--help exits 0 with nothing on stderr', async () => {
    const io = captureIo();
    expect(await main(['--help'], io)).toBe(0);
    expect(io.err()).toBe('');
  });
});
