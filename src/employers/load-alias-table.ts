/**
 * Node edge of alias tables: read one from a JSON file. Exported from `oflc-sponsors/node` only.
 *
 * @module
 */
import { readFile } from "node:fs/promises";
import { DisclosureError } from "../errors";
import { parseAliasTable, type AliasTable } from "./alias-table";

/**
 * Read and validate an alias table file (format in `alias-table.ts` and docs/sponsor-index.md).
 *
 * @example
 * const aliases = await loadAliasTable("test/fixtures/employer-aliases.json");
 * aliases.version; // => 1
 */
export async function loadAliasTable(path: string): Promise<AliasTable> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    throw new DisclosureError("io_error", `${path}: cannot read the alias table (${(e as NodeJS.ErrnoException).code ?? String(e)}); expected a JSON file`, { file: path, cause: e });
  }
  return parseAliasTable(text, path);
}
