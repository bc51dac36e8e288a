import type { CliIo } from './io.js';

const BAR_WIDTH = 24;
const NON_TTY_INTERVAL_MS = 5_000;

/**
 * A progress bar on stderr: redrawn in place on a terminal, a line every few seconds otherwise (CI logs).
 * Shows done/total, rate, ETA and a caller-supplied detail such as passes or retries.
 */
export function createProgress(io: CliIo, label: string, total: number) {
  const started = Date.now();
  let lastLine = 0;
  let lastDone = -1;
  let lastDetail = '';
  const render = (done: number, detail: string) => {
    const elapsed = (Date.now() - started) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const eta = rate > 0 && total > done ? ` ${formatSeconds((total - done) / rate)} left` : '';
    const filled = total > 0 ? Math.round((done / total) * BAR_WIDTH) : BAR_WIDTH;
    const bar = `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
    return `${label.padEnd(9)} ${bar} ${done}/${total} ${rate.toFixed(1)}/s${eta}${detail ? ` · ${detail}` : ''}`;
  };
  return {
    update(done: number, detail = '') {
      // A changed detail is news too: batch states change while no sample arrives.
      if (done === lastDone && detail === lastDetail) return;
      lastDone = done;
      lastDetail = detail;
      const now = Date.now();
      if (io.stderrIsTty) io.stderr(`\r\x1b[2K${render(done, detail)}`);
      else if (now - lastLine >= NON_TTY_INTERVAL_MS && done < total) {
        lastLine = now;
        io.stderr(`${render(done, detail)}\n`);
      }
    },
    finish(done: number, detail = '') {
      const line = `${render(done, detail)} · ${formatSeconds((Date.now() - started) / 1000)}`;
      io.stderr(io.stderrIsTty ? `\r\x1b[2K${line}\n` : `${line}\n`);
    },
  };
}

export function formatSeconds(s: number): string {
  if (s < 60) return `${s.toFixed(s < 10 ? 1 : 0)} s`;
  return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}
