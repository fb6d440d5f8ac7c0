import { parseArgs } from "node:util";
import { DisclosureError } from "../errors";
import { loadWageLibrary } from "../io/load-wage-library";
import { parseWageAmount } from "../normalize/wage";
import { resolveArea, type ResolvedArea } from "../wages/resolve-area";
import { ANNUAL_BASIS_MIN } from "../wages/wage-library";
import { wageLevelOf, type WageLevelOf } from "../wages/wage-level-of";
import { wageLevels, type HourlyAnnual, type WageLevels } from "../wages/wage-levels";
import type { AreaQuery } from "../wages/wage-query";
import type { Io } from "./read-command";
import { UsageError } from "./usage-error";

export const WAGE_LEVEL_HELP = `Usage: oflc-sponsors wage-level --wages <folder|zip> --soc CODE (--area CODE | --city NAME --state ST | --county NAME --state ST) [options]

Look up the four prevailing-wage levels (hourly and annual) of an occupation in a BLS area in one wage
year of the OFLC wage library (the OFLC_Wages_YYYY-YY.zip download, or its unzipped folder), and with
--wage tell which level an offered wage reaches and how far it is from the next.

Options:
  --wages PATH       wage-library folder or OFLC_Wages_YYYY-YY.zip (required)
  --soc CODE         SOC code, any vintage: 15-1252, 15-1132, 15-1132.00 (required)
  --area CODE        BLS area code (42660) or area name ("Seattle-Tacoma-Bellevue, WA")
  --city NAME        a city, resolved through Geography.csv (with --state, or "Seattle, WA")
  --county NAME      a county, resolved through Geography.csv (with --state)
  --state ST         USPS code or state name
  --wage AMOUNT[/UNIT]  offered wage, e.g. 165000/year, 80/hour, 12000/month (no unit: from ${ANNUAL_BASIS_MIN} up a year, else an hour)
  --acwia            use the ACWIA table (EDC_Export.csv: higher education and research)
  --json             print the result as JSON
  -h, --help         show this help

Examples:
  oflc-sponsors wage-level --wages OFLC_Wages_2025-26.zip --soc 15-1252 --area 42660
  oflc-sponsors wage-level --wages OFLC_Wages_2025-26 --soc 15-1252 --city Seattle --state WA --wage 165000/year
`;

const money = (v: number) => v.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Parse `--wage`: an amount with an optional unit; no unit means a year from ANNUAL_BASIS_MIN up, else an hour. */
function parseOffer(raw: string): { amount: number; unit: "year" | "month" | "biweekly" | "week" | "hour" } {
  const parsed = parseWageAmount(raw);
  if (parsed === null || parsed.from === null || parsed.to !== null) {
    throw new UsageError(`--wage: "${raw}" is not a wage; expected AMOUNT[/UNIT], e.g. 165000/year or 80/hour`);
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

function levelTable(w: WageLevels): string {
  const rows: [string, HourlyAnnual | null][] = w.levels
    ? [["Level I", w.levels.I], ["Level II", w.levels.II], ["Level III", w.levels.III], ["Level IV", w.levels.IV]]
    : [];
  rows.push(["Average", w.average]);
  const cells = rows.map(([name, v]) => [name, v ? money(v.hourly) : "-", v ? money(v.annual) : "-"] as const);
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

/** `oflc-sponsors wage-level …` */
export async function wageLevelCommand(argv: string[], io: Io): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        wages: { type: "string" },
        soc: { type: "string" },
        area: { type: "string" },
        city: { type: "string" },
        county: { type: "string" },
        state: { type: "string" },
        wage: { type: "string" },
        acwia: { type: "boolean", default: false },
        json: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (values.help) {
    io.stdout(WAGE_LEVEL_HELP);
    return 0;
  }
  if (values.wages === undefined) throw new UsageError("wage-level: --wages <folder|zip> is required (see --help)");
  if (values.soc === undefined) throw new UsageError("wage-level: --soc CODE is required (see --help)");
  const hasPlace = values.city !== undefined || values.county !== undefined;
  if (values.area !== undefined && hasPlace) throw new UsageError("wage-level: give --area or --city/--county, not both");
  if (values.area === undefined && !hasPlace) throw new UsageError("wage-level: give --area CODE, or --city/--county with --state");
  if (values.area !== undefined && values.state !== undefined) throw new UsageError("wage-level: --state goes with --city or --county, not --area");
  const offer = values.wage === undefined ? null : parseOffer(values.wage);
  const options = { acwia: values.acwia };

  const lib = await loadWageLibrary(values.wages);
  let area: AreaQuery;
  let resolved: ResolvedArea | null = null;
  if (values.area !== undefined) area = values.area;
  else {
    const place = {
      ...(values.city !== undefined ? { city: values.city } : {}),
      ...(values.county !== undefined ? { county: values.county } : {}),
      ...(values.state !== undefined ? { state: values.state } : {}),
    };
    resolved = asUsage(() => resolveArea(lib, place));
    if (resolved === null) {
      const what = [values.county && `county ${values.county}`, values.city && `city ${values.city}`].filter(Boolean).join(" / ");
      io.stderr(`oflc-sponsors wage-level: no BLS area found for ${what}${values.state ? `, ${values.state}` : ""} in ${values.wages}\n`);
      return 1;
    }
    area = resolved.area;
  }
  const w = asUsage(() => wageLevels(lib, values.soc!, area, options));
  if (w === null) {
    io.stderr(`oflc-sponsors wage-level: no wages for SOC ${values.soc} in area ${String(area)} in ${values.wages}\n`);
    return 1;
  }
  const r = offer === null ? null : asUsage(() => wageLevelOf(lib, offer, values.soc!, area, options));

  if (values.json) {
    const { wages: _omit, ...position } = r ?? { wages: null };
    io.stdout(JSON.stringify({ ...w, resolvedBy: resolved, ...(offer ? { offer: { ...offer, ...(r ? position : { level: null }) } } : {}) }) + "\n");
    return 0;
  }
  io.stdout(describe(w, resolved));
  io.stdout(levelTable(w));
  if (offer !== null) {
    if (r === null) io.stdout(`offered ${money(offer.amount)}/${offer.unit}: no leveled wages to compare with (${w.label ?? "levels blank"})\n`);
    else io.stdout(offerLine(offer, r));
  }
  return 0;
}
