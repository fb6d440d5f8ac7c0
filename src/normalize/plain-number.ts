/**
 * The one number grammar of the disclosure files: plain non-negative decimals as text, with an
 * optional `$` and thousands commas (`"128,550.00"`, `"6,156,800.00"`), including pandas floats
 * (`"541511.0"`). Shared by the wage and identifier parsers.
 *
 * @module
 */

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Parse a plain non-negative decimal: digits, an optional decimal point, commas only between
 * digits before the point, an optional leading `$`, surrounding spaces. No sign, no exponent,
 * no unit. Returns `null` for anything else; never `NaN`, never throws.
 *
 * @example
 * parsePlainNumber("6,156,800.00"); // => 6156800
 * parsePlainNumber(" $45.5 ");      // => 45.5
 * parsePlainNumber("1e5");          // => null
 * parsePlainNumber("-3");           // => null
 */
export function parsePlainNumber(text: string): number | null {
  let s = text.trim();
  if (s.charCodeAt(0) === 36) s = s.slice(1).trimStart(); // "$"
  return plainDigits(s);
}

/** Exact powers of ten (every one up to 1e22 is a double). */
const POW10: readonly number[] = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * The grammar of {@link parsePlainNumber} without the trimming and the `$`: only digits, at most one `.`, and
 * commas between digits before it. Returns `null` for anything else. Up to 15 digits and 22 decimals, the value
 * is the digits as an integer divided by a power of ten: both are exact doubles, so the one rounding is the same
 * as `Number()`'s, without building a comma-free copy; longer numbers go through `Number()`.
 *
 * @example
 * plainDigits("128,550.00"); // => 128550
 * plainDigits(" 45.5");      // => null
 */
export function plainDigits(s: string): number | null {
  const n = s.length;
  let mantissa = 0;
  let digits = 0;
  let decimals = -1;
  let commas = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (decimals >= 0) decimals++;
    } else if (c === 46) {
      if (decimals >= 0) return null;
      decimals = 0;
    } else if (c === 44) {
      if (decimals >= 0 || !isDigit(s.charCodeAt(i - 1)) || !isDigit(s.charCodeAt(i + 1))) return null;
      commas = true;
    } else {
      return null;
    }
  }
  if (digits === 0) return null;
  if (digits <= 15 && decimals <= 22) return decimals > 0 ? mantissa / POW10[decimals]! : mantissa;
  const value = Number(commas ? s.replaceAll(",", "") : s);
  return Number.isFinite(value) ? value : null;
}
