const firstOf = (layout: readonly string[], names: readonly string[]): string | undefined =>
  names.find((n) => layout.includes(n));

/** Column names by role, for quirk records and bad rows. */
export function columnRoles(layout: readonly string[]) {
  return {
    caseNumber: "CASE_NUMBER",
    status: "CASE_STATUS",
    employer: firstOf(layout, ["EMPLOYER_NAME", "EMP_BUSINESS_NAME", "EMPLOYER_LEGAL_BUSINESS_NAME"]) ?? "EMPLOYER_NAME",
    decision: firstOf(layout, ["DECISION_DATE", "DETERMINATION_DATE"]),
    offer: firstOf(layout, ["WAGE_OFFER_FROM_9089", "WAGE_OFFER_FROM", "JOB_OPP_WAGE_FROM", "WAGE_RATE_OF_PAY_FROM", "PWD_WAGE_RATE"]),
    pw: firstOf(layout, ["PW_AMOUNT_9089", "PW_AMOUNT", "PW_WAGE", "PREVAILING_WAGE", "PWD_WAGE_RATE"]),
    offerUnit: firstOf(layout, ["WAGE_OFFER_UNIT_OF_PAY_9089", "WAGE_OFFER_UNIT_OF_PAY", "JOB_OPP_WAGE_PER", "WAGE_UNIT_OF_PAY", "PWD_UNIT_OF_PAY"]),
    pwUnit: firstOf(layout, ["PW_UNIT_OF_PAY_9089", "PW_UNIT_OF_PAY", "PWD_UNIT_OF_PAY"]),
    soc: firstOf(layout, ["PW_SOC_CODE", "PWD_SOC_CODE", "SOC_CODE"]),
    state: firstOf(layout, ["JOB_INFO_WORK_STATE", "WORKSITE_STATE", "PRIMARY_WORKSITE_STATE"]),
    zip: firstOf(layout, ["JOB_INFO_WORK_POSTAL_CODE", "WORKSITE_POSTAL_CODE", "PRIMARY_WORKSITE_POSTAL_CODE"]),
    title: firstOf(layout, ["JOB_INFO_JOB_TITLE", "JOB_TITLE"]) ?? "JOB_TITLE",
    fein: firstOf(layout, ["EMPLOYER_FEIN", "EMP_FEIN"]),
    pwd: firstOf(layout, ["PW_TRACK_NUM", "PW_TRACK_NUMBER", "JOB_OPP_PWD_NUMBER"]),
  };
}

/** The columns {@link columnRoles} finds in a layout. */
export type ColumnRoles = ReturnType<typeof columnRoles>;
