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
  const found: { fy: number; caseNumber: string }[] = [];
  const { groups, cells, evidence } = index;
  for (let i = 0; i < groupIds.length; i++) {
    const g = groupIds[i]!;
    if (groups.program[g] !== program) continue;
    for (let k = groups.cellStart[g]!; k < groups.cellStart[g + 1]!; k++) {
      const fy = cells.decisionFy[k]!;
      if (fy > throughFy || !status(cells.status[k]!)) continue;
      for (let j = cells.evidenceStart[k]!; j < cells.evidenceStart[k + 1]!; j++) {
        const caseNumber = caseNumberOfKey(evidence.key[j]!) ?? evidence.odd.get(j) ?? "";
        if (caseNumber !== "") found.push({ fy, caseNumber });
      }
    }
  }
  found.sort((a, b) => b.fy - a.fy || (a.caseNumber < b.caseNumber ? 1 : a.caseNumber > b.caseNumber ? -1 : 0));
  const out: string[] = [];
  for (const f of found) {
    if (out.length >= limit) break;
    if (!out.includes(f.caseNumber)) out.push(f.caseNumber);
  }
  return out;
}
