// Write N generated disclosure years to disk for the sponsor-index benchmark: one LCA (FLAG layout) and one
// PERM (new form) file per fiscal year, FY2025 back to FY(2026-N), each year drawn from the same 40,000-employer
// world with its own seed, dates and case numbers shifted into its year.
// Usage: npm run build && node bench/write-bench-years.mjs [dir=bench/out/years] [years=10] [lcaRows=650000] [permRows=150000]
// Then: BUILD_FROM_YEARS=bench/out/years node bench/build-index.mjs 10
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { importTs } from "./bundle-ts.mjs";
import { shifted } from "./shift-years.mjs";

const [dir = "bench/out/years", yearsArg = "10", lcaArg = "650000", permArg = "150000"] = process.argv.slice(2);
const { generateWorld } = await importTs("src/generate/world.ts");
const { planBenchFiles } = await importTs("src/generate/bench-files.ts");
const world = generateWorld(20240930, "full");
for (let k = 0; k < Number(yearsArg); k++) {
  const fy = 2025 - k;
  mkdirSync(`${dir}/FY${fy}`, { recursive: true });
  const plans = planBenchFiles(world, { lcaRows: Number(lcaArg), permRows: Number(permArg), seed: 1000 + k });
  for (const plan of plans) {
    const kind = plan.file.startsWith("LCA") ? "LCA" : "PERM";
    const path = `${dir}/FY${fy}/${kind}.csv`;
    const fd = openSync(path, "w");
    let bytes = 0;
    for (const chunk of shifted(plan.chunks(), k)) bytes += writeSync(fd, chunk);
    closeSync(fd);
    process.stdout.write(`${path}: ${(bytes / 2 ** 20).toFixed(0)} MiB\n`);
  }
}
