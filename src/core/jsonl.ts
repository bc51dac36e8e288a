import { createReadStream, existsSync, openSync, closeSync, readSync, fstatSync, ftruncateSync, writeSync, fsyncSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';

export interface JsonlLine {
  /** 1-based line number in the file. */
  line: number;
  value: unknown;
}

export interface MalformedLine {
  where: string;
  reason: string;
}

/**
 * Streams the JSON values of a JSONL (or .jsonl.gz) file, one at a time, so that a large run is
 * never held in memory. Blank lines are skipped; malformed lines are passed to `onMalformed` and skipped.
 */
export async function* readJsonl(path: string, onMalformed?: (m: MalformedLine) => void): AsyncGenerator<JsonlLine> {
  let input: Readable = createReadStream(path);
  if (path.endsWith('.gz')) input = input.pipe(createGunzip());
  const lines = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line += 1;
    if (text.trim() === '') continue;
    try {
      yield { line, value: JSON.parse(text) as unknown };
    } catch (error) {
      onMalformed?.({ where: `${path}:${line}`, reason: (error as Error).message });
    }
  }
}

export interface JsonlAppender {
  append(record: unknown): void;
  close(): void;
}

/**
 * Opens a JSONL file for append-only writing, one record per write, so that a crash loses at most the
 * record being written. A last line left without its newline by an earlier crash is cut off first, and
 * how many bytes were dropped is returned, so the caller can report it.
 */
export function openJsonlAppender(path: string, options: { fsync?: boolean } = {}): { appender: JsonlAppender; repairedBytes: number } {
  const repairedBytes = existsSync(path) ? cutPartialLastLine(path) : 0;
  const fd = openSync(path, 'a');
  let open = true;
  return {
    repairedBytes,
    appender: {
      append(record) {
        if (!open) throw new Error(`append to closed JSONL file ${path}`);
        writeSync(fd, `${JSON.stringify(record)}\n`);
        if (options.fsync) fsyncSync(fd);
      },
      close() {
        if (open) closeSync(fd);
        open = false;
      },
    },
  };
}

function cutPartialLastLine(path: string): number {
  const fd = openSync(path, 'r+');
  try {
    const size = fstatSync(fd).size;
    if (size === 0) return 0;
    const chunk = Buffer.alloc(Math.min(size, 1 << 20));
    let end = size;
    // Walk back to the last newline; everything after it is a record cut short by a crash.
    while (end > 0) {
      const start = Math.max(0, end - chunk.length);
      const read = readSync(fd, chunk, 0, end - start, start);
      const newline = chunk.subarray(0, read).lastIndexOf(0x0a);
      if (newline >= 0) {
        const keep = start + newline + 1;
        if (keep < size) ftruncateSync(fd, keep);
        return size - keep;
      }
      end = start;
    }
    ftruncateSync(fd, 0);
    return size;
  } finally {
    closeSync(fd);
  }
}
