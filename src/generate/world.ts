import type { Education } from "../datasets/filing";
import { DisclosureError } from "../errors";
import { INDUSTRIES, type Industry } from "./industries";
import { OCCUPATIONS } from "./occupations";
import { type NameVariant, nameVariants } from "./name-variants";
import { PLACES } from "./places";
import {
  type Rng, beta, chance, createRng, deriveSeed, dirichlet, logNormal, normal, pick, randInt, uniform,
  weightedIndex,
} from "./random";
import {
  type Person, addressLine2, coinedStem, lawFirmName, LAST_NAMES, person, phoneNumber, streetAddress,
} from "./vocabulary";
import { SPECIAL_EMPLOYERS } from "./special-employers";

/** A legal name in force from a date (a rebrand adds a second one). */
export interface EmployerName {
  /** First decision date (ISO) on which this name is used; null for the original name. */
  readonly from: string | null;
  readonly legalName: string;
  readonly variants: readonly NameVariant[];
}

/** The latent sponsorship activity of one employer in one SOC-2018 occupation. */
export interface OccupationActivity {
  readonly soc2018: string;
  /** Expected PERM filings (decided) per fiscal year. */
  readonly permRate: number;
  /** Expected LCA filings (decided) per fiscal year. */
  readonly lcaRate: number;
}

/** A street address. */
export interface Address {
  readonly address1: string;
  readonly address2: string;
  readonly city: string;
  readonly county: string;
  readonly state: string;
  readonly zip: string;
}

/** A fictional employer and its ground-truth sponsorship process. */
export interface WorldEmployer {
  readonly index: number;
  /** Stable id, e.g. `E00042`. */
  readonly key: string;
  /** Names in force over time (chronological). */
  readonly names: readonly EmployerName[];
  /** Trade name (d/b/a), if any. */
  readonly tradeName: string | null;
  /** `NN-NNNNNNN`, unique per legal entity (a rebrand keeps it; subsidiaries have their own). */
  readonly fein: string;
  readonly parentKey: string | null;
  readonly industry: string;
  readonly naics: string;
  readonly naicsTitle: string;
  readonly size: number;
  readonly yearEstablished: number;
  readonly hq: Address;
  readonly hqPlace: number;
  readonly phone: string;
  readonly domain: string;
  readonly contact: Person;
  readonly contactTitle: string;
  /** Index into `World.lawFirms`, or null when the employer files without an attorney. */
  readonly lawFirm: number | null;
  readonly activity: readonly OccupationActivity[];
  readonly permRate: number;
  readonly lcaRate: number;
  /** Probability that a decided PERM case is certified (else denied). */
  readonly certificationProbability: number;
  /** Probability that a PERM case ends withdrawn. */
  readonly withdrawalProbability: number;
  /** Worksites: index into PLACES, weight. */
  readonly worksites: readonly { readonly place: number; readonly weight: number }[];
  /** Probabilities of prevailing-wage levels I–IV. */
  readonly wageLevelMix: readonly [number, number, number, number];
  /** Multipliers on each occupation's education mix (>1 favours that level). */
  readonly educationPreference: Readonly<Partial<Record<Education, number>>>;
  /** Offered wage over prevailing wage (median). */
  readonly wagePremium: number;
  readonly h1bDependent: boolean;
  /** Why this employer exists, for the named quirk employers. */
  readonly special: string | null;
}

/** A fictional immigration law firm and the attorney who signs its filings. */
export interface LawFirm {
  readonly name: string;
  readonly attorney: Person;
  readonly address: Address;
  readonly phone: string;
  readonly domain: string;
  readonly fein: string;
  readonly barNumber: string;
}

/** The whole fictional world: employers, their latent processes, and the law firms that file for them. */
export interface World {
  readonly seed: number;
  readonly size: number;
  readonly employers: readonly WorldEmployer[];
  readonly lawFirms: readonly LawFirm[];
}

/** World sizes by name: the samples use 120 employers, full-size benchmark files 40,000. */
export const WORLD_SIZES = { sample: 120, full: 40_000 } as const;

const FEIN_PREFIXES = [
  1, 2, 3, 4, 5, 6, 10, 11, 12, 13, 14, 15, 16, 20, 21, 22, 23, 24, 25, 26, 27, 30, 31, 32, 33, 34, 35, 36, 37, 38,
  39, 41, 42, 43, 45, 46, 47, 48, 51, 52, 53, 54, 55, 56, 57, 58, 59, 61, 62, 63, 64, 65, 66, 67, 68, 71, 72, 73,
  74, 75, 76, 77, 81, 82, 83, 84, 85, 86, 87, 88, 90, 91, 92, 93, 94, 95, 98, 99,
];

function newFein(rng: Rng, used: Set<string>): string {
  for (;;) {
    const fein = `${String(pick(rng, FEIN_PREFIXES)).padStart(2, "0")}-${String(randInt(rng, 0, 9_999_999)).padStart(7, "0")}`;
    if (!used.has(fein)) {
      used.add(fein);
      return fein;
    }
  }
}

const PLACE_WEIGHTS: readonly number[] = PLACES.map((p) => p.weight);
const INDUSTRY_SHARES: readonly number[] = INDUSTRIES.map((x) => x.share);
const LCA_OCCUPATIONS: ReadonlySet<string> = new Set(OCCUPATIONS.filter((o) => o.lca).map((o) => o.soc2018));
const WORKSITE_COUNT_WEIGHTS: readonly number[] = [0.5, 0.3, 0.15, 0.05];

function industryById(id: string): Industry {
  const found = INDUSTRIES.find((i) => i.id === id);
  if (!found) throw new Error(`Unknown industry ${id}`);
  return found;
}

function placeIndexByCity(city: string): number {
  return PLACES.findIndex((p) => p.city === city);
}

function makeLawFirm(rng: Rng, used: Set<string>): LawFirm {
  const place = PLACES[weightedIndex(rng, PLACE_WEIGHTS)] ?? PLACES[0]!;
  const name = lawFirmName(rng);
  const attorney = person(rng);
  return {
    name,
    attorney,
    address: { address1: streetAddress(rng), address2: addressLine2(rng), city: place.city, county: place.county, state: place.state, zip: place.zip },
    phone: phoneNumber(rng),
    domain: `${name.split(/[ ,&]+/)[0]!.toLowerCase().replace(/[^a-z]/g, "")}law.com`,
    fein: newFein(rng, used),
    barNumber: String(randInt(rng, 1_000_000, 5_999_999)),
  };
}

function chooseOccupations(rng: Rng, industry: Industry, count: number): string[] {
  const codes = Object.keys(industry.occupations);
  const weights = codes.map((c) => industry.occupations[c] ?? 0);
  const chosen: string[] = [];
  for (let i = 0; i < Math.min(count, codes.length); i++) {
    const j = weightedIndex(rng, weights);
    chosen.push(codes[j]!);
    weights[j] = 0;
  }
  return chosen;
}

const CONTACT_TITLES = ["HR Manager", "Director, Global Mobility", "Immigration Specialist", "VP Human Resources", "Owner", "Talent Acquisition Manager", "General Counsel"];

function makeEmployer(
  rng: Rng, index: number, industry: Industry, legalNames: readonly EmployerName[], tradeName: string | null,
  fein: string, parentKey: string | null, permTotal: number, special: string | null, lawFirms: number,
  sizeQuantile: number,
): WorldEmployer {
  const naics = pick(rng, industry.naics);
  // Bigger employers sponsor more: the size quantile follows the activity draw, loosely.
  const q = Math.min(1, Math.max(0, sizeQuantile));
  const size = Math.round(Math.exp(Math.log(industry.size[0]) + q * (Math.log(industry.size[1]) - Math.log(industry.size[0]))));
  const cities = industry.cities?.map(placeIndexByCity).filter((i) => i >= 0);
  const hqPlace = cities && cities.length > 0 ? pick(rng, cities) : weightedIndex(rng, PLACE_WEIGHTS);
  const place = PLACES[hqPlace]!;
  const socCount = Math.max(1, Math.min(8, Math.round(1 + Math.log10(size) * uniform(rng, 0.4, 1.4))));
  const socs = chooseOccupations(rng, industry, socCount);
  const mix = dirichlet(rng, socs.map((s) => 0.4 + (industry.occupations[s] ?? 1) / 25));
  const lcaPerPerm = industry.lcaPerPerm * logNormal(rng, 1, 0.5);
  // About a fifth of H-1B employers (never the named quirk employers) file LCAs but almost no PERMs.
  const lcaOnly = special === null && industry.lcaPerPerm > 0 && chance(rng, 0.22);
  const effectivePerm = lcaOnly ? permTotal * 0.01 : permTotal;
  const activity: OccupationActivity[] = socs.map((soc, i) => {
    const share = mix[i] ?? 0;
    return {
      soc2018: soc,
      permRate: round4(effectivePerm * share),
      lcaRate: LCA_OCCUPATIONS.has(soc) ? round4(permTotal * lcaPerPerm * share) : 0,
    };
  });
  const worksiteCount = cities && cities.length > 0 ? 1 : Math.min(4, 1 + weightedIndex(rng, WORKSITE_COUNT_WEIGHTS));
  const places = [hqPlace];
  while (places.length < worksiteCount) {
    const extra = weightedIndex(rng, PLACE_WEIGHTS);
    if (!places.includes(extra)) places.push(extra);
  }
  const placeWeights = dirichlet(rng, places.map((_, i) => (i === 0 ? 4 : 1)));
  const alpha = industry.levelAlpha;
  const levels = dirichlet(rng, alpha.map((a) => a * 3));
  const stem = legalNames[0]!.legalName.split(/[ ,]/)[0]!.toLowerCase().normalize("NFD").replace(/[^a-z]/g, "");
  return {
    index,
    key: `E${String(index + 1).padStart(5, "0")}`,
    names: legalNames,
    tradeName,
    fein,
    parentKey,
    industry: industry.id,
    naics: naics[0],
    naicsTitle: naics[1],
    size,
    yearEstablished: randInt(rng, 1890, 2018),
    hq: { address1: streetAddress(rng), address2: addressLine2(rng), city: place.city, county: place.county, state: place.state, zip: place.zip },
    hqPlace,
    phone: phoneNumber(rng),
    domain: `${stem || "employer"}${index}.com`,
    contact: person(rng),
    contactTitle: pick(rng, CONTACT_TITLES),
    lawFirm: chance(rng, 0.9) ? randInt(rng, 0, lawFirms - 1) : null,
    activity,
    permRate: round4(activity.reduce((s, a) => s + a.permRate, 0)),
    lcaRate: round4(activity.reduce((s, a) => s + a.lcaRate, 0)),
    certificationProbability: round4(chance(rng, 0.12) ? beta(rng, 5, 3) : beta(rng, 24, 1.6)),
    withdrawalProbability: round4(beta(rng, 1.2, 30)),
    worksites: places.map((p, i) => ({ place: p, weight: round4(placeWeights[i] ?? 0) })),
    wageLevelMix: [round4(levels[0]!), round4(levels[1]!), round4(levels[2]!), round4(levels[3]!)],
    educationPreference: {
      bachelors: round4(logNormal(rng, 1, 0.5)),
      masters: round4(logNormal(rng, 1, 0.5)),
      doctorate: round4(logNormal(rng, 1, 0.4)),
    },
    wagePremium: round4(1 + Math.abs(normal(rng)) * 0.12),
    h1bDependent: industry.id === "it-services" && chance(rng, 0.45),
    special,
  };
}

function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/**
 * Build the fictional world that every generated file is drawn from: employers (with name spellings, FEINs,
 * places and industries) and, for each, the latent sponsorship process — a PERM rate λ per SOC-2018 code
 * (log-normal, heavily skewed: most employers near zero, a few large sponsors), a correlated LCA rate,
 * a certification probability, worksites, a wage-level mix and an education preference. The world is the
 * ground truth a backtest checks a model against. The first employers are the named quirk employers
 * (accented name, `&AMP;`, d/b/a, a rebrand, a parent with two subsidiaries, doubled spaces, a glued suffix).
 *
 * @example
 * const world = generateWorld(7, "sample");
 * world.employers.length; // => 120
 * world.employers[4].names.map((n) => n.legalName); // => ["Corvana Data Inc.", "Corvana Data LLC"]
 */
export function generateWorld(seed: number, size: number | keyof typeof WORLD_SIZES = "sample"): World {
  const count = typeof size === "number" ? size : WORLD_SIZES[size];
  if (!Number.isInteger(count) || count < 1 || count > 1_000_000) {
    throw new DisclosureError("invalid_option", `World size must be an integer from 1 to 1,000,000; got ${String(size)}`);
  }
  if (!Number.isInteger(seed)) throw new DisclosureError("invalid_option", `Seed must be an integer; got ${seed}`);
  const rng = createRng(deriveSeed(seed, "world"));
  const usedFeins = new Set<string>();
  const lawFirmRng = createRng(deriveSeed(seed, "law-firms"));
  const lawFirms = Array.from({ length: Math.max(8, Math.min(2000, Math.round(count / 15))) }, () =>
    makeLawFirm(lawFirmRng, usedFeins),
  );
  const usedNames = new Set<string>();
  const employers: WorldEmployer[] = [];
  for (let i = 0; i < count; i++) {
    const spec = SPECIAL_EMPLOYERS[i];
    if (spec) {
      const industry = industryById(spec.industry);
      usedNames.add(spec.legalName.toUpperCase());
      const names: EmployerName[] = [{ from: null, legalName: spec.legalName, variants: spec.variants ?? nameVariants(spec.legalName, spec.tradeName ?? null, rng) }];
      if (spec.rebrand) {
        usedNames.add(spec.rebrand.legalName.toUpperCase());
        names.push({ from: spec.rebrand.from, legalName: spec.rebrand.legalName, variants: spec.rebrand.variants });
      }
      const parentKey = spec.parent === undefined ? null : `E${String(spec.parent + 1).padStart(5, "0")}`;
      employers.push(
        makeEmployer(rng, i, industry, names, spec.tradeName ?? null, newFein(rng, usedFeins), parentKey, spec.permRate, spec.special, lawFirms.length, 0.75),
      );
      continue;
    }
    const industry = INDUSTRIES[weightedIndex(rng, INDUSTRY_SHARES)]!;
    let legalName = "";
    for (let attempt = 0; ; attempt++) {
      const stem = coinedStem(rng);
      const word = pick(rng, industry.nameWords);
      const suffix = pick(rng, industry.suffixes);
      const base = industry.id === "university" && word === "University" && chance(rng, 0.4) ? `University of ${stem}` : `${stem} ${word}`;
      legalName = suffix === "" ? base : /^(Inc\.|Corp\.)$/.test(suffix) && chance(rng, 0.6) ? `${base}, ${suffix}` : `${base} ${suffix}`;
      if (industry.id === "law") legalName = `${pick(rng, LAST_NAMES)} ${stem} ${suffix}`;
      if (!usedNames.has(legalName.toUpperCase()) || attempt > 50) break;
    }
    usedNames.add(legalName.toUpperCase());
    const tradeName = chance(rng, 0.04) ? `${coinedStem(rng)} ${pick(rng, industry.nameWords)}` : null;
    const names: EmployerName[] = [{ from: null, legalName, variants: nameVariants(legalName, tradeName, rng) }];
    // Skewed latent activity: log-normal total PERM rate, most employers near zero.
    const z = normal(rng);
    const permTotal = Math.exp(-1.1 + 1.9 * z);
    const sizeQuantile = 0.65 / (1 + Math.exp(-1.7 * z)) + 0.35 * rng.next();
    employers.push(makeEmployer(rng, i, industry, names, tradeName, newFein(rng, usedFeins), null, permTotal, null, lawFirms.length, sizeQuantile));
  }
  return { seed, size: count, employers, lawFirms };
}

/** One row of ground truth: an employer's latent rates in one occupation. */
export interface TruthRow {
  readonly employerKey: string;
  readonly fein: string;
  readonly legalName: string;
  readonly parentKey: string | null;
  readonly soc2018: string;
  readonly permRate: number;
  readonly lcaRate: number;
  readonly certificationProbability: number;
}

/**
 * Flatten a world's latent process into rows (employer × SOC-2018), for a backtest to compare against.
 *
 * @example
 * worldTruth(generateWorld(7, 10)).every((r) => r.permRate >= 0); // => true
 */
export function worldTruth(world: World): TruthRow[] {
  const rows: TruthRow[] = [];
  for (const e of world.employers) {
    const legalName = e.names[e.names.length - 1]!.legalName;
    for (const a of e.activity) {
      rows.push({
        employerKey: e.key, fein: e.fein, legalName, parentKey: e.parentKey, soc2018: a.soc2018,
        permRate: a.permRate, lcaRate: a.lcaRate, certificationProbability: e.certificationProbability,
      });
    }
  }
  return rows;
}

/** The legal name in force on a date, and its spellings. */
export function nameOn(employer: WorldEmployer, isoDate: string): EmployerName {
  let current = employer.names[0]!;
  for (const n of employer.names) if (n.from === null || n.from <= isoDate) current = n;
  return current;
}
