import { createWriteStream, type WriteStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { DisclosureError } from "../errors";
import { parseCsv, type CsvInfo } from "../io/parse-csv";
import { type Listing, scoreListings, type ScoredListing } from "../score/score-listings";
import { loadSnapshotFile } from "../sponsors/snapshot-file";
import { defineCommand } from "./command";
import { text } from "./option-spec";
import { printResult, rowsTable, toCsv, type Cell, type Format, type Rows } from "./output";
import { clockOf, createProgress } from "./progress";
import { MODEL_OPTIONS, modelOptions } from "./score-flags";
import { formatOptions, indexOption, outOption } from "./shared-options";
import { UsageError } from "./usage-error";

const COLUMNS = "Columns (found by header name when not given; case-insensitive):";
const column = (flags: string, description: string) => text(flags, description, { group: COLUMNS });

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
export const scoreCommand = defineCommand({
  name: "score",
  summary: "tag job listings with their employer's sponsorship probability",
  description: `Tag job listings with how likely their employer is to get a PERM certified for that job within the
next 12 months. Each listing's employer is found by name, brand or FEIN; its job by title or SOC code.
The result is the input rows with columns added: ${ADDED.join(", ")}.
With --out FILE the tagged listings go to FILE (CSV, or JSON for a .json name) and the summary to
stdout in --format (table: one line on stderr); without --out they go to stdout in --format.`,
  arguments: [{ name: "<listings>", description: "a CSV file of job listings with a header row" }],
  options: {
    employerCol: column("--employer-col <NAME>", "employer name (default: employer, company, employer_name)"),
    titleCol: column("--title-col <NAME>", "job title (default: title, job_title)"),
    socCol: column("--soc-col <NAME>", "SOC code (default: soc, soc_code)"),
    locationCol: column("--location-col <NAME>", '"Seattle, WA" or a state (default: location)'),
    cityCol: column("--city-col <NAME>", "city (default: city)"),
    stateCol: column("--state-col <NAME>", "state (default: state)"),
    educationCol: column("--education-col <NAME>", "minimum education (default: education)"),
    wageCol: column("--wage-col <NAME>", "offered wage, e.g. 165000 or 80/hour (default: wage, salary)"),
    index: indexOption(),
    out: outOption("write the tagged listings to FILE (.csv, or .json); - for CSV on stdout"),
    ...MODEL_OPTIONS,
    ...formatOptions("the tagged listings (the summary, with --out FILE)"),
  },
  examples: [
    "oflc-sponsors score listings.csv --index index.snap",
    "oflc-sponsors score listings.csv --index index.snap --out scored.csv --json",
    "oflc-sponsors score listings.csv --index index.snap --format csv --wage-col salary > scored.csv",
  ],
  notes: `To try it on an index built from data-samples, make a listings.csv first:
  printf 'company,job_title,location,salary\\nTavrix Consultancy Services,Software Engineer,"Edison, NJ",140000\\n' > listings.csv`,
  async run({ args, opts, io }) {
    const model = await modelOptions(opts);
    const file = args[0]!;
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
    const given: Readonly<Record<string, string | undefined>> = {
      employer: opts.employerCol, title: opts.titleCol, soc: opts.socCol, location: opts.locationCol,
      city: opts.cityCol, state: opts.stateCol, education: opts.educationCol, wage: opts.wageCol,
    };
    const columnOf = (role: string): number => {
      const name = given[role];
      if (name !== undefined) {
        const i = lower.indexOf(name.trim().toLowerCase());
        if (i < 0) throw new UsageError(`--${role}-col "${name}": no such column in ${file}; expected one of ${header.join(", ")}`);
        return i;
      }
      for (const candidate of DEFAULTS[role]!) {
        const i = lower.indexOf(candidate);
        if (i >= 0) return i;
      }
      return -1;
    };
    const cols = Object.fromEntries(Object.keys(DEFAULTS).map((k) => [k, columnOf(k)])) as Record<string, number>;
    if (cols["employer"]! < 0) throw new UsageError(`no employer column in ${file}; name it with --employer-col (columns: ${header.join(", ")})`);
    if (cols["title"]! < 0 && cols["soc"]! < 0) throw new UsageError(`no job title or SOC column in ${file}; name one with --title-col or --soc-col`);
    const cell = (r: string[], role: string) => (cols[role]! >= 0 ? r[cols[role]!] : undefined);
    const data = rows.filter((r) => !(r.length === 1 && r[0] === ""));
    const listings: Listing[] = data.map((r) => ({
      employer: cell(r, "employer") ?? "",
      title: cell(r, "title"),
      soc: cell(r, "soc"),
      location: cell(r, "location"),
      city: cell(r, "city"),
      state: cell(r, "state"),
      education: cell(r, "education"),
      wage: cell(r, "wage"),
    }));
    const index = await loadSnapshotFile(opts.index);

    const progress = createProgress(io, { quiet: opts.quiet, unit: "rows" });
    const counts: Record<string, number> = { rated: 0, "no-history": 0, unrated: 0, error: 0 };
    const tagged: Cell[][] = [];
    const now = clockOf(io);
    const started = now();
    let i = 0;
    for (const s of scoreListings(index, listings, model)) {
      counts[s.error ? "error" : s.status]!++;
      tagged.push([...data[i++]!, ...cells(s)]);
      progress.update({ label: "scoring listings", done: i, total: listings.length, rows: i });
    }
    progress.done();
    const seconds = (now() - started) / 1000;
    const result: Rows = { header: [...header, ...ADDED], rows: tagged };
    const summary = { listings: listings.length, ...counts, seconds: Math.round(seconds * 1000) / 1000, perSecond: seconds > 0 ? Math.round(listings.length / seconds) : null };
    const summaryLine = `scored ${listings.length} listings (${counts["rated"]} rated, ${counts["no-history"]} no history, ${counts["unrated"]} unrated, ${counts["error"]} errors) in ${summary.seconds} s`;

    const toFile = opts.out !== undefined && opts.out !== "-";
    if (!toFile) {
      const format: Format = opts.format ?? (opts.out === "-" ? "csv" : "table");
      printResult(io, format, {
        json: () => ({ listings: result.rows.map((r) => Object.fromEntries(result.header.map((h, j) => [h, r[j] ?? null]))), summary }),
        rows: () => result,
        text: () => rowsTable(io, terminalView(header, cols, tagged)),
      });
      io.stderr(`${summaryLine}\n`);
      return 0;
    }
    const out = opts.out!;
    const body = extname(out).toLowerCase() === ".json" ? JSON.stringify(result.rows.map((r) => Object.fromEntries(result.header.map((h, j) => [h, r[j] ?? null])))) + "\n" : toCsv(result);
    await writeFile(createWriteStream(out), body);
    const format = opts.format ?? "table";
    if (format === "table") io.stderr(`${summaryLine} → ${out}\n`);
    else printResult(io, format, { json: () => summary, rows: () => ({ header: Object.keys(summary), rows: [Object.values(summary)] }) });
    return 0;
  },
});

/** The columns a terminal has room for: the listing's employer and job, the match and its probability. */
function terminalView(header: readonly string[], cols: Record<string, number>, tagged: readonly (readonly Cell[])[]): Rows {
  const at = (name: string) => header.length + ADDED.indexOf(name);
  const job = cols["title"]! >= 0 ? cols["title"]! : cols["soc"]!;
  const pct = (v: Cell) => (typeof v === "number" ? `${(v * 100).toFixed(1)}%` : "—");
  return {
    header: ["employer", "job", "sponsor", "status", "P", "90% interval"],
    rows: tagged.map((r) => [
      r[cols["employer"]!] ?? "", r[job] ?? "", r[at("sponsor_name")] ?? "", r[at("status")] ?? "", pct(r[at("probability")] ?? null),
      r[at("p_low")] === null ? "—" : `${pct(r[at("p_low")] ?? null)}–${pct(r[at("p_high")] ?? null)}`,
    ]),
  };
}

function writeFile(stream: WriteStream, body: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once("error", reject);
    stream.end(body, () => resolve());
  });
}

function cells(s: ScoredListing): Cell[] {
  return [s.key, s.name, s.confidence, s.status, s.probability, s.low, s.high, s.expectedCertified, s.soc, s.socTitle, s.lowSample ? "yes" : "no", s.error];
}
