// Prevailing-wage (ETA-9141) header layouts, from ../shared/oflc/FORMATS.md §3 (facts about the public files).
// FORMATS.md gives the key columns of each PW era (from a working loader's column maps) but no full header list,
// so the FY2010–FY2019 layouts below are *short*: the key columns only, in the order FORMATS.md lists them.
// The FLAG-era layout is a full header *reconstructed* from the documented field groups (see its comment).

/**
 * PW FY2010–FY2014 short layout (era `pw-2010`): key columns only. `EMPLOYER_STATE` and
 * `EMPLOYER_POSTAL_CODE` come from the same loader's column map (FORMATS.md lists only the city).
 * Real files vary: `STATUS` for `CASE_STATUS`, `PW_DETERM_DATE`, `EMPLYER_LEGAL_BUSINESS_NAME` (typo),
 * `NAIC_US_CODE`/`NAICS_CODE`, `PWD_SOC_CODE_TITLE`/`PW_SOC_TITLE`, `PW_UNIT_OF_PAY`.
 */
export const PW_FY2010_14 = [
  "CASE_NUMBER", "CASE_STATUS", "PW_DETERMINATION_DATE", "VISA_CLASS", "EMPLOYER_LEGAL_BUSINESS_NAME",
  "EMPLOYER_CITY", "EMPLOYER_STATE", "EMPLOYER_POSTAL_CODE", "NAICS_US_CODE", "PW_JOB_TITLE", "PWD_SOC_CODE",
  "PWD_SOC_TITLE", "PRIMARY_WORKSITE_CITY", "PRIMARY_WORKSITE_COUNTY", "PRIMARY_WORKSITE_STATE",
  "PRIMARY_WORKSITE_POSTAL_CODE", "PWD_WAGE_RATE", "PWD_UNIT_OF_PAY", "PWD_WAGE_LEVEL",
] as const;

/** PW FY2015 one-off short layout (era `pw-2015`): key columns only; note the spaced `EMPLOYER CITY` names. */
export const PW_FY2015 = [
  "CASE_NUMBER", "STATUS", "SUBMIT_DATE", "DETERMINATION_ISSUED", "VISA_CLASS", "BUSINESS_NAME",
  "EMPLOYER CITY", "EMPLOYER STATE", "EMPLOYER POSTAL CODE", "NAIC_ID", "JOB_TITLE", "SOC_CODE",
  "SOC_CODE_NAME", "WORKSITE_ADDRESS_1", "WORKSITE_ADDRESS_2", "WORKSITE_CITY", "WORKSITE_COUNTY",
  "WORKSITE_STATE", "WORKSITE_ZIP", "PREVAIL_WAGE", "PAY_RANGE_DESC", "WAGE_LEVEL",
] as const;

/**
 * PW FY2016–FY2019 short layout (era `pw-2016`): key columns only, with the stray-space employer headers
 * (`EMPLOYER _CITY`, `EMPLOYER _STATE`, `EMPLOYER_ POSTAL _CODE`) that some of these files carry.
 */
export const PW_FY2016_19 = [
  "CASE_NUMBER", "CASE_STATUS", "SUBMIT_DATE", "DETERMINATION_DATE", "VISA_CLASS", "BUSINESS_NAME",
  "EMPLOYER _CITY", "EMPLOYER _STATE", "EMPLOYER_ POSTAL _CODE", "NAICS_CODE", "JOB_TITLE", "PWD_SOC_CODE",
  "PWD_SOC_TITLE", "PRIMARY_WORKSITE_CITY", "PRIMARY_WORKSITE_COUNTY", "PRIMARY_WORKSITE_STATE",
  "PRIMARY_WORKSITE_POSTAL_CODE", "PWD_WAGE_RATE", "PWD_UNIT_OF_PAY", "PWD_WAGE_LEVEL",
] as const;

/**
 * PW FLAG-era layout, FY2020+ (era `pw-flag`).
 *
 * RECONSTRUCTED: the column *names* come from FORMATS.md §3 (a loader's FLAG column map plus a third-party
 * inventory of the field groups), but DOL's column *order* was not available. The order here follows the field
 * groups as the inventory lists them (case, requestor POC, employer, representation, ACWIA, wage source,
 * job requirements, alternative requirements, SOC/O*NET, worksite, wage determination). Groups the inventory
 * only sketches (`SPEC_REQ_*`, the full POC block) are filled with plausible names. Use it to write sample
 * files; never rely on column positions.
 */
export const PW_FLAG_FY2020 = [
  // case
  "CASE_NUMBER", "CASE_STATUS", "RECEIVED_DATE", "DETERMINATION_DATE", "REDETERMINATION_DATE",
  "CENTER_DIRECTOR_REVIEW_DATE", "WITHDRAWAL_DATE", "VISA_CLASS",
  // requestor point of contact
  "REQUESTOR_POC_LAST_NAME", "REQUESTOR_POC_FIRST_NAME", "REQUESTOR_POC_MIDDLE_NAME", "REQUESTOR_POC_JOB_TITLE",
  "REQUESTOR_POC_EMAIL",
  // employer
  "EMPLOYER_LEGAL_BUSINESS_NAME", "TRADE_NAME_DBA", "EMPLOYER_ADDRESS1", "EMPLOYER_ADDRESS2", "EMPLOYER_CITY",
  "EMPLOYER_STATE", "EMPLOYER_POSTAL_CODE", "EMPLOYER_COUNTRY", "EMPLOYER_PROVINCE", "EMPLOYER_PHONE",
  "EMPLOYER_PHONE_EXT", "EMPLOYER_FEIN", "NAICS_CODE",
  // representation
  "TYPE_OF_REPRESENTATION", "LAWFIRM_NAME_BUSINESS_NAME",
  // ACWIA and wage-source requests
  "COVERED_BY_ACWIA", "ACWIA_INST_HIGHER_EDUCATION", "ACWIA_AFFILIATED_NON_PROFIT", "ACWIA_RESEARCH_ORG",
  "ACWIA_STATUS_CHANGED", "PROF_SPORTS_LEAGUE", "CBA", "WAGE_SOURCE_REQUESTED", "SURVEY_NAME",
  "SURVEY_PUBLICATION_DATE",
  // job and its requirements
  "JOB_TITLE", "REQUIRED_EDUCATION_LEVEL", "REQUIRED_OTHER_DEGREE", "REQUIRED_EDUCATION_MAJOR", "SECOND_EDUCATION",
  "REQUIRED_TRAINING", "REQUIRED_TRAINING_MONTHS", "REQUIRED_TRAINING_NAME", "REQUIRED_EXPERIENCE",
  "REQUIRED_EXPERIENCE_MONTHS", "REQUIRED_OCCUPATION", "SPECIAL_SKILLS_REQUIREMENTS", "SPEC_REQ_LICENSE",
  "SPEC_REQ_FOREIGN_LANGUAGE",
  // alternative requirements
  "ALTERNATIVE_REQUIREMENTS", "ALT_EDUCATION_LEVEL", "ALT_EDUCATION_MAJOR", "ALT_EXPERIENCE",
  "ALT_EXPERIENCE_MONTHS",
  // occupation
  "SUGGESTED_SOC_CODE", "SUGGESTED_SOC_TITLE", "PWD_SOC_CODE", "PWD_SOC_TITLE", "O_NET_CODE", "O_NET_TITLE",
  "O_NET_CODE_COMBO", "O_NET_TITLE_COMBO", "SUPERVISOR_JOB_TITLE", "TRAVEL_REQUIRED", "TRAVEL_DETAILS",
  // worksite
  "PRIMARY_WORKSITE_ADDRESS_1", "PRIMARY_WORKSITE_ADDRESS_2", "PRIMARY_WORKSITE_CITY", "PRIMARY_WORKSITE_COUNTY",
  "PRIMARY_WORKSITE_STATE", "PRIMARY_WORKSITE_POSTAL_CODE", "OTHER_WORKSITE_LOCATION",
  // wage determination
  "PWD_WAGE_RATE", "PWD_UNIT_OF_PAY", "PWD_OES_WAGE_LEVEL", "PWD_WAGE_SOURCE", "PWD_SURVEY_NAME", "BLS_AREA",
  "ALT_PWD_WAGE_RATE", "ALT_PWD_UNIT_OF_PAY", "ALT_PWD_OES_WAGE_LEVEL", "H2B_HIGHEST_PWD", "WAGE_DET_NOTES",
  "PREVAIL_WAGE_DETERM_DATE", "PWD_WAGE_EXPIRATION_DATE",
] as const;
