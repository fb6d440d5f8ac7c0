import { DisclosureError } from "../errors";
import type { EraSpec } from "./era";
import type { DatasetId } from "./filing";
import { LCA_ERAS } from "./lca/eras";
import { PERM_ERAS } from "./perm/eras";
import { PW_ERAS } from "./pw/eras";

/**
 * Every known era of every dataset, as plain data you can print. The order is the tie-break of
 * `detectEra` (first wins), so it is fixed: PERM, LCA, PW, oldest era first within each.
 *
 * @example
 * ERAS.length; // => 16
 * ERAS[0]?.id; // => "perm-a"
 */
export const ERAS: readonly EraSpec[] = [...PERM_ERAS, ...LCA_ERAS, ...PW_ERAS];

/**
 * The eras of one dataset, oldest first. Throws `DisclosureError("unknown_dataset")` for an id that is not a
 * dataset (a programmer mistake, e.g. from untyped JavaScript).
 *
 * @example
 * erasOf("pw").map((era) => era.id); // => ["pw-2010", "pw-2015", "pw-2016", "pw-flag"]
 */
export function erasOf(dataset: DatasetId): readonly EraSpec[] {
  const eras = ERAS.filter((era) => era.dataset === dataset);
  if (eras.length === 0) {
    const known = [...new Set(ERAS.map((era) => era.dataset))].join(", ");
    throw new DisclosureError("unknown_dataset", `Unknown dataset ${JSON.stringify(dataset)}; expected one of ${known}.`);
  }
  return eras;
}
