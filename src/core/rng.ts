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
