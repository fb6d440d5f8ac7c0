import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { Filing } from "../datasets/filing";
import { employerMatchKey } from "../employers/employer-match-key";
import { makeFiling, type FilingSpec } from "../../test/make-filing";
import { buildSponsorIndex, buildSponsorIndexAsync } from "./build-sponsor-index";
import { createSponsorIndexBuilder } from "./create-sponsor-index-builder";
import { saveSnapshot } from "./save-snapshot";
import { ATTR_STATE, PROGRAMS, STATUSES, type SponsorIndex } from "./sponsor-index";

/** Cell counts of an index, keyed `employer node | program | soc | inferred | decision FY | received FY | status`. */
function indexCounts(index: SponsorIndex): Map<string, number> {
  const out = new Map<string, number>();
  const { groups, cells, nodes } = index;
  for (let g = 0; g < groups.node.length; g++) {
    const i = groups.node[g]!;
    const node = `${nodes.fein[i]}|${nodes.name[i]}|${nodes.state[i]}`;
    for (let k = groups.cellStart[g]!; k < groups.cellStart[g + 1]!; k++) {
      const key = [node, PROGRAMS[groups.program[g]!], index.socs[groups.soc[g]!], groups.socInferred[g], cells.decisionFy[k], cells.receivedFy[k], STATUSES[cells.status[k]!]].join("|");
      out.set(key, (out.get(key) ?? 0) + cells.count[k]!);
    }
  }
  return out;
}

function fy(iso: string | null): number {
  if (iso === null) return 0;
  const y = Number(iso.slice(0, 4));
  return Number(iso.slice(5, 7)) >= 10 ? y + 1 : y;
}

const base = (file: string) => file.slice(file.lastIndexOf("/") + 1);

/** A plain recount: one record per (program, case number), the latest decision winning (ties: file name, then the later record). */
function recount(filings: readonly Filing[]): { counts: Map<string, number>; winners: Filing[] } {
  const win = new Map<string, Filing>();
  for (const f of filings) {
    const key = `${f.program}|${f.caseNumber}`;
    const prev = win.get(key);
    const rank = (x: Filing) => x.decisionDate ?? x.receivedDate ?? "";
    if (!prev || rank(f) > rank(prev) || (rank(f) === rank(prev) && base(f.source.file) >= base(prev.source.file))) win.set(key, f);
  }
  const counts = new Map<string, number>();
  for (const f of win.values()) {
    const node = `${f.employer.fein ?? ""}|${employerMatchKey(f.employer.normalizedName ?? f.employer.name) ?? ""}|${f.employer.state ?? ""}`;
    const key = [node, f.program, f.job.soc2018 ?? "", 0, fy(f.decisionDate), fy(f.receivedDate), f.status].join("|");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return { counts, winners: [...win.values()] };
}

const day = fc.integer({ min: 0, max: 900 }).map((d) => new Date(Date.UTC(2022, 8, 1) + d * 86_400_000).toISOString().slice(0, 10));
const spec: fc.Arbitrary<FilingSpec> = fc.record({
  program: fc.constantFrom("PERM", "LCA", "PW") as fc.Arbitrary<Filing["program"]>,
  caseNumber: fc.integer({ min: 0, max: 40 }).map((n) => (n % 7 === 0 ? `ODD-${n}` : `I-200-22${String(100 + n).padStart(3, "0")}-${String(n * 7919).padStart(6, "0")}`)),
  status: fc.constantFrom("certified", "denied", "withdrawn", "certified-withdrawn") as fc.Arbitrary<Filing["status"]>,
  employer: fc.constantFrom("Acme Widgets, Inc.", "ACME WIDGETS INC", "Globex LLC", "Initech and Sons", "INITECH & SONS"),
  fein: fc.option(fc.constantFrom("12-3456789", "98-7654321"), { nil: null }),
  state: fc.constantFrom("WA", "CA", null),
  soc: fc.constantFrom("15-1252", "15-1132", "15-2051", null),
  title: fc.constantFrom(null, "Software Engineer", "Sr. QA Engineer"),
  received: fc.option(day, { nil: null }),
  decision: fc.option(day, { nil: null }),
  worksiteState: fc.constantFrom("WA", "NY", null),
  file: fc.constantFrom("a/FY2023_Q2.csv", "b/FY2023_Q4.csv", "FY2024.csv"),
}).map((s) => ({ ...s, file: s.file.replace(/FY/, `${s.program}_FY`) })); // a file holds one program

describe("buildSponsorIndex", () => {
  test.prop([fc.array(spec, { maxLength: 60 }), fc.integer({ min: 0, max: 3 })], { numRuns: 150 })(
    "index counts equal a plain recount of the input records (including repeated cases and re-added files)",
    (specs, repeats) => {
      const filings = specs.map((s, i) => makeFiling({ ...s, row: i + 1 }));
      const input = [...filings];
      for (let r = 0; r < repeats; r++) input.push(...filings.slice(0, r * 7));
      const index = buildSponsorIndex(input);
      const { counts, winners } = recount(input);
      expect(index.filings).toBe(winners.length);
      const got = indexCounts(index);
      // Filings with a SOC code: exactly as recounted.
      const reported = (m: Map<string, number>) => new Map([...m].filter(([k]) => k.split("|")[4] !== "" && k.split("|")[5] === "0"));
      expect(reported(got)).toEqual(reported(counts));
      // All filings (some SOCs inferred from titles): equal once the SOC is summed out.
      const noSoc = (m: Map<string, number>) => {
        const out = new Map<string, number>();
        for (const [k, v] of m) {
          const p = k.split("|");
          const key = [...p.slice(0, 4), ...p.slice(6)].join("|");
          out.set(key, (out.get(key) ?? 0) + v);
        }
        return out;
      };
      expect(noSoc(got)).toEqual(noSoc(counts));
      // Distributions: worksite-state counts per employer node.
      const states = new Map<string, number>();
      for (const f of winners) if (f.worksite.state) states.set(f.worksite.state, (states.get(f.worksite.state) ?? 0) + 1);
      const fromIndex = new Map<string, number>();
      for (let a = 0; a < index.attrs.kind.length; a++) {
        if (index.attrs.kind[a] !== ATTR_STATE) continue;
        const s = index.states[index.attrs.value[a]!]!;
        fromIndex.set(s, (fromIndex.get(s) ?? 0) + index.attrs.count[a]!);
      }
      expect(fromIndex).toEqual(states);
      expect(index.sources.reduce((s, x) => s + x.filings, 0)).toBe(winners.length);
    },
  );

  test.prop([fc.uniqueArray(spec, { maxLength: 40, selector: (s) => `${s.program}|${s.caseNumber}|${s.file}` }), fc.integer()], { numRuns: 40 })(
    "the snapshot does not depend on the order filings are added",
    (specs, seed) => {
      const filings = specs.map((s, i) => makeFiling({ ...s, row: i + 1 }));
      const shuffled = fc.sample(fc.shuffledSubarray(filings, { minLength: filings.length, maxLength: filings.length }), { seed, numRuns: 1 })[0]!;
      expect(Buffer.from(saveSnapshot(buildSponsorIndex(shuffled))).equals(saveSnapshot(buildSponsorIndex(filings)))).toBe(true);
    },
  );

  it("adding the same quarter twice does not double count", () => {
    const q = [1, 2, 3].map((n) => makeFiling({ caseNumber: `I-200-24001-00000${n}`, file: "LCA_FY2024_Q1.csv", row: n }));
    const once = buildSponsorIndex(q);
    const twice = buildSponsorIndex([...q, ...q]);
    expect(twice.filings).toBe(3);
    expect(Buffer.from(saveSnapshot(twice)).equals(saveSnapshot(once))).toBe(true);
  });

  it("a case re-reported with a later decision replaces its earlier record (certified → certified-withdrawn)", () => {
    const builder = createSponsorIndexBuilder();
    builder.add(makeFiling({ caseNumber: "I-200-16039-998530", decision: "2016-05-01", status: "certified", file: "LCA_FY2016.csv" }));
    builder.add(makeFiling({ caseNumber: "I-200-16039-998530", decision: "2017-02-01", status: "certified-withdrawn", file: "LCA_FY2017.csv" }));
    builder.add(makeFiling({ caseNumber: "I-200-16039-998530", decision: "2016-05-01", status: "certified", file: "LCA_FY2016_again.csv" }));
    expect(builder.stats).toEqual({ added: 3, cases: 1, replaced: 1, superseded: 1 });
    const index = builder.finish();
    expect(index.filings).toBe(1);
    expect(STATUSES[index.cells.status[0]!]).toBe("certified-withdrawn");
    expect(index.cells.decisionFy[0]).toBe(2017);
    expect(index.sources.map((s) => [s.file, s.filings])).toEqual([["LCA_FY2016.csv", 0], ["LCA_FY2016_again.csv", 0], ["LCA_FY2017.csv", 1]]);
  });

  it("ties on the decision date go to the file whose name sorts last, whatever the order", () => {
    const q2 = makeFiling({ caseNumber: "A-23001-00001", program: "PERM", status: "denied", file: "x/PERM_FY2024_Q2.csv" });
    const q4 = makeFiling({ caseNumber: "A-23001-00001", program: "PERM", status: "certified", file: "y/PERM_FY2024_Q4.csv" });
    for (const order of [[q2, q4], [q4, q2]]) {
      const index = buildSponsorIndex(order);
      expect(STATUSES[index.cells.status[0]!]).toBe("certified");
    }
  });

  it("records the data-as-of date: the latest decision, or the date given", () => {
    const filings = [makeFiling({ caseNumber: "I-200-24001-000001", decision: "2024-09-30" }), makeFiling({ caseNumber: "I-200-24001-000002", decision: null, received: "2025-01-01" })];
    expect(buildSponsorIndex(filings).asOf).toBe("2024-09-30");
    expect(buildSponsorIndex(filings, { asOf: "2025-03-31" }).asOf).toBe("2025-03-31");
    expect(buildSponsorIndex([]).asOf).toBeNull();
  });

  it("infers the SOC of filings that only have a job title, from the same employer's other filings first", () => {
    const filings = [
      makeFiling({ caseNumber: "I-200-24001-000001", title: "QA Engineer", soc: "15-1253", employer: "Ulix Data Inc." }),
      makeFiling({ caseNumber: "I-200-24001-000002", title: "QA Engineer", soc: "15-1299", employer: "Other Co" }),
      makeFiling({ caseNumber: "I-200-24001-000003", title: "QA Engineer", soc: "15-1299", employer: "Other Co" }),
      makeFiling({ caseNumber: "G-100-24001-000004", program: "PERM", title: "Senior QA Engineer", soc: null, socTitle: null, employer: "Ulix Data Inc." }),
      makeFiling({ caseNumber: "G-100-24001-000005", program: "PERM", title: "QA Engineer II", soc: null, socTitle: null, employer: "Third Inc" }),
      makeFiling({ caseNumber: "G-100-24001-000006", program: "PERM", title: "Software Developers", soc: null, socTitle: null, employer: "Third Inc" }),
      makeFiling({ caseNumber: "G-100-24001-000007", program: "PERM", title: "Wizard", soc: null, socTitle: null, employer: "Third Inc" }),
    ];
    const index = buildSponsorIndex(filings);
    const perm = [...index.groups.node.keys()]
      .filter((g) => PROGRAMS[index.groups.program[g]!] === "PERM")
      .map((g) => [index.nodes.name[index.groups.node[g]!], index.socs[index.groups.soc[g]!], index.groups.socInferred[g]]);
    expect(perm).toEqual([
      ["THIRD", "", 0],
      ["THIRD", "15-1252", 1],
      ["THIRD", "15-1299", 1],
      ["ULIX DATA", "15-1253", 1],
    ]);
  });

  it("an official SOC title in the SOC-title column stands in for a missing code", () => {
    const index = buildSponsorIndex([makeFiling({ caseNumber: "A-17001-00001", program: "PERM", soc: null, socTitle: "Software Developers, Applications", title: null })]);
    expect(index.socs[index.groups.soc[0]!]).toBe("15-1252");
    expect(index.groups.socInferred[0]).toBe(0);
  });

  it("keeps at most `evidencePerCell` case numbers per cell, the latest decisions first", () => {
    const filings = [1, 2, 3, 4].map((n) => makeFiling({ caseNumber: `I-200-24001-00000${n}`, decision: `2024-03-0${n}` }));
    filings.push(makeFiling({ caseNumber: "NONSTANDARD-5", decision: "2024-03-09" }));
    const index = buildSponsorIndex(filings, { evidencePerCell: 2 });
    expect(index.cells.evidenceStart[1]).toBe(2);
    expect(index.evidence.odd.get(0)).toBe("NONSTANDARD-5");
    expect(buildSponsorIndex(filings, { evidencePerCell: 0 }).evidence.key.length).toBe(0);
  });

  it("builds from async streams, file by file", async () => {
    async function* stream(fs: Filing[]) {
      yield* fs;
    }
    const a = [makeFiling({ caseNumber: "I-200-24001-000001", file: "a.csv" })];
    const b = [makeFiling({ caseNumber: "I-200-24001-000002", file: "b.csv" })];
    const index = await buildSponsorIndexAsync([stream(a), { batches: async function* () { yield b; } }]);
    expect(index.sources.map((s) => s.file)).toEqual(["a.csv", "b.csv"]);
    expect(index.filings).toBe(2);
  });

  it("does not mutate its input", () => {
    const filings = [makeFiling({ caseNumber: "I-200-24001-000001" })];
    const copy = structuredClone(filings);
    buildSponsorIndex(filings);
    expect(filings).toEqual(copy);
  });

  it("rejects bad options with a DisclosureError naming the option", () => {
    expect(() => createSponsorIndexBuilder({ evidencePerCell: 99 })).toThrow(/evidencePerCell/);
  });
});
