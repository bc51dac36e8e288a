/** Multiple-testing adjustments; both return adjusted p-values in the input order, nulls kept. */

/** Holm (1979) step-down: controls the family-wise error rate (the configured boundaries). */
export function holmAdjust(pValues: readonly (number | null)[]): (number | null)[] {
  const indexed = ranked(pValues);
  const m = indexed.length;
  const adjusted: (number | null)[] = pValues.map(() => null);
  let running = 0;
  indexed.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    adjusted[i] = running;
  });
  return adjusted;
}

/**
 * Benjamini–Hochberg (1995) step-up q-values: controls the false discovery rate (the exploratory
 * scan). `m` may exceed the number of p-values given: untested values count as p = 1.
 */
export function bhAdjust(
  pValues: readonly (number | null)[],
  m = pValues.filter((p) => p !== null).length,
): (number | null)[] {
  const indexed = ranked(pValues);
  const adjusted: (number | null)[] = pValues.map(() => null);
  let running = 1;
  for (let rank = indexed.length - 1; rank >= 0; rank--) {
    const { p, i } = indexed[rank]!;
    running = Math.min(running, (p * m) / (rank + 1));
    adjusted[i] = Math.min(1, running);
  }
  return adjusted;
}

function ranked(pValues: readonly (number | null)[]): { p: number; i: number }[] {
  return pValues
    .map((p, i) => ({ p, i }))
    .filter((x): x is { p: number; i: number } => x.p !== null)
    .sort((a, b) => a.p - b.p);
}
