import { DisclosureError } from "../errors";
import { ELEMENT_BYTES, isLittleEndian, SECTIONS, SNAPSHOT_MAGIC, type SectionInfo } from "./snapshot-format";
import type { SponsorIndex } from "./sponsor-index";

type Column = ArrayLike<number> & { readonly buffer: ArrayBufferLike; readonly byteOffset: number; readonly byteLength: number };

/**
 * The stored value of each section of an index, by section name (see `SECTIONS`).
 *
 * @example
 * sectionValues(index)["socs"] === index.socs; // => true
 */
export function sectionValues(index: SponsorIndex): Record<string, Column | readonly string[]> {
  const oddIndex = [...index.evidence.odd.keys()].sort((a, b) => a - b);
  return {
    socs: index.socs,
    states: index.states,
    areas: index.areas,
    "nodes.fein": index.nodes.fein,
    "nodes.name": index.nodes.name,
    "nodes.state": index.nodes.state,
    "nodes.filings": index.nodes.filings,
    "nodes.firstDay": index.nodes.firstDay,
    "nodes.lastDay": index.nodes.lastDay,
    "nodes.labelStart": index.nodes.labelStart,
    "nodes.labelKind": index.nodes.labelKind,
    "nodes.labelText": index.nodes.labelText,
    "nodes.labelCount": index.nodes.labelCount,
    "groups.node": index.groups.node,
    "groups.program": index.groups.program,
    "groups.soc": index.groups.soc,
    "groups.socInferred": index.groups.socInferred,
    "groups.filings": index.groups.filings,
    "groups.firstDay": index.groups.firstDay,
    "groups.lastDay": index.groups.lastDay,
    "groups.cellStart": index.groups.cellStart,
    "groups.attrStart": index.groups.attrStart,
    "cells.decisionFy": index.cells.decisionFy,
    "cells.receivedFy": index.cells.receivedFy,
    "cells.status": index.cells.status,
    "cells.count": index.cells.count,
    "cells.evidenceStart": index.cells.evidenceStart,
    "attrs.kind": index.attrs.kind,
    "attrs.value": index.attrs.value,
    "attrs.count": index.attrs.count,
    "evidence.key": index.evidence.key,
    "evidence.oddIndex": Int32Array.from(oddIndex),
    "evidence.oddText": oddIndex.map((i) => index.evidence.odd.get(i)!),
    "titles.titles": index.titles.titles,
    "titles.filings": index.titles.filings,
    "titles.pairStart": index.titles.pairStart,
    "titles.pairSoc": index.titles.pairSoc,
    "titles.pairCount": index.titles.pairCount,
    "titles.socTitles": index.titles.socTitles,
    "titles.socTitleSoc": index.titles.socTitleSoc,
  };
}

const align8 = (n: number) => (n + 7) & ~7;

/**
 * Save an index as one versioned binary snapshot (see `snapshot-format.ts`): a JSON header (format,
 * version, data-as-of date, source files, alias table) and columnar typed arrays. Browser-safe;
 * deterministic (the same index gives the same bytes). Write it with `saveSnapshotFile` in Node.
 *
 * @example
 * const bytes = saveSnapshot(index);
 * loadSnapshot(bytes).filings === index.filings; // => true
 */
export function saveSnapshot(index: SponsorIndex): Uint8Array {
  if (!isLittleEndian()) throw new DisclosureError("invalid_option", "saveSnapshot: snapshots are little-endian and this platform is not");
  const encoder = new TextEncoder();
  const values = sectionValues(index);
  const payloads: Uint8Array[] = [];
  const infos: SectionInfo[] = [];
  let offset = 0; // relative to the first section; fixed up after the header size is known
  for (const [name, type] of SECTIONS) {
    const v = values[name]!;
    let bytes: Uint8Array;
    let length: number;
    if (type === "str") {
      const list = v as readonly string[];
      length = list.length;
      bytes = encoder.encode(list.map((s) => (s.includes("\u0000") ? s.replace(/\u0000/g, " ") : s)).join("\u0000"));
    } else {
      const col = v as Column;
      length = col.length;
      if (col.byteLength !== length * ELEMENT_BYTES[type]) throw new Error(`saveSnapshot: section ${name} has the wrong element type`);
      bytes = new Uint8Array(col.buffer, col.byteOffset, col.byteLength);
    }
    infos.push({ name, type, offset, length, bytes: bytes.byteLength });
    payloads.push(bytes);
    offset = align8(offset + bytes.byteLength);
  }
  const headerOf = (base: number) =>
    encoder.encode(
      JSON.stringify({
        format: index.format,
        version: index.version,
        asOf: index.asOf,
        filings: index.filings,
        evidencePerCell: index.evidencePerCell,
        sources: index.sources,
        aliases: index.resolution.aliases,
        sections: infos.map((s) => ({ ...s, offset: s.offset + base })),
      }),
    );
  // The header holds absolute offsets, whose digits change its length: iterate to a fixed point.
  let base = align8(12 + headerOf(0).byteLength);
  let header = headerOf(base);
  while (align8(12 + header.byteLength) !== base) {
    base = align8(12 + header.byteLength);
    header = headerOf(base);
  }
  const out = new Uint8Array(base + offset);
  out.set(encoder.encode(SNAPSHOT_MAGIC), 0);
  new DataView(out.buffer).setUint32(8, header.byteLength, true);
  out.set(header, 12);
  infos.forEach((s, i) => out.set(payloads[i]!, base + s.offset));
  return out;
}
