import { attribute, xmlElements } from "./xml-elements";

/** Built-in number formats that show a date or time (ECMA-376 §18.8.30, including the East Asian ones). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/**
 * Whether a custom number format code shows a date: after dropping quoted text, `\`-escaped characters,
 * `[...]` sections (colours, conditions, locales) and `_x`/`*x` padding, it has a day, year or month token
 * (`m` counts as a month unless the code is a pure time such as `mm:ss` or `h:mm`).
 *
 * @example
 * isDateFormatCode("m/d/yyyy");    // => true
 * isDateFormatCode("#,##0.00");    // => false
 * isDateFormatCode('0.0 "days"');  // => false
 * isDateFormatCode("[h]:mm:ss");   // => false
 */
export function isDateFormatCode(code: string): boolean {
  const s = code.replace(/"[^"]*"|\\.|\[[^\]]*\]|[_*]./g, "");
  if (/[dy]/i.test(s)) return true;
  return /m/i.test(s) && !/[hs]/i.test(s);
}

/**
 * For each cell style (`s` attribute of a cell = index into `cellXfs` of `xl/styles.xml`), whether its
 * number format is a date format: 1 for a date, 0 otherwise.
 *
 * @example
 * [...parseDateStyles('<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>')]; // => [0, 1]
 */
export function parseDateStyles(xml: string): Uint8Array {
  const custom = new Map<number, boolean>();
  const formats: number[] = [];
  for (const el of xmlElements(xml)) {
    if (el.name === "numFmt" && el.parent === "numFmts") {
      const id = Number(attribute(el.attributes, "numFmtId"));
      custom.set(id, isDateFormatCode(attribute(el.attributes, "formatCode") ?? ""));
    } else if (el.name === "xf" && el.parent === "cellXfs") {
      formats.push(Number(attribute(el.attributes, "numFmtId") ?? "0"));
    }
  }
  return Uint8Array.from(formats, (id) => ((custom.get(id) ?? BUILT_IN_DATE_FORMATS.has(id)) ? 1 : 0));
}
