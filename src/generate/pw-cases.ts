import { addDays, dayNumber, fiscalYearOf } from "./calendar";
import type { CaseNumbers } from "./case-numbers";
import type { PermCase, PwCase, PwStatus, DecisionWindow } from "./case-types";
import { businessDay, drawJob, drawName, drawWage, drawWorksite, uniformDate } from "./draw-role";
import { type Rng, chance, poisson, randInt, weightedPick } from "./random";
import type { World } from "./world";

/** The PW determination a PERM case cites (same employer, SOC, level, education, experience, worksite). */
export function pwdOfPerm(rng: Rng, c: PermCase): PwCase {
  const { name, legalName } = drawName(rng, c.employer, c.pwd.determinationDate, 1.5);
  return {
    program: "PW",
    caseNumber: c.pwd.caseNumber,
    receivedDate: c.pwd.receivedDate,
    decisionDate: c.pwd.determinationDate,
    fiscalYear: fiscalYearOf(c.pwd.determinationDate),
    employer: c.employer,
    name,
    legalName,
    job: c.job,
    worksite: c.worksite,
    wage: c.wage,
    agent: c.agent,
    status: chance(rng, 0.96) ? "Determination Issued" : "Redetermination Affirmed",
    visaClass: "PERM",
    expirationDate: c.pwd.expirationDate,
    permCaseNumber: c.caseNumber,
  };
}

/** Draw H-1B (and other non-PERM) PW determinations issued in a window, at a small share of LCA activity. */
export function drawPwCases(rng: Rng, numbers: CaseNumbers, world: World, window: DecisionWindow, share: number): PwCase[] {
  const days = dayNumber(window.end) - dayNumber(window.start) + 1;
  const k = share * (days / 365.25);
  const out: PwCase[] = [];
  for (const employer of world.employers) {
    for (const a of employer.activity) {
      const n = poisson(rng, (a.lcaRate + a.permRate * 0.2) * k);
      for (let i = 0; i < n; i++) {
        const decisionDate = businessDay(uniformDate(rng, window));
        if (decisionDate > window.end) continue;
        const job = drawJob(rng, employer, a.soc2018, false);
        const worksite = drawWorksite(rng, employer);
        const wage = drawWage(rng, employer, job, worksite.place);
        const receivedDate = businessDay(addDays(decisionDate, -randInt(rng, 120, 240)));
        const { name, legalName } = drawName(rng, employer, decisionDate, 1.5);
        const u = rng.next();
        const status: PwStatus = u < 0.93 ? "Determination Issued" : u < 0.95 ? "Redetermination Modified" : u < 0.96 ? "Center Director Review Affirmed" : "Withdrawn";
        out.push({
          program: "PW",
          caseNumber: numbers.next("P", receivedDate),
          receivedDate,
          decisionDate,
          fiscalYear: fiscalYearOf(decisionDate),
          employer,
          name,
          legalName,
          job,
          worksite,
          wage,
          agent: employer.lawFirm === null ? null : (world.lawFirms[employer.lawFirm] ?? null),
          status,
          visaClass: job.occupation.family === "labor"
            ? weightedPick(rng, ["PERM", "H-2B"], [0.5, 0.5])
            : weightedPick(rng, ["PERM", "H-1B", "E-3 Australian", "H-1B1 Singapore"], [0.45, 0.5, 0.03, 0.02]),
          expirationDate: addDays(decisionDate, randInt(rng, 180, 365)),
          permCaseNumber: null,
        });
      }
    }
  }
  return out;
}
