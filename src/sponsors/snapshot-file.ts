/**
 * Node edge of snapshots: write and read `.snap` files. Exported from `oflc-sponsors/node` only.
 *
 * @module
 */
import { readFile, writeFile } from "node:fs/promises";
import type { AliasTable } from "../employers/alias-table";
import { DisclosureError } from "../errors";
import { loadSnapshot } from "./load-snapshot";
import { saveSnapshot } from "./save-snapshot";
import type { SponsorIndex } from "./sponsor-index";

/**
 * Save an index to a snapshot file; resolves to the number of bytes written.
 *
 * @example
 * (await saveSnapshotFile(index, "index.snap")) > 0; // => true
 */
export async function saveSnapshotFile(index: SponsorIndex, path: string): Promise<number> {
  const bytes = saveSnapshot(index);
  try {
    await writeFile(path, bytes);
  } catch (e) {
    throw new DisclosureError("io_error", `${path}: cannot write the snapshot (${(e as NodeJS.ErrnoException).code ?? String(e)})`, { file: path, cause: e });
  }
  return bytes.byteLength;
}

/**
 * Load an index from a snapshot file (optionally with a different alias table).
 *
 * @example
 * (await loadSnapshotFile("index.snap")).filings === index.filings; // => true
 */
export async function loadSnapshotFile(path: string, options: { aliases?: AliasTable | string | object } = {}): Promise<SponsorIndex> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new DisclosureError("io_error", `${path}: ${code === "ENOENT" ? "no such file" : `cannot read (${code ?? String(e)})`}; expected a snapshot written by "oflc-sponsors build --out"`, { file: path, cause: e });
  }
  return loadSnapshot(bytes, { ...options, file: path });
}
