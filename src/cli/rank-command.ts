import { parseArgs } from "node:util";
import { explain } from "../score/explain";
import { rankEmployers, type RankedEmployer } from "../score/rank-employers";
import type { RoleQuery } from "../score/role-query";
import { loadSnapshotFile } from "../sponsors/snapshot-file";
import type { Io } from "./read-command";
import { checkRole, MODEL_FLAGS, MODEL_FLAGS_HELP, modelOptions } from "./score-flags";
import { formatTable } from "./table";
import { UsageError } from "./usage-error";

export const RANK_HELP = `Usage: oflc-sponsors rank --index index.snap (--title "…" | --soc CODE) [options]

Rank employers by the probability that they get a PERM certified for a role within the next 12 months
(an empirical-Bayes model of each employer's PERM activity and certification rate; see docs/scoring.md),
with a 90% interval, expected certified filings and, for the top employers, a plain-language explanation.

Role:
  --title "TITLE"      a job title (resolved through the index's learned title → SOC distribution)
  --soc CODE[,CODE]    SOC code(s): detailed 15-1252, broad 15-1250, minor 15-1200
  --state ST           worksite state (USPS code or name)
  --city CITY          worksite city (with --state), matched to the index's BLS areas
  --area NAME          a BLS area as the filings spell it ("Seattle-Tacoma-Bellevue, WA")
  --education LEVEL    minimum education: bachelors, masters or doctorate
  --wage AMOUNT        offered wage: 165000, 165000/year, 80/hour

Options:
  --index FILE         the snapshot written by "oflc-sponsors build" (required)
  --top N              employers listed (default 25)
  --explain N          explain the top N in plain language (default 3; 0 for none)
  --min-filings N      only employers with at least N PERM filings in the occupation
  --program P[,P]      only employers with PERM, LCA or PW filings in the occupation
  --filter-state ST[,ST]  only employers with filings in these states
${MODEL_FLAGS_HELP}
  --json               print the ranked employers (with factors and evidence) as JSON
  -h, --help           show this help

Examples:
  oflc-sponsors rank --index index.snap --title "Machine Learning Engineer" --state WA
  oflc-sponsors rank --index index.snap --soc 15-1252 --city Seattle --state WA --education masters --wage 165000/year --as-of 2026-09-30 --top 25
`;

const pct = (p: number | null) => (p === null ? "—" : p > 0 && p < 0.001 ? "<0.1%" : `${(p * 100).toFixed(1)}%`);

/** `oflc-sponsors rank …` */
export async function rankCommand(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: false,
      options: {
        index: { type: "string" },
        title: { type: "string" },
        soc: { type: "string" },
        state: { type: "string" },
        city: { type: "string" },
        area: { type: "string" },
        education: { type: "string" },
        wage: { type: "string" },
        top: { type: "string", default: "25" },
        explain: { type: "string", default: "3" },
        "min-filings": { type: "string" },
        program: { type: "string" },
        "filter-state": { type: "string" },
        ...MODEL_FLAGS,
        json: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values } = parsed;
  if (values.help) {
    io.stdout(RANK_HELP);
    return 0;
  }
  if (values.index === undefined) throw new UsageError('rank: --index FILE is required (a snapshot from "oflc-sponsors build")');
  const role: RoleQuery = {
    ...(values.title !== undefined ? { title: values.title } : {}),
    ...(values.soc !== undefined ? { soc: values.soc } : {}),
    ...(values.state !== undefined ? { state: values.state } : {}),
    ...(values.city !== undefined ? { city: values.city } : {}),
    ...(values.area !== undefined ? { area: values.area } : {}),
    ...(values.education !== undefined ? { education: values.education } : {}),
    ...(values.wage !== undefined ? { wage: values.wage } : {}),
  };
  checkRole(role, "rank");
  const whole = (flag: string, v: string, min: number) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new UsageError(`--${flag}: "${v}" is not a whole number ≥ ${min}`);
    return n;
  };
  const top = whole("top", values.top, 1);
  const explainN = whole("explain", values.explain, 0);
  const minFilings = values["min-filings"] === undefined ? 0 : whole("min-filings", values["min-filings"], 0);
  const programs = values.program?.split(",").map((p) => p.trim().toUpperCase());
  for (const p of programs ?? []) if (p !== "PERM" && p !== "LCA" && p !== "PW") throw new UsageError(`--program: "${p}" is not PERM, LCA or PW`);
  const states = values["filter-state"]?.split(",").map((s) => s.trim()).filter((s) => s !== "");
  const model = await modelOptions(values);
  const index = await loadSnapshotFile(values.index);
  const ranked = rankEmployers(index, role, {
    ...model,
    limit: top,
    minFilings,
    ...(programs ? { programs: programs as ("PERM" | "LCA" | "PW")[] } : {}),
    ...(states ? { states } : {}),
  });
  if (values.json) {
    io.stdout(JSON.stringify({ role, asOf: ranked[0]?.asOf ?? model.asOf ?? index.asOf, dataAsOf: index.asOf, employers: ranked.map((r) => ({ ...r, explanation: explain(r) })) }) + "\n");
    return 0;
  }
  if (ranked.length === 0) {
    io.stderr(`oflc-sponsors rank: no employer in ${values.index} has filings for this role\n`);
    return 1;
  }
  const first = ranked[0]!;
  io.stdout(`${first.role.label}${first.role.state ? ` in ${first.role.areas[0] ?? first.role.state}` : ""}: P(certified PERM within ${first.horizonMonths} months after ${first.asOf}) · data as of ${first.dataAsOf ?? "unknown"}\n\n`);
  io.stdout(formatTable(["#", "employer", "P", "90% interval", "expected", "PERM (cert.)", "status"], ranked.map((r) => row(r))));
  for (const note of first.role.notes) io.stdout(`note: ${note}\n`);
  const n = Math.min(explainN, ranked.length);
  if (n > 0) io.stdout("\n");
  for (let i = 0; i < n; i++) io.stdout(`${i + 1}. ${explain(ranked[i]!)}\n\n`);
  return 0;
}

function row(r: RankedEmployer): (string | number)[] {
  const h = r.history;
  return [
    r.rank,
    r.name.length > 42 ? `${r.name.slice(0, 41)}…` : r.name,
    pct(r.probability),
    r.interval ? `${pct(r.interval[0])}–${pct(r.interval[1])}` : "—",
    r.expectedCertified === null ? "—" : r.expectedCertified.toFixed(2),
    h ? `${h.perm.filings} (${h.perm.certified})` : "—",
    `${r.status}${r.lowSample ? ", low sample" : ""}`,
  ];
}
