import { basename } from "node:path";
import { parseArgs } from "node:util";
import { loadAliasTable } from "../employers/load-alias-table";
import { loadDatasetStream, listDataFiles } from "../io/load-dataset";
import { loadWageLibrary } from "../io/load-wage-library";
import { createSponsorIndexBuilder } from "../sponsors/create-sponsor-index-builder";
import { saveSnapshotFile } from "../sponsors/snapshot-file";
import type { Io } from "./read-command";
import { formatTable } from "./table";
import { UsageError } from "./usage-error";

export const BUILD_HELP = `Usage: oflc-sponsors build <files or folders...> --out index.snap [options]

Build the sponsor index (employer x occupation x fiscal year x status, PERM + LCA + PW) from OFLC
disclosure files of any era and save it as one snapshot. Files are streamed one at a time; a case
found in several files (cumulative quarters, re-added files) is counted once, from its latest decision.

Options:
  --out FILE           the snapshot to write (required), e.g. index.snap
  --aliases FILE       a JSON alias table (brands, legal entities, parents; see docs/sponsor-index.md)
  --wages PATH         a wage-library folder or OFLC_Wages_YYYY-YY.zip: its SOC table (oes_soc_occs.csv)
                       adds official SOC titles, for files whose only occupation field is a title
  --as-of YYYY-MM-DD   data-as-of date to record (default: the latest decision date indexed)
  --evidence N         case numbers kept per index cell as evidence (0-16, default 3)
  --json               print the summary as JSON
  -h, --help           show this help

Progress goes to stderr; the summary to stdout. The index needs about 45 bytes per case (ten years of
LCA + PERM: ~350 MB); for big builds on a small machine, NODE_OPTIONS=--max-old-space-size=1024 keeps
V8 from letting the reader's garbage pile up (peak ~1 GB instead of ~1.7 GB for 7.5 million cases).

Examples:
  oflc-sponsors build data-samples --out index.snap
  oflc-sponsors build lca/ perm/ pw/ --out index.snap --aliases aliases.json
`;

/** `oflc-sponsors build …` */
export async function buildCommand(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: "string" },
        aliases: { type: "string" },
        wages: { type: "string" },
        "as-of": { type: "string" },
        evidence: { type: "string" },
        json: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(BUILD_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("build: give at least one file or folder (see --help)");
  if (values.out === undefined) throw new UsageError("build: --out FILE is required (where to write the snapshot)");
  const asOf = values["as-of"];
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new UsageError(`--as-of: "${asOf}" is not a date YYYY-MM-DD`);
  let evidence: number | undefined;
  if (values.evidence !== undefined) {
    evidence = Number(values.evidence);
    if (!Number.isInteger(evidence) || evidence < 0 || evidence > 16) throw new UsageError(`--evidence: "${values.evidence}" is not a whole number from 0 to 16`);
  }
  const aliases = values.aliases === undefined ? undefined : await loadAliasTable(values.aliases);
  const socTitles = values.wages === undefined ? undefined : [...(await loadWageLibrary(values.wages)).occupations].map(([code, title]) => ({ code, title }));

  const started = performance.now();
  const files = await listDataFiles(positionals);
  if (files.length === 0) throw new UsageError(`build: no .csv, .tsv or .txt files in ${positionals.join(", ")}`);
  const builder = createSponsorIndexBuilder({
    ...(aliases ? { aliases } : {}),
    ...(socTitles ? { socTitles } : {}),
    ...(asOf ? { asOf } : {}),
    ...(evidence !== undefined ? { evidencePerCell: evidence } : {}),
  });
  const perFile: { file: string; era: string; rows: number; kept: number; flagged: number; seconds: number }[] = [];
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    const t0 = performance.now();
    const tag = `[${i + 1}/${files.length}] ${basename(file)}`;
    const stream = await loadDatasetStream(file, {
      onProgress: (p) => {
        if (!io.isTTY) return;
        const pct = p.totalBytes ? ` ${Math.round((100 * p.bytes) / p.totalBytes)}%` : "";
        io.stderr(`\r${tag}${pct} · ${p.rows.toLocaleString("en-US")} rows   `);
      },
    });
    await builder.addStream(stream);
    const seconds = (performance.now() - t0) / 1000;
    const s = stream.summary;
    perFile.push({ file, era: s.era ?? "", rows: s.read, kept: s.kept, flagged: s.flagged, seconds });
    if (io.isTTY) io.stderr("\r" + " ".repeat(Math.min(120, tag.length + 40)) + "\r");
    io.stderr(`${tag}: ${s.kept.toLocaleString("en-US")} filings (${s.era ?? "?"}) in ${seconds.toFixed(1)} s\n`);
  }
  io.stderr("finishing the index…\n");
  const index = builder.finish();
  const bytes = await saveSnapshotFile(index, values.out);
  const seconds = (performance.now() - started) / 1000;
  const st = builder.stats;
  const summary = {
    out: values.out,
    bytes,
    seconds: Math.round(seconds * 10) / 10,
    asOf: index.asOf,
    files: files.length,
    filingsRead: st.added,
    cases: index.filings,
    replaced: st.replaced,
    superseded: st.superseded,
    employers: index.resolution.employers.key.length,
    nameRecords: index.nodes.name.length,
    groups: index.groups.node.length,
    cells: index.cells.count.length,
    titles: index.titles.titles.length,
  };
  if (values.json) {
    io.stdout(JSON.stringify({ ...summary, sources: perFile.map((f) => ({ ...f, seconds: Math.round(f.seconds * 10) / 10 })) }) + "\n");
  } else {
    io.stdout(formatTable(["file", "era", "rows", "kept", "flagged"], perFile.map((f) => [basename(f.file), f.era, f.rows, f.kept, f.flagged])));
    io.stdout(
      `indexed ${summary.cases.toLocaleString("en-US")} cases (${summary.filingsRead.toLocaleString("en-US")} filings read, ` +
        `${(summary.replaced + summary.superseded).toLocaleString("en-US")} repeats of a case) · ${summary.employers.toLocaleString("en-US")} employers ` +
        `from ${summary.nameRecords.toLocaleString("en-US")} name records · data as of ${summary.asOf ?? "unknown"}\n` +
        `wrote ${values.out} (${(bytes / 2 ** 20).toFixed(1)} MiB) in ${summary.seconds} s\n`,
    );
  }
  return 0;
}
