/**
 * Parse a BLS area code as written in the wage library or typed by a user: 5-digit CBSA codes
 * (`41940`), 6–7 digit nonmetropolitan codes (`100004`, `5100004`), with or without leading zeros
 * or quotes. Leading zeros are dropped, so every spelling gets one key. Returns `null` for
 * anything else; never throws.
 *
 * @example
 * parseAreaCode("41940");   // => "41940"
 * parseAreaCode(" 0100004 "); // => "100004"
 * parseAreaCode(5100004);   // => "5100004"
 * parseAreaCode("Seattle"); // => null
 */
export function parseAreaCode(raw: string | number | null | undefined): string | null {
  if (raw == null) return null;
  if (typeof raw === "number") return Number.isInteger(raw) && raw > 0 && raw < 1e9 ? String(raw) : null;
  const s = raw.trim();
  if (!/^\d{1,9}$/.test(s)) return null;
  const n = Number(s);
  return n > 0 ? String(n) : null;
}
