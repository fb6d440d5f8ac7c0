/** The field delimiters the generator writes. */
export type Delimiter = "," | ";" | "\t";

const NEEDS_QUOTES: Readonly<Record<Delimiter, RegExp>> = {
  ",": /[",\r\n]/,
  ";": /[",;\r\n]/,
  "\t": /[",\t\r\n]/,
};

/**
 * Quote a CSV field when it must be: it contains the delimiter, a double quote, a line break, or (so that
 * re-exports keep looking the same whatever the delimiter) a comma. Inner quotes are doubled.
 *
 * @example
 * csvField('SW ENG\'G MGR, AUTOMATION', ","); // => "\"SW ENG'G MGR, AUTOMATION\""
 * csvField('say "hi"', ",");                  // => "\"say \"\"hi\"\"\""
 * csvField("plain", ";");                      // => "plain"
 */
export function csvField(value: string, delimiter: Delimiter): string {
  if (value === "" || !NEEDS_QUOTES[delimiter].test(value)) return value;
  return `"${value.replace(/"/g, '""')}"`;
}

/** One CSV record (without its line ending). */
export function csvRecord(fields: readonly string[], delimiter: Delimiter): string {
  const quoted = new Array<string>(fields.length);
  for (let i = 0; i < fields.length; i++) quoted[i] = csvField(fields[i] ?? "", delimiter);
  return quoted.join(delimiter);
}
