import { DisclosureError } from "../errors";
import { loadWageLibrary } from "../io/load-wage-library";
import { parseWageAmount } from "../normalize/wage";
import { resolveArea, type ResolvedArea } from "../wages/resolve-area";
import { ANNUAL_BASIS_MIN } from "../wages/wage-library";
import { wageLevelOf, type WageLevelOf } from "../wages/wage-level-of";
import { wageLevels, type HourlyAnnual, type WageLevels } from "../wages/wage-levels";
import type { AreaQuery } from "../wages/wage-query";
import { defineCommand } from "./command";
import { flag, option, text } from "./option-spec";
import { printResult } from "./output";
import { formatOptions } from "./shared-options";
import { UsageError } from "./usage-error";

const money = (v: number) => v.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Parse `--wage`: an amount with an optional unit; no unit means a year from ANNUAL_BASIS_MIN up, else an hour. */
function parseOffer(raw: string): { amount: number; unit: "year" | "month" | "biweekly" | "week" | "hour" } {
  const parsed = parseWageAmount(raw);
  if (parsed === null || parsed.from === null || parsed.to !== null) {
    throw new UsageError("expected a wage AMOUNT[/UNIT], e.g. 165000/year or 80/hour");
  }
  return { amount: parsed.from, unit: parsed.unit ?? (parsed.from >= ANNUAL_BASIS_MIN ? "year" : "hour") };
}

/** Library query errors are usage errors here: the user typed them. */
function asUsage<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof DisclosureError && e.code === "invalid_option") throw new UsageError(e.message.replace(/^\w+: invalid query /, ""));
    throw e;
  }
}

/** The leveled wages (when published) and the average, by name. */
function levelRows(w: WageLevels): [string, HourlyAnnual | null][] {
  const rows: [string, HourlyAnnual | null][] = w.levels
    ? [["Level I", w.levels.I], ["Level II", w.levels.II], ["Level III", w.levels.III], ["Level IV", w.levels.IV]]
    : [];
  rows.push(["Average", w.average]);
  return rows;
}

function levelTable(w: WageLevels): string {
  const cells = levelRows(w).map(([name, v]) => [name, v ? money(v.hourly) : "-", v ? money(v.annual) : "-"] as const);
  const widths = [0, 1, 2].map((i) => Math.max(["level", "hourly", "annual"][i]!.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]) => `${c[0]!.padEnd(widths[0]!)}  ${c[1]!.padStart(widths[1]!)}  ${c[2]!.padStart(widths[2]!)}`;
  return [line(["level", "hourly", "annual"]), widths.map((n) => "-".repeat(n)).join("  "), ...cells.map(line)].join("\n") + "\n";
}

function describe(w: WageLevels, resolved: ResolvedArea | null): string {
  const soc = w.socUsed === w.socQueried ? w.socUsed : `${w.socQueried} → ${w.socUsed}`;
  const geo = w.geoLvl === null ? "" : `, GeoLvl ${w.geoLvl}${w.geoLvl > 1 ? " (wider-area fallback)" : ""}`;
  const how = resolved
    ? `  (${resolved.matchedBy === "area-name" ? "area named after the city" : `${resolved.matchedBy} ${resolved.place}`})`
    : "";
  return (
    `${w.socTitle ?? "occupation"} (${soc}) in ${w.areaName ?? "area"} (${w.area})${how}\n` +
    `wage year ${w.wageYear ?? "unknown"}, ${w.table === "EDC" ? "EDC (ACWIA)" : "ALC (all industries)"}${geo}` +
    `${w.label ? `, label "${w.label}"` : ""}${w.basis === "year" ? ", values published as annual wages" : ""}\n`
  );
}

function offerLine(offer: { amount: number; unit: string }, r: WageLevelOf): string {
  const reached = r.level === "below I" ? "below Level I" : `Level ${r.level}`;
  const next = r.nextLevel === null ? "the top level" : `${money(r.headroomToNext!)} a year short of Level ${r.nextLevel}`;
  return `offered ${money(offer.amount)}/${offer.unit} = ${money(r.annual)} a year: ${reached}; ${next}\n`;
}

const PLACE = "Area (one of --area, --city, --county):";

/** `oflc-sponsors wage-level …` */
export const wageLevelCommand = defineCommand({
  name: "wage-level",
  summary: "the four wage levels of an occupation in an area; the level of an offer",
  usage: "--wages PATH --soc CODE (--area CODE | --city NAME --state ST | --county NAME --state ST) [options]",
  description: `Look up the four prevailing-wage levels (hourly and annual) of an occupation in a BLS area in one wage
year of the OFLC wage library (the OFLC_Wages_YYYY-YY.zip download, or its unzipped folder), and with
--wage tell which level an offered wage reaches and how far it is from the next.
--format csv prints one row per level; --format json the full lookup.`,
  options: {
    wages: text("--wages <PATH>", "wage-library folder or OFLC_Wages_YYYY-YY.zip", { required: true }),
    soc: text("--soc <CODE>", "SOC code, any vintage: 15-1252, 15-1132, 15-1132.00", { required: true }),
    area: text("--area <CODE>", 'BLS area code (42660) or area name ("Seattle-Tacoma-Bellevue, WA")', { group: PLACE }),
    city: text("--city <NAME>", 'a city, resolved through Geography.csv (with --state, or "Seattle, WA")', { group: PLACE }),
    county: text("--county <NAME>", "a county, resolved through Geography.csv (with --state)", { group: PLACE }),
    state: text("--state <ST>", "USPS code or state name", { group: PLACE }),
    wage: option("--wage <AMOUNT>", `offered wage, e.g. 165000/year, 80/hour, 12000/month (no unit: from ${ANNUAL_BASIS_MIN} up a year, else an hour)`, { parse: parseOffer }),
    acwia: flag("--acwia", "use the ACWIA table (EDC_Export.csv: higher education and research)"),
    ...formatOptions("the levels"),
  },
  examples: [
    "oflc-sponsors wage-level --wages data-samples/wages/OFLC_Wages_2025-26.zip --soc 15-1252 --area 42660",
    "oflc-sponsors wage-level --wages data-samples/wages/OFLC_Wages_2025-26 --soc 15-1252 --city Seattle --state WA --wage 165000/year",
    "oflc-sponsors wage-level --wages data-samples/wages/OFLC_Wages_2025-26.zip --soc 15-1132 --county King --state WA --format csv",
  ],
  async run({ opts, io }) {
    const hasPlace = opts.city !== undefined || opts.county !== undefined;
    if (opts.area !== undefined && hasPlace) throw new UsageError("give --area or --city/--county, not both");
    if (opts.area === undefined && !hasPlace) throw new UsageError("give --area CODE, or --city/--county with --state");
    if (opts.area !== undefined && opts.state !== undefined) throw new UsageError("--state goes with --city or --county, not --area");
    const offer = opts.wage ?? null;
    const options = { acwia: opts.acwia };
    const soc = opts.soc;

    const lib = await loadWageLibrary(opts.wages);
    let area: AreaQuery;
    let resolved: ResolvedArea | null = null;
    if (opts.area !== undefined) area = opts.area;
    else {
      const place = {
        ...(opts.city !== undefined ? { city: opts.city } : {}),
        ...(opts.county !== undefined ? { county: opts.county } : {}),
        ...(opts.state !== undefined ? { state: opts.state } : {}),
      };
      resolved = asUsage(() => resolveArea(lib, place));
      if (resolved === null) {
        const what = [opts.county && `county ${opts.county}`, opts.city && `city ${opts.city}`].filter(Boolean).join(" / ");
        io.stderr(`oflc-sponsors wage-level: no BLS area found for ${what}${opts.state ? `, ${opts.state}` : ""} in ${opts.wages}\n`);
        return 1;
      }
      area = resolved.area;
    }
    const w = asUsage(() => wageLevels(lib, soc, area, options));
    if (w === null) {
      io.stderr(`oflc-sponsors wage-level: no wages for SOC ${soc} in area ${String(area)} in ${opts.wages}\n`);
      return 1;
    }
    const r = offer === null ? null : asUsage(() => wageLevelOf(lib, offer, soc, area, options));
    printResult(io, opts.format ?? "table", {
      json: () => {
        const { wages: _omit, ...position } = r ?? { wages: null };
        return { ...w, resolvedBy: resolved, ...(offer ? { offer: { ...offer, ...(r ? position : { level: null }) } } : {}) };
      },
      rows: () => ({
        header: ["soc", "area", "area_name", "wage_year", "table", "level", "hourly", "annual"],
        rows: levelRows(w).map(([level, v]) => [w.socUsed, w.area, w.areaName, w.wageYear, w.table, level, v?.hourly ?? null, v?.annual ?? null]),
      }),
      text: () => {
        let text = describe(w, resolved) + levelTable(w);
        if (offer !== null) {
          if (r === null) text += `offered ${money(offer.amount)}/${offer.unit}: no leveled wages to compare with (${w.label ?? "levels blank"})\n`;
          else text += offerLine(offer, r);
        }
        return text;
      },
    });
    return 0;
  },
});
