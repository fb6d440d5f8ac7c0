// Benchmark: full reader vs raw papaparse streaming on a generated 700,000-row FLAG-era LCA CSV.
// Usage: npm run bench   (builds, generates bench/out/ files if missing, runs each mode 3× in child processes)
import { execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";

const dir = new URL("./out/", import.meta.url).pathname;
const file = `${dir}LCA_Disclosure_Data_FY2025_Q3.csv`;
if (!existsSync(file)) {
  console.log(`generating ${file} …`);
  execFileSync(process.execPath, ["dist/cli.js", "generate", "--bench", "--out", dir], { stdio: "inherit" });
}
const runs = Number(process.env.RUNS ?? 3);
const run = (mode) => JSON.parse(execFileSync(process.execPath, ["bench/run-one.mjs", mode, file], { encoding: "utf8" }));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// Runs are interleaved (papaparse, papaparse-1m, reader, papaparse, …) so a busy machine slows all modes alike.
// reader: loadDatasetStream with its defaults (two threads for a file this big on a 2+ core machine);
// reader-1t: the same with { threads: 1 }.
const results = { papaparse: [], "papaparse-1m": [], reader: [], "reader-1t": [] };
for (let i = 0; i < runs; i++) {
  for (const mode of Object.keys(results)) results[mode].push(run(mode));
}
const size = statSync(file).size;
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`);
console.log(`file: ${file} (${(size / 2 ** 20).toFixed(0)} MiB)`);
for (const [mode, rs] of Object.entries(results)) {
  console.log(
    `${mode.padEnd(12)} median ${median(rs.map((r) => r.ms))} ms wall, ${median(rs.map((r) => r.cpuMs))} ms CPU, peak RSS ${median(rs.map((r) => r.maxRssMB))} MB, rows ${rs[0].rows}` +
      (rs[0].kept !== undefined ? ` (read ${rs[0].read}, kept ${rs[0].kept}, flagged ${rs[0].flagged}, blank ${rs[0].blank})` : "") +
      `  [runs: ${rs.map((r) => r.ms).join(", ")} ms]`,
  );
}
// The baseline is the papaparse chunk size with the lower median wall time (a best-of-runs pick would follow one
// lucky run); best-of-runs is printed too.
const best = (mode, key) => Math.min(...results[mode].map((r) => r[key]));
const base = median(results.papaparse.map((r) => r.ms)) <= median(results["papaparse-1m"].map((r) => r.ms)) ? "papaparse" : "papaparse-1m";
const other = base === "papaparse" ? "papaparse-1m" : "papaparse";
console.log(`load average at the end: ${loadavg().map((x) => x.toFixed(2)).join(" ")}`);
console.log(`baseline: ${base}`);
for (const reader of ["reader", "reader-1t"]) {
  const rs = results[reader];
  const ratio = median(rs.map((r) => r.ms)) / median(results[base].map((r) => r.ms));
  const cpuRatio = median(rs.map((r) => r.cpuMs)) / median(results[base].map((r) => r.cpuMs));
  const bestRatio = best(reader, "ms") / best(base, "ms");
  // Each round runs the modes back to back, so a round's ratio compares runs made under the same machine load; the
  // median of those per-round ratios is the figure least moved by the VM's neighbours speeding up or slowing down.
  const roundRatio = (key, against = base) => median(rs.map((r, i) => r[key] / results[against][i][key]));
  console.log(`\n${reader}${reader === "reader" ? " (default: 2 threads here)" : " (threads: 1)"}`);
  console.log(`  ratio of medians: ${ratio.toFixed(2)}× wall, ${cpuRatio.toFixed(2)}× CPU; best of ${runs}: ${bestRatio.toFixed(2)}× wall (target ≤ 1.5×)`);
  console.log(
    `  per-round ratio (${reader} / ${base} of the same round), median of ${runs}: ${roundRatio("ms").toFixed(2)}× wall, ${roundRatio("cpuMs").toFixed(2)}× CPU` +
      `  [rounds: ${rs.map((r, i) => (r.ms / results[base][i].ms).toFixed(2)).join(", ")}]`,
  );
  console.log(`  per-round ratio against ${other} instead: ${roundRatio("ms", other).toFixed(2)}× wall`);
  console.log(`  peak RSS ${median(rs.map((r) => r.maxRssMB))} MB, max ${Math.max(...rs.map((r) => r.maxRssMB))} MB (target ≤ 400 MB)`);
}
