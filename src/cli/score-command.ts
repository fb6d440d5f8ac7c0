import { createWriteStream, type WriteStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { DisclosureError } from "../errors";
import { parseCsv, type CsvInfo } from "../io/parse-csv";
import { csvLine } from "../io/write-filings";
import { type Listing, scoreListings, type ScoredListing } from "../score/score-listings";
import { loadSnapshotFile } from "../sponsors/snapshot-file";
import type { Io } from "./read-command";
import { MODEL_FLAGS, MODEL_FLAGS_HELP, modelOptions } from "./score-flags";
import { UsageError } from "./usage-error";

export const SCORE_HELP = `Usage: oflc-sponsors score listings.csv --index index.snap --out scored.csv [options]

Tag job listings with how likely their employer is to get a PERM certified for that job within the
next 12 months. Each listing's employer is found by name, brand or FEIN; its job by title or SOC code.
The output is the input CSV with columns added: sponsor_key, sponsor_name, match_confidence, status,
probability, p_low, p_high, expected_certified, soc, soc_title, low_sample, error.

Columns (found by header name when not given; matching is case-insensitive):
  --employer-col NAME   employer name (default: employer, company, employer_name)
  --title-col NAME      job title (default: title, job_title)
  --soc-col NAME        SOC code (default: soc, soc_code)
  --location-col NAME   "Seattle, WA" or a state (default: location)
  --city-col NAME       city (default: city)
  --state-col NAME      state (default: state)
  --education-col NAME  minimum education (default: education)
  --wage-col NAME       offered wage, e.g. 165000 or 80/hour (default: wage, salary)

Options:
  --index FILE          the snapshot written by "oflc-sponsors build" (required)
  --out FILE            where to write the scored CSV (required; - for stdout)
${MODEL_FLAGS_HELP}
  --json                print a summary as JSON (counts by status, seconds, listings per second)
  -h, --help            show this help

Example:
  oflc-sponsors score listings.csv --index index.snap --out scored.csv --wage-col salary
`;

const DEFAULTS: Readonly<Record<string, readonly string[]>> = {
  employer: ["employer", "company", "employer_name", "company_name"],
  title: ["title", "job_title", "jobtitle", "position"],
  soc: ["soc", "soc_code"],
  location: ["location"],
  city: ["city"],
  state: ["state"],
  education: ["education", "min_education"],
  wage: ["wage", "salary", "pay"],
};
const ADDED = ["sponsor_key", "sponsor_name", "match_confidence", "status", "probability", "p_low", "p_high", "expected_certified", "soc", "soc_title", "low_sample", "error"];

/** `oflc-sponsors score …` */
export async function scoreCommand(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        index: { type: "string" },
        out: { type: "string" },
        "employer-col": { type: "string" },
        "title-col": { type: "string" },
        "soc-col": { type: "string" },
        "location-col": { type: "string" },
        "city-col": { type: "string" },
        "state-col": { type: "string" },
        "education-col": { type: "string" },
        "wage-col": { type: "string" },
        ...MODEL_FLAGS,
        json: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(SCORE_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError("score: give one listings CSV file (see --help)");
  if (values.index === undefined) throw new UsageError('score: --index FILE is required (a snapshot from "oflc-sponsors build")');
  if (values.out === undefined) throw new UsageError("score: --out FILE is required (- for stdout)");
  const model = await modelOptions(values);
  const file = positionals[0]!;
  let text: string;
  try {
    text = new TextDecoder("utf-8").decode(await readFile(file)).replace(/^\uFEFF/, "");
  } catch (e) {
    throw new DisclosureError("io_error", `${file}: cannot read (${(e as Error).message})`, { file, cause: e });
  }
  const info: CsvInfo = { delimiter: ",", newline: "\n", complete: true, endsWithNewline: true };
  const rows: string[][] = [];
  for await (const batch of parseCsv((async function* () { yield text; })(), info)) rows.push(...batch.rows);
  const header = rows.shift();
  if (!header || header.length === 0) throw new DisclosureError("empty_file", `${file}: no header row`, { file });
  const lower = header.map((h) => h.trim().toLowerCase());
  const column = (role: string): number => {
    const given = values[`${role}-col` as keyof typeof values];
    if (typeof given === "string") {
      const i = lower.indexOf(given.trim().toLowerCase());
      if (i < 0) throw new UsageError(`--${role}-col: no column "${given}" in ${file} (columns: ${header.join(", ")})`);
      return i;
    }
    for (const name of DEFAULTS[role]!) {
      const i = lower.indexOf(name);
      if (i >= 0) return i;
    }
    return -1;
  };
  const cols = Object.fromEntries(Object.keys(DEFAULTS).map((k) => [k, column(k)])) as Record<string, number>;
  if (cols["employer"]! < 0) throw new UsageError(`score: no employer column in ${file}; name it with --employer-col (columns: ${header.join(", ")})`);
  if (cols["title"]! < 0 && cols["soc"]! < 0) throw new UsageError(`score: no job title or SOC column in ${file}; name one with --title-col or --soc-col`);
  const cell = (r: string[], role: string) => (cols[role]! >= 0 ? r[cols[role]!] : undefined);
  const listings: Listing[] = rows
    .filter((r) => !(r.length === 1 && r[0] === ""))
    .map((r) => ({
      employer: cell(r, "employer") ?? "",
      title: cell(r, "title"),
      soc: cell(r, "soc"),
      location: cell(r, "location"),
      city: cell(r, "city"),
      state: cell(r, "state"),
      education: cell(r, "education"),
      wage: cell(r, "wage"),
    }));
  const index = await loadSnapshotFile(values.index);
  const out: WriteStream | null = values.out === "-" ? null : createWriteStream(values.out);
  const write = (s: string) => (out ? void out.write(s) : io.stdout(s));
  write(csvLine([...header, ...ADDED]));
  const counts: Record<string, number> = { rated: 0, "no-history": 0, unrated: 0, error: 0 };
  const data = rows.filter((r) => !(r.length === 1 && r[0] === ""));
  const started = performance.now();
  let i = 0;
  for (const s of scoreListings(index, listings, model)) {
    counts[s.error ? "error" : s.status]!++;
    write(csvLine([...data[i++]!, ...cells(s)]));
  }
  const seconds = (performance.now() - started) / 1000;
  if (out) await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  const summary = { listings: listings.length, ...counts, seconds: Math.round(seconds * 1000) / 1000, perSecond: seconds > 0 ? Math.round(listings.length / seconds) : null };
  if (values.json) io.stdout(JSON.stringify(summary) + "\n");
  else io.stderr(`scored ${listings.length} listings (${counts["rated"]} rated, ${counts["no-history"]} no history, ${counts["unrated"]} unrated, ${counts["error"]} errors) in ${summary.seconds} s${values.out === "-" ? "" : ` → ${values.out}`}\n`);
  return 0;
}

function cells(s: ScoredListing): (string | number | null)[] {
  return [s.key, s.name, s.confidence, s.status, s.probability, s.low, s.high, s.expectedCertified, s.soc, s.socTitle, s.lowSample ? "yes" : "no", s.error];
}
