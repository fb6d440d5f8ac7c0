import { findEmployer } from "../employers/find-employer";
import { loadAliasTable } from "../employers/load-alias-table";
import { employerProfile, type EmployerProfile } from "../sponsors/employer-profile";
import { loadSnapshotFile } from "../sponsors/snapshot-file";
import { barChart } from "./bar-chart";
import { defineCommand } from "./command";
import { widthOf } from "./io";
import { oneOf, option, text, wholeNumber } from "./option-spec";
import { printResult } from "./output";
import { formatOptions, indexOption } from "./shared-options";
import { formatTable, wrapText } from "./table";

/** `oflc-sponsors employer …` */
export const employerCommand = defineCommand({
  name: "employer",
  summary: "an employer's profile from a snapshot: filings by year, occupations, wages",
  description: `Find an employer in a sponsor index and print its profile: FEINs and names (with how each name was
linked), filings per fiscal year (with a bar chart), program and status, occupations, worksites,
wages, PW levels, education, processing time, and case numbers as evidence. --format csv prints
the yearly history rows; --format json the full { query, candidates, profile }.`,
  arguments: [{ name: "<employer>", description: 'a name, brand or FEIN (quote names with spaces: "Tech Mahindra")' }],
  options: {
    index: indexOption(),
    scope: option("--scope <SCOPE>", "entity (the legal entity) or parent (the alias-table parent it rolls up to)", {
      parse: oneOf(["entity", "parent"]),
      defaultValue: "entity" as "entity" | "parent",
    }),
    aliases: text("--aliases <FILE>", "apply this alias table instead of the one stored in the snapshot"),
    candidates: option("--candidates <N>", "how many candidate employers to list", { parse: wholeNumber(1), defaultValue: 5 }),
    ...formatOptions("the profile"),
  },
  examples: [
    'oflc-sponsors employer "Corvana Data" --index index.snap',
    "oflc-sponsors employer 46-8002041 --index index.snap --json",
    'oflc-sponsors employer "Halvorsen Technologies" --index index.snap --format csv',
  ],
  async run({ args, opts, io }) {
    const aliases = opts.aliases === undefined ? undefined : await loadAliasTable(opts.aliases);
    const index = await loadSnapshotFile(opts.index, aliases ? { aliases } : {});
    const query = args[0]!;
    const candidates = findEmployer(index, query, { limit: opts.candidates });
    const profile = candidates[0] ? employerProfile(index, candidates[0].key, { scope: opts.scope }) : null;
    const format = opts.format ?? "table";
    if (!profile) {
      if (format === "json") io.stdout(JSON.stringify({ query, candidates, profile }) + "\n");
      io.stderr(`oflc-sponsors employer: no employer in ${opts.index} matches "${query}"\n`);
      return 1;
    }
    const width = widthOf(io);
    printResult(io, format, {
      json: () => ({ query, candidates, profile }),
      rows: () => ({
        header: ["key", "name", "fiscal_year", "program", "filings", "approved", ...STATUSES],
        rows: profile.history.map((h) => [profile.key, profile.name, h.fiscalYear, h.program, h.filings, h.approved, ...STATUSES.map((s) => h.byStatus[s] ?? 0)]),
      }),
      text: () => {
        let text = formatProfile(profile, width);
        if (candidates.length > 1) {
          text += "\nOther candidates\n";
          text += formatTable(["key", "name", "confidence", "match", "filings"], candidates.slice(1).map((c) => [c.key, c.name, c.confidence, c.match, c.filings]), { maxWidth: width });
        }
        return text;
      },
    });
    return 0;
  },
});

const STATUSES = ["certified", "certified-expired", "certified-withdrawn", "denied", "withdrawn", "determined"] as const;

/** Filings per fiscal year, all programs together, oldest first. */
export function filingsByYear(p: EmployerProfile): { label: string; value: number }[] {
  const byYear = new Map<string, number>();
  for (const h of p.history) {
    const label = h.fiscalYear === null ? "FY?" : `FY${h.fiscalYear}`;
    byYear.set(label, (byYear.get(label) ?? 0) + h.filings);
  }
  return [...byYear].sort(([a], [b]) => a.localeCompare(b)).map(([label, value]) => ({ label, value }));
}

const fmt = (n: number) => n.toLocaleString("en-US");

/** Plain-text rendering of a profile. */
export function formatProfile(p: EmployerProfile, width = 80): string {
  const out: string[] = [];
  out.push(`${p.name}  (${p.key}${p.scope === "parent" ? ", parent scope" : ""})  data as of ${p.asOf ?? "unknown"}`);
  const programs = Object.entries(p.byProgram).map(([k, v]) => `${k} ${fmt(v.filings)} (${fmt(v.approved)} approved)`);
  out.push(`${p.feins.length ? `FEIN ${p.feins.join(", ")} · ` : ""}${fmt(p.filings)} filings · ${programs.join(" · ")}`);
  const days = Object.entries(p.medianDays).map(([k, v]) => `${k} ${v}`);
  out.push(`first filing ${p.firstFiling ?? "?"} · last ${p.lastFiling ?? "?"}${days.length ? ` · median days to decision: ${days.join(", ")}` : ""}`);
  if (p.parent) out.push(`parent: ${p.parent.name} (${p.parent.key})`);
  out.push("", "Names and how they were linked");
  out.push(formatTable(["name", "state", "fein", "filings", "link", "confidence", "spelled"], p.names.map((n) => [n.name, n.state ?? "", n.fein ?? "", n.filings, n.link, n.confidence, n.spellings.slice(0, 2).join(" | ")]), { maxWidth: width, elastic: [6] }).trimEnd());
  out.push("", "Filings by decision fiscal year");
  out.push(barChart(filingsByYear(p), { width }).trimEnd());
  out.push("", "History by decision fiscal year");
  out.push(
    formatTable(
      ["FY", "program", "filed", "approved", "cert.", "expired", "cert-wd", "denied", "wdrawn", "determ."],
      p.history.map((h) => [
        h.fiscalYear ?? "?", h.program, h.filings, h.approved, h.byStatus.certified ?? 0, h.byStatus["certified-expired"] ?? 0,
        h.byStatus["certified-withdrawn"] ?? 0, h.byStatus.denied ?? 0, h.byStatus.withdrawn ?? 0, h.byStatus.determined ?? 0,
      ]),
      { maxWidth: width },
    ).trimEnd(),
  );
  out.push("", "Occupations");
  out.push(
    formatTable(
      ["soc", "title", "filings", "PERM", "LCA", "PW", "approved", "inferred"],
      p.occupations.slice(0, 15).map((o) => [o.soc ?? "(none)", o.title ?? "", o.filings, o.byProgram.PERM ?? 0, o.byProgram.LCA ?? 0, o.byProgram.PW ?? 0, o.approved, o.inferred]),
      { maxWidth: width },
    ).trimEnd(),
  );
  out.push("");
  out.push(`Worksite states: ${p.worksiteStates.slice(0, 10).map((s) => `${s.state} ${fmt(s.filings)}`).join(", ") || "(none)"}`);
  if (p.blsAreas.length) out.push(`BLS areas: ${p.blsAreas.slice(0, 5).map((s) => `${s.area} ${fmt(s.filings)}`).join("; ")}`);
  const wages = Object.entries(p.offeredWage).map(([k, w]) => `${k} median $${fmt(w.median)} (IQR $${fmt(w.p25)}–$${fmt(w.p75)}, n=${fmt(w.filings)})`);
  if (wages.length) out.push(`Offered wage: ${wages.join(" · ")}`);
  out.push(`PW levels: ${Object.entries(p.pwLevels).map(([k, v]) => `${k} ${fmt(v)}`).join(" · ")}`);
  out.push(`Minimum education: ${Object.entries(p.education).map(([k, v]) => `${k} ${fmt(v)}`).join(" · ")}`);
  if (p.evidence.length) {
    out.push("", "Evidence (latest case numbers)");
    for (const e of p.evidence.slice(0, 8)) out.push(`  FY${e.fiscalYear ?? "?"} ${e.program} ${e.status}: ${e.caseNumbers.join(", ")}`);
  }
  // Tables and the chart (multi-line) already fit; prose lines are wrapped.
  return out.map((line) => (line.includes("\n") ? line : wrapText(line, width, "  "))).join("\n") + "\n";
}
