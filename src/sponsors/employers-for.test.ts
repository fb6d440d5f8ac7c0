import { describe, expect, it } from "vitest";
import { makeFiling, type FilingSpec } from "../../test/make-filing";
import { buildSponsorIndex } from "./build-sponsor-index";
import { employerProfile } from "./employer-profile";
import { employersFor } from "./employers-for";

let n = 0;
const f = (spec: Omit<FilingSpec, "caseNumber">, times = 1) =>
  Array.from({ length: times }, () => makeFiling({ caseNumber: `I-200-24001-${String(++n).padStart(6, "0")}`, ...spec }));

const index = buildSponsorIndex(
  [
    ...f({ employer: "Alpha Corp", program: "PERM", soc: "15-1252", decision: "2023-05-01", received: "2022-01-01" }, 4),
    ...f({ employer: "Alpha Corp", program: "PERM", soc: "15-1252", status: "denied", decision: "2024-05-01" }, 1),
    ...f({ employer: "Alpha Corp", program: "LCA", soc: "15-1253", worksiteState: "NY" }, 3),
    ...f({ employer: "Beta LLC", program: "PERM", soc: "15-1211", worksiteState: "CA", pwLevel: "II", education: "masters", wage: 120_000 }, 2),
    ...f({ employer: "Beta LLC", program: "PERM", soc: "15-1211", worksiteState: "WA", pwLevel: "III", wage: 160_000 }, 2),
    ...f({ employer: "Gamma Labs", program: "LCA", soc: "15-1252", title: "Software Engineer" }, 5),
  ],
  { aliases: { parents: [{ name: "Holdco", members: ["Alpha Corp", "Beta LLC"] }] } },
);

describe("employersFor", () => {
  it("ranks employers for a SOC code, a broad occupation, a minor group", () => {
    // A tie on filings goes to more approvals (Gamma: 5 of 5, Alpha: 4 of 5).
    expect(employersFor(index, { soc: "15-1252" }).map((r) => [r.key, r.filings])).toEqual([["name:GAMMA LABS", 5], ["name:ALPHA", 5]]);
    expect(employersFor(index, { soc: "15-1250" }).map((r) => [r.key, r.filings])).toEqual([["name:ALPHA", 8], ["name:GAMMA LABS", 5]]);
    expect(employersFor(index, { soc: "15-1200" }).map((r) => r.key)).toEqual(["name:ALPHA", "name:GAMMA LABS", "name:BETA"]);
    expect(employersFor(index, { soc: "15-0000" })).toHaveLength(3);
  });
  it("filters by program, fiscal years (decision or receipt), status and worksite state", () => {
    expect(employersFor(index, { soc: "15-1252" }, { programs: ["PERM"] }).map((r) => [r.key, r.filings, r.approved])).toEqual([["name:ALPHA", 5, 4]]);
    expect(employersFor(index, { soc: "15-1252" }, { programs: ["PERM"], fromFiscalYear: 2024 })[0]?.filings).toBe(1);
    expect(employersFor(index, { soc: "15-1252" }, { programs: ["PERM"], basis: "received", toFiscalYear: 2022 })[0]?.filings).toBe(4);
    expect(employersFor(index, { soc: "15-1252" }, { programs: ["PERM"], approvedOnly: true })[0]?.filings).toBe(4);
    const ca = employersFor(index, { soc: "15-1211" }, { states: ["CA"] });
    expect(ca).toMatchObject([{ key: "name:BETA", filings: 2, estimated: true }]);
  });
  it("rolls up to parents in the parent scope", () => {
    expect(employersFor(index, { soc: "15-1200" }, { scope: "parent" }).map((r) => [r.key, r.scope, r.filings])).toEqual([
      ["parent:HOLDCO", "parent", 12],
      ["name:GAMMA LABS", "entity", 5],
    ]);
  });
  it("takes a job title, weighting each SOC by its share", () => {
    expect(employersFor(index, { title: "Senior Software Engineer" }).map((r) => r.key)).toEqual(["name:ALPHA", "name:GAMMA LABS"]);
  });
  it("rejects a malformed SOC code or filter", () => {
    expect(() => employersFor(index, { soc: "software" })).toThrow(/not a SOC code/);
    expect(() => employersFor(index, { soc: "15-1252" }, { states: ["California"] })).toThrow(/states/);
  });
});

describe("employerProfile", () => {
  it("summarises history, occupations, locations, wages, levels, education and processing time", () => {
    const p = employerProfile(index, "Beta LLC")!;
    expect(p).toMatchObject({ key: "name:BETA", filings: 4, approved: 4, parent: { key: "parent:HOLDCO", name: "Holdco" } });
    expect(p.worksiteStates).toEqual([{ state: "CA", filings: 2 }, { state: "WA", filings: 2 }]);
    expect(p.pwLevels).toEqual({ II: 2, III: 2, unknown: 0 });
    expect(p.education).toEqual({ masters: 2, unknown: 2 });
    expect(p.offeredWage.PERM!.median).toBeGreaterThanOrEqual(115_000);
    expect(p.offeredWage.PERM!.median).toBeLessThanOrEqual(165_000);
    expect(p.medianDays.PERM).toBe(7);
    expect(p.occupations).toMatchObject([{ soc: "15-1211", title: "Computer Systems Analysts", filings: 4, byProgram: { PERM: 4 } }]);
  });
  it("keeps history per decision fiscal year and program, newest first", () => {
    const p = employerProfile(index, "name:ALPHA")!;
    expect(p.history.map((h) => [h.fiscalYear, h.program, h.filings, h.approved])).toEqual([
      [2024, "PERM", 1, 0],
      [2024, "LCA", 3, 3],
      [2023, "PERM", 4, 4],
    ]);
    expect(p.received.map((h) => [h.fiscalYear, h.program, h.filings])).toEqual([
      [2024, "PERM", 1],
      [2024, "LCA", 3],
      [2022, "PERM", 4],
    ]);
    expect(employerProfile(index, "name:ALPHA", { programs: ["LCA"] })!.filings).toBe(3);
  });
  it("rolls up to the parent in the parent scope, and is null for unknown employers", () => {
    const p = employerProfile(index, "Alpha", { scope: "parent" })!;
    expect(p).toMatchObject({ key: "parent:HOLDCO", scope: "parent", filings: 12, members: ["name:ALPHA", "name:BETA"] });
    expect(employerProfile(index, "Nobody Inc")).toBeNull();
  });
});
