import { sha256 } from './hash.js';

/** A seeded pseudo-random source. Every random choice in boundary-bench goes through one of these. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Standard normal draw (Box–Muller). */
  normal(): number;
}

/** sfc32 seeded from a SHA-256 of the parts, so that streams for different keys are independent. */
export function createRng(...seedParts: (string | number)[]): Rng {
  const digest = sha256(...seedParts.map(String));
  // The state lives in a typed array: as captured variables, its unsigned 32-bit words do not fit
  // V8's small integers, and every draw boxed four numbers (about 60 ns a draw, against a few).
  // Stores wrap modulo 2^32, as the `>>> 0` of the textbook form does: the same stream, bit for bit.
  const state = new Uint32Array(4);
  for (let i = 0; i < 4; i++) state[i] = parseInt(digest.slice(8 * i, 8 * i + 8), 16);
  const next = (): number => {
    const a = state[0]!;
    const b = state[1]!;
    const c = state[2]!;
    const d = state[3]!;
    const t = (a + b + d) >>> 0;
    state[3] = d + 1;
    state[0] = b ^ (b >>> 9);
    state[1] = c + (c << 3);
    state[2] = ((c << 21) | (c >>> 11)) + t;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return {
    next,
    int: (n) => Math.floor(next() * n),
    normal: () => {
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
  };
}
