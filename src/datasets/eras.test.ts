import { describe, expect, it } from "vitest";
import { detectEra } from "./detect";
import type { EraSpec } from "./era";
import { ERAS, erasOf } from "./eras";
import { headerKey } from "./header-key";
import { PERM_ERA_C_FY2024 } from "./perm/layouts";

/** Does `era` match this header on its own (signature present, no excluded key)? */
function matches(era: EraSpec, layout: readonly string[]): boolean {
  const keys = new Set(layout.map(headerKey));
  const signed = era.signature.every((entry) =>
    (typeof entry === "string" ? [entry] : entry).some((key) => keys.has(key)),
  );
  return signed && !(era.excludes ?? []).some((key) => keys.has(key));
}

describe("ERAS", () => {
  it("ERAS lists PERM, LCA then PW eras, with unique ids", () => {
    const ids = ERAS.map((era) => era.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([
      "perm-a", "perm-b", "perm-c", "perm-d", "perm-d-soc",
      "lca-icert", "lca-2015", "lca-2016", "lca-2019", "lca-flag-96", "lca-flag-97", "lca-flag-98",
      "pw-2010", "pw-2015", "pw-2016", "pw-flag",
    ]);
  });

  it("every signature, exclusion and column candidate is already a header key", () => {
    for (const era of ERAS) {
      const names = [
        ...era.signature.flat(),
        ...(era.excludes ?? []),
        ...Object.values(era.columns).flatMap((keys) => keys ?? []),
      ];
      for (const name of names) expect(headerKey(name), `${era.id}: ${name}`).toBe(name);
    }
  });

  it("every era maps caseNumber and status, and requires employerName", () => {
    for (const era of ERAS) {
      expect(era.columns.caseNumber, era.id).toBeDefined();
      expect(era.columns.status, era.id).toBeDefined();
      expect(era.required, era.id).toContain("employerName");
    }
  });

  it("every era has a layout that satisfies its own signature and no other era's", () => {
    for (const era of ERAS) {
      expect(era.layout, era.id).toBeDefined();
      const layout = era.layout ?? [];
      expect(matches(era, layout), `${era.id} own signature`).toBe(true);
      const others = ERAS.filter((other) => other !== era && matches(other, layout)).map((other) => other.id);
      expect(others, `${era.id} layout also matches`).toEqual([]);
    }
  });

  it("every layout is detected as its own era, with or without the dataset option", () => {
    for (const era of ERAS) {
      const layout = era.layout ?? [];
      expect(detectEra(layout).era.id).toBe(era.id);
      expect(detectEra(layout, { dataset: era.dataset }).era.id).toBe(era.id);
    }
  });

  it("every layout provides every field its era maps (perm-c FY2020 lacks only the FY2024 FEIN)", () => {
    for (const era of ERAS) {
      const { missingFields } = detectEra(era.layout ?? []);
      expect(missingFields, era.id).toEqual(era.id === "perm-c" ? ["employerFein"] : []);
    }
    expect(detectEra(PERM_ERA_C_FY2024).missingFields).toEqual([]);
  });

  it("PW eras read the determined wage into pw fields, never into the offered wage", () => {
    for (const era of erasOf("pw")) {
      expect(era.columns.pwAmount, era.id).toBeDefined();
      expect(era.columns.wageFrom ?? era.columns.wageTo ?? era.columns.wageUnit, era.id).toBeUndefined();
    }
  });

  it("LCA eras never read PW_TRACKING_NUMBER as a PWD case number", () => {
    for (const era of erasOf("lca")) expect(era.columns.pwdCaseNumber, era.id).toBeUndefined();
  });

  it("new-form PERM eras have no prevailing wage, education or experience columns", () => {
    for (const era of erasOf("perm").filter((e) => e.id.startsWith("perm-d"))) {
      const fields = Object.keys(era.columns);
      for (const absent of ["pwAmount", "pwUnit", "pwLevel", "minEducation", "experienceMonths"]) {
        expect(fields, era.id).not.toContain(absent);
      }
    }
    expect(ERAS.find((e) => e.id === "perm-d")?.columns.socCode).toBeUndefined();
    expect(ERAS.find((e) => e.id === "perm-d-soc")?.columns.socCode).toEqual(["PWD_SOC_CODE"]);
  });
});

describe("erasOf", () => {
  it("erasOf(dataset) returns that dataset's eras in ERAS order", () => {
    expect(erasOf("perm").map((e) => e.id)).toEqual(["perm-a", "perm-b", "perm-c", "perm-d", "perm-d-soc"]);
    expect(erasOf("pw").map((e) => e.id)).toEqual(["pw-2010", "pw-2015", "pw-2016", "pw-flag"]);
    expect(erasOf("lca").every((e) => e.dataset === "lca")).toBe(true);
  });

  it("erasOf(unknown) throws unknown_dataset naming the value", () => {
    expect(() => erasOf("h2a" as never)).toThrow(expect.objectContaining({ code: "unknown_dataset" }));
    expect(() => erasOf("h2a" as never)).toThrow(/"h2a"/);
  });
});
