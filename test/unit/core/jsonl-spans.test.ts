import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readJsonl, readJsonlAt, type JsonlLine } from '../../../src/core/jsonl.js';

const dir = mkdtempSync(join(tmpdir(), 'bbench-spans-'));

/** Over 2 MiB of lines of uneven length, multi-byte text, CRLF endings and blank lines, so that lines straddle read chunks. */
function text(): string {
  const lines: string[] = [];
  for (let i = 0; i < 9_000; i++) {
    const pad = i % 7 === 0 ? 'é✓'.repeat(i % 200) : 'x'.repeat((i * 37) % 400);
    lines.push(JSON.stringify({ i, pad }) + (i % 5 === 0 ? '\r' : ''));
    if (i % 1000 === 3) lines.push('');
  }
  return `${lines.join('\n')}\n{"last":true}`;
}

async function all(path: string): Promise<JsonlLine[]> {
  const out: JsonlLine[] = [];
  for await (const line of readJsonl(path)) out.push(line);
  return out;
}

describe('JSONL spans', () => {
  it('reads any line again alone, at the offset and length the stream reported', async () => {
    const path = join(dir, 'a.jsonl');
    writeFileSync(path, text());
    const lines = await all(path);
    expect(lines.length).toBe(9_001);
    expect(lines.at(-1)?.value).toEqual({ last: true });
    const picked = lines.filter((_, k) => k % 97 === 0 || k > 8_995).reverse();
    const again = readJsonlAt(path, picked);
    // In file order, whatever order they were asked in, with the same values and line numbers.
    expect(again.map((l) => l.line)).toEqual(picked.map((l) => l.line).reverse());
    expect(again.map((l) => l.value)).toEqual(picked.map((l) => l.value).reverse());
  });

  it('passes a line that no longer parses to onMalformed, with its file:line', () => {
    const path = join(dir, 'b.jsonl');
    writeFileSync(path, '{"a":1}\n{"b":2}\n');
    const problems: string[] = [];
    const lines = readJsonlAt(path, [{ line: 2, offset: 8, bytes: 4 }], (m) =>
      problems.push(m.where),
    );
    expect(lines).toEqual([]);
    expect(problems).toEqual([`${path}:2`]);
  });

  it('gives no offset in a gzipped file, and refuses to read one there', async () => {
    const path = join(dir, 'c.jsonl.gz');
    writeFileSync(path, gzipSync('{"a":1}\n{"b":2}\n'));
    const lines = await all(path);
    expect(lines.map((l) => l.offset)).toEqual([-1, -1]);
    expect(() => readJsonlAt(path, lines)).toThrow(/no byte offset/);
  });
});
