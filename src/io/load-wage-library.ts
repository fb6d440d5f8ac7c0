import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { DisclosureError } from "../errors";
import { readWageLibrary, type ReadWageLibraryOptions } from "../wages/read-wage-library";
import type { WageLibraryFile } from "../wages/unzip-wage-library";
import type { WageLibrary } from "../wages/wage-library";
import { wageLibraryMember, wageYearOf } from "../wages/wage-library-member";

/** Member files under a folder (any depth; the first of each kind in path order wins). */
async function memberFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string) => {
    const entries = (await readdir(d, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== "__MACOSX") await walk(p);
      } else if (e.isFile() && wageLibraryMember(p) !== null) out.push(p);
    }
  };
  await walk(dir);
  const seen = new Set<string>();
  return out.filter((p) => {
    const m = wageLibraryMember(p)!;
    if (seen.has(m)) return false;
    seen.add(m);
    return true;
  });
}

/**
 * Load one wage year of the OFLC wage library from disk: a folder holding `ALC_Export.csv` and the
 * other members (at any depth, so an unzipped nested download works), or the downloaded
 * `OFLC_Wages_YYYY-YY.zip` itself. The wage year is read from the path when not given. See
 * `readWageLibrary` for everything else.
 *
 * @example
 * const library = await loadWageLibrary("data-samples/wages/OFLC_Wages_2025-26.zip");
 * library.wageYear; // => "2025-26"
 * library.summary.areas; // => 11
 */
export async function loadWageLibrary(path: string, options: ReadWageLibraryOptions = {}): Promise<WageLibrary> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new DisclosureError(
      "io_error",
      `${path}: ${code === "ENOENT" ? "no such file or folder" : `cannot read (${code ?? String(e)})`}; expected a wage-library folder or OFLC_Wages_YYYY-YY.zip.`,
      { file: path, cause: e },
    );
  }
  const wageYear = options.wageYear ?? wageYearOf(basename(path)) ?? undefined;
  const opts: ReadWageLibraryOptions = { ...options, ...(wageYear ? { wageYear } : {}), file: path };
  if (!info.isDirectory()) return readWageLibrary(new Uint8Array(await readFile(path)), opts);
  const paths = await memberFiles(path);
  if (paths.length === 0) {
    throw new DisclosureError(
      "empty_file",
      `${path}: no wage-library files in this folder; expected ALC_Export.csv, EDC_Export.csv, Geography.csv, oes_soc_occs.csv or xwalk_plus.csv.`,
      { file: path },
    );
  }
  const files: WageLibraryFile[] = paths.map((p) => ({ name: p, content: createReadStream(p, { highWaterMark: 1 << 20 }) }));
  return readWageLibrary(files, opts);
}
