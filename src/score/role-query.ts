/**
 * What a score is for: a role — a job title or SOC code(s), optionally a location (state, city or BLS
 * area), a minimum education and an offered wage. Validated with zod; a bad role throws one
 * `DisclosureError("invalid_option")` whose message names the field.
 *
 * @module
 */
import { z } from "zod";
import type { UsState } from "../datasets/filing";
import { DisclosureError } from "../errors";
import { parseEducation } from "../normalize/education";
import { parseState } from "../normalize/state";
import { annualizeWage, parseWageAmount, parseWageUnit } from "../normalize/wage";

/**
 * Minimum education levels a role can ask for.
 *
 * @example
 * ROLE_EDUCATIONS; // => ["bachelors", "masters", "doctorate"]
 */
export const ROLE_EDUCATIONS = ["bachelors", "masters", "doctorate"] as const;
/** One of {@link ROLE_EDUCATIONS}. */
export type RoleEducation = (typeof ROLE_EDUCATIONS)[number];

const Text = z.string().trim().min(1, "must not be blank");

/**
 * A role as given (input of {@link parseRole}): a title or SOC code(s), and optionally where, what education
 * and what wage. A strict zod schema: unknown fields are refused.
 *
 * @example
 * RoleQuery.safeParse({ title: "Data Engineer", state: "WA", wage: "165000/year" }).success; // => true
 * RoleQuery.safeParse({ job: "Data Engineer" }).success; // => false
 */
export const RoleQuery = z
  .object({
    /** A job title, resolved through the index's learned title → SOC distribution. */
    title: Text.optional(),
    /** SOC code(s): detailed (`15-1252`), broad (`15-1250`), minor (`15-1200`) or major (`15-0000`); SOC-2010 codes are bridged. */
    soc: z.union([Text, z.array(Text).min(1, "must list at least one code")]).optional(),
    /** Worksite state (USPS code or name). */
    state: Text.optional(),
    /** Worksite city, resolved to the BLS areas of the index whose name holds it (with `state`). */
    city: Text.optional(),
    /** A BLS area as the index spells it (`Seattle-Tacoma-Bellevue, WA`), or part of one. */
    area: Text.optional(),
    /** Minimum education: bachelor's, master's or doctorate (any spelling `parseEducation` knows). */
    education: Text.optional(),
    /** Offered wage: annual dollars, `"165000/year"`, `"80/hour"`, or `{ amount, unit }`. */
    wage: z.union([z.number().positive("must be positive"), Text, z.object({ amount: z.number().positive(), unit: Text })]).optional(),
  })
  .strict();
export type RoleQuery = z.input<typeof RoleQuery>;

/** A validated, normalised role. */
export interface Role {
  readonly title: string | null;
  readonly socs: readonly string[] | null;
  readonly state: UsState | null;
  readonly city: string | null;
  readonly area: string | null;
  readonly education: RoleEducation | null;
  /** Offered wage per year, and as given. */
  readonly wage: { readonly annual: number; readonly text: string } | null;
}

function fail(fn: string, field: string, message: string): never {
  throw new DisclosureError("invalid_option", `${fn}: role.${field}: ${message}`);
}

/**
 * Validate and normalise a role; throws `DisclosureError("invalid_option")` naming the bad field.
 *
 * @example
 * parseRole({ soc: "15-1252", state: "Washington", education: "Master's", wage: "165000/year" }).wage?.annual; // => 165000
 * parseRole({ title: "Data Scientist" }).title; // => "Data Scientist"
 */
export function parseRole(input: unknown, fn = "role"): Role {
  const parsed = RoleQuery.safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const field = first?.path.map(String).join(".") || "(role)";
    if (first?.code === "unrecognized_keys") fail(fn, (first.keys ?? []).join(", "), `unknown field; expected title, soc, state, city, area, education, wage`);
    fail(fn, field, `${first?.message ?? "invalid"}${first && "input" in first && first.input !== undefined ? ` (got ${JSON.stringify(first.input)})` : ""}`);
  }
  const r = parsed.data;
  if ((r.title === undefined) === (r.soc === undefined)) fail(fn, "title", "give a job title or SOC code(s), not both or neither");
  let socs: string[] | null = null;
  if (r.soc !== undefined) {
    socs = (typeof r.soc === "string" ? r.soc.split(",") : r.soc).map((s) => s.trim()).filter((s) => s !== "");
    for (const s of socs) if (!/^\d{2}-?\d{4}(\.\d{2})?$/.test(s)) fail(fn, "soc", `"${s}" is not a SOC code; expected NN-NNNN (e.g. 15-1252, 15-1250, 15-1200)`);
    socs = socs.map((s) => (s.includes("-") ? s : `${s.slice(0, 2)}-${s.slice(2)}`).replace(/\.\d{2}$/, ""));
  }
  let state: UsState | null = null;
  if (r.state !== undefined) {
    state = parseState(r.state);
    if (state === null) fail(fn, "state", `"${r.state}" is not a US state (use a USPS code like WA, or a name)`);
  }
  let education: RoleEducation | null = null;
  if (r.education !== undefined) {
    const e = parseEducation(r.education);
    if (e === null || !(ROLE_EDUCATIONS as readonly string[]).includes(e)) fail(fn, "education", `"${r.education}" is not bachelors, masters or doctorate`);
    education = e as RoleEducation;
  }
  let wage: Role["wage"] = null;
  if (r.wage !== undefined) {
    const text = typeof r.wage === "object" ? `${r.wage.amount}/${r.wage.unit}` : String(r.wage);
    let amount: number | null;
    let unit: ReturnType<typeof parseWageUnit>;
    if (typeof r.wage === "number") {
      amount = r.wage;
      unit = "year";
    } else if (typeof r.wage === "object") {
      amount = r.wage.amount;
      unit = parseWageUnit(r.wage.unit);
      if (unit === null) fail(fn, "wage.unit", `"${r.wage.unit}" is not a pay unit (year, month, biweekly, week, hour)`);
    } else {
      const w = parseWageAmount(r.wage.replace(/[$\s]/g, ""));
      amount = w?.from ?? null;
      unit = w?.unit ?? "year";
    }
    const annual = annualizeWage(amount, unit).annual;
    if (annual === null) fail(fn, "wage", `"${text}" is not a plausible wage (e.g. 165000, "165000/year", "80/hour")`);
    wage = { annual, text };
  }
  return { title: r.title ?? null, socs, state, city: r.city ?? null, area: r.area ?? null, education, wage };
}
