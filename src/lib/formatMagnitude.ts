/** Rounds to at most `digits` decimals, without grouping: 5664.0 → "5664", 4.25 → "4.25". */
function trim(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}

/** A number in Chinese magnitude words: 40000000 → "4000万", 566400000000 → "5664亿", 429 → "429". */
export function formatMagnitude(value: number, digits = 2): string {
  const abs = Math.abs(value);
  if (abs >= 1e8) return `${trim(value / 1e8, digits)}亿`;
  if (abs >= 1e4) return `${trim(value / 1e4, digits)}万`;
  return trim(value, digits);
}
