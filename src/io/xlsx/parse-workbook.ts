import { attribute, xmlElements } from "./xml-elements";

/** A worksheet as listed in `xl/workbook.xml`: its tab name and the relationship id of its part. */
export interface WorkbookSheet {
  readonly name: string;
  readonly relId: string;
}

/** What `xl/workbook.xml` says about reading the sheets. */
export interface WorkbookInfo {
  /** Sheets in tab order (hidden ones included). */
  readonly sheets: readonly WorkbookSheet[];
  /** True when serial dates count from 1904-01-01 (old Mac workbooks). */
  readonly date1904: boolean;
}

/**
 * Sheet list and date system of a workbook part (`xl/workbook.xml`).
 *
 * @example
 * parseWorkbook('<workbook><workbookPr date1904="1"/><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>');
 * // => { sheets: [{ name: "A", relId: "rId1" }], date1904: true }
 */
export function parseWorkbook(xml: string): WorkbookInfo {
  const sheets: WorkbookSheet[] = [];
  let date1904 = false;
  for (const el of xmlElements(xml)) {
    if (el.name === "workbookPr") {
      const v = attribute(el.attributes, "date1904");
      date1904 = v === "1" || v === "true";
    } else if (el.name === "sheet" && el.parent === "sheets") {
      sheets.push({ name: attribute(el.attributes, "name") ?? "", relId: attribute(el.attributes, "id", true) ?? "" });
    }
  }
  return { sheets, date1904 };
}
