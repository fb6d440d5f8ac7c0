import { z } from "zod";
import { DisclosureError, type Issue } from "../errors";
import { detectSocVintage } from "./detect-soc-vintage";
import { readGeography, type Geography } from "./read-geography";
import { readSocCrosswalk, type SocCrosswalk } from "./read-soc-crosswalk";
import { readSocTitles } from "./read-soc-titles";
import { readWageTable } from "./read-wage-table";
import { unzipWageLibrary, type WageLibraryFile } from "./unzip-wage-library";
import type { WageLibrary, WageTable } from "./wage-library";
import { wageLibraryMember, wageYearOf } from "./wage-library-member";

const Options = z.object({
  /** The wage year, `2025-26` (July 2025 – June 2026). Default: read from the zip's folder or file names. */
  wageYear: z
    .string()
    .regex(/^\d{4}-\d{2}$/, 'expected "YYYY-YY", e.g. "2025-26"')
    .refine((y) => (Number(y.slice(0, 4)) + 1) % 100 === Number(y.slice(5)), 'the two years must follow each other, e.g. "2025-26"')
    .optional(),
  /** Name used in error messages for zip input. */
  file: z.string().optional(),
  /** Most issues kept (default 10,000). */
  maxIssues: z.number().int().nonnegative().default(10_000),
});

/** Options of {@link readWageLibrary}. */
export type ReadWageLibraryOptions = z.input<typeof Options>;

/**
 * Read one wage year of the OFLC wage library: `ALC_Export.csv`, `EDC_Export.csv`, `Geography.csv`,
 * `oes_soc_occs.csv` and `xwalk_plus.csv`, given as named files (text or bytes, any folder) or as the
 * bytes of the downloaded `OFLC_Wages_YYYY-YY.zip` (flat or nested layout). Members are recognised by
 * name; others are ignored, and any member may be absent (a library without ALC can still resolve
 * areas). Rows that cannot be used become `issues`; unusable input throws a {@link DisclosureError}.
 * Platform-neutral; `loadWageLibrary(path)` in `oflc-sponsors/node` reads a folder or zip from disk.
 *
 * @example
 * // zipBytes: data-samples/wages/OFLC_Wages_2025-26.zip
 * (await readWageLibrary(zipBytes)).wageYear; // => "2025-26"
 * (await readWageLibrary(zipBytes, { wageYear: "2025-26" })).summary.alcRows; // => 132
 * (await readWageLibrary([{ name: "ALC_Export.csv", content: '"Area","SocCode","Level1","Level2","Level3","Level4"\n"41940","15-1252","55","70","85","100"' }])).alc?.rows; // => 1
 */
export async function readWageLibrary(
  input: readonly WageLibraryFile[] | Uint8Array | ArrayBuffer,
  options: ReadWageLibraryOptions = {},
): Promise<WageLibrary> {
  const parsed = Options.safeParse(options);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new DisclosureError("invalid_option", `readWageLibrary: invalid option "${first?.path.join(".") || "options"}": ${first?.message ?? "invalid"}`);
  }
  const opts = parsed.data;
  const files: readonly WageLibraryFile[] =
    input instanceof Uint8Array || input instanceof ArrayBuffer
      ? unzipWageLibrary(input instanceof ArrayBuffer ? new Uint8Array(input) : input, opts.file)
      : input;
  if (!Array.isArray(files)) {
    throw new DisclosureError("invalid_option", "readWageLibrary: expected an array of { name, content } files or the bytes of a wage-library zip");
  }

  const issues: Issue[] = [];
  let refused = 0;
  const keep = (issue: Issue) => {
    if (issues.length < opts.maxIssues) issues.push(issue);
  };
  const reportWageRow = (issue: Issue) => {
    if (issue.severity === "error") refused++;
    keep(issue);
  };

  let alc: WageTable | null = null;
  let edc: WageTable | null = null;
  let geography: Geography | null = null;
  let titles: Map<string, string> | null = null;
  let crosswalk: SocCrosswalk | null = null;
  const used: string[] = [];
  let wageYear = opts.wageYear ?? null;
  for (const f of files) {
    const member = wageLibraryMember(f.name);
    if (member === null) continue;
    if (wageYear === null) wageYear = wageYearOf(f.name);
    switch (member) {
      case "alc":
        if (alc) continue;
        alc = await readWageTable(f.content, f.name, "ALC", reportWageRow);
        break;
      case "edc":
        if (edc) continue;
        edc = await readWageTable(f.content, f.name, "EDC", reportWageRow);
        break;
      case "geography":
        if (geography) continue;
        geography = await readGeography(f.content, f.name, keep);
        break;
      case "occupations":
        if (titles) continue;
        titles = await readSocTitles(f.content, f.name, keep);
        break;
      case "crosswalk":
        if (crosswalk) continue;
        crosswalk = await readSocCrosswalk(f.content, f.name, keep);
        break;
    }
    used.push(f.name);
  }
  if (used.length === 0) {
    throw new DisclosureError(
      "empty_file",
      `readWageLibrary: no wage-library member among ${files.length} file(s) (${files.slice(0, 5).map((f) => f.name).join(", ")}); expected ALC_Export.csv, EDC_Export.csv, Geography.csv, oes_soc_occs.csv or xwalk_plus.csv.`,
    );
  }

  const occupations = new Map<string, string>(titles ?? []);
  for (const [code, title] of crosswalk?.titles ?? []) if (!occupations.has(code)) occupations.set(code, title);
  const codes = function* () {
    for (const t of [alc, edc]) if (t) for (const bySoc of t.index.values()) yield* bySoc.keys();
    yield* occupations.keys();
  };
  return {
    wageYear,
    socVintage: detectSocVintage(codes(), wageYear),
    alc,
    edc,
    areas: geography?.areas ?? new Map(),
    places: geography?.places ?? new Map(),
    occupations,
    crosswalk: crosswalk?.codes ?? new Map(),
    files: used,
    issues,
    summary: {
      alcRows: alc?.rows ?? 0,
      edcRows: edc?.rows ?? 0,
      refused,
      areas: geography?.areas.size ?? 0,
      places: geography?.rows ?? 0,
      occupations: occupations.size,
      crosswalk: crosswalk?.rows ?? 0,
    },
  };
}
