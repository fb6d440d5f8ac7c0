import { DisclosureError, type Issue } from "../errors";
import { openRows, type RowsInfo } from "../io/open-rows";
import type { TextInput } from "../io/text-input";
import { parseSocCode } from "../normalize/soc-code";
import { cleanText } from "../normalize/text";
import { columnIndex } from "./column-index";

/** What `xwalk_plus.csv` tells: O*NET code → OES SOC codes, and the OES titles it names. */
export interface SocCrosswalk {
  /** `15-1132.00` and its SOC part `15-1132` → OES codes (`15-1034`, `15-1035`, …), in file order. */
  readonly codes: Map<string, string[]>;
  readonly titles: Map<string, string>;
  readonly rows: number;
}

/**
 * Read `xwalk_plus.csv` (`"OES_SOCCODE","OES_SOCTITLE","TruncOnetCode","OnetCode","ONetTitle"`): which
 * OES SOC code of the wage tables each O*NET occupation uses, including OFLC's hybrid R&D / Non-R&D
 * codes (O*NET `15-1132.00` → `15-1034` Software Developers, Applications, Non R&D and `15-1035` R&D).
 */
export async function readSocCrosswalk(content: TextInput, file: string, report: (issue: Issue) => void): Promise<SocCrosswalk> {
  const info: RowsInfo = { format: "csv", encoding: null, delimiter: null, bytes: 0, complete: true, endsWithNewline: true };
  const codes = new Map<string, string[]>();
  const titles = new Map<string, string>();
  let at: Record<string, number> | null = null;
  let rowNumber = 0;
  const add = (key: string, oes: string) => {
    const list = codes.get(key);
    if (list === undefined) codes.set(key, [oes]);
    else if (!list.includes(oes)) list.push(oes);
  };
  for await (const batch of openRows(content, file, info)) {
    for (const row of batch.rows) {
      if (at === null) {
        if (row.every((c) => c.trim() === "")) continue;
        at = columnIndex(row);
        if (at["OESSOCCODE"] === undefined || (at["ONETCODE"] === undefined && at["TRUNCONETCODE"] === undefined)) {
          throw new DisclosureError(
            "unrecognized_header",
            `${file}: not a wage-library crosswalk; expected "OES_SOCCODE","OES_SOCTITLE","TruncOnetCode","OnetCode","ONetTitle".`,
            { file },
          );
        }
        continue;
      }
      rowNumber++;
      if (row.every((c) => c.trim() === "")) continue;
      const cell = (k: string) => (at![k] === undefined ? "" : (row[at![k]!] ?? ""));
      const oes = parseSocCode(cell("OESSOCCODE"));
      if (oes === null) {
        report({ file, row: rowNumber, column: "OES_SOCCODE", code: "invalid_value", severity: "warning", message: `row skipped: "${cell("OESSOCCODE")}" is not a SOC code` });
        continue;
      }
      const title = cleanText(cell("OESSOCTITLE"));
      if (title !== null && !titles.has(oes)) titles.set(oes, title);
      const onet = cell("ONETCODE").trim();
      if (/^\d{2}-\d{4}\.\d{2}$/.test(onet)) add(onet, oes);
      const trunc = parseSocCode(cell("TRUNCONETCODE")) ?? parseSocCode(onet);
      if (trunc !== null) add(trunc, oes);
    }
  }
  if (at === null) throw new DisclosureError("empty_file", `${file}: no header row; expected "OES_SOCCODE","OES_SOCTITLE",….`, { file });
  return { codes, titles, rows: rowNumber };
}
