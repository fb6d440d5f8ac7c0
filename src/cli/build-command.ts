import { basename } from "node:path";
import { loadAliasTable } from "../employers/load-alias-table";
import { loadDatasetStream, listDataFiles } from "../io/load-dataset";
import { loadWageLibrary } from "../io/load-wage-library";
import { createSponsorIndexBuilder } from "../sponsors/create-sponsor-index-builder";
import { saveSnapshotFile } from "../sponsors/snapshot-file";
import { defineCommand } from "./command";
import { isoDate, option, text, wholeNumber } from "./option-spec";
import { printResult, rowsTable } from "./output";
import { clockOf, createProgress } from "./progress";
import { formatOptions } from "./shared-options";
import { UsageError } from "./usage-error";

/** `oflc-sponsors build …` */
export const buildCommand = defineCommand({
  name: "build",
  summary: "build the sponsor index (employer x SOC x fiscal year) and save a snapshot",
  description: `Build the sponsor index (employer x occupation x fiscal year x status, PERM + LCA + PW) from OFLC
disclosure files of any era and save it as one snapshot. Files are streamed one at a time; a case
found in several files (cumulative quarters, re-added files) is counted once, from its latest decision.`,
  arguments: [{ name: "<paths...>", description: "files or folders of disclosure data" }],
  options: {
    out: text("--out <FILE>", "the snapshot to write, e.g. index.snap", { required: true }),
    aliases: text("--aliases <FILE>", "a JSON alias table (brands, legal entities, parents; see docs/sponsor-index.md)"),
    wages: text("--wages <PATH>", "a wage-library folder or OFLC_Wages_YYYY-YY.zip: its SOC table adds official SOC titles, for files whose only occupation field is a title"),
    asOf: option("--as-of <DATE>", "data-as-of date to record, YYYY-MM-DD (default: the latest decision date indexed)", { parse: isoDate }),
    evidence: option("--evidence <N>", "case numbers kept per index cell as evidence", { parse: wholeNumber(0, 16), defaultValue: 3 }),
    ...formatOptions("the summary"),
  },
  notes: `Progress goes to stderr; the summary to stdout. The index needs about 45 bytes per case: ten years of
LCA + PERM (8.5 million cases) peaked at ~830 MB (docs/performance.md). On a very small machine,
NODE_OPTIONS=--max-old-space-size=768 makes V8 collect the reader's garbage sooner.`,
  examples: [
    "oflc-sponsors build data-samples --out index.snap",
    "oflc-sponsors build data-samples --out index.snap --wages data-samples/wages/OFLC_Wages_2025-26 --json",
    "oflc-sponsors build data-samples/PERM_Disclosure_Data_FY2025_Q4.csv data-samples/LCA_Disclosure_Data_FY2025_Q4.csv --out perm-lca.snap",
  ],
  async run({ args, opts, io }) {
    const aliases = opts.aliases === undefined ? undefined : await loadAliasTable(opts.aliases);
    const socTitles = opts.wages === undefined ? undefined : [...(await loadWageLibrary(opts.wages)).occupations].map(([code, title]) => ({ code, title }));
    const now = clockOf(io);
    const started = now();
    const files = await listDataFiles(args);
    if (files.length === 0) throw new UsageError(`no .csv, .tsv or .txt files in ${args.join(", ")}`);
    const builder = createSponsorIndexBuilder({
      ...(aliases ? { aliases } : {}),
      ...(socTitles ? { socTitles } : {}),
      ...(opts.asOf ? { asOf: opts.asOf } : {}),
      evidencePerCell: opts.evidence,
    });
    const progress = createProgress(io, { quiet: opts.quiet });
    const perFile: { file: string; era: string; rows: number; kept: number; flagged: number; seconds: number }[] = [];
    for (let i = 0; i < files.length; i++) {
      const file = files[i]!;
      const t0 = now();
      const tag = `[${i + 1}/${files.length}] ${basename(file)}`;
      const stream = await loadDatasetStream(file, { onProgress: (p) => progress.update({ label: tag, done: p.bytes, total: p.totalBytes, rows: p.rows }) });
      await builder.addStream(stream);
      const seconds = (now() - t0) / 1000;
      const s = stream.summary;
      perFile.push({ file, era: s.era ?? "", rows: s.read, kept: s.kept, flagged: s.flagged, seconds });
      progress.line(`${tag}: ${s.kept.toLocaleString("en-US")} filings (${s.era ?? "?"}) in ${seconds.toFixed(1)} s`);
    }
    progress.line("finishing the index…");
    const index = builder.finish();
    const bytes = await saveSnapshotFile(index, opts.out);
    progress.done();
    const seconds = (now() - started) / 1000;
    const st = builder.stats;
    const summary = {
      out: opts.out,
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
    const rows = () => ({
      header: ["file", "era", "rows", "kept", "flagged", "seconds"],
      rows: perFile.map((f) => [f.file, f.era, f.rows, f.kept, f.flagged, Math.round(f.seconds * 10) / 10]),
    });
    printResult(io, opts.format ?? "table", {
      json: () => ({ ...summary, sources: perFile.map((f) => ({ ...f, seconds: Math.round(f.seconds * 10) / 10 })) }),
      rows,
      text: () =>
        rowsTable(io, { header: ["file", "era", "rows", "kept", "flagged"], rows: perFile.map((f) => [basename(f.file), f.era, f.rows, f.kept, f.flagged]) }) +
        `indexed ${summary.cases.toLocaleString("en-US")} cases (${summary.filingsRead.toLocaleString("en-US")} filings read, ` +
        `${(summary.replaced + summary.superseded).toLocaleString("en-US")} repeats of a case) · ${summary.employers.toLocaleString("en-US")} employers ` +
        `from ${summary.nameRecords.toLocaleString("en-US")} name records · data as of ${summary.asOf ?? "unknown"}\n` +
        `wrote ${opts.out} (${(bytes / 2 ** 20).toFixed(1)} MiB) in ${summary.seconds} s\n`,
    });
    return 0;
  },
});
