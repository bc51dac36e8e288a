/** Median and spread of repeated measurements, and their formatting for the bench's lines. */
export function spread(xs: readonly number[]): { median: number; min: number; max: number } {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median =
    sorted.length % 2 === 1
      ? (sorted[Math.floor(mid)] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { median, min: sorted[0] as number, max: sorted.at(-1) as number };
}

/** A throughput line: samples/s as median (min–max) over the repetitions' wall times in seconds. */
export function rateLine(samples: number, seconds: readonly number[]): string {
  const { median, min, max } = spread(seconds.map((s) => samples / s));
  return `${median.toFixed(1).padStart(6)} samples/s (${min.toFixed(1)}–${max.toFixed(1)}; median ${spread(seconds).median.toFixed(2)} s for ${samples})`;
}

/** Ratio of the median rates of a and b, each given as (samples, wall times). */
export function rateRatio(
  a: { samples: number; seconds: readonly number[] },
  b: { samples: number; seconds: readonly number[] },
): number {
  return a.samples / spread(a.seconds).median / (b.samples / spread(b.seconds).median);
}
