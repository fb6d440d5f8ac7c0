import { describe, expect, it } from "vitest";
import { test, fc } from "@fast-check/vitest";
import { DisclosureError, readDataset, readDatasets, memorySource } from "../src/index";
import { LCA_FLAG_96 } from "../src/datasets/lca/layouts";
import { lcaRow, makeCsv } from "./make-csv";

const good = makeCsv(LCA_FLAG_96, [lcaRow("I-200-23060-000001"), lcaRow("I-200-23060-000002")]);

describe("unusable input throws one DisclosureError naming the file", () => {
  it("an empty file", async () => {
    const err = await readDataset("", { file: "empty.csv" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DisclosureError);
    expect(err).toMatchObject({ code: "empty_file", file: "empty.csv", message: expect.stringMatching(/^empty\.csv: .*expected/) });
  });
  it("a file of blank lines only", async () => {
    await expect(readDataset("\n\n,,,\n", { file: "blank.csv" })).rejects.toMatchObject({ code: "empty_file" });
  });
  it("a header that matches no era names what it saw and the closest era", async () => {
    const err = (await readDataset("CASE_NUMBER,FOO,BAR\nX,1,2\n", { file: "mystery.csv", dataset: "lca" }).catch((e: unknown) => e)) as Error;
    expect(err).toMatchObject({ code: "unrecognized_header" });
    expect(err.message).toContain("mystery.csv");
    expect(err.message).toContain("FOO");
    expect(err.message).toMatch(/lca-/);
  });
  it("a file cut inside a quoted field", async () => {
    const cut = good + 'I-200-23060-000003,Certified,"2023-03-01';
    await expect(readDataset(cut, { file: "cut.csv" })).rejects.toMatchObject({ code: "truncated_file", message: expect.stringContaining("cut.csv") });
  });
  it("a file cut in the middle of its last row", async () => {
    const cut = good + "I-200-23060-000003,Certified,2023-03-01";
    await expect(readDataset(cut, { file: "cut.csv" })).rejects.toMatchObject({ code: "truncated_file", message: expect.stringContaining("row 3") });
  });
  it("binary bytes", async () => {
    await expect(readDataset(new Uint8Array([0x00, 0x01, 0x02, 0x03]), { file: "x.bin" })).rejects.toMatchObject({ code: "binary_file" });
  });
  it("a bad option", async () => {
    await expect(readDataset(good, { dataset: "h2b" as never })).rejects.toMatchObject({ code: "invalid_option", message: expect.stringContaining("dataset") });
  });
});

describe("bad rows become issues and are counted", () => {
  it("flags wrong field counts, blank case numbers, unknown statuses and blank employers; skips padding", async () => {
    const text =
      makeCsv(LCA_FLAG_96, [
        lcaRow("I-1"),
        lcaRow(""), // row 2: blank case number
        lcaRow("I-3", { CASE_STATUS: "PENDING REVIEW" }), // row 3
        lcaRow("I-4", { EMPLOYER_NAME: "  " }), // row 4
        {}, // row 5: padding
        lcaRow("I-6", { SOC_CODE: "35614" }), // row 6: kept, SOC nulled with a warning
      ]) +
      "I-7,Certified\n" + // row 7: too few fields
      "\n" + // row 8: empty line
      ",".repeat(LCA_FLAG_96.length - 1) + "\n"; // row 9: padding
    const { rows, issues, summary } = await readDataset(text, { file: "bad.csv" });
    expect(summary).toMatchObject({ read: 9, kept: 2, flagged: 4, blank: 3, duplicates: 0, warnings: 1 });
    expect(rows.map((r) => r.caseNumber)).toEqual(["I-1", "I-6"]);
    const errors = issues.filter((i) => i.severity === "error").map((i) => [i.row, i.column, i.code]);
    expect(errors).toEqual([
      [2, "CASE_NUMBER", "missing_value"],
      [3, "CASE_STATUS", "invalid_value"],
      [4, "EMPLOYER_NAME", "missing_value"],
      [7, undefined, "field_count"],
    ]);
    expect(issues.find((i) => i.row === 6)).toMatchObject({ column: "SOC_CODE", code: "invalid_value", severity: "warning", file: "bad.csv" });
    expect(rows[1]!.job.soc2018).toBeNull();
  });

  it("treats Unicode spaces at the edges of a cell like ASCII ones", async () => {
    const nbsp = "\u00a0";
    const text = makeCsv(LCA_FLAG_96, [
      lcaRow(`${nbsp}I-1${nbsp}`),
      lcaRow("I-2", { EMPLOYER_NAME: `${nbsp}\u3000${nbsp}` }), // blank employer
      lcaRow("I-3", { EMPLOYER_STATE: `${nbsp}N/A${nbsp}`, WORKSITE_STATE: `${nbsp}WA` }),
      lcaRow(nbsp.repeat(6)), // blank case number
    ]);
    const { rows, issues } = await readDataset(text, { file: "spaces.csv" });
    expect(rows.map((r) => r.caseNumber)).toEqual(["I-1", "I-3"]);
    expect(issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [2, "EMPLOYER_NAME", "missing_value"],
      [4, "CASE_NUMBER", "missing_value"],
    ]);
    // A placeholder padded with no-break spaces is still a placeholder (no warning), and a padded state still reads.
    expect(rows[1]!.employer.state).toBeNull();
    expect(rows[1]!.worksite.state).toBe("WA");
  });

  test.prop([fc.array(fc.constantFrom("good", "blank", "short", "nocase", "badstatus", "dup"), { maxLength: 40 })], { numRuns: 40 })(
    "read = kept + flagged + blank + duplicates for any mix of rows and files",
    async (kinds) => {
      const rows: string[] = [];
      let n = 0;
      for (const k of kinds) {
        n++;
        if (k === "blank") rows.push("");
        else if (k === "short") rows.push("I-x,Certified");
        else {
          const r = lcaRow(k === "nocase" ? "" : k === "dup" ? "I-DUP" : `I-${n}`, k === "badstatus" ? { CASE_STATUS: "??" } : {});
          rows.push(makeCsv(LCA_FLAG_96, [r]).split("\n")[1]!);
        }
      }
      const text = makeCsv(LCA_FLAG_96, []) + rows.map((r) => r + "\n").join("");
      const { total, summaries } = await readDatasets([memorySource("a.csv", text), memorySource("b.csv", text)]);
      expect(total.read).toBe(2 * kinds.length);
      expect(total.kept + total.flagged + total.blank + total.duplicates).toBe(total.read);
      for (const s of summaries) expect(s.kept + s.flagged + s.blank + s.duplicates).toBe(s.read);
      // Every good case appears once across the two identical files; the second copy wins (later file).
      const distinct = new Set(kinds.map((k, i) => (k === "good" ? `I-${i + 1}` : k === "dup" ? "I-DUP" : null)).filter(Boolean));
      expect(total.kept).toBe(distinct.size);
    },
  );
});

describe("readDatasets", () => {
  it("keeps the latest decision of a case found in two quarterly files and reports the dropped copy", async () => {
    const q2 = makeCsv(LCA_FLAG_96, [lcaRow("I-A", { DECISION_DATE: "2023-01-10" }), lcaRow("I-B")]);
    const q4 = makeCsv(LCA_FLAG_96, [
      lcaRow("I-A", { DECISION_DATE: "2023-06-01", CASE_STATUS: "Certified - Withdrawn" }),
      lcaRow("I-C"),
    ]);
    // Given newest first, the later decision still wins.
    const res = await readDatasets([memorySource("q4.csv", q4), memorySource("q2.csv", q2)], { memoryLimit: 0 });
    expect(res.rows.map((r) => [r.caseNumber, r.status, r.source.file]).sort()).toEqual([
      ["I-A", "certified-withdrawn", "q4.csv"],
      ["I-B", "certified", "q2.csv"],
      ["I-C", "certified", "q4.csv"],
    ]);
    expect(res.summaries.map((s) => s.duplicates)).toEqual([0, 1]);
    expect(res.dropped).toEqual([{ caseNumber: "I-A", file: "q2.csv", row: 1, keptFile: "q4.csv", keptRow: 1 }]);
    expect(res.total).toEqual({ read: 4, kept: 3, flagged: 0, blank: 0, duplicates: 1 });
  });
});
