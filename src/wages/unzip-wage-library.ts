import { unzipSync } from "fflate";
import { DisclosureError } from "../errors";
import type { TextInput } from "../io/text-input";
import { wageLibraryMember } from "./wage-library-member";

/** One member of a wage-library bundle: its path in the zip or folder, and its bytes or text. */
export interface WageLibraryFile {
  readonly name: string;
  readonly content: TextInput;
}

/**
 * The wage-library members of a downloaded `OFLC_Wages_YYYY-YY.zip` (flat, or nested in a folder as
 * in 2024-25 and 2025-26: `OFLC_Wages_2024-25/ALC_Export.csv`). Only the members this library reads
 * are inflated; the first copy of each wins. Throws a {@link DisclosureError} for bytes that are not a zip.
 *
 * @example
 * unzipWageLibrary(zipBytes).map((f) => f.name)[0]; // => "OFLC_Wages_2025-26/ALC_Export.csv"
 */
export function unzipWageLibrary(zip: Uint8Array, file = "wage library zip"): WageLibraryFile[] {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip, { filter: (f) => wageLibraryMember(f.name) !== null });
  } catch (e) {
    throw new DisclosureError("binary_file", `${file}: cannot open the zip archive (${(e as Error).message}); expected OFLC_Wages_YYYY-YY.zip.`, {
      file,
      cause: e,
    });
  }
  const seen = new Set<string>();
  const out: WageLibraryFile[] = [];
  for (const name of Object.keys(entries).sort()) {
    const member = wageLibraryMember(name);
    if (member === null || seen.has(member)) continue;
    seen.add(member);
    out.push({ name, content: entries[name]! });
  }
  return out;
}
