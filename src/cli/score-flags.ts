/**
 * Options shared by `rank`, `score` and `backtest`: model settings, and turning library validation
 * errors about a role into usage errors that name the flag.
 *
 * @module
 */
import { DisclosureError } from "../errors";
import { loadWageLibrary } from "../io/load-wage-library";
import { parseRole, type Role, type RoleQuery } from "../score/role-query";
import type { WageLibrary } from "../wages/wage-library";
import { flag, isoDate, oneOf, option, text, wholeNumber, years } from "./option-spec";
import { UsageError } from "./usage-error";

const MODEL = "Model:";

/** `--half-life` and `--scope` (also used by backtest). */
export const RECENCY_OPTIONS = {
  halfLife: option("--half-life <YEARS>", "half-life of recency weights (default 3)", { parse: years, group: MODEL }),
  scope: option("--scope <SCOPE>", "entity (legal entities, default) or parent (alias-table parents)", { parse: oneOf(["entity", "parent"]), group: MODEL }),
};

/** The model settings of rank and score. */
export const MODEL_OPTIONS = {
  asOf: option("--as-of <DATE>", "predict for the 12 months after this date, YYYY-MM-DD (default: the index's data-as-of date)", { parse: isoDate, group: MODEL }),
  ...RECENCY_OPTIONS,
  horizon: option("--horizon <MONTHS>", "months the probability covers (default 12)", { parse: wholeNumber(1, 60), group: MODEL }),
  withoutPipeline: flag("--without-pipeline", "leave LCA and PW filings (the H-1B pipeline) out of the prior", { group: MODEL }),
  wages: text("--wages <PATH>", "an OFLC wage library (folder or .zip) for the offer's PW level (else estimated)", { group: MODEL }),
};

/** Parsed model settings, as rank and score receive them. */
export interface ModelValues {
  readonly asOf?: string | undefined;
  readonly halfLife?: number | undefined;
  readonly scope?: "entity" | "parent" | undefined;
  readonly horizon?: number | undefined;
  readonly withoutPipeline?: boolean;
  readonly wages?: string | undefined;
}

/** Library model options from parsed model settings (loads the wage library when given). */
export async function modelOptions(values: ModelValues): Promise<{
  asOf?: string;
  halfLifeYears?: number;
  scope?: "entity" | "parent";
  horizonMonths?: number;
  pipeline?: boolean;
  wages?: WageLibrary;
}> {
  return {
    ...(values.asOf !== undefined ? { asOf: values.asOf } : {}),
    ...(values.halfLife !== undefined ? { halfLifeYears: values.halfLife } : {}),
    ...(values.scope !== undefined ? { scope: values.scope } : {}),
    ...(values.horizon !== undefined ? { horizonMonths: values.horizon } : {}),
    ...(values.withoutPipeline ? { pipeline: false } : {}),
    ...(values.wages !== undefined ? { wages: await loadWageLibrary(values.wages) } : {}),
  };
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
    if (m && m[1] === "title" && m[2]!.startsWith("give a job title")) throw new UsageError(`give --title "…" or --soc CODE (one of them)`);
    throw new UsageError(m ? `${FLAG_OF[m[1]!] ?? m[1]}: ${m[2]}` : e.message);
  }
}
