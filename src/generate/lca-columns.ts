import type { LcaCase } from "./case-types";
import { annualize } from "./draw-role";
import { entityColumn, fillerColumn } from "./entity-columns";
import { dateText, levelText, money, socText, stateText, unitText, zipText } from "./format";
import { STATE_COURTS } from "./places";
import type { ColumnGetter, RowContext } from "./row-context";

type X = RowContext<LcaCase>;
type G = ColumnGetter<LcaCase>;

const yesNo = (b: boolean): string => (b ? "Yes" : "No");
const up = (x: X, s: string): string => (x.style.upper ? s.toUpperCase() : s);
const socCode = (x: X): string =>
  socText(x.style.socVintage === 2010 ? x.c.job.occupation.soc2010 : x.c.job.soc2018, x.style.soc);
const socTitle = (x: X): string =>
  (x.style.socVintage === 2010 ? x.c.job.occupation.title2010 : x.c.job.occupation.title2018).toUpperCase();
const reason = (i: number): G => (x) => (x.c.reason === i ? String(x.c.totalWorkers) : "0");
const offer = (amount: number | null, x: X): string =>
  x.style.unitMismatch === "offer" && amount !== null ? money(annualize(amount, x.c.wage.offerUnit), x.style.money) : money(amount, x.style.money);

function wageYear(iso: string): string {
  const y = Number(iso.slice(0, 4));
  const start = Number(iso.slice(5, 7)) >= 7 ? y : y - 1;
  return `7/1/${start} - 6/30/${start + 1}`;
}

const CLIENTS = ["NORTHWIND BANK", "CONTOSO INSURANCE", "BLUE HARBOR RETAIL", "SUMMIT HEALTH PLANS", "REDWOOD TELECOM", "ATLAS FREIGHT"];

/** LCA FLAG-era columns the generator models. */
const LCA: Readonly<Record<string, G>> = {
  CASE_NUMBER: (x) => x.c.caseNumber,
  CASE_STATUS: (x) => x.style.status,
  RECEIVED_DATE: (x) => dateText(x.c.receivedDate, x.style),
  DECISION_DATE: (x) => dateText(x.c.decisionDate, x.style),
  ORIGINAL_CERT_DATE: (x) => (x.c.originalCertDate ? dateText(x.c.originalCertDate, x.style) : ""),
  VISA_CLASS: (x) => x.c.visaClass,
  JOB_TITLE: (x) => up(x, x.c.job.title),
  SOC_CODE: socCode,
  SOC_TITLE: socTitle,
  FULL_TIME_POSITION: (x) => (x.c.job.fullTime ? "Y" : "N"),
  BEGIN_DATE: (x) => dateText(x.c.beginDate, x.style),
  END_DATE: (x) => dateText(x.c.endDate, x.style),
  TOTAL_WORKER_POSITIONS: (x) => String(x.c.totalWorkers),
  NEW_EMPLOYMENT: reason(0),
  CONTINUED_EMPLOYMENT: reason(1),
  CHANGE_PREVIOUS_EMPLOYMENT: reason(2),
  NEW_CONCURRENT_EMPLOYMENT: reason(3),
  CHANGE_EMPLOYER: reason(4),
  AMENDED_PETITION: reason(5),
  EMPLOYER_NAME: (x) => x.c.name.name,
  TRADE_NAME_DBA: (x) => (x.c.employer.tradeName ? up(x, x.c.employer.tradeName) : ""),
  EMPLOYER_FEIN: (x) => x.c.employer.fein,
  NAICS_CODE: (x) => x.c.employer.naics,
  AGENT_REPRESENTING_EMPLOYER: (x) => yesNo(x.c.agent !== null),
  LAWFIRM_NAME_BUSINESS_NAME: (x) => (x.c.agent ? up(x, x.c.agent.name) : ""),
  LAWFIRM_BUSINESS_FEIN: (x) => x.c.agent?.fein ?? "",
  STATE_OF_HIGHEST_COURT: (x) => x.c.agent?.address.state ?? "",
  NAME_OF_HIGHEST_STATE_COURT: (x) => (x.c.agent ? (STATE_COURTS[x.c.agent.address.state] ?? `Supreme Court of ${x.c.agent.address.state}`) : ""),
  WORKSITE_WORKERS: (x) => String(x.c.totalWorkers),
  SECONDARY_ENTITY: (x) => yesNo(x.c.secondaryEntity !== null),
  SECONDARY_ENTITY_BUSINESS_NAME: (x) => (x.c.secondaryEntity ? CLIENTS[x.salt % CLIENTS.length]! : ""),
  WORKSITE_ADDRESS1: (x) => up(x, x.c.worksite.address1),
  WORKSITE_ADDRESS2: (x) => up(x, x.c.worksite.address2),
  WORKSITE_CITY: (x) => x.c.worksite.place.city,
  WORKSITE_COUNTY: (x) => x.c.worksite.place.county,
  WORKSITE_STATE: (x) => stateText(x.c.worksite.place.state, x.style.state),
  WORKSITE_POSTAL_CODE: (x) => zipText(x.c.worksite.zip, x.style.zip, x.salt % 10000),
  WAGE_RATE_OF_PAY_FROM: (x) => offer(x.c.wage.offerFrom, x),
  WAGE_RATE_OF_PAY_TO: (x) => offer(x.c.wage.offerTo, x),
  WAGE_UNIT_OF_PAY: (x) => unitText(x.style.unitMismatch === "offer" ? "hour" : x.c.wage.offerUnit, x.style.unit),
  PREVAILING_WAGE: (x) => money(x.c.wage.pw, x.style.money),
  PW_UNIT_OF_PAY: (x) => unitText(x.c.wage.pwUnit, x.style.unit),
  PW_TRACKING_NUMBER: () => "",
  PW_WAGE_LEVEL: (x) => levelText(x.c.job.level, x.style.level),
  PW_OES_YEAR: (x) => wageYear(x.c.receivedDate),
  PW_OTHER_SOURCE: () => "",
  PW_OTHER_YEAR: () => "",
  PW_SURVEY_PUBLISHER: () => "",
  PW_SURVEY_NAME: () => "",
  TOTAL_WORKSITE_LOCATIONS: (x) => String(x.c.worksiteLocations),
  AGREE_TO_LC_STATEMENT: () => "Yes",
  "H-1B_DEPENDENT": (x) => yesNo(x.c.employer.h1bDependent),
  WILLFUL_VIOLATOR: () => "No",
  SUPPORT_H1B: (x) => (x.c.employer.h1bDependent ? "Yes" : ""),
  STATUTORY_BASIS: (x) =>
    x.c.employer.h1bDependent ? (x.salt % 3 === 0 ? "Master's Degree or higher in related specialty" : "$60,000 or higher annual wage") : "",
  APPENDIX_A_ATTACHED: (x) => (x.c.employer.h1bDependent && x.salt % 3 === 0 ? "Yes" : ""),
  PUBLIC_DISCLOSURE: (x) => (x.salt % 4 === 0 ? "Disclose Business and Employment" : "Disclose Business"),
  PREPARER_BUSINESS_NAME: (x) => (x.c.agent ? up(x, x.c.agent.name) : ""),
  PREPARER_MIDDLE_INITIAL: (x) => x.c.agent?.attorney.middle ?? "",
};

const LCA_FILING_COLUMNS: ReadonlySet<string> = new Set([
  "CASE_NUMBER", "CASE_STATUS", "RECEIVED_DATE", "DECISION_DATE", "ORIGINAL_CERT_DATE", "BEGIN_DATE", "END_DATE",
  "EMPLOYER_NAME", "PW_OES_YEAR",
]);

/**
 * Whether an LCA column changes from filing to filing of the same role (case number, status, dates, name
 * spelling). The other columns depend only on the role (employer, job, worksite, wage, attorney) and the
 * row style, so the benchmark writer serialises them once per role.
 */
export function isLcaFilingColumn(column: string): boolean {
  return LCA_FILING_COLUMNS.has(column);
}

/** One getter per column of an LCA FLAG layout, in order. */
export function lcaColumns(layout: readonly string[]): G[] {
  return layout.map((column) => LCA[column] ?? (entityColumn(column) as G | null) ?? (fillerColumn(column) as G));
}
