import { z } from "zod";

/** A calendar date `YYYY-MM-DD` (no time zone). */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).brand<"IsoDate">();
export type IsoDate = z.output<typeof IsoDate>;

/** A SOC code in canonical `NN-NNNN` form. */
export const SocCode = z.string().regex(/^\d{2}-\d{4}$/).brand<"SocCode">();
export type SocCode = z.output<typeof SocCode>;

/** A two-letter USPS state or territory code. */
export const UsState = z.string().regex(/^[A-Z]{2}$/).brand<"UsState">();
export type UsState = z.output<typeof UsState>;

/** An employer identification number, `NN-NNNNNNN`. */
export const Fein = z.string().regex(/^\d{2}-\d{7}$/).brand<"Fein">();
export type Fein = z.output<typeof Fein>;

export const Program = z.enum(["PERM", "LCA", "PW"]);
export type Program = z.output<typeof Program>;

export const DatasetId = z.enum(["perm", "lca", "pw"]);
export type DatasetId = z.output<typeof DatasetId>;

/**
 * Normalised case status. PERM: certified, certified-expired, denied, withdrawn.
 * LCA: certified, certified-withdrawn, denied, withdrawn (rarely rejected, invalidated).
 * PW: determined (determination issued, redetermination or center-director review), withdrawn.
 */
export const CaseStatus = z.enum([
  "certified",
  "certified-expired",
  "certified-withdrawn",
  "denied",
  "withdrawn",
  "determined",
  "rejected",
  "invalidated",
]);
export type CaseStatus = z.output<typeof CaseStatus>;

export const WageUnit = z.enum(["hour", "week", "biweekly", "month", "year"]);
export type WageUnit = z.output<typeof WageUnit>;

export const PwLevel = z.enum(["I", "II", "III", "IV"]);
export type PwLevel = z.output<typeof PwLevel>;

export const Education = z.enum(["none", "high-school", "associates", "bachelors", "masters", "doctorate", "other"]);
export type Education = z.output<typeof Education>;

/** A wage value that was changed on the way in; the original text is kept. */
export const WageRepair = z.object({
  field: z.enum(["offeredFrom", "offeredTo", "prevailing"]),
  original: z.string(),
  unit: z.string().nullable(),
  reason: z.enum(["unit_mismatch", "unit_assumed"]),
});
export type WageRepair = z.output<typeof WageRepair>;

/** Which fields of a filing came from its PW determination (joined on the PWD case number). */
export const PwJoin = z.object({
  pwdCaseNumber: z.string(),
  fields: z.array(
    z.enum(["prevailing", "prevailingUnit", "pwLevel", "minEducation", "experienceMonths", "socCode", "soc2018", "socTitle", "blsArea"]),
  ),
});
export type PwJoin = z.output<typeof PwJoin>;

/** One case from a PERM, LCA or PW disclosure file, in one shape for every dataset and era. */
export const Filing = z.object({
  program: Program,
  caseNumber: z.string().min(1),
  status: CaseStatus,
  visaClass: z.string().nullable(),
  receivedDate: IsoDate.nullable(),
  decisionDate: IsoDate.nullable(),
  /** Federal fiscal year (Oct 1 – Sep 30) of the decision date, else of the received date. */
  fiscalYear: z.number().int().nullable(),
  employer: z.object({
    name: z.string().nullable(),
    normalizedName: z.string().nullable(),
    fein: Fein.nullable(),
    tradeName: z.string().nullable(),
    city: z.string().nullable(),
    state: UsState.nullable(),
    postalCode: z.string().nullable(),
    naics: z.string().nullable(),
    size: z.number().int().nullable(),
  }),
  job: z.object({
    title: z.string().nullable(),
    socCode: z.string().nullable(),
    soc2018: SocCode.nullable(),
    socTitle: z.string().nullable(),
    minEducation: Education.nullable(),
    experienceMonths: z.number().nullable(),
    fullTime: z.boolean().nullable(),
  }),
  worksite: z.object({
    city: z.string().nullable(),
    county: z.string().nullable(),
    state: UsState.nullable(),
    postalCode: z.string().nullable(),
    blsArea: z.string().nullable(),
  }),
  wages: z.object({
    offeredFrom: z.number().nullable(),
    offeredTo: z.number().nullable(),
    offeredUnit: WageUnit.nullable(),
    prevailing: z.number().nullable(),
    prevailingUnit: WageUnit.nullable(),
    pwLevel: PwLevel.nullable(),
    repairs: z.array(WageRepair),
  }),
  pwdCaseNumber: z.string().nullable(),
  /** Fields filled in from the prevailing-wage determination `pwdCaseNumber` (new-form PERM), else null. */
  pwJoin: PwJoin.nullable(),
  source: z.object({
    file: z.string(),
    row: z.number().int().positive(),
    dataset: DatasetId,
    era: z.string(),
  }),
});
export type Filing = z.output<typeof Filing>;
