/**
 * Header row → column position by key (upper-case letters and digits only, so `"GeoLvl"`, `"geo_lvl"` and
 * `"GEOLVL"` are one key); the first column with a key wins. Shared by the wage-library readers.
 *
 * @example
 * columnIndex(["Area", "SocCode", "GeoLvl", "soc_code"]); // => { AREA: 0, SOCCODE: 1, GEOLVL: 2 }
 */
export function columnIndex(header: readonly string[]): Record<string, number> {
  const at: Record<string, number> = {};
  header.forEach((h, i) => {
    const k = h.toUpperCase().replace(/[^A-Z0-9]/g, "");
    if (at[k] === undefined) at[k] = i;
  });
  return at;
}
