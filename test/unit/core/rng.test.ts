import { describe, expect, it } from 'vitest';
import { sha256 } from '../../../src/core/hash.js';
import { createRng } from '../../../src/core/rng.js';

/** sfc32 as it was first written (captured variables, `>>> 0` after each step): the stream every seed must keep. */
function textbookSfc32(...seedParts: (string | number)[]): () => number {
  const digest = sha256(...seedParts.map(String));
  let a = parseInt(digest.slice(0, 8), 16) >>> 0;
  let b = parseInt(digest.slice(8, 16), 16) >>> 0;
  let c = parseInt(digest.slice(16, 24), 16) >>> 0;
  let d = parseInt(digest.slice(24, 32), 16) >>> 0;
  const next = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

describe('createRng', () => {
  it.each([['permutation', 42], ['bootstrap', 7, 'arm'], ['x'], [0]] as const)(
    'draws the textbook sfc32 stream for seed %s',
    (...parts) => {
      const rng = createRng(...parts);
      const reference = textbookSfc32(...parts);
      const draws = 200_000;
      for (let i = 0; i < draws; i++) {
        const got = rng.next();
        const want = reference();
        if (got !== want) expect({ draw: i, got }).toEqual({ draw: i, got: want });
      }
    },
  );

  it('derives int and normal from the same stream', () => {
    const rng = createRng('derived', 3);
    const reference = textbookSfc32('derived', 3);
    expect(rng.int(1000)).toBe(Math.floor(reference() * 1000));
    const u = 1 - reference();
    const v = reference();
    expect(rng.normal()).toBe(Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
  });
});
