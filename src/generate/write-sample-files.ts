// The Node-only edge of the generator: writes the platform-neutral output of ./sample-files and
// ./bench-files to disk. Nothing else in src/generate imports node:*.
import { createWriteStream } from "node:fs";
import { mkdir, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { once } from "node:events";
import { DisclosureError } from "../errors";
import { planBenchFiles } from "./bench-files";
import { formatManifest } from "./format-manifest";
import type { Manifest } from "./manifest";
import { DEFAULT_SEED, generateSampleSet } from "./sample-files";
import { generateWorld } from "./world";

/**
 * Write the sample disclosure files and `MANIFEST.json` into `dir` (created if missing). Same seed →
 * byte-identical files.
 *
 * @example
 * const manifest = await writeSampleFiles("data-samples");
 * manifest.files.length; // => 10
 */
export async function writeSampleFiles(dir: string, options: { seed?: number } = {}): Promise<Manifest> {
  const seed = options.seed ?? DEFAULT_SEED;
  const set = generateSampleSet(seed);
  await mkdir(dir, { recursive: true });
  for (const f of set.files) await writeFile(join(dir, f.file), f.bytes);
  await writeFile(join(dir, "MANIFEST.json"), formatManifest(set.manifest));
  return set.manifest;
}

/** Facts about one written benchmark file. */
export interface BenchFileInfo {
  readonly file: string;
  readonly path: string;
  readonly rows: number;
  readonly blankRows: number;
  readonly columns: number;
  readonly bytes: number;
}

/**
 * Write full-size benchmark files into `dir`: a FLAG-era LCA CSV (default 700,000 rows, 97 columns, about
 * 500 MB) and a new-form PERM CSV (default 150,000 rows), drawn from a 40,000-employer world. The text is
 * streamed to disk in chunks with backpressure; the whole file is never in memory.
 *
 * @example
 * const { files } = await writeBenchFiles("bench/out", { lcaRows: 1000, permRows: 100 });
 * files.length; // => 2
 */
export async function writeBenchFiles(
  dir: string,
  options: { seed?: number; lcaRows?: number; permRows?: number; worldSize?: number } = {},
): Promise<{ files: string[]; details: BenchFileInfo[] }> {
  const seed = options.seed ?? DEFAULT_SEED;
  const lcaRows = options.lcaRows ?? 700_000;
  const permRows = options.permRows ?? 150_000;
  for (const [name, value] of [["lcaRows", lcaRows], ["permRows", permRows]] as const) {
    if (!Number.isInteger(value) || value < 0) {
      throw new DisclosureError("invalid_option", `writeBenchFiles: ${name} must be a non-negative integer; got ${value}`);
    }
  }
  const world = generateWorld(seed, options.worldSize ?? "full");
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  const details: BenchFileInfo[] = [];
  for (const plan of planBenchFiles(world, { lcaRows, permRows, seed })) {
    const path = join(dir, plan.file);
    const out = createWriteStream(path, { highWaterMark: 1 << 22 });
    const failed = once(out, "error").then(([e]) => {
      throw new DisclosureError("io_error", `Could not write ${path}: ${String(e)}`, { file: path, cause: e });
    });
    for (const chunk of plan.chunks()) {
      if (!out.write(chunk)) await Promise.race([once(out, "drain"), failed]);
    }
    out.end();
    await Promise.race([once(out, "finish"), failed]);
    const { size } = await stat(path);
    files.push(path);
    details.push({ file: plan.file, path, rows: plan.rows, blankRows: plan.blankRows, columns: plan.layout.length, bytes: size });
  }
  return { files, details };
}
