import { addDays } from "./calendar";
import { dateText, stateText, zipText } from "./format";
import { STATE_COURTS } from "./places";
import { chance, pick, randInt } from "./random";
import type { ColumnGetter, RowContext } from "./row-context";
import { emailOf, JOB_SEARCH_SITES, NEWSPAPERS } from "./vocabulary";

type Entity = "contact" | "attorney" | "preparer" | "institution" | "employer";

const PREFIXES: readonly (readonly [string, Entity])[] = [
  ["EMP_POC_", "contact"],
  ["EMP_CONTACT_", "contact"],
  ["EMPLOYER_POC_", "contact"],
  ["REQUESTOR_POC_", "contact"],
  ["ATTY_AG_", "attorney"],
  ["AGENT_ATTORNEY_", "attorney"],
  ["DECL_PREP_", "preparer"],
  ["PREPARER_", "preparer"],
  ["FOREIGN_WORKER_ED_INST_", "institution"],
  ["EMPLOYER_", "employer"],
  ["EMP_", "employer"],
];

const up = (x: RowContext, s: string): string => (x.style.upper ? s.toUpperCase() : s);

function attorneyOf(x: RowContext): boolean {
  return x.c.agent !== null;
}

function field(entity: Entity, suffix: string): ColumnGetter | null {
  const a = (f: (x: RowContext) => string): ColumnGetter => (x) => (attorneyOf(x) ? f(x) : "");
  switch (entity) {
    case "contact":
    case "employer": {
      const e = (x: RowContext) => x.c.employer;
      const person = (x: RowContext) => x.c.employer.contact;
      switch (suffix) {
        case "LAST_NAME": return (x) => up(x, person(x).last);
        case "FIRST_NAME": return (x) => up(x, person(x).first);
        case "MIDDLE_NAME": case "MIDDLE_INITIAL": return (x) => person(x).middle;
        case "NAME": return (x) => up(x, `${person(x).last}, ${person(x).first}`);
        case "JOB_TITLE": case "TITLE": return (x) => up(x, e(x).contactTitle);
        case "ADDR1": case "ADDRESS1": case "ADDRESS_1": return (x) => up(x, e(x).hq.address1);
        case "ADDR2": case "ADDRESS2": case "ADDRESS_2": return (x) => up(x, e(x).hq.address2);
        case "CITY": return (x) => e(x).hq.city;
        case "STATE": case "STATE_PROVINCE": return (x) => stateText(e(x).hq.state, "code");
        case "POSTAL_CODE": case "POSTCODE": return (x) => e(x).hq.zip;
        case "COUNTRY": return () => "UNITED STATES OF AMERICA";
        case "PROVINCE": return () => "";
        case "PHONE": return (x) => e(x).phone;
        case "PHONE_EXT": case "PHONEEXT": return () => "";
        case "EMAIL": case "EMAIL_ADDRESS": return (x) => emailOf(person(x), e(x).domain);
        default: return null;
      }
    }
    case "attorney":
    case "preparer": {
      const f = (x: RowContext) => x.c.agent!;
      switch (suffix) {
        case "LAST_NAME": return a((x) => up(x, f(x).attorney.last));
        case "FIRST_NAME": return a((x) => up(x, f(x).attorney.first));
        case "MIDDLE_NAME": return a((x) => f(x).attorney.middle);
        case "MIDDLE_INITIAL": return a((x) => f(x).attorney.middle);
        case "NAME": return a((x) => up(x, `${f(x).attorney.last}, ${f(x).attorney.first}`));
        case "TITLE": return a(() => "Attorney");
        case "FIRM_NAME": case "LAW_FIRM_NAME": case "FIRM_BUSINESS_NAME": case "BUSINESS_NAME":
          return a((x) => up(x, f(x).name));
        case "LAWFIRM_FEIN": case "FEIN": return a((x) => f(x).fein);
        case "ADDR1": case "ADDRESS1": case "ADDRESS_1": return a((x) => up(x, f(x).address.address1));
        case "ADDR2": case "ADDRESS2": case "ADDRESS_2": return a((x) => up(x, f(x).address.address2));
        case "CITY": return a((x) => f(x).address.city);
        case "STATE": case "STATE_PROVINCE": return a((x) => f(x).address.state);
        case "POSTAL_CODE": return a((x) => f(x).address.zip);
        case "COUNTRY": return a(() => "UNITED STATES OF AMERICA");
        case "PROVINCE": return () => "";
        case "PHONE": return a((x) => f(x).phone);
        case "PHONE_EXT": return () => "";
        case "EMAIL": case "EMAIL_ADDRESS": return a((x) => emailOf(f(x).attorney, f(x).domain));
        case "STATE_BAR_NUMBER": return a((x) => f(x).barNumber);
        case "GOOD_STANDING_STATE": return a((x) => f(x).address.state);
        case "GOOD_STANDING_COURT": return a((x) => STATE_COURTS[f(x).address.state] ?? `Supreme Court of ${f(x).address.state}`);
        case "REP_TYPE": return (x) => (attorneyOf(x) ? "Attorney" : "None");
        default: return null;
      }
    }
    case "institution":
      return null;
  }
}

/** Getter for a contact, attorney, preparer or employer-address column, from its name; null if unknown. */
export function entityColumn(column: string): ColumnGetter | null {
  for (const [prefix, entity] of PREFIXES) {
    if (column.startsWith(prefix)) {
      const getter = field(entity, column.slice(prefix.length));
      if (getter) return getter;
    }
  }
  return null;
}

const YES_NO_PREFIXES = ["OTHER_REQ_", "NOTICE_POST_", "IS_", "JI_", "FW_INFO_", "FOREIGN_WORKER_"];

/**
 * Plausible filler for a column the model does not drive: recruitment dates near the received date,
 * newspapers and job sites, Y/N answers, blanks. Deterministic given the row's random stream.
 */
export function fillerColumn(column: string): ColumnGetter {
  if (/NEWSPAPER.*NAME|NEWSPAPER_NAME\d?$|AD_NEWSPAPER_NAME$/.test(column)) return (x) => pick(x.rng, NEWSPAPERS);
  if (/JOB_SEARCH.*(NAME|SITE)$/.test(column)) return (x) => pick(x.rng, JOB_SEARCH_SITES);
  if (/(DATE\d?|_FROM|_TO|_START|_END)$/.test(column) && !/WAGE|PAY/.test(column)) {
    return (x) => (chance(x.rng, 0.65) ? "" : dateText(addDays(x.c.receivedDate, -randInt(x.rng, 30, 170)), x.style));
  }
  if (/(_MONTHS|_YRS|_NUM_MONTHS)$/.test(column)) return () => "";
  if (/EMAIL$/.test(column)) return (x) => `hr@${x.c.employer.domain}`;
  if (/(POSTAL_CODE|POST_CD|POSTCODE)$/.test(column)) return (x) => zipText(x.c.employer.hq.zip, "5", 0);
  if (/_OTHER$/.test(column)) return () => "";
  if (YES_NO_PREFIXES.some((p) => column.startsWith(p)) || /(_ATTACHED|_REQUIRED|_NORMAL|_CONSIDERED)$/.test(column)) {
    return (x) => (chance(x.rng, 0.85) ? "N" : "Y");
  }
  return () => "";
}
