import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { jobTitleKey, parseJobTitle } from "./job-title-key";

describe("parseJobTitle", () => {
  it("drops seniority and level words, keeps what the job is", () => {
    const same = (titles: string[]) => expect(new Set(titles.map(jobTitleKey)).size, titles.join(" / ")).toBe(1);
    same(["Software Engineer", "Sr. Software Engineer II", "SOFTWARE ENGINEER - SENIOR", "Staff Software Engineer", "Software Engineer 3", "Engineer, Software", "Lead Software Engineer"]);
    same(["Data Analyst", "DATA ANALYSTS", "Junior Data Analyst"]);
    same(["Machine Learning Engineer", "ML Engineer", "Senior ML Engineer"]);
    expect(parseJobTitle("Principal Software Engineer II")?.level).toEqual(["PRINCIPAL", "II"]);
  });
  it("flags intern, co-op and trainee titles and matches them to the full-time job", () => {
    for (const t of ["Machine Learning Intern", "Machine Learning Co-op", "Summer Intern - Machine Learning", "ML Internship"]) {
      expect(parseJobTitle(t)).toMatchObject({ key: "LEARNING MACHINE", intern: true });
    }
    expect(parseJobTitle("Software Engineer, New Grad")).toMatchObject({ key: "ENGINEER SOFTWARE", intern: true });
    expect(parseJobTitle("Software Engineer")?.intern).toBe(false);
  });
  it("keeps level words when nothing else is left", () => {
    expect(jobTitleKey("Associate")).toBe("ASSOCIATE");
    expect(jobTitleKey("Senior")).toBe("SENIOR");
    expect(jobTitleKey("Intern")).toBeNull();
    expect(jobTitleKey(null)).toBeNull();
  });
  test.prop([fc.string()])("keys are stable: the key of a key is itself", (s) => {
    const key = jobTitleKey(s);
    if (key !== null) expect(jobTitleKey(key)).toBe(key);
  });
});
