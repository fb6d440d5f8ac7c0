import { addDays, dayNumber, fiscalYearOf } from "./calendar";
import type { CaseNumbers } from "./case-numbers";
import { type DecisionWindow, NEW_FORM_START, type PermCase, type PermStatus } from "./case-types";
import { businessDay, drawJob, drawName, drawWage, drawWorker, drawWorksite, uniformDate } from "./draw-role";
import { type Rng, chance, poisson, randInt } from "./random";
import type { World, WorldEmployer } from "./world";

/** Options of {@link drawPermCases}. */
export interface PermDrawOptions {
  readonly window: DecisionWindow;
  /** Which form the cases may use; a case received before NEW_FORM_START is old-form. */
  readonly forms: "old" | "new" | "any";
  /** Scale every rate (1 = the world's rates). */
  readonly scale?: number;
}

/** The parts of a PERM filing that belong to the role (job, worksite, wage, attorney, worker). */
export type PermRole = Pick<PermCase, "employer" | "job" | "worksite" | "wage" | "agent" | "worker" | "refile">;

/** Draw a PERM role: what is filed, where, at what wage, by whom, for whom. */
export function drawPermRole(rng: Rng, world: World, employer: WorldEmployer, soc2018: string, year: number): PermRole {
  const job = drawJob(rng, employer, soc2018, false);
  const worksite = drawWorksite(rng, employer);
  const wage = drawWage(rng, employer, job, worksite.place);
  return {
    employer,
    job,
    worksite,
    wage,
    agent: employer.lawFirm === null ? null : (world.lawFirms[employer.lawFirm] ?? null),
    worker: drawWorker(rng, job, year),
    refile: chance(rng, 0.01),
  };
}

/**
 * One PERM filing of a role decided on a date: received 6–18 months earlier (new-form cases no earlier than
 * June 2023, old-form cases earlier), a status from the employer's withdrawal and certification
 * probabilities, the PW determination it cites, a case number and a spelling of the employer's name.
 */
export function permFiling(
  rng: Rng, numbers: CaseNumbers, role: PermRole, decisionDate: string, forms: "old" | "new" | "any",
): PermCase {
  let lag = randInt(rng, 180, 545);
  if (forms === "new") lag = Math.min(lag, dayNumber(decisionDate) - dayNumber(NEW_FORM_START) - randInt(rng, 0, 20));
  if (forms === "old") lag = Math.max(lag, dayNumber(decisionDate) - dayNumber(NEW_FORM_START) + randInt(rng, 1, 60));
  const receivedDate = businessDay(addDays(decisionDate, -Math.max(30, lag)));
  const form = receivedDate >= NEW_FORM_START ? "new" : "old";
  const employer = role.employer;
  const status: PermStatus = rng.next() < employer.withdrawalProbability
    ? "withdrawn"
    : rng.next() < employer.certificationProbability ? "certified" : "denied";
  const pwdDetermination = businessDay(addDays(receivedDate, -randInt(rng, 60, 150)));
  const pwdReceived = businessDay(addDays(pwdDetermination, -randInt(rng, 150, 240)));
  const { name, legalName } = drawName(rng, employer, decisionDate, 1);
  // An explicit literal (not a spread of the role) keeps one object shape: this runs 150,000 times per bench file.
  return {
    program: "PERM",
    caseNumber: numbers.next(form === "new" ? "G" : "A", receivedDate),
    receivedDate,
    decisionDate,
    fiscalYear: fiscalYearOf(decisionDate),
    employer,
    name,
    legalName,
    job: role.job,
    worksite: role.worksite,
    wage: role.wage,
    agent: role.agent,
    form,
    status,
    expiryDraw: rng.next(),
    pwd: {
      caseNumber: numbers.next("P", pwdReceived),
      receivedDate: pwdReceived,
      determinationDate: pwdDetermination,
      expirationDate: addDays(pwdDetermination, randInt(rng, 180, 365)),
    },
    worker: role.worker,
    refile: role.refile,
  };
}

/** Draw one PERM case (a fresh role and its filing) for an employer and occupation, decided on a date. */
export function drawPermCase(
  rng: Rng, numbers: CaseNumbers, world: World, employer: WorldEmployer, soc2018: string, decisionDate: string,
  forms: "old" | "new" | "any",
): PermCase {
  const role = drawPermRole(rng, world, employer, soc2018, Number(decisionDate.slice(0, 4)));
  return permFiling(rng, numbers, role, decisionDate, forms);
}

/**
 * Draw the PERM cases decided in a window: for every employer and occupation, Poisson(λ · days/365.25)
 * cases with uniform decision dates; the received date lags 6–18 months.
 */
export function drawPermCases(rng: Rng, numbers: CaseNumbers, world: World, options: PermDrawOptions): PermCase[] {
  const days = dayNumber(options.window.end) - dayNumber(options.window.start) + 1;
  const scale = (options.scale ?? 1) * (days / 365.25);
  const out: PermCase[] = [];
  for (const employer of world.employers) {
    for (const a of employer.activity) {
      const n = poisson(rng, a.permRate * scale);
      for (let i = 0; i < n; i++) {
        const decision = businessDay(uniformDate(rng, options.window));
        if (decision > options.window.end) continue;
        const c = drawPermCase(rng, numbers, world, employer, a.soc2018, decision, options.forms);
        out.push(c);
      }
    }
  }
  return out;
}

/** Whether a certified PERM case shows as expired at an extract date (certifications last 180 days). */
export function permStatusAt(c: PermCase, extractDate: string): PermStatus {
  if (c.status !== "certified") return c.status;
  return dayNumber(extractDate) - dayNumber(c.decisionDate) > 180 && c.expiryDraw < 0.6 ? "certified-expired" : "certified";
}

