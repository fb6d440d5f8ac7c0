/**
 * Letters of the DOS code page (CP437/850) that survive in OFLC wage-library text as C1 control
 * characters. The wage year 2020-21 `Geography.csv` writes `Mayagüez` as `Mayag\x81uez`: byte 0x81
 * (ü in CP437) typed in front of the plain `u` it stands for.
 * Windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D undefined, so decoding gives U+0081 …, and a
 * file re-saved as UTF-8 keeps the same U+0081 (`Mayag\u0081uez`). No real text contains C1
 * controls, so reading them as the CP437 letters they were is safe.
 *
 * @module
 */

/** The five bytes windows-1252 leaves undefined, read as CP437 letters. */
const CP437: Readonly<Record<string, string>> = Object.freeze({
  "\u0081": "ü",
  "\u008d": "ì",
  "\u008f": "Å",
  "\u0090": "É",
  "\u009d": "¥",
});

/** A leftover C1 letter; a U+0081 (ü) directly before the `u` it replaces absorbs it. */
const C1_LEFTOVER = /\u0081[uU]?|[\u008d\u008f\u0090\u009d]/g;

/**
 * Replace the C1 control characters that stand for CP437 letters (U+0081 → `ü`, U+008D → `ì`,
 * U+008F → `Å`, U+0090 → `É`, U+009D → `¥`). A U+0081 followed by the `u` it accents becomes one `ü`
 * (`Mayag\u0081uez` → `Mayagüez`, as DOL's 2020-21 file writes it). Everything else is left alone.
 * Idempotent; never throws.
 *
 * @example
 * repairDosLetters("Mayag\u0081uez, PR"); // => "Mayagüez, PR"
 * repairDosLetters("Mayagüez, PR");       // => "Mayagüez, PR"
 * repairDosLetters("M\u0081nchen");        // => "München"
 * repairDosLetters("Seattle-Tacoma-Bellevue, WA"); // => "Seattle-Tacoma-Bellevue, WA"
 */
export function repairDosLetters(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x81 && c <= 0x9d) {
      return text.replace(C1_LEFTOVER, (m) => (m.length === 2 ? (m[1] === "U" ? "Ü" : "ü") : (CP437[m] ?? m)));
    }
  }
  return text;
}
