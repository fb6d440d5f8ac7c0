/**
 * Calendar dates as written in OFLC files, to `YYYY-MM-DD`: ISO dates and timestamps
 * (`2014-09-29 15:59:50`, `2015-02-05T00:00:00Z`), US dates (`02/09/2015`, `6/15/2016`, and
 * two-digit years `10/1/15` in the same column as `10/1/2018`), and Excel serial numbers read as
 * text (`"45621"`, `"42278.0"`). All arithmetic is on integers (no `Date`), so no time zone can
 * shift a date; the time part of a timestamp is dropped as written.
 *
 * @module
 */
import type { IsoDate } from "../datasets/filing";
import { civilFromDays } from "./civil-days";

/** Years accepted from text. Wider than any filing, narrow enough to reject junk. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

/** Excel serials accepted from text: 1954-10-03 to 2119-01-11. */
const MIN_TEXT_SERIAL = 20_000;
const MAX_TEXT_SERIAL = 80_000;

/** Days from 1970-01-01 back to Excel's epoch 1899-12-30 (which absorbs Excel's 1900 leap bug). */
const EXCEL_EPOCH_OFFSET = 25_569;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

/** Format a checked calendar date, or `null` when it does not exist. */
function toIsoDate(year: number, month: number, day: number): IsoDate | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${pad2(month)}-${pad2(day)}` as IsoDate;
}

/**
 * Read a run of 1..max digits at `pos`; returns [value, end] or null.
 * (A tuple keeps the scanner allocation-light and readable.)
 */
function readNumber(s: string, pos: number, max: number): [number, number] | null {
  let value = 0;
  let i = pos;
  while (i < s.length && i - pos < max && isDigit(s.charCodeAt(i))) {
    value = value * 10 + (s.charCodeAt(i) - 48);
    i++;
  }
  return i === pos ? null : [value, i];
}

/** After the date: nothing, or a time part (`" 15:59:50"`, `"T00:00:00Z"`). */
function isTimeTail(s: string, pos: number): boolean {
  if (pos === s.length) return true;
  const c = s.charCodeAt(pos);
  return (c === 32 || c === 84) && isDigit(s.charCodeAt(pos + 1)); // " " or "T"
}

/**
 * Convert an Excel serial day number (1899-12-30 epoch, fraction = time of day, dropped) to a
 * calendar date. Returns `null` outside 1900-03-01 (serial 61) to 9999-12-31, or for non-finite
 * input. Never throws.
 *
 * @example
 * excelSerialToIsoDate(42278);   // => "2015-10-01"
 * excelSerialToIsoDate(45621.5); // => "2024-11-25"
 * excelSerialToIsoDate(NaN);     // => null
 */
export function excelSerialToIsoDate(serial: number): IsoDate | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (whole < 61 || whole > 2_958_465) return null;
  return civilFromDays(whole - EXCEL_EPOCH_OFFSET) as IsoDate;
}

/** `YYYY-MM-DD` or `YYYY/MM/DD` (1-2 digit month and day), then an optional time. */
function parseYearFirst(s: string): IsoDate | null {
  const sep = s.charCodeAt(4);
  if (sep !== 45 && sep !== 47) return null;
  const year = readNumber(s, 0, 4);
  const month = readNumber(s, 5, 2);
  if (year === null || year[1] !== 4 || month === null || s.charCodeAt(month[1]) !== sep) return null;
  const day = readNumber(s, month[1] + 1, 2);
  if (day === null || !isTimeTail(s, day[1])) return null;
  return toIsoDate(year[0], month[0], day[0]);
}

/** `M/D/YY` or `M/D/YYYY` (two-digit years: 00-69 -> 20YY, 70-99 -> 19YY), then an optional time. */
function parseMonthFirst(s: string): IsoDate | null {
  const month = readNumber(s, 0, 2);
  if (month === null || s.charCodeAt(month[1]) !== 47) return null;
  const day = readNumber(s, month[1] + 1, 2);
  if (day === null || s.charCodeAt(day[1]) !== 47) return null;
  const year = readNumber(s, day[1] + 1, 4);
  if (year === null || !isTimeTail(s, year[1])) return null;
  const digits = year[1] - day[1] - 1;
  if (digits === 2) return toIsoDate(year[0] < 70 ? 2000 + year[0] : 1900 + year[0], month[0], day[0]);
  return digits === 4 ? toIsoDate(year[0], month[0], day[0]) : null;
}

/** An Excel serial as text: `45621`, `42278.0`, `45621.5`, within 20000-80000. */
function parseSerialText(s: string): IsoDate | null {
  const whole = readNumber(s, 0, 5);
  if (whole === null) return null;
  let end = whole[1];
  if (end < s.length) {
    if (s.charCodeAt(end) !== 46) return null;
    end++;
    while (end < s.length && isDigit(s.charCodeAt(end))) end++;
    if (end !== s.length) return null;
  }
  if (whole[0] < MIN_TEXT_SERIAL || whole[0] > MAX_TEXT_SERIAL) return null;
  return excelSerialToIsoDate(whole[0]);
}

/**
 * Parse a filing date to `YYYY-MM-DD`: ISO dates and timestamps (time and zone dropped as
 * written), `M/D/YYYY` and `M/D/YY` with an optional time, `YYYY/MM/DD`, and Excel serial
 * numbers as text (20000-80000; `42278` = 2015-10-01). Impossible calendar dates (`2/30/2020`)
 * and years outside 1900-2199 are `null`. Idempotent; never throws; independent of `TZ`.
 *
 * @example
 * parseFilingDate("2014-09-29 15:59:50"); // => "2014-09-29"
 * parseFilingDate("10/1/15");             // => "2015-10-01"
 * parseFilingDate("6/15/2016");           // => "2016-06-15"
 * parseFilingDate("42278.0");             // => "2015-10-01"
 * parseFilingDate("2/30/2020");           // => null
 */
export function parseFilingDate(raw: string | null | undefined): IsoDate | null {
  if (raw == null) return null;
  const s = raw.trim();
  if (s.length < 5) return null;
  const c4 = s.charCodeAt(4);
  if ((c4 === 45 || c4 === 47) && readNumber(s, 0, 4)?.[1] === 4) return parseYearFirst(s);
  if (s.indexOf("/") !== -1) return parseMonthFirst(s);
  return parseSerialText(s);
}

/**
 * The federal fiscal year of a date: October-December belong to the next year.
 *
 * @example
 * fiscalYearOf("2015-10-01" as IsoDate); // => 2016
 * fiscalYearOf("2016-09-30" as IsoDate); // => 2016
 */
export function fiscalYearOf(date: IsoDate): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month >= 10 ? year + 1 : year;
}
