/** Text encodings the generator writes. */
export type TextEncoding = "utf-8" | "windows-1252";

/** Windows-1252 bytes 0x80–0x9F for the characters that differ from Latin-1. */
const CP1252_SPECIALS: Readonly<Record<number, number>> = {
  0x20ac: 0x80, 0x201a: 0x82, 0x0192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
  0x02c6: 0x88, 0x2030: 0x89, 0x0160: 0x8a, 0x2039: 0x8b, 0x0152: 0x8c, 0x017d: 0x8e, 0x2018: 0x91,
  0x2019: 0x92, 0x201c: 0x93, 0x201d: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02dc: 0x98,
  0x2122: 0x99, 0x0161: 0x9a, 0x203a: 0x9b, 0x0153: 0x9c, 0x017e: 0x9e, 0x0178: 0x9f,
};

/**
 * Encode text as Windows-1252: characters up to U+00FF map to their own byte (except U+0080–U+009F, which
 * cp1252 uses for other characters), plus the cp1252 specials (’ “ ” – — € …). Throws on anything else
 * (a generator bug: the generator chooses its own text).
 *
 * @example
 * encodeCp1252("é’"); // => Uint8Array.of(0xe9, 0x92)
 */
export function encodeCp1252(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) out[i] = c;
    else {
      const b = CP1252_SPECIALS[c];
      if (b === undefined) throw new Error(`Character U+${c.toString(16).padStart(4, "0")} has no Windows-1252 byte`);
      out[i] = b;
    }
  }
  return out;
}

const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

/** Encode text in one of the generator's encodings, optionally with a UTF-8 byte-order mark. */
export function encodeText(text: string, encoding: TextEncoding, bom = false): Uint8Array {
  const body = encoding === "windows-1252" ? encodeCp1252(text) : new TextEncoder().encode(text);
  if (!bom) return body;
  const out = new Uint8Array(UTF8_BOM.length + body.length);
  out.set(UTF8_BOM);
  out.set(body, UTF8_BOM.length);
  return out;
}
