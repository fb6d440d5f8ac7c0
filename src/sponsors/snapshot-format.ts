/**
 * The snapshot format (version 1): one binary buffer, browser-safe (no Node APIs), loaded with
 * zero-copy typed-array views.
 *
 * ```
 * bytes 0–7    magic "OFLCSIDX"
 * bytes 8–11   header length H (uint32, little-endian)
 * bytes 12…    header: UTF-8 JSON { format, version, asOf, filings, evidencePerCell, sources, aliases, sections }
 * …            zero padding to a multiple of 8
 * sections     each at an 8-byte-aligned offset (relative to byte 0), in the order of `sections`:
 *              typed arrays (little-endian) or string tables (UTF-8, strings joined by U+0000)
 * ```
 *
 * `sections` lists `{ name, type, offset, length, bytes }`: `type` is one of `u8 u16 i32 u32 f64 str`,
 * `length` counts elements (strings for `str`). Derived tables (employer resolution, node → group
 * offsets) are not stored; they are rebuilt on load from the nodes and the stored alias table.
 *
 * @module
 */

/**
 * The eight bytes every snapshot starts with.
 *
 * @example
 * new TextDecoder().decode(saveSnapshot(index).subarray(0, 8)) === SNAPSHOT_MAGIC; // => true
 */
export const SNAPSHOT_MAGIC = "OFLCSIDX";

export type SectionType = "u8" | "u16" | "i32" | "u32" | "f64" | "str";

export interface SectionInfo {
  readonly name: string;
  readonly type: SectionType;
  readonly offset: number;
  readonly length: number;
  readonly bytes: number;
}

/** Every stored section: its name, type and where it lives in a `SponsorIndex`. */
export const SECTIONS: readonly (readonly [name: string, type: SectionType])[] = [
  ["socs", "str"],
  ["states", "str"],
  ["areas", "str"],
  ["nodes.fein", "str"],
  ["nodes.name", "str"],
  ["nodes.state", "str"],
  ["nodes.filings", "u32"],
  ["nodes.firstDay", "i32"],
  ["nodes.lastDay", "i32"],
  ["nodes.labelStart", "i32"],
  ["nodes.labelKind", "u8"],
  ["nodes.labelText", "str"],
  ["nodes.labelCount", "u32"],
  ["groups.node", "i32"],
  ["groups.program", "u8"],
  ["groups.soc", "u16"],
  ["groups.socInferred", "u8"],
  ["groups.filings", "u32"],
  ["groups.firstDay", "i32"],
  ["groups.lastDay", "i32"],
  ["groups.cellStart", "i32"],
  ["groups.attrStart", "i32"],
  ["cells.decisionFy", "u16"],
  ["cells.receivedFy", "u16"],
  ["cells.status", "u8"],
  ["cells.count", "u32"],
  ["cells.evidenceStart", "i32"],
  ["attrs.kind", "u8"],
  ["attrs.value", "i32"],
  ["attrs.count", "u32"],
  ["evidence.key", "f64"],
  ["evidence.oddIndex", "i32"],
  ["evidence.oddText", "str"],
  ["titles.titles", "str"],
  ["titles.filings", "u32"],
  ["titles.pairStart", "i32"],
  ["titles.pairSoc", "u16"],
  ["titles.pairCount", "u32"],
  ["titles.socTitles", "str"],
  ["titles.socTitleSoc", "u16"],
];

export const ELEMENT_BYTES: Readonly<Record<Exclude<SectionType, "str">, number>> = { u8: 1, u16: 2, i32: 4, u32: 4, f64: 8 };

/**
 * Whether this platform stores typed arrays little-endian (every current browser and Node platform).
 *
 * @example
 * isLittleEndian(); // => true
 */
export function isLittleEndian(): boolean {
  return new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
}
