/** Rejects when `promise` has not settled within `ms`, naming what was being waited for. */
export async function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Runs `attempt` up to `tries` times with a short growing pause; engine calls hang or fail now and then. */
export async function withRetry<T>(tries: number, attempt: (n: number) => Promise<T>): Promise<T> {
  let last: unknown;
  for (let n = 1; n <= tries; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      last = error;
      if (n < tries) await new Promise((r) => setTimeout(r, 200 * n));
    }
  }
  throw last;
}
