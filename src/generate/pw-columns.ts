import type { PwCase } from "./case-types";
import { entityColumn, fillerColumn } from "./entity-columns";
import { dateText, educationText, levelText, money, socText, stateText, unitText, zipText } from "./format";
import type { ColumnGetter, RowContext } from "./row-context";

type X = RowContext<PwCase>;
type G = ColumnGetter<PwCase>;

const yesNo = (b: boolean): string => (b ? "Yes" : "No");
const soc = (x: X): string => socText(x.c.job.soc2018, x.style.soc);
const withdrawn = (x: X): boolean => x.c.status === "Withdrawn";
const acwia = (x: X): boolean => x.c.employer.industry === "university";

/** PW FLAG-era columns the generator models. */
const PW: Readonly<Record<string, G>> = {
  CASE_NUMBER: (x) => x.c.caseNumber,
  CASE_STATUS: (x) => x.style.status,
  RECEIVED_DATE: (x) => dateText(x.c.receivedDate, x.style),
  DETERMINATION_DATE: (x) => (withdrawn(x) ? "" : dateText(x.c.decisionDate, x.style)),
  REDETERMINATION_DATE: (x) => (x.c.status.startsWith("Redetermination") ? dateText(x.c.decisionDate, x.style) : ""),
  CENTER_DIRECTOR_REVIEW_DATE: (x) => (x.c.status.startsWith("Center") ? dateText(x.c.decisionDate, x.style) : ""),
  WITHDRAWAL_DATE: (x) => (withdrawn(x) ? dateText(x.c.decisionDate, x.style) : ""),
  VISA_CLASS: (x) => x.c.visaClass,
  EMPLOYER_LEGAL_BUSINESS_NAME: (x) => x.c.name.name,
  TRADE_NAME_DBA: (x) => x.c.employer.tradeName ?? "",
  EMPLOYER_FEIN: (x) => x.c.employer.fein,
  NAICS_CODE: (x) => x.c.employer.naics,
  TYPE_OF_REPRESENTATION: (x) => (x.c.agent ? "Attorney" : "None"),
  LAWFIRM_NAME_BUSINESS_NAME: (x) => x.c.agent?.name ?? "",
  COVERED_BY_ACWIA: (x) => yesNo(acwia(x)),
  ACWIA_INST_HIGHER_EDUCATION: (x) => (acwia(x) ? "Yes" : ""),
  PROF_SPORTS_LEAGUE: () => "No",
  CBA: () => "No",
  WAGE_SOURCE_REQUESTED: () => "OEWS",
  JOB_TITLE: (x) => x.c.job.title,
  REQUIRED_EDUCATION_LEVEL: (x) => educationText(x.c.job.education),
  REQUIRED_EDUCATION_MAJOR: (x) => x.c.job.major,
  REQUIRED_TRAINING: () => "No",
  REQUIRED_EXPERIENCE: (x) => yesNo(x.c.job.experienceMonths > 0),
  REQUIRED_EXPERIENCE_MONTHS: (x) => (x.c.job.experienceMonths > 0 ? String(x.c.job.experienceMonths) : ""),
  REQUIRED_OCCUPATION: (x) => (x.c.job.experienceMonths > 0 ? x.c.job.title : ""),
  SPECIAL_SKILLS_REQUIREMENTS: (x) => (x.salt % 6 === 0 ? "Experience with \"cloud\" platforms, SQL, and Python" : ""),
  ALTERNATIVE_REQUIREMENTS: () => "No",
  SUGGESTED_SOC_CODE: soc,
  SUGGESTED_SOC_TITLE: (x) => x.c.job.occupation.title2018,
  PWD_SOC_CODE: soc,
  PWD_SOC_TITLE: (x) => x.c.job.occupation.title2018,
  O_NET_CODE: (x) => `${x.c.job.soc2018}.00`,
  O_NET_TITLE: (x) => x.c.job.occupation.title2018,
  TRAVEL_REQUIRED: (x) => yesNo(x.salt % 9 === 0),
  PRIMARY_WORKSITE_ADDRESS_1: (x) => x.c.worksite.address1,
  PRIMARY_WORKSITE_ADDRESS_2: (x) => x.c.worksite.address2,
  PRIMARY_WORKSITE_CITY: (x) => x.c.worksite.place.city,
  PRIMARY_WORKSITE_COUNTY: (x) => x.c.worksite.place.county,
  PRIMARY_WORKSITE_STATE: (x) => stateText(x.c.worksite.place.state, x.style.state),
  PRIMARY_WORKSITE_POSTAL_CODE: (x) => zipText(x.c.worksite.zip, x.style.zip, x.salt % 10000),
  OTHER_WORKSITE_LOCATION: () => "No",
  PWD_WAGE_RATE: (x) => (withdrawn(x) ? "" : money(x.c.wage.pw, x.style.money)),
  PWD_UNIT_OF_PAY: (x) => (withdrawn(x) ? "" : unitText(x.c.wage.pwUnit, x.style.unit)),
  PWD_OES_WAGE_LEVEL: (x) => (withdrawn(x) ? "" : levelText(x.c.job.level, x.style.level)),
  PWD_WAGE_SOURCE: (x) => (withdrawn(x) ? "" : "OEWS"),
  BLS_AREA: (x) => x.c.worksite.place.blsArea,
  PREVAIL_WAGE_DETERM_DATE: (x) => (withdrawn(x) ? "" : dateText(x.c.decisionDate, x.style)),
  PWD_WAGE_EXPIRATION_DATE: (x) => (withdrawn(x) ? "" : dateText(x.c.expirationDate, x.style)),
  SURVEY_PUBLICATION_DATE: () => "",
  ALT_PWD_WAGE_RATE: () => "",
  ALT_PWD_UNIT_OF_PAY: () => "",
  ALT_PWD_OES_WAGE_LEVEL: () => "",
  H2B_HIGHEST_PWD: () => "",
  WAGE_DET_NOTES: () => "",
};

/** One getter per column of the PW FLAG layout, in order. */
export function pwColumns(layout: readonly string[]): G[] {
  return layout.map((column) => PW[column] ?? (entityColumn(column) as G | null) ?? (fillerColumn(column) as G));
}
