/**
 * A small scanner over JSON text that finds where values are without converting them. Two corpus
 * formats need it: EvalPlus inputs hold integers beyond 2^53 and Python's NaN/Infinity, which
 * `JSON.parse` would round or reject, so they travel to Python as the file's own text; and the
 * sanitized MBPP release is one JSON array, whose elements need line numbers for error messages.
 */

export class JsonScanError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && ' \t\r\n'.includes(text[i] as string)) i += 1;
  return i;
}

function skipString(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j += 1) {
    const c = text[j];
    if (c === '\\') j += 1;
    else if (c === '"') return j + 1;
  }
  throw new JsonScanError('unterminated string', i);
}

/** The end (exclusive) of the value starting at `i`: a string, an object or array, or a bare token. */
export function skipValue(text: string, i: number): number {
  const c = text[i];
  if (c === '"') return skipString(text, i);
  if (c === '{' || c === '[') {
    let depth = 0;
    for (let j = i; j < text.length; j += 1) {
      const d = text[j];
      if (d === '"') j = skipString(text, j) - 1;
      else if (d === '{' || d === '[') depth += 1;
      else if (d === '}' || d === ']') {
        depth -= 1;
        if (depth === 0) return j + 1;
      }
    }
    throw new JsonScanError(`unterminated ${c === '{' ? 'object' : 'array'}`, i);
  }
  let j = i;
  while (j < text.length && !',}] \t\r\n'.includes(text[j] as string)) j += 1;
  if (j === i) throw new JsonScanError(`expected a value, found '${text[i] ?? 'end of text'}'`, i);
  return j;
}

/** The top-level members of the object starting at `start`, each as its raw text, and where it ends. */
export function objectFields(
  text: string,
  start = 0,
): { fields: Map<string, string>; end: number } {
  let i = skipSpace(text, start);
  if (text[i] !== '{') throw new JsonScanError('expected an object', i);
  const fields = new Map<string, string>();
  i = skipSpace(text, i + 1);
  if (text[i] === '}') return { fields, end: i + 1 };
  for (;;) {
    if (text[i] !== '"') throw new JsonScanError('expected a quoted field name', i);
    const keyEnd = skipString(text, i);
    const key = JSON.parse(text.slice(i, keyEnd)) as string;
    i = skipSpace(text, keyEnd);
    if (text[i] !== ':') throw new JsonScanError(`expected ':' after "${key}"`, i);
    i = skipSpace(text, i + 1);
    const valueEnd = skipValue(text, i);
    fields.set(key, text.slice(i, valueEnd));
    i = skipSpace(text, valueEnd);
    if (text[i] === '}') return { fields, end: i + 1 };
    if (text[i] !== ',') throw new JsonScanError(`expected ',' or '}' after "${key}"`, i);
    i = skipSpace(text, i + 1);
  }
}

/** The offsets of the elements of the top-level array that `text` holds. */
export function arrayElements(text: string): { start: number; end: number }[] {
  let i = skipSpace(text, 0);
  if (text[i] !== '[') throw new JsonScanError('expected a JSON array', i);
  const out: { start: number; end: number }[] = [];
  i = skipSpace(text, i + 1);
  if (text[i] === ']') return out;
  for (;;) {
    const end = skipValue(text, i);
    out.push({ start: i, end });
    i = skipSpace(text, end);
    if (text[i] === ']') return out;
    if (text[i] !== ',') throw new JsonScanError("expected ',' or ']' between elements", i);
    i = skipSpace(text, i + 1);
  }
}

/** 1-based line of an offset; offsets asked in increasing order cost one pass over the text. */
export function lineCounter(text: string): (offset: number) => number {
  let at = 0;
  let line = 1;
  return (offset) => {
    if (offset < at) {
      at = 0;
      line = 1;
    }
    for (let i = text.indexOf('\n', at); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
      line += 1;
      at = i + 1;
    }
    return line;
  };
}
