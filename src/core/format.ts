/** Number formatting shared by findings and reports, so every output says the same thing. */

export function percent(x: number | null | undefined, digits = 1): string {
  return x === null || x === undefined ? '–' : `${(x * 100).toFixed(digits)}%`;
}

export function formatP(p: number | null | undefined): string {
  if (p === null || p === undefined) return '–';
  if (p < 0.001) return '< 0.001';
  return `= ${p.toFixed(3)}`;
}

export function fixed(x: number | null | undefined, digits = 2): string {
  return x === null || x === undefined ? '–' : x.toFixed(digits);
}
