/**
 * Helpers shared by the hand-written scanners of the two big parts of a workbook (worksheets and the
 * shared-strings table). They work on decoded XML text with `indexOf`, and only ever look at the handful
 * of tags those parts are made of.
 *
 * @module
 */
import { decodeXmlText } from "./decode-xml-text";

/**
 * Whether a character may follow an element name in a tag: whitespace, `>` or `/`.
 *
 * @example
 * endsName(">".charCodeAt(0)); // => true
 * endsName("o".charCodeAt(0)); // => false
 */
export function endsName(code: number): boolean {
  return code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13;
}

/**
 * The namespace prefix of the document's root element (`"x:"` for `<x:worksheet …>`, `""` without one), or
 * `null` when the text does not reach the root element yet.
 *
 * @example
 * rootPrefix('<?xml version="1.0"?><x:worksheet xmlns:x="…">'); // => "x:"
 */
export function rootPrefix(text: string): string | null {
  let i = 0;
  for (;;) {
    const lt = text.indexOf("<", i);
    if (lt < 0 || lt + 1 >= text.length) return null;
    const c = text.charCodeAt(lt + 1);
    if (c === 63 || c === 33) {
      // <?xml …?>, <!-- … -->, <!DOCTYPE …>
      const gt = text.indexOf(">", lt);
      if (gt < 0) return null;
      i = gt + 1;
      continue;
    }
    let e = lt + 1;
    while (e < text.length && !endsName(text.charCodeAt(e))) e++;
    if (e >= text.length) return null;
    const name = text.slice(lt + 1, e);
    const colon = name.indexOf(":");
    return colon < 0 ? "" : name.slice(0, colon + 1);
  }
}

/** The tag strings of one namespace prefix used by the rich-text reader. */
export interface TextTags {
  readonly t: string;
  readonly tClose: string;
  readonly rPh: string;
  readonly rPhClose: string;
}

/**
 * Tag strings for a namespace prefix (`""` or `"x:"`).
 *
 * @example
 * textTags("x:").tClose; // => "</x:t>"
 */
export function textTags(prefix: string): TextTags {
  return { t: `<${prefix}t`, tClose: `</${prefix}t>`, rPh: `<${prefix}rPh`, rPhClose: `</${prefix}rPh>` };
}

/**
 * The text of a string item (`<si>` of the shared-strings table, `<is>` of an inline-string cell) whose content
 * is `text.slice(from, to)`: every `<t>` concatenated (rich-text runs `<r><rPr/><t>…</t></r>` included),
 * phonetic guides (`<rPh>`) left out, entities and `_xHHHH_` escapes decoded.
 *
 * @example
 * const s = "<r><t>Ac</t></r><r><t xml:space=\"preserve\">me &amp; Co</t></r>";
 * richText(s, 0, s.length, textTags("")); // => "Acme & Co"
 */
export function richText(text: string, from: number, to: number, tags: TextTags): string {
  let out = "";
  let i = from;
  for (;;) {
    const lt = text.indexOf("<", i);
    if (lt < 0 || lt >= to) break;
    const gt = text.indexOf(">", lt);
    if (gt < 0 || gt >= to) break;
    if (text.startsWith(tags.t, lt) && endsName(text.charCodeAt(lt + tags.t.length))) {
      if (text.charCodeAt(gt - 1) === 47) {
        i = gt + 1;
        continue;
      }
      const end = text.indexOf(tags.tClose, gt + 1);
      if (end < 0 || end > to) break;
      out += text.slice(gt + 1, end);
      i = end + tags.tClose.length;
    } else if (text.startsWith(tags.rPh, lt) && endsName(text.charCodeAt(lt + tags.rPh.length)) && text.charCodeAt(gt - 1) !== 47) {
      const end = text.indexOf(tags.rPhClose, gt + 1);
      if (end < 0 || end > to) break;
      i = end + tags.rPhClose.length;
    } else i = gt + 1;
  }
  return decodeXmlText(out);
}
