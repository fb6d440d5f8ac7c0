/**
 * Flags shared by `rank`, `score` and `backtest`: model settings, and turning library validation
 * errors about a role into usage errors that name the flag.
 *
 * @module
 */
import { DisclosureError } from "../errors";
import { loadWageLibrary } from "../io/load-wage-library";
import { parseRole, type Role, type RoleQuery } from "../score/role-query";
import type { WageLibrary } from "../wages/wage-library";
import { UsageError } from "./usage-error";

/** parseArgs options of the model settings. */
export const MODEL_FLAGS = {
  "as-of": { type: "string" },
  "half-life": { type: "string" },
  scope: { type: "string" },
  horizon: { type: "string" },
  "without-pipeline": { type: "boolean", default: false },
  wages: { type: "string" },
} as const;

/** Help lines of the model settings. */
export const MODEL_FLAGS_HELP = `  --as-of YYYY-MM-DD   predict for the 12 months after this date (default: the index's data-as-of date)
  --half-life YEARS    half-life of recency weights (default 3)
  --scope entity|parent  legal entities (default) or alias-table parents
  --horizon MONTHS     months the probability covers (default 12)
  --without-pipeline   leave LCA and PW filings (the H-1B pipeline) out of the prior
  --wages PATH         an OFLC wage library (folder or .zip) for the offer's PW level (else estimated)`;

/** Model options from parsed flags. */
export async function modelOptions(values: Record<string, string | boolean | undefined>): Promise<{
  asOf?: string;
  halfLifeYears?: number;
  scope?: "entity" | "parent";
  horizonMonths?: number;
  pipeline?: boolean;
  wages?: WageLibrary;
}> {
  const out: Awaited<ReturnType<typeof modelOptions>> = {};
  const asOf = values["as-of"];
  if (typeof asOf === "string") {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new UsageError(`--as-of: "${asOf}" is not a date YYYY-MM-DD`);
    out.asOf = asOf;
  }
  const hl = values["half-life"];
  if (typeof hl === "string") {
    const v = Number(hl);
    if (!(v > 0) || v > 1000) throw new UsageError(`--half-life: "${hl}" is not a number of years between 0 and 1000`);
    out.halfLifeYears = v;
  }
  const scope = values["scope"];
  if (typeof scope === "string") {
    if (scope !== "entity" && scope !== "parent") throw new UsageError(`--scope: "${scope}" is not entity or parent`);
    out.scope = scope;
  }
  const horizon = values["horizon"];
  if (typeof horizon === "string") {
    const v = Number(horizon);
    if (!Number.isInteger(v) || v < 1 || v > 60) throw new UsageError(`--horizon: "${horizon}" is not a whole number of months from 1 to 60`);
    out.horizonMonths = v;
  }
  if (values["without-pipeline"] === true) out.pipeline = false;
  if (typeof values["wages"] === "string") out.wages = await loadWageLibrary(values["wages"]);
  return out;
}

const FLAG_OF: Readonly<Record<string, string>> = {
  title: "--title", soc: "--soc", state: "--state", city: "--city", area: "--area", education: "--education", wage: "--wage",
};

/**
 * Validate a role given by flags; a bad value is a usage error naming the flag.
 *
 * @example
 * checkRole({ soc: "15-1252" }, "rank").socs; // => ["15-1252"]
 */
export function checkRole(role: RoleQuery, command: string): Role {
  try {
    return parseRole(role, command);
  } catch (e) {
    if (!(e instanceof DisclosureError)) throw e;
    const m = /role\.([a-z]+)[^:]*: (.*)$/.exec(e.message);
    if (m && m[1] === "title" && m[2]!.startsWith("give a job title")) throw new UsageError(`${command}: give --title "…" or --soc CODE (one of them)`);
    throw new UsageError(m ? `${FLAG_OF[m[1]!] ?? m[1]}: ${m[2]}` : e.message);
  }
}
