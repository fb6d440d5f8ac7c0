import { DisclosureError } from "../../errors";
import type { Relationship } from "./parse-relationships";
import type { WorkbookInfo } from "./parse-workbook";

/**
 * The zip entry name of the worksheet to read: the first worksheet by default, or the one named (exact
 * name first, then ignoring case) or numbered (0-based, in tab order) by `sheet`. Without relationships (a
 * damaged workbook) sheets are assumed to be `xl/worksheets/sheetN.xml` in tab order. A sheet that does not
 * exist throws `DisclosureError("invalid_option")` listing the sheets there are.
 *
 * @example
 * chooseSheet({ sheets: [{ name: "Data", relId: "rId1" }], date1904: false },
 *   [{ id: "rId1", type: "worksheet", target: "xl/worksheets/sheet1.xml" }], undefined, "book.xlsx");
 * // => "xl/worksheets/sheet1.xml"
 */
export function chooseSheet(
  workbook: WorkbookInfo,
  rels: readonly Relationship[] | null,
  sheet: string | number | undefined,
  file: string,
): string {
  const { sheets } = workbook;
  const partOf = (i: number): { part: string; type: string } | null => {
    const s = sheets[i]!;
    if (rels === null) return { part: `xl/worksheets/sheet${i + 1}.xml`, type: "worksheet" };
    const rel = rels.find((r) => r.id === s.relId);
    return rel ? { part: rel.target, type: rel.type } : null;
  };
  let index: number;
  if (sheet === undefined) {
    index = sheets.findIndex((_s, i) => partOf(i)?.type === "worksheet");
  } else if (typeof sheet === "number") {
    index = Number.isInteger(sheet) && sheet >= 0 && sheet < sheets.length ? sheet : -1;
  } else {
    index = sheets.findIndex((s) => s.name === sheet);
    if (index < 0) {
      const lower = sheet.toLowerCase();
      const matches = sheets.flatMap((s, i) => (s.name.toLowerCase() === lower ? [i] : []));
      index = matches.length === 1 ? matches[0]! : -1;
    }
  }
  const names = sheets.map((s) => JSON.stringify(s.name)).join(", ");
  if (index < 0) {
    const what = sheet === undefined ? "no worksheet" : typeof sheet === "number" ? `no sheet number ${sheet} (0-based)` : `no sheet named ${JSON.stringify(sheet)}`;
    throw new DisclosureError(
      "invalid_option",
      `${file}: ${what} in this workbook; its sheets are: ${names || "(none)"}. Choose one with the "sheet" option (a name or a 0-based index).`,
      { file },
    );
  }
  const found = partOf(index);
  const name = JSON.stringify(sheets[index]!.name);
  if (found === null) {
    throw new DisclosureError("xlsx_input", `${file}: the workbook lists sheet ${name} but not where it is stored; the file is damaged.`, { file });
  }
  if (found.type !== "worksheet") {
    throw new DisclosureError("invalid_option", `${file}: sheet ${name} is a ${found.type}, not a worksheet with rows; its sheets are: ${names}.`, { file });
  }
  return found.part;
}
