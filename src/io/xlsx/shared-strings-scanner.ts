import { endsName, richText, rootPrefix, textTags, type TextTags } from "./xml-scan";

/** Incremental reader of `xl/sharedStrings.xml`: push decoded text as it arrives. */
export interface SharedStringsScanner {
  push(text: string): void;
  /** Call once the part has ended; returns the table, or `null` if the part stopped inside an item. */
  end(): string[] | null;
}

/**
 * Read the shared-strings table (`<sst><si>…</si>…</sst>`) from text chunks, keeping only the strings: the
 * XML around them is dropped as soon as each `<si>` item is complete, so a big table costs its strings, not
 * its markup.
 *
 * @example
 * const sst = createSharedStringsScanner();
 * sst.push('<sst><si><t>CASE_NUMBER</t></si><si><r><t>A</t></r><r><t>B</t></r></si><si/></sst>');
 * sst.end(); // => ["CASE_NUMBER", "AB", ""]
 */
export function createSharedStringsScanner(): SharedStringsScanner {
  const strings: string[] = [];
  let buf = "";
  let si = "";
  let siClose = "";
  let tags: TextTags | null = null;

  const scan = (): void => {
    if (tags === null) {
      const prefix = rootPrefix(buf);
      if (prefix === null) return;
      tags = textTags(prefix);
      si = `<${prefix}si`;
      siClose = `</${prefix}si>`;
    }
    const b = buf;
    let pos = 0;
    for (;;) {
      const lt = b.indexOf(si, pos);
      if (lt < 0) {
        const last = b.lastIndexOf("<");
        pos = last >= pos ? last : b.length;
        break;
      }
      const next = b.charCodeAt(lt + si.length);
      if (Number.isNaN(next)) {
        pos = lt;
        break;
      }
      if (!endsName(next)) {
        pos = lt + si.length;
        continue;
      }
      const gt = b.indexOf(">", lt);
      if (gt < 0) {
        pos = lt;
        break;
      }
      if (b.charCodeAt(gt - 1) === 47) {
        strings.push("");
        pos = gt + 1;
        continue;
      }
      const close = b.indexOf(siClose, gt + 1);
      if (close < 0) {
        pos = lt;
        break;
      }
      strings.push(richText(b, gt + 1, close, tags));
      pos = close + siClose.length;
    }
    buf = pos >= b.length ? "" : b.slice(pos);
  };

  return {
    push(text) {
      buf = buf.length === 0 ? text : buf + text;
      scan();
    },
    end() {
      return buf.indexOf(si === "" ? "<si" : si) >= 0 ? null : strings;
    },
  };
}
