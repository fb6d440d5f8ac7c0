/**
 * Proleptic Gregorian dates as day numbers (days since 1970-01-01) and back, on integers only: no `Date`,
 * no time zone. The one implementation behind Excel serials, the index's day numbers and the generator's
 * calendar (Howard Hinnant's `days_from_civil` / `civil_from_days`, with March-based years).
 *
 * @module
 */

const PAD2: readonly string[] = Array.from({ length: 32 }, (_, i) => String(i).padStart(2, "0"));

/**
 * Days since 1970-01-01 of a calendar date (`month` 1–12, `day` 1–31; not validated).
 *
 * @example
 * daysFromCivil(1970, 1, 2); // => 1
 * daysFromCivil(2024, 10, 1); // => 19997
 * daysFromCivil(1969, 12, 31); // => -1
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The `YYYY-MM-DD` text of a day number (days since 1970-01-01; the year padded to four digits).
 *
 * @example
 * civilFromDays(19997); // => "2024-10-01"
 * civilFromDays(-25567); // => "1900-01-01"
 */
export function civilFromDays(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y >= 1000 ? y : String(y).padStart(4, "0")}-${PAD2[m]}-${PAD2[d]}`;
}
