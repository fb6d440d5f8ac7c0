import { defineCommand } from "./command";
import { flag, option, text, wholeNumber } from "./option-spec";

/** `oflc-sponsors generate …` */
export const generateCommand = defineCommand({
  name: "generate",
  summary: "write the seeded sample files (data-samples/) or full-size bench files",
  description: `Write fictional disclosure files in the exact official layouts, from a seeded generator
(same seed, same bytes). Without --bench: the small sample set (data-samples/ and MANIFEST.json).
With --bench: full-size files for benchmarks (700,000 LCA rows, 150,000 PERM rows by default).`,
  options: {
    out: text("--out <DIR>", "the folder to write", { defaultValue: "data-samples" }),
    seed: option("--seed <N>", "the generator's seed", { parse: wholeNumber(0), defaultValue: 20240930 }),
    bench: flag("--bench", "write full-size benchmark files instead of the samples"),
    lcaRows: option("--lca-rows <N>", "LCA rows with --bench (default 700,000)", { parse: wholeNumber(0) }),
    permRows: option("--perm-rows <N>", "PERM rows with --bench (default 150,000)", { parse: wholeNumber(0) }),
  },
  examples: ["oflc-sponsors generate --out samples-copy", "oflc-sponsors generate --bench --lca-rows 2000 --perm-rows 500 --out bench/out"],
  async run({ opts, io }) {
    const { writeSampleFiles, writeBenchFiles } = await import("../generate/write-sample-files");
    if (opts.bench) {
      const res = await writeBenchFiles(opts.out, {
        seed: opts.seed,
        ...(opts.lcaRows !== undefined ? { lcaRows: opts.lcaRows } : {}),
        ...(opts.permRows !== undefined ? { permRows: opts.permRows } : {}),
      });
      for (const f of res.files) io.stdout(`wrote ${f}\n`);
    } else {
      const manifest = await writeSampleFiles(opts.out, { seed: opts.seed });
      io.stdout(`wrote ${manifest.files.length} sample files and MANIFEST.json to ${opts.out}\n`);
    }
    return 0;
  },
});
