// Bundle one TypeScript module of src/ into bench/out/ so a bench script can import internals that the
// package does not export (the xlsx writer, the raw xlsx row reader). esbuild comes with tsup.
import { build } from "esbuild";
import { mkdirSync } from "node:fs";
import { basename } from "node:path";

const out = new URL("./out/", import.meta.url).pathname;
const root = new URL("../", import.meta.url).pathname;

/** Bundle `src/...ts` (path relative to the repo root) and import it. */
export async function importTs(entry) {
  mkdirSync(out, { recursive: true });
  const outfile = `${out}bundle-${basename(entry, ".ts")}.mjs`;
  await build({ entryPoints: [root + entry], absWorkingDir: root, bundle: true, format: "esm", platform: "neutral", outfile, logLevel: "error", mainFields: ["module", "main"] });
  return import(outfile);
}
