import type { Education, WageUnit } from "../datasets/filing";
import { dayNumber, isoOfDay } from "./calendar";
import type { Job, Wage, DecisionWindow, Worker, Worksite } from "./case-types";
import { OCCUPATIONS, type Occupation } from "./occupations";
import { PLACES, type Place } from "./places";
import { type Rng, chance, logNormal, pick, randInt, uniform, weightedIndex, weightedPick } from "./random";
import {
  CLASSES_OF_ADMISSION, COUNTRIES, FOREIGN_UNIVERSITIES, MAJORS_BY_FAMILY, US_UNIVERSITIES, addressLine2,
  streetAddress, weightedEntry,
} from "./vocabulary";
import type { NameVariant } from "./name-variants";
import { type WorldEmployer, nameOn } from "./world";

const LEVEL_FACTOR = [0.74, 0.88, 1.02, 1.17] as const;
const EDUCATION_ORDER: readonly Education[] = ["none", "high-school", "associates", "bachelors", "masters", "doctorate", "other"];

/** Occupation entries by SOC-2018 code (some codes have two: SOC-2010 15-1132 and 15-1133 both became 15-1252). */
const BY_SOC: ReadonlyMap<string, readonly Occupation[]> = (() => {
  const map = new Map<string, Occupation[]>();
  for (const o of OCCUPATIONS) map.set(o.soc2018, [...(map.get(o.soc2018) ?? []), o]);
  return map;
})();

const EDUCATION_LEVELS: ReadonlyMap<Occupation, readonly Education[]> = new Map(
  OCCUPATIONS.map((o) => [o, Object.keys(o.education) as Education[]]),
);

function occupationFor(rng: Rng, soc2018: string): Occupation {
  const all = BY_SOC.get(soc2018);
  if (!all || all.length === 0) throw new Error(`No occupation ${soc2018}`);
  if (all.length === 1) return all[0]!;
  // The first entry is three times as common as each of the others.
  const u = rng.next() * (all.length + 2);
  return u < 3 ? all[0]! : all[Math.min(all.length - 1, Math.floor(u - 2))]!;
}

function drawEducation(rng: Rng, occ: Occupation, employer: WorldEmployer): Education {
  const levels = EDUCATION_LEVELS.get(occ) ?? ["bachelors"];
  let total = 0;
  for (const l of levels) total += (occ.education[l] ?? 0) * (employer.educationPreference[l] ?? 1);
  let u = rng.next() * total;
  for (const l of levels) {
    u -= (occ.education[l] ?? 0) * (employer.educationPreference[l] ?? 1);
    if (u < 0) return l;
  }
  return levels[levels.length - 1]!;
}

function drawExperience(rng: Rng, level: number, education: Education): number {
  const table: readonly (readonly number[])[] = [[0, 0, 0, 6], [0, 12, 24, 24], [24, 36, 60, 36], [60, 84, 96, 120]];
  const months = pick(rng, table[level - 1] ?? [0]);
  return education === "doctorate" || education === "masters" ? Math.max(0, months - 12) : months;
}

/** Draw a job: an occupation entry for the SOC code, a title (interns only if allowed), level, education, experience. */
export function drawJob(rng: Rng, employer: WorldEmployer, soc2018: string, allowIntern: boolean): Job {
  const occupation = occupationFor(rng, soc2018);
  const intern = allowIntern && occupation.internTitles !== undefined && chance(rng, 0.05);
  const level = intern ? 1 : ((weightedIndex(rng, employer.wageLevelMix) + 1) as 1 | 2 | 3 | 4);
  const education = drawEducation(rng, occupation, employer);
  let title = intern ? pick(rng, occupation.internTitles ?? occupation.titles) : pick(rng, occupation.titles);
  if (!intern && level === 4 && chance(rng, 0.3) && !/^(Senior|Sr\.|Principal|Staff|Lead|Director)/.test(title)) title = `Senior ${title}`;
  return {
    occupation,
    soc2018,
    title,
    intern,
    level,
    education,
    experienceMonths: intern ? 0 : drawExperience(rng, level, education),
    fullTime: intern ? chance(rng, 0.6) : chance(rng, 0.985),
    major: pick(rng, MAJORS_BY_FAMILY[occupation.family] ?? [""]),
  };
}

/** Draw a worksite among the employer's places (often the headquarters address). */
export function drawWorksite(rng: Rng, employer: WorldEmployer): Worksite {
  let total = 0;
  for (const w of employer.worksites) total += w.weight;
  let u = rng.next() * total;
  let idx = employer.worksites[0]?.place ?? 0;
  for (const w of employer.worksites) {
    u -= w.weight;
    if (u < 0) {
      idx = w.place;
      break;
    }
  }
  const place = PLACES[idx] ?? PLACES[0]!;
  const hq = idx === employer.hqPlace && chance(rng, 0.7);
  return {
    place,
    address1: hq ? employer.hq.address1 : streetAddress(rng),
    address2: hq ? employer.hq.address2 : addressLine2(rng),
    zip: place.zip,
  };
}

function roundTo(x: number, step: number): number {
  return Math.round(x / step) * step;
}

function cents(x: number): number {
  return Math.round(x * 100) / 100;
}

const PER_YEAR: Readonly<Record<WageUnit, number>> = { year: 1, month: 12, biweekly: 26, week: 52, hour: 2080 };

/** Express an annual amount in a unit (cents for hour/week/bi-weekly/month, dollars for a year). */
export function inUnit(annual: number, unit: WageUnit): number {
  return unit === "year" ? Math.round(annual) : cents(annual / PER_YEAR[unit]);
}

/** Annualise an amount (to cents). */
export function annualize(amount: number, unit: WageUnit): number {
  return cents(amount * PER_YEAR[unit]);
}

const OTHER_UNITS: readonly WageUnit[] = ["year", "month", "biweekly", "week"];
const OTHER_UNIT_WEIGHTS: readonly number[] = [0.965, 0.015, 0.01, 0.01];

/** Draw prevailing and offered wages: occupation median × area factor × level factor; offers at or above the PW. */
export function drawWage(rng: Rng, employer: WorldEmployer, job: Job, place: Place): Wage {
  const pwAnnual = job.occupation.medianWage * place.wageFactor * LEVEL_FACTOR[job.level - 1]! * logNormal(rng, 1, 0.05) * (job.intern ? 0.75 : 1);
  const unit: WageUnit = job.occupation.hourly || (job.intern && chance(rng, 0.7))
    ? "hour"
    : weightedPick<WageUnit>(rng, OTHER_UNITS, OTHER_UNIT_WEIGHTS);
  const pw = inUnit(unit === "year" ? roundTo(pwAnnual, 1) : pwAnnual, unit);
  const offerAnnual = Math.max(pwAnnual, pwAnnual * employer.wagePremium * logNormal(rng, 1, 0.05));
  const offerFrom = unit === "year" ? Math.max(pw, roundTo(offerAnnual, chance(rng, 0.6) ? 1000 : 1)) : Math.max(pw, inUnit(offerAnnual, unit));
  const offerTo = chance(rng, 0.28) ? (unit === "year" ? roundTo(offerFrom * uniform(rng, 1.08, 1.4), 1000) : cents(offerFrom * uniform(rng, 1.08, 1.3))) : null;
  return { pw, pwUnit: unit, offerFrom, offerTo, offerUnit: unit };
}

/** Draw the foreign worker of a PERM case. */
export function drawWorker(rng: Rng, job: Job, year: number): Worker {
  const country = weightedEntry(rng, COUNTRIES);
  const abroad = FOREIGN_UNIVERSITIES.filter((u) => u[2] === country);
  const usDegree = job.education === "masters" || job.education === "doctorate" ? chance(rng, 0.7) : chance(rng, 0.2);
  const institution = usDegree || abroad.length === 0 ? pick(rng, US_UNIVERSITIES) : pick(rng, abroad);
  const higher = EDUCATION_ORDER.indexOf(job.education) >= 3 && chance(rng, 0.25) && job.education !== "doctorate";
  return {
    country,
    birthCountry: chance(rng, 0.95) ? country : weightedEntry(rng, COUNTRIES),
    classOfAdmission: job.occupation.family === "labor" ? pick(rng, ["Not in USA", "Not in USA", "H-2B", "Parolee", "B-2"]) : weightedEntry(rng, CLASSES_OF_ADMISSION),
    education: higher ? (EDUCATION_ORDER[EDUCATION_ORDER.indexOf(job.education) + 1] ?? job.education) : job.education,
    institution,
    yearCompleted: year - randInt(rng, 1, 12),
  };
}

/** Spelling of the employer's name used on a filing: by decision date (rebrands) and variant weights. */
export function drawName(rng: Rng, employer: WorldEmployer, decisionDate: string, upperBias: number): { name: NameVariant; legalName: string } {
  const current = nameOn(employer, decisionDate);
  const bias = (v: NameVariant): number => v.weight * (v.kind === "upper" || v.kind === "upper-no-punct" ? upperBias : 1);
  let total = 0;
  for (const v of current.variants) total += bias(v);
  let u = rng.next() * total;
  for (const v of current.variants) {
    u -= bias(v);
    if (u < 0) return { name: v, legalName: current.legalName };
  }
  return { name: current.variants[0]!, legalName: current.legalName };
}

/** A uniformly drawn date of a window. */
export function uniformDate(rng: Rng, window: DecisionWindow): string {
  const a = dayNumber(window.start);
  const b = dayNumber(window.end);
  return isoOfDay(a + Math.floor(rng.next() * (b - a + 1)));
}

/** Shift a weekend date to the next Monday (DOL decides on business days). */
export function businessDay(iso: string): string {
  const day = dayNumber(iso);
  const shifted = businessDayNumber(day);
  return shifted === day ? iso : isoOfDay(shifted);
}

/** {@link businessDay} on day numbers. */
export function businessDayNumber(day: number): number {
  const dow = (((day + 4) % 7) + 7) % 7; // 0 = Sunday (1970-01-01 was a Thursday)
  return dow === 0 ? day + 1 : dow === 6 ? day + 2 : day;
}

