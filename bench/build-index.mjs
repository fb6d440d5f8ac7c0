// Benchmark: build the sponsor index from 10 generated LCA years (650,000 rows each) and 10 PERM years
// (100,000 rows each), streaming CSV text from the generator straight into readDatasetStream and the index
// builder (nothing is written to disk but the snapshot); then load the snapshot in a fresh process.
// Each measured run is a child process, so peak RSS is its own. Results are printed and written to the
// "## Sponsor index" section of docs/performance.md (other sections are kept).
// Usage: npm run build && node bench/build-index.mjs [years=10] [lcaRows=650000] [permRows=100000]
// BUILD_NODE_FLAGS="--max-old-space-size=1024" passes V8 flags to the measured build process (recorded in the report).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";

// --report re-renders the docs section from the last results (bench/out/build-index.json) without running.
const reportOnly = process.argv.includes("--report");
const [years = "10", lcaRows = "650000", permRows = "100000"] = process.argv.slice(2).filter((a) => a !== "--report");
const out = new URL("./out/", import.meta.url).pathname;
mkdirSync(out, { recursive: true });
const snap = `${out}index-${years}y.snap`;
const buildFlags = (process.env.BUILD_NODE_FLAGS ?? "").split(" ").filter(Boolean);
const node = (script, flags, ...args) =>
  JSON.parse(execFileSync(process.execPath, [...flags, new URL(script, import.meta.url).pathname, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 1 << 26 }));

const previous = reportOnly ? JSON.parse(readFileSync(`${out}build-index.json`, "utf8")) : null;
const loadBefore = loadavg()[0];
// An uncapped run of the same build, when one was made (node bench/build-index-run.mjs bench/out/index-10y-default.snap …).
const uncappedFile = `${out}build-default.json`;
const uncapped = existsSync(uncappedFile) && readFileSync(uncappedFile, "utf8").trim() ? JSON.parse(readFileSync(uncappedFile, "utf8")) : null;
const uncappedSnap = `${out}index-${years}y-default.snap`;
const sameSnapshot = existsSync(uncappedSnap) && existsSync(snap) && readFileSync(uncappedSnap).equals(readFileSync(snap));
// BUILD_RESULT=file.json reuses a finished build-index-run result (its snapshot must be at ${snap}).
const build =
  previous?.build ??
  (process.env.BUILD_RESULT ? JSON.parse(readFileSync(process.env.BUILD_RESULT, "utf8")) : node("./build-index-run.mjs", buildFlags, snap, years, lcaRows, permRows));
const fromYears = (build.source ?? "").startsWith("years:");
const fromFiles = fromYears || (build.source ?? "").startsWith("files:");
const loads = previous?.loads ?? [1, 2, 3].map(() => node("./load-index-run.mjs", [], snap));
const load = loads.sort((a, b) => a.loadMs - b.loadMs)[1];

const mb = (b) => (b / 2 ** 20).toFixed(1);
const fmt = (n) => n.toLocaleString("en-US");
const seconds = (ms) => (ms / 1000).toFixed(1);
const flags = (build.nodeFlags ?? buildFlags.join(" ")).split(" ").filter(Boolean);
const machine = previous?.machine ?? `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}, load average ${loadBefore.toFixed(1)} at start`;
const section = `## Sponsor index

${
  fromYears
    ? `\`node bench/write-bench-years.mjs\` then \`BUILD_FROM_YEARS=bench/out/years node bench/build-index.mjs ${years}\` (after \`npm run build\`):
${years} generated LCA years (${fmt(Math.round(build.files.filter((f) => f.file.startsWith("LCA")).reduce((a, f) => a + f.rows, 0) / years))} rows each, FLAG layout, FEIN blanked before FY2025 as in the real files) and ${years} PERM years
(${fmt(Math.round(build.files.filter((f) => f.file.startsWith("PERM")).reduce((a, f) => a + f.rows, 0) / years))} rows each, new form), each year drawn from the generator's 40,000-employer world with its own seed and
written to disk first; the build process then streams the files from disk through \`readDatasetStream\` into
\`createSponsorIndexBuilder\` as \`oflc-sponsors build\` does (no generator in the process), then \`finish()\` and
\`saveSnapshot\`; the snapshot is then loaded in a fresh process (median of 3).`
    : fromFiles
    ? `\`BUILD_FROM_FILES="bench/out/LCA_Disclosure_Data_FY2025_Q3.csv bench/out/PERM_Disclosure_Data_FY2025_Q4.csv" node bench/build-index.mjs ${years}\`
(after \`npm run build\` and \`node dist/cli.js generate --bench --out bench/out\`): the generated full-size LCA file (700,000 rows,
FLAG layout) and PERM file (150,000 rows, new form), each read from disk ${years} times, shifted back one fiscal year each
time (dates and case numbers, line by line; FEIN blanked before FY2025 as in the real files), streamed through
\`readDatasetStream\` into \`createSponsorIndexBuilder\` as \`oflc-sponsors build\` does, then \`finish()\` and
\`saveSnapshot\`; the snapshot is then loaded in a fresh process (median of 3).`
    : `\`node bench/build-index.mjs ${years} ${lcaRows} ${permRows}\` (after \`npm run build\`): ${years} generated LCA years (${fmt(Number(lcaRows))} rows each,
FLAG layout, FEIN blanked before FY2025 as in the real files) and ${years} PERM years (${fmt(Number(permRows))} rows each, new form),
drawn from the generator's 40,000-employer world, CSV text streamed from memory through \`readDatasetStream\` into
\`createSponsorIndexBuilder\`, then \`finish()\` and \`saveSnapshot\`; the snapshot is then loaded in a fresh process (median of 3).`
}

Machine: ${machine}.

| measure | value |
|---|---|
| filings read | ${fmt(build.rows)} |
| cases indexed | ${fmt(build.cases)} |
| ${fromFiles ? "read" : "generate"} + parse + index, wall | ${seconds(build.readAndIndexMs)} s (${fmt(Math.round(build.rows / (build.readAndIndexMs / 1000)))} rows/s end to end) |
| of which \`builder.add\` | ${seconds(build.addMs)} s (${fmt(Math.round(build.rows / (build.addMs / 1000)))} rows/s) |
| \`finish()\` (nodes, SOC inference, groups, cells, distributions, evidence, resolution) | ${seconds(build.finishMs)} s |
| \`saveSnapshot\` | ${seconds(build.saveMs)} s |
| peak RSS of the build process (${fromFiles ? "reader + index" : "generator + reader + index"})${flags.length ? `, \`${flags.join(" ")}\`` : ""} | ${fmt(build.maxRssMB)} MB (target ≤ 1,536 MB) |
| live memory before \`finish()\`: JS heap / typed arrays (builder pages + case keys) | ${fmt(build.beforeFinish.heapMB)} MB / ${fmt(build.beforeFinish.arrayBuffersMB)} MB |
| snapshot size | ${mb(build.snapshotBytes)} MiB (${fmt(Math.round(build.snapshotBytes / build.cases))} bytes per case) |
| index shape | ${fmt(build.nodes)} name records → ${fmt(build.employers)} employers, ${fmt(build.groups)} employer × program × SOC groups, ${fmt(build.cells)} cells, ${fmt(build.attrs)} distribution entries, ${fmt(build.evidence)} evidence case numbers, ${fmt(build.titles)} learned titles |
| \`loadSnapshot\` (bytes already in memory) | ${fmt(load.loadMs)} ms = ${fmt(load.msPerMillionFilings)} ms per million filings indexed (target: well under 1,000) |
| reading the file | ${fmt(load.readMs)} ms |
| peak RSS of the load process | ${fmt(load.maxRssMB)} MB |
| first \`findEmployer\` (builds the name search) / next | ${load.queries.findEmployerFirstMs} ms / ${load.queries.findEmployerMs} ms |
| \`employerProfile\` of the largest employer | ${load.queries.employerProfileMs} ms |
| \`employersFor({ soc: "15-1252" }, PERM, FY2021+)\` | ${load.queries.employersForMs} ms |
| first \`occupationsFor\` (builds the title search) / next | ${load.queries.occupationsForFirstMs} ms / ${load.queries.occupationsForMs} ms |

${
  fromFiles
    ? `Peak RSS is the reader's short-lived garbage plus the index's own state: the typed arrays above (28 bytes per case
in pages, plus the case-key table) and the live JS heap, with default V8 flags. ${
        uncapped
          ? `For comparison, the generator-fed build (\`node bench/build-index-run.mjs\` without \`BUILD_FROM_FILES\`: ${fmt(uncapped.rows)} rows
made in memory by the generator in the same process, \`bench/out/build-default.json\`) peaked at ${fmt(uncapped.maxRssMB)} MB with default flags;
the difference is the generator's own garbage. `
          : ""
      }Wall times depend on what else the machine was doing (load average above).`
    : `Peak RSS is mostly how lazily V8 collects the reader's and the generator's garbage. The index's own state is the
typed arrays above (28 bytes per case in pages, plus the case-key table) and a few hundred MB of live JS heap.
${uncapped ? `With default V8 flags the same build peaked at ${fmt(uncapped.maxRssMB)} MB (\`bench/out/build-default.json\`), most of it
collectable garbage; that run (at a lower load) took ${seconds(uncapped.addMs)} s in \`builder.add\` (${fmt(Math.round(uncapped.rows / (uncapped.addMs / 1000)))} rows/s),
${seconds(uncapped.finishMs)} s in \`finish()\` and ${seconds(uncapped.readAndIndexMs)} s end to end (${fmt(Math.round(uncapped.rows / (uncapped.readAndIndexMs / 1000)))} rows/s), and its snapshot was
${sameSnapshot ? "byte-identical to this one" : "different from this one (!)"}. ` : ""}On a tight machine, run big builds with \`NODE_OPTIONS=--max-old-space-size=1024\`.
Generating and parsing the CSV text dominates the wall time; the machine was shared with other jobs.`
}

Raw results: \`bench/out/build-index.json\` (git-ignored).
`;
writeFileSync(`${out}build-index.json`, JSON.stringify({ machine, build, loads }, null, 2));
const docs = new URL("../docs/performance.md", import.meta.url).pathname;
let text = existsSync(docs) ? readFileSync(docs, "utf8") : "# Performance\n";
const start = text.indexOf("\n## Sponsor index");
if (start >= 0) {
  const next = text.indexOf("\n## ", start + 1);
  text = text.slice(0, start) + "\n" + section + (next >= 0 ? text.slice(next) : "");
} else {
  text = text.trimEnd() + "\n\n" + section;
}
writeFileSync(docs, text);
process.stdout.write(section);
