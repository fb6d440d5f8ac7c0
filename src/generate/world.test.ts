import { describe, expect, it } from "vitest";
import { DisclosureError } from "../errors";
import { SOC_2018_CODES } from "./occupations";
import { generateWorld, nameOn, worldTruth } from "./world";

const world = generateWorld(2025, "sample");

describe("generateWorld", () => {
  it("generateWorld(seed, 'sample') has 120 employers and is deterministic", () => {
    expect(world.employers).toHaveLength(120);
    expect(JSON.stringify(generateWorld(2025, "sample"))).toBe(JSON.stringify(world));
    expect(JSON.stringify(generateWorld(2026, "sample"))).not.toBe(JSON.stringify(world));
  });
  it("gives every legal entity a unique NN-NNNNNNN FEIN", () => {
    const feins = world.employers.map((e) => e.fein);
    expect(new Set(feins).size).toBe(feins.length);
    for (const f of feins) expect(f).toMatch(/^\d{2}-\d{7}$/);
  });
  it("starts with the named quirk employers", () => {
    const [accented, apostrophe, amp, dba, rebrand, parent, sub1, sub2, spaces, glued] = world.employers;
    expect(accented?.names[0]?.legalName).toBe("Lumière Précision America, Inc.");
    expect(apostrophe?.names[0]?.legalName).toContain("’");
    expect(amp?.names[0]?.variants.some((v) => v.name.includes("&AMP;"))).toBe(true);
    expect(dba?.tradeName).toBe("Saffron Table");
    expect(dba?.names[0]?.variants.some((v) => v.name.includes("D/B/A"))).toBe(true);
    expect(rebrand?.names.map((n) => n.legalName)).toEqual(["Corvana Data Inc.", "Corvana Data LLC"]);
    expect(nameOn(rebrand!, "2023-06-30").legalName).toBe("Corvana Data Inc.");
    expect(nameOn(rebrand!, "2023-07-01").legalName).toBe("Corvana Data LLC");
    expect(sub1?.parentKey).toBe(parent?.key);
    expect(sub2?.parentKey).toBe(parent?.key);
    expect(new Set([parent?.fein, sub1?.fein, sub2?.fein]).size).toBe(3);
    expect(spaces?.names[0]?.variants.some((v) => v.name.includes("  "))).toBe(true);
    expect(glued?.names[0]?.variants.some((v) => v.name.includes("SERVICESLIMITED"))).toBe(true);
  });
  it("gives most employers 1–4 spellings of their name", () => {
    for (const e of world.employers) {
      const n = e.names[0]!.variants.length;
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThanOrEqual(5);
      expect(e.names[0]!.variants[0]!.kind).toBe("legal");
    }
  });
  it("draws skewed PERM rates: most employers near zero, a few large sponsors", () => {
    const rates = world.employers.map((e) => e.permRate).sort((a, b) => a - b);
    const median = rates[Math.floor(rates.length / 2)]!;
    const max = rates[rates.length - 1]!;
    expect(median).toBeLessThan(1.5);
    expect(max).toBeGreaterThan(15 * median);
    expect(world.employers.some((e) => e.permRate < 0.1 && e.lcaRate > 1)).toBe(true); // LCA-only sponsors
  });
  it("keeps rates, probabilities and mixes in range", () => {
    for (const e of world.employers) {
      expect(e.certificationProbability).toBeGreaterThan(0);
      expect(e.certificationProbability).toBeLessThanOrEqual(1);
      expect(e.wageLevelMix.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 3);
      for (const a of e.activity) {
        expect(SOC_2018_CODES).toContain(a.soc2018);
        expect(a.permRate).toBeGreaterThanOrEqual(0);
        expect(a.lcaRate).toBeGreaterThanOrEqual(0);
      }
    }
  });
  it("generateWorld(seed, size) scales to the full size", () => {
    const full = generateWorld(1, 5000);
    expect(full.employers).toHaveLength(5000);
    expect(new Set(full.employers.map((e) => e.fein)).size).toBe(5000);
    expect(new Set(full.employers.map((e) => e.names[0]!.legalName.toUpperCase())).size).toBeGreaterThan(4950);
  });
  it("generateWorld throws DisclosureError for a bad size or seed", () => {
    expect(() => generateWorld(1, 0)).toThrow(DisclosureError);
    expect(() => generateWorld(1.5, 10)).toThrow(/Seed must be an integer/);
  });
});

describe("worldTruth", () => {
  it("worldTruth(world) lists every employer × occupation with its rates", () => {
    const truth = worldTruth(world);
    expect(truth.length).toBe(world.employers.reduce((s, e) => s + e.activity.length, 0));
    const corvana = truth.filter((t) => t.employerKey === "E00005");
    expect(corvana.every((t) => t.legalName === "Corvana Data LLC")).toBe(true);
    expect(corvana.reduce((s, t) => s + t.permRate, 0)).toBeCloseTo(10, 2);
  });
});
