import { attribute, xmlElements } from "./xml-elements";

/** One relationship of a part, its target already resolved to a normalised zip entry name. */
export interface Relationship {
  readonly id: string;
  /** Last segment of the relationship type: `worksheet`, `sharedStrings`, `styles`, `chartsheet`, … */
  readonly type: string;
  /** Zip entry name of the target, lower-cased (see {@link partName}). */
  readonly target: string;
}

/**
 * A zip entry name as a comparable OPC part name: forward slashes, no leading slash, `.`/`..` resolved,
 * lower case (part names are case-insensitive).
 *
 * @example
 * partName("/xl/worksheets/../sharedStrings.xml"); // => "xl/sharedstrings.xml"
 */
export function partName(path: string): string {
  const out: string[] = [];
  for (const seg of path.replace(/\\/g, "/").split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") out.pop();
    else out.push(seg);
  }
  return out.join("/").toLowerCase();
}

/**
 * Relationships of a part (e.g. `xl/_rels/workbook.xml.rels`), with targets resolved against the folder of
 * the part they belong to (`base`, e.g. `"xl/"`). External targets are dropped.
 *
 * @example
 * parseRelationships('<Relationships><Relationship Id="rId1" Type=".../worksheet" Target="worksheets/sheet1.xml"/></Relationships>', "xl/");
 * // => [{ id: "rId1", type: "worksheet", target: "xl/worksheets/sheet1.xml" }]
 */
export function parseRelationships(xml: string, base: string): Relationship[] {
  const out: Relationship[] = [];
  for (const el of xmlElements(xml)) {
    if (el.name !== "Relationship") continue;
    if (attribute(el.attributes, "TargetMode") === "External") continue;
    const target = attribute(el.attributes, "Target") ?? "";
    const type = attribute(el.attributes, "Type") ?? "";
    out.push({
      id: attribute(el.attributes, "Id") ?? "",
      type: type.slice(type.lastIndexOf("/") + 1),
      target: partName(target.startsWith("/") ? target : base + target),
    });
  }
  return out;
}
