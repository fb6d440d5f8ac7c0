import { DisclosureError } from "../../errors";

/**
 * Rows of the first (or chosen) worksheet of an .xlsx workbook. Placeholder until the streaming xlsx reader
 * lands: throws a typed error saying what to do instead.
 */
export async function* xlsxRows(
  _chunks: AsyncIterable<Uint8Array>,
  file: string,
  _info: { bytes: number },
  _options: { sheet?: string | number | undefined } = {},
): AsyncGenerator<{ rows: string[][]; final: boolean }> {
  throw new DisclosureError(
    "xlsx_input",
    `${file}: this is a zip archive (an .xlsx workbook?), not CSV text; expected a CSV/TSV export of the disclosure file.`,
    { file },
  );
}
