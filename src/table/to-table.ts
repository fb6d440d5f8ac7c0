/**
 * `toTable`: hand any of the library's record lists to arquero, choosing the right flattening.
 *
 * @module
 */
import { table, type ColumnTable } from "arquero";
import type { Filing } from "../datasets/filing";
import { DisclosureError } from "../errors";
import type { ScoredEmployer } from "../score/scored-employer";
import type { EmployerProfile } from "../sponsors/employer-profile";
import { filingsTable } from "./filings-table";
import { profileTable } from "./profile-table";
import { rankingTable } from "./ranking-table";

/** What {@link toTable} accepts. */
export type TableInput = readonly Filing[] | readonly ScoredEmployer[] | EmployerProfile;

/** The kind of input {@link toTable} detected, or `null` for anything else. */
export type TableKind = "filings" | "ranking" | "profile";

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null;
const isFiling = (x: unknown) => isObject(x) && typeof x["caseNumber"] === "string" && isObject(x["source"]) && isObject(x["employer"]);
const isScore = (x: unknown) => isObject(x) && "probability" in x && Array.isArray(x["factors"]) && isObject(x["role"]);

/**
 * Which kind of input {@link toTable} sees: a list of filings, a list of scored or ranked employers, or
 * an employer profile; `null` when it is none of these (or an empty list, whose kind cannot be told).
 *
 * @example
 * tableKind(filings); // => "filings"
 * tableKind(rankEmployers(index, { soc: "15-1252" }, { limit: 2 })); // => "ranking"
 * tableKind(employerProfile(index, "Tavrix Consultancy Services")); // => "profile"
 * tableKind([]); // => null
 */
export function tableKind(input: unknown): TableKind | null {
  if (Array.isArray(input)) {
    if (input.length === 0) return null;
    if (input.every(isFiling)) return "filings";
    if (input.every(isScore)) return "ranking";
    return null;
  }
  if (isObject(input) && Array.isArray(input["history"]) && Array.isArray(input["occupations"]) && typeof input["key"] === "string") return "profile";
  return null;
}

/**
 * An arquero table of filings ({@link filingsTable}), of scored or ranked employers
 * ({@link rankingTable}) or of an employer profile's yearly history ({@link profileTable}), detected
 * from the input. An empty list gives an empty table without columns (its kind cannot be told): call
 * the explicit function when a list may be empty and later steps need its columns. Anything else
 * throws a `DisclosureError` with code `invalid_option`.
 *
 * @example
 * toTable(filings).numRows() === filings.length; // => true
 * toTable(filings).filter((d) => d.program === "PERM").groupby("fiscal_year").count().numRows() > 0; // => true
 * toTable(rankEmployers(index, { soc: "15-1252" }, { limit: 3 })).columnNames()[0]; // => "rank"
 * toTable(employerProfile(index, "Tavrix Consultancy Services")!).columnNames().slice(2, 4); // => ["fiscal_year", "program"]
 * toTable([]).numRows(); // => 0
 */
export function toTable(filings: readonly Filing[]): ColumnTable;
export function toTable(ranked: readonly ScoredEmployer[]): ColumnTable;
export function toTable(profile: EmployerProfile): ColumnTable;
export function toTable(input: TableInput): ColumnTable;
export function toTable(input: TableInput): ColumnTable {
  if (Array.isArray(input) && input.length === 0) return table({});
  switch (tableKind(input)) {
    case "filings":
      return filingsTable(input as readonly Filing[]);
    case "ranking":
      return rankingTable(input as readonly ScoredEmployer[]);
    case "profile":
      return profileTable(input as EmployerProfile);
    default:
      throw new DisclosureError(
        "invalid_option",
        `toTable: expected filings (readDataset rows), scored employers (rankEmployers) or an employer profile (employerProfile); got ${describe(input)}`,
      );
  }
}

/** A short description of a value for an error message. */
function describe(x: unknown): string {
  if (Array.isArray(x)) {
    const bad = x.find((v) => !isFiling(v) && !isScore(v));
    const at = bad === undefined ? "a mix of filings and scores" : `an element ${preview(bad)}`;
    return `an array of ${x.length} with ${at}`;
  }
  if (typeof x === "object" && x !== null && Array.isArray((x as { rows?: unknown }).rows)) return `${preview(x)} (a read result? pass its .rows)`;
  return preview(x);
}

function preview(x: unknown): string {
  if (x === null || typeof x !== "object") return String(typeof x === "string" ? JSON.stringify(x) : x);
  const keys = Object.keys(x);
  return `an object with keys ${keys.slice(0, 6).join(", ")}${keys.length > 6 ? ", …" : ""}`;
}
