import { civilFromDays } from "../../normalize/civil-days";

/** Days from 1970-01-01 back to the 1900 date system's day 0 (1899-12-30, which absorbs Excel's 1900 leap-year bug). */
const EPOCH_1900 = 25_569;
/** Days from 1970-01-01 back to the 1904 date system's day 0 (1904-01-01). */
const EPOCH_1904 = 24_107;
/** Largest serial Excel shows as a date: 9999-12-31. */
const MAX_SERIAL = 2_958_465;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

/**
 * The text of a date-formatted numeric cell: Excel serial day number → `YYYY-MM-DD`, or
 * `YYYY-MM-DD HH:MM:SS` when it has a time of day (rounded to the second). Uses the 1900 date system
 * (day 0 = 1899-12-30, so serials from 1900-03-01 on match Excel; 1–59 are January–February 1900) or, with
 * `date1904`, the 1904 system. Values that are not a date in Excel (negative, pure times below 1, serial 60 —
 * Excel's phantom 1900-02-29 — or past 9999-12-31) come back as written.
 *
 * @example
 * excelDateText("42278");          // => "2015-10-01"
 * excelDateText("45621.75");       // => "2024-11-25 18:00:00"
 * excelDateText("40816", true);    // => "2015-10-01"
 * excelDateText("0.5");            // => "0.5"
 */
export function excelDateText(value: string, date1904 = false): string {
  const serial = Number(value);
  if (!Number.isFinite(serial) || serial < 1 || serial > MAX_SERIAL || value.trim() === "") return value;
  let days = Math.floor(serial);
  let seconds = Math.round((serial - days) * 86_400);
  if (seconds >= 86_400) {
    days += 1;
    seconds -= 86_400;
  }
  let epochDays: number;
  if (date1904) epochDays = days - EPOCH_1904;
  else if (days > 60) epochDays = days - EPOCH_1900;
  else if (days < 60) epochDays = days - EPOCH_1900 + 1; // Jan–Feb 1900: before Excel's phantom leap day
  else return value;
  const date = civilFromDays(epochDays);
  if (seconds === 0) return date;
  return `${date} ${pad2(Math.floor(seconds / 3600))}:${pad2(Math.floor(seconds / 60) % 60)}:${pad2(seconds % 60)}`;
}
