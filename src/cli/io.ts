/** The CLI's only contact with the process: streams, TTY-ness, environment. Tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal: progress redraws in place there, and prints periodic lines otherwise. */
  stderrIsTty: boolean;
  colour: boolean;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Aborted on Ctrl-C, so running work stops and the sandbox is closed. */
  signal: AbortSignal;
}

export function processIo(signal: AbortSignal): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stderrIsTty: Boolean(process.stderr.isTTY),
    colour: Boolean(process.stdout.isTTY) && process.env.NO_COLOR === undefined,
    env: process.env,
    cwd: process.cwd(),
    signal,
  };
}
