const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const ENTITY = /&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g;
const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

function entity(match: string, dec: string | undefined, hex: string | undefined, name: string | undefined): string {
  if (name !== undefined) return NAMED[name] ?? match;
  const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex!, 16);
  return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
}

/**
 * Text content of an XML element as the application sees it: XML line ends normalised (`\r\n` → `\n`),
 * the five named entities and numeric character references decoded, then the OOXML `_xHHHH_` escapes
 * (how Excel writes control characters such as a carriage return, `_x000D_`, and a literal `_x`, `_x005F_`)
 * turned back into characters. Unknown entities are left as written.
 *
 * @example
 * decodeXmlText("R&amp;D _x000D_line"); // => "R&D \rline"
 * decodeXmlText("plain");               // => "plain"
 */
export function decodeXmlText(raw: string): string {
  let s = raw;
  if (s.indexOf("\r") >= 0) s = s.replace(/\r\n?/g, "\n");
  if (s.indexOf("&") >= 0) s = s.replace(ENTITY, entity);
  if (s.indexOf("_x") >= 0) s = s.replace(OOXML_ESCAPE, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return s;
}
