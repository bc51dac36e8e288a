/** Edit distance (insertions, deletions, substitutions, adjacent swaps): how far a typo is from a name. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1);
      rows[i]![j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * The known name a typo most likely meant: the nearest within a third of its length (at least 1,
 * at most 3 edits), or the only name it is a prefix of. Undefined when nothing is close.
 */
export function closestName(typo: string, names: readonly string[]): string | undefined {
  const limit = Math.min(3, Math.max(1, Math.floor(typo.length / 3)));
  let best: { name: string; distance: number } | undefined;
  for (const name of names) {
    const distance = editDistance(typo.toLowerCase(), name.toLowerCase());
    if (distance <= limit && (best === undefined || distance < best.distance))
      best = { name, distance };
  }
  if (best) return best.name;
  const prefixed = names.filter((n) => n.startsWith(typo) && typo.length >= 2);
  return prefixed.length === 1 ? prefixed[0] : undefined;
}
