/** Median, p95 and spread of a list of numbers (nearest-rank percentiles). */
export interface Stats {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
  /** Mean of the values between the 5th and 95th percentile: finer than a median of 0.1 ms-coarse timings, robust to stalls. */
  trimmedMean: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export function stats(values: readonly number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const trimmed = sorted.slice(Math.floor(sorted.length * 0.05), Math.ceil(sorted.length * 0.95));
  const trimmedMean = trimmed.length ? trimmed.reduce((a, b) => a + b, 0) / trimmed.length : Number.NaN;
  return { n: sorted.length, median: percentile(sorted, 50), p95: percentile(sorted, 95), min: sorted[0] ?? Number.NaN, max: sorted.at(-1) ?? Number.NaN, trimmedMean };
}
