import { parseArgs } from "node:util";
import { occupationsFor } from "../occupations/occupations-for";
import { loadSnapshotFile } from "../sponsors/snapshot-file";
import type { Io } from "./read-command";
import { formatTable } from "./table";
import { UsageError } from "./usage-error";

export const OCCUPATIONS_HELP = `Usage: oflc-sponsors occupations "<job title>" --index index.snap [options]

Show the SOC-2018 occupations a job title is filed under, learned from the filings in a sponsor
index (their own job titles and SOC codes), with each code's share of the title's filings.
Seniority words (Senior, II, Lead) and intern words (Intern, Co-op) are ignored; an official SOC
title ("Software Developers, Applications") resolves to its code.

Options:
  --index FILE   the snapshot written by "oflc-sponsors build" (required)
  --limit N      most codes to show (default 10)
  --json         print { title, occupations } as JSON
  -h, --help     show this help

Examples:
  oflc-sponsors occupations "Machine Learning Intern" --index index.snap
  oflc-sponsors occupations "Sr. Data Engineer" --index index.snap --json
`;

/** `oflc-sponsors occupations …` */
export async function occupationsCommand(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        index: { type: "string" },
        limit: { type: "string", default: "10" },
        json: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(OCCUPATIONS_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('occupations: give one job title (quote it: "Data Engineer")');
  if (values.index === undefined) throw new UsageError("occupations: --index FILE is required (a snapshot from \"oflc-sponsors build\")");
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit: "${values.limit}" is not a positive whole number`);
  const index = await loadSnapshotFile(values.index);
  const title = positionals[0]!;
  const occupations = occupationsFor(index, title, { limit });
  if (values.json) {
    io.stdout(JSON.stringify({ title, occupations }) + "\n");
    return occupations.length > 0 ? 0 : 1;
  }
  if (occupations.length === 0) {
    io.stderr(`oflc-sponsors occupations: no occupation found for "${title}" in ${values.index}\n`);
    return 1;
  }
  io.stdout(
    formatTable(
      ["soc", "title", "share", "filings", "via"],
      occupations.map((o) => [o.soc, o.title ?? "", `${(o.share * 100).toFixed(1)}%`, o.filings, o.via]),
    ),
  );
  return 0;
}
