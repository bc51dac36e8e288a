import type { CliIo } from '../../src/cli/io.js';

/** A CliIo that keeps what the CLI prints, for golden-file tests of commands that need no engine. */
export function captureIo(cwd = process.cwd()): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    stderrIsTty: false,
    colour: false,
    env: { NO_COLOR: '1' },
    cwd,
    signal: new AbortController().signal,
    out: () => out,
    err: () => err,
  };
}
