import type { Education, WageUnit } from "../datasets/filing";
import { type DateStyle, formatDate } from "./calendar";
import { STATE_NAMES, STATE_TYPOS } from "./places";

/** How money amounts are written. */
export type MoneyStyle =
  | "fixed2" // 128550.00
  | "thousands" // 128,550.00 (legacy PERM)
  | "integer" // 128550 (cents kept when present)
  | "float1"; // 128550.0 (pandas float artefact)

/** How pay units are written: `Year`, `yr` or `YR`. */
export type UnitStyle = "word" | "abbrev" | "upper-abbrev";
/** How SOC codes are written: `15-1252`, `15-1252.00` or `151252`. */
export type SocStyle = "dash" | "onet" | "nodash";
/** How worksite states are written: `NY`, `NEW YORK` or a typo such as `NEWYORK`. */
export type StateStyle = "code" | "full" | "typo";
/** How ZIP codes are written: `98052` or `98052-1234`. */
export type ZipStyle = "5" | "zip4";
/** How wage levels are written: `II` or `Level II`. */
export type LevelStyle = "roman" | "level-roman";

/**
 * How one row writes its values. A file has a baseline style; a quirk changes one aspect for one row.
 */
export interface RowStyle {
  readonly date: DateStyle;
  readonly money: MoneyStyle;
  readonly unit: UnitStyle;
  readonly soc: SocStyle;
  readonly socVintage: 2010 | 2018;
  readonly state: StateStyle;
  readonly zip: ZipStyle;
  readonly level: LevelStyle;
  /** Write a yearly amount with the unit `Hour` (offered wage or prevailing wage). */
  readonly unitMismatch: "none" | "offer" | "pw";
  /** The exact CASE_STATUS text of this row. */
  readonly status: string;
  /** Upper-case free text (LCA files are mostly upper case). */
  readonly upper: boolean;
}

/**
 * Write an amount in a money style.
 *
 * @example
 * money(128550, "thousands"); // => "128,550.00"
 * money(45.5, "integer");     // => "45.50"
 */
export function money(amount: number | null, style: MoneyStyle): string {
  if (amount === null) return "";
  const whole = Number.isInteger(amount);
  switch (style) {
    case "fixed2":
      return amount.toFixed(2);
    case "integer":
      return whole ? String(amount) : amount.toFixed(2);
    case "float1":
      return whole ? `${amount}.0` : amount.toFixed(2);
    case "thousands": {
      const [int, frac] = amount.toFixed(2).split(".");
      return `${(int ?? "0").replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${frac ?? "00"}`;
    }
  }
}

const UNIT_WORDS: Readonly<Record<WageUnit, readonly [string, string]>> = {
  year: ["Year", "yr"],
  hour: ["Hour", "hr"],
  week: ["Week", "wk"],
  biweekly: ["Bi-Weekly", "bi"],
  month: ["Month", "mth"],
};

/**
 * Write a pay unit.
 *
 * @example
 * unitText("biweekly", "word"); // => "Bi-Weekly"
 * unitText("hour", "upper-abbrev"); // => "HR"
 */
export function unitText(unit: WageUnit, style: UnitStyle): string {
  const [word, abbrev] = UNIT_WORDS[unit];
  return style === "word" ? word : style === "abbrev" ? abbrev : abbrev.toUpperCase();
}

const EDUCATION_WORDS: Readonly<Record<Education, string>> = {
  none: "None",
  "high-school": "High School",
  associates: "Associate's",
  bachelors: "Bachelor's",
  masters: "Master's",
  doctorate: "Doctorate",
  other: "Other",
};

/** Write an education level as the PERM files do (`Master's`, `None`). */
export function educationText(e: Education): string {
  return EDUCATION_WORDS[e];
}

const ROMAN = ["I", "II", "III", "IV"] as const;

/** Write a wage level (`II` or `Level II`). */
export function levelText(level: 1 | 2 | 3 | 4, style: LevelStyle): string {
  const r = ROMAN[level - 1] ?? "I";
  return style === "roman" ? r : `Level ${r}`;
}

/**
 * Write a SOC code.
 *
 * @example
 * socText("15-1252", "onet");   // => "15-1252.00"
 * socText("15-1252", "nodash"); // => "151252"
 */
export function socText(code: string, style: SocStyle): string {
  return style === "dash" ? code : style === "onet" ? `${code}.00` : code.replace("-", "");
}

/** Write a state code as a code, a full name or a known typo. */
export function stateText(code: string, style: StateStyle): string {
  if (style === "full") return STATE_NAMES[code] ?? code;
  if (style === "typo") return STATE_TYPOS[code] ?? STATE_NAMES[code] ?? code;
  return code;
}

/** Write a ZIP code, optionally as ZIP+4. */
export function zipText(zip: string, style: ZipStyle, plus4: number): string {
  return style === "zip4" ? `${zip}-${String(plus4).padStart(4, "0")}` : zip;
}

/** Write an ISO date in a row's date style. */
export function dateText(iso: string, style: RowStyle): string {
  return formatDate(iso, style.date);
}
