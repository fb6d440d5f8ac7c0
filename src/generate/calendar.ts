/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`) as integer day numbers, with no time zone involved,
 * and the date spellings the disclosure files use.
 */
import { civilFromDays, daysFromCivil } from "../normalize/civil-days";

/** Days from 1970-01-01 back to Excel's epoch 1899-12-30. */
const EXCEL_EPOCH_OFFSET = 25_569;

const digit = (s: string, i: number): number => s.charCodeAt(i) - 48;

/** Days since 1970-01-01 of an ISO date (proleptic Gregorian, integer arithmetic: no Date, no time zone). */
export function dayNumber(iso: string): number {
  const y = digit(iso, 0) * 1000 + digit(iso, 1) * 100 + digit(iso, 2) * 10 + digit(iso, 3);
  const m = digit(iso, 5) * 10 + digit(iso, 6);
  const d = digit(iso, 8) * 10 + digit(iso, 9);
  return daysFromCivil(y, m, d);
}

/** ISO date of a day number. */
export function isoOfDay(day: number): string {
  return civilFromDays(day);
}

/** The date `days` days after (or before, when negative) an ISO date. */
export function addDays(iso: string, days: number): string {
  return isoOfDay(dayNumber(iso) + days);
}

/** Days from one ISO date to another. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Federal fiscal year (Oct 1 – Sep 30) of a date. */
export function fiscalYearOf(iso: string): number {
  const y = Number(iso.slice(0, 4));
  return Number(iso.slice(5, 7)) >= 10 ? y + 1 : y;
}

/** First and last day of a fiscal year. */
export function fiscalYearStart(fy: number): string {
  return `${fy - 1}-10-01`;
}

/** Last day (September 30) of a federal fiscal year. */
export function fiscalYearEnd(fy: number): string {
  return `${fy}-09-30`;
}

/** Last day of quarter q (1–4) of a fiscal year. */
export function fiscalQuarterEnd(fy: number, q: number): string {
  return [`${fy - 1}-12-31`, `${fy}-03-31`, `${fy}-06-30`, `${fy}-09-30`][q - 1] ?? fiscalYearEnd(fy);
}

/** `YYDDD`: two-digit year and day of the year, as in case numbers (`A-14183-84671`). */
export function yyddd(iso: string): string {
  const y = Number(iso.slice(0, 4));
  const day = dayNumber(iso) - dayNumber(`${y}-01-01`) + 1;
  return `${String(y % 100).padStart(2, "0")}${String(day).padStart(3, "0")}`;
}

/** Excel serial day number of a date. */
export function excelSerial(iso: string): number {
  return dayNumber(iso) + EXCEL_EPOCH_OFFSET;
}

/** Ways a date is written in the files. */
export type DateStyle =
  | "iso" // 2024-11-25
  | "iso-time" // 2024-11-25 00:00:00 (openpyxl) or an iCERT time
  | "mdy" // 11/25/2024
  | "mdy-padded" // 01/05/2024
  | "mdy2" // 11/25/24
  | "excel"; // 45621

/** Write an ISO date in a style. */
export function formatDate(iso: string, style: DateStyle): string {
  if (iso === "") return "";
  const y = iso.slice(0, 4);
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  switch (style) {
    case "iso":
      return iso;
    case "iso-time": {
      const n = dayNumber(iso);
      const hh = (n * 7) % 10 === 0 ? 0 : 8 + ((n * 7) % 10);
      const mm = (n * 13) % 60;
      const ss = (n * 29) % 60;
      return `${iso} ${String(hh).padStart(2, "0")}:${String(mm).padStart(2, "0")}:${String(ss).padStart(2, "0")}`;
    }
    case "mdy":
      return `${m}/${d}/${y}`;
    case "mdy-padded":
      return `${String(m).padStart(2, "0")}/${String(d).padStart(2, "0")}/${y}`;
    case "mdy2":
      return `${m}/${d}/${y.slice(2)}`;
    case "excel":
      return String(excelSerial(iso));
  }
}
