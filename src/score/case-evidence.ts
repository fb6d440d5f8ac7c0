/**
 * Case numbers as evidence: the latest ones the index keeps for some of an employer's groups, within
 * the model's window, filtered by program and status.
 *
 * @module
 */
import { caseNumberOfKey } from "../sponsors/case-key";
import type { SponsorIndex } from "../sponsors/sponsor-index";

/**
 * Up to `limit` case numbers of the given groups (latest decision year first, then case number,
 * descending), from cells decided in or before `throughFy` whose status passes `status`.
 *
 * @example
 * caseEvidence(index, [], 0, () => true, 2025, 3); // => []
 */
export function caseEvidence(
  index: SponsorIndex,
  groupIds: ArrayLike<number>,
  program: number,
  status: (statusId: number) => boolean,
  throughFy: number,
  limit: number,
): string[] {
  if (limit <= 0) return [];
  // The best `limit` so far, kept sorted (latest year first, then case number descending).
  const best: { fy: number; caseNumber: string }[] = [];
  const before = (a: { fy: number; caseNumber: string }, b: { fy: number; caseNumber: string }) => a.fy > b.fy || (a.fy === b.fy && a.caseNumber > b.caseNumber);
  const { groups, cells, evidence } = index;
  for (let i = 0; i < groupIds.length; i++) {
    const g = groupIds[i]!;
    if (groups.program[g] !== program) continue;
    for (let k = groups.cellStart[g]!; k < groups.cellStart[g + 1]!; k++) {
      const fy = cells.decisionFy[k]!;
      if (fy > throughFy || !status(cells.status[k]!)) continue;
      if (best.length >= limit && fy < best[best.length - 1]!.fy) continue;
      for (let j = cells.evidenceStart[k]!; j < cells.evidenceStart[k + 1]!; j++) {
        const caseNumber = caseNumberOfKey(evidence.key[j]!) ?? evidence.odd.get(j) ?? "";
        if (caseNumber === "" || best.some((b) => b.caseNumber === caseNumber)) continue;
        const item = { fy, caseNumber };
        if (best.length >= limit && !before(item, best[best.length - 1]!)) continue;
        let at = best.length;
        while (at > 0 && before(item, best[at - 1]!)) at--;
        best.splice(at, 0, item);
        if (best.length > limit) best.pop();
      }
    }
  }
  return best.map((b) => b.caseNumber);
}
