/**
 * Small synthetic sponsor histories for the scoring tests: a background of employers that file every
 * year (so every fiscal year has PERM data and priors can be fitted), and target employers whose PERM
 * history a test controls filing by filing.
 */
import type { Filing } from "../src/datasets/filing";
import type { ScorePriors } from "../src/score/fit-score-model";
import { makeFiling } from "./make-filing";

/** One PERM filing of a target employer. */
export interface TargetFiling {
  readonly fy: number;
  readonly status: "certified" | "denied" | "withdrawn";
  readonly soc?: string;
  readonly state?: string;
}

/** A target employer: a name, a FEIN and its PERM filings (plus optional LCAs in 15-1252). */
export interface Target {
  readonly name: string;
  readonly fein: string;
  readonly filings: readonly TargetFiling[];
  readonly lcas?: number;
}

const pad = (n: number, w: number) => String(n).padStart(w, "0");

/** PERM filings (decided 15 March of the fiscal year, received a year earlier) and LCAs of a target. */
export function targetFilings(t: Target, tag: number): Filing[] {
  const out: Filing[] = t.filings.map((f, i) =>
    makeFiling({
      program: "PERM",
      caseNumber: `A-${pad(tag, 3)}${pad(i, 4)}-TGT`,
      status: f.status,
      employer: t.name,
      fein: t.fein,
      soc: f.soc ?? "15-1252",
      decision: `${f.fy}-03-15`,
      received: `${f.fy - 1}-03-15`,
      worksiteState: f.state ?? "WA",
      pwLevel: "II",
      education: "masters",
      file: `PERM_FY${f.fy}.csv`,
      row: i + 1,
    }),
  );
  for (let i = 0; i < (t.lcas ?? 0); i++) {
    out.push(makeFiling({ program: "LCA", caseNumber: `I-${pad(tag, 3)}${pad(i, 4)}-TGT`, employer: t.name, fein: t.fein, decision: "2024-03-01", received: "2024-02-20", file: "LCA_FY2024.csv", row: i + 1 }));
  }
  return out;
}

const SOCS = ["15-1252", "15-1211", "13-2011", "15-1253", "17-2141"];
const STATES = ["WA", "CA", "NY", "TX"];

/**
 * A deterministic background: `employers` employers, each filing PERM every fiscal year 2019–2024 in one or
 * two SOC codes at its own rate (0–6 a year), about 88 % certified, plus some LCAs.
 */
export function background(employers = 30): Filing[] {
  const out: Filing[] = [];
  let row = 0;
  for (let e = 0; e < employers; e++) {
    const name = `Background Employer ${pad(e, 3)} LLC`;
    const fein = `${pad(10 + (e % 80), 2)}-${pad(1000000 + e * 7919, 7)}`;
    const socs = [SOCS[e % SOCS.length]!, ...(e % 3 === 0 ? [SOCS[(e + 1) % SOCS.length]!] : [])];
    for (let fy = 2019; fy <= 2024; fy++) {
      for (const soc of socs) {
        const n = (e * 7 + fy * 3 + soc.charCodeAt(6)) % 7;
        for (let i = 0; i < n; i++) {
          const k = e * 1000 + fy * 10 + i;
          out.push(makeFiling({
            program: "PERM",
            caseNumber: `A-${pad(e, 3)}${fy}${soc.slice(3)}${i}-BG`,
            status: k % 17 === 0 ? "denied" : k % 23 === 0 ? "withdrawn" : "certified",
            employer: name,
            fein,
            soc,
            decision: `${fy}-0${1 + (i % 9)}-1${i % 9}`,
            received: `${fy - 1}-0${1 + (i % 9)}-0${1 + (i % 9)}`,
            worksiteState: STATES[(e + i) % STATES.length]!,
            pwLevel: (["I", "II", "III", "IV"] as const)[(e + i) % 4]!,
            education: i % 2 === 0 ? "bachelors" : "masters",
            file: `PERM_FY${fy}.csv`,
            row: ++row,
          }));
        }
        if (e % 2 === 0) {
          out.push(makeFiling({ program: "LCA", caseNumber: `I-${pad(e, 3)}${fy}${soc.slice(3)}-BG`, employer: name, fein, soc, decision: `${fy}-05-01`, received: `${fy}-04-24`, file: `LCA_FY${fy}.csv`, row: ++row }));
        }
      }
    }
  }
  return out;
}

/** Fixed priors for the laws (no fitting, so a change to the data changes nothing else). */
export const FIXED_PRIORS: ScorePriors = {
  activity: {
    shape: 0.5,
    coefficients: { intercept: -3, broad: 0.5, minor: 0.3, other: 0.2, lca: 0.5, lcaOther: 0.1, pw: 0.2, socBase: 0 },
  },
  certification: { a: 9, b: 1 },
  concentration: { location: 2, education: 2, level: 2 },
};
