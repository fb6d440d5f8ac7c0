import type { DatasetId, IsoDate } from "../datasets/filing";
import { parseAliasTable, type AliasTable } from "../employers/alias-table";
import type { EmployerNodes } from "../employers/employer-nodes";
import { resolveEmployers } from "../employers/resolve-employers";
import { DisclosureError } from "../errors";
import { ELEMENT_BYTES, isLittleEndian, SECTIONS, SNAPSHOT_MAGIC, type SectionInfo, type SectionType } from "./snapshot-format";
import { INDEX_FORMAT, INDEX_VERSION, type IndexSource, type SponsorIndex } from "./sponsor-index";

interface Header {
  format: string;
  version: number;
  asOf: IsoDate | null;
  filings: number;
  evidencePerCell: number;
  sources: IndexSource[];
  aliases: unknown;
  sections: SectionInfo[];
}

const VIEWS = { u8: Uint8Array, u16: Uint16Array, i32: Int32Array, u32: Uint32Array, f64: Float64Array } as const;

/**
 * Load a snapshot written by `saveSnapshot`. Typed arrays are zero-copy views of `bytes` (copied once
 * when `bytes` is not 8-byte aligned); strings are decoded in one pass per table. The employer
 * resolution is rebuilt from the stored nodes and alias table, or from `options.aliases` when given
 * (so a new alias table applies without rebuilding). A file that is not a snapshot, or of another
 * version, throws a {@link DisclosureError} (`invalid_snapshot`).
 *
 * @example
 * loadSnapshot(saveSnapshot(index)).asOf === index.asOf; // => true
 */
export function loadSnapshot(bytes: Uint8Array, options: { aliases?: AliasTable | string | object; file?: string } = {}): SponsorIndex {
  const file = options.file ?? "snapshot";
  const fail = (what: string): never => {
    throw new DisclosureError("invalid_snapshot", `${file}: ${what}; expected a sponsor-index snapshot written by "oflc-sponsors build" (format ${INDEX_FORMAT} v${INDEX_VERSION})`, { file });
  };
  if (!isLittleEndian()) fail("snapshots are little-endian and this platform is not");
  const decoder = new TextDecoder();
  if (bytes.byteLength < 12 || decoder.decode(bytes.subarray(0, 8)) !== SNAPSHOT_MAGIC) fail("not a snapshot (bad magic bytes)");
  if (bytes.byteOffset % 8 !== 0) bytes = bytes.slice();
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, 12).getUint32(8, true);
  if (12 + headerLength > bytes.byteLength) fail("truncated header");
  let header: Header;
  try {
    header = JSON.parse(decoder.decode(bytes.subarray(12, 12 + headerLength))) as Header;
  } catch {
    return fail("unreadable header");
  }
  if (header.format !== INDEX_FORMAT) fail(`format "${String(header.format)}"`);
  if (header.version !== INDEX_VERSION) fail(`version ${String(header.version)} (this library reads version ${INDEX_VERSION})`);
  const byName = new Map(header.sections.map((s) => [s.name, s]));
  const sections: Record<string, unknown> = {};
  for (const [name, type] of SECTIONS) {
    const s = byName.get(name);
    if (!s || s.type !== type) return fail(`section ${name} missing or of the wrong type`);
    if (s.offset % 8 !== 0 || s.offset + s.bytes > bytes.byteLength) fail(`section ${name} out of bounds (truncated file?)`);
    sections[name] = read(bytes, s, type, decoder);
  }
  const get = <T>(name: string) => sections[name] as T;
  const nodes: EmployerNodes = {
    fein: get("nodes.fein"),
    name: get("nodes.name"),
    state: get("nodes.state"),
    filings: get("nodes.filings"),
    firstDay: get("nodes.firstDay"),
    lastDay: get("nodes.lastDay"),
    labelStart: get("nodes.labelStart"),
    labelKind: get("nodes.labelKind"),
    labelText: get("nodes.labelText"),
    labelCount: get("nodes.labelCount"),
  };
  const gNode = get<Int32Array>("groups.node");
  const nodeGroupStart = new Int32Array(nodes.name.length + 1);
  for (let g = 0; g < gNode.length; g++) nodeGroupStart[gNode[g]! + 1]!++;
  for (let i = 0; i < nodes.name.length; i++) nodeGroupStart[i + 1] = nodeGroupStart[i + 1]! + nodeGroupStart[i]!;
  const oddIndex = get<Int32Array>("evidence.oddIndex");
  const oddText = get<string[]>("evidence.oddText");
  const odd = new Map<number, string>();
  oddIndex.forEach((i, j) => odd.set(i, oddText[j]!));
  const aliases = parseAliasTable((options.aliases ?? header.aliases ?? {}) as string | object, file);
  const socs = get<string[]>("socs");
  return {
    format: INDEX_FORMAT,
    version: header.version,
    asOf: header.asOf,
    sources: header.sources.map((s) => ({ file: s.file, dataset: s.dataset as DatasetId, era: s.era, filings: s.filings })),
    filings: header.filings,
    evidencePerCell: header.evidencePerCell,
    socs,
    states: get("states"),
    areas: get("areas"),
    nodes,
    groups: {
      node: gNode,
      program: get("groups.program"),
      soc: get("groups.soc"),
      socInferred: get("groups.socInferred"),
      filings: get("groups.filings"),
      firstDay: get("groups.firstDay"),
      lastDay: get("groups.lastDay"),
      cellStart: get("groups.cellStart"),
      attrStart: get("groups.attrStart"),
      nodeGroupStart,
    },
    cells: {
      decisionFy: get("cells.decisionFy"),
      receivedFy: get("cells.receivedFy"),
      status: get("cells.status"),
      count: get("cells.count"),
      evidenceStart: get("cells.evidenceStart"),
    },
    attrs: { kind: get("attrs.kind"), value: get("attrs.value"), count: get("attrs.count") },
    evidence: { key: get("evidence.key"), odd },
    titles: {
      socs,
      titles: get("titles.titles"),
      filings: get("titles.filings"),
      pairStart: get("titles.pairStart"),
      pairSoc: get("titles.pairSoc"),
      pairCount: get("titles.pairCount"),
      socTitles: get("titles.socTitles"),
      socTitleSoc: get("titles.socTitleSoc"),
    },
    resolution: resolveEmployers(nodes, aliases),
  };
}

function read(bytes: Uint8Array, s: SectionInfo, type: SectionType, decoder: TextDecoder): unknown {
  const start = bytes.byteOffset + s.offset;
  if (type === "str") {
    if (s.length === 0) return [];
    const list = decoder.decode(bytes.subarray(s.offset, s.offset + s.bytes)).split("\u0000");
    if (list.length !== s.length) throw new DisclosureError("invalid_snapshot", `section ${s.name}: ${list.length} strings, expected ${s.length}`);
    return list;
  }
  if (s.bytes !== s.length * ELEMENT_BYTES[type]) throw new DisclosureError("invalid_snapshot", `section ${s.name}: ${s.bytes} bytes for ${s.length} elements`);
  return new VIEWS[type](bytes.buffer as ArrayBuffer, start, s.length);
}
