const STEPS: readonly [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/**
 * A positive whole number in Roman numerals (XI, XII, …), as official tables number their top-level
 * rows; a report can have more than ten districts, so there is no cut-off.
 */
export function romanNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1) return String(n);
  let rest = n;
  let out = '';
  for (const [value, letters] of STEPS) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}
