import type { Issue } from "../errors";
import { decodeText, type DecodeInfo } from "../io/decode-text";
import { parseCsv, type CsvInfo } from "../io/parse-csv";
import { inputChunks, type TextInput } from "../io/text-input";
import { parseSocCode } from "../normalize/soc-code";
import { cleanText } from "../normalize/text";

async function* once(line: string): AsyncGenerator<string> {
  yield line;
}

/** The first two fields of one CSV line (a line is parsed on its own, so a broken quote cannot spill over). */
async function leadingFields(line: string): Promise<[string, string] | null> {
  const info: CsvInfo = { delimiter: ",", newline: "\n", complete: true, endsWithNewline: false };
  for await (const batch of parseCsv(once(line), info, { delimiter: "," })) {
    const first = batch.rows[0];
    if (first && first.length >= 2) return [first[0]!, first[1]!];
  }
  return null;
}

/**
 * Read `oes_soc_occs.csv` (SOC code → title), in both header vintages (`soccode,soctitle,socdefinition`
 * in 2020-21; `soccode,Title,Description` later). Descriptions in some years break CSV quoting
 * (unescaped `"` inside quoted text, so a whole-file parse merges lines into 4–12 fields); every line
 * is therefore parsed on its own and only its first two fields are kept. Lines that do not start with
 * a SOC code (the header, stray continuation lines) are skipped.
 */
export async function readSocTitles(content: TextInput, file: string, report: (issue: Issue) => void): Promise<Map<string, string>> {
  const info: DecodeInfo = { encoding: "utf-8", bom: false, bytes: 0 };
  let text = "";
  for await (const chunk of decodeText(inputChunks(content), file, info)) text += chunk;
  const titles = new Map<string, string>();
  const lines = text.split(/\r\n|\n|\r/);
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === "") continue;
    const fields = await leadingFields(line);
    const code = fields ? parseSocCode(fields[0]) : null;
    const title = fields ? cleanText(fields[1]) : null;
    if (code === null || title === null) {
      report({ file, row: i, code: "invalid_value", severity: "warning", message: `line skipped: no SOC code and title at its start (${line.slice(0, 40)}…)` });
      continue;
    }
    if (!titles.has(code)) titles.set(code, title);
  }
  return titles;
}
