import { describe, expect, it } from "vitest";
import { makeFiling } from "../../test/make-filing";
import { buildSponsorIndex } from "../sponsors/build-sponsor-index";
import { occupationsFor } from "./occupations-for";

let n = 0;
const f = (title: string, soc: string, times = 1) =>
  Array.from({ length: times }, () => makeFiling({ caseNumber: `I-200-24001-${String(++n).padStart(6, "0")}`, title, soc, socTitle: null }));

const index = buildSponsorIndex([
  ...f("Machine Learning Engineer", "15-1252", 6),
  ...f("Senior Machine Learning Engineer", "15-1252", 2),
  ...f("Machine Learning Scientist", "15-2051", 2),
  ...f("Software Engineer", "15-1252", 30),
  ...f("Software Engineer", "15-1253", 2),
  ...f("Data Scientist", "15-2051", 3),
  ...f("Data Scientist", "15-2041", 1),
  makeFiling({ caseNumber: "A-17001-00001", program: "PERM", title: "Programmer", soc: "15-1131", socTitle: "Computer Programmers" }),
]);

describe("occupationsFor", () => {
  it("a title filed often enough resolves to the codes it was filed under, with shares", () => {
    expect(occupationsFor(index, "Sr. Software Engineer II").map((o) => [o.soc, o.share, o.via])).toEqual([
      ["15-1252", 0.9375, "title"],
      ["15-1253", 0.0625, "title"],
    ]);
  });
  it("an intern title resolves to the full-time occupations employers file for", () => {
    const out = occupationsFor(index, "Machine Learning Intern");
    expect(out.map((o) => o.soc)).toEqual(["15-1252", "15-2051"]);
    expect(out[0]!.via).toBe("similar-titles");
    expect(out[0]!.share).toBeGreaterThan(0.7);
  });
  it("an official SOC title resolves to its code, even when no filing used it as a job title", () => {
    expect(occupationsFor(index, "Software Developers, Applications")[0]).toMatchObject({ soc: "15-1252", via: "official-title", title: "Software Developers", broad: "15-1250", minor: "15-1200" });
    expect(occupationsFor(index, "Data Scientists")[0]).toMatchObject({ soc: "15-2051", via: "official-title" });
  });
  it("returns nothing for unknown titles, and respects limit and minShare", () => {
    expect(occupationsFor(index, "Zookeeper")).toEqual([]);
    expect(occupationsFor(index, "Software Engineer", { limit: 1 })).toHaveLength(1);
    expect(occupationsFor(index, "Software Engineer", { minShare: 0.5 }).map((o) => o.soc)).toEqual(["15-1252"]);
    expect(() => occupationsFor(index, "x", { limit: -1 })).toThrow(/occupationsFor/);
  });
});
