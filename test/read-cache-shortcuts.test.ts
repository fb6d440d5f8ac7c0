import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { detectEra, readDataset, type Filing } from "../src/index";

// The row mapper caches parsed values per column, and lets an employer name, a worksite postal code and a job
// title remember the cells that went with them last time (FEIN, address, SOC code…) to skip lookups, and a
// FEIN remembers its employer name. These tests
// give few distinct keys many different companions, so every shortcut is tried with stale candidates, and check
// each filing against a read of its row alone (a mapper with empty caches).
const dir = fileURLToPath(new URL("../data-samples/", import.meta.url));

const rewrites: Record<string, readonly string[]> = {
  employerName: ["Acme Widgets, Inc.", "Blue Harbor LLC", "Acme Widgets, Inc. d/b/a Acme Labs"],
  jobTitle: ["Software Engineer", "Data Scientist"],
  worksitePostalCode: ["98101", "94105-1234"],
  // A period prime to the names', so each FEIN meets every name (the FEIN is looked up first, the name through it).
  employerFein: ["12-3456789", "98-7654321", "11-1111111", "N/A"],
};

function csv(rows: readonly (readonly string[])[]): string {
  return Papa.unparse(rows as string[][], { newline: "\n" }) + "\n";
}

/** Everything but the source row number, which differs between the whole file and a one-row file. */
function comparable(f: Filing): unknown {
  return { ...f, source: { ...f.source, row: 0 } };
}

describe.each(["LCA_Disclosure_Data_FY2025_Q4.csv", "PERM_Disclosure_Data_FY2025_Q4.csv", "PW_Disclosure_Data_FY2025_Q4.csv"])(
  "cache shortcuts on %s",
  (name) => {
    const parsed = Papa.parse<string[]>(readFileSync(dir + name, "utf8"), { skipEmptyLines: false }).data;
    const header = parsed[0]!;
    const width = header.length;
    const data = parsed.slice(1).filter((r) => r.length === width && r.some((c) => c.trim() !== ""));
    const { columnIndex } = detectEra(header);
    // Rewrite key columns so a handful of values each meet many different companion cells.
    const rows = data.map((r, k) => {
      const copy = [...r];
      for (const [field, values] of Object.entries(rewrites)) {
        const i = columnIndex[field as keyof typeof columnIndex];
        if (i !== undefined) copy[i] = values[k % values.length]!;
      }
      return copy;
    });

    it("rewrote at least the employer column and kept enough rows to matter", () => {
      expect(columnIndex.employerName).toBeGreaterThanOrEqual(0);
      expect(rows.length).toBeGreaterThan(100);
    });

    it("reads every row of the whole file exactly as it reads that row alone", async () => {
      const whole = await readDataset(csv([header, ...rows]), { file: name, maxIssues: 1e6 });
      expect(whole.summary.kept + whole.summary.flagged).toBe(rows.length);
      const byCase = new Map(whole.rows.map((f) => [f.caseNumber + "#" + f.source.row, f]));
      let compared = 0;
      const companions = new Map<string, Set<string>>();
      for (let k = 0; k < rows.length; k++) {
        const alone = await readDataset(csv([header, rows[k]!]), { file: name, maxIssues: 1e6 });
        const own = alone.rows[0];
        if (own === undefined) continue;
        const inWhole = byCase.get(own.caseNumber + "#" + (k + 1));
        expect(inWhole, `row ${k + 1}`).toBeDefined();
        expect(comparable(inWhole!), `row ${k + 1}`).toEqual(comparable(own));
        // Issues (warnings included) are the same, apart from the row number.
        const wholeIssues = whole.issues.filter((i) => i.row === k + 1).map((i) => ({ ...i, row: 0 }));
        expect(wholeIssues, `issues of row ${k + 1}`).toEqual(alone.issues.map((i) => ({ ...i, row: 0 })));
        const key = own.employer.name ?? "";
        if (!companions.has(key)) companions.set(key, new Set());
        companions.get(key)!.add(JSON.stringify([own.employer.fein, own.employer.city, own.employer.postalCode]));
        compared++;
      }
      expect(compared).toBeGreaterThan(100);
      // The shortcut was really exercised: one employer name met several different FEIN/address combinations.
      expect(Math.max(...[...companions.values()].map((s) => s.size))).toBeGreaterThan(5);
    });
  },
);
