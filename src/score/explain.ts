/**
 * Put a score into a short plain-language paragraph: what the employer filed for the occupation, the
 * estimate with its interval, what the modifiers changed, and any caveat (low sample, unrated).
 *
 * @module
 */
import { US_STATES } from "../normalize/state";
import type { ScoredEmployer } from "./scored-employer";

const EDUCATION_WORDS: Readonly<Record<string, string>> = {
  bachelors: "a bachelor's degree", masters: "a master's degree", doctorate: "a doctorate", "high-school": "high school",
  associates: "an associate's degree", none: "no degree", other: "other education",
};

function percent(p: number): string {
  if (p > 0 && p < 0.005) return "<1%";
  if (p < 1 && p > 0.995) return ">99%";
  return `${Math.round(p * 100)}%`;
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;
}

function years(from: number | null, to: number | null): string {
  if (from === null || to === null) return "the data";
  return from === to ? `FY${from}` : `FY${from}–FY${to}`;
}

/** The occupation as a sentence names it. */
function occupationName(r: ScoredEmployer): string {
  if (r.occupations.length === 1) {
    const o = r.occupations[0]!;
    return o.title ? `${o.title} (${o.soc})` : o.soc;
  }
  return r.role.label;
}

/**
 * A short paragraph explaining a score.
 *
 * @example
 * /^TAVRIX CONSULTANCY SERVICES LIMITED filed \d+ PERM applications for Software Developers/.test(explain(scoreEmployer(index, "Tavrix Consultancy Services", { soc: "15-1252" }))); // => true
 * explain(scoreEmployer(index, "Nobody At All Ltd", { soc: "15-1252" })); // => "Nobody At All Ltd: unrated — no employer in the index matches \"Nobody At All Ltd\"."
 */
export function explain(r: ScoredEmployer): string {
  if (r.status === "unrated" || r.probability === null || r.history === null) return `${r.name}: unrated — ${r.reason ?? "not enough data"}.`;
  const h = r.history;
  const occ = occupationName(r);
  const out: string[] = [];
  if (r.status === "rated") {
    let s = `${r.name} filed ${plural(h.perm.filings, "PERM application")} for ${occ} in ${years(h.fromFiscalYear, h.toFiscalYear)}, ${h.perm.certified.toLocaleString("en-US")} certified`;
    if (h.perm.denied > 0) s += `, ${h.perm.denied.toLocaleString("en-US")} denied`;
    if (h.perm.withdrawn > 0) s += `, ${h.perm.withdrawn.toLocaleString("en-US")} withdrawn`;
    const state = r.role.state;
    const inState = state ? h.states.find((x) => x.state === state)?.filings ?? 0 : 0;
    if (state) s += `; ${inState.toLocaleString("en-US")} of them in ${US_STATES[state] ?? state}`;
    else if (h.states[0] && h.states[0].filings * 2 >= h.perm.filings) s += `; most in ${US_STATES[h.states[0].state] ?? h.states[0].state}`;
    const level = h.levels[0];
    if (level && level.filings * 2 >= h.levels.reduce((n, l) => n + l.filings, 0)) s += `; most at Level ${level.level}`;
    const edu = h.education[0];
    if (r.role.education && edu && edu.filings * 2 >= h.education.reduce((n, e) => n + e.filings, 0)) s += `; most requiring ${EDUCATION_WORDS[edu.education] ?? edu.education}`;
    out.push(`${s}.`);
    if (h.lca > 0) out.push(`It also filed ${plural(h.lca, "H-1B LCA")} in the occupation.`);
  } else {
    let s = `${r.name} filed no PERM applications for ${occ} in the data (a validated zero)`;
    if (h.permAll.filings > 0) s += `, but ${plural(h.permAll.filings, "PERM application")} in other occupations`;
    if (h.lca > 0) s += `${h.permAll.filings > 0 ? " and" : ", but"} ${plural(h.lca, "H-1B LCA")} in this one`;
    else if (h.lcaAll > 0) s += `${h.permAll.filings > 0 ? " and" : "; it filed"} ${plural(h.lcaAll, "H-1B LCA")} in other occupations`;
    out.push(`${s}; the estimate rests on that related activity.`);
  }
  const [lo, hi] = r.interval ?? [r.probability, r.probability];
  const expected = r.expectedCertified ?? 0;
  out.push(
    `Chance of a certified PERM for this role in the ${r.horizonMonths} months after ${r.asOf}: ${percent(r.probability)} (90% interval ${percent(lo)}–${percent(hi)}), ` +
      `about ${expected >= 10 ? Math.round(expected) : expected.toFixed(1)} certified filing${expected >= 0.95 && expected < 1.05 ? "" : "s"} expected.`,
  );
  const mods = r.factors.filter((f) => f.name === "location" || f.name === "education" || f.name === "wage");
  if (mods.length > 0 && r.occupationProbability !== null) {
    const parts = mods.map((f) => {
      const what = f.name === "location"
        ? (r.role.areas[0] ?? (r.role.state ? US_STATES[r.role.state] ?? r.role.state : "the location"))
        : f.name === "education"
          ? (EDUCATION_WORDS[r.role.education ?? ""] ?? "the education")
          : f.counts["level"]
            ? `Level ${["", "I", "II", "III", "IV"][f.counts["level"]!]}`
            : "the wage";
      return `${what} ×${f.multiplier.toFixed(2)}`;
    });
    out.push(`Adjusted for ${parts.join(", ")}; ${percent(r.occupationProbability)} for the occupation anywhere.`);
  }
  const cert = r.factors.find((f) => f.name === "certification");
  if (cert && ((cert.counts["denied"] ?? 0) > 0 || (cert.counts["withdrawn"] ?? 0) > 0)) out.push(`Certification rate ${percent(cert.multiplier)} after shrinkage (${cert.counts["denied"]} denied, ${cert.counts["withdrawn"]} withdrawn of ${h.permAll.filings}).`);
  if (r.lowSample) out.push(`Low sample: fewer than 5 PERM filings in this occupation.`);
  for (const note of r.role.notes) out.push(`Note: ${note}.`);
  return out.join(" ");
}
