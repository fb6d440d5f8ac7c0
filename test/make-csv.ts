/** Build CSV text in an official layout from partial rows (other columns blank). */
export function makeCsv(layout: readonly string[], rows: readonly Record<string, string>[], delimiter = ","): string {
  const cell = (s: string) => (/[",\n\r;\t]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [layout.map(cell).join(delimiter)];
  for (const r of rows) lines.push(layout.map((h) => cell(r[h] ?? "")).join(delimiter));
  return lines.join("\n") + "\n";
}

/** A plausible FLAG-era LCA row. */
export function lcaRow(caseNumber: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    CASE_NUMBER: caseNumber,
    CASE_STATUS: "Certified",
    RECEIVED_DATE: "2023-03-01",
    DECISION_DATE: "2023-03-08",
    VISA_CLASS: "H-1B",
    JOB_TITLE: "Software Engineer",
    SOC_CODE: "15-1252.00",
    SOC_TITLE: "Software Developers",
    EMPLOYER_NAME: "Acme Widgets, Inc.",
    EMPLOYER_CITY: "Seattle",
    EMPLOYER_STATE: "WA",
    EMPLOYER_POSTAL_CODE: "98101",
    WORKSITE_CITY: "Seattle",
    WORKSITE_STATE: "WA",
    WAGE_RATE_OF_PAY_FROM: "150000",
    WAGE_UNIT_OF_PAY: "Year",
    PREVAILING_WAGE: "120000",
    PW_UNIT_OF_PAY: "Year",
    PW_WAGE_LEVEL: "II",
    ...extra,
  };
}
