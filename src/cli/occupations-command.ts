import { occupationsFor } from "../occupations/occupations-for";
import { loadSnapshotFile } from "../sponsors/snapshot-file";
import { defineCommand } from "./command";
import { option, wholeNumber } from "./option-spec";
import { printResult, rowsTable } from "./output";
import { formatOptions, indexOption } from "./shared-options";

/** `oflc-sponsors occupations …` */
export const occupationsCommand = defineCommand({
  name: "occupations",
  summary: "the SOC codes a job title is filed under, with shares",
  description: `Show the SOC-2018 occupations a job title is filed under, learned from the filings in a sponsor
index (their own job titles and SOC codes), with each code's share of the title's filings.
Seniority words (Senior, II, Lead) and intern words (Intern, Co-op) are ignored; an official SOC
title ("Software Developers, Applications") resolves to its code.`,
  arguments: [{ name: "<title>", description: 'a job title (quote it: "Data Engineer")' }],
  options: {
    index: indexOption(),
    limit: option("--limit <N>", "most codes to show", { parse: wholeNumber(1), defaultValue: 10 }),
    ...formatOptions("the occupations"),
  },
  examples: [
    'oflc-sponsors occupations "Machine Learning Intern" --index index.snap',
    'oflc-sponsors occupations "Sr. Data Engineer" --index index.snap --json',
    'oflc-sponsors occupations "Software Developers, Applications" --index index.snap --format csv',
  ],
  async run({ args, opts, io }) {
    const index = await loadSnapshotFile(opts.index);
    const title = args[0]!;
    const occupations = occupationsFor(index, title, { limit: opts.limit });
    const format = opts.format ?? "table";
    if (occupations.length === 0) {
      if (format === "json") io.stdout(JSON.stringify({ title, occupations }) + "\n");
      io.stderr(`oflc-sponsors occupations: no occupation found for "${title}" in ${opts.index}\n`);
      return 1;
    }
    printResult(io, format, {
      json: () => ({ title, occupations }),
      rows: () => ({
        header: ["soc", "title", "share", "filings", "via"],
        rows: occupations.map((o) => [o.soc, o.title ?? "", o.share, o.filings, o.via]),
      }),
      text: () =>
        rowsTable(io, {
          header: ["soc", "title", "share", "filings", "via"],
          rows: occupations.map((o) => [o.soc, o.title ?? "", `${(o.share * 100).toFixed(1)}%`, o.filings, o.via]),
        }),
    });
    return 0;
  },
});
