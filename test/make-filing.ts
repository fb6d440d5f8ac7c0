import type { Filing } from "../src/datasets/filing";
import { normalizeEmployerName, splitTradeName } from "../src/normalize/employer-name";
import { fiscalYearOf } from "../src/normalize/date";
import { parseSoc2018 } from "../src/normalize/soc-bridge";

/** The parts of a filing a test cares about; everything else gets a plain default. */
export interface FilingSpec {
  program?: Filing["program"];
  caseNumber: string;
  status?: Filing["status"];
  employer?: string;
  fein?: string | null;
  tradeName?: string | null;
  state?: string | null;
  city?: string | null;
  postalCode?: string | null;
  title?: string | null;
  soc?: string | null;
  socTitle?: string | null;
  received?: string | null;
  decision?: string | null;
  worksiteState?: string | null;
  blsArea?: string | null;
  wage?: number | null;
  pwLevel?: Filing["wages"]["pwLevel"];
  education?: Filing["job"]["minEducation"];
  file?: string;
  row?: number;
}

/** A canonical filing built the way the readers build one (normalised name, bridged SOC, fiscal year). */
export function makeFiling(spec: FilingSpec): Filing {
  const program = spec.program ?? "LCA";
  const name = spec.employer ?? "ACME WIDGETS, INC.";
  const decision = spec.decision === undefined ? "2024-03-08" : spec.decision;
  const received = spec.received === undefined ? "2024-03-01" : spec.received;
  const dataset = program === "PERM" ? "perm" : program === "LCA" ? "lca" : "pw";
  const soc = spec.soc === undefined ? "15-1252" : spec.soc;
  return {
    program,
    caseNumber: spec.caseNumber,
    status: spec.status ?? (program === "PW" ? "determined" : "certified"),
    visaClass: program === "LCA" ? "H-1B" : null,
    receivedDate: received as Filing["receivedDate"],
    decisionDate: decision as Filing["decisionDate"],
    fiscalYear: decision !== null ? fiscalYearOf(decision as never) : received !== null ? fiscalYearOf(received as never) : null,
    employer: {
      name,
      normalizedName: normalizeEmployerName(name),
      fein: (spec.fein ?? null) as Filing["employer"]["fein"],
      tradeName: spec.tradeName !== undefined ? spec.tradeName : (splitTradeName(name)?.dba ?? null),
      city: spec.city === undefined ? "SEATTLE" : spec.city,
      state: (spec.state === undefined ? "WA" : spec.state) as Filing["employer"]["state"],
      postalCode: spec.postalCode === undefined ? "98101" : spec.postalCode,
      naics: null,
      size: null,
    },
    job: {
      title: spec.title === undefined ? "Software Engineer" : spec.title,
      socCode: soc,
      soc2018: parseSoc2018(soc),
      socTitle: spec.socTitle === undefined ? (soc === null ? null : "Software Developers") : spec.socTitle,
      minEducation: spec.education ?? null,
      experienceMonths: null,
      fullTime: true,
    },
    worksite: {
      city: "SEATTLE",
      county: null,
      state: (spec.worksiteState === undefined ? "WA" : spec.worksiteState) as Filing["worksite"]["state"],
      postalCode: null,
      blsArea: spec.blsArea ?? null,
    },
    wages: {
      offeredFrom: spec.wage === undefined ? 150_000 : spec.wage,
      offeredTo: null,
      offeredUnit: "year",
      prevailing: null,
      prevailingUnit: null,
      pwLevel: spec.pwLevel ?? null,
      repairs: [],
    },
    pwdCaseNumber: null,
    pwJoin: null,
    source: { file: spec.file ?? "LCA_FY2024.csv", row: spec.row ?? 1, dataset, era: `${dataset}-test` },
  };
}
