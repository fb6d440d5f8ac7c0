/**
 * Free-text cleanup shared by every text column of the disclosure files.
 *
 * The files carry HTML-escaped ampersands (`ERNST &AMP; YOUNG`), non-breaking spaces from
 * re-saved spreadsheets, doubled inner spaces (`BOISE STATE  UNIVERSITY`) and trailing blanks.
 * `cleanText` removes exactly those and leaves every other character alone (no case change,
 * no punctuation change).
 *
 * @module
 */

/** `&amp;` in any case, possibly repeated (`&AMP;AMP;`, from double escaping). */
const ESCAPED_AMPERSAND = /&(?:amp;)+/gi;

/** Every character `cleanText` treats as a space (the `\s` class plus zero-width spaces). */
const SPACE_RUN = /[\s\u180e\u200b]+/g;

/** True for a UTF-16 code unit that `SPACE_RUN` matches, other than the plain space. */
function isOtherSpace(c: number): boolean {
  if (c < 0x80) return c >= 9 && c <= 13;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    c === 0x180e ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Clean one free-text value: `&AMP;`/`&amp;` (any case) becomes `&`, tabs, line breaks,
 * NBSP and other Unicode spaces become a plain space, runs of spaces collapse to one, and the
 * ends are trimmed. An empty result is `null`. Idempotent; never throws.
 *
 * @example
 * cleanText("ERNST &AMP;  YOUNG U.S. LLP"); // => "ERNST & YOUNG U.S. LLP"
 * cleanText("Copper River Census Area\u00a0"); // => "Copper River Census Area"
 * cleanText("SENIOR QUANTITATIVE DEVELOPER  "); // => "SENIOR QUANTITATIVE DEVELOPER"
 * cleanText("   "); // => null
 */
export function cleanText(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const s = hasEscapedAmpersand(raw) ? raw.replace(ESCAPED_AMPERSAND, "&") : raw;
  // Fast path: most values are already clean, so check before allocating.
  let previousWasSpace = true; // a leading space counts as a doubled space
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (previousWasSpace) return finish(s);
      previousWasSpace = true;
    } else if (isOtherSpace(c)) {
      return finish(s);
    } else {
      previousWasSpace = false;
    }
  }
  if (previousWasSpace) return finish(s); // empty, or a trailing space
  return s;
}

/** Cheap pre-check for `ESCAPED_AMPERSAND`: an `&` followed by `a` or `A`. */
function hasEscapedAmpersand(s: string): boolean {
  for (let i = s.indexOf("&"); i !== -1; i = s.indexOf("&", i + 1)) {
    if ((s.charCodeAt(i + 1) | 32) === 97) return true;
  }
  return false;
}

function finish(s: string): string | null {
  const out = s.replace(SPACE_RUN, " ").trim();
  return out === "" ? null : out;
}
