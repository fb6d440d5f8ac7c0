import type { GeneratedCase } from "./case-types";
import type { RowStyle } from "./format";
import type { Rng } from "./random";

/** Everything a column needs to write its value for one row. */
export interface RowContext<C extends GeneratedCase = GeneratedCase> {
  readonly c: C;
  readonly style: RowStyle;
  /** Filler randomness (the file's stream; rows are written in order, so output stays deterministic). */
  readonly rng: Rng;
  /** A per-row number in [0, 1e6), for stable choices such as ZIP+4 digits. */
  readonly salt: number;
}

/** Writes one column of one row. */
export type ColumnGetter<C extends GeneratedCase = GeneratedCase> = (x: RowContext<C>) => string;
