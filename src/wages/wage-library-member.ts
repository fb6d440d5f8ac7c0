/** The member files of a wage-library bundle this library reads. */
export type WageLibraryMember = "alc" | "edc" | "geography" | "occupations" | "crosswalk";

const MEMBERS: ReadonlyMap<string, WageLibraryMember> = new Map<string, WageLibraryMember>([
  ["alc_export.csv", "alc"],
  ["edc_export.csv", "edc"],
  ["geography.csv", "geography"],
  ["oes_soc_occs.csv", "occupations"],
  ["xwalk_plus.csv", "crosswalk"],
]);

/**
 * Which wage-library member a file is, by its base name (any folder, any case), or `null`. The
 * names are fixed by DOL across wage years; other members (`Onet_Occs.csv`, the xlsx appendices,
 * macOS `__MACOSX/` copies) are not read.
 *
 * @example
 * wageLibraryMember("OFLC_Wages_2024-25/ALC_Export.csv"); // => "alc"
 * wageLibraryMember("Geography.csv");                     // => "geography"
 * wageLibraryMember("__MACOSX/OFLC_Wages_2024-25/._ALC_Export.csv"); // => null
 * wageLibraryMember("Onet_Occs.csv");                     // => null
 */
export function wageLibraryMember(path: string): WageLibraryMember | null {
  if (path.startsWith("__MACOSX/") || path.includes("/__MACOSX/")) return null;
  const base = path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
  if (base.startsWith("._")) return null;
  return MEMBERS.get(base.toLowerCase()) ?? null;
}

/**
 * The wage year a bundle's name carries: `OFLC_Wages_2025-26.zip` → `2025-26`; the retired
 * `OWL_2021_TEXT.zip` names the year the wage year ends in (→ `2020-21`). Null when there is none.
 *
 * @example
 * wageYearOf("downloads/OFLC_Wages_2025-26.zip"); // => "2025-26"
 * wageYearOf("OFLC_Wages_2024-25/ALC_Export.csv"); // => "2024-25"
 * wageYearOf("OWL_2021_TEXT.zip");                 // => "2020-21"
 * wageYearOf("ALC_Export.csv");                    // => null
 */
export function wageYearOf(path: string): string | null {
  const modern = /(?:^|[^0-9])(20\d\d)-(\d\d)(?![0-9])/.exec(path);
  if (modern && (Number(modern[1]) + 1) % 100 === Number(modern[2])) return `${modern[1]}-${modern[2]}`;
  const owl = /OWL_(20\d\d)/i.exec(path);
  if (owl) {
    const end = Number(owl[1]);
    return `${end - 1}-${String(end % 100).padStart(2, "0")}`;
  }
  return null;
}
