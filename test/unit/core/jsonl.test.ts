import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { openJsonlAppender, readJsonl } from '../../../src/core/jsonl.js';

const dir = () => mkdtempSync(join(tmpdir(), 'bbench-jsonl-'));

async function readAll(path: string, malformed: string[] = []) {
  const out: unknown[] = [];
  for await (const { value } of readJsonl(path, (m) => malformed.push(m.where))) out.push(value);
  return out;
}

describe('JSONL', () => {
  it('appends one record per line and reads them back', async () => {
    const path = join(dir(), 'a.jsonl');
    const { appender } = openJsonlAppender(path);
    appender.append({ a: 1 });
    appender.append({ a: 2 });
    appender.close();
    expect(await readAll(path)).toEqual([{ a: 1 }, { a: 2 }]);
  });

  it('cuts a last line left half-written by a crash, and says how many bytes', async () => {
    const path = join(dir(), 'crash.jsonl');
    writeFileSync(path, '{"a":1}\n{"a":2}\n{"a":');
    const { appender, repairedBytes } = openJsonlAppender(path);
    expect(repairedBytes).toBe(5);
    appender.append({ a: 3 });
    appender.close();
    expect(readFileSync(path, 'utf8')).toBe('{"a":1}\n{"a":2}\n{"a":3}\n');
  });

  it('reports malformed lines with file:line and skips them', async () => {
    const path = join(dir(), 'bad.jsonl');
    writeFileSync(path, '{"a":1}\n\nnot json\n{"a":2}\n');
    const malformed: string[] = [];
    expect(await readAll(path, malformed)).toEqual([{ a: 1 }, { a: 2 }]);
    expect(malformed).toEqual([`${path}:3`]);
  });

  it('reads .jsonl.gz', async () => {
    const path = join(dir(), 'z.jsonl.gz');
    writeFileSync(path, gzipSync('{"a":1}\n{"a":2}\n'));
    expect(await readAll(path)).toEqual([{ a: 1 }, { a: 2 }]);
  });

  it('leaves a file that ends in a newline alone', () => {
    const path = join(dir(), 'ok.jsonl');
    writeFileSync(path, '{"a":1}\n');
    appendFileSync(path, '');
    expect(openJsonlAppender(path).repairedBytes).toBe(0);
  });
});
