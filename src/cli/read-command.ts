import { createWriteStream, type WriteStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { DatasetId } from "../datasets/filing";
import type { ReadSummary } from "../datasets/read-summary";
import { DisclosureError } from "../errors";
import { loadDatasetsStream } from "../io/load-dataset";
import { loadWageLibrary } from "../io/load-wage-library";
import type { WageLibrary } from "../wages/wage-library";
import { filingCsvHeader, filingToCsvLine, filingToJsonLine } from "../io/write-filings";
import { defineCommand } from "./command";
import type { Io } from "./io";
import { option, text } from "./option-spec";
import { printResult, rowsTable } from "./output";
import { createProgress } from "./progress";
import { formatOptions, outOption } from "./shared-options";
import { UsageError } from "./usage-error";

/** `oflc-sponsors read …` */
export const readCommand = defineCommand({
  name: "read",
  summary: "read and normalise OFLC disclosure files, print a per-file summary",
  description: `Read OFLC PERM, LCA and PW disclosure files (CSV/TSV, any era), normalise them into canonical
filings, drop duplicate cases across quarterly files, and print a per-file summary. When PW files
are read together with new-form PERM files (FY2024 New_Form, FY2025+), each PERM case gets the
prevailing wage, level, education, experience and SOC of the PW determination its PWD number names
(filled fields are listed in "pwJoin"), and the summary prints the join rate. A wage-library bundle
(OFLC_Wages_YYYY-YY.zip or its folder) is read as a library and its tables are reported.`,
  arguments: [{ name: "<paths...>", description: "files or folders (.csv, .tsv, .txt, wage-library .zip)" }],
  options: {
    dataset: option("--dataset <DATASET>", "only consider eras of this dataset: perm, lca or pw (default: detect from the header)", {
      parse: (raw) => {
        const d = DatasetId.safeParse(raw);
        if (!d.success) throw new UsageError("expected one of perm, lca, pw");
        return d.data;
      },
    }),
    map: text("--map <FILE>", 'rename columns first, a JSON object {"file header": "OFFICIAL_HEADER", ...}'),
    out: outOption("write the filings: .jsonl (one JSON object per line) or .csv (flat columns)"),
    issues: text("--issues <FILE>", "write flagged rows and warnings as JSON lines"),
    ...formatOptions("the per-file summary"),
  },
  notes: "Progress goes to stderr (a bar on a terminal, plain lines otherwise or with --quiet); the summary to stdout.",
  examples: [
    "oflc-sponsors read data-samples",
    "oflc-sponsors read data-samples/PERM_Disclosure_Data_FY2025_Q2.csv data-samples/PERM_Disclosure_Data_FY2025_Q4.csv --json",
    "oflc-sponsors read data-samples --out filings.csv --issues issues.jsonl --format csv",
    "oflc-sponsors read data-samples/wages/OFLC_Wages_2025-26.zip",
  ],
  async run({ args, opts, io }) {
    const format = opts.format ?? "table";
    const mapping = opts.map === undefined ? undefined : await readMapping(opts.map);
    const outFormat = opts.out === undefined ? null : formatOf(opts.out);

    // Wage-library bundles (the downloaded zip, or a folder holding ALC_Export.csv) are read as a library.
    const wagePaths: string[] = [];
    const dataPaths: string[] = [];
    for (const p of args) ((await isWageBundle(p)) ? wagePaths : dataPaths).push(p);
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
      printResult(io, format, {
        json: () => ({ files: [], total: { read: 0, kept: 0, flagged: 0, blank: 0, duplicates: 0 }, wages }),
        rows: () => wageRows(wages),
      });
      return 0;
    }

    const progress = createProgress(io, { quiet: opts.quiet });
    let current: { label: string; rows: number } | null = null;
    const stream = await loadDatasetsStream(dataPaths, {
      ...(opts.dataset ? { dataset: opts.dataset } : {}),
      ...(mapping ? { mapping } : {}),
      onProgress: (p) => {
        const label = `${p.files > 1 ? `[${p.fileIndex + 1}/${p.files}] ` : ""}${basename(p.file)}${p.pass === 2 ? " (pass 2)" : ""}`;
        if (current && current.label !== label) progress.step(`${current.label}: ${current.rows.toLocaleString("en-US")} rows`);
        current = { label, rows: p.rows };
        progress.update({ label, done: p.bytes, total: p.totalBytes, rows: p.rows });
      },
    });
    let out: WriteStream | null = null;
    if (opts.out !== undefined) {
      out = createWriteStream(opts.out);
      if (outFormat === "csv") await write(out, filingCsvHeader());
    }
    for await (const batch of stream.batches()) {
      if (out === null) continue;
      let chunk = "";
      for (const f of batch) chunk += outFormat === "csv" ? filingToCsvLine(f) : filingToJsonLine(f);
      await write(out, chunk);
    }
    if (out) await close(out);
    const last = current as { label: string; rows: number } | null;
    if (last) progress.step(`${last.label}: ${last.rows.toLocaleString("en-US")} rows`);
    progress.done();
    if (opts.issues !== undefined) {
      const w = createWriteStream(opts.issues);
      let chunk = "";
      for (const issue of stream.issues) chunk += JSON.stringify(issue) + "\n";
      await write(w, chunk);
      await close(w);
    }

    const join = stream.join;
    printResult(io, format, {
      json: () => ({ files: stream.summaries.map(pick), total: stream.total, ...(join ? { join } : {}), ...(wages.length ? { wages } : {}) }),
      rows: () => ({
        header: ["file", "dataset", "era", "read", "kept", "flagged", "blank", "duplicates"],
        rows: stream.summaries.map((s) => Object.values(pick(s))),
      }),
      text: () => {
        let text = summaryTable(io, stream.summaries, stream.total);
        if (wages.length) text += rowsTable(io, wageRows(wages));
        if (join) {
          text +=
            `PW join: ${join.matched} of ${join.candidates} new-form PERM cases matched their PWD number` +
            (join.rate === null ? "" : ` (${(100 * join.rate).toFixed(1)}%)`) +
            `, ${join.unmatched} unmatched (kept without PW fields)\n`;
        }
        const warnings = stream.summaries.reduce((n, s) => n + s.warnings, 0);
        if (warnings > 0 || stream.total.flagged > 0) {
          text +=
            `${stream.total.flagged} rows flagged, ${warnings} kept rows with warnings` +
            (opts.issues ? ` (details in ${opts.issues})\n` : " (use --issues FILE for details)\n");
        }
        if (opts.out) text += `wrote ${stream.total.kept} filings to ${opts.out}\n`;
        return text;
      },
    });
    return 0;
  },
});

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

function wageRows(rows: { file: string; wageYear: string | null; alcRows: number; edcRows: number; refused: number; areas: number; occupations: number }[]) {
  return {
    header: ["wage library", "year", "ALC rows", "EDC rows", "refused", "areas", "SOCs"],
    rows: rows.map((w) => [basename(w.file), w.wageYear ?? "", w.alcRows, w.edcRows, w.refused, w.areas, w.occupations]),
  };
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

function summaryTable(io: Io, summaries: readonly ReadSummary[], total: { read: number; kept: number; flagged: number; blank: number; duplicates: number }): string {
  const rows = summaries.map((s) => [basename(s.file), s.era ?? "", s.read, s.kept, s.flagged, s.blank, s.duplicates]);
  rows.push(["total", "", total.read, total.kept, total.flagged, total.blank, total.duplicates]);
  return rowsTable(io, { header: ["file", "era", "read", "kept", "flagged", "blank", "dupes"], rows });
}

function formatOf(path: string): "csv" | "jsonl" {
  const ext = extname(path).toLowerCase();
  if (ext === ".csv") return "csv";
  if (ext === ".jsonl" || ext === ".ndjson" || ext === ".json") return "jsonl";
  throw new UsageError(`--out "${path}": expected a file name ending in .jsonl or .csv`);
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
    throw new UsageError(`--map "${path}": not valid JSON; expected {"file header": "OFFICIAL_HEADER", ...}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value) || !Object.values(value).every((v) => typeof v === "string")) {
    throw new UsageError(`--map "${path}": expected a JSON object of strings, e.g. {"employer": "EMPLOYER_NAME"}`);
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
