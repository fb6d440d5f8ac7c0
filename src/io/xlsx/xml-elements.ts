import { SaxesParser } from "saxes";

/** One start tag: its local name (prefix dropped), its parent's local name, and its attributes as written. */
export interface XmlElement {
  readonly name: string;
  readonly parent: string;
  readonly attributes: Readonly<Record<string, string>>;
}

function localName(qname: string): string {
  const colon = qname.indexOf(":");
  return colon < 0 ? qname : qname.slice(colon + 1);
}

/**
 * Every start tag of a small XML document (workbook, relationships, styles), in document order, with
 * namespace prefixes dropped from element names so `x:sheet` and `sheet` read alike. Entities in attribute
 * values are decoded. Malformed XML throws the parser's error.
 *
 * @example
 * xmlElements('<a><b id="1"/></a>'); // => [{ name: "a", parent: "", attributes: {} }, { name: "b", parent: "a", attributes: { id: "1" } }]
 */
export function xmlElements(xml: string): XmlElement[] {
  const out: XmlElement[] = [];
  const stack: string[] = [];
  const parser = new SaxesParser();
  parser.on("opentag", (tag) => {
    const name = localName(tag.name);
    out.push({ name, parent: stack[stack.length - 1] ?? "", attributes: tag.attributes });
    if (!tag.isSelfClosing) stack.push(name);
  });
  parser.on("closetag", (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  parser.write(xml).close();
  return out;
}

/**
 * The value of an attribute by local name, whatever its prefix (`r:id`, `ns0:id`); with `prefixed`, only a
 * prefixed one (so `sheetId` and `r:id` are told apart), otherwise an unprefixed name wins.
 *
 * @example
 * attribute({ name: "Data", "r:id": "rId1" }, "id", true); // => "rId1"
 * attribute({ Id: "rId2" }, "Id");                          // => "rId2"
 */
export function attribute(attributes: Readonly<Record<string, string>>, local: string, prefixed = false): string | undefined {
  if (!prefixed && attributes[local] !== undefined) return attributes[local];
  for (const key of Object.keys(attributes)) {
    const colon = key.indexOf(":");
    if (colon >= 0 && key.slice(colon + 1) === local && key.slice(0, colon) !== "xmlns") return attributes[key];
  }
  return undefined;
}
