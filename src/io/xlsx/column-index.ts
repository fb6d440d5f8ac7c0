/**
 * 0-based column of a cell reference (`A1` → 0, `Z9` → 25, `AA10` → 26, `CS2` → 96), read from
 * `text[from..to)`; `-1` when it starts with no letter. `$` anchors are skipped.
 *
 * @example
 * columnIndex("AB12");        // => 27
 * columnIndex("$C$3");        // => 2
 * columnIndex("12");          // => -1
 */
export function columnIndex(text: string, from = 0, to = text.length): number {
  let col = 0;
  let i = from;
  if (text.charCodeAt(i) === 36) i++;
  for (; i < to; i++) {
    const c = text.charCodeAt(i) | 32; // lower-case
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  return col - 1;
}
