import { dayNumber, fiscalYearOf, isoOfDay } from "./calendar";
import type { CaseNumbers } from "./case-numbers";
import type { LcaCase, LcaStatus, DecisionWindow } from "./case-types";
import { businessDay, businessDayNumber, drawJob, drawName, drawWage, drawWorksite, uniformDate } from "./draw-role";
import { type Rng, chance, poisson, randInt, weightedIndex, weightedPick } from "./random";
import type { World, WorldEmployer } from "./world";

const VISA_CLASSES = ["H-1B", "E-3 Australian", "H-1B1 Singapore", "H-1B1 Chile"] as const;
const VISA_WEIGHTS: readonly number[] = [0.965, 0.022, 0.007, 0.006];
const REASON_WEIGHTS: readonly number[] = [0.34, 0.3, 0.16, 0.02, 0.15, 0.03];

/** The parts of an LCA filing that belong to the role. */
export type LcaRole = Pick<
  LcaCase,
  "employer" | "job" | "worksite" | "wage" | "agent" | "visaClass" | "totalWorkers" | "reason" | "secondaryEntity" | "worksiteLocations"
>;

/** Draw an LCA role: job (interns included), worksite, wage, attorney, visa class, workers, reason. */
export function drawLcaRole(rng: Rng, world: World, employer: WorldEmployer, soc2018: string): LcaRole {
  const job = drawJob(rng, employer, soc2018, true);
  const worksite = drawWorksite(rng, employer);
  const wage = drawWage(rng, employer, job, worksite.place);
  return {
    employer,
    job,
    worksite,
    wage,
    agent: employer.lawFirm === null || chance(rng, 0.15) ? null : (world.lawFirms[employer.lawFirm] ?? null),
    visaClass: weightedPick(rng, VISA_CLASSES, VISA_WEIGHTS),
    totalWorkers: chance(rng, 0.9) ? 1 : chance(rng, 0.8) ? randInt(rng, 2, 5) : randInt(rng, 6, 50),
    reason: weightedIndex(rng, REASON_WEIGHTS),
    secondaryEntity: employer.industry === "it-services" && chance(rng, 0.35) ? "client" : null,
    worksiteLocations: chance(rng, 0.6) ? 1 : randInt(rng, 2, 4),
  };
}

/**
 * One LCA filing of a role decided on a date: a status (91% certified, 5.5% certified-withdrawn — decided at
 * the withdrawal, certified earlier —, 2.5% withdrawn, 1.5% denied), received days before the (original)
 * decision, a 3-year (interns: 1-year) validity period, a case number and a spelling of the employer's name.
 */
export function lcaFiling(rng: Rng, numbers: CaseNumbers, role: LcaRole, decisionDate: string): LcaCase {
  const u = rng.next();
  const status: LcaStatus = u < 0.905 ? "certified" : u < 0.96 ? "certified-withdrawn" : u < 0.985 ? "withdrawn" : "denied";
  // Day-number arithmetic: this runs 700,000 times per bench file.
  const decisionDay = dayNumber(decisionDate);
  const originalDay = status === "certified-withdrawn" ? businessDayNumber(decisionDay - randInt(rng, 20, 300)) : null;
  const receivedDay = businessDayNumber((originalDay ?? decisionDay) - randInt(rng, 5, 9));
  const originalCertDate = originalDay === null ? "" : isoOfDay(originalDay);
  const receivedDate = isoOfDay(receivedDay);
  const beginDate = isoOfDay(receivedDay + randInt(rng, 7, 180));
  // N years later, less a day (dayNumber rolls 29 February over to 1 March).
  const endDate = isoOfDay(dayNumber(`${Number(beginDate.slice(0, 4)) + (role.job.intern ? 1 : 3)}${beginDate.slice(4)}`) - 1);
  const { name, legalName } = drawName(rng, role.employer, decisionDate, 2.5);
  // An explicit literal (not a spread of the role) keeps one object shape: this runs 700,000 times per bench file.
  return {
    program: "LCA",
    caseNumber: numbers.next("I", receivedDate),
    receivedDate,
    decisionDate,
    fiscalYear: fiscalYearOf(decisionDate),
    employer: role.employer,
    name,
    legalName,
    job: role.job,
    worksite: role.worksite,
    wage: role.wage,
    agent: role.agent,
    status,
    visaClass: role.visaClass,
    originalCertDate,
    beginDate,
    endDate,
    totalWorkers: role.totalWorkers,
    reason: role.reason,
    secondaryEntity: role.secondaryEntity,
    worksiteLocations: role.worksiteLocations,
  };
}

/** Draw one LCA case (a fresh role and its filing) decided on a date. */
export function drawLcaCase(
  rng: Rng, numbers: CaseNumbers, world: World, employer: WorldEmployer, soc2018: string, decisionDate: string,
): LcaCase {
  return lcaFiling(rng, numbers, drawLcaRole(rng, world, employer, soc2018), decisionDate);
}

/** Draw the LCA cases decided in a window (Poisson by each employer's LCA rate per occupation). */
export function drawLcaCases(rng: Rng, numbers: CaseNumbers, world: World, window: DecisionWindow, scale = 1): LcaCase[] {
  const days = dayNumber(window.end) - dayNumber(window.start) + 1;
  const k = scale * (days / 365.25);
  const out: LcaCase[] = [];
  for (const employer of world.employers) {
    for (const a of employer.activity) {
      const n = poisson(rng, a.lcaRate * k);
      for (let i = 0; i < n; i++) {
        const decision = businessDay(uniformDate(rng, window));
        if (decision > window.end) continue;
        out.push(drawLcaCase(rng, numbers, world, employer, a.soc2018, decision));
      }
    }
  }
  return out;
}

