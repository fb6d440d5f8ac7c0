import { DisclosureError } from "../errors";
import { RAW_FIELDS, type EraSpec, type RawField } from "./era";
import { ERAS } from "./eras";
import type { DatasetId } from "./filing";
import { headerKey } from "./header-key";

/** The era a header belongs to, and where each raw field sits in it. */
export interface EraMatch {
  readonly era: EraSpec;
  /** Raw field → 0-based column of the file (first candidate present wins; first duplicate header wins). */
  readonly columnIndex: Partial<Record<RawField, number>>;
  /** Fields the era maps but this file lacks (e.g. a trimmed re-export without employer columns). */
  readonly missingFields: RawField[];
  /** Original header names no raw field reads from. */
  readonly ignoredColumns: string[];
}

/** Options of {@link detectEra}. */
export interface DetectOptions {
  /** Only consider this dataset's eras. */
  readonly dataset?: DatasetId;
  /** Force one era by id (its signature must still be present). */
  readonly era?: string;
  /** File header → official header, for renamed re-exports; both sides are compared as header keys. */
  readonly mapping?: Readonly<Record<string, string>>;
  /** File name, used in error messages. */
  readonly file?: string;
}

/**
 * Recognise the dataset and era of a disclosure file from its header row (never from the file name).
 * An era matches when every signature entry is present and no `excludes` key is; among matches the most
 * specific wins (most signature entries), then the one mapping the most present columns, then the first in
 * `ERAS` order. Throws `DisclosureError("unrecognized_header")` naming the closest era when none matches,
 * and `DisclosureError("unknown_dataset")` for an unknown `dataset` or `era` option.
 *
 * @example
 * detectEra(["", "CASE_NUMBER", "CASE_STATUS", "CASE_SUBMITTED", "WAGE_RATE_OF_PAY_FROM"]).era.id; // => "lca-2016"
 * detectEra(["case no", "Case Status", "DECISION DATE", "PW JOB TITLE 9089"]).columnIndex.jobTitle; // => 3
 */
export function detectEra(headers: readonly string[], options: DetectOptions = {}): EraMatch {
  const { dataset, era: eraId, mapping, file } = options;
  const where = file === undefined ? {} : { file };
  const pool = dataset === undefined ? ERAS : ERAS.filter((era) => era.dataset === dataset);
  if (pool.length === 0) {
    const known = [...new Set(ERAS.map((era) => era.dataset))].join(", ");
    throw new DisclosureError("unknown_dataset", `Unknown dataset ${JSON.stringify(dataset)}; expected one of ${known}.`, where);
  }
  const index = indexHeaders(headers, mapping);

  if (eraId !== undefined) {
    const era = ERAS.find((candidate) => candidate.id === eraId);
    if (era === undefined) {
      const known = ERAS.map((candidate) => candidate.id).join(", ");
      throw new DisclosureError("unknown_dataset", `Unknown era ${JSON.stringify(eraId)}; expected one of ${known}.`, where);
    }
    if (dataset !== undefined && era.dataset !== dataset) {
      throw new DisclosureError(
        "invalid_option",
        `Era ${era.id} belongs to ${era.dataset.toUpperCase()}, not ${dataset.toUpperCase()}; drop one of the two options.`,
        where,
      );
    }
    const missing = missingSignature(era, index);
    if (missing.length > 0) {
      throw new DisclosureError(
        "unrecognized_header",
        `${file ?? "input"}: header does not fit era ${era.id} (${era.label}), missing ${missing.join(", ")}. ` +
          `Saw ${describeHeaders(headers)}.`,
        where,
      );
    }
    return matchOf(era, headers, index);
  }

  let best: EraSpec | undefined;
  let bestSpecificity = -1;
  let bestMapped = -1;
  for (const era of pool) {
    if (missingSignature(era, index).length > 0 || (era.excludes ?? []).some((key) => index.has(key))) continue;
    const specificity = era.signature.length;
    const mapped = mappedCount(era, index);
    if (specificity > bestSpecificity || (specificity === bestSpecificity && mapped > bestMapped)) {
      best = era;
      bestSpecificity = specificity;
      bestMapped = mapped;
    }
  }
  if (best === undefined) {
    const tried = dataset === undefined ? "PERM, LCA or PW" : dataset.toUpperCase();
    throw new DisclosureError(
      "unrecognized_header",
      `${file ?? "input"}: header matches no known ${tried} era. Saw ${describeHeaders(headers)}. ${closest(pool, index)}`,
      where,
    );
  }
  return matchOf(best, headers, index);
}

/** Header key → first column index, after applying the caller's renames. Blank names are skipped. */
function indexHeaders(headers: readonly string[], mapping: DetectOptions["mapping"]): Map<string, number> {
  const renames = new Map<string, string>();
  for (const [from, to] of Object.entries(mapping ?? {})) renames.set(headerKey(from), headerKey(to));
  const index = new Map<string, number>();
  headers.forEach((header, i) => {
    const raw = headerKey(header);
    const key = renames.get(raw) ?? raw;
    if (key !== "" && !index.has(key)) index.set(key, i);
  });
  return index;
}

/** Signature entries not present, each written as `A` or `A or B`. */
function missingSignature(era: EraSpec, index: ReadonlyMap<string, number>): string[] {
  const missing: string[] = [];
  for (const entry of era.signature) {
    const options = typeof entry === "string" ? [entry] : entry;
    if (!options.some((key) => index.has(key))) missing.push(options.join(" or "));
  }
  return missing;
}

function mappedCount(era: EraSpec, index: ReadonlyMap<string, number>): number {
  return Object.values(era.columns).filter((keys) => keys?.some((key) => index.has(key))).length;
}

function matchOf(era: EraSpec, headers: readonly string[], index: ReadonlyMap<string, number>): EraMatch {
  const columnIndex: Partial<Record<RawField, number>> = {};
  const missingFields: RawField[] = [];
  const used = new Set<number>();
  for (const field of RAW_FIELDS) {
    const keys = era.columns[field];
    if (keys === undefined) continue;
    const key = keys.find((candidate) => index.has(candidate));
    const at = key === undefined ? undefined : index.get(key);
    if (at === undefined) missingFields.push(field);
    else {
      columnIndex[field] = at;
      used.add(at);
    }
  }
  const ignoredColumns = headers.filter((_, i) => !used.has(i));
  return { era, columnIndex, missingFields, ignoredColumns };
}

/** `12 columns: A, B, …` with at most 15 names shown. */
function describeHeaders(headers: readonly string[]): string {
  const shown = headers.slice(0, 15).map((h) => h.replace(/^\ufeff/, "").trim() || "(blank)");
  const more = headers.length > shown.length ? ", …" : "";
  const noun = headers.length === 1 ? "column" : "columns";
  return headers.length === 0 ? "no columns" : `${headers.length} ${noun}: ${shown.join(", ")}${more}`;
}

/** The era with the highest share of its signature present (first wins ties), and what it lacks. */
function closest(pool: readonly EraSpec[], index: ReadonlyMap<string, number>): string {
  let best: EraSpec | undefined;
  let bestShare = -1;
  for (const era of pool) {
    const share = 1 - missingSignature(era, index).length / era.signature.length;
    if (share > bestShare) {
      best = era;
      bestShare = share;
    }
  }
  if (best === undefined) return "";
  const missing = missingSignature(best, index);
  const excluded = (best.excludes ?? []).filter((key) => index.has(key));
  const gap =
    missing.length > 0
      ? `missing ${missing.join(", ")}`
      : `but the file has ${excluded.join(", ")}, which that era excludes`;
  return `Closest: ${best.id} (${best.label}), ${gap}.`;
}
