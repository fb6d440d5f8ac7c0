import { explain } from "../score/explain";
import { rankEmployers, type RankedEmployer } from "../score/rank-employers";
import type { RoleQuery } from "../score/role-query";
import { loadSnapshotFile } from "../sponsors/snapshot-file";
import { defineCommand } from "./command";
import { widthOf, type Io } from "./io";
import { list, oneOf, option, text, wholeNumber } from "./option-spec";
import { printResult, rowsTable } from "./output";
import { checkRole, MODEL_OPTIONS, modelOptions } from "./score-flags";
import { formatOptions, indexOption } from "./shared-options";
import { wrapText } from "./table";

const ROLE = "Role:";

/** `oflc-sponsors rank …` */
export const rankCommand = defineCommand({
  name: "rank",
  summary: "rank employers by the probability of a certified PERM for a role",
  usage: '--index FILE (--title "…" | --soc CODE) [options]',
  description: `Rank employers by the probability that they get a PERM certified for a role within the next 12 months
(an empirical-Bayes model of each employer's PERM activity and certification rate; see docs/scoring.md),
with a 90% interval, expected certified filings and, for the top employers, a plain-language explanation.`,
  options: {
    title: text("--title <TITLE>", "a job title (resolved through the index's learned title → SOC distribution)", { group: ROLE }),
    soc: text("--soc <CODES>", "SOC code(s): detailed 15-1252, broad 15-1250, minor 15-1200", { group: ROLE }),
    state: text("--state <ST>", "worksite state (USPS code or name)", { group: ROLE }),
    city: text("--city <CITY>", "worksite city (with --state), matched to the index's BLS areas", { group: ROLE }),
    area: text("--area <NAME>", 'a BLS area as the filings spell it ("Seattle-Tacoma-Bellevue, WA")', { group: ROLE }),
    education: text("--education <LEVEL>", "minimum education: bachelors, masters or doctorate", { group: ROLE }),
    wage: text("--wage <AMOUNT>", "offered wage: 165000, 165000/year, 80/hour", { group: ROLE }),
    index: indexOption(),
    top: option("--top <N>", "employers listed", { parse: wholeNumber(1), defaultValue: 25 }),
    explain: option("--explain <N>", "explain the top N in plain language (0 for none)", { parse: wholeNumber(0), defaultValue: 3 }),
    minFilings: option("--min-filings <N>", "only employers with at least N PERM filings in the occupation", { parse: wholeNumber(0), defaultValue: 0 }),
    program: option("--program <PROGRAMS>", "only employers with PERM, LCA or PW filings in the occupation (comma-separated)", {
      parse: list((p) => oneOf(["PERM", "LCA", "PW"])(p.toUpperCase())),
    }),
    filterState: option("--filter-state <STATES>", "only employers with filings in these states (comma-separated)", { parse: list((s) => s) }),
    ...MODEL_OPTIONS,
    ...formatOptions("the ranked employers"),
  },
  examples: [
    'oflc-sponsors rank --index index.snap --title "Machine Learning Engineer" --state WA',
    "oflc-sponsors rank --index index.snap --soc 15-1252 --city Seattle --state WA --education masters --wage 165000/year --top 10",
    'oflc-sponsors rank --index index.snap --title "Data Scientist" --format csv --top 50',
  ],
  async run({ opts, io }) {
    const role: RoleQuery = {
      ...(opts.title !== undefined ? { title: opts.title } : {}),
      ...(opts.soc !== undefined ? { soc: opts.soc } : {}),
      ...(opts.state !== undefined ? { state: opts.state } : {}),
      ...(opts.city !== undefined ? { city: opts.city } : {}),
      ...(opts.area !== undefined ? { area: opts.area } : {}),
      ...(opts.education !== undefined ? { education: opts.education } : {}),
      ...(opts.wage !== undefined ? { wage: opts.wage } : {}),
    };
    checkRole(role, "rank");
    const model = await modelOptions(opts);
    const index = await loadSnapshotFile(opts.index);
    const ranked = rankEmployers(index, role, {
      ...model,
      limit: opts.top,
      minFilings: opts.minFilings,
      ...(opts.program ? { programs: opts.program } : {}),
      ...(opts.filterState ? { states: opts.filterState } : {}),
    });
    const format = opts.format ?? "table";
    if (ranked.length === 0 && format === "table") {
      io.stderr(`oflc-sponsors rank: no employer in ${opts.index} has filings for this role\n`);
      return 1;
    }
    printResult(io, format, {
      json: () => ({ role, asOf: ranked[0]?.asOf ?? model.asOf ?? index.asOf, dataAsOf: index.asOf, employers: ranked.map((r) => ({ ...r, explanation: explain(r) })) }),
      rows: () => ({
        header: ["rank", "key", "name", "status", "low_sample", "probability", "p_low", "p_high", "expected_certified", "perm_filings", "perm_certified"],
        rows: ranked.map((r) => [
          r.rank, r.key, r.name, r.status, r.lowSample, r.probability, r.interval?.[0] ?? null, r.interval?.[1] ?? null,
          r.expectedCertified, r.history?.perm.filings ?? null, r.history?.perm.certified ?? null,
        ]),
      }),
      text: () => rankText(ranked, opts.explain, io),
    });
    return 0;
  },
});

const pct = (p: number | null) => (p === null ? "—" : p > 0 && p < 0.001 ? "<0.1%" : `${(p * 100).toFixed(1)}%`);

/** The terminal view: a heading line, the table and the explanations, all fitting the terminal. */
function rankText(ranked: readonly RankedEmployer[], explainN: number, io: Io): string {
  const first = ranked[0]!;
  const width = widthOf(io);
  let text = `${wrapText(`${first.role.label}${first.role.state ? ` in ${first.role.areas[0] ?? first.role.state}` : ""}: P(certified PERM within ${first.horizonMonths} months after ${first.asOf}) · data as of ${first.dataAsOf ?? "unknown"}`, width, "  ")}\n\n`;
  text += rowsTable(io, { header: ["#", "employer", "P", "90% interval", "expected", "PERM (cert.)", "status"], rows: ranked.map(row) });
  if (ranked.some((r) => r.lowSample)) text += "* low sample: fewer than 5 PERM filings in the occupation in the window\n";
  for (const note of first.role.notes) text += `${wrapText(`note: ${note}`, width, "  ")}\n`;
  const n = Math.min(explainN, ranked.length);
  if (n > 0) text += "\n";
  for (let i = 0; i < n; i++) text += `${wrapText(`${i + 1}. ${explain(ranked[i]!)}`, width, "   ")}\n\n`;
  return text;
}

function row(r: RankedEmployer): (string | number)[] {
  const h = r.history;
  return [
    r.rank,
    r.name,
    pct(r.probability),
    r.interval ? `${pct(r.interval[0])}–${pct(r.interval[1])}` : "—",
    r.expectedCertified === null ? "—" : r.expectedCertified.toFixed(2),
    h ? `${h.perm.filings} (${h.perm.certified})` : "—",
    `${r.status}${r.lowSample ? "*" : ""}`,
  ];
}
