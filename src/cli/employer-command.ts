import { parseArgs } from "node:util";
import { findEmployer } from "../employers/find-employer";
import { loadAliasTable } from "../employers/load-alias-table";
import { employerProfile, type EmployerProfile } from "../sponsors/employer-profile";
import { loadSnapshotFile } from "../sponsors/snapshot-file";
import type { Io } from "./read-command";
import { formatTable } from "./table";
import { UsageError } from "./usage-error";

export const EMPLOYER_HELP = `Usage: oflc-sponsors employer "<name, brand or FEIN>" --index index.snap [options]

Find an employer in a sponsor index and print its profile: FEINs and names (with how each name was
linked), filings per fiscal year, program and status, occupations, worksites, wages, PW levels,
education, processing time, and case numbers as evidence.

Options:
  --index FILE          the snapshot written by "oflc-sponsors build" (required)
  --scope entity|parent legal entity (default) or the alias-table parent it rolls up to
  --aliases FILE        apply this alias table instead of the one stored in the snapshot
  --candidates N        how many candidate employers to list (default 5)
  --json                print { query, candidates, profile } as JSON
  -h, --help            show this help

Examples:
  oflc-sponsors employer "Capgemini" --index index.snap
  oflc-sponsors employer 46-8002041 --index index.snap --json
`;

/** `oflc-sponsors employer …` */
export async function employerCommand(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        index: { type: "string" },
        scope: { type: "string", default: "entity" },
        aliases: { type: "string" },
        candidates: { type: "string", default: "5" },
        json: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(EMPLOYER_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('employer: give one name, brand or FEIN (quote names with spaces: "Tech Mahindra")');
  if (values.index === undefined) throw new UsageError("employer: --index FILE is required (a snapshot from \"oflc-sponsors build\")");
  const scope = values.scope;
  if (scope !== "entity" && scope !== "parent") throw new UsageError(`--scope: "${scope}" is not entity or parent`);
  const limit = Number(values.candidates);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--candidates: "${values.candidates}" is not a positive whole number`);
  const aliases = values.aliases === undefined ? undefined : await loadAliasTable(values.aliases);
  const index = await loadSnapshotFile(values.index, aliases ? { aliases } : {});
  const query = positionals[0]!;
  const candidates = findEmployer(index, query, { limit });
  const profile = candidates[0] ? employerProfile(index, candidates[0].key, { scope }) : null;
  if (values.json) {
    io.stdout(JSON.stringify({ query, candidates, profile }) + "\n");
    return profile ? 0 : 1;
  }
  if (!profile) {
    io.stderr(`oflc-sponsors employer: no employer in ${values.index} matches "${query}"\n`);
    return 1;
  }
  io.stdout(formatProfile(profile));
  if (candidates.length > 1) {
    io.stdout("\nOther candidates\n");
    io.stdout(formatTable(["key", "name", "confidence", "match", "filings"], candidates.slice(1).map((c) => [c.key, c.name, c.confidence, c.match, c.filings])));
  }
  return 0;
}

const fmt = (n: number) => n.toLocaleString("en-US");

/** Plain-text rendering of a profile. */
export function formatProfile(p: EmployerProfile): string {
  const out: string[] = [];
  out.push(`${p.name}  (${p.key}${p.scope === "parent" ? ", parent scope" : ""})  data as of ${p.asOf ?? "unknown"}`);
  const programs = Object.entries(p.byProgram).map(([k, v]) => `${k} ${fmt(v.filings)} (${fmt(v.approved)} approved)`);
  out.push(`${p.feins.length ? `FEIN ${p.feins.join(", ")} · ` : ""}${fmt(p.filings)} filings · ${programs.join(" · ")}`);
  const days = Object.entries(p.medianDays).map(([k, v]) => `${k} ${v}`);
  out.push(`first filing ${p.firstFiling ?? "?"} · last ${p.lastFiling ?? "?"}${days.length ? ` · median days to decision: ${days.join(", ")}` : ""}`);
  if (p.parent) out.push(`parent: ${p.parent.name} (${p.parent.key})`);
  out.push("", "Names and how they were linked");
  out.push(formatTable(["name", "state", "fein", "filings", "link", "confidence", "spelled"], p.names.map((n) => [n.name, n.state ?? "", n.fein ?? "", n.filings, n.link, n.confidence, n.spellings.slice(0, 2).join(" | ")])).trimEnd());
  out.push("", "History by decision fiscal year");
  out.push(
    formatTable(
      ["FY", "program", "filings", "approved", "certified", "expired", "cert-wd", "denied", "withdrawn", "determined"],
      p.history.map((h) => [
        h.fiscalYear ?? "?", h.program, h.filings, h.approved, h.byStatus.certified ?? 0, h.byStatus["certified-expired"] ?? 0,
        h.byStatus["certified-withdrawn"] ?? 0, h.byStatus.denied ?? 0, h.byStatus.withdrawn ?? 0, h.byStatus.determined ?? 0,
      ]),
    ).trimEnd(),
  );
  out.push("", "Occupations");
  out.push(
    formatTable(
      ["soc", "title", "filings", "PERM", "LCA", "PW", "approved", "inferred"],
      p.occupations.slice(0, 15).map((o) => [o.soc ?? "(none)", o.title ?? "", o.filings, o.byProgram.PERM ?? 0, o.byProgram.LCA ?? 0, o.byProgram.PW ?? 0, o.approved, o.inferred]),
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
  return out.join("\n") + "\n";
}
