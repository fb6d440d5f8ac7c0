import { describe, expect, it } from "vitest";
import { dayNumber, fiscalYearOf } from "./calendar";
import { createCaseNumbers } from "./case-numbers";
import { NEW_FORM_START } from "./case-types";
import { annualize, inUnit } from "./draw-role";
import { drawLcaCases } from "./lca-cases";
import { drawPermCases, permStatusAt } from "./perm-cases";
import { drawPwCases, pwdOfPerm } from "./pw-cases";
import { createRng } from "./random";
import { generateWorld } from "./world";

const world = generateWorld(11, "sample");
const fy2024 = { start: "2023-10-01", end: "2024-09-30" };

describe("drawPermCases", () => {
  const rng = createRng(1);
  const numbers = createCaseNumbers(createRng(2));
  const cases = drawPermCases(rng, numbers, world, { window: fy2024, forms: "any" });

  it("draws decisions inside the window, received 1–18 months before", () => {
    expect(cases.length).toBeGreaterThan(50);
    for (const c of cases) {
      expect(c.decisionDate >= fy2024.start && c.decisionDate <= fy2024.end).toBe(true);
      expect(c.fiscalYear).toBe(fiscalYearOf(c.decisionDate));
      const lag = dayNumber(c.decisionDate) - dayNumber(c.receivedDate);
      expect(lag).toBeGreaterThanOrEqual(30);
      expect(lag).toBeLessThanOrEqual(550);
    }
  });
  it("numbers old-form cases A-YYDDD-NNNNN and new-form cases G-100-YYDDD-NNNNNN", () => {
    for (const c of cases) {
      if (c.receivedDate >= NEW_FORM_START) expect(c.caseNumber).toMatch(/^G-100-\d{5}-\d{6}$/);
      else expect(c.caseNumber).toMatch(/^A-\d{5}-\d{5}$/);
      expect(c.pwd.caseNumber).toMatch(/^P-100-\d{5}-\d{6}$/);
      expect(c.pwd.determinationDate < c.receivedDate).toBe(true);
    }
    expect(new Set(cases.map((c) => c.caseNumber)).size).toBe(cases.length);
  });
  it("draws counts that follow the world's rates", () => {
    const expected = world.employers.reduce((s, e) => s + e.permRate, 0);
    expect(Math.abs(cases.length - expected)).toBeLessThan(5 * Math.sqrt(expected));
  });
  it("permStatusAt(case, extract) shows old certifications as expired, sometimes", () => {
    const certified = cases.filter((c) => c.status === "certified");
    const statuses = certified.map((c) => permStatusAt(c, "2026-09-30"));
    expect(statuses).toContain("certified-expired");
    expect(certified.every((c) => permStatusAt(c, c.decisionDate) === "certified")).toBe(true);
  });
  it("pwdOfPerm(case) carries the same employer, SOC, level, education and experience", () => {
    const c = cases[0]!;
    const pw = pwdOfPerm(createRng(3), c);
    expect(pw.caseNumber).toBe(c.pwd.caseNumber);
    expect(pw.employer).toBe(c.employer);
    expect(pw.job).toBe(c.job);
    expect(pw.visaClass).toBe("PERM");
  });
});

describe("drawLcaCases and drawPwCases", () => {
  it("numbers LCA cases I-200-YYDDD-NNNNNN and certifies most", () => {
    const cases = drawLcaCases(createRng(4), createCaseNumbers(createRng(5)), world, fy2024, 0.2);
    expect(cases.length).toBeGreaterThan(50);
    for (const c of cases) {
      expect(c.caseNumber).toMatch(/^I-200-\d{5}-\d{6}$/);
      if (c.status === "certified-withdrawn") expect(c.originalCertDate < c.decisionDate).toBe(true);
    }
    expect(cases.filter((c) => c.status === "certified").length / cases.length).toBeGreaterThan(0.8);
    expect(cases.some((c) => c.job.intern)).toBe(true);
  });
  it("draws PW determinations for several visa classes", () => {
    const pws = drawPwCases(createRng(6), createCaseNumbers(createRng(7)), world, fy2024, 0.2);
    expect(new Set(pws.map((p) => p.visaClass)).size).toBeGreaterThan(1);
  });
});

describe("wage units", () => {
  it("inUnit and annualize convert with 2,080 hours, 52 weeks, 26 pay periods, 12 months", () => {
    expect(inUnit(104_000, "hour")).toBe(50);
    expect(annualize(50, "hour")).toBe(104_000);
    expect(annualize(4000, "biweekly")).toBe(104_000);
    expect(annualize(2000, "week")).toBe(104_000);
    expect(annualize(10_000, "month")).toBe(120_000);
  });
});
