// One measured sponsor-index build in its own process (so peak RSS belongs to it alone).
// Streams N generated LCA years and N PERM years (CSV text made in memory by the generator, never
// written to disk) through readDatasetStream into the index builder, then saves the snapshot.
// Usage: node bench/build-index-run.mjs <out.snap> [years] [lcaRows] [permRows]
// With BUILD_FROM_FILES="lca.csv perm.csv", each year instead streams those files from disk (as `oflc-sponsors
// build` does), shifted back k years line by line, and the generator never runs in this process.
import { createReadStream, writeFileSync } from "node:fs";
import { resourceUsage } from "node:process";
import { createSponsorIndexBuilder, readDatasetStream, saveSnapshot } from "../dist/index.js";
import { importTs } from "./bundle-ts.mjs";
import { shifted } from "./shift-years.mjs";

const [out, yearsArg = "10", lcaArg = "650000", permArg = "100000"] = process.argv.slice(2);
const years = Number(yearsArg);
const fromFiles = (process.env.BUILD_FROM_FILES ?? "").split(" ").filter(Boolean);
// BUILD_FROM_YEARS=DIR: year k reads DIR/FY<2025-k>/LCA.csv and PERM.csv (written by bench/write-bench-years.mjs,
// already shifted, each year drawn with its own seed), so nothing is generated or shifted in this process.
const fromYears = process.env.BUILD_FROM_YEARS ?? "";
if (fromYears) fromFiles.push("(years)");
const { generateWorld } = fromFiles.length ? {} : await importTs("src/generate/world.ts");
const { planBenchFiles } = fromFiles.length ? {} : await importTs("src/generate/bench-files.ts");

/** A file's text in whole lines (64 KiB reads), so a shift never sees half a date or case number. */
async function* lines(path) {
  let carry = "";
  for await (const chunk of createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 16 })) {
    const text = carry + chunk;
    const cut = text.lastIndexOf("\n") + 1;
    carry = text.slice(cut);
    if (cut > 0) yield text.slice(0, cut);
  }
  if (carry) yield carry;
}
/** `shifted` over an async source. */
async function* shiftedAsync(chunks, k) {
  for await (const chunk of chunks) yield* shifted([chunk], k);
}

const t0 = performance.now();
const world = fromFiles.length ? null : generateWorld(20240930, "full");
const worldMs = performance.now() - t0;
const builder = createSponsorIndexBuilder();
let rows = 0;
let addMs = 0;
const files = [];
const tRead = performance.now();
for (let k = 0; k < years; k++) {
  const fy = 2025 - k;
  const plans = fromYears
    ? ["LCA", "PERM"].map((kind) => ({ file: `${kind}_Disclosure_Data_FY${fy}.csv`, chunks: () => lines(`${fromYears}/FY${fy}/${kind}.csv`) }))
    : fromFiles.length
    ? fromFiles.map((path) => ({ file: path.split("/").pop(), chunks: () => shiftedAsync(lines(path), k) }))
    : planBenchFiles(world, { lcaRows: Number(lcaArg), permRows: Number(permArg), seed: 1000 + k }).map((plan) => ({ file: plan.file, chunks: () => shifted(plan.chunks(), k) }));
  for (const plan of plans) {
    const file = plan.file.replace(/FY2025_Q\d/, `FY${fy}`);
    const stream = readDatasetStream(plan.chunks(), { file });
    const f0 = performance.now();
    let fileRows = 0;
    for await (const batch of stream.batches()) {
      const a0 = performance.now();
      // FEINs are published only from FY2024 Q4: older years carry none, as in the real files.
      if (fy < 2025) for (const f of batch) f.employer.fein = null;
      for (const f of batch) builder.add(f);
      addMs += performance.now() - a0;
      fileRows += batch.length;
    }
    rows += fileRows;
    files.push({ file, rows: fileRows, seconds: Math.round((performance.now() - f0) / 100) / 10 });
    const m = process.memoryUsage();
    files.at(-1).heapMB = Math.round(m.heapUsed / 2 ** 20);
    files.at(-1).arrayBuffersMB = Math.round(m.arrayBuffers / 2 ** 20);
    process.stderr.write(`${file}: ${fileRows} filings, ${files.at(-1).seconds} s, RSS ${Math.round(m.rss / 2 ** 20)} MB, heap ${files.at(-1).heapMB} MB, array buffers ${files.at(-1).arrayBuffersMB} MB\n`);
  }
}
const readMs = performance.now() - tRead;
const beforeFinish = process.memoryUsage();
const f0 = performance.now();
const index = builder.finish();
const finishMs = performance.now() - f0;
const s0 = performance.now();
const bytes = saveSnapshot(index);
const saveMs = performance.now() - s0;
writeFileSync(out, bytes);
process.stdout.write(
  JSON.stringify({
    years,
    rows,
    cases: index.filings,
    stats: builder.stats,
    worldMs: Math.round(worldMs),
    readAndIndexMs: Math.round(readMs),
    addMs: Math.round(addMs),
    finishMs: Math.round(finishMs),
    saveMs: Math.round(saveMs),
    snapshotBytes: bytes.byteLength,
    nodes: index.nodes.name.length,
    employers: index.resolution.employers.key.length,
    groups: index.groups.node.length,
    cells: index.cells.count.length,
    attrs: index.attrs.count.length,
    evidence: index.evidence.key.length,
    titles: index.titles.titles.length,
    maxRssMB: Math.round(resourceUsage().maxRSS / 1024),
    beforeFinish: { heapMB: Math.round(beforeFinish.heapUsed / 2 ** 20), arrayBuffersMB: Math.round(beforeFinish.arrayBuffers / 2 ** 20), rssMB: Math.round(beforeFinish.rss / 2 ** 20) },
    nodeFlags: process.execArgv.join(" "),
    source: fromYears ? `years: ${fromYears}` : fromFiles.length ? `files: ${fromFiles.join(", ")}` : "generator in process",
    files,
  }) + "\n",
);
