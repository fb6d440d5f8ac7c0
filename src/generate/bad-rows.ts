import type { ColumnRoles } from "./column-roles";
import type { Delimiter } from "./csv";
import type { BadRow } from "./manifest";

/**
 * Break a row in one of the ways a reader must flag: an extra field (an unquoted delimiter in the job
 * title), a blank case number with other values present, an unparseable status, or a blank employer name.
 */
export function breakRow(
  reason: BadRow["reason"], fields: string[], layout: readonly string[], r: ColumnRoles,
  caseNumber: string, delimiter: Delimiter,
): Omit<BadRow, "row"> & { fields: string[] } {
  const out = [...fields];
  switch (reason) {
    case "field_count": {
      const at = layout.indexOf(r.title);
      out.splice(at + 1, 0, "SENIOR");
      return {
        reason, code: "field_count", caseNumber, fields: out,
        detail: `${out.length} fields instead of ${layout.length} (an unquoted '${delimiter === "\t" ? "\\t" : delimiter}' in ${r.title})`,
      };
    }
    case "missing_case_number":
      out[layout.indexOf(r.caseNumber)] = "";
      return { reason, code: "missing_value", column: r.caseNumber, caseNumber: "", fields: out, detail: "blank CASE_NUMBER, other values present" };
    case "invalid_status":
      out[layout.indexOf(r.status)] = "PENDING REVIEW";
      return { reason, code: "invalid_value", column: r.status, caseNumber, fields: out, detail: "CASE_STATUS 'PENDING REVIEW'" };
    case "missing_employer_name":
      out[layout.indexOf(r.employer)] = "";
      return { reason, code: "missing_value", column: r.employer, caseNumber, fields: out, detail: `blank ${r.employer}` };
  }
}
