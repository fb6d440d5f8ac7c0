/**
 * Stable codes for problems with single rows. Rows with an `error`-severity issue are *flagged*
 * (not kept); `warning` issues are attached to rows that are still kept (a value was nulled or repaired).
 */
export type IssueCode =
  | "missing_value" // a required value is blank
  | "invalid_value" // a value could not be parsed (kept as null when the field is optional)
  | "field_count" // the row has a different number of fields than the header
  | "repaired_value" // a value was repaired (e.g. a wage whose unit did not match its amount)
  | "parse_error"; // the CSV parser reported a problem on this row

/** `error`: the row was flagged and not kept; `warning`: the row was kept with a value nulled or repaired. */
export type IssueSeverity = "error" | "warning";

/** A problem with one row of one file. `row` is 1-based and counts data rows (the header is row 0). */
export interface Issue {
  readonly file: string;
  readonly row: number;
  readonly column?: string;
  readonly code: IssueCode;
  readonly severity: IssueSeverity;
  readonly message: string;
}

/** Codes of {@link DisclosureError}: a whole input that cannot be used, or a programmer mistake. */
export type DisclosureErrorCode =
  | "empty_file"
  | "binary_file"
  | "xlsx_input"
  | "truncated_file"
  | "unrecognized_header"
  | "unknown_dataset"
  | "invalid_option"
  | "invalid_snapshot"
  | "io_error";

/**
 * The one error this library throws. Its message names the file, the problem and what was expected.
 *
 * @example
 * const error = await readDataset("", { file: "empty.csv" }).catch((e: unknown) => e);
 * error instanceof DisclosureError; // => true
 * error.code; // => "empty_file"
 * error.file; // => "empty.csv"
 */
export class DisclosureError extends Error {
  override name = "DisclosureError";
  readonly code: DisclosureErrorCode;
  readonly file: string | undefined;
  constructor(code: DisclosureErrorCode, message: string, options: { file?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.file = options.file;
  }
}
