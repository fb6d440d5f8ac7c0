/**
 * Calendar dates as day numbers (days since 1970-01-01), on integers only, so no time zone can shift
 * a date. The index stores dates this way (4 bytes a date instead of a 10-character string).
 *
 * @module
 */
import type { IsoDate } from "../datasets/filing";
import { civilFromDays, daysFromCivil } from "../normalize/civil-days";

/**
 * The day number of an ISO date (1970-01-01 is 0); `-1` for `null`.
 *
 * @example
 * dayNumber("1970-01-02" as IsoDate); // => 1
 * dayNumber("2024-10-01" as IsoDate); // => 19997
 */
export function dayNumber(iso: IsoDate | string | null): number {
  if (iso === null) return -1;
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  return daysFromCivil(y, m, d);
}

/**
 * The ISO date of a day number; `null` for a negative number (no date).
 *
 * @example
 * isoDateOfDay(19997); // => "2024-10-01"
 */
export function isoDateOfDay(day: number): IsoDate | null {
  if (day < 0) return null;
  return civilFromDays(day) as IsoDate;
}

/**
 * The federal fiscal year (October–September) of a day number; 0 for a negative number (no date).
 *
 * @example
 * fiscalYearOfDay(dayNumber("2024-09-30")); // => 2024
 * fiscalYearOfDay(dayNumber("2024-10-01")); // => 2025
 * fiscalYearOfDay(-1); // => 0
 */
export function fiscalYearOfDay(day: number): number {
  if (day < 0) return 0;
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  // doy counts from March 1: October–December are days 214–305, January–February 306–365.
  const y = yoe + era * 400 + (doy >= 306 ? 1 : 0);
  return doy >= 214 && doy < 306 ? y + 1 : y;
}
