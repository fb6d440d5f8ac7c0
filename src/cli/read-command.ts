import { createWriteStream, type WriteStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { parseArgs } from "node:util";
import { DatasetId } from "../datasets/filing";
import type { ReadSummary } from "../datasets/read-summary";
import { DisclosureError } from "../errors";
import { loadDatasetsStream } from "../io/load-dataset";
import { loadWageLibrary } from "../io/load-wage-library";
import type { WageLibrary } from "../wages/wage-library";
import { filingCsvHeader, filingToCsvLine, filingToJsonLine } from "../io/write-filings";
import { formatTable } from "./table";
import { UsageError } from "./usage-error";

export const READ_HELP = `Usage: oflc-sponsors read <files or folders...> [options]

Read OFLC PERM, LCA and PW disclosure files (CSV/TSV, any era), normalise them into canonical
filings, drop duplicate cases across quarterly files, and print a per-file summary. When PW files
are read together with new-form PERM files (FY2024 New_Form, FY2025+), each PERM case gets the
prevailing wage, level, education, experience and SOC of the PW determination its PWD number names
(filled fields are listed in "pwJoin"), and the summary prints the join rate.

Options:
  --dataset perm|lca|pw   only consider eras of this dataset (default: detect from the header)
  --map mapping.json      rename columns first: {"file header": "OFFICIAL_HEADER", ...}
  --out FILE              write the filings: .jsonl (one JSON object per line) or .csv (flat columns)
  --issues FILE           write flagged rows and warnings as JSON lines
  --json                  print the summary as JSON
  -h, --help              show this help

Examples:
  oflc-sponsors read data-samples
  oflc-sponsors read PERM_FY2025_Q2.csv PERM_FY2025_Q4.csv --out perm.jsonl --json
  oflc-sponsors read kaggle_perm.csv --dataset perm --map columns.json --out perm.csv
`;

/** Where a command writes (stdout, stderr) and whether progress may redraw a terminal line. */
export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
}

/** `oflc-sponsors read …` */
export async function readCommand(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        dataset: { type: "string" },
        map: { type: "string" },
        out: { type: "string" },
        issues: { type: "string" },
        json: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(READ_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("read: give at least one file or folder (see --help)");
  let dataset: DatasetId | undefined;
  if (values.dataset !== undefined) {
    const d = DatasetId.safeParse(values.dataset);
    if (!d.success) throw new UsageError(`--dataset: "${values.dataset}" is not one of perm, lca, pw`);
    dataset = d.data;
  }
  let mapping: Record<string, string> | undefined;
  if (values.map !== undefined) mapping = await readMapping(values.map);
  const outFormat = values.out === undefined ? null : formatOf(values.out);

  // Wage-library bundles (the downloaded zip, or a folder holding ALC_Export.csv) are read as a library.
  const wagePaths: string[] = [];
  const dataPaths: string[] = [];
  for (const p of positionals) ((await isWageBundle(p)) ? wagePaths : dataPaths).push(p);
  const libraries: { path: string; lib: WageLibrary }[] = [];
  for (const p of wagePaths) libraries.push({ path: p, lib: await loadWageLibrary(p) });
  const wages = libraries.map(({ path, lib }) => ({
    file: path,
    wageYear: lib.wageYear,
    alcRows: lib.summary.alcRows,
    edcRows: lib.summary.edcRows,
    refused: lib.summary.refused,
    areas: lib.summary.areas,
    occupations: lib.summary.occupations,
  }));
  if (dataPaths.length === 0) {
    if (values.json) io.stdout(JSON.stringify({ files: [], total: { read: 0, kept: 0, flagged: 0, blank: 0, duplicates: 0 }, wages }) + "\n");
    else io.stdout(wageTable(wages));
    return 0;
  }

  const stream = await loadDatasetsStream(dataPaths, {
    ...(dataset ? { dataset } : {}),
    ...(mapping ? { mapping } : {}),
    ...(io.isTTY
      ? {
          onProgress: (p) =>
            io.stderr(
              `\rpass ${p.pass} · ${basename(p.file)} · ${p.rows.toLocaleString("en-US")} rows` +
                (p.totalBytes ? ` · ${Math.round((100 * p.bytes) / p.totalBytes)}%` : "") +
                "   ",
            ),
        }
      : {}),
  });
  let out: WriteStream | null = null;
  if (values.out !== undefined) {
    out = createWriteStream(values.out);
    if (outFormat === "csv") await write(out, filingCsvHeader());
  }
  for await (const batch of stream.batches()) {
    if (out === null) continue;
    let chunk = "";
    for (const f of batch) chunk += outFormat === "csv" ? filingToCsvLine(f) : filingToJsonLine(f);
    await write(out, chunk);
  }
  if (out) await close(out);
  if (io.isTTY) io.stderr("\r" + " ".repeat(60) + "\r");
  if (values.issues !== undefined) {
    const w = createWriteStream(values.issues);
    let chunk = "";
    for (const issue of stream.issues) chunk += JSON.stringify(issue) + "\n";
    await write(w, chunk);
    await close(w);
  }

  const join = stream.join;
  if (values.json) {
    const files = stream.summaries.map((s) => pick(s));
    io.stdout(JSON.stringify({ files, total: stream.total, ...(join ? { join } : {}), ...(wages.length ? { wages } : {}) }) + "\n");
  } else {
    io.stdout(summaryTable(stream.summaries, stream.total));
    if (wages.length) io.stdout(wageTable(wages));
    if (join) {
      io.stdout(
        `PW join: ${join.matched} of ${join.candidates} new-form PERM cases matched their PWD number` +
          (join.rate === null ? "" : ` (${(100 * join.rate).toFixed(1)}%)`) +
          `, ${join.unmatched} unmatched (kept without PW fields)\n`,
      );
    }
    const warnings = stream.summaries.reduce((n, s) => n + s.warnings, 0);
    if (warnings > 0 || stream.total.flagged > 0) {
      io.stdout(
        `${stream.total.flagged} rows flagged, ${warnings} kept rows with warnings` +
          (values.issues ? ` (details in ${values.issues})\n` : " (use --issues FILE for details)\n"),
      );
    }
    if (values.out) io.stdout(`wrote ${stream.total.kept} filings to ${values.out}\n`);
  }
  return 0;
}

/** A wage-library bundle: a .zip, or a folder with ALC_Export.csv in it or in its one nested folder. */
async function isWageBundle(path: string): Promise<boolean> {
  if (extname(path).toLowerCase() === ".zip") return true;
  try {
    if (!(await stat(path)).isDirectory()) return false;
    const names = await readdir(path);
    if (names.some((n) => n.toLowerCase() === "alc_export.csv")) return true;
    const inner = names.filter((n) => /^OFLC_Wages_/i.test(n) && !n.toLowerCase().endsWith(".zip"));
    for (const n of inner) {
      const sub = await readdir(`${path}/${n}`).catch(() => [] as string[]);
      if (sub.some((m) => m.toLowerCase() === "alc_export.csv")) return true;
    }
  } catch {
    return false;
  }
  return false;
}

function wageTable(rows: { file: string; wageYear: string | null; alcRows: number; edcRows: number; refused: number; areas: number; occupations: number }[]): string {
  return formatTable(
    ["wage library", "year", "ALC rows", "EDC rows", "refused", "areas", "SOCs"],
    rows.map((w) => [basename(w.file), w.wageYear ?? "", w.alcRows, w.edcRows, w.refused, w.areas, w.occupations]),
  );
}

function pick(s: ReadSummary) {
  return {
    file: s.file,
    dataset: s.dataset,
    era: s.era,
    read: s.read,
    kept: s.kept,
    flagged: s.flagged,
    blank: s.blank,
    duplicates: s.duplicates,
  };
}

function summaryTable(summaries: readonly ReadSummary[], total: { read: number; kept: number; flagged: number; blank: number; duplicates: number }): string {
  const rows = summaries.map((s) => [basename(s.file), s.era ?? "", s.read, s.kept, s.flagged, s.blank, s.duplicates]);
  rows.push(["total", "", total.read, total.kept, total.flagged, total.blank, total.duplicates]);
  return formatTable(["file", "era", "read", "kept", "flagged", "blank", "dupes"], rows);
}

function formatOf(path: string): "csv" | "jsonl" {
  const ext = extname(path).toLowerCase();
  if (ext === ".csv") return "csv";
  if (ext === ".jsonl" || ext === ".ndjson" || ext === ".json") return "jsonl";
  throw new UsageError(`--out: "${path}" must end in .jsonl or .csv`);
}

async function readMapping(path: string): Promise<Record<string, string>> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new DisclosureError("io_error", `${path}: cannot read the column mapping file; expected a JSON object of header renames.`, {
      file: path,
    });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UsageError(`--map: ${path} is not valid JSON; expected {"file header": "OFFICIAL_HEADER", ...}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value) || !Object.values(value).every((v) => typeof v === "string")) {
    throw new UsageError(`--map: ${path} must be a JSON object of strings, e.g. {"employer": "EMPLOYER_NAME"}`);
  }
  return value as Record<string, string>;
}

function write(stream: WriteStream, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (stream.write(chunk)) resolve();
    else {
      stream.once("drain", resolve);
      stream.once("error", reject);
    }
  });
}

function close(stream: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
}
