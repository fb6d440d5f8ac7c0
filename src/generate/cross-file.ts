import type { CaseStatus } from "../datasets/filing";
import type { BuiltFile, RowRecord } from "./build-file";
import type { GeneratedCase } from "./case-types";
import type { CrossFileCase, PwdJoin, PwdLink } from "./manifest";

function validRows(b: BuiltFile<GeneratedCase>): RowRecord<GeneratedCase>[] {
  return b.rows.filter((r) => r.kind === "case");
}

/** Case numbers shared by files of one group, and the copy that must win (files in chronological order). */
export function crossFileGroup(built: readonly BuiltFile<GeneratedCase>[], files: readonly string[]): { files: readonly string[]; cases: CrossFileCase[] } {
  const copies = new Map<string, { file: string; fileIndex: number; row: number; decisionDate: string; status: CaseStatus }[]>();
  files.forEach((file, fileIndex) => {
    const b = built.find((x) => x.entry.file === file);
    if (!b) return;
    for (const r of validRows(b)) {
      if (r.status === null) continue;
      const list = copies.get(r.caseNumber) ?? [];
      list.push({ file, fileIndex, row: r.row, decisionDate: r.decisionDate, status: r.status });
      copies.set(r.caseNumber, list);
    }
  });
  const cases: CrossFileCase[] = [];
  for (const [caseNumber, list] of copies) {
    if (new Set(list.map((c) => c.file)).size < 2) continue;
    const winner = [...list].sort((a, b) =>
      a.decisionDate !== b.decisionDate ? (a.decisionDate < b.decisionDate ? 1 : -1) : a.fileIndex !== b.fileIndex ? b.fileIndex - a.fileIndex : b.row - a.row,
    )[0]!;
    const changed = list.some((c) => c.decisionDate !== list[0]!.decisionDate || c.status !== list[0]!.status);
    cases.push({
      caseNumber,
      copies: list.map(({ file, row, decisionDate, status }) => ({ file, row, decisionDate, status })),
      winner: { file: winner.file, row: winner.row },
      changed,
    });
  }
  cases.sort((a, b) => (a.caseNumber < b.caseNumber ? -1 : 1));
  return { files, cases };
}

/** How new-form PERM rows join the PW file: counts of linked and unlinked rows, and the first links. */
export function pwdJoin(built: readonly BuiltFile<GeneratedCase>[], pwFile: string, examples = 20): PwdJoin {
  const pw = built.find((b) => b.entry.file === pwFile);
  const pwRow = new Map<string, number>();
  for (const r of pw ? validRows(pw) : []) pwRow.set(r.caseNumber, r.row); // the last copy wins
  const links: PwdLink[] = [];
  let linked = 0;
  let unlinked = 0;
  for (const b of built) {
    if (b.entry.era !== "perm-d" && b.entry.era !== "perm-d-soc") continue;
    for (const r of validRows(b)) {
      if (r.superseded || !r.c || r.c.program !== "PERM") continue;
      const row = pwRow.get(r.c.pwd.caseNumber);
      if (row === undefined) {
        unlinked++;
        continue;
      }
      linked++;
      if (links.length < examples) {
        links.push({ permFile: b.entry.file, permRow: r.row, caseNumber: r.caseNumber, pwdCaseNumber: r.c.pwd.caseNumber, pwRow: row });
      }
    }
  }
  return { pwFile, linkedPermRows: linked, unlinkedPermRows: unlinked, examples: links };
}
