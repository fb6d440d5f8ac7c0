import { parseArgs } from "node:util";
import type { Io } from "./read-command";
import { UsageError } from "./usage-error";

export const GENERATE_HELP = `Usage: oflc-sponsors generate [--out DIR] [--seed N] [--bench] [--lca-rows N] [--perm-rows N]

Write fictional disclosure files in the exact official layouts, from a seeded generator
(same seed, same bytes). Without --bench: the small sample set (data-samples/ and MANIFEST.json).
With --bench: full-size files for benchmarks (700,000 LCA rows, 150,000 PERM rows by default).

Examples:
  oflc-sponsors generate --out data-samples
  oflc-sponsors generate --bench --out bench/out
`;

/** `oflc-sponsors generate …` */
export async function generateCommand(argv: string[], io: Io): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        out: { type: "string", default: "data-samples" },
        seed: { type: "string", default: "20240930" },
        bench: { type: "boolean", default: false },
        "lca-rows": { type: "string" },
        "perm-rows": { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (values.help) {
    io.stdout(GENERATE_HELP);
    return 0;
  }
  const int = (flag: string, v: string | undefined): number | undefined => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${flag}: "${v}" is not a non-negative integer`);
    return n;
  };
  const seed = int("seed", values.seed)!;
  const { writeSampleFiles, writeBenchFiles } = await import("../generate/write-sample-files");
  if (values.bench) {
    const lcaRows = int("lca-rows", values["lca-rows"]);
    const permRows = int("perm-rows", values["perm-rows"]);
    const res = await writeBenchFiles(values.out, {
      seed,
      ...(lcaRows !== undefined ? { lcaRows } : {}),
      ...(permRows !== undefined ? { permRows } : {}),
    });
    for (const f of res.files) io.stdout(`wrote ${f}\n`);
  } else {
    const manifest = await writeSampleFiles(values.out, { seed });
    io.stdout(`wrote ${manifest.files.length} sample files and MANIFEST.json to ${values.out}\n`);
  }
  return 0;
}
