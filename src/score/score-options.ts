/**
 * Options shared by `rankEmployers`, `scoreEmployer` and `scoreListings`: the model's settings (as-of
 * date, half-life, scope, pipeline), or a fitted model; the horizon; which modifiers apply; and an
 * optional wage library for the offer's PW level. Validated with zod; a bad option throws one
 * `DisclosureError("invalid_option")` naming it.
 *
 * @module
 */
import { z } from "zod";
import { DisclosureError } from "../errors";
import type { SponsorIndex } from "../sponsors/sponsor-index";
import type { WageLibrary } from "../wages/wage-library";
import { type ScoreModel, ScoreModelOptions, scoreModelFor } from "./fit-score-model";
import type { ScoreSettings } from "./score-moments";

const Modifiers = z
  .object({
    /** Scale by the employer's share of PERM filings in the role's state / BLS area (default on when the role has a location). */
    location: z.boolean().default(true),
    /** Scale by its share at the role's minimum education (default on when the role has one). */
    education: z.boolean().default(true),
    /** Scale by its share at the offer's PW level (default on when the role has a wage). */
    wage: z.boolean().default(true),
    /** Multiply by its certification rate (denials, withdrawals); off scores filing in any outcome. */
    risk: z.boolean().default(true),
  })
  .strict()
  .default({ location: true, education: true, wage: true, risk: true });

/**
 * Options of the scoring functions (a zod schema; the type is its input): the model options, a fitted
 * `model` to reuse, a wage library, the horizon in months and which modifiers apply.
 *
 * @example
 * const o = ScoreOptions.parse({});
 * [o.horizonMonths, o.modifiers]; // => [12, { location: true, education: true, wage: true, risk: true }]
 */
export const ScoreOptions = ScoreModelOptions.extend({
  /** A model from `fitScoreModel` on the same index (skips fitting; its settings win). */
  model: z.custom<ScoreModel>((v) => typeof v === "object" && v !== null && "priors" in v && "table" in v, "expected a model from fitScoreModel").optional(),
  /** A wage library (`readWageLibrary`): gives the offer's PW level for the role's area; else it is estimated from the index. */
  wages: z.custom<WageLibrary>((v) => typeof v === "object" && v !== null, "expected a wage library from readWageLibrary").optional(),
  /** Months after `asOf` the probability covers (default 12). */
  horizonMonths: z.number().int().min(1).max(60).default(12),
  modifiers: Modifiers,
});
export type ScoreOptions = z.input<typeof ScoreOptions>;

/** Parsed options, with the model fitted (or taken from the cache) and the settings. */
export interface ScoreSetup {
  readonly model: ScoreModel;
  readonly settings: ScoreSettings;
  readonly wages: WageLibrary | undefined;
}

/**
 * Validate options with a schema extending {@link ScoreOptions}; throws naming the bad field.
 *
 * @example
 * parseOptions(ScoreOptions, { horizonMonths: 6 }, "scoreEmployer").horizonMonths; // => 6
 */
export function parseOptions<S extends z.ZodType>(schema: S, options: unknown, fn: string): z.output<S> {
  const parsed = schema.safeParse(options ?? {});
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const field = first?.path.map(String).join(".") || "options";
    const detail = first?.code === "unrecognized_keys" ? `unknown option ${(first.keys ?? []).join(", ")}` : (first?.message ?? "invalid");
    throw new DisclosureError("invalid_option", `${fn}: options.${field}: ${detail}`);
  }
  return parsed.data as z.output<S>;
}

/**
 * The model and settings for parsed options.
 *
 * @example
 * scoreSetup(index, parseOptions(ScoreOptions, {}, "x"), "x").settings.horizonYears; // => 1
 */
export function scoreSetup(index: SponsorIndex, o: z.output<typeof ScoreOptions>, fn: string, scope?: "entity" | "parent"): ScoreSetup {
  let model: ScoreModel;
  if (o.model && (scope === undefined || o.model.scope === scope)) {
    if (o.model.index !== index) throw new DisclosureError("invalid_option", `${fn}: options.model was fitted on another index`);
    model = o.model;
  } else {
    model = scoreModelFor(index, {
      ...(o.asOf !== undefined ? { asOf: o.asOf } : o.model ? { asOf: o.model.window.asOf } : {}),
      halfLifeYears: o.model?.window.halfLifeYears ?? o.halfLifeYears,
      scope: scope ?? o.scope,
      pipeline: o.model?.pipeline ?? o.pipeline,
      ...(o.priors ? { priors: o.priors } : o.model ? { priors: o.model.priors } : {}),
      maxFitUnits: o.maxFitUnits,
    });
  }
  return {
    model,
    settings: { ...o.modifiers, horizonYears: o.horizonMonths / 12 },
    wages: o.wages,
  };
}
