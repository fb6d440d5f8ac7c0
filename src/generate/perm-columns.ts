import { addDays } from "./calendar";
import type { PermCase } from "./case-types";
import { annualize } from "./draw-role";
import { entityColumn, fillerColumn } from "./entity-columns";
import {
  dateText, educationText, levelText, money, socText, stateText, unitText, zipText,
} from "./format";
import { pick } from "./random";
import type { ColumnGetter, RowContext } from "./row-context";
import { JOB_SEARCH_SITES, lastFirst } from "./vocabulary";

type X = RowContext<PermCase>;
type G = ColumnGetter<PermCase>;

const yn = (b: boolean): string => (b ? "Y" : "N");
const socCode = (x: X): string =>
  socText(x.style.socVintage === 2010 ? x.c.job.occupation.soc2010 : x.c.job.soc2018, x.style.soc);
const socTitle = (x: X): string =>
  x.style.socVintage === 2010 ? x.c.job.occupation.title2010 : x.c.job.occupation.title2018;
/** The prevailing wage as written: a unit mismatch writes the yearly amount with unit Hour. */
const pwAmount = (x: X): string =>
  x.style.unitMismatch === "pw" ? money(annualize(x.c.wage.pw, x.c.wage.pwUnit), x.style.money) : money(x.c.wage.pw, x.style.money);
const pwUnit = (x: X): string => unitText(x.style.unitMismatch === "pw" ? "hour" : x.c.wage.pwUnit, x.style.unit);
const offerFrom = (x: X): string =>
  x.style.unitMismatch === "offer" ? money(annualize(x.c.wage.offerFrom, x.c.wage.offerUnit), x.style.money) : money(x.c.wage.offerFrom, x.style.money);
const offerTo = (x: X): string =>
  x.style.unitMismatch === "offer" && x.c.wage.offerTo !== null
    ? money(annualize(x.c.wage.offerTo, x.c.wage.offerUnit), x.style.money)
    : money(x.c.wage.offerTo, x.style.money);
const offerUnit = (x: X): string => unitText(x.style.unitMismatch === "offer" ? "hour" : x.c.wage.offerUnit, x.style.unit);
const worksiteState = (x: X): string => stateText(x.c.worksite.place.state, x.style.state);
const worksiteZip = (x: X): string => zipText(x.c.worksite.zip, x.style.zip, x.salt % 10000);
const scheduleA = (x: X): boolean => x.c.job.soc2018 === "29-1141" || x.c.job.soc2018 === "29-1123";
const professional = (x: X): boolean => x.c.job.occupation.family !== "labor";
const teacher = (x: X): boolean => x.c.job.occupation.family === "academic";
const hasExperience = (x: X): boolean => x.c.job.experienceMonths > 0;
const agentName = (x: X): string => (x.c.agent ? lastFirst(x.c.agent.attorney) : "");
const adDate = (x: X, back: number): string => dateText(addDays(x.c.receivedDate, -back - (x.salt % 20)), x.style);
const emailAt = (x: X): string => `${x.c.employer.contact.first}.${x.c.employer.contact.last}@${x.c.employer.domain}`.toLowerCase();

const SKILLS = [
  "Experience with Java, Python and distributed systems", "Knowledge of SQL and data warehousing",
  "Experience with \"C++\" and Linux kernel internals", "Experience with React, TypeScript and REST APIs",
  "Knowledge of GAAP, SOX and ERP systems", "Experience with Kubernetes, Terraform and AWS",
  "Experience with machine learning frameworks (PyTorch, TensorFlow)", "",
];

/** PERM columns the generator models, by header name (era B names without the `_9089` suffix). */
const PERM: Readonly<Record<string, G>> = {
  CASE_NUMBER: (x) => x.c.caseNumber,
  CASE_NO: (x) => x.c.caseNumber,
  CASE_STATUS: (x) => x.style.status,
  DECISION_DATE: (x) => dateText(x.c.decisionDate, x.style),
  CASE_RECEIVED_DATE: (x) => dateText(x.c.receivedDate, x.style),
  RECEIVED_DATE: (x) => dateText(x.c.receivedDate, x.style),
  REFILE: (x) => yn(x.c.refile),
  ORIG_FILE_DATE: (x) => (x.c.refile ? dateText(addDays(x.c.receivedDate, -200), x.style) : ""),
  ORIG_CASE_NO: (x) => (x.c.refile ? `A-${x.c.caseNumber.slice(2, 7)}-${String(x.salt % 100000).padStart(5, "0")}` : ""),
  PREVIOUS_SWA_CASE_NUMBER_STATE: () => "",
  SCHD_A_SHEEPHERDER: (x) => yn(scheduleA(x)),
  OCCUPATION_TYPE: (x) => (scheduleA(x) ? "Schedule A" : professional(x) ? "Professional Occupation" : "Non-Professional Occupation"),
  // employer
  EMPLOYER_NAME: (x) => x.c.name.name,
  EMP_BUSINESS_NAME: (x) => x.c.name.name,
  EMP_TRADE_NAME: (x) => x.c.employer.tradeName ?? "",
  EMPLOYER_FEIN: (x) => x.c.employer.fein,
  EMP_FEIN: (x) => x.c.employer.fein,
  EMPLOYER_PHONE: (x) => x.c.employer.phone.slice(2),
  EMPLOYER_NUM_EMPLOYEES: (x) => String(x.c.employer.size),
  EMP_NUM_PAYROLL: (x) => String(x.c.employer.size),
  EMPLOYER_YR_ESTAB: (x) => String(x.c.employer.yearEstablished),
  EMPLOYER_YEAR_COMMENCED_BUSINESS: (x) => String(x.c.employer.yearEstablished),
  EMP_YEAR_COMMENCED_BUSINESS: (x) => String(x.c.employer.yearEstablished),
  EMP_YEAR_COMMENCED: (x) => String(x.c.employer.yearEstablished),
  NAICS_US_CODE: (x) => x.c.employer.naics,
  NAICS_US_TITLE: (x) => x.c.employer.naicsTitle,
  NAICS_CODE: (x) => x.c.employer.naics,
  EMP_NAICS: (x) => x.c.employer.naics,
  FW_OWNERSHIP_INTEREST: () => "N",
  EMP_WORKER_INTEREST: () => "N",
  EMP_RELATIONSHIP_WORKER: () => "",
  EMP_CONTACT_NAME: (x) => lastFirst(x.c.employer.contact),
  EMP_CONTACT_EMAIL: emailAt,
  // agent
  AGENT_FIRM_NAME: (x) => x.c.agent?.name ?? "",
  AGENT_CITY: (x) => x.c.agent?.address.city ?? "",
  AGENT_STATE: (x) => x.c.agent?.address.state ?? "",
  AGENT_ATTORNEY_NAME: agentName,
  AGENT_ATTORNEY_FIRM_NAME: (x) => x.c.agent?.name ?? "",
  FW_INFO_ATTY_OR_AGENT: (x) => yn(x.c.agent !== null),
  FW_INFO_APPX_A_ATTACHED: () => "N",
  // prevailing wage
  PW_TRACK_NUM: (x) => x.c.pwd.caseNumber,
  PW_TRACK_NUMBER: (x) => x.c.pwd.caseNumber,
  PW_SOC_CODE: socCode,
  PW_SOC_TITLE: socTitle,
  PWD_SOC_CODE: socCode,
  PWD_SOC_TITLE: socTitle,
  PW_LEVEL: (x) => levelText(x.c.job.level, x.style.level),
  PW_SKILL_LEVEL: (x) => levelText(x.c.job.level, x.style.level),
  PW_AMOUNT: pwAmount,
  PW_WAGE: pwAmount,
  PW_UNIT_OF_PAY: pwUnit,
  PW_SOURCE_NAME: () => "OES",
  PW_WAGE_SOURCE: () => "OEWS",
  PW_SOURCE_NAME_OTHER: () => "",
  PW_DETERM_DATE: (x) => dateText(x.c.pwd.determinationDate, x.style),
  PW_DETERMINATION_DATE: (x) => dateText(x.c.pwd.determinationDate, x.style),
  PW_EXPIRE_DATE: (x) => dateText(x.c.pwd.expirationDate, x.style),
  PW_EXPIRATION_DATE: (x) => dateText(x.c.pwd.expirationDate, x.style),
  PW_JOB_TITLE: (x) => socTitle(x),
  JOB_OPP_PWD_NUMBER: (x) => x.c.pwd.caseNumber,
  JOB_OPP_PWD_ATTACHED: () => "Y",
  // offered wage
  WAGE_OFFER_FROM: offerFrom,
  WAGE_OFFER_TO: offerTo,
  WAGE_OFFER_UNIT_OF_PAY: offerUnit,
  JOB_OPP_WAGE_FROM: offerFrom,
  JOB_OPP_WAGE_TO: offerTo,
  JOB_OPP_WAGE_PER: offerUnit,
  JOB_OPP_WAGE_CONDITIONS: (x) => (x.salt % 7 === 0 ? "Base salary; \"bonus\" eligible, plus equity" : ""),
  // worksite
  JOB_INFO_WORK_CITY: (x) => x.c.worksite.place.city,
  JOB_INFO_WORK_STATE: worksiteState,
  JOB_INFO_WORK_POSTAL_CODE: worksiteZip,
  WORKSITE_ADDRESS_1: (x) => x.c.worksite.address1,
  WORKSITE_ADDRESS_2: (x) => x.c.worksite.address2,
  WORKSITE_CITY: (x) => x.c.worksite.place.city,
  WORKSITE_STATE: worksiteState,
  WORKSITE_POSTAL_CODE: worksiteZip,
  PRIMARY_WORKSITE_TYPE: () => "Business premises",
  PRIMARY_WORKSITE_ADDR1: (x) => x.c.worksite.address1,
  PRIMARY_WORKSITE_ADDR2: (x) => x.c.worksite.address2,
  PRIMARY_WORKSITE_CITY: (x) => x.c.worksite.place.city,
  PRIMARY_WORKSITE_COUNTY: (x) => x.c.worksite.place.county,
  PRIMARY_WORKSITE_STATE: worksiteState,
  PRIMARY_WORKSITE_POSTAL_CODE: worksiteZip,
  PRIMARY_WORKSITE_BLS_AREA: (x) => x.c.worksite.place.blsArea,
  IS_MULTIPLE_LOCATIONS: (x) => (x.salt % 11 === 0 ? "Y" : "N"),
  // job and requirements
  JOB_INFO_JOB_TITLE: (x) => x.c.job.title,
  JOB_TITLE: (x) => x.c.job.title,
  JOB_INFO_EDUCATION: (x) => educationText(x.c.job.education),
  MINIMUM_EDUCATION: (x) => educationText(x.c.job.education),
  JOB_INFO_EDUCATION_OTHER: () => "",
  JOB_EDUCATION_MIN_OTHER: () => "",
  JOB_INFO_MAJOR: (x) => x.c.job.major,
  MAJOR_FIELD_OF_STUDY: (x) => x.c.job.major,
  JOB_INFO_TRAINING: () => "N",
  REQUIRED_TRAINING: () => "N",
  JOB_INFO_EXPERIENCE: (x) => yn(hasExperience(x)),
  REQUIRED_EXPERIENCE: (x) => yn(hasExperience(x)),
  JOB_INFO_EXPERIENCE_NUM_MONTHS: (x) => (hasExperience(x) ? String(x.c.job.experienceMonths) : ""),
  REQUIRED_EXPERIENCE_MONTHS: (x) => (hasExperience(x) ? String(x.c.job.experienceMonths) : ""),
  JOB_INFO_ALT_FIELD: (x) => yn(x.salt % 3 === 0),
  ACCEPT_ALT_FIELD_OF_STUDY: (x) => yn(x.salt % 3 === 0),
  JOB_INFO_FOREIGN_ED: () => "Y",
  ACCEPT_FOREIGN_EDUCATION: () => "Y",
  JOB_INFO_JOB_REQ_NORMAL: () => "Y",
  JOB_OPP_REQUIREMENTS_NORMAL: () => "Y",
  JOB_INFO_FOREIGN_LANG_REQ: () => "N",
  FOREIGN_LANGUAGE_REQUIRED: () => "N",
  SPECIFIC_SKILLS: (x) => SKILLS[x.salt % SKILLS.length] ?? "",
  RECR_INFO_PROFESSIONAL_OCC: (x) => yn(professional(x)),
  PROFESSIONAL_OCCUPATION: (x) => yn(professional(x)),
  RECR_INFO_COLL_UNIV_TEACHER: (x) => yn(teacher(x)),
  APP_FOR_COLLEGE_U_TEACHER: (x) => yn(teacher(x)),
  RECR_INFO_SWA_JOB_ORDER_START: (x) => adDate(x, 120),
  RECR_INFO_SWA_JOB_ORDER_END: (x) => adDate(x, 90),
  SWA_JOB_ORDER_START_DATE: (x) => adDate(x, 120),
  SWA_JOB_ORDER_END_DATE: (x) => adDate(x, 90),
  RECR_INFO_JOB_START_DATE: (x) => adDate(x, 120),
  RECR_INFO_JOB_END_DATE: (x) => adDate(x, 90),
  RECR_INFO_SUNDAY_NEWSPAPER: () => "Y",
  SUNDAY_EDITION_NEWSPAPER: () => "Y",
  RECR_INFO_IS_NEWSPAPER_SUNDAY: () => "Y",
  RECR_INFO_FIRST_AD_START: (x) => adDate(x, 110),
  FIRST_ADVERTISEMENT_START_DATE: (x) => adDate(x, 110),
  RECR_INFO_AD_DATE1: (x) => adDate(x, 110),
  RECR_INFO_SECOND_AD_START: (x) => adDate(x, 103),
  SECOND_AD_START_DATE: (x) => adDate(x, 103),
  RECR_INFO_AD_DATE2: (x) => adDate(x, 103),
  RI_2ND_AD_NEWSPAPER_OR_JOURNAL: () => "Newspaper",
  SECOND_ADVERTISEMENT_TYPE: () => "Newspaper",
  RECR_INFO_RECRUIT_AD_TYPE: () => "Newspaper",
  JOB_SEARCH_WEBSITE_FROM_DATE: (x) => adDate(x, 100),
  ADD_RECRUIT_INFORMATION: (x) => (x.salt % 5 === 0 ? pick(x.rng, JOB_SEARCH_SITES) : ""),
  RI_POSTED_NOTICE_AT_WORKSITE: () => "Y",
  POSTED_NOTICE_AT_WORKSITE: () => "Y",
  RI_LAYOFF_IN_PAST_SIX_MONTHS: () => "N",
  LAYOFF_IN_PAST_SIX_MONTHS: () => "N",
  OTHER_REQ_EMP_LAYOFF: () => "N",
  OTHER_REQ_IS_FULLTIME_EMP: (x) => yn(x.c.job.fullTime),
  // foreign worker
  FOREIGN_WORKER_INFO_CITY: (x) => (x.c.worker.classOfAdmission === "Not in USA" ? "" : x.c.worksite.place.city),
  FOREIGN_WORKER_INFO_STATE: (x) => (x.c.worker.classOfAdmission === "Not in USA" ? "" : x.c.worksite.place.state),
  FW_INFO_POSTAL_CODE: (x) => (x.c.worker.classOfAdmission === "Not in USA" ? "" : x.c.worksite.zip),
  COUNTRY_OF_CITIZENSHIP: (x) => x.c.worker.country,
  COUNTRY_OF_CITZENSHIP: (x) => x.c.worker.country,
  FW_INFO_BIRTH_COUNTRY: (x) => x.c.worker.birthCountry,
  FOREIGN_WORKER_BIRTH_COUNTRY: (x) => x.c.worker.birthCountry,
  CLASS_OF_ADMISSION: (x) => x.c.worker.classOfAdmission,
  FOREIGN_WORKER_INFO_EDUCATION: (x) => educationText(x.c.worker.education),
  FOREIGN_WORKER_EDUCATION: (x) => educationText(x.c.worker.education),
  FOREIGN_WORKER_INFO_MAJOR: (x) => x.c.job.major,
  FW_INFO_YR_REL_EDU_COMPLETED: (x) => String(x.c.worker.yearCompleted),
  FOREIGN_WORKER_YRS_ED_COMP: (x) => String(x.c.worker.yearCompleted),
  FOREIGN_WORKER_INFO_INST: (x) => x.c.worker.institution[0],
  FOREIGN_WORKER_INST_OF_ED: (x) => x.c.worker.institution[0],
  FOREIGN_WORKER_ED_INST_ADD_1: () => "",
  FOREIGN_WORKER_ED_INST_CITY: (x) => x.c.worker.institution[1],
  FOREIGN_WORKER_ED_INST_STATE_P: (x) => (x.c.worker.institution[2].length === 2 ? x.c.worker.institution[2] : ""),
  FOREIGN_WORKER_ED_INST_COUNTRY: (x) => (x.c.worker.institution[2].length === 2 ? "UNITED STATES OF AMERICA" : x.c.worker.institution[2]),
  FOREIGN_WORKER_ED_INST_POST_CD: () => "",
  FW_INFO_REQ_EXPERIENCE: (x) => yn(hasExperience(x)),
  FOREIGN_WORKER_REQ_EXPERIENCE: (x) => yn(hasExperience(x)),
  FOREIGN_WORKER_CURR_EMPLOYED: (x) => yn(x.c.worker.classOfAdmission !== "Not in USA"),
  FOREIGN_WORKER_EXP_WITH_EMPL: () => "N",
  // declarations
  PREPARER_INFO_EMP_COMPLETED: (x) => yn(x.c.agent === null),
  EMPLOYER_COMPLETED_APPLICATION: (x) => yn(x.c.agent === null),
  PREPARER_INFO_TITLE: (x) => (x.c.agent ? "Attorney" : x.c.employer.contactTitle),
  EMPLOYER_DECL_INFO_TITLE: (x) => x.c.employer.contactTitle,
  EMP_INFO_DECL_NAME: (x) => lastFirst(x.c.employer.contact),
  EMP_INFO_DECL_TITLE: (x) => x.c.employer.contactTitle,
  EMP_DECL_TITLE: (x) => x.c.employer.contactTitle,
  EMP_CERTIFY_COMPLIANCE: () => "Y",
  PREPARER_NAME: agentName,
  PREPARER_TITLE: (x) => (x.c.agent ? "Attorney" : ""),
  DECL_PREP_LAWFIRM_FEIN: (x) => x.c.agent?.fein ?? "",
};

/** Strip the era B `_9089` suffix so FY2015–18 and FY2019 names share one getter. */
function baseName(column: string): string {
  return column.replace(/_9089$/, "");
}

const PERM_FILING_COLUMNS: ReadonlySet<string> = new Set([
  "CASE_NUMBER", "CASE_NO", "CASE_STATUS", "RECEIVED_DATE", "CASE_RECEIVED_DATE", "DECISION_DATE", "EMPLOYER_NAME",
  "EMP_BUSINESS_NAME", "JOB_OPP_PWD_NUMBER", "PW_TRACK_NUM", "PW_TRACK_NUMBER", "ORIG_FILE_DATE", "ORIG_CASE_NO",
  "PW_DETERM_DATE", "PW_DETERMINATION_DATE", "PW_EXPIRE_DATE", "PW_EXPIRATION_DATE",
]);

/**
 * Whether a PERM column changes from filing to filing of the same role: case and PWD numbers and dates,
 * status, received and decision dates, name spelling. The benchmark writer serialises the other columns
 * (recruitment dates included) once per role.
 */
export function isPermFilingColumn(column: string): boolean {
  return PERM_FILING_COLUMNS.has(baseName(column));
}

/**
 * One getter per column of a PERM layout, in order: modeled columns first, then contact/attorney
 * blocks by name, then plausible filler.
 */
export function permColumns(layout: readonly string[]): G[] {
  return layout.map((column) => {
    const name = baseName(column);
    return PERM[name] ?? (entityColumn(name) as G | null) ?? (fillerColumn(name) as G);
  });
}
