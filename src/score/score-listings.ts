/**
 * Score a stream of job listings (employer, title or SOC, location, education, wage): each gets its
 * employer's probability of a certified PERM for that job, with interval and status. Employer names and
 * roles are resolved once and remembered, so a feed where employers and titles repeat is scored at
 * tens of thousands of listings a second. A listing that cannot be scored gets an `error`, and the
 * stream goes on.
 *
 * @module
 */
import { z } from "zod";
import { DisclosureError } from "../errors";
import { parseState } from "../normalize/state";
import type { SponsorIndex } from "../sponsors/sponsor-index";
import { officialSocTitle } from "../occupations/soc-title";
import { type ResolvedRole, resolveRole } from "./resolve-role";
import { parseRole, type RoleQuery } from "./role-query";
import { parseOptions, type ScoreSetup } from "./score-options";
import { ScoreEmployerOptions, type EmployerMatch, findUnit } from "./score-employer";
import { roleMoments } from "./score-moments";
import type { ScoreStatus } from "./scored-employer";
import { roleSocSet, unitStatus } from "./score-unit";

/** One job listing. `location` may be `"Seattle, WA"`, `"WA"` or a state name; `city`/`state` win over it. */
export interface Listing {
  readonly employer: string;
  readonly title?: string | undefined;
  readonly soc?: string | undefined;
  readonly location?: string | undefined;
  readonly city?: string | undefined;
  readonly state?: string | undefined;
  readonly education?: string | undefined;
  readonly wage?: string | number | undefined;
}

/** A scored listing. */
export interface ScoredListing {
  /** Position in the input (0-based). */
  readonly position: number;
  readonly employer: string;
  /** The matched employer (null when none). */
  readonly key: string | null;
  readonly name: string | null;
  readonly confidence: number | null;
  readonly status: ScoreStatus;
  readonly lowSample: boolean;
  readonly probability: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly expectedCertified: number | null;
  /** The SOC code the job most likely is, and its title. */
  readonly soc: string | null;
  readonly socTitle: string | null;
  /** Why the listing could not be scored (a bad field), else null. */
  readonly error: string | null;
}

/**
 * Options of {@link scoreListings}: those of `scoreEmployer`, plus the size of the memo of names and roles.
 *
 * @example
 * ScoreListingsOptions.parse({}).memo; // => 100000
 */
export const ScoreListingsOptions = ScoreEmployerOptions.extend({
  /** Most distinct employer names and roles remembered (default 100,000 each). */
  memo: z.number().int().positive().default(100_000),
}).strict();
export type ScoreListingsOptions = z.input<typeof ScoreListingsOptions>;

/**
 * The role of a listing: its title or SOC, a location split into city and state, education and wage.
 *
 * @example
 * listingRole({ employer: "Acme", title: "Data Engineer", location: "Seattle, WA", wage: "150000" }); // => { title: "Data Engineer", state: "WA", city: "Seattle", wage: "150000" }
 */
export function listingRole(l: Listing): RoleQuery {
  let city = l.city;
  let state = l.state;
  if (l.location !== undefined && l.location.trim() !== "" && city === undefined && state === undefined) {
    const loc = l.location.trim();
    if (parseState(loc) !== null) state = loc;
    else {
      const m = /^(.*?),\s*([A-Za-z .]+)$/.exec(loc);
      if (m && parseState(m[2]!) !== null) {
        city = m[1]!.trim();
        state = m[2]!.trim();
      }
    }
  }
  const blank = (s: string | number | undefined) => s === undefined || (typeof s === "string" && s.trim() === "");
  return {
    ...(!blank(l.title) ? { title: l.title } : {}),
    ...(!blank(l.soc) ? { soc: l.soc } : {}),
    ...(!blank(state) ? { state } : {}),
    ...(!blank(city) ? { city } : {}),
    ...(!blank(l.education) ? { education: l.education } : {}),
    ...(!blank(l.wage) ? { wage: l.wage } : {}),
  };
}

const r4 = (x: number) => Math.round(x * 1e4) / 1e4;
const r6 = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * Score listings one by one (a generator: pull as many as you need).
 *
 * @example
 * const [a] = [...scoreListings(index, [{ employer: "Tavrix Consultancy Services", soc: "15-1252", location: "Seattle, WA" }])];
 * a!.key; // => "fein:22-2610812"
 */
export function* scoreListings(index: SponsorIndex, listings: Iterable<Listing>, options: ScoreListingsOptions = {}): Generator<ScoredListing> {
  const o = parseOptions(ScoreListingsOptions, options, "scoreListings");
  const employers = new Map<string, EmployerMatch | null>();
  const memos = new Map<ScoreSetup["model"], { roles: Map<string, ResolvedRole | string>; results: Map<string, Body> }>();
  let position = 0;
  for (const l of listings) {
    const at = position++;
    const employer = typeof l?.employer === "string" ? l.employer.trim() : "";
    const fail = (error: string | null): ScoredListing => ({
      position: at, employer, key: null, name: null, confidence: null, status: "unrated", lowSample: true, probability: null, low: null, high: null,
      expectedCertified: null, soc: null, socTitle: null, error,
    });
    if (employer === "") {
      yield fail("employer: blank");
      continue;
    }
    let found = employers.get(employer);
    if (found === undefined) {
      found = findUnit(index, employer, o, "scoreListings");
      if (employers.size >= o.memo) employers.clear();
      employers.set(employer, found);
    }
    const { setup, unit, match } = found ?? { setup: null, unit: -1, match: null };
    if (!setup || !match) {
      yield fail(null); // an employer the index does not know: unrated, not an error
      continue;
    }
    let memo = memos.get(setup.model);
    if (!memo) memos.set(setup.model, (memo = { roles: new Map(), results: new Map() }));
    const roleKey = `${l.title ?? ""}\u0001${l.soc ?? ""}\u0001${l.location ?? ""}\u0001${l.city ?? ""}\u0001${l.state ?? ""}\u0001${l.education ?? ""}\u0001${l.wage ?? ""}`;
    let role = memo.roles.get(roleKey);
    if (role === undefined) {
      try {
        role = resolveRole(setup.model, parseRole(listingRole(l), "scoreListings"), setup.wages);
      } catch (e) {
        if (!(e instanceof DisclosureError)) throw e;
        role = e.message.replace(/^scoreListings: /, "");
      }
      if (memo.roles.size >= o.memo) memo.roles.clear();
      memo.roles.set(roleKey, role);
    }
    if (typeof role === "string") {
      yield { ...fail(role), key: setup.model.units.key[unit]!, name: setup.model.units.name[unit]!, confidence: match.confidence };
      continue;
    }
    const resultKey = `${unit}\u0001${roleKey}`;
    let body = memo.results.get(resultKey);
    if (body === undefined) {
      body = scoreOne(setup, role, unit);
      if (memo.results.size >= o.memo) memo.results.clear();
      memo.results.set(resultKey, body);
    }
    yield { position: at, employer, key: setup.model.units.key[unit]!, name: setup.model.units.name[unit]!, confidence: match.confidence, ...body, error: null };
  }
}

type Body = Pick<ScoredListing, "status" | "lowSample" | "probability" | "low" | "high" | "expectedCertified" | "soc" | "socTitle">;

function scoreOne(setup: ScoreSetup, role: ResolvedRole, unit: number): Body {
  const { model, settings } = setup;
  const st = unitStatus(model, role, unit, roleSocSet(role));
  if (st.status === "unrated" || role.components.length === 0) {
    return { status: "unrated", lowSample: true, probability: null, low: null, high: null, expectedCertified: null, soc: null, socTitle: null };
  }
  const m = roleMoments(model, role, unit, settings, true);
  let best = m.pairs[0];
  for (const p of m.pairs) if (best === undefined || p.mean > best.mean) best = p;
  const soc = best ? model.index.socs[best.soc]! : null;
  return {
    status: st.status,
    lowSample: st.lowSample,
    probability: r6(m.probability),
    low: r6(m.interval[0]),
    high: r6(m.interval[1]),
    expectedCertified: r4(m.expectedCertified),
    soc,
    socTitle: soc === null ? null : officialSocTitle(soc),
  };
}
