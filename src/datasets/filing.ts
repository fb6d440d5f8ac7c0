import { z } from "zod";

/**
 * A calendar date `YYYY-MM-DD` (no time zone): a branded string, sortable and JSON-safe.
 *
 * @example
 * IsoDate.safeParse("2024-10-01").success; // => true
 * IsoDate.safeParse("10/1/2024").success; // => false
 */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).brand<"IsoDate">();
export type IsoDate = z.output<typeof IsoDate>;

/**
 * A SOC code in canonical `NN-NNNN` form (a branded string; `parseSocCode` makes one from what files hold).
 *
 * @example
 * SocCode.safeParse("15-1252").success; // => true
 * SocCode.safeParse("15-1252.00").success; // => false
 */
export const SocCode = z.string().regex(/^\d{2}-\d{4}$/).brand<"SocCode">();
export type SocCode = z.output<typeof SocCode>;

/**
 * A two-letter USPS state or territory code (a branded string; `parseState` makes one from codes or names).
 *
 * @example
 * UsState.safeParse("WA").success; // => true
 * UsState.safeParse("Washington").success; // => false
 */
export const UsState = z.string().regex(/^[A-Z]{2}$/).brand<"UsState">();
export type UsState = z.output<typeof UsState>;

/**
 * An employer identification number, `NN-NNNNNNN` (a branded string; `parseFein` makes one).
 *
 * @example
 * Fein.safeParse("22-2610812").success; // => true
 * Fein.safeParse("222610812").success; // => false
 */
export const Fein = z.string().regex(/^\d{2}-\d{7}$/).brand<"Fein">();
export type Fein = z.output<typeof Fein>;

/**
 * The program a filing belongs to: `PERM` (ETA-9089 labor certification, a green-card step), `LCA`
 * (ETA-9035 Labor Condition Application for H-1B, H-1B1 or E-3) or `PW` (ETA-9141 prevailing-wage determination).
 *
 * @example
 * Program.options; // => ["PERM", "LCA", "PW"]
 */
export const Program = z.enum(["PERM", "LCA", "PW"]);
export type Program = z.output<typeof Program>;

/**
 * The id of a disclosure dataset, as readers and eras name it (lower case; see `Program` for the filing side).
 *
 * @example
 * DatasetId.options; // => ["perm", "lca", "pw"]
 * DatasetId.safeParse("h1b").success; // => false
 */
export const DatasetId = z.enum(["perm", "lca", "pw"]);
export type DatasetId = z.output<typeof DatasetId>;

/**
 * Normalised case status. PERM: certified, certified-expired, denied, withdrawn.
 * LCA: certified, certified-withdrawn, denied, withdrawn (rarely rejected, invalidated).
 * PW: determined (determination issued, redetermination or center-director review), withdrawn.
 *
 * @example
 * CaseStatus.safeParse("certified-expired").success; // => true
 * CaseStatus.options.length; // => 8
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

/**
 * The pay period of a wage as filed. Amounts in a {@link Filing} are annualised (hour ×2080, week ×52,
 * biweekly ×26, month ×12, year ×1); the unit is kept to show what was filed.
 *
 * @example
 * WageUnit.options; // => ["hour", "week", "biweekly", "month", "year"]
 */
export const WageUnit = z.enum(["hour", "week", "biweekly", "month", "year"]);
export type WageUnit = z.output<typeof WageUnit>;

/**
 * A prevailing-wage level, I (entry) to IV (fully competent), as in the OFLC wage library.
 *
 * @example
 * PwLevel.options; // => ["I", "II", "III", "IV"]
 */
export const PwLevel = z.enum(["I", "II", "III", "IV"]);
export type PwLevel = z.output<typeof PwLevel>;

/**
 * The minimum education a job requires (PERM and PW files; `null` where a file does not say).
 *
 * @example
 * Education.safeParse("masters").success; // => true
 * Education.options.at(-1); // => "other"
 */
export const Education = z.enum(["none", "high-school", "associates", "bachelors", "masters", "doctorate", "other"]);
export type Education = z.output<typeof Education>;

/**
 * A wage value that was changed on the way in; the original text is kept. `unit_mismatch`: the amount could
 * not be per the stated unit (`77,958.00` per Hour) and was read as annual; `unit_assumed`: no unit was given.
 *
 * @example
 * WageRepair.parse({ field: "offeredFrom", original: "77,958.00", unit: "Hour", reason: "unit_mismatch" }).reason; // => "unit_mismatch"
 */
export const WageRepair = z.object({
  field: z.enum(["offeredFrom", "offeredTo", "prevailing"]),
  original: z.string(),
  unit: z.string().nullable(),
  reason: z.enum(["unit_mismatch", "unit_assumed"]),
});
export type WageRepair = z.output<typeof WageRepair>;

/**
 * Which fields of a filing came from its PW determination (joined on the PWD case number).
 *
 * @example
 * PwJoin.parse({ pwdCaseNumber: "P-100-22195-547784", fields: ["prevailing", "pwLevel"] }).fields; // => ["prevailing", "pwLevel"]
 */
export const PwJoin = z.object({
  pwdCaseNumber: z.string(),
  fields: z.array(
    z.enum(["prevailing", "prevailingUnit", "pwLevel", "minEducation", "experienceMonths", "socCode", "soc2018", "socTitle", "blsArea"]),
  ),
});
export type PwJoin = z.output<typeof PwJoin>;

/**
 * One case from a PERM, LCA or PW disclosure file, in one shape for every dataset and era: a zod schema, and
 * `type Filing = z.output<typeof Filing>`. Missing values are `null`; wages are annualised; `source` says
 * where the record came from. See docs/concepts.md and docs/data-guide.md for what each field holds.
 *
 * @example
 * const { rows: [filing] } = await readDataset(lcaText);
 * Filing.safeParse(filing).success; // => true
 * [filing.program, filing.status, filing.fiscalYear]; // => ["LCA", "certified", 2025]
 * filing.source; // => { file: "input", row: 1, dataset: "lca", era: "lca-flag-98" }
 */
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
