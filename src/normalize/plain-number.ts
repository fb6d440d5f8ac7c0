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
  let digits = 0;
  let dot = -1;
  let commas = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) {
      digits++;
    } else if (c === 46) {
      if (dot !== -1) return null;
      dot = i;
    } else if (c === 44) {
      if (dot !== -1 || !isDigit(s.charCodeAt(i - 1)) || !isDigit(s.charCodeAt(i + 1))) return null;
      commas = true;
    } else {
      return null;
    }
  }
  if (digits === 0) return null;
  const value = Number(commas ? s.replaceAll(",", "") : s);
  return Number.isFinite(value) ? value : null;
}
